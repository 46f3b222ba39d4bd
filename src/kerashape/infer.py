"""Model IR -> per-layer steps: input shape, output shape, parameter counts, errors.

One :class:`Step` per layer in the order Keras would list it (torchinfo's
LayerInfo); totals count each layer instance once. A shape error (KSH1xx)
stops shape propagation there, as Keras would have raised.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Tuple

from .layers import REGISTRY, Out, ShapeError, run, set_trainable
from .reasons import reason_of
from .shapes import NONE, UNKNOWN, Dim, Poly, Unknown, bounded, total
from .values import JOIN, OPAQUE, LayerObj, ModelObj, OpObj, TensorObj, through_joins

Prepare = Callable[[Any, Any], None]  # (layer or model, input shape): the Keras side runs user code


@dataclass
class Step:
    """One row of the summary: a layer applied to an input."""

    cls: str
    name: Optional[str]
    node: Optional[ast.AST]  # the constructor call; None when nothing readable stands there
    layer: Optional[LayerObj]
    input: Any
    output: Any
    trainable: Dim
    non_trainable: Dim
    formula: str = ""
    error: Optional[ShapeError] = None
    position: int = 0  # index in the model's layer list (InputLayer included)
    producers: List["Step"] = field(default_factory=list)  # the steps whose outputs it reads
    variables: Optional[Tuple[Dim, Dim]] = None  # the model's count of its weights, if different
    inbound: List[str] = field(default_factory=list)  # Keras's "Connected to": `dense[0][0]`, ...
    model: Optional[ModelObj] = None  # the model, where a model is used as a layer

    @property
    def params(self) -> Dim:
        return self.trainable + self.non_trainable

    @property
    def class_name(self) -> str:
        """The class Keras shows: a subclass of the file that only configures a layer shows its
        own name (``cls`` stays the layer whose semantics it has)."""
        return self.layer.shown_as if self.layer is not None and self.layer.shown_as else self.cls


@dataclass
class ModelResult:
    model: ModelObj
    steps: List[Step] = field(default_factory=list)
    built: bool = False
    input_shape: Any = UNKNOWN
    input_error: Optional[Tuple[ast.AST, ShapeError]] = None
    branched: bool = False  # a graph, not a chain: Keras's summary adds "Connected to"
    trainable: Dim = UNKNOWN
    non_trainable: Dim = UNKNOWN
    why_unbuilt: Optional[str] = None  # a functional graph through paths kerashape cannot choose

    @property
    def total(self) -> Dim:
        return self.trainable + self.non_trainable


def full_shape(value: Any, batch: Any = None, with_batch: bool = False) -> Any:
    """A shape argument (``input_shape=(28, 28)``) as a full shape with its batch axis.

    Raises KSH105 when the argument is a number, not a tuple: ``(784)`` is 784.
    """
    if isinstance(value, bool):
        return UNKNOWN
    if isinstance(value, int):
        raise ShapeError("KSH105", "the shape (%d) is the int %d, not a tuple: write (%d,)"
                         % (value, value, value))
    if not isinstance(value, (tuple, list)):
        return UNKNOWN
    dims = tuple(_shape_dim(d) for d in value)
    if with_batch:
        return dims
    batch_dim = _shape_dim(batch) if batch is not None else NONE
    return (batch_dim,) + dims


def _shape_dim(d: Any) -> Dim:
    if d is None:
        return NONE  # declared variable: Keras's None
    if isinstance(d, bool):
        return UNKNOWN
    if isinstance(d, int):
        return bounded(d) if d >= 0 else UNKNOWN
    if isinstance(d, (Poly, Unknown)):
        return d
    return UNKNOWN


def layer_input_shape(layer: LayerObj) -> Any:
    """The input shape a first layer (or an InputLayer) declares, or None."""
    kw = layer.kwargs
    if layer.cls == "InputLayer":
        if "batch_shape" in kw or "batch_input_shape" in kw:
            return full_shape(kw.get("batch_shape", kw.get("batch_input_shape")), with_batch=True)
        shape = layer.args[0] if layer.args else kw.get("shape", kw.get("input_shape"))
        batch = layer.args[1] if len(layer.args) > 1 else kw.get("batch_size")
        return None if shape is None else full_shape(shape, batch=batch)
    key, value = layer.shape_arg()
    if key == "batch_input_shape":
        return full_shape(value, with_batch=True)
    if key == "input_dim":
        return full_shape((value,), batch=kw.get("batch_size"))
    if key == "input_shape" and value is not None:
        return full_shape(value, batch=kw.get("batch_size"))
    return None


def infer(model: ModelObj) -> ModelResult:
    if model.kind == "Sequential":
        result = infer_sequential(model)
    elif model.kind == "Subclassed":
        result = infer_subclassed(model)
    else:
        result = infer_functional(model)
    if model.trainable_set is not None:
        # `model.trainable = False` froze its layers then (extract's _set_trainable); a frozen
        # model also counts every weight as non-trainable, even of layers added afterwards.
        out = set_trainable(Out(None, result.trainable, result.non_trainable), model.trainable_set)
        result.trainable, result.non_trainable = out.trainable, out.non_trainable
    return result


def infer_subclassed(model: ModelObj) -> ModelResult:
    """A ``keras.Model`` subclass: its layers in the order ``__init__`` assigned them, each
    with the shapes of its first call in ``call`` when that was followed on a known input
    (``model.build(shape)`` or ``model(tensor)``). Keras builds a layer at its first call,
    so a layer ``call`` never reaches has no weights; without a trace, all is unknown."""
    result = ModelResult(model)
    first_call = model.first_calls if model.traced else {}
    for position, layer in enumerate(model.layers):
        tensor = first_call.get(id(layer))
        if tensor is not None:
            step = _tensor_step(tensor, position)
        else:
            name = layer.keras_name if isinstance(layer, ModelObj) else layer.name
            cls = layer.class_name if isinstance(layer, ModelObj) else layer.cls
            unread = not model.traced or getattr(layer, "calls", 0) > 0  # called off the traced path
            count = UNKNOWN if unread else 0
            step = Step(cls, name, layer.node, layer if isinstance(layer, LayerObj) else None,
                        UNKNOWN, UNKNOWN, count, count, position=position)
        result.steps.append(step)
    result.built = model.traced and not model.uncertain
    result.input_shape = getattr(model.inputs, "shape", UNKNOWN)
    result.trainable, result.non_trainable = _totals(result.steps)
    for size, trainable in model.weights:  # its own add_weight calls, beside its layers'
        if trainable is True:
            result.trainable = result.trainable + size
        elif trainable is False:
            result.non_trainable = result.non_trainable + size
        else:
            result.trainable = result.non_trainable = UNKNOWN
    return result


def apply_model(model: ModelObj, x: Any, prepare: Optional[Prepare] = None) -> Out:
    """A model used as a layer: its output shape on ``x`` and its parameter totals."""
    if model.kind == "Sequential":
        layers = [item for item in model.layers if not _is_input(item)]
        inner = ModelObj("Sequential", model.node, layers=layers)
        inner.build_shape = x
        result = infer_sequential(inner, prepare)
        shape = result.steps[-1].output if result.steps else x
        if any(s.error for s in result.steps):
            shape = UNKNOWN
        return Out(shape, result.trainable, result.non_trainable)
    result = infer_subclassed(model) if model.kind == "Subclassed" else infer_functional(model)
    return Out(UNKNOWN if not result.built else _output_shapes(model), result.trainable,
               result.non_trainable)


def _is_input(item: Any) -> bool:
    return isinstance(item, TensorObj) or (isinstance(item, LayerObj) and item.cls == "InputLayer")


def _tensors(value: Any) -> Optional[List[TensorObj]]:
    if isinstance(value, TensorObj):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)) and value and all(isinstance(t, TensorObj) for t in value):
        return list(value)
    return None


def _output_shapes(model: ModelObj) -> Any:
    outputs = _tensors(model.outputs) or []
    shapes = [t.shape for t in outputs]
    return shapes[0] if len(shapes) == 1 and isinstance(model.outputs, TensorObj) else shapes


def infer_functional(model: ModelObj) -> ModelResult:
    """One step per layer, listed as Keras lists them (ops/function.py ``map_graph``): a
    depth-first walk from the outputs numbers each layer when first met and orders the
    calls (nodes) inputs-first; depths run back from the outputs, a layer taking the
    greatest depth of its calls; layers are listed deepest first, ties by first meeting."""
    result = ModelResult(model)
    outputs, inputs = _tensors(model.outputs), _tensors(model.inputs)
    if outputs is None or inputs is None:
        return result
    nodes: List[tuple] = []  # (node, op, tensor): each call once, inputs first
    op_index: dict = {}
    finished: set = set()
    stack = [(t, False) for t in reversed(outputs)]
    while stack:  # iterative: deep graphs must not hit the recursion limit
        tensor, expanded = stack.pop()
        node = _node_of(tensor)
        if expanded:
            if node not in finished:
                finished.add(node)
                nodes.append((node, _op_of(tensor), tensor))
            continue
        if node in finished:
            continue
        op_index.setdefault(_op_of(tensor), len(op_index))
        stack.append((tensor, True))
        stack.extend((t, False) for t in reversed(tensor.inputs))
    node_depth: dict = {}
    op_depth: dict = {}
    for node, op, tensor in reversed(nodes):
        depth = max(node_depth.setdefault(node, 0), op_depth.get(op, 0))
        op_depth[op] = node_depth[node] = depth
        for parent in map(_node_of, tensor.inputs):
            if parent in finished:
                node_depth[parent] = max(depth + 1, node_depth.get(parent, 0))
    for tensor in inputs:  # an input no output depends on is still listed, first at depth 0
        if tensor.layer is None and _op_of(tensor) not in op_depth:
            op_depth[_op_of(tensor)] = node_depth[_node_of(tensor)] = 0
            op_index[_op_of(tensor)] = -1
            nodes.append((_node_of(tensor), _op_of(tensor), tensor))
    steps: dict = {}
    for node, op, tensor in nodes:
        if op not in steps:
            steps[op] = _tensor_step(tensor, 0)
            steps[op].producers = [steps[_op_of(t)] for t in tensor.inputs if _op_of(t) in steps]
            if tensor.layer is None and tensor.error is not None:
                result.input_error = (tensor.node, tensor.error)
    for node, op, tensor in sorted(nodes, key=lambda item: item[0][1]):  # by node index, as Keras
        steps[op].inbound.extend("%s[%d][%d]" % (_producer_name(t), t.node_index, t.index)
                                 for t in through_joins(tensor.inputs))
    ranked = sorted(steps, key=lambda op: (-op_depth[op], op_index[op]))
    result.steps = [steps[op] for op in ranked if steps[op].cls != OP_STEP]  # Keras lists layers only
    for position, step in enumerate(result.steps):
        step.position = position
    depths = [d for d in node_depth.values()]
    # Keras's summary drops "Connected to" for a chain (summary_utils ``sequential_like``).
    result.branched = len(depths) != len(set(depths)) or len(nodes) != len(steps) or any(
        len(tensor.inputs) > 1 for _, _, tensor in nodes)
    result.built = not model.uncertain
    result.input_shape = [t.shape for t in inputs]
    layers = [s for s in result.steps if s.cls != "InputLayer"]
    result.trainable, result.non_trainable = _totals(layers)
    joins = [t.layer for _, _, t in nodes if isinstance(t.layer, OpObj) and t.layer.function == JOIN]
    if joins:  # which layers the model has depends on how the code ran: every path's are listed
        result.built, result.why_unbuilt, result.trainable, result.non_trainable = (
            False, joins[0].reason, UNKNOWN, UNKNOWN)
    return result


def _totals(steps: List[Step]) -> Tuple[Dim, Dim]:
    """A model's trainable and non-trainable totals: each layer's weights as Keras counts
    them in ``model.trainable_weights`` (``Step.variables`` where that differs)."""
    counts = [s.variables or (s.trainable, s.non_trainable) for s in steps]
    return total(c[0] for c in counts), total(c[1] for c in counts)


def _op_of(tensor: TensorObj) -> int:
    """The layer (Keras's operation) that made a tensor; an Input is its own."""
    return id(tensor.layer) if tensor.layer is not None else id(tensor)


def _node_of(tensor: TensorObj) -> tuple:
    """The call (Keras's node) that made a tensor: every output of one call shares it."""
    return (_op_of(tensor), tensor.node_index)


def _producer_name(tensor: TensorObj) -> str:
    layer = tensor.layer
    if layer is None:
        return tensor.name or "?"
    return (layer.keras_name if isinstance(layer, ModelObj) else layer.name) or "?"


OP_STEP = "<op>"  # a keras.ops node: in the graph, not among the layers


def _tensor_step(tensor: TensorObj, position: int) -> Step:
    if isinstance(tensor.layer, OpObj) and tensor.layer.function == OPAQUE:
        # Keras has a layer (or several) here that kerashape cannot read.
        return Step("Unknown", None, tensor.node, None, [t.shape for t in tensor.inputs], tensor.shape,
                    UNKNOWN, UNKNOWN, error=tensor.error, position=position)
    if isinstance(tensor.layer, OpObj):
        return Step(OP_STEP, tensor.layer.name, tensor.node, None, [t.shape for t in tensor.inputs],
                    tensor.shape, 0, 0, position=position)
    if tensor.layer is None:
        return Step("InputLayer", tensor.name, tensor.node, None, tensor.shape, tensor.shape, 0, 0,
                    position=position)
    inputs = [t.shape for t in tensor.inputs]
    x = tensor.in_shape if tensor.in_shape is not None else inputs[0] if len(inputs) == 1 else inputs
    out = tensor.out
    shape = out.shape if out is not None else UNKNOWN
    if isinstance(tensor.layer, ModelObj):
        model = tensor.layer
        if out is not None and not isinstance(x, Unknown):  # as it stands at the end, not at the call
            out = set_trainable(apply_model(model, x), model.trainable_set)
        return Step(model.class_name, model.keras_name, model.node, None, x, shape,
                    out.trainable, out.non_trainable, position=position, model=model)
    layer = tensor.layer
    known_input = not isinstance(x, Unknown)
    if out is not None and layer.trainable_set is not None and tensor.error is None and known_input:
        out = run(layer, x)  # with the flag it has at the end, not at the call
    return Step(layer.cls, layer.name, layer.node, layer, x, shape, out.trainable, out.non_trainable,
                out.formula, tensor.error, position, variables=out.variables)


def infer_sequential(model: ModelObj, prepare: Optional[Prepare] = None) -> ModelResult:
    """A Sequential's steps from its input shape on. ``prepare`` is the Keras side's, given
    only while the file is read: it runs the user code a layer needs on its input first."""
    result = ModelResult(model)
    items = list(model.layers)
    start = 0
    shape: Any = None
    first = items[0] if items else None
    try:
        if isinstance(first, TensorObj):
            shape, start = first.shape, 1
            if first.error is not None:
                raise first.error
        elif isinstance(first, LayerObj):
            shape = layer_input_shape(first)
            if first.cls == "InputLayer":
                start = 1
        elif isinstance(first, ModelObj) and len(items) > 1:
            shape = _model_input_shape(first)
        if shape is None and model.build_shape is not None:
            shape = full_shape(model.build_shape, with_batch=True)
    except ShapeError as error:
        result.input_error = (getattr(first, "node", None) or model.node, error)
        shape = UNKNOWN
    result.built = shape is not None and not model.uncertain
    result.input_shape = shape if shape is not None else UNKNOWN
    x = result.input_shape if result.built else UNKNOWN
    for position, item in enumerate(items[start:], start):
        if prepare is not None:
            prepare(item, x)
        step = apply_step(item, x, position, prepare)
        step.producers = result.steps[-1:]
        result.steps.append(step)
        x = step.output
        if step.layer is not None and step.layer.uncertain and step.output != step.input:
            x = UNKNOWN  # a layer that may or may not be there: what follows is unknown
    if result.built:
        seen = set()
        unique = [s for s in result.steps
                  if s.layer is None or not (id(s.layer) in seen or seen.add(id(s.layer)))]
        result.trainable, result.non_trainable = _totals(unique)
    return result


def _model_input_shape(model: ModelObj) -> Any:
    """A built model's ``input_shape``: how a Sequential that starts with it is built."""
    result = infer(model)
    if not result.built:
        return None
    shape = result.input_shape
    if isinstance(shape, list):
        return shape[0] if len(shape) == 1 else None
    return shape


def apply_step(item: Any, x: Any, position: int, prepare: Optional[Prepare] = None) -> Step:
    if isinstance(item, LayerObj):
        error = None
        try:
            out = run(item, x)  # on an unknown input too: Keras checks some arguments as it makes the layer
        except ShapeError as e:
            error, out = e, Out(UNKNOWN, UNKNOWN, UNKNOWN)
        return Step(item.cls, item.name, item.node, item, x, out.shape, out.trainable,
                    out.non_trainable, out.formula, error, position, variables=out.variables)
    if isinstance(item, ModelObj):
        out = set_trainable(apply_model(item, x, prepare), item.trainable_set) if not isinstance(x, Unknown) \
            else Out(UNKNOWN, UNKNOWN, UNKNOWN)
        return Step(item.class_name, item.keras_name, item.node, None, x, out.shape, out.trainable,
                    out.non_trainable, position=position, model=item)
    # Something kerashape cannot read stands here: Keras has a layer, we do not know it.
    return Step("Unknown", None, None, None, x, UNKNOWN, UNKNOWN, UNKNOWN, position=position)


def model_reason(result: ModelResult) -> Optional[str]:
    """Why a model is unbuilt, where the code says more than "no input shape is given"."""
    model = result.model
    if result.built:
        return None
    if model.why_uncertain or result.why_unbuilt:
        return model.why_uncertain or result.why_unbuilt
    first = next((item for item in model.layers if not getattr(item, "cls", None) == "InputLayer"), None)
    if model.kind == "Sequential" and getattr(first, "unread", None):
        return "its first layer is unknown, so is its input shape: %s" % first.unread
    if model.kind == "Functional":
        return reason_of([model.inputs, model.outputs]) or (
            None if _tensors(model.outputs) and _tensors(model.inputs) else "its inputs or outputs are not"
            " tensors kerashape can follow")
    return None


def is_last_axis_layer(step: Step) -> bool:
    spec = REGISTRY.get(step.cls)
    return bool(spec and spec.last_axis)
