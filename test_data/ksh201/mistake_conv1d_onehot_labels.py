"""Conv1D over a signal, then the softmax straight on its (None, 782, 16) output: one-hot labels
of shape (n, 10) want one vector per signal. KSH201 at the Dense, from the labels."""
import sys

import numpy as np
from keras import Sequential, layers, utils

signals = np.zeros((12, 784, 1))
labels = utils.to_categorical(np.zeros((12,)), 10)
model = Sequential([
    layers.Input((784, 1)),
    layers.Conv1D(16, 3, activation="relu"),
    layers.Dense(10, activation="softmax"),  # KSH201
])
model.compile(optimizer="adam", loss="categorical_crossentropy")
if "--train" in sys.argv:
    model.fit(signals, labels, epochs=3)
