"""keras.ops on symbolic tensors, and the Python operators that call them (``x + y``,
``x[:, 0]``): their output shapes.

In a functional model these are nodes of the graph but not layers (Keras lists
only layers in ``model.layers``); inside a ``Lambda`` they decide its output
shape. Each function takes shapes (tuples of dims, or UNKNOWN) and constant
arguments, follows keras/src/ops (``compute_output_spec``), and answers UNKNOWN
for anything it cannot be sure of. Nothing here is a finding: an op that Keras
would refuse just has an unknown shape.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional

from ..layers.convolutional import conv_length
from ..shapes import UNKNOWN, Poly, Unknown, compare, known, product, shape_text

# `x <op> y` on a KerasTensor -> the keras.ops function it calls (keras_tensor.py).
OPERATORS = {"Add": "add", "Sub": "subtract", "Mult": "multiply", "Div": "true_divide",
             "FloorDiv": "floor_divide", "Mod": "mod", "Pow": "power", "MatMult": "matmul"}

# Functions whose operation class is not their name in CamelCase (for Keras's auto names).
_CLASS_NAMES = {"abs": "absolute", "swish": "silu"}

ELEMENTWISE = frozenset({
    "relu", "relu6", "sigmoid", "hard_sigmoid", "tanh", "exp", "expm1", "log", "log1p", "sqrt",
    "square", "abs", "absolute", "negative", "softmax", "log_softmax", "gelu", "silu", "swish",
    "elu", "selu", "softplus", "leaky_relu", "cast", "stop_gradient", "normalize", "clip", "erf",
    "sin", "cos", "floor", "ceil", "round", "sign"})
BINARY = frozenset({"add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "mod",
                    "power", "maximum", "minimum"})
REDUCTIONS = frozenset({"mean", "sum", "max", "min", "prod", "std", "var"})

# TensorFlow functions that are these keras.ops functions shape for shape (arguments in the same
# order). Under the TensorFlow backend they run inside a Layer's call or a Lambda, where Keras
# traces with TensorFlow tensors; on a KerasTensor of the functional API Keras 3 raises.
_TF_SAME = ("relu", "relu6", "sigmoid", "tanh", "exp", "log", "sqrt", "square", "abs", "negative",
            "softplus", "sin", "cos", "floor", "ceil", "round", "sign", "erf", "add", "subtract",
            "multiply", "maximum", "minimum", "pow", "matmul", "concat", "stack", "reshape",
            "expand_dims", "squeeze", "transpose", "tile")
TENSORFLOW = {**{"tensorflow." + n: n for n in _TF_SAME},
              **{"tensorflow.math." + n: n for n in _TF_SAME[:20]},
              **{"tensorflow.nn." + n: n for n in ("relu", "relu6", "sigmoid", "tanh", "softmax",
                                                   "log_softmax", "gelu", "silu", "swish", "elu",
                                                   "selu", "softplus", "leaky_relu")},
              **{"tensorflow.%s" % r: r[len("reduce_"):] for r in (
                  "reduce_mean", "reduce_sum", "reduce_max", "reduce_min", "reduce_prod")},
              **{"tensorflow.math.%s" % r: r[len("reduce_"):] for r in (
                  "reduce_mean", "reduce_sum", "reduce_max", "reduce_min", "reduce_prod")}}
TENSORFLOW.update({"tensorflow.pow": "power", "tensorflow.math.pow": "power",
                   "tensorflow.concat": "concatenate"})

# TensorFlow functions that convert their arguments to tf tensors: given a KerasTensor of the
# functional API, Keras 3 raises there (KerasTensor.__tf_tensor__).
_TF_NAMESPACES = ("tensorflow.nn.", "tensorflow.math.", "tensorflow.image.", "tensorflow.linalg.",
                  "tensorflow.signal.")
_TF_ARRAY_OPS = frozenset(_TF_SAME + (
    "one_hot", "pad", "cast", "split", "unstack", "gather", "gather_nd", "boolean_mask", "divide",
    "reduce_mean", "reduce_sum", "reduce_max", "reduce_min", "reduce_prod", "clip_by_value",
    "where", "zeros_like", "ones_like", "identity", "stop_gradient", "repeat", "shape", "einsum",
    "argmax", "argmin", "norm", "squeeze", "reverse", "roll", "sort", "cumsum"))


def converts_to_tensorflow(path: str) -> bool:
    return path.startswith(_TF_NAMESPACES) or path.startswith("tensorflow.") and \
        path[len("tensorflow."):] in _TF_ARRAY_OPS


def name_prefix(function: str) -> str:
    """The auto-name prefix of the operation a keras.ops function makes: ``abs`` -> ``absolute``."""
    return _CLASS_NAMES.get(function, function)


def broadcast(a: Any, b: Any) -> Any:
    """ops/operation_utils.py ``broadcast_shapes``: numpy broadcasting, None meets k as k."""
    if not isinstance(a, tuple) or not isinstance(b, tuple):
        return UNKNOWN
    rank = max(len(a), len(b))
    a, b = (1,) * (rank - len(a)) + a, (1,) * (rank - len(b)) + b
    out = []
    for i, j in zip(a, b):
        if known(i) == 1:
            out.append(j)
        elif isinstance(i, Unknown):
            out.append(i if known(j) == 1 else j)
        elif isinstance(j, Unknown) or known(j) == 1 or compare(i, j) == 0:
            out.append(i)
        else:
            return UNKNOWN  # a mismatch (Keras raises) or symbols that may differ
    return tuple(out)


def broadcast_mismatch(a: Any, b: Any) -> Optional[str]:
    """Where ``broadcast_shapes`` raises: an axis of two different fixed sizes, neither 1
    (a None or symbolic size may match at run time, so it never does here)."""
    if not isinstance(a, tuple) or not isinstance(b, tuple):
        return None
    rank = max(len(a), len(b))
    for i, j in zip((1,) * (rank - len(a)) + a, (1,) * (rank - len(b)) + b):
        if isinstance(i, int) and isinstance(j, int) and 1 not in (i, j) and i != j:
            return "%s and %s, which do not broadcast (%d against %d)" % (shape_text(a), shape_text(b), i, j)
    return None


def _axis(axis: Any, rank: int) -> Optional[int]:
    if isinstance(axis, int) and not isinstance(axis, bool) and -rank <= axis < rank:
        return axis % rank
    return None


def _reduce(x: Any, axis: Any = None, keepdims: Any = False, **_: Any) -> Any:
    if not isinstance(keepdims, bool):
        return UNKNOWN
    if axis is None:
        return tuple(1 for _ in x) if keepdims else ()
    axes = [_axis(a, len(x)) for a in (axis if isinstance(axis, (tuple, list)) else (axis,))]
    if any(a is None for a in axes):
        return UNKNOWN
    if keepdims:
        return tuple(1 if i in axes else d for i, d in enumerate(x))
    return tuple(d for i, d in enumerate(x) if i not in axes)


def _concatenate(xs: Any, axis: Any = 0) -> Any:
    if not isinstance(xs, list) or not xs or any(not isinstance(s, tuple) for s in xs):
        return UNKNOWN
    if len({len(s) for s in xs}) != 1:
        return UNKNOWN
    index = _axis(axis, len(xs[0]))
    if index is None:
        return UNKNOWN
    out = list(xs[0])
    for shape in xs[1:]:
        for i, (a, b) in enumerate(zip(out, shape)):
            if i == index:
                out[i] = a + b
            elif isinstance(a, Unknown):
                out[i] = b
            elif not isinstance(b, Unknown) and compare(a, b) != 0:
                return UNKNOWN
    return tuple(out)


def _stack(xs: Any, axis: Any = 0) -> Any:
    if not isinstance(xs, list) or not xs or any(s != xs[0] or not isinstance(s, tuple) for s in xs):
        return UNKNOWN
    index = _axis(axis, len(xs[0]) + 1)
    if index is None:
        return UNKNOWN
    return xs[0][:index] + (len(xs),) + xs[0][index:]


def _reshape(x: Any, newshape: Any) -> Any:
    if isinstance(newshape, int) and not isinstance(newshape, bool):
        newshape = (newshape,)
    if not isinstance(newshape, (tuple, list)):
        return UNKNOWN
    dims = [UNKNOWN if d is None else d for d in newshape]
    if any(not isinstance(d, (int, Poly, Unknown)) or isinstance(d, bool) for d in dims):
        return UNKNOWN
    holes = [i for i, d in enumerate(dims) if d == -1]
    if len(holes) > 1:
        return UNKNOWN
    if holes:
        rest = product(d for d in dims if d != -1)
        size = product(x)
        # keras/src/ops/numpy.py Reshape: the -1 is None unless every size is known
        fill = size // rest if known(size) is not None and known(rest) else UNKNOWN
        if not isinstance(fill, Unknown) and fill * rest != size:
            return UNKNOWN
        dims[holes[0]] = fill
    return tuple(dims)


def _expand_dims(x: Any, axis: Any) -> Any:
    index = _axis(axis, len(x) + 1)
    return UNKNOWN if index is None else x[:index] + (1,) + x[index:]


def _squeeze(x: Any, axis: Any = None) -> Any:
    if axis is None:
        if any(isinstance(d, Unknown) or isinstance(d, Poly) for d in x):
            return UNKNOWN
        return tuple(d for d in x if d != 1)
    index = _axis(axis, len(x))
    if index is None or known(x[index]) != 1:
        return UNKNOWN
    return x[:index] + x[index + 1:]


def _transpose(x: Any, axes: Any = None) -> Any:
    if axes is None:
        return tuple(reversed(x))
    order = [_axis(a, len(x)) for a in axes] if isinstance(axes, (tuple, list)) else [None]
    if None in order or sorted(order) != list(range(len(x))):
        return UNKNOWN
    return tuple(x[i] for i in order)


def _tile(x: Any, repeats: Any) -> Any:
    """numpy.py Tile.compute_output_spec: each known size times its repeat, the rest None."""
    if not isinstance(repeats, (int, list, tuple)):
        return UNKNOWN
    reps = [repeats] if isinstance(repeats, int) else list(repeats)
    if any(not isinstance(r, int) or isinstance(r, bool) for r in reps):
        return UNKNOWN
    dims = list(x)
    if len(dims) > len(reps):
        reps = [1] * (len(dims) - len(reps)) + reps
    else:
        dims = [1] * (len(reps) - len(dims)) + dims
    return tuple(d * r if isinstance(d, int) else UNKNOWN for d, r in zip(dims, reps))


def _elementwise(x: Any, *_: Any, **__: Any) -> Any:
    return x


def _operand(value: Any) -> Any:
    """A tensor's shape as it is; a Python number is a shape ``()``."""
    if isinstance(value, (int, float, Poly)):
        return ()
    return value


def _binary(a: Any, b: Any) -> Any:
    return broadcast(_operand(a), _operand(b))


def _matmul(a: Any, b: Any) -> Any:
    """operation_utils.py ``compute_matmul_output_shape``: numpy's matmul, 1-D operands promoted."""
    if not isinstance(a, tuple) or not isinstance(b, tuple) or not a or not b:
        return UNKNOWN
    left, right = ((1,) + a if len(a) == 1 else a), (b + (1,) if len(b) == 1 else b)
    inner = (left[-1], right[-2])
    if not any(isinstance(d, Unknown) for d in inner) and compare(*inner) != 0:
        return UNKNOWN
    leading = broadcast(left[:-2], right[:-2])
    if isinstance(leading, Unknown):
        return UNKNOWN
    out = list(leading) + [left[-2], right[-1]]
    if len(a) == 1:
        del out[-2]
    if len(b) == 1:
        del out[-1]
    return tuple(out)


def _extract_patches(images: Any, size: Any, strides: Any = None, dilation_rate: Any = 1,
                     padding: Any = "valid", data_format: Any = None) -> Any:
    """ops.image.extract_patches (ExtractPatches.compute_output_spec), 2-D patches of a batch:
    a convolution's output shape with size*size*channels filters, strides the size by default."""
    size = (size, size) if isinstance(size, int) else size
    strides = size if strides is None else (strides, strides) if isinstance(strides, int) else strides
    if not (len(images) == 4 and isinstance(size, tuple) and len(size) == 2 and isinstance(strides, tuple)
            and len(strides) == 2 and isinstance(dilation_rate, int) and padding in ("valid", "same")
            and data_format in ("channels_last", "channels_first")):
        return UNKNOWN
    spatial, channel = ((1, 2), 3) if data_format == "channels_last" else ((2, 3), 1)
    out = list(images)
    out[channel] = size[0] * size[1] * images[channel]
    for axis, k, s in zip(spatial, size, strides):
        out[axis] = conv_length(images[axis], k, s, padding, dilation_rate)
        if compare(out[axis], 0) is not None and compare(out[axis], 0) <= 0:
            return UNKNOWN  # Keras raises: not a shape
    return tuple(out)


_SHAPES: Dict[str, Callable[..., Any]] = {
    "extract_patches": _extract_patches,
    "matmul": _matmul, "tile": _tile,
    "concatenate": _concatenate, "stack": _stack, "reshape": _reshape, "expand_dims": _expand_dims,
    "squeeze": _squeeze, "transpose": _transpose, "argmax": _reduce, "argmin": _reduce,
}
_SHAPES.update((name, _elementwise) for name in ELEMENTWISE)
_SHAPES.update((name, _binary) for name in BINARY)
_SHAPES.update((name, _reduce) for name in REDUCTIONS)


def output_shape(function: str, args: tuple, kwargs: dict) -> Any:
    """The shape ``keras.ops.<function>(*args, **kwargs)`` gives; shapes stand in for tensors,
    a plain number is a shape ``()``. UNKNOWN for ops not listed here."""
    fn = _SHAPES.get(function)
    if fn is None:
        return UNKNOWN
    first = args[0] if args else None
    if fn not in (_concatenate, _stack, _binary) and not isinstance(first, tuple):
        return UNKNOWN
    try:
        return fn(*args, **kwargs)
    except (TypeError, ValueError, ZeroDivisionError, IndexError):
        return UNKNOWN


def get_item(x: Any, key: Any) -> Any:
    """``x[key]`` (GetItem): ints drop an axis, slices keep it (sized where the axis is
    known), ``None`` adds one, ``...`` fills the rest. UNKNOWN for anything else."""
    if not isinstance(x, tuple):
        return UNKNOWN
    keys = list(key) if isinstance(key, tuple) else [key]
    if sum(k is Ellipsis for k in keys) > 1:
        return UNKNOWN
    used = sum(1 for k in keys if k is not None and k is not Ellipsis)
    if used > len(x):
        return UNKNOWN
    if Ellipsis in keys:
        at = keys.index(Ellipsis)
        keys[at:at + 1] = [slice(None)] * (len(x) - used)
    out = []
    axis = 0
    for k in keys:
        if k is None:
            out.append(1)
            continue
        dim = x[axis]
        axis += 1
        if isinstance(k, bool):
            return UNKNOWN
        if isinstance(k, int):
            continue
        if not isinstance(k, slice):
            return UNKNOWN
        if k == slice(None):
            out.append(dim)
        elif isinstance(dim, int):
            out.append(len(range(*k.indices(dim))))
        else:
            out.append(dim if isinstance(dim, Unknown) else UNKNOWN)
    return tuple(out) + x[axis:]
