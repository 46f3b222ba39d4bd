"""Keras's semantics over the evaluator: what ``keras.layers.Dense(...)``, ``model.add``,
``layer(x)``, ``Model(inputs, outputs)`` and a ``keras.Model`` subclass mean, as values of
the IR (:mod:`kerashape.values`). Laid out as Keras's own ``keras/src/models/``: naming,
constructors, sequential, functional, model, subclassing; arrays and ops beside them.

:class:`KerasLibrary` answers the evaluator's hooks (:mod:`kerashape.evaluator.library`),
each by a table keyed by the kind of value it is asked about.
"""
from __future__ import annotations

import ast
from typing import Any, Dict, List

from ..evaluator.builtins import Builtin
from ..evaluator.library import NOT_HANDLED, Library
from ..evaluator.objects import BoundMethod, ClassObj, Ref, SuperObj
from ..infer import infer_sequential
from ..layers import REGISTRY, Out, ShapeError
from ..names import MODEL_CLASSES, canonical, keras_path
from ..shapes import UNKNOWN, Poly, Unknown
from ..values import OPAQUE, ArrayObj, LayerObj, ModelObj, OpObj, TensorObj
from . import arrays, ops
from .applications import Applications
from .constructors import Constructors, star_exports
from .functional import GRAPH_ENDS, Functional, tensors_in
from .model import Model, is_instance
from .naming import Naming
from .sequential import Sequential
from .subclassing import Subclassing

# Methods whose definition in a subclass gives the layer semantics of its own (not just arguments).
_OWN_SEMANTICS = {"call", "build", "compute_output_shape", "compute_output_spec", "add_weight"}
# Functions of the libraries Keras code uses that do not change what they are given.
_NUMPY_CHANGES = (".shuffle",)
# Calls outside the file that make no tensor (printing, plotting, logging, saving).
_KERAS2_ROOTS = ("tf_keras", "tensorflow.python.keras", "tensorflow.compat.v1.keras")
_PURE = ("print", "builtins.", "matplotlib.", "logging.", "os.", "json.", "pickle.", "time.",
         "math.", "warnings.", "random.", "plot_model")


class KerasLibrary(Naming, Constructors, Sequential, Functional, Model, Subclassing, Applications,
                   Library):
    """The state of one file's Keras objects: its models, Keras's name counters, the image
    data format in force, and the subclass calls and Lambda functions being followed."""

    def __init__(self, image_data_format: str = "channels_last", legacy_keras: bool = False):
        self.image_data_format = image_data_format
        self.models: List[ModelObj] = []
        self._uids: Dict[str, int] = {}
        self._in_lambda = 0  # running a Lambda's function: Keras runs it on tracers, naming nothing
        self._tracing: List[ModelObj] = []  # subclasses whose build/call is being followed
        self._application_calls: List[ast.AST] = []  # keras.applications calls being read
        self._module_models: Dict[str, ModelObj] = {}  # module-level name -> the model it holds
        # the file builds with tf_keras / tensorflow.python.keras, or asks tf.keras to be Keras 2
        self._keras2 = legacy_keras

    @property
    def uncertain(self) -> int:
        return self.interp.uncertain

    # -- the evaluator's hooks --------------------------------------------------------
    def star_module(self, module: str) -> bool:
        return keras_path(module) is not None

    def star_binds(self, module: str, name: str) -> bool:
        return star_exports(canonical("%s.%s" % (module, name)))

    def define_class(self, name: str, bases: list, methods: Dict[str, Any], attrs: Dict[str, Any]) -> Any:
        """A subclass of ``keras.Model`` or ``keras.layers.Layer`` is followed (its
        ``__init__``, ``build`` and ``call``); one of a concrete layer class is an opaque layer."""
        keras = [canonical(b.path) for b in bases if isinstance(b, Ref) and keras_path(b.path) is not None]
        if not keras:
            return NOT_HANDLED
        kind = {"Functional": "model", "Layer": "layer"}.get(MODEL_CLASSES.get(keras[0], keras[0]))
        if kind is not None:
            return ClassObj(name, methods, kind, attrs)
        if keras[0] in REGISTRY and not set(methods) & _OWN_SEMANTICS:
            # A Keras layer class with other constructor arguments: that layer, shown as its class.
            return ClassObj(name, methods, "configured_layer", attrs, library_data=keras[0])
        return Ref("<class>." + name)

    def bound(self, name: str, value: Any, module_level: bool, attribute: bool) -> None:
        """A model takes the name it is bound to (the module-level one wins: it is how users,
        and Keras's globals, know it); not a name inside an application's description.
        A model the name certainly stops holding (``model = ...`` again, cell after cell of a
        notebook) is found under no name by a run of the file: it keeps its Keras name."""
        if module_level and not attribute and not self.uncertain and not isinstance(value, Unknown):
            held = self._module_models.pop(name, None)
            if held is not None and held is not value:
                held.module_level = False
        if not isinstance(value, ModelObj) or self._application_calls:
            return
        if attribute:
            if value.name is None:
                value.name = name
        elif value.name is None or module_level:
            value.name = name
            value.module_level = value.module_level or module_level
            if module_level:
                self._module_models[name] = value

    def set_attribute(self, owner: Any, attr: str, value: Any) -> Any:
        if attr == "trainable":
            self.set_trainable(owner, value)
        return NOT_HANDLED

    def attribute(self, base: Any, attr: str) -> Any:
        handler = _ATTRIBUTES.get(type(base))
        return NOT_HANDLED if handler is None else handler(self, base, attr)

    def subscript(self, base: Any, node: ast.Subscript, scope: Any) -> Any:
        if isinstance(base, TensorObj):
            key = self.tensor_key(node.slice, scope)
            return self.tensor_op("get_item", (base, key), {}, self.shown_at(node))
        if isinstance(base, ArrayObj):
            shape = ops.get_item(base.shape, self.tensor_key(node.slice, scope))
            return ArrayObj(shape) if isinstance(shape, tuple) else UNKNOWN
        return NOT_HANDLED

    def truth(self, value: Any) -> Any:
        """A layer or a model is true: Keras defines neither __bool__ nor __len__ on them."""
        return True if isinstance(value, (LayerObj, ModelObj)) else None

    def operator(self, op: str, operands: tuple, node: ast.AST) -> Any:
        node = self.shown_at(node)
        if any(isinstance(v, TensorObj) for v in operands):
            if len(operands) == 1:
                return self.tensor_op("negative", operands, {}, node) if op == "USub" else NOT_HANDLED
            if op not in ops.OPERATORS:
                return NOT_HANDLED
            return self.tensor_op(ops.OPERATORS[op], operands, {}, node)
        if len(operands) == 2 and any(isinstance(v, ArrayObj) for v in operands):
            return arrays.binary(*operands) if op != "MatMult" else UNKNOWN
        return NOT_HANDLED

    def call(self, func: Any, args: tuple, kwargs: dict, node: ast.Call, dynamic: bool) -> Any:
        node = self.shown_at(node)
        if isinstance(func, Ref):
            if func.path.startswith("numpy."):
                changes = func.path.endswith(_NUMPY_CHANGES)
                if dynamic or changes:
                    return self.interp._outside(args, kwargs, node, pure=not changes)
                return arrays.numpy_call(func.path[6:], args, kwargs, node)
            if keras_path(func.path) is not None or func.path.startswith("<class>."):
                self._keras2 = self._keras2 or func.path.startswith(_KERAS2_ROOTS)
                return self.call_keras(func, args, kwargs, node, dynamic)
            if func.path in ops.TENSORFLOW and (self._in_lambda or self._tracing):
                return self.tensor_op(ops.TENSORFLOW[func.path], args, kwargs, node)
            if ops.converts_to_tensorflow(func.path) and not (self._in_lambda or self._tracing or self._keras2):
                return self.tensorflow_on_graph(args, kwargs, node)
            return NOT_HANDLED
        if isinstance(func, BoundMethod) and isinstance(func.target, SuperObj):
            return self.super_call(func.target, func.name, args, kwargs)
        if isinstance(func, BoundMethod):
            handler = _METHODS.get(type(func.target))
            if handler is None:
                return NOT_HANDLED
            return handler(self, func.target, func.name, args, kwargs, node)
        if isinstance(func, Builtin):
            if func.name == "len" and len(args) == 1 and isinstance(args[0], ArrayObj) and args[0].shape:
                return args[0].shape[0]
            if func.name == "isinstance" and len(args) == 2 and isinstance(args[0], (LayerObj, ModelObj)):
                return is_instance(args[0], args[1])
            return NOT_HANDLED
        if isinstance(func, (LayerObj, ModelObj)):
            return self.call_layer(func, args, kwargs, node)
        if isinstance(func, (Unknown, Poly)) or isinstance(func, Ref) and not func.path.startswith(_PURE):
            reason = self.interp._outside(args, kwargs, node)
            if isinstance(func, Poly):  # an argument of a helper read on its own, an unfound import
                reason = Unknown("`\0` calls `%s`, which kerashape cannot see" % func, node)
            made = self.opaque(args, kwargs, node, reason)
            return NOT_HANDLED if made is None else made
        return NOT_HANDLED

    def tensorflow_on_graph(self, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """A TensorFlow function given a symbolic tensor of the functional API: Keras 3 raises
        (KSH303) where tf.keras 2 wrapped it in a layer; an unknown node of the graph."""
        made = self.opaque(args, kwargs, node, Unknown("`\0` is a TensorFlow function", node))
        if made is None:
            return NOT_HANDLED
        written = ast.unparse(node.func) if isinstance(node, ast.Call) else "it"
        made.error = ShapeError("KSH303", "%s on a symbolic Keras tensor: Keras 3 raises (a KerasTensor cannot "
                                          "be used as input to a TensorFlow function): use the keras.ops "
                                          "function, or call it in a Lambda layer" % written)
        return made

    def instantiate(self, cls: Any, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        if cls.kind in ("model", "layer"):
            return self.new_subclass(cls, args, kwargs, node)
        if cls.kind == "configured_layer":
            return self.configured_layer(cls, args, kwargs, node)
        return NOT_HANDLED

    def join(self, values: list, reason: Any) -> Any:
        return Functional.join(self, values, reason)

    def element(self, value: Any, node: ast.expr) -> Any:
        return self.as_layer(value, node)

    def keep(self, model: ModelObj) -> None:
        """A model of this file's report: not one a Lambda's function makes on tracers, nor
        one an imported module builds as it is imported (that module's own)."""
        if not self._in_lambda and not self.interp.importing:
            self.models.append(model)

    # -- after the module ran ---------------------------------------------------------
    def settle(self) -> List[ModelObj]:
        """Build each Sequential as its last use builds it, running the user code Keras runs
        then (a Lambda's function, a subclass's call); the outermost first, as a model used
        inside a later one is built by that use. Then the IR is final and infer is pure."""
        for model in reversed(list(self.models)):
            if model.kind == "Sequential" and any(_runs_user_code(item) for item in model.layers):
                infer_sequential(model, prepare=self.prepare)
        return self.models


def _runs_user_code(item: Any) -> bool:
    """Whether applying this item runs code of the file or builds a model (see prepare)."""
    return isinstance(item, ModelObj) or isinstance(item, LayerObj) and item.cls == "Lambda"


def _tensor_attribute(self, tensor: TensorObj, attr: str) -> Any:
    return tensor.shape if attr == "shape" else NOT_HANDLED


def _array_attribute(self, array: ArrayObj, attr: str) -> Any:
    found = arrays.attribute(array, attr)
    return BoundMethod(array, attr) if isinstance(found, Unknown) else found


def _ref_attribute(self, ref: Ref, attr: str) -> Any:
    return None if ref.path == "numpy" and attr == "newaxis" else NOT_HANDLED


def _layer_attribute(self, layer: LayerObj, attr: str) -> Any:
    if attr == "output":  # Keras's layer.output: the output of its only call (it refuses for several)
        return layer.call_outputs[0] if len(layer.call_outputs) == 1 else UNKNOWN
    if attr == "name":  # Keras's name for it (`if "conv" in layer.name`)
        return layer.name if isinstance(layer.name, str) else UNKNOWN
    return BoundMethod(layer, attr)


def _model_attribute(self, model: ModelObj, attr: str) -> Any:
    if attr == "layers":
        return self.model_layers(model)
    if attr == "name":
        return model.keras_name if isinstance(model.keras_name, str) else UNKNOWN
    if model.kind == "Sequential" and attr in ("inputs", "outputs"):  # `input` refuses until it is called
        graph = self.sequential_graph(model)
        return UNKNOWN if graph is None else [graph[0] if attr == "inputs" else graph[-1]]
    if model.kind == "Functional" and attr in GRAPH_ENDS:
        ends = model.inputs if attr.startswith("input") else model.outputs
        if attr.endswith("s") and isinstance(ends, TensorObj):
            return [ends]
        return ends if tensors_in(ends) else UNKNOWN
    return BoundMethod(model, attr)


def _unknown_attribute(self, unknown: Any, attr: str) -> Any:
    """``model.output`` of a model kerashape cannot read (one given as an argument): a tensor
    of unknown shape, so a graph built on it keeps the layers the file adds."""
    if attr not in GRAPH_ENDS:
        return NOT_HANDLED
    if not isinstance(unknown, Unknown) or unknown.why is None:
        unknown = Unknown("`%s.%s` is a model kerashape cannot see" % (unknown, attr))
    tensor = TensorObj(unknown, OpObj(OPAQUE, None, unknown.reason), (), 0, unknown.node,
                       Out(unknown, UNKNOWN, UNKNOWN))
    return [tensor] if attr.endswith("s") else tensor


_ATTRIBUTES = {TensorObj: _tensor_attribute, ArrayObj: _array_attribute, Ref: _ref_attribute,
               LayerObj: _layer_attribute, ModelObj: _model_attribute, Unknown: _unknown_attribute,
               Poly: _unknown_attribute}


def _array_method(self, array: ArrayObj, name: str, args: tuple, kwargs: dict, node: ast.Call) -> Any:
    return arrays.method(array, name, args, kwargs)


def _layer_method(self, layer: LayerObj, name: str, args: tuple, kwargs: dict, node: ast.Call) -> Any:
    return UNKNOWN  # get_weights, count_params, ...: no shape


_METHODS = {ArrayObj: _array_method, ModelObj: lambda self, *call: self.model_method(*call),
            LayerObj: _layer_method}
