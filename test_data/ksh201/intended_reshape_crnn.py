"""A CRNN for text recognition: conv feature maps reshaped into a sequence of columns, a Dense per
column, bidirectional LSTMs and a softmax per column for CTC. The Reshape states the sequence."""
import keras
from keras import layers

image = keras.Input((128, 32, 1))
x = layers.Conv2D(32, 3, padding="same", activation="relu")(image)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(64, 3, padding="same", activation="relu")(x)
x = layers.MaxPooling2D()(x)
x = layers.Reshape((32, 8 * 64))(x)
x = layers.Dense(64, activation="relu")(x)
x = layers.Bidirectional(layers.LSTM(64, return_sequences=True))(x)
outputs = layers.Dense(37, activation="softmax")(x)
model = keras.Model(image, outputs)
