"""Subclasses of concrete Keras layers that only change constructor arguments (Hands-On
Machine Learning's MaxNormDense, a project's default Conv2D): the layer they configure, shown
and named by their own class, as Keras shows them."""
import keras
from keras import layers


class MaxNormDense(keras.layers.Dense):
    def __init__(self, units, **kwargs):
        super().__init__(units, kernel_constraint=keras.constraints.max_norm(1.0), **kwargs)


class SameConv(layers.Conv2D):
    def __init__(self, filters, **kwargs):
        kwargs.setdefault("padding", "same")
        super().__init__(filters, kernel_size=3, **kwargs)


class WideSameConv(SameConv):
    pass


model = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    SameConv(8),
    WideSameConv(16, strides=2),
    layers.Flatten(),
    MaxNormDense(32, activation="relu"),
    MaxNormDense(10),
])
