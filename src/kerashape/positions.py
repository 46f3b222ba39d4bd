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
from typing import Dict, Iterable, List, Optional, Tuple

import libcst as cst


def _cst_calls(module: cst.CSTNode) -> List[cst.Call]:
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
        for name in _fields(type(node)):
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


# Fields that hold only whitespace, comments and punctuation: never a call.
_NOISE = ("whitespace", "lpar", "rpar", "comma", "leading_lines", "lines_after_decorators",
          "header", "footer", "newline", "semicolon", "equal", "colon", "operator", "lbracket",
          "rbracket", "lbrace", "rbrace", "dot", "asynchronous", "trailing")
_FIELDS: Dict[type, Tuple[str, ...]] = {}


def _fields(kind: type) -> Tuple[str, ...]:
    if kind not in _FIELDS:
        names = _SOURCE_ORDER.get(kind, tuple(kind.__dataclass_fields__))
        _FIELDS[kind] = tuple(n for n in names if not any(noise in n for noise in _NOISE))
    return _FIELDS[kind]


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


Positions = Dict[cst.CSTNode, Tuple[int, int]]


def call_positions(text: str, module: cst.Module,
                   statements: Optional[Iterable[int]] = None) -> Optional[Positions]:
    """Positions of the calls in the given module-level statements (all when None)."""
    try:
        with warnings.catch_warnings():  # ast's SyntaxWarnings are not ours to print
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    # Module-level statements line up once libcst's `a = 1; b = 2` lines are split.
    spans, start = [], 0
    for stmt in module.body:
        width = len(stmt.body) if isinstance(stmt, cst.SimpleStatementLine) else 1
        spans.append((start, start + width))
        start += width
    if start != len(tree.body):
        return None
    wanted = range(len(module.body)) if statements is None else sorted(set(statements))
    lines = text.splitlines()
    positions: Dict[cst.CSTNode, Tuple[int, int]] = {}
    for index in wanted:
        if not 0 <= index < len(module.body):
            continue
        calls = _cst_calls(module.body[index])
        first, last = spans[index]
        found = _ast_calls(ast.Module(body=tree.body[first:last], type_ignores=[]))
        if len(found) != len(calls):
            return None
        for node, (line, byte_col, _, call) in zip(calls, found):
            if not 1 <= line <= len(lines) or _callee(node.func) != _callee(call.func):
                return None  # the two orders disagree: let PositionProvider decide
            # ast columns count UTF-8 bytes; editors and flake8 count characters.
            column = len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))
            positions[node] = (line, column + 1)
    return positions
