"""KSH201 dense-on-unflattened-input."""
from ..infer import is_last_axis_layer
from ..shapes import shape_text
from . import Diagnostic, Rule, register


def _rank(shape):
    return len(shape) if isinstance(shape, tuple) else None


@register
class DenseOnUnflattenedInput(Rule):
    """## What it does
    Finds a Dense layer (or another layer that acts on the last axis only) given
    an input of rank > 2 that was never flattened. It is reported once per
    un-flattened chain, a run of consecutive layers whose outputs all keep
    rank > 2, at the run's first Dense.

    ## Why is this bad?
    Dense does not flatten: on (None, 784, 1) it is applied to each of the 784
    positions with a 1 -> units kernel, so ``Dense(4)`` gives (None, 784, 4)
    and 8 parameters instead of (None, 4) and 3140. Keras says nothing.

    ## Example
        Sequential([Dense(4, input_shape=(784, 1)), Dense(10, activation="softmax")])

    ## Use instead
        Sequential([Flatten(input_shape=(784, 1)), Dense(4), Dense(10, activation="softmax")])

    Or GlobalAveragePooling after convolutions; or TimeDistributed(Dense(...))
    where a per-position Dense is what you mean (it is not reported there).
    """
    code = "KSH201"
    name = "dense-on-unflattened-input"
    summary = "Dense gets a rank>2 input that was never flattened"
    VALID = [
        "from keras.models import Sequential\nfrom keras.layers import Dense, Flatten\n"
        "m = Sequential([Flatten(input_shape=(784, 1)), Dense(4)])\n",
        "from keras.models import Sequential\nfrom keras.layers import Dense, LSTM\n"
        "m = Sequential([LSTM(8, input_shape=(10, 3)), Dense(1)])\n",
        "from keras.models import Sequential\nfrom keras.layers import Dense, TimeDistributed\n"
        "m = Sequential([TimeDistributed(Dense(4), input_shape=(10, 3))])\n",
    ]
    INVALID = [
        ("from keras.models import Sequential\nfrom keras.layers import Dense\n"
         "m = Sequential()\nm.add(Dense(4, input_shape=(784, 1)))\nm.add(Dense(10))\n", 4),
        ("from keras.models import Sequential\nfrom keras.layers import Conv2D, Dense\n"
         "m = Sequential([\n    Conv2D(8, 3, input_shape=(28, 28, 1)),\n    Dense(10),\n])\n", 5),
    ]

    def check(self, result, ctx):
        # A step is "covered" when its output continues an un-flattened chain that
        # already has its report: its output keeps rank > 2 and it is a reported
        # Dense or reads a covered step. Sequential steps read the previous one.
        covered = set()
        for step in result.steps:
            keeps_rank = (_rank(step.output) or 0) > 2
            continues = any(id(p) in covered for p in step.producers)
            if (not continues and step.error is None and is_last_axis_layer(step)
                    and (_rank(step.input) or 0) > 2 and _rank(step.output) is not None
                    and not (step.layer is not None and step.layer.uncertain)):
                continues = True
                yield Diagnostic(self.code, (
                    "%s gets %s and acts on its last axis only: output %s, %s params. "
                    "Add Flatten() or a global pooling layer before it for one vector per sample "
                    "(or wrap it in TimeDistributed if per-position is intended)"
                    % (step.cls, shape_text(step.input), shape_text(step.output), step.params)),
                    step.node)
            if keeps_rank and continues:
                covered.add(id(step))
