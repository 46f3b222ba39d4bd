"""What the static evaluator knows a Python expression to be.

Besides plain constants (int, float, str, bool, None, tuples, lists, dicts),
:class:`~kerashape.shapes.Poly` symbols and ``UNKNOWN``, an expression can be a
reference reached through imports (:class:`Ref`), a Keras layer instance
(:class:`LayerObj`), a model (:class:`ModelObj`), a symbolic tensor of the
functional API (:class:`TensorObj`) or a function of the analysed file
(:class:`FuncObj`). None of these ever holds a real Keras object.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple


# Layers whose constructor takes ``input_dim`` itself: Layer.__init__ never sees it as a shape
# (keras/src/layers/core/embedding.py, reversible_embedding.py).
OWN_INPUT_DIM = frozenset({"Embedding", "ReversibleEmbedding"})


@dataclass(frozen=True)
class Ref:
    """A module or attribute reached through imports, by its dotted name."""

    path: str


@dataclass(eq=False)
class LayerObj:
    """One Keras layer instance, as its constructor call created it."""

    cls: str  # canonical Keras 3 class name
    args: Tuple[Any, ...]
    kwargs: Dict[str, Any]
    node: ast.AST  # the constructor call, for positions
    name: Optional[str]  # Keras's name for it: explicit name= or auto_name; None if unreadable
    data_format: str = "channels_last"  # the image_data_format in force
    legacy: List[str] = field(default_factory=list)  # Keras 1 spellings found (KSH301)
    uncertain: bool = False  # created or added under a condition kerashape could not decide
    dynamic_kwargs: bool = False  # **kwargs it could not read: arguments are not all known
    calls: int = 0  # times called on tensors so far: the next call is Keras's node index
    trainable_set: Any = None  # `layer.trainable = ...` after construction: True, False, UNKNOWN
    call_outputs: List[Any] = field(default_factory=list)  # what each call returned (layer.output)

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
    calls: int = 0  # times called on tensors so far, as a layer of another model
    input_layer_named: bool = False  # a Sequential's own InputLayer has taken its Keras name
    attrs: Dict[str, Any] = field(default_factory=dict)  # Subclassed: what __init__ bound on self
    cls: Optional["ClassObj"] = None  # Subclassed: the class it instantiates
    traced: bool = False  # Subclassed: call() was followed to the end on a known input
    trainable_set: Any = None  # `model.trainable = ...`: True, False, UNKNOWN (see set_trainable)
    legacy: List[str] = field(default_factory=list)  # Keras 1 spellings of its call (KSH301)
    weights: List[Tuple[Any, Any]] = field(default_factory=list)  # Subclassed: add_weight (size, trainable)
    on_input: Any = None  # Subclassed: follows call() on a placeholder input of a given shape
    first_calls: Dict[int, Any] = field(default_factory=dict)  # Subclassed: id(layer) -> its first output
    labels: List[Any] = field(default_factory=list)  # shapes of the y given to fit() & co (labels.py)
    loss: Optional[str] = None  # compile(loss=...) by name, lower-case (labels.py)

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

    function: str  # the keras.ops function: "add", "mean", "get_item", ...
    name: Optional[str]


@dataclass(eq=False)
class FuncObj:
    """A function defined in the analysed file (a ``def`` or a ``lambda``); called only to a
    bounded depth."""

    node: ast.FunctionDef
    scope: Any  # the scope it closes over
    # Called with input shapes, the shape(s) it returns on tensors of those shapes: how a
    # Lambda layer that wraps it is read (set by the extractor, which can run it).
    on_shapes: Any = None
    on_values: Any = None  # called with plain values: what it returns (a Lambda's output_shape)


@dataclass(eq=False)
class ClassObj:
    """A class defined in the analysed file: its methods, by name. ``kind`` says what its
    instances are: "model" (a ``keras.Model`` subclass), "layer" (a ``keras.layers.Layer``
    subclass: a model-like object used as one layer) or "plain" (a builder, a config)."""

    name: str
    methods: Dict[str, FuncObj]
    kind: str = "model"
    attrs: Dict[str, Any] = field(default_factory=dict)  # class-level assignments (GRID_RES = 16)


@dataclass(eq=False)
class InstanceObj:
    """An instance of a plain class of the analysed file: its attributes, as its methods set them."""

    cls: ClassObj
    attrs: Dict[str, Any] = field(default_factory=dict)
