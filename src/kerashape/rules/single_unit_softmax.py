"""KSH203 single-unit-softmax."""
from ..names import canonical
from . import Diagnostic, Rule, register


def is_softmax(activation):
    if isinstance(activation, str):
        return activation.lower() == "softmax"
    path = getattr(activation, "path", None)  # a name reached through imports (keras.activations...)
    if isinstance(path, str):
        return path.rsplit(".", 1)[-1] == "softmax" and (
            canonical(path) is not None or path.startswith("tensorflow."))
    return False


@register
class SingleUnitSoftmax(Rule):
    """## What it does
    Finds ``Dense(1, activation="softmax")``.

    ## Why is this bad?
    Softmax normalises over the last axis; over one unit it is always 1.0, so
    the model outputs a constant and cannot learn. Keras says nothing.

    ## Example
        Dense(1, activation="softmax")

    ## Use instead
        Dense(1, activation="sigmoid")    # binary classification
        Dense(n_classes, activation="softmax")
    """
    code = "KSH203"
    name = "single-unit-softmax"
    summary = "Dense with 1 unit and softmax: the output is always 1.0"
    VALID = ["from keras import Sequential\nfrom keras.layers import Dense\n"
             "m = Sequential([Dense(1, activation='sigmoid', input_shape=(3,))])\n"]
    INVALID = [("from keras import Sequential\nfrom keras.layers import Dense\n"
                "m = Sequential([Dense(8, input_shape=(3,)), Dense(1, activation='softmax')])\n", 3)]

    def check(self, result, ctx):
        for step in result.steps:
            layer = step.layer
            if layer is None or step.cls != "Dense" or layer.uncertain:
                continue
            units = layer.args[0] if layer.args else layer.kwargs.get("units")
            activation = layer.args[1] if len(layer.args) > 1 else layer.kwargs.get("activation")
            if units == 1 and not isinstance(units, bool) and is_softmax(activation):
                yield Diagnostic(self.code, (
                    "Dense(1) with softmax always outputs 1.0: use sigmoid for one unit, "
                    "or as many units as classes with softmax"), layer.node)
