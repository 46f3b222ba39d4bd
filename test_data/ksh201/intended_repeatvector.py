"""The addition RNN: encode, RepeatVector for the answer's 4 digits, decode, a softmax per digit.
No KSH201."""
import keras
from keras import layers

model = keras.Sequential([
    layers.Input((7, 12)),
    layers.LSTM(128),
    layers.RepeatVector(4),
    layers.LSTM(128, return_sequences=True),
    layers.Dense(12, activation="softmax"),
])
