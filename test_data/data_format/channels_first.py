"""Channels-first code: the format is set for the whole file, as old Theano-era code does,
so Conv2D and pooling read (1, 28, 28) as one channel of 28 x 28."""
import keras
from keras import backend as K
from keras import layers

K.set_image_data_format("channels_first")

if K.image_data_format() == "channels_first":
    input_shape = (1, 28, 28)
else:
    input_shape = (28, 28, 1)

model = keras.Sequential([
    keras.Input(shape=input_shape),
    layers.Conv2D(8, (3, 3), activation="relu"),
    layers.MaxPooling2D((2, 2)),
    layers.BatchNormalization(axis=1),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax"),
])

keras.config.set_image_data_format("channels_last")
images = keras.Input(shape=(28, 28, 1))
features = layers.Conv2D(4, 3, padding="same")(images)
features = layers.Flatten()(features)
back_to_last = keras.Model(images, layers.Dense(2)(features))
