"""State that changes as real code runs: while loops with break, lists consumed with pop,
frozen wrappers, sublayers a custom layer makes in build()."""
import keras
from keras import layers, ops


def next_power_of_two(n):
    p = 4
    while True:
        if n <= p:
            break
        p = p * 2
    return p


length = 100
pad = (next_power_of_two(length) - length) // 2
inputs = keras.Input((length, 3))
x = layers.ZeroPadding1D(pad)(inputs)

stages = [(8, 16), (16, 32), (32, 32)]
first_filters, _ = stages.pop(0)
x = layers.Conv1D(first_filters, 3, padding="same")(x)
for filters, _ in stages:
    x = layers.Conv1D(filters, 3, strides=2, padding="same")(x)

count = 0
while count < 2:
    x = layers.Conv1D(32, 1)(x)
    count += 1


class Projection(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.proj = layers.Dense(self.units)
        self.position = layers.Embedding(input_dim=input_shape[1], output_dim=self.units)

    def call(self, x):
        positions = ops.arange(start=0, stop=ops.shape(x)[1], step=1)
        return self.proj(x) + self.position(positions)


x = Projection(12)(x)
features = keras.Model(inputs, layers.GlobalAveragePooling1D()(x))

head = keras.Sequential([keras.Input((12,)), layers.Dense(4), layers.BatchNormalization()])
stack = keras.Sequential([features, head])
stack.trainable = False  # freezes features and head too, as their own summaries show
