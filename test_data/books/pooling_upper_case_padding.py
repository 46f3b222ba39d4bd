# Book code of the TF 2 era writes padding="SAME" everywhere: convolutions lower-case it,
# Keras 3's pooling layers do not and raise when the model is built.
from functools import partial

from tensorflow import keras

SameConv = partial(keras.layers.Conv2D, kernel_size=3, padding="SAME", use_bias=False)

model = keras.models.Sequential()
model.add(SameConv(16, input_shape=[32, 32, 3]))
model.add(keras.layers.BatchNormalization())
model.add(keras.layers.MaxPool2D(pool_size=3, strides=2, padding="SAME"))
model.add(keras.layers.Flatten())
model.add(keras.layers.Dense(10))
