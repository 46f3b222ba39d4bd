"""functools.partial of layer classes and of a helper, as Hands-On Machine Learning writes
its CNNs: the layer is the class it wraps, with Keras's name for that class."""
from functools import partial

import keras
from keras import layers

DefaultConv2D = partial(keras.layers.Conv2D, kernel_size=3, padding="same", activation="relu")
DenseRelu = partial(layers.Dense, activation="relu")


def block(x, filters, pool=True):
    x = DefaultConv2D(filters)(x)
    return layers.MaxPooling2D()(x) if pool else x


tight_block = partial(block, pool=False)

model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    DefaultConv2D(filters=64, kernel_size=7),
    layers.MaxPooling2D(pool_size=2),
    DefaultConv2D(filters=128),
    layers.Flatten(),
    DenseRelu(units=64),
    layers.Dense(10, activation="softmax"),
])

inputs = keras.Input(shape=(32, 32, 3))
outputs = layers.GlobalAveragePooling2D()(tight_block(block(inputs, 16), 32))
functional = keras.Model(inputs, outputs)
