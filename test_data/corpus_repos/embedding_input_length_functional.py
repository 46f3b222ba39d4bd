"""Embedding(input_length=...) in a functional model: the Input gives the shape, Keras 3 only
warns that the argument is deprecated and builds the model, so there is nothing to report
(in a Sequential it was the only input shape, and KSH301 says so)."""
import keras
from keras import layers

tokens = keras.Input(shape=(100,), dtype="int32")
x = layers.Embedding(input_dim=10000, output_dim=64, input_length=100)(tokens)
x = layers.LSTM(32)(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(tokens, outputs)
