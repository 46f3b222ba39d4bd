"""A GAN discriminator whose real/fake Dense sits on the feature maps: (None, 7, 7, 1) scores, one
per position, where train_on_batch gives one label per image. KSH201 at that Dense."""
import sys

import numpy as np
from keras import Sequential, layers

discriminator = Sequential([
    layers.Input((28, 28, 1)),
    layers.Conv2D(32, 3, strides=2, padding="same"),
    layers.LeakyReLU(0.2),
    layers.Conv2D(64, 3, strides=2, padding="same"),
    layers.LeakyReLU(0.2),
    layers.Dense(1, activation="sigmoid"),  # KSH201
])
discriminator.compile(optimizer="adam", loss="binary_crossentropy")
if "--train" in sys.argv:
    discriminator.train_on_batch(np.zeros((32, 28, 28, 1)), np.ones((32, 1)))
