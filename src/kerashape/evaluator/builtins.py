"""Python's builtins that kerashape computes (len, range, int, max, zip, ...), each total:
what it cannot compute exactly is unknown, with the first cause its arguments carry."""
from __future__ import annotations

import builtins as python_builtins
import math
from typing import Any

from ..shapes import UNKNOWN, Poly, Unknown
from .constants import MAX_SEQUENCE, is_int, binary, iterate, lost


class Builtin:
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name


# Python's own builtins: none changes what it is given (those that could are left out).
PYTHON_BUILTINS = frozenset(name for name in dir(python_builtins) if not name.startswith("_")) - {
    "setattr", "delattr", "exec", "eval", "globals", "locals", "vars", "compile", "__import__"}
BUILTINS = {"super", "len", "range", "int", "float", "tuple", "list", "max", "min", "abs", "sum", "round",
            "enumerate", "zip", "reversed", "dict", "bool", "str", "print", "isinstance", "sorted"}


def call_builtin(name: str, args: tuple, kwargs: dict) -> Any:
    try:
        result = _BUILTIN_IMPL.get(name, _unknown)(*args, **kwargs)
    except (TypeError, ValueError, OverflowError, ZeroDivisionError):
        result = UNKNOWN
    if isinstance(result, Unknown) and result.why is None:  # unknown because an argument is
        for arg in args:
            cause = arg if isinstance(arg, Unknown) else lost(arg)
            if cause is not None and cause.why is not None:
                return cause
    return result


def _unknown(*_: Any, **__: Any) -> Any:
    return UNKNOWN


def _len(v: Any) -> Any:
    if lost(v) is not None:
        return lost(v)
    if isinstance(v, (tuple, list, str, dict, range)):
        return len(v)
    return UNKNOWN


def _range(*args: Any) -> Any:
    if not all(is_int(a) for a in args):
        return UNKNOWN
    r = range(*args)
    return r if len(r) <= MAX_SEQUENCE else UNKNOWN


def _int(v: Any = 0) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, Poly)):
        return v
    if isinstance(v, float) and math.isfinite(v):
        return int(v)
    if isinstance(v, str):
        try:
            return int(v)
        except ValueError:
            return UNKNOWN
    return UNKNOWN


def _float(v: Any = 0.0) -> Any:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else UNKNOWN


def _sequence(kind):
    def convert(v: Any = ()) -> Any:
        items = iterate(v, MAX_SEQUENCE)
        return UNKNOWN if items is None else kind(items)
    return convert


def _extreme(pick):
    def choose(*args: Any, **kwargs: Any) -> Any:
        values = iterate(args[0], MAX_SEQUENCE) if len(args) == 1 else list(args)
        if not values or kwargs or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                           for v in values):
            return UNKNOWN
        return pick(values)
    return choose


def _sum(v: Any, start: Any = 0) -> Any:
    items = iterate(v, MAX_SEQUENCE)
    if items is None:
        return UNKNOWN
    out = start
    for x in items:
        out = binary("Add", out, int(x) if isinstance(x, bool) else x)
    return out


def _abs(v: Any) -> Any:
    return abs(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else UNKNOWN


def _round(v: Any, ndigits: Any = None) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
        return round(v) if ndigits is None else round(v, ndigits)
    return UNKNOWN


def _enumerate(v: Any, start: int = 0) -> Any:
    items = iterate(v, MAX_SEQUENCE)
    return UNKNOWN if items is None else [(i + start, x) for i, x in enumerate(items)]


def _zip(*vs: Any) -> Any:
    lists = [iterate(v, MAX_SEQUENCE) for v in vs]
    if any(items is None for items in lists):
        return UNKNOWN
    return list(zip(*lists))


def _reversed(v: Any) -> Any:
    items = iterate(v, MAX_SEQUENCE)
    return UNKNOWN if items is None else items[::-1]


def _print(*_: Any, **__: Any) -> None:
    return None


def _str(v: Any = "") -> Any:
    if isinstance(v, str) or (isinstance(v, (int, float)) and abs(v) < 10 ** 30):
        return str(v)
    return UNKNOWN


def _sorted(v: Any, reverse: Any = False) -> Any:
    items = iterate(v, MAX_SEQUENCE)
    plain = items is not None and (all(isinstance(x, str) for x in items) or all(
        isinstance(x, (int, float)) and not isinstance(x, bool) for x in items))
    return sorted(items, reverse=reverse) if plain and isinstance(reverse, bool) else UNKNOWN


# isinstance's answer on a plain value: its Python type, as the file's value holds it.
_PLAIN_TYPES = {"int": int, "float": float, "str": str, "bool": bool, "tuple": tuple, "list": list,
                "dict": dict}


def _isinstance(v: Any, classes: Any) -> Any:
    """``isinstance(kernel_size, int)`` on a known plain value and builtin types. Anything
    else (a tensor, an unknown, the symbol of a name the file does not bind, which may hold
    any type, a user's class) is unknown."""
    names = classes if isinstance(classes, tuple) else (classes,)
    if not names or not all(isinstance(c, Builtin) and c.name in _PLAIN_TYPES for c in names):
        return UNKNOWN
    if type(v) not in (type(None), bool, int, float, str, tuple, list, dict):
        return UNKNOWN
    return isinstance(v, tuple(_PLAIN_TYPES[c.name] for c in names))


_BUILTIN_IMPL = {
    "sorted": _sorted, "isinstance": _isinstance,
    "len": _len, "range": _range, "int": _int, "float": _float,
    "tuple": _sequence(tuple), "list": _sequence(list), "max": _extreme(max),
    "min": _extreme(min), "sum": _sum, "abs": _abs, "round": _round,
    "enumerate": _enumerate, "zip": _zip, "reversed": _reversed, "print": _print,
    "str": _str,
}
