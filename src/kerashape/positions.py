"""Where the calls are: 1-based (line, column) of every ``Call`` node, cheaply.

libcst's PositionProvider re-generates the whole module's code to find
positions (75% of kerashape's time on a large file). Every node kerashape
reports is a call, and Python's own parser gives call positions at C speed;
both parsers see the calls in the same source order, so pairing them is
exact. Any disagreement (a different count, syntax only one of them accepts,
calls inside f-strings, whose positions older ``ast`` versions do not give
reliably) returns None, and the caller falls back to PositionProvider.
"""
from __future__ import annotations

import ast
import warnings
from typing import Dict, List, Optional, Tuple

import libcst as cst


def _cst_calls(module: cst.Module) -> List[cst.Call]:
    """Every call in pre-order (source order), f-strings left out. An explicit walk over the
    nodes' fields: libcst's visitor machinery costs three times as much on a large file."""
    out: List[cst.Call] = []
    stack: List[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.FormattedString):
            continue
        if isinstance(node, cst.Call):
            out.append(node)
        children: List[cst.CSTNode] = []
        for name in _SOURCE_ORDER.get(type(node), node.__dataclass_fields__):
            value = getattr(node, name)
            if isinstance(value, cst.CSTNode):
                children.append(value)
            elif isinstance(value, (list, tuple)):
                children.extend(v for v in value if isinstance(v, cst.CSTNode))
        stack.extend(reversed(children))
    return out


# Nodes whose libcst fields are not in source order (the rest are).
_SOURCE_ORDER = {
    cst.IfExp: ("body", "test", "orelse"),
    cst.FunctionDef: ("decorators", "params", "returns", "body"),
    cst.ClassDef: ("decorators", "bases", "keywords", "body"),
}


def _callee(func) -> Optional[str]:
    """The last name of what is called, in either tree; None when it is not a name."""
    if isinstance(func, cst.Name):
        return func.value
    if isinstance(func, cst.Attribute):
        return func.attr.value
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _ast_calls(tree: ast.AST) -> List[Tuple[int, int, int, ast.Call]]:
    out = []
    stack: List[Tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, ast.JoinedStr):
            continue
        if isinstance(node, ast.Call):
            out.append((node.lineno, node.col_offset, depth, node))
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    out.sort(key=lambda item: item[:3])  # source order; an outer call before the call it starts with
    return out


def call_positions(text: str, module: cst.Module) -> Optional[Dict[cst.CSTNode, Tuple[int, int]]]:
    try:
        with warnings.catch_warnings():  # ast's SyntaxWarnings are not ours to print
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    calls = _cst_calls(module)
    found = _ast_calls(tree)
    if len(found) != len(calls):
        return None
    lines = text.splitlines()
    positions: Dict[cst.CSTNode, Tuple[int, int]] = {}
    for node, (line, byte_col, _, call) in zip(calls, found):
        if not 1 <= line <= len(lines) or _callee(node.func) != _callee(call.func):
            return None  # the two orders disagree: let PositionProvider decide
        # ast columns count UTF-8 bytes; editors and flake8 count characters.
        column = len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))
        positions[node] = (line, column + 1)
    return positions
