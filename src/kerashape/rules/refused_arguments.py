"""KSH106 refused-arguments."""
from . import Diagnostic, Rule, register


@register
class RefusedArguments(Rule):
    """## What it does
    Finds a model constructed with arguments Keras refuses: a ``keras.applications``
    model with ``include_top=True`` and ImageNet weights at another input size or number of
    classes, an input smaller than the architecture's minimum, an argument its signature does
    not take (``backend=``, ``layers=``: keras_applications' injected modules).

    ## Why is this bad?
    Keras raises ValueError (TypeError for an argument it does not take) when the line
    runs: the model is never built.

    ## Example
        keras.applications.ResNet50(input_shape=(160, 160, 3))

    ## Use instead
        keras.applications.ResNet50(input_shape=(160, 160, 3), include_top=False, pooling="avg")
    """
    code = "KSH106"
    name = "refused-arguments"
    summary = "Keras refuses the arguments a model is constructed with"
    VALID = ["import keras\n"
             "m = keras.applications.VGG16(input_shape=(160, 160, 3), include_top=False)\n"]
    INVALID = [("import keras\n\n"
                "m = keras.applications.VGG16(input_shape=(160, 160, 3))\n", 3),
               ("import keras\n"
                "m = keras.applications.VGG19(include_top=False, input_shape=(16, 16, 3))\n", 2),
               ("import keras\n"  # keras_applications' injected modules: Keras 3 has none
                "m = keras.applications.VGG16(include_top=False, backend=keras.backend)\n", 2)]

    def check(self, result, ctx):
        if result.model.refused is not None:
            yield Diagnostic(self.code, result.model.refused, result.model.node)
