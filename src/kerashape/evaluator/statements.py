"""Statements: assignments, global/nonlocal, with, try, def and class (imports: imports.py)."""
from __future__ import annotations

import ast
from typing import Dict

from .flow import Flow
from .imports import Imports
from .library import NOT_HANDLED
from .objects import ClassObj, FuncObj
from .scope import Break, Continue, Raised, Return, Scope


class Statements:
    """The handlers of statements other than control flow (see :mod:`.flow`)."""

    def _expr_stmt(self, stmt: ast.Expr, scope):
        self.eval(stmt.value, scope)

    def _assign(self, stmt: ast.Assign, scope):
        value = self.eval(stmt.value, scope)
        for target in stmt.targets:
            self.bind(target, value, scope)

    def _ann_assign(self, stmt: ast.AnnAssign, scope):
        if stmt.value is not None:
            self.bind(stmt.target, self.eval(stmt.value, scope), scope)

    def _aug_assign(self, stmt: ast.AugAssign, scope):
        current = self.eval(stmt.target, scope)
        value = self.eval(stmt.value, scope)
        if isinstance(current, list) and isinstance(stmt.op, ast.Add):  # in place: aliases see it
            self._extend(current, value, stmt.target)
            return
        self.bind(stmt.target, self._arithmetic(type(stmt.op).__name__, current, value, stmt), scope)

    def _delete(self, stmt: ast.Delete, scope):
        for target in stmt.targets:
            if isinstance(target, ast.Name):
                scope.outer_names.get(target.id, scope).vars.pop(target.id, None)
            elif isinstance(target, ast.Subscript):
                container = self.eval(target.value, scope)
                key = self._subscript_key(target, scope)
                if self._change(container, target.value):
                    try:
                        del container[key]
                    except (KeyError, IndexError, TypeError):
                        self._lose(container, target.value,
                                   "is changed by `del` with a key kerashape cannot read")

    def _raise(self, stmt: ast.Raise, scope):
        """Only a library's own code raises: there a raise that surely runs is the library's
        refusal. In the file's code one is left alone: whether it runs, and what catches it,
        depends on code kerashape may not follow."""
        if self.uncertain or getattr(stmt, "ks_path", None) not in self.library_paths:
            return
        message = None
        if isinstance(stmt.exc, ast.Call) and stmt.exc.args:
            message = self.eval(stmt.exc.args[0], scope)
        raise Raised(message if isinstance(message, str) else "it raises an error")

    def _global(self, stmt: ast.Global, scope):
        root = scope
        while root.parent is not None:
            root = root.parent
        scope.outer_names.update((name, root) for name in stmt.names)

    def _nonlocal(self, stmt: ast.Nonlocal, scope):
        for name in stmt.names:
            outer = scope.parent
            while outer is not None and outer.parent is not None and name not in outer.vars:
                outer = outer.parent
            if outer is not None:
                scope.outer_names[name] = outer

    def _return(self, stmt: ast.Return, scope):
        raise Return(None if stmt.value is None else self.eval(stmt.value, scope))

    def _break(self, stmt, scope):
        raise Break()

    def _continue(self, stmt, scope):
        raise Continue()

    def _with(self, stmt: ast.With, scope):
        for item in stmt.items:
            value = self.eval(item.context_expr, scope)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, value, scope)
        self.block(stmt.body, scope)

    def _try(self, stmt, scope):
        """The body and ``else`` as the run that builds the model takes them; each handler
        from the state before it, as code that may or may not have run; names that differ
        between these paths are unknown after it. ``finally`` always runs."""
        if not stmt.handlers:
            self.block(stmt.body + stmt.orelse, scope)
        else:
            self.uncertain_branches([stmt.body + stmt.orelse] + [h.body for h in stmt.handlers], scope,
                                    ("an exception handler (`except \0`)", stmt.handlers[0].type
                                     or stmt.handlers[0]), first_is_certain=True)
        self.block(stmt.finalbody, scope)

    def _function_def(self, stmt, scope):
        func = self._function(stmt, scope)
        scope.vars[stmt.name] = func
        self._functions.append(func)

    def _function(self, node: ast.FunctionDef, scope: Scope) -> FuncObj:
        return FuncObj(node, scope)

    def _class_def(self, stmt: ast.ClassDef, scope):
        """A class of the file: a subclass of another takes its kind, methods and attributes;
        one on a library's base is the library's to define; any other is plain."""
        body = Scope(scope)  # methods see the module, not the class body (as in Python)
        methods: Dict[str, FuncObj] = {}
        for item in stmt.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                methods[item.name] = FuncObj(item, scope)
                self._functions.append(methods[item.name])
            else:
                self.statement(item, body)
        bases = [self.eval(base, scope) for base in stmt.bases]
        parents = [b for b in bases if isinstance(b, ClassObj)]
        if parents:
            parent = parents[0]
            value = ClassObj(stmt.name, {**parent.methods, **methods}, parent.kind,
                             {**parent.attrs, **body.vars}, bases, parent.library_data)
        else:
            value = self.library.define_class(stmt.name, bases, methods, dict(body.vars))
            if value is NOT_HANDLED:
                value = ClassObj(stmt.name, methods, "plain", dict(body.vars), bases)
        if isinstance(value, ClassObj):
            value.bases = bases
            for method in methods.values():
                method.owner = value
        scope.vars[stmt.name] = value


STATEMENTS = {
    ast.Expr: Statements._expr_stmt,
    ast.Assign: Statements._assign,
    ast.AnnAssign: Statements._ann_assign,
    ast.AugAssign: Statements._aug_assign,
    ast.Delete: Statements._delete,
    ast.Import: Imports._import,
    ast.ImportFrom: Imports._import_from,
    ast.Return: Statements._return,
    ast.Raise: Statements._raise,
    ast.Global: Statements._global,
    ast.Nonlocal: Statements._nonlocal,
    ast.Break: Statements._break,
    ast.Continue: Statements._continue,
    ast.If: Flow._if,
    ast.For: Flow._for,
    ast.While: Flow._while,
    ast.With: Statements._with,
    ast.Try: Statements._try,
    ast.FunctionDef: Statements._function_def,
    ast.AsyncFunctionDef: Statements._function_def,
    ast.ClassDef: Statements._class_def,
}
if hasattr(ast, "TryStar"):
    STATEMENTS[ast.TryStar] = Statements._try
