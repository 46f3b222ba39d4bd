"""KSH301 keras1-argument."""
from . import Diagnostic, Rule, register


@register
class Keras1Argument(Rule):
    """## What it does
    Finds Keras 1 arguments and call forms removed in Keras 2 (``output_dim``,
    ``nb_filter``, ``border_mode``, ``init``, ``W_regularizer``,
    ``Convolution2D(32, 3, 3)``, ``Model(input=x, output=y)``) and names the modern
    spelling. kerashape
    computes the layer as Keras 1 meant it. Also ``Embedding(input_length=...)``,
    which Keras 1 and 2 read as the input shape and Keras 3 ignores.

    ## Why is this bad?
    Keras 2 and later raise TypeError on these arguments, or (for the
    positional kernel form) read the numbers as strides. Under Keras 3 a model
    whose only input shape was ``input_length`` is never built.

    ## Example
        Dense(output_dim=10, init="normal")

    ## Use instead
        Dense(units=10, kernel_initializer="normal")
    """
    code = "KSH301"
    name = "keras1-argument"
    summary = "a Keras 1 argument or call form, removed in Keras 2"
    VALID = ["from keras.layers import Dense\nfrom keras import Sequential\n"
             "m = Sequential([Dense(units=10, kernel_initializer='normal', input_dim=3)])\n"]
    INVALID = [("from keras.layers import Dense\nfrom keras import Sequential\n"
                "m = Sequential([Dense(output_dim=10, input_dim=3)])\n", 3),
               ("from keras.layers import Convolution2D\nfrom keras import Sequential\n"
                "m = Sequential()\nm.add(Convolution2D(32, 3, 3, input_shape=(28, 28, 1)))\n", 4),
               ("from keras.layers import Embedding, LSTM\nfrom keras import Sequential\n"
                "m = Sequential([\n    Embedding(1000, 64, input_length=10),\n    LSTM(8),\n])\n", 4),
               ("from keras.layers import Input, Dense\nfrom keras.models import Model\n"
                "x = Input(shape=(4,))\nm = Model(input=x, output=Dense(2)(x))\n", 4)]

    def check(self, result, ctx):
        yield from legacy_findings(self.code, result)


def legacy_findings(code, result):
    """One finding per call with notes of this code: the model's own call, then each layer's."""
    calls = [(result.model.legacy, result.model.node, None)] + [
        (step.layer.legacy, step.layer.node, step) for step in result.steps if step.layer is not None]
    for notes, node, step in calls:
        mine = [note for note in notes if getattr(note, "code", "KSH301") == code
                and not _harmless(note, step, result)]
        if mine:
            yield Diagnostic(code, "; ".join(mine), node)


def _harmless(note, step, result):
    """Embedding(input_length=...) where the layer's input shape comes from elsewhere (the
    Input of a functional model, a keras.Input before it): Keras 3 only warns that the
    argument is deprecated, and nothing is lost."""
    return str(note).startswith("input_length=") and (
        result.model.kind == "Functional" or step is not None and isinstance(step.input, tuple))
