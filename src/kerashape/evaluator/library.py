"""The seam between Python's semantics and a library's (Keras's): the hooks the interpreter
asks, in one place. Each hook answers a value, or NOT_HANDLED to leave the construct to plain
Python semantics. The interpreter names no class of any library; a library gets the
interpreter (``self.interp``) to evaluate, call and read its state."""
from __future__ import annotations

import ast
from typing import Any, Dict, Optional

NOT_HANDLED = object()


class Library:
    """Plain Python: no library. Subclasses override the hooks they need."""

    interp: Any = None

    def star_module(self, module: str) -> bool:
        """Whether ``from module import *`` binds names this library reads."""
        return False

    def star_binds(self, module: str, name: str) -> bool:
        """Whether such a star import bound ``name``."""
        return False

    def define_class(self, name: str, bases: list, methods: Dict[str, Any], attrs: Dict[str, Any]) -> Any:
        """What ``class name(*bases)`` binds, where a base is the library's class."""
        return NOT_HANDLED

    def bound(self, name: str, value: Any, module_level: bool, attribute: bool) -> None:
        """``name = value`` happened (not a loop variable): a value may take the name."""

    def set_attribute(self, owner: Any, attr: str, value: Any) -> Any:
        """``owner.attr = value`` on the library's objects (a setter)."""
        return NOT_HANDLED

    def attribute(self, base: Any, attr: str) -> Any:
        return NOT_HANDLED

    def subscript(self, base: Any, node: ast.Subscript, scope: Any) -> Any:
        return NOT_HANDLED

    def truth(self, value: Any) -> Optional[bool]:
        """Python truthiness of one of the library's objects, where it is certain (else None)."""
        return None

    def operator(self, op: str, operands: tuple, node: ast.AST) -> Any:
        """``a <op> b`` (ast operator class names) or a unary op ("USub", ...) on its values."""
        return NOT_HANDLED

    def call(self, func: Any, args: tuple, kwargs: dict, node: ast.Call, dynamic: bool) -> Any:
        return NOT_HANDLED

    def instantiate(self, cls: Any, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``Cls(...)`` for a class of the file of one of the library's kinds."""
        return NOT_HANDLED

    def join(self, values: list, reason: Any) -> Any:
        """The one value a name has after paths kerashape cannot choose between (branches,
        or a loop run an unknown number of times), where ``values`` are the library's objects
        those paths leave; an ``Unknown`` among them stands for paths not walked."""
        return NOT_HANDLED

    def element(self, value: Any, node: ast.expr) -> Any:
        """An element of a list, tuple or comprehension as written (an unreadable call in a
        list of layers is still a layer)."""
        return value

    def unknown_path(self, path: str) -> Optional[bool]:
        """Whether a call of an imported name is outside what the library knows (and so may
        change its arguments): None to let the interpreter decide."""
        return None
