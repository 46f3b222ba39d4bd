"""The layer constructed on the tensor (GlobalAveragePooling2D(x)) instead of called on it
(GlobalAveragePooling2D()(x)): Keras 3 refuses the constructor's argument (KSH106 at its line)."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(16, 3, activation="relu")(inputs)
x = layers.GlobalAveragePooling2D(x)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs, outputs)
