"""Dense straight on 28x28 images: each row gets its own Dense, and the sparse labels (one class
per image) contradict the (None, 28, 10) output. KSH201 at the first Dense, citing the labels."""
import sys

import numpy as np
from keras import Sequential, layers

x_train = np.zeros((8, 28, 28))
y_train = np.zeros((8,))
model = Sequential([
    layers.Input((28, 28)),
    layers.Dense(64, activation="relu"),  # KSH201
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
if "--train" in sys.argv:
    model.fit(x_train, y_train, epochs=5)
