"""NumPy arrays and Keras datasets whose shapes are known from the code alone.

``input_shape=x_train.shape[1:]`` is how most scripts size their first layer. The
values are data, but the shape often is not: ``mnist.load_data()`` always gives
(60000, 28, 28), ``np.zeros((n, 8))`` has the shape it is asked for, and
``reshape``, slicing, ``to_categorical`` and ``pad_sequences`` change it in ways the
code states. Only shapes are followed, never values, and anything else is unknown.
"""
from __future__ import annotations

from typing import Any, Optional, Tuple

from . import ops
from .. import legacy
from ..shapes import UNKNOWN, Poly, Unknown, product
from ..values import ArrayObj

# keras/src/datasets/*.py load_data() with its default arguments:
# (x_train, y_train), (x_test, y_test) shapes, as their docstrings state.
DATASETS = {
    "mnist": ((60000, 28, 28), (60000,), (10000, 28, 28), (10000,)),
    "fashion_mnist": ((60000, 28, 28), (60000,), (10000, 28, 28), (10000,)),
    "cifar10": ((50000, 32, 32, 3), (50000, 1), (10000, 32, 32, 3), (10000, 1)),
    "cifar100": ((50000, 32, 32, 3), (50000, 1), (10000, 32, 32, 3), (10000, 1)),
    "boston_housing": ((404, 13), (404,), (102, 13), (102,)),
    "imdb": ((25000,), (25000,), (25000,), (25000,)),
    "reuters": ((8982,), (8982,), (2246,), (2246,)),
}
# Arguments that change those shapes: with them, the shapes are not known.
_SHAPE_ARGUMENTS = {"test_split", "maxlen"}  # a split of other size; sequences filtered


def load_data(dataset: str, kwargs: dict) -> Any:
    shapes = DATASETS.get(dataset)
    if shapes is None or _SHAPE_ARGUMENTS & set(kwargs):
        return UNKNOWN
    x_train, y_train, x_test, y_test = (ArrayObj(s) for s in shapes)
    return ((x_train, y_train), (x_test, y_test))


def _dims(value: Any) -> Optional[Tuple[Any, ...]]:
    """A shape argument: an int or a tuple/list of ints (or symbols)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    if isinstance(value, (tuple, list)) and all(
            isinstance(d, (int, Poly)) and not isinstance(d, bool) for d in value):
        return tuple(value)
    return None


def _array(shape: Any) -> Any:
    return ArrayObj(shape) if isinstance(shape, tuple) and all(
        isinstance(d, (int, Poly)) and not isinstance(d, bool) for d in shape) else UNKNOWN


def literal_shape(value: Any) -> Optional[Tuple[int, ...]]:
    """``np.array([[1, 2], [3, 4]])``: the shape of nested lists of equal length."""
    if isinstance(value, ArrayObj):
        return value.shape
    if not isinstance(value, (list, tuple)):
        return () if isinstance(value, (int, float, str, bool)) else None
    inner = [literal_shape(v) for v in value]
    if any(s is None for s in inner) or len(set(inner)) > 1:
        return None
    return (len(value),) + (inner[0] if inner else ())


# np.random functions and the position of their size argument
_RANDOM_SIZE = {"random": 0, "random_sample": 0, "sample": 0, "uniform": 2, "normal": 2,
                "randint": 2, "binomial": 2, "choice": 1, "standard_normal": 0}


def numpy_call(function: str, args: tuple, kwargs: dict, node: Any = None) -> Any:
    """``np.<function>(...)`` (``function`` may be ``random.rand``): an ArrayObj or UNKNOWN."""
    if function in legacy.NUMPY_SCALARS and not any(isinstance(a, ArrayObj) for a in args):
        return Unknown(legacy.NUMPY_SCALAR, node)  # Keras 3 refuses one where an int goes
    if function in ("zeros", "ones", "empty", "full"):
        dims = _dims(args[0] if args else kwargs.get("shape"))
        return UNKNOWN if dims is None else ArrayObj(dims)
    if function in ("zeros_like", "ones_like", "empty_like", "full_like", "copy", "asarray",
                    "ascontiguousarray") and args and isinstance(args[0], ArrayObj):
        return args[0]
    if function in ("array", "asarray") and args:
        shape = literal_shape(args[0])
        return UNKNOWN if shape is None else ArrayObj(shape)
    if function in ("random.rand", "random.randn"):
        dims = tuple(args)
        return _array(dims) if not kwargs else UNKNOWN
    if function.startswith("random.") and function[7:] in _RANDOM_SIZE:
        position = _RANDOM_SIZE[function[7:]]
        size = kwargs.get("size", args[position] if len(args) > position else None)
        dims = _dims(size)
        return UNKNOWN if dims is None else ArrayObj(dims)
    if function == "arange" and args and all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        return ArrayObj((len(range(*args)),)) if len(args) <= 3 else UNKNOWN
    arrays = [a for a in args if isinstance(a, ArrayObj)]
    if not arrays:
        return UNKNOWN
    shaped = tuple(a.shape if isinstance(a, ArrayObj) else
                   [s.shape for s in a] if isinstance(a, list) and all(isinstance(s, ArrayObj) for s in a)
                   else a for a in args)
    if function in ("reshape", "expand_dims", "squeeze", "transpose", "concatenate", "stack"):
        return _array(ops.output_shape(function, shaped, kwargs))
    return UNKNOWN


def method(array: ArrayObj, name: str, args: tuple, kwargs: dict) -> Any:
    """``x.reshape(...)``, ``x.astype(...)``, ...: what an array method gives."""
    shape = array.shape
    if name in ("astype", "copy"):
        return array
    if name in ("flatten", "ravel"):
        return ArrayObj((product(shape),))
    if name == "reshape":
        new = args[0] if len(args) == 1 else args
        return _array(ops.output_shape("reshape", (shape, new), {})) if not kwargs else UNKNOWN
    if name in ("transpose", "squeeze"):
        return _array(ops.output_shape(name, (shape,) + tuple(args), kwargs))
    return UNKNOWN


def attribute(array: ArrayObj, name: str) -> Any:
    if name == "shape":
        return array.shape
    if name == "ndim":
        return len(array.shape)
    if name == "size":
        return product(array.shape)
    if name == "T":
        return ArrayObj(tuple(reversed(array.shape)))
    return UNKNOWN


def to_categorical(labels: Any, num_classes: Any) -> Any:
    """keras.utils.to_categorical: a trailing axis of 1 is dropped, then num_classes added."""
    if not isinstance(labels, ArrayObj) or not isinstance(num_classes, int) or isinstance(num_classes, bool):
        return UNKNOWN
    shape = labels.shape
    if shape and shape[-1] == 1 and len(shape) > 1:
        shape = shape[:-1]
    return ArrayObj(shape + (num_classes,))


def pad_sequences(sequences: Any, maxlen: Any) -> Any:
    """keras.utils.pad_sequences(seqs, maxlen=n): (number of sequences, n)."""
    if isinstance(sequences, ArrayObj) and sequences.shape:
        count: Any = sequences.shape[0]
    elif isinstance(sequences, (list, tuple)):
        count = len(sequences)
    else:
        return UNKNOWN
    if not isinstance(maxlen, int) or isinstance(maxlen, bool):
        return UNKNOWN
    return ArrayObj((count, maxlen))


def binary(left: Any, right: Any) -> Any:
    """``x / 255.0``, ``x - mean``: element-wise arithmetic keeps the broadcast shape."""
    shapes = [v.shape if isinstance(v, ArrayObj) else () if isinstance(v, (int, float)) else None
              for v in (left, right)]
    if None in shapes:
        return UNKNOWN
    return _array(ops.broadcast(shapes[0], shapes[1]))
