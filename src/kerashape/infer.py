"""Model IR -> per-layer steps: input shape, output shape, parameter counts, errors.

One :class:`Step` per layer in the order Keras would list it (torchinfo's
LayerInfo); totals count each layer instance once. A shape error (KSH1xx)
stops shape propagation there, as Keras would have raised.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional, Tuple

import libcst as cst

from .layers import REGISTRY, Out, ShapeError, run
from .shapes import UNKNOWN, Dim, Poly, Unknown, bounded, total
from .values import LayerObj, ModelObj, TensorObj


@dataclass
class Step:
    """One row of the summary: a layer applied to an input."""

    cls: str
    name: Optional[str]
    node: Optional[cst.CSTNode]  # the constructor call; None when nothing readable stands there
    layer: Optional[LayerObj]
    input: Any
    output: Any
    trainable: Dim
    non_trainable: Dim
    formula: str = ""
    error: Optional[ShapeError] = None
    position: int = 0  # index in the model's layer list (InputLayer included)

    @property
    def params(self) -> Dim:
        return self.trainable + self.non_trainable


@dataclass
class ModelResult:
    model: ModelObj
    steps: List[Step] = field(default_factory=list)
    built: bool = False
    input_shape: Any = UNKNOWN
    input_error: Optional[Tuple[cst.CSTNode, ShapeError]] = None
    trainable: Dim = UNKNOWN
    non_trainable: Dim = UNKNOWN

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
    batch_dim = _shape_dim(batch) if batch is not None else UNKNOWN
    return (batch_dim,) + dims


def _shape_dim(d: Any) -> Dim:
    if d is None or isinstance(d, bool):
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
        return infer_sequential(model)
    return ModelResult(model)


def infer_sequential(model: ModelObj) -> ModelResult:
    result = ModelResult(model)
    items = list(model.layers)
    start = 0
    shape: Any = None
    first = items[0] if items else None
    try:
        if isinstance(first, TensorObj):
            shape, start = first.shape, 1
        elif isinstance(first, LayerObj):
            shape = layer_input_shape(first)
            if first.cls == "InputLayer":
                start = 1
        if shape is None and model.build_shape is not None:
            shape = full_shape(model.build_shape, with_batch=True)
    except ShapeError as error:
        result.input_error = (first.node if isinstance(first, LayerObj) else model.node, error)
        shape = UNKNOWN
    result.built = shape is not None and not model.uncertain
    result.input_shape = shape if shape is not None else UNKNOWN
    x = result.input_shape if result.built else UNKNOWN
    for position, item in enumerate(items[start:], start):
        step = apply_step(item, x, position)
        result.steps.append(step)
        x = step.output
        if step.layer is not None and step.layer.uncertain and step.output != step.input:
            x = UNKNOWN  # a layer that may or may not be there: what follows is unknown
    if result.built:
        seen = set()
        unique = [s for s in result.steps if s.layer is None or not (id(s.layer) in seen or seen.add(id(s.layer)))]
        result.trainable = total(s.trainable for s in unique)
        result.non_trainable = total(s.non_trainable for s in unique)
    return result


def apply_step(item: Any, x: Any, position: int) -> Step:
    if isinstance(item, LayerObj):
        error = None
        if x is UNKNOWN:
            out = Out(UNKNOWN, UNKNOWN, UNKNOWN)
        else:
            try:
                out = run(item, x)
            except ShapeError as e:
                error, out = e, Out(UNKNOWN, UNKNOWN, UNKNOWN)
        return Step(item.cls, item.name, item.node, item, x, out.shape, out.trainable,
                    out.non_trainable, out.formula, error, position)
    if isinstance(item, ModelObj):
        return Step(item.kind, item.keras_name, item.node, None, x, UNKNOWN, UNKNOWN, UNKNOWN,
                    position=position)
    # Something kerashape cannot read stands here: Keras has a layer, we do not know it.
    return Step("Unknown", None, None, None, x, UNKNOWN, UNKNOWN, UNKNOWN, position=position)


def is_last_axis_layer(step: Step) -> bool:
    spec = REGISTRY.get(step.cls)
    return bool(spec and spec.last_axis)
