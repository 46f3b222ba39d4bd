"""The last LSTM kept return_sequences=True: one forecast per time step, while the labels hold one
value per window. The labels are what shows the mistake: KSH201 at the Dense after the LSTM."""
import sys

import numpy as np
from keras import Sequential, layers

windows = np.zeros((16, 45, 2))
targets = np.zeros((16, 1))
model = Sequential([
    layers.Input((45, 2)),
    layers.LSTM(32, return_sequences=True),
    layers.LSTM(32, return_sequences=True),
    layers.Dense(1),  # KSH201
])
model.compile(optimizer="adam", loss="mse")
if "--train" in sys.argv:
    model.fit(windows, targets, epochs=2)
