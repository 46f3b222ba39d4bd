"""A PatchGAN-style discriminator scoring every 4x4 patch with a Dense on the feature maps: its
labels really are one per patch, (n, 4, 4, 1), so the per-position output is intended."""
import sys

import numpy as np
from keras import Sequential, layers

disc_patch = (4, 4, 1)
discriminator = Sequential([
    layers.Input((16, 16, 3)),
    layers.Conv2D(32, 3, strides=2, padding="same"),
    layers.LeakyReLU(0.2),
    layers.Conv2D(64, 3, strides=2, padding="same"),
    layers.Dense(1, activation="sigmoid"),
])
discriminator.compile(optimizer="adam", loss="mse")
valid = np.ones((8,) + disc_patch)
if "--train" in sys.argv:
    discriminator.train_on_batch(np.zeros((8, 16, 16, 3)), valid)
