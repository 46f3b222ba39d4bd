"""KSH202 ignored-input-shape."""
from . import Diagnostic, Rule, register


@register
class IgnoredInputShape(Rule):
    """## What it does
    Finds ``input_shape`` / ``input_dim`` / ``batch_input_shape`` on a layer that is
    not the first of its Sequential model.

    ## Why is this bad?
    Keras only reads the first layer's input shape; on any other layer the
    argument is silently ignored, so the shape you wrote is not the shape you get.

    ## Example
        Sequential([Dense(64, input_shape=(100,)), Dense(10, input_shape=(64,))])

    ## Use instead
        Sequential([Dense(64, input_shape=(100,)), Dense(10)])
    """
    code = "KSH202"
    name = "ignored-input-shape"
    summary = "input_shape / input_dim on a layer that is not the model's first"
    VALID = ["from keras import Sequential\nfrom keras.layers import Dense\n"
             "m = Sequential([Dense(64, input_shape=(100,)), Dense(10)])\n"]
    INVALID = [("from keras import Sequential\nfrom keras.layers import Dense\n"
                "m = Sequential([\n    Dense(64, input_shape=(100,)),\n"
                "    Dense(10, input_dim=64),\n])\n", 5)]

    def check(self, result, ctx):
        for step in result.steps:
            layer = step.layer
            first_of_stack = step.position == 0 and result.model.kind == "Sequential"
            # A Sequential's first layer read through its graph (Model(seq.inputs, ...)): the
            # argument made that input.
            made_input = any(p.cls == "InputLayer" and p.node is getattr(layer, "node", None)
                             for p in step.producers)
            if layer is None or first_of_stack or made_input or layer.uncertain:
                continue
            key, _ = layer.shape_arg()
            if key is None:
                continue
            where = ("which is not the model's first layer: Keras ignores it; remove it (or move it "
                     "to the first layer)") if result.model.kind == "Sequential" else (
                "called on a tensor: Keras ignores it (the tensor's shape is used); remove it")
            yield Diagnostic(self.code, "%s=%s on %s, %s" % (
                key, _arg_text(layer.kwargs[key]), step.cls, where), layer.node)


def _arg_text(value):
    from ..shapes import Poly
    if isinstance(value, tuple):
        return "(%s%s)" % (", ".join(_arg_text(v) for v in value), "," if len(value) == 1 else "")
    if isinstance(value, (int, Poly)) or value is None:
        return str(value)
    return "..."
