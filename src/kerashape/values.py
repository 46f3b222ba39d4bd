"""Keras's objects as the file builds them: the IR that infer reads.

A Keras layer instance (:class:`LayerObj`), a model (:class:`ModelObj`), a symbolic tensor
of the functional API (:class:`TensorObj`), a ``keras.ops`` node (:class:`OpObj`) and a
NumPy array whose shape is known (:class:`ArrayObj`). None of these ever holds a real Keras
object, and none carries a callback: what user code gives is recorded here as data.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple


# Layers whose constructor takes ``input_dim`` itself: Layer.__init__ never sees it as a shape
# (keras/src/layers/core/embedding.py, reversible_embedding.py).
OWN_INPUT_DIM = frozenset({"Embedding", "ReversibleEmbedding"})


@dataclass(eq=False)
class LayerObj:
    """One Keras layer instance, as its constructor call created it."""

    cls: str  # canonical Keras 3 class name
    args: Tuple[Any, ...]
    kwargs: Dict[str, Any]
    node: ast.AST  # the constructor call, for positions
    name: Optional[str]  # Keras's name for it: explicit name= or auto_name; None if unreadable
    data_format: Any = "channels_last"  # the image_data_format in force (an Unknown if undecided)
    legacy: List[str] = field(default_factory=list)  # Keras 1 spellings found (KSH301)
    uncertain: bool = False  # created or added under a condition kerashape could not decide
    dynamic_kwargs: bool = False  # **kwargs it could not read: arguments are not all known
    calls: int = 0  # times called on tensors so far: the next call is Keras's node index
    trainable_set: Any = None  # `layer.trainable = ...` after construction: True, False, UNKNOWN
    call_outputs: List[Any] = field(default_factory=list)  # what each call returned (layer.output)
    shown_as: Optional[str] = None  # a subclass of the file that only configures it: its class name
    unread: Optional[str] = None  # a call kerashape could not read, used as a layer: why

    def shape_arg(self) -> Tuple[Optional[str], Any]:
        """The first shape-taking argument given, as (keyword, value)."""
        for key in ("batch_input_shape", "input_shape", "input_dim"):
            if key == "input_dim" and self.cls in OWN_INPUT_DIM:
                continue  # the layer's own parameter (a vocabulary size), not a shape
            if key in self.kwargs:
                return key, self.kwargs[key]
        return None, None


@dataclass(eq=False)
class TensorObj:
    """A symbolic tensor of the functional API: its shape and where it came from."""

    shape: Any
    layer: Any = None  # the LayerObj (or nested ModelObj) whose call made it; None for an Input
    inputs: Tuple["TensorObj", ...] = ()
    index: int = 0  # which output of a multi-output layer
    node: Optional[ast.AST] = None  # the call that made it (keras.Input(...) or layer(x))
    out: Any = None  # the layers.Out of that call: parameter counts
    error: Any = None  # the ShapeError Keras would raise at that call
    node_index: int = 0  # which call of its layer made it (Keras's `layer[node][tensor]`)
    name: Optional[str] = None  # an Input's layer name (input_layer, input_layer_1, or name=)
    constant: bool = False  # a concrete value (ops.arange(10)), not a node of any graph
    in_shape: Any = None  # the input shape(s) of the call that made it, constants included


@dataclass(eq=False)
class ModelObj:
    """A Keras model the file builds: a Sequential stack or a functional graph."""

    kind: str  # "Sequential" | "Functional" | "Subclassed" (a keras.Model subclass of the file)
    node: ast.AST
    name: Optional[str] = None  # the variable it is bound to
    module_level: bool = False  # bound to a name of the module, where a run of the file finds it
    layers: List[Any] = field(default_factory=list)  # Sequential: LayerObj, TensorObj, ...
    build_shape: Any = None  # from model.build(...)
    build_node: Optional[ast.AST] = None
    inputs: Any = None  # Functional: tensor(s)
    outputs: Any = None
    keras_name: Optional[str] = None
    uncertain: bool = False  # layers added in a loop or branch kerashape could not follow
    why_uncertain: Optional[str] = None  # where and why, for the user
    depth: int = 0  # how deep in code that may not run it was made: adds deeper are uncertain
    rebuilt_upto: int = 0  # Sequential: its layers before this were built at its last rebuild
    calls: int = 0  # times called on tensors so far, as a layer of another model
    input_layer_named: bool = False  # a Sequential's own InputLayer has taken its Keras name
    attrs: Dict[str, Any] = field(default_factory=dict)  # Subclassed: what __init__ bound on self
    cls: Any = None  # Subclassed: the evaluator's ClassObj it instantiates
    traced: bool = False  # Subclassed: call() was followed to the end on a known input
    followed: bool = False  # Subclassed: its first call (build, then call) was followed, to its end or not
    trainable_set: Any = None  # `model.trainable = ...`: True, False, UNKNOWN (see set_trainable)
    legacy: List[str] = field(default_factory=list)  # Keras 1 spellings of its call (KSH301)
    weights: List[Tuple[Any, Any]] = field(default_factory=list)  # Subclassed: add_weight (size, trainable)
    first_calls: Dict[int, Any] = field(default_factory=dict)  # Subclassed: id(layer) -> its first output
    labels: List[Any] = field(default_factory=list)  # shapes of the y given to fit() & co (labels.py)
    loss: Optional[str] = None  # compile(loss=...) by name, lower-case (labels.py)
    refused: Optional[str] = None  # why Keras refuses to construct it (KSH106): never built

    @property
    def class_name(self) -> str:
        """Keras's class name for it in a summary row: a subclass shows its own name."""
        return self.cls.name if self.kind == "Subclassed" and self.cls is not None else self.kind


@dataclass(frozen=True)
class ArrayObj:
    """A NumPy array (or a Keras dataset's) whose shape kerashape knows; never its values."""

    shape: Tuple[Any, ...]


@dataclass(eq=False)
class OpObj:
    """A keras.ops operation on symbolic tensors (``x + y``, ``ops.mean(x)``, ``x[:, 0]``): a
    node of a functional graph, with a name from Keras's counter, but not one of its layers."""

    function: str  # the keras.ops function: "add", "mean", "get_item", ...; or OPAQUE, JOIN
    name: Optional[str]
    reason: Optional[str] = None  # OPAQUE and JOIN: why what stands there is not known


# OpObj functions that are no keras.ops call: something kerashape cannot read applied to
# tensors (an unknown helper, a model given as an argument), and the tensor a name holds after
# paths kerashape cannot choose between (each a tensor of the graph).
OPAQUE = "<opaque>"
JOIN = "<join>"


def through_joins(tensors: Tuple["TensorObj", ...]):
    """The tensors a call reads, a JOIN standing for each tensor it joins (Keras's graph has
    one of them there)."""
    for tensor in tensors:
        if isinstance(tensor.layer, OpObj) and tensor.layer.function == JOIN:
            yield from through_joins(tensor.inputs)
        else:
            yield tensor
