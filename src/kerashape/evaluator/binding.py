"""Binding: ``target = value`` for every kind of target, and a call's parameters."""
from __future__ import annotations

import ast
from typing import Any

from ..shapes import UNKNOWN, Poly, Unknown
from . import constants
from .constants import NOT_CONST
from .flow import region_text
from .objects import ClassObj
from .scope import UNBOUND, Scope, dotted_name, same_value


class Binding:
    """``bind`` and the parameters of a call."""

    def bind(self, target: ast.expr, value: Any, scope: Scope, named: bool = True) -> None:
        """``target = value``. The library hears of each binding that may name its value (a
        model takes its variable's name), but not of a loop variable's (``named``)."""
        if isinstance(target, ast.Name):
            scope = scope.outer_names.get(target.id, scope)
            scope.vars[target.id] = value
            if named:
                self.library.bound(target.id, value, scope.parent is None, False)
        elif isinstance(target, (ast.Tuple, ast.List)):
            elements = target.elts
            items = constants.iterate(value, len(elements) + 1)
            if items is None or len(items) != len(elements) or any(
                    isinstance(e, ast.Starred) for e in elements):
                items = [value if isinstance(value, Unknown) else UNKNOWN] * len(elements)
            for element, item in zip(elements, items):
                self.bind(element.value if isinstance(element, ast.Starred) else element, item, scope, named)
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope)
            self.library.set_attribute(owner, target.attr, value)
            attrs = getattr(owner, "attrs", None)
            if isinstance(attrs, dict) and not isinstance(owner, ClassObj):
                old = attrs.get(target.attr, UNBOUND)
                if self.uncertain and not same_value(old, value):  # it may or may not be set
                    value = Unknown("`%s` depends on %s" % (target.attr, region_text(self.regions[-1])))
                attrs[target.attr] = value
            dotted = dotted_name(target)
            if dotted:
                scope.vars[dotted] = value
                if named:
                    self.library.bound(dotted, value, False, True)
        elif isinstance(target, ast.Subscript):
            container = self.eval(target.value, scope)
            key = self._subscript_key(target, scope)
            if self._change(container, target.value) and not constants.store_item(container, key, value):
                self._lose(container, target.value, "is changed at a key kerashape cannot read")

    def _bind_params(self, params: ast.arguments, args: tuple, kwargs: dict, scope: Scope,
                     outer: Scope, standalone: bool) -> bool:
        positional = list(params.posonlyargs) + list(params.args)
        defaults = [None] * (len(positional) - len(params.defaults)) + list(params.defaults)
        args = list(args)
        kwargs = dict(kwargs)
        for index, (param, default) in enumerate(zip(positional, defaults)):
            name = param.arg
            if index < len(args):
                scope.vars[name] = args[index]
            elif name in kwargs:
                scope.vars[name] = kwargs.pop(name)
            elif default is not None:
                scope.vars[name] = self.eval(default, outer)
            elif standalone:
                scope.vars[name] = UNKNOWN if name in ("self", "cls") else Poly.symbol(name)
            else:
                return False
        for param, default in zip(params.kwonlyargs, params.kw_defaults):
            name = param.arg
            if name in kwargs:
                scope.vars[name] = kwargs.pop(name)
            elif default is not None:
                scope.vars[name] = self.eval(default, outer)
            else:
                scope.vars[name] = Poly.symbol(name) if standalone else UNKNOWN
        if params.vararg is not None:
            scope.vars[params.vararg.arg] = tuple(args[len(positional):])
        if params.kwarg is not None:
            scope.vars[params.kwarg.arg] = kwargs if not standalone else UNKNOWN
        return True

    def _subscript_key(self, node: ast.Subscript, scope):
        part = node.slice
        if isinstance(part, ast.Slice):
            bounds = [None if b is None else self.eval(b, scope)
                      for b in (part.lower, part.upper, part.step)]
            if all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
                return slice(*bounds)
            return NOT_CONST
        if isinstance(part, ast.Tuple):  # x[1, 2]: numpy-style indexing, never a constant here
            return NOT_CONST
        return self.eval(part, scope)
