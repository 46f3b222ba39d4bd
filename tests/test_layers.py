"""Core layer arithmetic, one row per layer and variant.

Each expected value is Keras 3's (computed by hand from Keras's build() and
compute_output_shape, and checked against keras 3.15.1 + jax)."""
import random
import re
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.layers import REGISTRY
from kerashape.names import to_snake_case

N = None
ROWS = [
    # (layers after keras.Input(shape), input shape, [(output shape, trainable, non_trainable)]);
    # N for a dimension, a whole shape or a count kerashape leaves unknown
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
    # ConvLSTM1D/2D/3D
    ("ConvLSTM1D(4, 3)", (10, 8, 2), [((N, 6, 4), 304, 0)]),
    ("ConvLSTM1D(4, 3, return_sequences=True, padding='same')", (10, 8, 2), [((N, 10, 8, 4), 304, 0)]),
    ("ConvLSTM2D(8, (3, 3))", (5, 16, 16, 3), [((N, 14, 14, 8), 3200, 0)]),
    ("ConvLSTM2D(8, 3, strides=2, padding='same', return_sequences=True)", (5, 16, 15, 3),
     [((N, 5, 8, 8, 8), 3200, 0)]),
    ("ConvLSTM2D(8, 3, data_format='channels_first')", (5, 3, 16, 12), [((N, 8, 14, 10), 3200, 0)]),
    ("ConvLSTM2D(8, 3, dilation_rate=2, use_bias=False)", (5, 16, 16, 3), [((N, 12, 12, 8), 3168, 0)]),
    ("ConvLSTM2D(4, 3, trainable=False)", (3, 8, 8, 2), [((N, 6, 6, 4), 0, 880)]),
    ("ConvLSTM3D(2, 3)", (4, 6, 7, 8, 1), [((N, 4, 5, 6, 2), 656, 0)]),
    # Keras refuses these at construction (strides with dilation; causal): unknown, never guessed
    ("ConvLSTM1D(4, 3, strides=2, dilation_rate=2)", (10, 8, 2), [(N, N, N)]),
    ("ConvLSTM1D(4, 3, padding='causal')", (10, 8, 2), [(N, N, N)]),
    # Preprocessing: Normalization's weights are all non-trainable (mean, variance, count)
    ("Normalization()", (10, 6), [((N, 10, 6), 0, 13)]),
    ("Normalization(axis=None)", (10, 6), [((N, 10, 6), 0, 3)]),
    ("Normalization(axis=(1, 2))", (10, 6), [((N, 10, 6), 0, 121)]),
    ("Normalization(axis=1)", (10, 6), [((N, 10, 6), 0, 21)]),
    ("Normalization(axis=-2, invert=True)", (4, 5, 6), [((N, 4, 5, 6), 0, 11)]),
    ("Normalization(mean=2.0, variance=3.0)", (10, 6), [((N, 10, 6), 0, 0)]),
    # Keras refuses to keep the batch axis (None); kerashape cannot tell None from unknown
    ("Normalization(axis=0)", (10, 6), [(N, N, N)]),  # Keras refuses to keep the batch axis
    ("CategoryEncoding(10)", (3,), [((N, 10), 0, 0)]),
    ("CategoryEncoding(10, output_mode='one_hot')", (3,), [((N, 3, 10), 0, 0)]),
    ("CategoryEncoding(10, output_mode='one_hot')", (1,), [((N, 10), 0, 0)]),
    ("CategoryEncoding(5, output_mode='one_hot')", (4, 1), [((N, 4, 5), 0, 0)]),
    ("CategoryEncoding(num_tokens=7, output_mode='count')", (4, 3), [((N, 4, 7), 0, 0)]),
    ("CategoryEncoding(5, output_mode='binary')", (3,), [((N, 5), 0, 0)]),
    ("CategoryEncoding(5)", (), [((5,), 0, 0)]),  # Keras drops the batch axis here
    ("Discretization(bin_boundaries=[0., 1., 2.])", (4,), [((N, 4), 0, 0)]),
    ("Discretization(num_bins=5, output_mode='one_hot')", (4,), [((N, 4, 5), 0, 0)]),
    ("Discretization(bin_boundaries=[0., 1.], output_mode='one_hot')", (1,), [((N, 3), 0, 0)]),
    ("Discretization(bin_boundaries=[0., 1.], output_mode='one_hot')", (4, 5), [((N, 4, 5, 3), 0, 0)]),
    ("Discretization(bin_boundaries=[0., 1.], output_mode='multi_hot')", (4,), [((N, 3), 0, 0)]),
    # Keras's Discretization drops the second axis (not the last) in multi_hot/count mode
    ("Discretization(bin_boundaries=[0., 1.], output_mode='count')", (4, 5), [((N, 5, 3), 0, 0)]),
    ("Discretization(bin_boundaries=[0., 1.], output_mode='count')", (), [((3,), 0, 0)]),
    ("Discretization()", (4,), [(N, N, N)]),  # Keras refuses it at construction
    # Hashing and the lookups need TensorFlow, absent from the truth venv: these numbers are
    # Keras's own compute_output_spec/compute_output_shape and set_vocabulary, run on
    # instances made without __init__ (only the TF lookup table stubbed).
    ("Hashing(8)", (3,), [((N, 3), 0, 0)]),
    ("Hashing(8, output_mode='one_hot')", (3,), [((N, 8), 0, 0)]),
    ("Hashing(8, output_mode='count')", (4, 3), [((N, 4, 8), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'])", (3,), [((N, 3), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'], output_mode='one_hot')", (3,), [((N, 3, 4), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'], output_mode='one_hot')", (1,), [((N, 4), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'], output_mode='count', num_oov_indices=2)", (3,),
     [((N, 5), 0, 0)]),
    ("StringLookup(vocabulary=['[UNK]', 'a', 'b', 'c'], output_mode='multi_hot')", (3,),
     [((N, 4), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'], output_mode='multi_hot', mask_token='')", (3,),
     [((N, 4), 0, 0)]),
    ("StringLookup(vocabulary=['a', 'b', 'a'], output_mode='multi_hot')", (3,), [(N, N, N)]),
    ("StringLookup(vocabulary=['a', 'b', 'c'], output_mode='multi_hot', max_tokens=3)", (3,),
     [(N, N, N)]),
    ("StringLookup(output_mode='count', max_tokens=20, pad_to_max_tokens=True)", (4, 3),
     [((N, 4, 20), 0, 0)]),
    ("StringLookup(output_mode='multi_hot')", (3,), [(N, N, N)]),  # vocabulary from adapt()
    ("IntegerLookup(vocabulary=[12, 36, 1138, 42], output_mode='multi_hot')", (3,), [((N, 5), 0, 0)]),
    ("IntegerLookup(vocabulary=[12, 36, 1138, 42], output_mode='one_hot', num_oov_indices=0)", (3,),
     [((N, 3, 4), 0, 0)]),
    ("IntegerLookup(vocabulary=[12, 36], invert=True)", (5,), [((N, 5), 0, 0)]),
    # EinsumDense: output shape and weights as einsum_dense.py's _analyze_einsum_string
    ("EinsumDense('ab,bc->ac', output_shape=64, bias_axes='c')", (32,), [((N, 64), 2112, 0)]),
    ("EinsumDense('abc,cd->abd', output_shape=(None, 64), bias_axes='d')", (10, 32),
     [((N, N, 64), 2112, 0)]),
    ("EinsumDense('abc,cd->abd', output_shape=(10, 64))", (10, 32), [((N, 10, 64), 2048, 0)]),
    ("EinsumDense('abc,cde->abde', output_shape=(None, 4, 16), bias_axes='de')", (10, 32),
     [((N, N, 4, 16), 2112, 0)]),
    ("EinsumDense('...b,bc->...c', output_shape=64, bias_axes='c')", (10, 32), [((N, 10, 64), 2112, 0)]),
    # Keras reverses the left-elided axes in its output shape (its arithmetic, reproduced)
    ("EinsumDense('...b,bc->...c', output_shape=64)", (5, 10, 32), [((N, 10, 5, 64), 2048, 0)]),
    ("EinsumDense('ab...,bc->ac...', output_shape=64, bias_axes='c')", (32, 8), [((N, 64, 8), 2112, 0)]),
    # an input with more axes than the equation: Keras treats the extra ones as right-elided
    ("EinsumDense('ab,bc->ac', output_shape=64)", (10, 32), [((N, 64, 32), 640, 0)]),
    ("EinsumDense('abc,cd->abd', output_shape=(None, 64), trainable=False)", (10, 32),
     [((N, N, 64), 0, 2048)]),
    # Keras refuses these at build; no KSH rule covers them, so they stay unknown
    ("EinsumDense('abc,cd->abd', output_shape=(9, 64))", (10, 32), [(N, N, N)]),
    ("EinsumDense('abc,cde->abe', output_shape=(None, 64), bias_axes='e')", (10, 32), [(N, N, N)]),
    ("EinsumDense('abc,cd->abd', output_shape=(None, 64))", (32,), [(N, N, N)]),
    ("EinsumDense('abc,cd->abd', output_shape=(None, 64), bias_axes='bd')", (10, 32), [(N, N, N)]),
    # SpectralNormalization: the wrapped layer's weights and a non-trainable vector_u
    ("SpectralNormalization(Dense(10))", (32,), [((N, 10), 330, 10)]),
    ("SpectralNormalization(Conv2D(8, 3))", (10, 10, 3), [((N, 8, 8, 8), 224, 8)]),
    ("SpectralNormalization(Conv2D(8, 3, data_format='channels_first'))", (3, 10, 10),
     [((N, 8, 8, 8), 224, 8)]),
    ("SpectralNormalization(Embedding(100, 16))", (5,), [((N, 5, 16), 1600, 16)]),
    ("SpectralNormalization(Conv2DTranspose(8, 3))", (10, 10, 3), [((N, 12, 12, 8), 224, 3)]),
    ("SpectralNormalization(DepthwiseConv2D(3, depth_multiplier=2))", (10, 10, 3),
     [((N, 8, 8, 6), 60, 2)]),
    ("SpectralNormalization(EinsumDense('abc,cd->abd', output_shape=(None, 6)))", (4, 5),
     [((N, N, 6), 30, 6)]),
    ("SpectralNormalization(Dense(10), trainable=False)", (32,), [((N, 10), 0, 340)]),
    ("SpectralNormalization(Dense(10, trainable=False))", (32,), [((N, 10), 0, 340)]),
    # Keras refuses these: no kernel attribute, power_iterations=0
    ("SpectralNormalization(SeparableConv2D(4, 3))", (10, 10, 3), [(N, N, N)]),
    ("SpectralNormalization(LSTM(4))", (10, 3), [(N, N, N)]),
    ("SpectralNormalization(Dense(10), power_iterations=0)", (32,), [(N, N, N)]),
    # Other Keras 3 layers
    ("RMSNormalization()", (10, 6), [((N, 10, 6), 6, 0)]),
    ("RMSNormalization(axis=(1, 2))", (10, 6), [((N, 10, 6), 60, 0)]),
    ("ReversibleEmbedding(100, 16)", (5,), [((N, 5, 16), 1600, 0)]),
    ("ReversibleEmbedding(100, 16, tie_weights=False)", (5,), [((N, 5, 16), 3200, 0)]),
    ("AdaptiveAveragePooling2D((4, 4))", (9, 9, 3), [((N, 4, 4, 3), 0, 0)]),
    ("AdaptiveMaxPooling1D(4)", (9, 3), [((N, 4, 3), 0, 0)]),
    ("AdaptiveMaxPooling3D((2, 3, 4))", (9, 9, 9, 2), [((N, 2, 3, 4, 2), 0, 0)]),
    ("AdaptiveAveragePooling1D(4, data_format='channels_first')", (3, 9), [((N, 3, 4), 0, 0)]),
    ("AdaptiveMaxPooling2D((4, 5), data_format='channels_first')", (3, 9, 9), [((N, 3, 4, 5), 0, 0)]),
    # Keras checks no rank here: a rank-3 input gets a 2D output size all the same
    ("AdaptiveAveragePooling2D(4)", (9, 3), [((N, 4, 4, 3), 0, 0)]),
    ("RandomHue(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomHue(0.2)", (8, 3), [((N, 8, 3), 0, 0)]),
    ("RandomSaturation(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomGrayscale()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomGrayscale(data_format='channels_first')", (3, 8, 8), [((N, 3, 8, 8), 0, 0)]),
    ("RandomSharpness(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomShear(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomPerspective()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomErasing()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomGaussianBlur()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomColorJitter()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomColorDegeneration(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomInvert()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomPosterization(4)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("AutoContrast()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("Solarization()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("AugMix()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("CutMix()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("MixUp()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandAugment()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("RandomElasticTransform()", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    # Equalization fails symbolically in keras 3.15.1 ("part of a cycle")
    ("Equalization()", (8, 8, 3), [(N, N, N)]),
    ("Lambda(lambda t: t * 2)", (8, 3), [((N, 8, 3), 0, 0)]),
    ("Lambda(lambda t: t[:, :, 1:])", (8, 3), [((N, 8, 2), 0, 0)]),
    ("Lambda(lambda t: t[:, 0], output_shape=(5,))", (8, 3), [((N, 5), 0, 0)]),
    ("Lambda(lambda t: -t[:, ::2] + 1)", (None, 3), [((N, N, 3), 0, 0)]),
    # Regularization
    ("SpatialDropout1D(0.2)", (10, 3), [((N, 10, 3), 0, 0)]),
    ("SpatialDropout2D(0.2)", (8, 8, 3), [((N, 8, 8, 3), 0, 0)]),
    ("SpatialDropout3D(0.2)", (4, 8, 8, 3), [((N, 4, 8, 8, 3), 0, 0)]),
    ("AlphaDropout(0.1)", (5,), [((N, 5), 0, 0)]),
    ("GaussianNoise(0.1)", (4, 5), [((N, 4, 5), 0, 0)]),
    ("GaussianDropout(0.1)", (4, 5), [((N, 4, 5), 0, 0)]),
]

# (layer, input shape, the KSH1xx code): Keras raises when it builds these (checked in keras 3.15.1).
ERROR_ROWS = [
    ("ConvLSTM2D(8, 3)", (5, 16, 3), "KSH101"),
    ("ConvLSTM2D(8, 5)", (5, 4, 4, 3), "KSH102"),
    ("Normalization(axis=3)", (10, 6), "KSH101"),
    ("SpatialDropout1D(0.2)", (10,), "KSH101"),
    ("SpectralNormalization(Conv2D(8, 3))", (10, 3), "KSH101"),
    ("RMSNormalization(axis=3)", (10, 6), "KSH101"),
    ("SpatialDropout2D(0.2)", (8, 3), "KSH101"),
    ("SpatialDropout3D(0.2)", (8, 8, 3), "KSH101"),
]


def _source(layer, shape):
    return ("import keras\nfrom keras.layers import *\n"
            "m = keras.Sequential([keras.Input(shape=%r), %s])\n" % (shape, layer))


@pytest.mark.parametrize("layer,shape,expected", ROWS, ids=[r[0] for r in ROWS])
def test_layer(layer, shape, expected):
    [result] = check_source(_source(layer, shape)).models
    got = [(s.output, s.trainable, s.non_trainable) for s in result.steps]
    want = [(_U if out is None else tuple(d if d is not None else _U for d in out),
             _U if t is None else t, _U if nt is None else nt) for out, t, nt in expected]
    assert got == want


@pytest.mark.parametrize("layer,shape,code", ERROR_ROWS, ids=[r[0] for r in ERROR_ROWS])
def test_layer_error(layer, shape, code):
    [result] = check_source(_source(layer, shape)).models
    assert [s.error.code for s in result.steps if s.error is not None] == [code]


class _AnyUnknown:
    def __eq__(self, other):
        from kerashape.shapes import Unknown
        return isinstance(other, Unknown)


_U = _AnyUnknown()


# Layers of several inputs, through the functional API: (input shapes named a, b, c; the
# call; (output shape, trainable, non_trainable) or a KSH1xx code), checked in keras 3.15.1.
MULTI_ROWS = [
    ([(4, 8), (6, 8)], "Dot(axes=2)([a, b])", ((N, 4, 6), 0, 0)),
    ([(4, 8), (6, 8)], "Dot(axes=-1, normalize=True)([a, b])", ((N, 4, 6), 0, 0)),
    ([(8,), (8,)], "Dot(axes=1)([a, b])", ((N, 1), 0, 0)),
    ([(4, 8), (4, 6)], "Dot(axes=(1, 1))([a, b])", ((N, 8, 6), 0, 0)),
    ([(4, 8), (8, 3)], "Dot(axes=(2, 1))([a, b])", ((N, 4, 3), 0, 0)),
    ([(4, 8), (6, 8)], "Dot(axes=(-1, -1))([a, b])", ((N, 4, 6), 0, 0)),
    ([(3, 4, 8), (3, 8)], "Dot(axes=(3, 2))([a, b])", ((N, 3, 4, 3), 0, 0)),
    ([(4, 8), (6, 7)], "Dot(axes=2)([a, b])", "KSH104"),
    ([(4, 8), (6, 8), (6, 8)], "Dot(axes=2)([a, b, c])", "KSH104"),
    # return_state: several outputs (the functional API)
    ([(5, 8, 8, 3)], "ConvLSTM2D(4, 3, return_state=True)(a)",
     ([(N, 6, 6, 4), (N, 6, 6, 4), (N, 6, 6, 4)], 1024, 0)),
    ([(5, 8, 8, 3)], "ConvLSTM2D(4, 3, return_state=True, return_sequences=True, padding='same')(a)",
     ([(N, 5, 8, 8, 4), (N, 8, 8, 4), (N, 8, 8, 4)], 1024, 0)),
    ([(4, 8), (6, 8)], "Attention()([a, b])", ((N, 4, 8), 0, 0)),
    ([(4, 8), (6, 8)], "Attention(use_scale=True)([a, b])", ((N, 4, 8), 1, 0)),
    ([(4, 8), (6, 8)], "Attention(use_scale=True, score_mode='concat')([a, b])", ((N, 4, 8), 2, 0)),
    ([(4, 8), (6, 8)], "Attention(trainable=False, use_scale=True)([a, b])", ((N, 4, 8), 0, 1)),
    ([(4, 8), (6, 5), (6, 8)], "Attention()([a, b, c])", ((N, 4, 5), 0, 0)),
    ([(3, 4, 8), (3, 6, 5)], "Attention()([a, b])", ((N, 3, 4, 5), 0, 0)),
    # Keras builds this symbolically (query and key widths differ; only a run would fail)
    ([(4, 8), (6, 7)], "Attention()([a, b])", ((N, 4, 7), 0, 0)),
    ([(4, 8), (6, 8)], "Attention(score_mode='general')([a, b])", (None, None, None)),
    ([(4, 8), (6, 8)], "AdditiveAttention()([a, b])", ((N, 4, 8), 8, 0)),
    ([(4, 8), (6, 8)], "AdditiveAttention(use_scale=False)([a, b])", ((N, 4, 8), 0, 0)),
    ([(4, 8), (6, 5), (6, 8)], "AdditiveAttention()([a, b, c])", ((N, 4, 5), 8, 0)),
    # MultiHeadAttention, called as layer(query, value[, key])
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16)(a, b)", ((N, 4, 8), 1128, 0)),
    ([(4, 8)], "MultiHeadAttention(num_heads=4, key_dim=8)(a, a)", ((N, 4, 8), 1128, 0)),
    ([(4, 8), (6, 5)], "MultiHeadAttention(2, 16, value_dim=3)(a, b)", ((N, 4, 8), 572, 0)),
    ([(4, 8), (6, 5), (6, 7)], "MultiHeadAttention(2, 16)(a, b, c)", ((N, 4, 8), 1000, 0)),
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16, use_bias=False)(a, b)", ((N, 4, 8), 1024, 0)),
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16, output_shape=10)(a, b)", ((N, 4, 10), 1194, 0)),
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16, output_shape=(3, 5))(a, b)",
     ((N, 4, 3, 5), 1359, 0)),
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16, use_gate=True)(a, b)", ((N, 4, 8), 1416, 0)),
    ([(3, 4, 8), (3, 6, 8)], "MultiHeadAttention(2, 4, attention_axes=(1, 2))(a, b)",
     ((N, 3, 4, 8), 288, 0)),
    ([(4, 8), (6, 8)], "MultiHeadAttention(2, 16, trainable=False)(a, b)", ((N, 4, 8), 0, 1128)),
    # Keras refuses a key that differs from the value off the last axis; no KSH rule: unknown
    ([(4, 8), (6, 8), (5, 8)], "MultiHeadAttention(2, 16)(a, b, c)", (None, None, None)),
    # GroupQueryAttention (GroupedQueryAttention in Keras's source)
    ([(4, 8), (6, 8)], "GroupQueryAttention(16, 4, 2)(a, b)", ((N, 4, 8), 1672, 0)),
    ([(4, 8), (6, 8), (6, 5)],
     "GroupQueryAttention(head_dim=16, num_query_heads=4, num_key_value_heads=2)(a, b, c)",
     ((N, 4, 8), 1576, 0)),
    ([(4, 8), (6, 8)], "GroupQueryAttention(16, 4, 2, use_bias=False)(a, b)", ((N, 4, 8), 1536, 0)),
    ([(4, 8), (6, 8)], "GroupQueryAttention(16, 4, 2, use_gate=True)(a, b)", ((N, 4, 8), 2248, 0)),
    # rank 4: Keras's projections read the third axis as the model dimension
    ([(3, 4, 8), (3, 6, 8)], "GroupQueryAttention(16, 4, 2)(a, b)", ((N, 3, 4, 8), 1288, 0)),
    ([(4, 8), (6, 7)], "GroupQueryAttention(16, 4, 2)(a, b)", (None, None, None)),
    ([(4, 8), (6, 8)], "GroupQueryAttention(16, 4, 3)(a, b)", (None, None, None)),
]


def _functional(shapes, call):
    names = "abc"[:len(shapes)]
    lines = ["import keras", "from keras.layers import *"]
    lines += ["%s = keras.Input(shape=%r)" % (n, s) for n, s in zip(names, shapes)]
    lines += ["y = %s" % call, "m = keras.Model([%s], y)" % ", ".join(names)]
    return "\n".join(lines) + "\n"


def _want_shape(out):
    if isinstance(out, list):
        return [_want_shape(o) for o in out]
    return _U if out is None else tuple(d if d is not None else _U for d in out)


@pytest.mark.parametrize("shapes,call,expected", MULTI_ROWS, ids=[r[1] for r in MULTI_ROWS])
def test_multi_input_layer(shapes, call, expected):
    [result] = check_source(_functional(shapes, call)).models
    [step] = [s for s in result.steps if s.cls != "InputLayer"]
    if isinstance(expected, str):
        assert step.error is not None and step.error.code == expected
        return
    out, t, nt = expected
    assert step.error is None
    assert (step.output, step.trainable, step.non_trainable) == (
        _want_shape(out), _U if t is None else t, _U if nt is None else nt)


# -- the same tables, asked of REAL Keras (the oracle extra) ---------------------------------
# Every expected number above was read from Keras once; this asks Keras again on every run, so
# a mistyped row or a Keras release that changes a layer fails here, not in a user's model.
NEEDS_TENSORFLOW = ("Hashing", "StringLookup", "IntegerLookup")  # their tables are TF-only


@pytest.fixture(scope="module")
def keras_built(tmp_path_factory):
    import importlib.util

    if importlib.util.find_spec("keras") is None:
        pytest.skip("the oracle extra (keras + jax) is not installed")
    from oracle.agree import keras_truth

    folder = tmp_path_factory.mktemp("layers")
    sources = {}
    for i, (layer, shape, _) in enumerate(ROWS):
        sources["row%03d" % i] = _source(layer, shape)
    for i, (layer, shape, _) in enumerate(ERROR_ROWS):
        sources["error%03d" % i] = _source(layer, shape)
    for i, (shapes, call, _) in enumerate(MULTI_ROWS):
        sources["multi%03d" % i] = _functional(shapes, call)
    paths = {}
    for name, text in sources.items():
        paths[name] = str(folder / (name + ".py"))
        Path(paths[name]).write_text(text)
    truth = keras_truth(list(paths.values()))
    return {name: truth[path] for name, path in paths.items()}


def _keras_rows(truth):
    [model] = truth["models"]
    return [(None if layer["output_shape"] is None else _tuples(layer["output_shape"]),
             layer["trainable_params"], layer["non_trainable_params"])
            for layer in model["layers"] if layer["class"] != "InputLayer"]


def _tuples(shape):
    return [tuple(s) for s in shape] if shape and isinstance(shape[0], list) else tuple(shape)


def _known_part(expected):
    """Compare only what a row states: None there means kerashape must say unknown."""
    out, t, nt = expected
    return out is not None, t is not None, nt is not None


@pytest.mark.oracle
def test_layer_tables_are_keras_numbers(keras_built):
    wrong = []
    for i, (layer, shape, expected) in enumerate(ROWS):
        truth = keras_built["row%03d" % i]
        if layer.split("(")[0] in NEEDS_TENSORFLOW:
            continue
        if truth["keras_error"]:
            if any(part is not None for row in expected for part in row):
                wrong.append("%s: Keras raised %s" % (layer, truth["keras_error"]["message"]))
            continue
        for got, want in zip(_keras_rows(truth), expected):
            stated = _known_part(want)
            if any(s and g != w for s, g, w in zip(stated, got, want)):
                wrong.append("%s on %r: Keras %r, table %r" % (layer, shape, got, want))
    for i, (layer, shape, code) in enumerate(ERROR_ROWS):
        if not keras_built["error%03d" % i]["keras_error"]:
            wrong.append("%s on %r: Keras builds it, the table says %s" % (layer, shape, code))
    for i, (shapes, call, expected) in enumerate(MULTI_ROWS):
        truth = keras_built["multi%03d" % i]
        if isinstance(expected, str) or expected == (None, None, None):
            continue  # a KSH1xx or an honest unknown: Keras raising is consistent with both
        if truth["keras_error"]:
            wrong.append("%s: Keras raised %s" % (call, truth["keras_error"]["message"]))
            continue
        got = _keras_rows(truth)[0]
        if any(s and g != w for s, g, w in zip(_known_part(expected), got, expected)):
            wrong.append("%s on %r: Keras %r, table %r" % (call, shapes, got, expected))
    assert wrong == []


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


# Read from keras.src.utils.naming.to_snake_case (Keras 3.15): the prefix of a layer's auto name.
@pytest.mark.parametrize("cls, prefix", [
    ("ConvLSTM2D", "conv_lstm2d"), ("Conv2D", "conv2d"), ("BatchNormalization", "batch_normalization"),
    ("GRU", "gru"), ("PReLU", "p_re_lu"), ("ReLU", "re_lu"), ("Conv1DTranspose", "conv1d_transpose"),
    ("SimpleRNN", "simple_rnn"), ("UpSampling2D", "up_sampling2d"), ("RMSNormalization", "rms_normalization"),
    ("EinsumDense", "einsum_dense"),
])
def test_auto_name_prefix_is_keras(cls, prefix):
    assert to_snake_case(cls) == prefix


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_binding_a_layers_arguments_is_pythons(name):
    """LayerSpec.bind (a plan cached per shape of call) binds as inspect binds, on calls of
    every shape: too many arguments, a keyword twice, unknown keywords, ** taking the rest;
    LayerSpec.arguments as inspect applies the defaults."""
    spec = REGISTRY[name]
    rng = random.Random(name)
    keywords = list(spec.signature.parameters) + ["units", "padding", "data_format", "no_such_argument"]
    for _ in range(40):
        args = tuple(object() for _ in range(rng.randint(0, 6)))
        kwargs = {k: object() for k in rng.sample(keywords, rng.randint(0, 4))}
        for _ in range(2):  # the second call uses the cached plan
            try:
                expected = spec.signature.bind(*args, **kwargs)
            except TypeError as e:
                with pytest.raises(TypeError, match=re.escape(str(e))):
                    spec.bind(*args, **kwargs)
                continue
            bound = spec.bind(*args, **kwargs)
            assert list(bound.arguments.items()) == list(expected.arguments.items())
            assert (bound.args, bound.kwargs) == (expected.args, expected.kwargs)
            expected.apply_defaults()
            assert spec.arguments(*args, **kwargs) == expected.arguments
