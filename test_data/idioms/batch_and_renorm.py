"""A fixed batch axis (stateful RNNs, TPU code) and batch renormalization, as Keras counts them."""
import keras
from keras import layers

stateful = keras.Sequential([
    keras.Input(batch_shape=(4, 10, 3)),
    layers.LSTM(8, stateful=True, return_sequences=True),
    layers.Dense(2),
])

inputs = keras.Input(shape=(16,), batch_size=32)
x = layers.Dense(8)(inputs)
x = layers.BatchNormalization(renorm=True)(x)
renormed = keras.Model(inputs, layers.BatchNormalization(center=False)(x))
