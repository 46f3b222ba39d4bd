"""KSH106 refused-arguments."""
from . import Diagnostic, register
from .build_errors import _BuildError


@register
class RefusedArguments(_BuildError):
    """## What it does
    Finds a layer or model constructed with arguments Keras refuses: a size that is None,
    zero or negative (``Dense(None)`` left in an exercise template, ``Conv2D(8, 0)``), the
    tensor given to the constructor (``Flatten(x)`` for ``Flatten()(x)``), a
    ``keras.applications``
    model with ``include_top=True`` and ImageNet weights at another input size or number of
    classes, an input smaller than the architecture's minimum, an argument its signature does
    not take (``backend=``, ``layers=``: keras_applications' injected modules), a pooling
    layer's ``padding="SAME"`` (convolutions lower-case it, pooling layers do not).

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
    summary = "Keras refuses the arguments a layer or model is constructed with"
    VALID = ["import keras\n"
             "m = keras.applications.VGG16(input_shape=(160, 160, 3), include_top=False)\n"]
    INVALID = [("import keras\n\n"
                "m = keras.applications.VGG16(input_shape=(160, 160, 3))\n", 3),
               ("import keras\n"
                "m = keras.applications.VGG19(include_top=False, input_shape=(16, 16, 3))\n", 2),
               ("import keras\n"  # keras_applications' injected modules: Keras 3 has none
                "m = keras.applications.VGG16(include_top=False, backend=keras.backend)\n", 2),
               ("import keras\n"  # TF 2-era spelling: Keras 3 pooling raises when called
                "m = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.MaxPooling2D(padding='SAME')])\n", 2),
               ("import keras\nn_classes = None  # YOUR CODE HERE\n"
                "m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(n_classes)])\n", 3),
               ("import keras\n"  # a noise level in pixel units: Keras wants 0 <= stddev <= 1
                "m = keras.Sequential([keras.Input((8,)), keras.layers.GaussianNoise(5)])\n", 2)]

    def check(self, result, ctx):
        if result.model.refused is not None:
            yield Diagnostic(self.code, result.model.refused, result.model.node)
        yield from super().check(result, ctx)  # a layer's refused size, at the layer
