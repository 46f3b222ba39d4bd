"""Why a value is unknown, as the user reads it: the first reason a shape, a count or a
layer's arguments carry."""
from __future__ import annotations

from typing import Optional

from .shapes import Unknown


def has_gap(value: object) -> bool:
    """Whether a shape (or a list of shapes, or a count) holds an unknown that is not Keras's
    own None."""
    if isinstance(value, Unknown):
        return not value.declared
    if isinstance(value, (tuple, list)):
        return any(has_gap(v) for v in value)
    return False


def reason_of(value: object, depth: int = 0) -> Optional[str]:
    """The first reason an unknown inside a value gives (shapes, arguments, containers)."""
    if isinstance(value, Unknown):
        return value.reason
    if depth > 4:
        return None
    items = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else ()
    for item in items:
        found = reason_of(item, depth + 1)
        if found:
            return found
    return None


def step_reason(step) -> Optional[str]:
    """Why a row's shape or counts are unknown: the first cause its values, its layer's
    arguments or its input carry; None where nothing is unknown or nobody said why."""
    if not (has_gap(step.output) or has_gap([step.trainable, step.non_trainable])):
        return None
    sources = [step.output, step.trainable, step.non_trainable]
    if step.layer is not None:
        sources += [step.layer.args, step.layer.kwargs, step.layer.data_format]
    for source in sources + [step.input]:
        found = reason_of(source)
        if found:
            return found
    return None
