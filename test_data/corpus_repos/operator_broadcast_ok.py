"""Operators on symbolic tensors that broadcast: a None axis meets a size, 1 meets a size,
equal sizes, a rank-1 bias on a feature map. Keras builds all of it: no finding."""
import keras
from keras import layers

inputs = keras.Input(shape=(None, 8))
scale = keras.Input(shape=(1, 8))
x = layers.Dense(8)(inputs)
y = x + inputs
y = y * scale
pooled = layers.GlobalAveragePooling1D()(y)
gate = layers.Dense(8, activation="sigmoid")(pooled)
out = pooled - gate
model = keras.Model([inputs, scale], out)
