"""KSH101-KSH105: inputs Keras refuses when it builds the model.

The layer functions raise these (kerashape.layers.ShapeError) only when the
shape is certain; these rules turn them into diagnostics at the layer's call.
"""
from ..values import OpObj, TensorObj
from . import Diagnostic, Rule, register


class _BuildError(Rule):
    def check(self, result, ctx):
        if result.input_error is not None:
            node, error = result.input_error
            if error.code == self.code:
                yield Diagnostic(self.code, error.message, node)
        for step in result.steps:
            if step.error is not None and step.error.code == self.code and not (
                    step.layer is not None and step.layer.uncertain):
                yield Diagnostic(self.code, step.error.message, step.node)
        for tensor in _op_outputs(result.model):
            if tensor.error.code == self.code:
                yield Diagnostic(self.code, tensor.error.message, tensor.node)


def _op_outputs(model):
    """The operations of a functional graph (``x + y``: nodes, not layers) Keras refuses."""
    seen, found = set(), []
    pending = list(model.outputs) if isinstance(model.outputs, (list, tuple)) else [model.outputs]
    while pending:
        tensor = pending.pop()
        if not isinstance(tensor, TensorObj) or id(tensor) in seen:
            continue
        seen.add(id(tensor))
        if isinstance(tensor.layer, OpObj) and tensor.error is not None:
            found.append(tensor)
        pending.extend(tensor.inputs)
    return found


@register
class WrongInputRank(_BuildError):
    """## What it does
    Finds a layer given an input of a rank it cannot take: Conv2D on (None, 784),
    LSTM on (None, 10), MaxPooling2D on a sequence.

    ## Why is this bad?
    Keras raises when it builds the model.

    ## Example
        Sequential([Dense(64, input_shape=(784,)), Conv2D(32, 3)])

    ## Use instead
        Sequential([Reshape((28, 28, 1), input_shape=(784,)), Conv2D(32, 3)])
    """
    code = "KSH101"
    name = "wrong-input-rank"
    summary = "a layer gets an input of a rank it cannot take"
    VALID = ["from keras import layers, Sequential\n"
             "m = Sequential([layers.Reshape((28, 28, 1), input_shape=(784,)), layers.Conv2D(8, 3)])\n"]
    INVALID = [("from keras import layers, Sequential\n"
                "m = Sequential([\n"
                "    layers.Dense(64, input_shape=(784,)),\n"
                "    layers.Conv2D(32, 3),\n"
                "])\n", 4),
               ("from keras.models import Sequential\nfrom keras.layers import LSTM\n"
                "m = Sequential()\nm.add(LSTM(8, input_shape=(10,)))\n", 4)]


@register
class NonPositiveDimension(_BuildError):
    """## What it does
    Finds a kernel, pool or crop larger than the axis it slides over with
    padding="valid", so that the output size is zero or negative.

    ## Why is this bad?
    Keras raises "Computed output size would be zero or negative" at build.

    ## Example
        Sequential([Input((4, 4, 1)), Conv2D(8, 5)])

    ## Use instead
        Sequential([Input((4, 4, 1)), Conv2D(8, 5, padding="same")])
    """
    code = "KSH102"
    name = "non-positive-dimension"
    summary = "a dimension becomes zero or negative"
    VALID = ["import keras\n"
             "m = keras.Sequential([keras.Input((4, 4, 1)), keras.layers.Conv2D(8, 5, padding='same')])\n"]
    INVALID = [("import keras\n"
                "m = keras.Sequential([keras.Input((4, 4, 1)), keras.layers.Conv2D(8, 5)])\n", 2),
               ("import keras\nm = keras.Sequential()\n"
                "m.add(keras.layers.MaxPooling1D(4, input_shape=(3, 2)))\n", 3)]


@register
class ReshapeSizeMismatch(_BuildError):
    """## What it does
    Finds a Reshape whose target holds a different number of values than its input.

    ## Why is this bad?
    Keras raises "The total size of the tensor must be unchanged" at build.

    ## Example
        Sequential([Input((784,)), Reshape((28, 27, 1))])

    ## Use instead
        Sequential([Input((784,)), Reshape((28, 28, 1))])
    """
    code = "KSH103"
    name = "reshape-size-mismatch"
    summary = "Reshape target size differs from the input size"
    VALID = ["import keras\n"
             "m = keras.Sequential([keras.Input((784,)), keras.layers.Reshape((28, -1, 1))])\n"]
    INVALID = [("import keras\n"
                "m = keras.Sequential([keras.Input((784,)), keras.layers.Reshape((28, 27, 1))])\n", 2),
               ("import keras\n"
                "m = keras.Sequential([keras.Input((10,)), keras.layers.Reshape((3, -1))])\n", 2)]


@register
class IncompatibleMerge(_BuildError):
    """## What it does
    Finds merge layers (Add, Concatenate, ...) whose inputs have shapes that cannot be merged,
    and element-wise operators between tensors (``x + y``) whose shapes do not broadcast.

    ## Why is this bad?
    Keras raises at build: element-wise merges and operators need shapes that broadcast,
    Concatenate needs equal ranks and equal sizes off its axis.

    ## Example
        Add()([x, Dense(3)(x)])  # x is (None, 4)

    ## Use instead
        Add()([x, Dense(4)(x)])
    """
    code = "KSH104"
    name = "incompatible-merge"
    summary = "inputs of a merge layer or an element-wise operator have incompatible shapes"
    VALID = ["import keras\nx = keras.Input((4,))\n"
             "m = keras.Model(x, keras.layers.concatenate([x, keras.layers.Dense(3)(x)]))\n"]
    INVALID = [("import keras\nx = keras.Input((4,))\n"
                "y = keras.layers.Add()([x, keras.layers.Dense(3)(x)])\nm = keras.Model(x, y)\n", 3),
               ("import keras\na, b = keras.Input((2, 3)), keras.Input((3,))\n"
                "m = keras.Model([a, b], keras.layers.Concatenate()([a, b]))\n", 3),
               ("import keras\nx = keras.Input((4,))\n"
                "y = x + keras.layers.Dense(3)(x)\nm = keras.Model(x, y)\n", 3)]


@register
class ShapeNotATuple(_BuildError):
    """## What it does
    Finds a shape argument that is a number: ``input_shape=(784)`` is the int 784,
    because parentheses alone do not make a tuple.

    ## Why is this bad?
    Keras raises "Cannot convert '784' to a shape".

    ## Example
        Dense(32, input_shape=(784))

    ## Use instead
        Dense(32, input_shape=(784,))
    """
    code = "KSH105"
    name = "shape-not-a-tuple"
    summary = "a shape argument is not a tuple/list of dimensions"
    VALID = ["from keras.layers import Dense\nfrom keras import Sequential\n"
             "m = Sequential([Dense(3, input_shape=(784,))])\n"]
    INVALID = [("from keras.layers import Dense\nfrom keras import Sequential\n"
                "m = Sequential([Dense(3, input_shape=(784))])\n", 3),
               ("import keras\nm = keras.Sequential([keras.Input((10,)), keras.layers.Reshape((10))])\n", 2)]
