# oracle: skip (a module of the project, imported by train.py)
"""Blocks the model is built from; the filter counts come from the project's config."""
from keras import layers

from config import FILTERS


def conv_block(x, index):
    x = layers.Conv2D(FILTERS[index], 3, padding="same", activation="relu")(x)
    x = layers.BatchNormalization()(x)
    return layers.MaxPooling2D(2)(x)
