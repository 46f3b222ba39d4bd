"""A Keras 2 style custom layer: build() adds its weights and compute_output_shape() gives its
output. Keras asks compute_output_shape, never call(), for the symbolic output, so call() may
use what only runs on real arrays (here a NumPy function)."""
import keras
import numpy as np
from keras import layers


class Project(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1], self.units), initializer="zeros")
        self.b = self.add_weight(name="b", shape=(self.units,), initializer="zeros")

    def call(self, x):
        return np.tanh(keras.ops.matmul(x, self.w) + self.b)

    def compute_output_shape(self, input_shape):
        return (input_shape[0], self.units)


inputs = keras.Input(shape=(64,))
h = layers.Dense(32, activation="relu")(inputs)
projected = Project(16)(h)
outputs = layers.Dense(1, activation="sigmoid")(projected)
model = keras.Model(inputs, outputs)
