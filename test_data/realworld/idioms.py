"""Idioms from public repositories: config classes, class-method builders, globals set by a
builder, keyword merges, masks passed by keyword, Lambda output_shape functions, tiling."""
from keras.layers import *  # noqa: F403 - the star import real code uses, Layer included
import keras
from keras import ops


class Config:
    EMBED = 8
    UNITS = 6


class TextCNN:
    @classmethod
    def build(cls, config, vocab=100):
        tokens = keras.Input((12,), dtype="int32")
        x = Embedding(vocab, config.EMBED)(tokens)
        branches = [Conv1D(config.UNITS, k, padding="same")(x) for k in (2, 3)]
        x = concatenate(inputs=branches, axis=-1)
        x = GlobalMaxPooling1D()(x)
        return keras.Model(tokens, Dense(2)(x))

    @staticmethod
    def describe():
        return "text cnn"


text_model = TextCNN.build(Config)

depth = 0


def head(x):
    return Dense(depth)(x)


def make_regressor(k=3):
    global depth
    depth = k
    inputs = keras.Input((4,))
    return keras.Model(inputs, head(inputs))


regressor = make_regressor()


class attention(Layer):  # lower-case, Keras 2 blog style
    def build(self, input_shape):
        self.W = self.add_weight(name="att_weight", shape=(input_shape[-1], 1), initializer="normal")
        super().build(input_shape)

    def call(self, x):
        e = ops.tanh(ops.matmul(x, self.W))
        return ops.sum(x * ops.softmax(e, axis=1), axis=1)


def euclidean(vectors):
    a, b = vectors
    return ops.sqrt(ops.maximum(ops.sum(ops.square(a - b), axis=1, keepdims=True), keras.backend.epsilon()))


def pair_shape(shapes):
    return (shapes[0][0], 1)


seq = keras.Input((10, 4))
mask = keras.Input((10,), dtype="bool")
cond = keras.Input((3,))
h = GRU(5, return_sequences=True)(seq, mask=mask)
h = attention()(h)
tiled = ops.tile(ops.expand_dims(cond, 1), [1, 10, 1])
joined = Concatenate()([seq, tiled])
pooled = GlobalAveragePooling1D()(joined, mask=mask)
left, right = Dense(4)(h), Dense(4)(pooled)
distance = Lambda(euclidean)([left, right])
checked = Lambda(lambda v: v[0] - v[1], output_shape=pair_shape)([distance, distance])
siamese = keras.Model([seq, mask, cond], [distance, checked])
