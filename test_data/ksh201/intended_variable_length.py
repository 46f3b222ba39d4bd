"""Dense on a variable-length axis: sequences of any length, one output per element. No KSH201."""
from keras import Sequential, layers

model = Sequential([
    layers.Input((None, 8)),
    layers.Dense(16, activation="relu"),
    layers.Dense(1),
])
