# oracle: skip (a module of the project, imported by train.py)
"""The classification head, reached by a relative import from the package."""
from keras import layers

from . import blocks  # noqa: F401  (a relative import the package reads)

DROPOUT = 0.25


def build_head(x, n_classes):
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(DROPOUT)(x)
    return layers.Dense(n_classes, activation="softmax")(x)
