"""KSH201 dense-on-unflattened-input."""
from typing import Optional

from ..infer import OP_STEP, is_last_axis_layer, layer_input_shape
from ..layers import ShapeError
from ..shapes import Poly, shape_text
from ..values import LayerObj, ModelObj, TensorObj
from . import Diagnostic, Rule, register

# Where a Dense on extra axes is per position by design: the axes are the positions of a
# sequence (tokens, time steps) these layers make or read.
SEQUENCE = frozenset({
    "Embedding", "ReversibleEmbedding", "SimpleRNN", "LSTM", "GRU", "RNN", "Bidirectional",
    "TimeDistributed", "RepeatVector", "Attention", "AdditiveAttention", "MultiHeadAttention",
    "GroupQueryAttention", "GroupedQueryAttention", "EinsumDense", "ConvLSTM1D",
    "Conv1D", "Conv1DTranspose", "SeparableConv1D", "DepthwiseConv1D", "MaxPooling1D",
    "AveragePooling1D", "AdaptiveMaxPooling1D", "AdaptiveAveragePooling1D", "UpSampling1D",
    "ZeroPadding1D", "Cropping1D", "SpatialDropout1D",
})
# Layers that make feature maps: their spatial axes are not meant to reach a per-sample output.
FEATURE_MAPS = frozenset({
    "Conv2D", "Conv3D", "Conv2DTranspose", "Conv3DTranspose", "DepthwiseConv2D",
    "SeparableConv2D", "MaxPooling2D", "MaxPooling3D", "AveragePooling2D", "AveragePooling3D",
    "AdaptiveMaxPooling2D", "AdaptiveAveragePooling2D", "AdaptiveMaxPooling3D",
    "AdaptiveAveragePooling3D", "ConvLSTM2D", "ConvLSTM3D",
})
# Layers that keep the extra axes of their input as they are: a chain goes on through them.
KEEPS_AXES = frozenset({
    "Dense", "Activation", "ReLU", "LeakyReLU", "ELU", "Softmax", "ThresholdedReLU", "PReLU",
    "Dropout", "GaussianDropout", "GaussianNoise", "AlphaDropout", "SpatialDropout2D",
    "SpatialDropout3D", "BatchNormalization", "LayerNormalization", "GroupNormalization",
    "RMSNormalization", "UnitNormalization", "Identity", "Masking", "ActivityRegularization",
    "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate",
    "ZeroPadding2D", "ZeroPadding3D", "Cropping2D", "Cropping3D", "UpSampling2D", "UpSampling3D",
    "Rescaling",
})


def _rank(shape):
    return len(shape) if isinstance(shape, tuple) else None


def _fixed(shape):
    """Rank > 2 with every axis between the batch and the last of a stated size: no None."""
    return (_rank(shape) or 0) > 2 and all(
        isinstance(d, (int, Poly)) and not isinstance(d, bool) for d in shape[1:-1])


def _continues(step):
    """The step keeps its input's extra axes: a Dense after it sees the same positions."""
    if step.cls == OP_STEP:  # x + y, x * 2: element-wise when the shape is one of its inputs'
        return step.output in step.input
    return step.cls in KEEPS_AXES or step.cls in FEATURE_MAPS


def _declared_input(result):
    """The origin of a Sequential's input: "input" when the model itself states a fixed
    rank > 2 input; None when the shape comes from where the model is used (the axes are
    that model's to judge) or has a variable-length axis."""
    model, items = result.model, result.model.layers
    first = items[0] if items else None
    try:
        declared = isinstance(first, (TensorObj, ModelObj)) or model.build_node is not None or (
            isinstance(first, LayerObj) and layer_input_shape(first) is not None)
    except ShapeError:
        declared = False
    return "input" if declared and _fixed(result.input_shape) else None


class _Graph:
    """The steps of one model in an upstream-first order (keras.ops nodes included, which are
    not among the listed steps), with where each step's extra axes come from and the model
    output they reach. Computed in passes, not by recursion: models can be very deep."""

    def __init__(self, result):
        self.result = result
        self.steps = _upstream_first(result.steps)
        self.consumers = {id(s): [] for s in self.steps}
        for step in self.steps:
            for producer in step.producers:
                self.consumers[id(producer)].append(step)
        self.outputs = self._outputs()
        input_origin = _declared_input(result) if result.model.kind == "Sequential" else None
        self.origin, self.input_origin = {}, {}
        for step in self.steps:
            origins = [self.origin[id(p)] for p in step.producers if (_rank(p.output) or 0) > 2]
            into = input_origin if not step.producers else None if not origins or None in origins \
                else "features" if "features" in origins else "input"
            self.input_origin[id(step)] = into
            self.origin[id(step)] = None if not _fixed(step.output) else (
                "input" if step.cls == "InputLayer" else "features" if step.cls in FEATURE_MAPS
                else into if _continues(step) else None)
        self.reaches = {}
        for step in reversed(self.steps):
            found = None
            if (_rank(step.output) or 0) > 2:
                found = step if id(step) in self.outputs else next(
                    (self.reaches[id(c)] for c in self.consumers[id(step)]
                     if _continues(c) and self.reaches[id(c)] is not None), None)
            self.reaches[id(step)] = found

    def _outputs(self):
        steps = self.result.steps
        if self.result.model.kind == "Sequential":
            return {id(steps[-1])} if steps else set()
        outs = self.result.model.outputs
        outs = list(outs.values()) if isinstance(outs, dict) else outs
        tensors = outs if isinstance(outs, (list, tuple)) else [outs]
        makers = {id(getattr(t, "layer", None)) for t in tensors}
        return {id(s) for s in self.steps if not self.consumers[id(s)]
                or id(s.layer if s.layer is not None else s.model) in makers}


def _upstream_first(steps):
    """Every step reachable through producers, each after all of its producers."""
    order, done, stack = [], set(), [(s, False) for s in reversed(steps)]
    while stack:
        step, expanded = stack.pop()
        if id(step) in done:
            continue
        if expanded:
            done.add(id(step))
            order.append(step)
        else:
            stack.append((step, True))
            stack.extend((p, False) for p in step.producers if id(p) not in done)
    return order


def _labels_verdict(result, graph):
    """What the labels the file trains on say about a per-position output: "mistake" (one
    vector per sample), "intended" (one per position too) or None (not stated, or unclear)."""
    model = result.model
    outputs = [s for s in graph.steps if id(s) in graph.outputs]
    labels = label_rank(model)
    if labels is None or len(outputs) != 1 or (_rank(outputs[0].output) or 0) <= 2:
        return None, None
    out, sparse = _rank(outputs[0].output), is_sparse(model)
    if labels == out or labels == out - 1 and sparse:
        return "intended", None
    if labels < out - 1 or labels == out - 1 and sparse is False:
        return "mistake", model.labels[0]
    return None, None


def _advice(origin, rank):
    if origin == "input" or not 3 <= rank <= 5:
        return "Flatten()"
    return "Flatten() or GlobalAveragePooling%dD()" % (rank - 2)


@register
class DenseOnUnflattenedInput(Rule):
    """## What it does
    Finds a Dense layer (or another layer that acts on the last axis only) whose input
    has rank > 2 where that is a mistake: the extra axes come from a fixed-size input
    (``input_shape=(784, 1)``, ``(32, 28)``, ``(28, 28, 1)``) or from convolution and
    pooling feature maps, no Flatten or global pooling removes them, and they reach the
    model's output. Where the file trains the model (``fit(x, y)``, ``train_on_batch``)
    on labels whose shape it knows, their rank decides: labels with one vector per
    sample make any per-position output a mistake, labels with the same axes make it
    intended. It is reported once per un-flattened chain, at its first Dense.

    A Dense per position is intended, and not reported, after sequence layers
    (Embedding, recurrent layers with ``return_sequences=True``, the Conv1D family,
    attention, RepeatVector, TimeDistributed), on a variable-length (None) axis, after
    a Reshape or Permute the code states, or where a later layer removes the axes.

    ## Why is this bad?
    Dense does not flatten: on (None, 784, 1) it is applied to each of the 784
    positions with a 1 -> units kernel, so ``Dense(4)`` gives (None, 784, 4) and 8
    parameters instead of (None, 4) and 3140. Keras says nothing; the model's output
    has one vector per position where one per sample was meant.

    ## Example
        Sequential([Dense(4, input_shape=(784, 1)), Dense(10, activation="softmax")])

    ## Use instead
        Sequential([Flatten(input_shape=(784, 1)), Dense(4), Dense(10, activation="softmax")])

    After convolutions, ``GlobalAveragePooling2D()`` (or ``Flatten()``) before the Dense.
    """
    code = "KSH201"
    name = "dense-on-unflattened-input"
    summary = "Dense gets a fixed-size rank>2 input or feature maps that reach the output unflattened"
    VALID = [
        "from keras.models import Sequential\nfrom keras.layers import Dense, Flatten\n"
        "m = Sequential([Flatten(input_shape=(784, 1)), Dense(4)])\n",
        "from keras.models import Sequential\nfrom keras.layers import Dense, LSTM\n"
        "m = Sequential([LSTM(8, input_shape=(10, 3), return_sequences=True), Dense(1)])\n",
        "from keras.models import Sequential\nfrom keras.layers import Dense, Embedding\n"
        "m = Sequential([Embedding(1000, 16, input_shape=(50,)), Dense(5, activation='softmax')])\n",
        "from keras.models import Sequential\nfrom keras.layers import Conv2D, Dense, Flatten\n"
        "m = Sequential([Conv2D(8, 3, input_shape=(28, 28, 1)), Dense(16), Flatten(), Dense(10)])\n",
        "from keras.models import Sequential\nfrom keras.layers import Dense\n"
        "m = Sequential([Dense(4, input_shape=(None, 3)), Dense(1)])\n",
        "import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Conv2D, Dense\n"
        "m = Sequential([Conv2D(8, 3, input_shape=(18, 18, 3)), Dense(1)])\n"
        "m.compile(loss='mse')\nm.fit(np.zeros((4, 18, 18, 3)), np.zeros((4, 16, 16, 1)))\n",
    ]
    INVALID = [
        ("from keras.models import Sequential\nfrom keras.layers import Dense\n"
         "m = Sequential()\nm.add(Dense(4, input_shape=(784, 1)))\nm.add(Dense(10))\n", 4),
        ("from keras.models import Sequential\nfrom keras.layers import Conv2D, Dense\n"
         "m = Sequential([\n    Conv2D(8, 3, input_shape=(28, 28, 1)),\n    Dense(10),\n])\n", 5),
        ("import numpy as np\nfrom keras.models import Sequential\nfrom keras.layers import Conv1D, Dense\n"
         "m = Sequential([Conv1D(8, 3, input_shape=(784, 1)), Dense(10, activation='softmax')])\n"
         "m.compile(loss='categorical_crossentropy')\nm.fit(np.zeros((4, 784, 1)), np.zeros((4, 10)))\n", 4),
    ]

    def check(self, result, ctx):
        graph = _Graph(result)
        verdict, labels = _labels_verdict(result, graph)
        if verdict == "intended":
            return
        reported, covered = set(), set()  # reported, and the steps that go on with them
        for step in graph.steps:
            if _continues(step) and any(id(p) in reported or id(p) in covered
                                        for p in step.producers):
                covered.add(id(step))
                continue
            if (step.error is not None or not is_last_axis_layer(step)
                    or (_rank(step.input) or 0) <= 2 or _rank(step.output) is None
                    or (step.layer is not None and step.layer.uncertain)):
                continue
            output, origin = graph.reaches[id(step)], graph.input_origin[id(step)]
            if output is None or (verdict is None and origin is None):
                continue
            reported.add(id(step))
            yield Diagnostic(self.code, (
                "%s gets %s and acts on its last axis only: output %s, %s params, one vector per "
                "position, and the model's output %s keeps those positions%s put %s before it"
                % (step.cls, shape_text(step.input), shape_text(step.output), step.params,
                   shape_text(output.output),
                   " while the labels %s have one vector per sample:" % shape_text(labels)
                   if verdict == "mistake" else ". For one vector per sample",
                   _advice(origin, _rank(step.input)))),
                step.node)


def label_rank(model) -> Optional[int]:
    """The rank (batch axis included) every stated label array has, or None: none stated,
    one unknown, or ranks that disagree."""
    ranks = {len(shape) if isinstance(shape, tuple) else None for shape in model.labels}
    return ranks.pop() if len(ranks) == 1 and None not in ranks else None


def is_sparse(model) -> Optional[bool]:
    """Whether the compiled loss takes class indices (one axis fewer than the output);
    None when no single loss is stated or it cannot be read."""
    return None if model.loss is None else "sparse" in model.loss
