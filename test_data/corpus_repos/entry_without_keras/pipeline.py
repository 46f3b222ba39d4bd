"""Glue between the script and the nets package; it does not name Keras either."""
from nets.builder import small_cnn


def make_model(size, classes):
    return small_cnn((size, size, 3), classes)
