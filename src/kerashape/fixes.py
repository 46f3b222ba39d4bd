"""Quick fixes as source edits, made with libcst so everything around them survives.

Analysis reads Python's ``ast``: fast, but it forgets comments, spacing and
quotes. An edit must give back the user's code byte for byte except the part
it fixes, which is what a concrete syntax tree is for. Fixes run only when an
editor asks for one, so libcst's parse is paid then and only then.
"""
from __future__ import annotations

from typing import Optional, Tuple

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from . import legacy
from .names import ALIASES

Span = Tuple[int, int, int, int]  # line, column, end line, end column: lines 1-based, columns 0-based


def modernise(text: str, line: int, column: int) -> Optional[Tuple[Span, str]]:
    """The Keras 2+ spelling of the Keras 1 layer (or Model) call at (line, column), 1-based:
    the call's span and its new text, or None when nothing there needs changing."""
    try:
        wrapper = MetadataWrapper(cst.parse_module(text), unsafe_skip_copy=True)
        ranges = wrapper.resolve(PositionProvider)
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return None
    calls = [(node, r) for node, r in ranges.items() if isinstance(node, cst.Call)
             and (r.start.line, r.start.column + 1) == (line, column)]
    if not calls:
        return None
    # `Dense(10)(x)` starts where `Dense(10)` does: the layer is the innermost call.
    node, r = min(calls, key=lambda item: (item[1].end.line, item[1].end.column))
    new = _modern_call(node)
    if new.deep_equals(node):
        return None
    return (r.start.line, r.start.column, r.end.line, r.end.column), wrapper.module.code_for_node(new)


def _modern_call(call: cst.Call) -> cst.Call:
    func = call.func
    written = func.value if isinstance(func, cst.Name) else func.attr.value \
        if isinstance(func, cst.Attribute) else ""
    cls = ALIASES.get(written, written)
    args, kernel = [], []
    for arg in call.args:
        key = arg.keyword.value if arg.keyword is not None else None
        if key == "output_dim" and cls in legacy.UNITS_LAYERS:
            arg = arg.with_changes(keyword=cst.Name("units"))
        elif key == "dim_ordering":
            value = arg.value
            if isinstance(value, cst.SimpleString) and value.evaluated_value in legacy.DIM_ORDERING:
                value = cst.SimpleString(repr(legacy.DIM_ORDERING[value.evaluated_value]))
            arg = arg.with_changes(keyword=cst.Name("data_format"), value=value)
        elif key in legacy.MODEL_RENAMED and cls in ("Model", "Functional"):
            arg = arg.with_changes(keyword=cst.Name(legacy.MODEL_RENAMED[key]))
        elif key in legacy.RENAMED:
            arg = arg.with_changes(keyword=cst.Name(legacy.RENAMED[key]))
        elif key in ("nb_row", "nb_col", "kernel_dim1", "kernel_dim2", "kernel_dim3"):
            kernel.append(arg.value)
            continue
        args.append(arg)
    rank = legacy.KERAS1_CONV_NAMES.get(written)
    positional = [a for a in args if a.keyword is None and a.star == ""]
    if rank is not None and not kernel and len(positional) >= 1 + rank and all(
            isinstance(a.value, cst.Integer) for a in positional[1:1 + rank]):
        kernel = [a.value for a in positional[1:1 + rank]]
        drop = {id(a) for a in positional[1:1 + rank]}
        first = args.index(positional[0])
        args = [a for a in args if id(a) not in drop]
        args.insert(first + 1, cst.Arg(_tuple(kernel)))
    elif kernel and rank is not None and len(kernel) == rank:
        args.append(cst.Arg(_tuple(kernel), keyword=cst.Name("kernel_size"),
                            equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))))
    # Commas: every argument but the last keeps (or gets) one.
    fixed = []
    for index, arg in enumerate(args):
        last = index == len(args) - 1
        if not last and arg.comma is cst.MaybeSentinel.DEFAULT:
            arg = arg.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        elif last and arg.comma is not cst.MaybeSentinel.DEFAULT and call.args and \
                call.args[-1].comma is cst.MaybeSentinel.DEFAULT:
            arg = arg.with_changes(comma=cst.MaybeSentinel.DEFAULT)
        fixed.append(arg)
    return call.with_changes(args=fixed)


def _tuple(items) -> cst.Tuple:
    elements = [cst.Element(v, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
                for v in items[:-1]] + [cst.Element(items[-1])]
    return cst.Tuple(elements)
