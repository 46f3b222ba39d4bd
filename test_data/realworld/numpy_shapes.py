"""Scripts size their first layer from the data: x_train.shape[1:], y_train.shape[1],
len(classes). The arrays stand in for loaded data; their shapes follow from the code."""
import numpy as np
import keras
from keras import layers
from keras.utils import to_categorical

x_train = np.zeros((600, 28, 28))
y_train = np.random.randint(0, 10, size=(600,))
x_train = x_train.reshape(x_train.shape[0], 28, 28, 1).astype("float32")
x_train /= 255
y_train = to_categorical(y_train, 10)
cnn = keras.Sequential()
cnn.add(layers.Conv2D(8, (3, 3), activation="relu", input_shape=x_train.shape[1:]))
cnn.add(layers.MaxPooling2D((2, 2)))
cnn.add(layers.Flatten())
cnn.add(layers.Dense(y_train.shape[1], activation="softmax"))

series = np.random.rand(100, 12, 3)
classes = np.array(["low", "mid", "high"])
rnn = keras.Sequential([
    keras.Input(shape=(series.shape[1], series.shape[2])),
    layers.LSTM(4),
    layers.Dense(len(classes), activation="softmax"),
])

images = series[..., np.newaxis]
flat = x_train.reshape(-1, 784)
labels = to_categorical(np.zeros((600, 1)), num_classes=4)
mixed = keras.Sequential([keras.Input(shape=images.shape[1:]), layers.TimeDistributed(layers.Flatten()),
                          layers.Flatten(), layers.Dense(labels.shape[-1] * flat.shape[1] // 784)])
