"""Core layer arithmetic, one row per layer and variant.

Each expected value is Keras 3's (computed by hand from Keras's build() and
compute_output_shape, and checked against keras 3.15.1 + jax)."""
import pytest

from kerashape.api import check_source

N = None
ROWS = [
    # (layers after keras.Input(shape), input shape, [(output shape, trainable, non_trainable)])
    ("Dense(4)", (784, 1), [((N, 784, 4), 8, 0)]),
    ("Dense(4, use_bias=False)", (32, 28), [((N, 32, 4), 112, 0)]),
    ("Dense(10, trainable=False)", (5,), [((N, 10), 0, 60)]),
    ("Conv2D(32, 3)", (28, 28, 1), [((N, 26, 26, 32), 320, 0)]),
    ("Conv2D(8, (3, 5), strides=2, padding='same')", (28, 28, 3), [((N, 14, 14, 8), 368, 0)]),
    ("Conv2D(8, 3, data_format='channels_first')", (3, 28, 28), [((N, 8, 26, 26), 224, 0)]),
    ("Conv2D(8, 3, dilation_rate=2)", (28, 28, 4), [((N, 24, 24, 8), 296, 0)]),
    ("Conv2D(8, 3, groups=2)", (9, 9, 4), [((N, 7, 7, 8), 152, 0)]),
    ("Conv1D(4, 3, padding='causal', strides=2)", (9, 2), [((N, 5, 4), 28, 0)]),
    ("Conv3D(2, 3)", (5, 6, 7, 1), [((N, 3, 4, 5, 2), 56, 0)]),
    ("MaxPooling2D()", (7, 7, 3), [((N, 3, 3, 3), 0, 0)]),
    ("AveragePooling1D(3, strides=1, padding='same')", (10, 2), [((N, 10, 2), 0, 0)]),
    ("GlobalAveragePooling2D(keepdims=True)", (5, 5, 8), [((N, 1, 1, 8), 0, 0)]),
    ("GlobalMaxPooling1D()", (5, 8), [((N, 8), 0, 0)]),
    ("Flatten()", (3, 4, 5), [((N, 60), 0, 0)]),
    ("Reshape((-1, 4))", (8, 3), [((N, 6, 4), 0, 0)]),
    ("Permute((2, 1))", (3, 5), [((N, 5, 3), 0, 0)]),
    ("RepeatVector(3)", (4,), [((N, 3, 4), 0, 0)]),
    ("Embedding(1000, 64)", (10,), [((N, 10, 64), 64000, 0)]),
    ("BatchNormalization()", (10, 6), [((N, 10, 6), 12, 12)]),
    ("BatchNormalization(scale=False)", (6,), [((N, 6), 6, 12)]),
    ("LayerNormalization()", (10, 6), [((N, 10, 6), 12, 0)]),
    ("LayerNormalization(axis=[1, 2])", (10, 6), [((N, 10, 6), 120, 0)]),
    ("PReLU()", (4, 5), [((N, 4, 5), 20, 0)]),
    ("PReLU(shared_axes=[1])", (4, 5), [((N, 4, 5), 5, 0)]),
    ("ZeroPadding2D(((1, 2), (3, 4)))", (5, 5, 1), [((N, 8, 12, 1), 0, 0)]),
    ("Cropping1D((1, 2))", (10, 3), [((N, 7, 3), 0, 0)]),
    ("UpSampling2D((2, 3))", (4, 5, 1), [((N, 8, 15, 1), 0, 0)]),
    ("SimpleRNN(8)", (10, 4), [((N, 8), 104, 0)]),
    ("LSTM(16, return_sequences=True)", (10, 4), [((N, 10, 16), 1344, 0)]),
    ("GRU(8)", (10, 4), [((N, 8), 336, 0)]),
    ("GRU(8, reset_after=False)", (10, 4), [((N, 8), 312, 0)]),
    ("Bidirectional(LSTM(16))", (10, 4), [((N, 32), 2688, 0)]),
    ("Bidirectional(GRU(8, return_sequences=True), merge_mode='sum')", (10, 4), [((N, 10, 8), 672, 0)]),
    ("TimeDistributed(Dense(3))", (10, 4), [((N, 10, 3), 15, 0)]),
    ("TimeDistributed(Conv2D(2, 3))", (5, 8, 8, 1), [((N, 5, 6, 6, 2), 20, 0)]),
    ("Dropout(0.5)", (3,), [((N, 3), 0, 0)]),
    ("Activation('relu')", (3,), [((N, 3), 0, 0)]),
]


def _source(layer, shape):
    return ("import keras\nfrom keras.layers import *\n"
            "m = keras.Sequential([keras.Input(shape=%r), %s])\n" % (shape, layer))


@pytest.mark.parametrize("layer,shape,expected", ROWS, ids=[r[0] for r in ROWS])
def test_layer(layer, shape, expected):
    [result] = check_source(_source(layer, shape)).models
    got = [(s.output, s.trainable, s.non_trainable) for s in result.steps]
    want = [(tuple(d if d is not None else _U for d in out), t, nt) for out, t, nt in expected]
    assert got == want


class _AnyUnknown:
    def __eq__(self, other):
        from kerashape.shapes import UNKNOWN
        return other is UNKNOWN


_U = _AnyUnknown()


def test_embedding_input_dim_is_its_vocabulary_not_a_shape():
    # Embedding takes input_dim itself, so Layer.__init__ never reads it as input_dim=(38,):
    # the model is shaped by build(), and input_dim on a later Embedding is not KSH202.
    # Numbers from keras 3.15.1 + jax.
    from kerashape.render import report_json

    source = ("import keras\nfrom keras import layers\n"
              "m = keras.Sequential([layers.Embedding(input_dim=38, output_dim=8), layers.Flatten()])\n"
              "m.build((None, 11))\n"
              "u = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(5),\n"
              "                      layers.Embedding(input_dim=10, output_dim=3)])\n")
    got = report_json(check_source(source))
    m, u = got["models"]
    assert [(layer["output_shape"], layer["params"]) for layer in m["layers"]] == [
        ([None, 11, 8], 304), ([None, 88], 0)]
    assert [layer["output_shape"] for layer in u["layers"]][-1] == [None, 5, 3]
    assert [d["code"] for d in got["diagnostics"] if d["code"] == "KSH202"] == []


@pytest.mark.parametrize("layer", ["AveragePooling1D()", "AveragePooling2D(strides=2)",
                                   "UpSampling1D((2,))", "MaxPooling2D(padding='SAME')",
                                   "AveragePooling1D(2, padding='Valid')"])
def test_arguments_keras_refuses_leave_the_layer_unknown(layer):
    # keras 3.15.1: AveragePooling's pool_size has no default and UpSampling1D's size must be
    # an int (TypeError in the constructor); pooling, unlike convolution, does not lower-case
    # padding (ValueError at build). No shape is made up for them.
    from kerashape.shapes import UNKNOWN

    [result] = check_source(_source(layer, (8, 8, 3) if "2D" in layer else (8, 3))).models
    assert [s.output for s in result.steps][-1] is UNKNOWN
