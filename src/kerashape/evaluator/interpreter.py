"""The interpreter: runs a module's statements in order in a chain of scopes, as a reader
would, and evaluates what it can know. Nothing is imported or executed: every value here is
kerashape's own. Python's semantics only; a library (Keras's, in ``keras_api``) plugs in
through the hooks of :mod:`.library`.

Each construct has one handler, in the module of its kind (statements, flow, binding,
expressions, calls, containers); this class joins them and holds the state of one run.
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..shapes import UNKNOWN
from .binding import Binding
from .calls import Calls
from .containers import Containers
from .expressions import EXPRESSIONS, Expressions
from .flow import Flow
from .imports import Imports
from .library import Library
from .limits import CANCEL_EVERY, MAX_EXPR_DEPTH, MAX_STEPS, Budget, Cancelled
from .modules import Importer
from .objects import FuncObj
from .scope import Break, Continue, Return, Scope
from .statements import STATEMENTS, Statements


class Interpreter(Statements, Imports, Flow, Binding, Expressions, Calls, Containers):
    """Evaluates one module; ``library`` gives the meaning of a library's calls and values;
    ``path`` (a real file) lets it read the project modules the file imports; ``cancelled``,
    asked every few steps, ends the run with :class:`Cancelled` when it says so."""

    def __init__(self, library: Optional[Library] = None, constants: Optional[Dict[str, Any]] = None,
                 path: Optional[str] = None, cancelled: Optional[Callable[[], bool]] = None):
        self.library = library or Library()
        self.importer = Importer(path) if path and Path(path).is_file() else None
        self.files: List[Path] = [Path(path).resolve() if self.importer else Path("<string>")]
        self.library_modules: Dict[Path, Any] = {}  # code a library ships, read (library_module)
        self.library_paths: set = set()  # their paths, as the nodes of their code name them
        self.library.interp = self
        self.constants = dict(constants or {})  # names the user binds in the configuration
        # The code being walked that may or may not run, innermost last: (why, node), where a
        # NUL in why stands for the node's text ("a loop over `os.listdir(d)`").
        self.regions: List[Tuple[str, ast.AST]] = []
        self._born: Dict[int, Tuple[Any, int]] = {}  # containers made in uncertain code: depth
        self.steps = 0
        self.cancelled = cancelled
        self.call_depth = 0
        self.expr_depth = 0
        self.incomplete: Optional[str] = None  # why the run stopped early, for the user
        self._functions: List[FuncObj] = []
        self._called: set = set()
        self._active: set = set()  # functions being evaluated now (the call stack)
        self._escapes = 0  # break/continue/return taken in a branch kerashape could not decide
        self._in_while = 0  # while loops being followed step by step

    @property
    def uncertain(self) -> int:
        """How deep in code that may or may not run (or may run any number of times) we are."""
        return len(self.regions)

    def run(self, module: ast.Module) -> Scope:
        """Run a module, then each function it never called on its own (parameters bound to
        their defaults, or left symbolic): a helper that builds a model is read either way."""
        scope = Scope()
        try:
            for stmt in module.body:
                try:
                    self.statement(stmt, scope)
                except (Return, Break, Continue):
                    pass  # `return` outside a function: Python refuses it; read on
            for func in self._functions:  # (this file's: another module's are its own)
                if func.node not in self._called and not hasattr(func.node, "ks_path"):
                    self.call_function(func, (), {}, standalone=True)
        except Budget as e:
            self.incomplete = str(e)
        except RecursionError:
            self.incomplete = "the code is nested too deeply to follow"
        return scope

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Budget("the file needs more than %d evaluation steps" % MAX_STEPS)
        if self.cancelled is not None and not self.steps % CANCEL_EVERY and self.cancelled():
            raise Cancelled()

    def block(self, body: List[ast.stmt], scope: Scope) -> None:
        for stmt in body:
            self.statement(stmt, scope)

    def statement(self, stmt: ast.stmt, scope: Scope) -> None:
        self.tick()
        handler = STATEMENTS.get(type(stmt))
        if handler is not None:
            handler(self, stmt, scope)

    def eval(self, node: ast.expr, scope: Scope) -> Any:
        self.tick()
        if self.expr_depth > MAX_EXPR_DEPTH:
            return UNKNOWN
        self.expr_depth += 1
        try:
            handler = EXPRESSIONS.get(type(node))
            return UNKNOWN if handler is None else handler(self, node, scope)
        finally:
            self.expr_depth -= 1
