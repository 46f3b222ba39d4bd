"""A per-frame CNN (a Sequential, and a functional model) wrapped in TimeDistributed, then an
LSTM over the frames: the wrapper's output is the CNN's per frame, its weights the CNN's."""
import keras
from keras import layers

frame_cnn = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(8, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Flatten(),
])

image = keras.Input(shape=(16, 16, 1))
features = layers.GlobalAveragePooling2D()(layers.Conv2D(4, 3)(image))
frame_encoder = keras.Model(image, features)

clips = keras.Input(shape=(10, 32, 32, 3))
x = layers.TimeDistributed(frame_cnn)(clips)
x = layers.LSTM(16)(x)
outputs = layers.Dense(3, activation="softmax")(x)
model = keras.Model(clips, outputs)

video = keras.Sequential([
    keras.Input(shape=(None, 16, 16, 1)),
    layers.TimeDistributed(frame_encoder),
    layers.GRU(8),
])
