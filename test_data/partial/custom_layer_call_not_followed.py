"""A custom layer whose build() kerashape follows but whose call() it cannot follow to the
end (functools.reduce over keras.ops): Keras builds the layer once, on its first call, so
its two weights count once (128*128 + 128), beside the LSTM's."""
import functools

import keras
from keras import layers


class Pool(layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1], input_shape[-1]), initializer="zeros")
        self.b = self.add_weight(name="b", shape=(input_shape[-1],), initializer="zeros")

    def call(self, x):
        scores = keras.ops.tanh(keras.ops.matmul(x, self.w) + self.b)
        return functools.reduce(keras.ops.add, [scores * x, x])


inputs = keras.Input(shape=(None, 32))
h = layers.LSTM(128, return_sequences=True)(inputs)
pooled = Pool()(h)
outputs = layers.GlobalAveragePooling1D()(pooled)
model = keras.Model(inputs, outputs)
