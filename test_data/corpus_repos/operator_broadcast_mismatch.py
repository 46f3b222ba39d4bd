"""A residual connection written with ``+`` where the shortcut keeps 16 channels and the
branch has 32: Keras raises when it builds the op (KSH104, as for an Add layer)."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 16))
branch = layers.Conv2D(32, 3, padding="same")(inputs)
merged = branch + inputs
outputs = layers.GlobalAveragePooling2D()(merged)
model = keras.Model(inputs, outputs)
