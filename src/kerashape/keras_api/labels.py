"""What the file says a model is trained on: the labels' shape and the loss.

``model.compile(loss=...)`` and ``model.fit(x, y)`` (or ``train_on_batch``,
``evaluate``) state what one sample's target is. Its rank against the model's
output rank is the best evidence there is of whether a per-position output is
meant: labels of shape (n, 10) want one vector per sample, labels of shape
(n, 16, 16, 1) want one value per patch. Only shapes are kept, never values.
"""
from __future__ import annotations

import ast
from typing import Any, Optional

from ..evaluator.objects import Ref
from ..shapes import UNKNOWN
from ..values import ArrayObj, ModelObj

# Methods whose second argument (or y=) is the labels for the model's output.
_WITH_LABELS = {"fit": 1, "train_on_batch": 1, "evaluate": 1, "test_on_batch": 1}


def record(model: ModelObj, method: str, args: tuple, kwargs: dict, node: ast.Call) -> None:
    """Keep the labels of a fit-like call and the loss of ``compile`` on ``model``."""
    if method == "compile":
        model.loss = _loss_name(args[1] if len(args) > 1 else kwargs.get("loss"),
                                _written_loss(node))
        return
    position = _WITH_LABELS.get(method)
    if position is None:
        return
    if "y" in kwargs or len(args) > position:
        labels = kwargs["y"] if "y" in kwargs else args[position]
        model.labels.append(labels.shape if isinstance(labels, ArrayObj) else UNKNOWN)
    validation = kwargs.get("validation_data")
    if isinstance(validation, (tuple, list)) and len(validation) >= 2:
        labels = validation[1]
        model.labels.append(labels.shape if isinstance(labels, ArrayObj) else UNKNOWN)


def _loss_name(value: Any, written: Optional[str]) -> Optional[str]:
    if isinstance(value, str):
        return value.lower()
    if isinstance(value, Ref):
        return value.path.rsplit(".", 1)[-1].lower()
    return written


def _written_loss(node: ast.Call) -> Optional[str]:
    """``loss=keras.losses.SparseCategoricalCrossentropy(...)``: the class the code names,
    as the evaluator makes no loss objects."""
    found = [k.value for k in node.keywords if k.arg == "loss"] or node.args[1:2]
    if not found or not isinstance(found[0], ast.Call):
        return None
    func = found[0].func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name.lower() if isinstance(name, str) else None
