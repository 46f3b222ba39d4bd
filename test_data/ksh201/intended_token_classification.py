"""Token classification: one tag per token after Embedding and a bidirectional LSTM. The sparse
labels have the token axis too, (n, 50), so the per-position output is what is trained."""
import sys

import numpy as np
from keras import Sequential, layers

tokens = np.zeros((8, 50))
tags = np.zeros((8, 50))
model = Sequential([
    layers.Input((50,)),
    layers.Embedding(5000, 32),
    layers.Bidirectional(layers.LSTM(16, return_sequences=True)),
    layers.Dense(9, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
if "--train" in sys.argv:
    model.fit(tokens, tags, epochs=3)
