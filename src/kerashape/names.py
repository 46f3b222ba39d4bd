"""Canonical Keras names from the dotted names imports give.

``tf.keras.layers.Convolution2D``, ``keras.layers.core.Dense``,
``tensorflow.keras.models.Sequential`` and ``tf_keras.layers.Dense`` all name
Keras objects; this module says which, in Keras 3's spelling.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

# Packages whose submodules are Keras. Longest first, so the most specific wins.
KERAS_ROOTS = (
    "tensorflow.python.keras",
    "tensorflow.compat.v1.keras",
    "tensorflow.compat.v2.keras",
    "tensorflow.keras",
    "tf_keras",
    "keras",
)

# Keras 2 and Keras 1 class names that Keras 3 spells differently.
ALIASES = {
    "Convolution1D": "Conv1D",
    "Convolution2D": "Conv2D",
    "Convolution3D": "Conv3D",
    "Convolution1DTranspose": "Conv1DTranspose",
    "Convolution2DTranspose": "Conv2DTranspose",
    "Convolution3DTranspose": "Conv3DTranspose",
    "Deconvolution2D": "Conv2DTranspose",
    "Deconvolution3D": "Conv3DTranspose",
    "SeparableConvolution1D": "SeparableConv1D",
    "SeparableConvolution2D": "SeparableConv2D",
    "DepthwiseConvolution2D": "DepthwiseConv2D",
    "MaxPool1D": "MaxPooling1D",
    "MaxPool2D": "MaxPooling2D",
    "MaxPool3D": "MaxPooling3D",
    "AvgPool1D": "AveragePooling1D",
    "AvgPool2D": "AveragePooling2D",
    "AvgPool3D": "AveragePooling3D",
    "GlobalMaxPool1D": "GlobalMaxPooling1D",
    "GlobalMaxPool2D": "GlobalMaxPooling2D",
    "GlobalMaxPool3D": "GlobalMaxPooling3D",
    "GlobalAvgPool1D": "GlobalAveragePooling1D",
    "GlobalAvgPool2D": "GlobalAveragePooling2D",
    "GlobalAvgPool3D": "GlobalAveragePooling3D",
    "CuDNNLSTM": "LSTM",
    "CuDNNGRU": "GRU",
}

# Exported Keras 3 layer classes that other exported layer classes subclass (read from
# keras.layers with issubclass): the only cases where isinstance(layer, C) holds for C != class.
SUBCLASSES = {
    "Layer": None,  # every layer and every model
    "Attention": {"AdditiveAttention"},
    "Dropout": {"SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D"},
    "Embedding": {"ReversibleEmbedding"},
    "RNN": {"ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D", "GRU", "LSTM", "SimpleRNN"},
    "Wrapper": {"SpectralNormalization", "TimeDistributed"},
}

# Layers whose build() makes unnamed sublayers, which take auto names at their first call
# (multi_head_attention.py _build_attention, grouped_query_attention.py build).
BUILD_SUBLAYERS = {"MultiHeadAttention": ("Softmax", "Dropout"),
                   "GroupQueryAttention": ("Softmax", "Dropout")}

MODEL_CLASSES = {"Sequential": "Sequential", "Model": "Functional", "Functional": "Functional"}


@lru_cache(maxsize=4096)
def keras_path(dotted: str) -> Optional[str]:
    """The part of a dotted name below its Keras root, or None if it is not Keras.

    ``tensorflow.keras.layers.Dense`` -> ``layers.Dense``; ``keras`` -> ``""``.
    """
    for root in KERAS_ROOTS:
        if dotted == root:
            return ""
        if dotted.startswith(root + "."):
            rest = dotted[len(root) + 1:]
            if rest.startswith("src."):  # keras.src.layers.core.dense.Dense
                rest = rest[4:]
            return rest
    return None


@lru_cache(maxsize=4096)
def canonical(dotted: str) -> Optional[str]:
    """The Keras 3 class (or function) name a dotted name refers to, if Keras.

    Only the last component decides, once the root is Keras: deep paths like
    ``keras.layers.core.Dense`` and ``tf.keras.layers.experimental.preprocessing.Rescaling``
    name the same classes as ``keras.layers.Dense``.
    """
    rest = keras_path(dotted)
    if not rest:
        return None
    last = rest.rsplit(".", 1)[-1]
    return ALIASES.get(last, last)


@lru_cache(maxsize=1024)
def to_snake_case(name: str) -> str:
    """Keras 3's ``auto_name`` prefix (keras/src/utils/naming.py): ``Conv2D`` -> ``conv2d``,
    ``BatchNormalization`` -> ``batch_normalization``, ``ConvLSTM2D`` -> ``conv_lstm2d``."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()
