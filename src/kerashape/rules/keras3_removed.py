"""KSH303 keras3-removed."""
from . import register
from .build_errors import _BuildError
from .keras1_argument import legacy_findings


@register
class Keras3Removed(_BuildError):
    """## What it does
    Finds what Keras 2 had and Keras 3 removed with nothing in its place: the
    ``weights=`` argument of a layer, layers such as ``LocallyConnected2D``,
    ``Highway`` or ``ThresholdedReLU``, tf.keras arguments such as
    ``BatchNormalization(fused=...)`` or ``LSTM(time_major=...)``, and backend
    functions such as ``K.image_dim_ordering()`` with no ``keras.ops`` equivalent, and a
    TensorFlow function applied to a symbolic tensor of the functional API (``tf.one_hot(inputs,
    depth)``), which tf.keras 2 wrapped in a layer.

    ## Why is this bad?
    Keras 3 raises there (an unrecognized keyword argument, a missing layer or
    function), so the model is never built. kerashape stops the model at that
    layer as Keras does: what comes after it is unknown.

    ## Example
        Dense(64, weights=[kernel, bias])

    ## Use instead
        layer = Dense(64)
        ...  # once the model is built:
        layer.set_weights([kernel, bias])
    """
    code = "KSH303"
    name = "keras3-removed"
    summary = "a layer, argument or backend function Keras 3 removed without an equivalent"
    VALID = ["import keras\n"
             "m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])\n"
             "m.layers[0].set_weights([keras.ops.zeros((4, 3)), keras.ops.zeros((3,))])\n"]
    INVALID = [("import numpy as np\nimport keras\n"
                "m = keras.Sequential([keras.Input((4,)),\n"
                "                      keras.layers.Dense(3, weights=[np.zeros((4, 3)), np.zeros(3)])])\n", 4),
               ("from keras.models import Sequential\nfrom keras.layers import Dense, BatchNormalization\n"
                "m = Sequential()\nm.add(Dense(8, input_shape=(4,)))\n"
                "m.add(BatchNormalization(fused=True))\n", 5),
               ("import tensorflow as tf\nimport keras\n"
                "x = keras.Input((4,))\nm = keras.Model(x, tf.nn.relu(x))\n", 4)]

    def check(self, result, ctx):
        yield from legacy_findings(self.code, result)
        yield from super().check(result, ctx)  # a TensorFlow function on the graph, at its call
