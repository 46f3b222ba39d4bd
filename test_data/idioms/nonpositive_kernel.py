"""A kernel size of zero: Keras 3 refuses it as Conv2D is made (KSH106 at its line), not
when it is called."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(16, 3, activation="relu")(inputs)
size = 0
x = layers.Conv2D(32, size, padding="same")(x)
model = keras.Model(inputs, layers.GlobalAveragePooling2D()(x))
