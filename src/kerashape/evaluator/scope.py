"""Scopes, dotted names, and the control transfers of return, break and continue."""
from __future__ import annotations

import ast
from typing import Any, Dict, List, Optional, Tuple

from ..shapes import Poly
from .objects import Ref


class Return(Exception):
    def __init__(self, value: Any):
        self.value = value


class Break(Exception):
    pass


class Raised(Exception):
    """``raise`` in code a library ships, run where it surely runs: the library call ends
    there, as Python's would, and the library tells the user why (the exception's message)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Continue(Exception):
    pass


UNBOUND = object()  # a name one path binds and another does not


class Scope:
    """Names bound in one module or function body; reads fall through to the parent. Dotted
    names (``self.units``) are bound here too, as a reader follows them."""

    def __init__(self, parent: Optional["Scope"] = None):
        self.vars: Dict[str, Any] = {}
        self.parent = parent
        self.star_modules: List[str] = []  # `from keras.layers import *`
        self.outer_names: Dict[str, "Scope"] = {}  # `global n` / `nonlocal n`: where n is bound

    def lookup(self, name: str) -> Tuple[bool, Any]:
        scope: Optional[Scope] = self
        while scope is not None:
            if name in scope.vars:
                return True, scope.vars[name]
            scope = scope.parent
        return False, None

    def get(self, name: str) -> Any:
        """The value of a name (None where it is unbound): for tests and tools that read a scope."""
        return self.lookup(name)[1]

    def stars(self) -> List[str]:
        out: List[str] = []
        scope: Optional[Scope] = self
        while scope is not None:
            out.extend(scope.star_modules)
            scope = scope.parent
        return out


def dotted_name(node: ast.AST) -> Optional[str]:
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def same_value(a: Any, b: Any) -> bool:
    """Whether two values are certainly the same: identical objects, or equal constants."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, (int, float, str, bool, Poly, Ref, type(None))):
        return a == b
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    return False
