# A block helper takes its activation as a layer object and tests it with `if activation:`
# (a layer is always true in Python); `not norm` picks the other branch.
import keras
from keras import layers


def up_block(x, filters, activation, norm=None):
    x = layers.UpSampling2D(2)(x)
    x = layers.Conv2D(filters, 3, padding="same", use_bias=not norm)(x)
    if norm:
        x = norm(x)
    if activation:
        x = activation(x)
    return x


noise = keras.Input(shape=(64,))
x = layers.Dense(4 * 4 * 32)(noise)
x = layers.Reshape((4, 4, 32))(x)
x = up_block(x, 16, layers.LeakyReLU(0.2), norm=layers.BatchNormalization())
x = up_block(x, 8, None)
x = up_block(x, 1, layers.Activation("tanh")) if layers.Dense(1) else x
generator = keras.Model(noise, x)
