"""MACs and FLOPs per model: each layer's cost (``flops/layers.py``, one function per layer
family) on the shapes infer gave it, every call of a shared layer or nested model counted."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ..infer import ModelResult, Step, infer_functional, infer_sequential, infer_subclassed
from ..shapes import UNKNOWN
from ..values import LayerObj, ModelObj, TensorObj
from .layers import FREE, UNKNOWN_COST, Cost, layer_cost


def step_cost(step: Step, calls: Optional[List[TensorObj]] = None) -> Cost:
    """A summary row's cost: every call of its layer (``calls``, in a functional model), or
    its one call; a nested model costs what its layers cost."""
    if step.cls == "InputLayer":
        return FREE
    if step.error is not None or step.input is UNKNOWN:
        return UNKNOWN_COST
    if not calls:
        return _call_cost(step, step.input, step.output)
    found = FREE
    for tensor in calls:
        if tensor.error is not None or tensor.out is None:
            return UNKNOWN_COST
        x = tensor.in_shape if tensor.in_shape is not None else \
            [t.shape for t in tensor.inputs] if len(tensor.inputs) != 1 else tensor.inputs[0].shape
        found = found + _call_cost(step, x, tensor.out.shape)
    return found


def _call_cost(step: Step, x: Any, y: Any) -> Cost:
    if step.model is None:
        return layer_cost(step.layer, x, y)
    inner = model_result(step.model, x)
    return model_cost(inner) if inner is not None and x is not UNKNOWN else UNKNOWN_COST


def nested_result(step: Step) -> Optional[ModelResult]:
    """The inferred layers of a model used as a layer, on the input its row shows."""
    return model_result(step.model, step.input) if step.model is not None else None


def model_result(model: ModelObj, x: Any) -> ModelResult:
    """A model used as a layer, inferred on the input ``x`` it gets there (a Sequential is
    built on it, as infer.apply_model builds it)."""
    if model.kind == "Sequential":
        layers = [item for item in model.layers if not (
            isinstance(item, TensorObj) or isinstance(item, LayerObj) and item.cls == "InputLayer")]
        inner = ModelObj("Sequential", model.node, layers=layers, keras_name=model.keras_name)
        inner.build_shape = x
        return infer_sequential(inner)
    return infer_subclassed(model) if model.kind == "Subclassed" else infer_functional(model)


def _calls(result: ModelResult) -> Dict[int, List[TensorObj]]:
    """A functional model's layers, each with the first output of every call it makes."""
    found: Dict[int, List[TensorObj]] = {}
    seen = set()
    outputs = result.model.outputs
    stack = list(outputs.values() if isinstance(outputs, dict) else outputs
                 if isinstance(outputs, (list, tuple)) else [outputs])
    while stack:
        tensor = stack.pop()
        if not isinstance(tensor, TensorObj) or tensor.layer is None:
            continue
        key = (id(tensor.layer), tensor.node_index)
        if key in seen:
            continue
        seen.add(key)
        found.setdefault(id(tensor.layer), []).append(tensor)
        stack.extend(tensor.inputs)
    return found


def costs(result: ModelResult) -> List[Cost]:
    """Each step's cost, in the order of ``result.steps``."""
    if not result.built:
        return [UNKNOWN_COST for _ in result.steps]
    try:
        calls = _calls(result) if result.model.kind == "Functional" else {}
    except Exception:  # noqa: BLE001 - a bug of ours must not cost the user their summary
        return [UNKNOWN_COST for _ in result.steps]
    out = []
    for step in result.steps:
        layer = step.layer if step.layer is not None else step.model
        many = calls.get(id(layer)) if layer is not None else None
        if result.model.kind == "Subclassed" and getattr(layer, "calls", 0) > 1:
            out.append(UNKNOWN_COST)  # the other calls' shapes are not recorded
            continue
        try:
            out.append(step_cost(step, many if many and len(many) > 1 else None))
        except Exception:  # noqa: BLE001 - a bug of ours must not cost the user their summary
            out.append(UNKNOWN_COST)
    return out


def model_cost(result: ModelResult) -> Cost:
    if not result.built:
        return UNKNOWN_COST
    found = FREE
    for c in costs(result):
        found = found + c
    return found
