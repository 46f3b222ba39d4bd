"""Constant evaluation: literals, arithmetic, tuples, subscripts, and lists and dicts that lose
their contents.

Values are plain Python constants, :class:`~kerashape.shapes.Poly` symbols or
``UNKNOWN``. Every operation is total: what it cannot compute is ``UNKNOWN``,
and sizes are bounded (``10**10**10`` is unknown, not a hang). Nothing here
runs the analysed code; literals arrive already parsed by Python's ``ast``.
"""
from __future__ import annotations

import re
from typing import Any, List, Optional

from ..shapes import MAX_BITS, UNKNOWN, Poly, Unknown, bounded

NOT_CONST = object()
MAX_SEQUENCE = 4096  # items in a tuple, list or range kerashape will build


class Unfilled(Unknown):
    """The contents of a list or dict that code kerashape cannot follow may have changed (a
    loop it cannot count, a call outside the file). The container itself is changed to
    hold only this (see :func:`lose`), so every name and object that shares it sees it."""

    __slots__ = ()


UNFILLED = object()  # the key a lost dict holds its Unfilled under


def lost(container: Any) -> Optional[Unfilled]:
    """The Unfilled a list or dict holds in place of its contents, or None."""
    if isinstance(container, list) and len(container) == 1 and isinstance(container[0], Unfilled):
        return container[0]
    if isinstance(container, dict) and UNFILLED in container:
        return container[UNFILLED]
    return None


def lose(container: Any, why: str, node: Any) -> None:
    """Forget a list's or dict's contents, in place; the first cause stays."""
    if lost(container) is not None:
        return
    unfilled = Unfilled(why, node)
    if isinstance(container, list):
        container[:] = [unfilled]
    elif isinstance(container, dict):
        container.clear()
        container[UNFILLED] = unfilled


def literal(value: Any) -> Any:
    """An ``ast.Constant``'s value as kerashape uses it; bytes, complex and ``...`` are unknown."""
    if isinstance(value, bool) or value is None or isinstance(value, (float, str)):
        return value
    if isinstance(value, int):
        return bounded(value)
    return UNKNOWN


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, Poly, Unknown)) and not isinstance(v, bool)


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


# String methods names and sizes are built with: pure, and computed on known arguments.
STR_METHODS = frozenset({"format", "split", "rsplit", "join", "lower", "upper", "strip", "lstrip", "rstrip",
                         "replace", "startswith", "endswith", "title", "capitalize"})


def str_method(text: str, name: str, args: tuple, kwargs: dict) -> Any:
    """``text.name(*args)`` for a method of STR_METHODS on known arguments, bounded in size."""
    if name == "format":
        return format_text(text.format, *args) if not kwargs else UNKNOWN
    if name == "join":
        items = iterate(args[0], MAX_SEQUENCE) if len(args) == 1 and not kwargs else None
        if items is None or not all(isinstance(x, str) for x in items):
            return UNKNOWN
        args = (items,)
    elif kwargs or not all(isinstance(a, (str, int)) and not isinstance(a, bool) for a in args):
        return UNKNOWN
    try:
        result = getattr(text, name)(*args)
    except (TypeError, ValueError):
        return UNKNOWN
    if isinstance(result, str):
        return result if len(result) <= MAX_TEXT else UNKNOWN
    return result if isinstance(result, bool) else list(result)


def binary(op: str, a: Any, b: Any) -> Any:
    """``a <op> b`` for op an ``ast`` operator class name (Add, Mult, ...)."""
    for operand in (a, b):
        if lost(operand) is not None:
            return lost(operand)
    if op == "Add" and isinstance(a, (tuple, list)) and type(a) is type(b):
        return a + b if len(a) + len(b) <= MAX_SEQUENCE else UNKNOWN
    if op == "Mult" and isinstance(a, (tuple, list)) and is_int(b):
        return a * b if 0 <= len(a) * b <= MAX_SEQUENCE else UNKNOWN
    if op == "Add" and isinstance(a, str) and isinstance(b, str):
        return a + b if len(a) + len(b) <= MAX_TEXT else UNKNOWN
    if op == "Mod" and isinstance(a, str):
        return format_text(a.__mod__, b)
    if not (_is_number(a) and _is_number(b)):
        return UNKNOWN
    if isinstance(a, bool) or isinstance(b, bool):
        return UNKNOWN
    if isinstance(a, float) or isinstance(b, float):
        return _float_op(op, a, b)
    try:
        if op == "Add":
            return _bound(a + b)
        if op == "Sub":
            return _bound(a - b)
        if op == "Mult":
            return _bound(a * b)
        if op == "FloorDiv":
            return _bound(a // b)
        if op == "Div":
            if is_int(a) and is_int(b):
                return a / b
            if isinstance(a, Poly) and is_int(b) and b != 0:
                quotient = a // b
                return quotient if isinstance(quotient, Poly) and quotient * b == a else UNKNOWN
            return UNKNOWN
        if op == "Mod" and is_int(a) and is_int(b):
            return a % b
        if op == "Pow":
            return _power(a, b)
    except (ZeroDivisionError, OverflowError, ValueError):
        return UNKNOWN
    return UNKNOWN


def format_text(method: Any, *args: Any) -> Any:
    """``"conv_%d" % i``, ``"block{}".format(i)``, ``format(x, spec)``: layer names built from
    constants. Only plain values are formatted, and no width may make a huge string."""
    text = getattr(method, "__self__", "")
    values = [v for a in args for v in (a if isinstance(a, tuple) else (a,))]
    if not all(isinstance(v, (str, int, float)) for v in values) or len(text) > MAX_TEXT \
            or _WIDE.search(text):
        return UNKNOWN
    try:
        out = method(*args)
    except (TypeError, ValueError, KeyError, IndexError, OverflowError):
        return UNKNOWN
    return out if isinstance(out, str) and len(out) <= MAX_TEXT else UNKNOWN


MAX_TEXT = 1000  # characters in a string kerashape will build
_WIDE = re.compile(r"\d{4,}")  # a width or precision that could build a huge string


def _bound(v: Any) -> Any:
    return bounded(v) if is_int(v) else v


def _power(a: Any, b: Any) -> Any:
    if not is_int(b) or b < 0:
        return UNKNOWN
    if is_int(a):
        if a in (0, 1, -1):
            return a ** b
        if b * max(a.bit_length(), 1) > MAX_BITS:
            return UNKNOWN
        return a ** b
    if isinstance(a, Poly) and b <= 8:
        out: Any = 1
        for _ in range(b):
            out = out * a
        return out
    return UNKNOWN


def _float_op(op: str, a: Any, b: Any) -> Any:
    if not all(isinstance(v, (int, float)) for v in (a, b)):
        return UNKNOWN
    try:
        if op == "Add":
            return a + b
        if op == "Sub":
            return a - b
        if op == "Mult":
            return a * b
        if op == "Div":
            return a / b
        if op == "FloorDiv":
            return a // b
        if op == "Pow" and abs(b) <= 64 and abs(a) < 1e100:
            return a ** b
    except (ZeroDivisionError, OverflowError):
        return UNKNOWN
    return UNKNOWN


def unary(op: str, v: Any) -> Any:
    if op == "Not":
        t = truth(v)
        return UNKNOWN if t is None else not t
    if not _is_number(v):
        return UNKNOWN
    if op == "USub":
        return -v
    if op == "UAdd":
        return v
    return UNKNOWN


def _keras_none(v: Any) -> Any:
    """A tensor's axis Keras holds as None (``x.shape[1]`` of ``Input((None, 3))``) is None to
    the code that asks: ``rows is None`` and ``p.shape[1] != ip.shape[1]`` are decided."""
    return None if isinstance(v, Unknown) and v.declared else v


def truth(v: Any) -> Optional[bool]:
    """Python truthiness when it is certain, else None."""
    v = _keras_none(v)
    if isinstance(v, (Poly, Unknown)) or lost(v) is not None:
        return None
    if v is None or isinstance(v, (bool, int, float, str, tuple, list, dict)):
        return bool(v)
    return None


def compare(op: str, a: Any, b: Any) -> Any:
    """True, False, or UNKNOWN."""
    certain = (int, float, str, bool, type(None), tuple)
    a, b = _keras_none(a), _keras_none(b)
    if op in ("Is", "IsNot") and (a is None or b is None):
        if isinstance(a, (Poly, Unknown)) or isinstance(b, (Poly, Unknown)):
            return UNKNOWN
        return (a is b) if op == "Is" else (a is not b)
    if op in ("In", "NotIn") and isinstance(b, (tuple, list, str, dict)):
        if not _all_certain(b) or not isinstance(a, certain):
            return UNKNOWN
        try:
            found = a in b
        except TypeError:
            return UNKNOWN
        return found if op == "In" else not found
    if not (isinstance(a, certain) and isinstance(b, certain)):
        return UNKNOWN
    if not (_all_certain(a) and _all_certain(b)):
        return UNKNOWN
    try:
        if op == "Eq":
            return a == b
        if op == "NotEq":
            return a != b
        if op == "Lt":
            return a < b
        if op == "LtE":
            return a <= b
        if op == "Gt":
            return a > b
        if op == "GtE":
            return a >= b
    except TypeError:
        return UNKNOWN
    return UNKNOWN


def _all_certain(v: Any) -> bool:
    if isinstance(v, (tuple, list)):
        return all(_all_certain(x) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, (str, int)) for k in v)
    return not isinstance(v, (Poly, Unknown))


def iterate(v: Any, cap: int) -> Optional[List[Any]]:
    """The items of a known iterable of at most ``cap`` items, else None."""
    if lost(v) is not None:
        return None
    if isinstance(v, (tuple, list)):
        return list(v) if len(v) <= cap else None
    if isinstance(v, range):
        return list(v) if len(v) <= cap else None
    if isinstance(v, dict):
        return list(v) if len(v) <= cap else None
    if isinstance(v, str):
        return list(v) if len(v) <= cap else None
    return None


def item(base: Any, key: Any) -> Any:
    """``base[key]`` for known containers, else NOT_CONST."""
    if lost(base) is not None:
        return lost(base)
    if isinstance(base, (tuple, list, str)) and (is_int(key) or isinstance(key, slice)):
        try:
            return base[key]
        except IndexError:
            return NOT_CONST
    if isinstance(base, dict) and isinstance(key, (str, int)):
        return base.get(key, NOT_CONST)
    return NOT_CONST


def store_item(container: Any, key: Any, value: Any) -> bool:
    """``container[key] = value`` where kerashape knows both; False where it does not."""
    if lost(container) is not None:
        return True  # it stays lost
    if isinstance(container, dict) and isinstance(key, (str, int)):
        container[key] = value
        return True
    if isinstance(container, list) and is_int(key) and -len(container) <= key < len(container):
        container[key] = value
        return True
    return False
