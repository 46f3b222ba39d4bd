"""Control flow: if, for and while, followed where kerashape can decide them, and walked as
code that may or may not run (every change it makes uncertain) where it cannot."""
from __future__ import annotations

import ast
from typing import Any, List, Optional, Tuple

from ..shapes import Unknown
from . import constants
from .library import NOT_HANDLED
from .limits import MAX_LOOP, MAX_WHILE
from .objects import Ref
from .scope import UNBOUND, Break, Continue, Return, Scope, dotted_name, same_value


class Flow:
    """The handlers of if, for and while, and the walk of code that may not run."""

    def _if(self, stmt: ast.If, scope):
        test = self.truth(self.eval(stmt.test, scope))
        if test is True:
            self.block(stmt.body, scope)
        elif test is False:
            self.block(stmt.orelse, scope)  # an `elif` is an If alone in orelse
        else:
            self.uncertain_branches([stmt.body, stmt.orelse], scope,
                                    ("a condition kerashape cannot decide (`if \0`)", stmt.test))

    def uncertain_branches(self, branches, scope: Scope, region: Tuple[str, ast.AST],
                           first_is_certain: bool = False) -> None:
        """Walk each branch from the same state; names they bind differently become unknown.
        ``first_is_certain``: the first branch is the path a model-building run takes (a
        ``try`` body), so what it builds is not marked uncertain."""
        before = dict(scope.vars)
        results = []
        for index, body in enumerate(branches):
            scope.vars = dict(before)
            if index == 0 and first_is_certain:
                self.block(body, scope)  # a return in it returns, as in the run that builds
                results.append(scope.vars)
                continue
            self.regions.append(region)
            try:
                self.block(body, scope)
            except (Return, Break, Continue):
                self._escapes += 1  # a loop around it can no longer be followed step by step
            finally:
                self.regions.pop()
            results.append(scope.vars)
        merged = {name: self._merge([r.get(name, UNBOUND) for r in results], name, region)
                  for name in set().union(*results)}
        scope.vars = {name: value for name, value in merged.items() if value is not UNBOUND}

    def _merge(self, values: List[Any], name: str, region: Tuple[str, ast.AST]) -> Any:
        """The value of a name after branches kerashape could not choose between: the same in
        all, else unknown. An import that failed leaves no value a model could be built from,
        so a module bound on one path and unbound or None on another is that module."""
        first = values[0]
        if all(same_value(v, first) for v in values):
            return first
        refs = [v for v in values if isinstance(v, Ref)]
        if refs and all(same_value(r, refs[0]) for r in refs) and all(
                isinstance(v, Ref) or v is UNBOUND or v is None for v in values):
            return refs[0]
        return self._joined(values, Unknown("`%s` depends on %s" % (name, region_text(region))))

    def _joined(self, values: List[Any], unknown: Unknown) -> Any:
        """The library's one value for what several paths leave (a tensor any of them made),
        else ``unknown``."""
        if any(v is UNBOUND for v in values):
            return unknown
        joined = self.library.join(values, unknown)
        return unknown if joined is NOT_HANDLED else joined

    def _for(self, stmt: ast.For, scope):
        iterable = self.eval(stmt.iter, scope)
        items = constants.iterate(iterable, MAX_LOOP)
        if items is None:
            cause = constants.lost(iterable) if constants.lost(iterable) is not None else iterable
            same_line = getattr(getattr(cause, "node", None), "lineno", None) == stmt.iter.lineno
            because = cause.reason if isinstance(cause, Unknown) and not same_line else None
            extra = " (%s)" % because.replace("\0", "?") if because else ""
            region = ("a loop over `\0`" + extra, stmt.iter)
            self.bind(stmt.target, Unknown(*region), scope)
            self.uncertain_loop(stmt.body, scope, region)
            return
        for index, item in enumerate(items):
            self.bind(stmt.target, item, scope, named=False)
            outcome = self._iteration(stmt.body, scope)
            if outcome == "break":
                return
            if outcome == "escaped":  # it may have stopped here: the rest is uncertain
                self._uncertain_rest(stmt, items[index + 1:], scope)
                return
        self.block(stmt.orelse, scope)

    def _iteration(self, body: List[ast.stmt], scope: Scope) -> Optional[str]:
        """One pass of a loop body: "break", "escaped" (a break, continue or return in a branch
        kerashape could not decide: the loop may have ended), or None to go on."""
        escapes = self._escapes
        try:
            self.block(body, scope)
        except Break:
            return "break"
        except Continue:
            pass
        return "escaped" if self._escapes != escapes else None

    def _uncertain_rest(self, stmt: ast.For, items: list, scope: Scope) -> None:
        """The passes after one that may have ended the loop: each an uncertain loop."""
        region = ("a loop that may stop early (`for ... in \0`)", stmt.iter)
        for item in items:
            self.bind(stmt.target, item, scope, named=False)
            self.uncertain_loop(stmt.body, scope, region)
        self.bind(stmt.target, Unknown(*region), scope)  # where it stopped is unknown

    def _while(self, stmt: ast.While, scope):
        """Followed step by step while its test is known (``while True: ... break``, a counter);
        from the first step kerashape cannot decide, an uncertain loop. A while loop inside
        one followed so is not followed step by step itself: the passes would multiply."""
        for _ in range(0 if self._in_while else MAX_WHILE):
            test = self.truth(self.eval(stmt.test, scope))
            if test is None:
                break
            if test is False:
                self.block(stmt.orelse, scope)
                return
            self._in_while += 1
            try:
                outcome = self._iteration(stmt.body, scope)
            finally:
                self._in_while -= 1
            if outcome == "break":
                return
            if outcome == "escaped":
                break
        self.uncertain_loop(stmt.body, scope, ("the loop `while \0`", stmt.test))

    def uncertain_loop(self, body, scope: Scope, region: Tuple[str, ast.AST]) -> None:
        """A loop kerashape cannot count: its body once, every change in it marked uncertain,
        and every name it rebinds unknown after it (it may have run any number of times).
        The names it assigns are unknown from the start of that one pass too, as a later pass
        reads what an earlier one wrote."""
        before = dict(scope.vars)
        self.regions.append(region)
        try:
            for name in assigned_names(body):
                if name in scope.vars or "." not in name:
                    changes = Unknown("`%s` changes in %s" % (name, region_text(region)))
                    scope.vars[name] = self._joined([before.get(name, UNBOUND), changes], changes)
            self.block(body, scope)
        except (Break, Continue):
            pass
        finally:
            self.regions.pop()
        for name, value in list(scope.vars.items()):
            if name not in before or not same_value(before[name], value):
                changes = Unknown("`%s` changes in %s" % (name, region_text(region)))
                scope.vars[name] = self._joined([before.get(name, UNBOUND), value], changes)


def region_text(region: Tuple[str, ast.AST]) -> str:
    """``a loop over `os.listdir(d)`, line 9``: where code that may not run stands."""
    return (Unknown(*region).reason or region[0]).replace("\0", "?")


def assigned_names(body: List[ast.stmt]) -> List[str]:
    """The names (and dotted ``self.x`` targets) a block assigns, nested blocks included but
    not nested functions or classes (they bind only their own name)."""
    found: List[str] = []
    stack: List[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append(node.name)
            continue
        if isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        if isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Store):
            dotted = dotted_name(node)
            if dotted:
                found.append(dotted)
        stack.extend(ast.iter_child_nodes(node))
    return found
