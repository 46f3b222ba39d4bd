"""MACs and FLOPs of one forward pass for one sample, per layer and per model.

The convention (README, "MACs and FLOPs"): MACs are the multiply-accumulates of the
matrix and convolution work (Dense, EinsumDense, every convolution, the recurrent
kernels, the attention projections and score/value products, Dot), as torchinfo's
"mult-adds", fvcore and the ResNet paper count them. FLOPs are 2 × MACs plus the
element-wise work kerashape counts: one add per output element for a bias, the
normalizations, the pooling windows and the element-wise merges. Activations,
dropout, reshapes, lookups and keras.ops calls between layers are free.

One formula per Keras class in :data:`COSTS`, read from the inferred steps (the
layer's bound arguments, its input and output shapes). A symbolic shape gives a
symbolic count; an unknown shape, an unread layer or an error gives UNKNOWN.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional

from ..layers import REGISTRY, NotStatic, ShapeError, choice, dim, dims_tuple, flag, run
from ..layers.convolutional import channel_axes
from ..layers.core import einsum_shapes
from ..shapes import UNKNOWN, Dim, product, total
from ..values import LayerObj


@dataclass(frozen=True)
class Cost:
    macs: Dim
    flops: Dim

    def __add__(self, other: "Cost") -> "Cost":
        return Cost(self.macs + other.macs, self.flops + other.flops)

    def __mul__(self, times: Dim) -> "Cost":
        return Cost(self.macs * times, self.flops * times)


FREE = Cost(0, 0)
UNKNOWN_COST = Cost(UNKNOWN, UNKNOWN)

COSTS: Dict[str, Callable[..., Cost]] = {}


def cost(*names: str):
    """Register the cost formula of the Keras classes ``names``: ``fn(x, y, args)`` with the
    input shape(s), the output shape(s) and the constructor's bound arguments."""
    def register(fn):
        for name in names:
            COSTS[name] = fn
        return fn
    return register


def matrix(macs: Dim, bias: Dim = 0) -> Cost:
    """Matrix or convolution work: 2 FLOPs a multiply-accumulate, one add per bias element."""
    return Cost(macs, 2 * macs + bias)


def elementwise(flops: Dim) -> Cost:
    return Cost(0, flops)


def size(shape: Any) -> Dim:
    """Elements of one sample: the shape without its batch axis."""
    if not isinstance(shape, tuple):
        raise NotStatic("not one known shape")
    return product(shape[1:])


def bias_adds(use_bias: Any, shape: Any) -> Dim:
    return size(shape) if flag(use_bias) else 0


def spatial(shape: tuple, data_format: Optional[str]) -> Dim:
    axes, _ = channel_axes(shape, data_format or "channels_last")
    return product(shape[a] for a in axes)


def channels(shape: tuple, data_format: Optional[str]) -> Dim:
    return shape[channel_axes(shape, data_format or "channels_last")[1]]


# -- core -------------------------------------------------------------------------

@cost("Dense")
def dense_cost(x, y, a):
    return matrix(size(x) * dim(a["units"]), bias_adds(a["use_bias"], y))


@cost("EinsumDense")
def einsum_dense_cost(x, y, a):
    # Each output element sums over the letters the output drops: those are weight axes.
    equation = a["equation"]
    kernel, bias, _ = einsum_shapes(equation, a["bias_axes"], x, a["output_shape"])
    weight_spec, output_spec = re.sub(r"\.\.\.", "0", equation).split("->")[0].split(",")[1], \
        equation.split("->")[1]
    summed = product(d for letter, d in zip(weight_spec, kernel) if letter not in output_spec)
    return matrix(size(y) * summed, size(y) if bias is not None else 0)


@cost("Embedding", "ReversibleEmbedding", "Identity", "Masking", "ActivityRegularization")
def free(x, y, a):
    return FREE


# -- convolutions -----------------------------------------------------------------

def _kernel(a, x) -> Dim:
    return product(dims_tuple(a["kernel_size"], len(x) - 2))


@cost("Conv1D", "Conv2D", "Conv3D")
def conv_cost(x, y, a):
    fmt = a["data_format"]
    per_output = _kernel(a, x) * (channels(x, fmt) // dim(a["groups"]))
    return matrix(spatial(y, fmt) * dim(a["filters"]) * per_output, bias_adds(a["use_bias"], y))


@cost("Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose")
def conv_transpose_cost(x, y, a):
    # Every input position scatters its kernel into the output (fvcore's count).
    fmt = a["data_format"]
    macs = spatial(x, fmt) * channels(x, fmt) * _kernel(a, x) * dim(a["filters"])
    return matrix(macs, bias_adds(a["use_bias"], y))


@cost("DepthwiseConv1D", "DepthwiseConv2D", "SeparableConv1D", "SeparableConv2D")
def depthwise_cost(x, y, a):
    fmt = a["data_format"]
    depth = channels(x, fmt) * dim(a["depth_multiplier"])
    macs = spatial(y, fmt) * depth * _kernel(a, x)
    if "filters" in a:  # separable: a 1×1 pointwise convolution follows
        macs = macs + spatial(y, fmt) * depth * dim(a["filters"])
    return matrix(macs, bias_adds(a["use_bias"], y))


# -- recurrent --------------------------------------------------------------------

def _recurrent(x, units, gates, use_bias, biases=1) -> Cost:
    units = dim(units)
    per_step = matrix(gates * units * (x[-1] + units), biases * gates * units if flag(use_bias) else 0)
    return per_step * x[1]


@cost("SimpleRNN")
def simple_rnn_cost(x, y, a):
    return _recurrent(x, a["units"], 1, a["use_bias"])


@cost("LSTM")
def lstm_cost(x, y, a):
    return _recurrent(x, a["units"], 4, a["use_bias"])


@cost("GRU")
def gru_cost(x, y, a):
    return _recurrent(x, a["units"], 3, a["use_bias"], 2 if flag(a["reset_after"]) else 1)


@cost("ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D")
def conv_lstm_cost(x, y, a):
    # Each step: a convolution of the input and one of the state ("same", stride 1), 4 gates.
    fmt = a["data_format"]
    step = (x[0],) + x[2:]
    state = y[0] if isinstance(y, list) else y
    state = (state[0],) + state[2:] if flag(a["return_sequences"]) else state
    filters = dim(a["filters"])
    per_position = _kernel(a, step) * (channels(step, fmt) + filters) * 4 * filters
    bias = spatial(state, fmt) * 4 * filters if flag(a["use_bias"]) else 0
    return matrix(spatial(state, fmt) * per_position, bias) * x[1]


@cost("Bidirectional")
def bidirectional_cost(x, y, a):
    backward = a["backward_layer"] or a["layer"]
    return layer_cost(a["layer"], x) + layer_cost(backward, x)


@cost("TimeDistributed")
def time_distributed_cost(x, y, a):
    return layer_cost(a["layer"], (x[0],) + x[2:]) * x[1]


# -- attention --------------------------------------------------------------------

def _query_value_key(x):
    if not isinstance(x, list) or not 2 <= len(x) <= 3:
        raise NotStatic("attention takes [query, value] or [query, value, key]")
    return x[0], x[1], x[2] if len(x) > 2 else x[1]


def _rows(shape) -> Dim:
    """Positions of one sample: every axis but the batch and the features."""
    return product(shape[1:-1])


@cost("Attention", "AdditiveAttention")
def attention_cost(x, y, a):
    # The value product always; the scores are a matrix product only in "dot" mode (the
    # additive and "concat" scores are element-wise tanh sums, not counted).
    query, value, key = _query_value_key(x)
    macs = _rows(query) * _rows(value) * value[-1]
    if a.get("score_mode", "additive") == "dot":
        macs = macs + _rows(query) * _rows(key) * query[-1]
    return matrix(macs)


@cost("MultiHeadAttention")
def multi_head_attention_cost(x, y, a):
    if a["attention_axes"] is not None:
        raise NotStatic("attention over chosen axes is not counted")
    query, value, key = _query_value_key(x)
    heads, kdim = dim(a["num_heads"]), dim(a["key_dim"])
    vdim = dim(a["value_dim"]) if a["value_dim"] else kdim
    out = size(y) // _rows(query) if a["output_shape"] else query[-1]
    q, k, v = _rows(query), _rows(key), _rows(value)
    projections = [(q, query[-1], kdim), (k, key[-1], kdim), (v, value[-1], vdim)]
    if flag(a["use_gate"]):
        projections.append((q, query[-1], vdim))
    macs = total(rows * inputs * heads * width for rows, inputs, width in projections)
    macs = macs + q * k * heads * (kdim + vdim) + q * heads * vdim * out
    bias = total(rows * heads * width for rows, _, width in projections) + q * out
    return matrix(macs, bias if flag(a["use_bias"]) else 0)


@cost("GroupQueryAttention", "GroupedQueryAttention")
def group_query_attention_cost(x, y, a):
    query, value, key = _query_value_key(x)
    heads, kv_heads, width = dim(a["num_query_heads"]), dim(a["num_key_value_heads"]), dim(a["head_dim"])
    q, k, v = _rows(query), _rows(key), _rows(value)
    projections = [(q, query[-1], heads), (k, key[-1], kv_heads), (v, value[-1], kv_heads)]
    if flag(a["use_gate"]):
        projections.append((q, query[-1], heads))
    macs = total(rows * inputs * n * width for rows, inputs, n in projections)
    macs = macs + 2 * q * k * heads * width + q * heads * width * query[-1]
    bias = total(rows * n * width for rows, _, n in projections) + q * query[-1]
    return matrix(macs, bias if flag(a["use_bias"]) else 0)


# -- normalization ------------------------------------------------------------------

@cost("BatchNormalization")
def batch_normalization_cost(x, y, a):
    # Inference: the statistics folded into one scale and shift, a multiply and an add.
    return elementwise(2 * size(y))


@cost("LayerNormalization", "GroupNormalization")
def layer_normalization_cost(x, y, a):
    # Mean (an add), variance (subtract, square, add), normalise (subtract, multiply), then
    # the learned scale and shift.
    return elementwise((5 + int(flag(a["scale"])) + int(flag(a["center"]))) * size(y))


@cost("RMSNormalization")
def rms_normalization_cost(x, y, a):
    return elementwise(4 * size(y))  # square, add, multiply by the root, scale


@cost("UnitNormalization")
def unit_normalization_cost(x, y, a):
    return elementwise(3 * size(y))  # square, add, multiply by the root


@cost("SpectralNormalization")
def spectral_normalization_cost(x, y, a):
    return layer_cost(a["layer"], x)  # the wrapped layer on a rescaled kernel


# -- pooling -------------------------------------------------------------------------

def _pool(reduce_extra):
    def pooling_cost(x, y, a):
        window = product(dims_tuple(a["pool_size"], len(x) - 2))
        return elementwise((window - 1 + reduce_extra) * size(y))
    return pooling_cost


def _global(reduce_extra):
    def global_cost(x, y, a):
        fmt = a["data_format"]
        return elementwise((spatial(x, fmt) - 1 + reduce_extra) * channels(x, fmt))
    return global_cost


for _rank in (1, 2, 3):
    # A max compares window - 1 times; an average adds window - 1 times and divides once.
    cost("MaxPooling%dD" % _rank)(_pool(0))
    cost("AveragePooling%dD" % _rank)(_pool(1))
    cost("GlobalMaxPooling%dD" % _rank)(_global(0))
    cost("GlobalAveragePooling%dD" % _rank)(_global(1))


# -- merging ---------------------------------------------------------------------------

@cost("Add", "Subtract", "Multiply", "Maximum", "Minimum")
def elementwise_merge_cost(x, y, a):
    return elementwise((len(x) - 1) * size(y))


@cost("Average")
def average_cost(x, y, a):
    return elementwise(len(x) * size(y))  # the adds, then one multiply by 1/n


@cost("Concatenate")
def concatenate_cost(x, y, a):
    return FREE


@cost("Dot")
def dot_cost(x, y, a):
    if flag(a["normalize"]):
        raise NotStatic("the l2 normalisation of Dot(normalize=True) is not counted")
    axes = a["axes"]
    first = x[0]
    axis = axes if isinstance(axes, int) else axes[0]
    return matrix(size(y) * first[axis % len(first)])


# -- free: activations, regularization, reshaping, augmentation, lookups ------------------

cost(*[name for name, spec in REGISTRY.items()
       if spec.family in ("activations", "regularization")])(free)
cost("Flatten", "Reshape", "Permute", "RepeatVector", "ZeroPadding1D", "ZeroPadding2D",
     "ZeroPadding3D", "Cropping1D", "Cropping2D", "Cropping3D", "CenterCrop", "RandomCrop",
     "CategoryEncoding", "Discretization", "Hashing", "StringLookup", "IntegerLookup")(free)
cost(*[name for name in REGISTRY if name.startswith("Random") and name != "RandomCrop"],
     "AutoContrast", "Solarization", "AugMix", "CutMix", "MixUp", "RandAugment")(free)  # inference: identity


@cost("UpSampling1D", "UpSampling2D", "UpSampling3D")
def upsampling_cost(x, y, a):
    if choice(a.get("interpolation", "nearest"), ("nearest",)) is None:
        raise NotStatic("an interpolating upsampling is not counted")
    return FREE


@cost("Rescaling", "Normalization")
def affine_cost(x, y, a):
    return elementwise(2 * size(y))  # a multiply and an add (Normalization: subtract, divide)


# -- steps and models ---------------------------------------------------------------------


def layer_cost(layer: Any, x: Any, y: Any = None) -> Cost:
    """One call of ``layer`` on input shape(s) ``x`` (output ``y``, computed when not given)."""
    fn = COSTS.get(getattr(layer, "cls", None))
    if not isinstance(layer, LayerObj) or fn is None or layer.dynamic_kwargs or x is UNKNOWN:
        return UNKNOWN_COST
    spec = REGISTRY[layer.cls]
    try:
        if y is None:
            y = run(layer, x).shape
        if y is UNKNOWN:
            return UNKNOWN_COST
        args = spec.arguments(x, *layer.args, **layer.kwargs)
        args.update(args.pop("__", None) or {})
        if "data_format" in args and args["data_format"] is None:
            args["data_format"] = layer.data_format
        found = fn(x, y, args)
    except (NotStatic, ShapeError, TypeError, ValueError, ZeroDivisionError, IndexError, KeyError,
            AttributeError, OverflowError):
        return UNKNOWN_COST
    return found
