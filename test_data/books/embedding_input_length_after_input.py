# Keras 2 code gave Embedding(input_length=...) beside an Input of that length: Keras 3
# ignores input_length (with a warning) and the Input gives the shape, so there is no finding;
# the Sequential without an Input loses its input shape (KSH301, the model is never built).
import keras
from keras import layers

tokens = keras.Input(shape=(12,))
x = layers.Embedding(input_dim=50, output_dim=8, input_length=12)(tokens)
x = layers.LSTM(4)(x)
tagger = keras.Model(tokens, layers.Dense(2)(x))

stacked = keras.Sequential()
stacked.add(layers.Embedding(50, 8, input_length=12))
stacked.add(layers.GlobalAveragePooling1D())
