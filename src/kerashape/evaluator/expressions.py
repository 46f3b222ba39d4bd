"""Expressions: names, attributes, subscripts, literals, operators, comprehensions,
f-strings and the evaluation of a call's parts."""
from __future__ import annotations

import ast
from typing import Any, Dict, List

from ..shapes import UNKNOWN, Poly, Unknown
from . import constants
from .builtins import BUILTINS, PYTHON_BUILTINS, Builtin, call_builtin
from .constants import NOT_CONST
from .library import NOT_HANDLED
from .limits import MAX_LOOP
from .imports import module_attribute
from .modules import ModuleObj
from .objects import BoundMethod, ClassObj, InstanceObj, Ref, SuperObj
from .scope import Scope, dotted_name, same_value


class Expressions:
    """The handlers of expressions."""

    def _constant(self, node: ast.Constant, scope):
        return constants.literal(node.value)

    def _name(self, node: ast.Name, scope):
        name = node.id
        found, value = scope.lookup(name)
        if found:
            return value  # unknown where the file computes it unknowably: never a symbol of its name
        if name in self.constants:
            return self.constants[name]
        for module in scope.stars():
            if self.library.star_binds(module, name):
                return Ref("%s.%s" % (module, name))
        if name in BUILTINS or name in PYTHON_BUILTINS:
            return Builtin(name)  # one kerashape does not compute gives an unknown, changing nothing
        if name == "__name__":
            return "__main__"
        return Poly.symbol(name)

    def _attribute(self, node: ast.Attribute, scope):
        dotted = dotted_name(node)
        if dotted:
            found, value = scope.lookup(dotted)
            if found and not _owner_lost(scope, dotted):
                return value
        base = self.eval(node.value, scope)
        attr = node.attr
        if isinstance(base, Unknown):  # `args.units` of an unknown `args`: configured, or unknown
            return self.constants.get(dotted, base) if dotted else base
        found = self.library.attribute(base, attr)
        if found is not NOT_HANDLED:
            return found
        if isinstance(base, Ref):
            return Ref("%s.%s" % (base.path, attr))
        if isinstance(base, ModuleObj):
            return module_attribute(base, attr, self.constants)
        if isinstance(base, SuperObj):
            return BoundMethod(base, attr)
        if isinstance(base, Poly) and dotted:
            return self.constants.get(dotted, Poly.symbol(dotted))
        if isinstance(base, InstanceObj):
            if attr in base.cls.methods:
                return BoundMethod(base, attr)
            if attr not in base.attrs and base.lost is not None:
                return base.lost
            return base.attrs.get(attr, base.cls.attrs.get(attr, UNKNOWN))
        if isinstance(base, ClassObj):  # Config.DIM, Builder.build(...) for a class/static method
            if attr in base.methods:
                return BoundMethod(base, attr)
            return base.attrs.get(attr, UNKNOWN)
        if isinstance(base, (list, dict)) or (isinstance(base, str) and attr in constants.STR_METHODS):
            return BoundMethod(base, attr)
        return UNKNOWN

    def _subscript(self, node: ast.Subscript, scope):
        base = self.eval(node.value, scope)
        found = self.library.subscript(base, node, scope)
        if found is not NOT_HANDLED:
            return found
        key = self._subscript_key(node, scope)
        value = constants.item(base, key)
        if value is NOT_CONST:
            if isinstance(base, Poly) and isinstance(key, int) and not isinstance(key, bool):
                text = dotted_name(node.value)
                if text:
                    return Poly.symbol("%s[%d]" % (text, key))
            return UNKNOWN
        return value

    def _sequence(self, node, scope):
        items: List[Any] = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                spread = constants.iterate(self.eval(element.value, scope), MAX_LOOP)
                if spread is None:
                    return UNKNOWN
                items.extend(spread)
            else:
                items.append(self.library.element(self.eval(element, scope), element))
        return tuple(items) if isinstance(node, ast.Tuple) else self._made(list(items))

    def _dict(self, node: ast.Dict, scope):
        out: Dict[Any, Any] = {}
        for key_node, value_node in zip(node.keys, node.values):
            if key_node is None:  # {**other}
                value = self.eval(value_node, scope)
                if not isinstance(value, dict):
                    return UNKNOWN
                out.update(value)
                continue
            key = self.eval(key_node, scope)
            if not isinstance(key, (str, int)):
                return UNKNOWN
            out[key] = self.eval(value_node, scope)
        return self._made(out)

    def _binary(self, node: ast.BinOp, scope):
        left, right = self.eval(node.left, scope), self.eval(node.right, scope)
        op = type(node.op).__name__
        return self._arithmetic(op, left, right, node)

    def _arithmetic(self, op: str, left: Any, right: Any, node: ast.AST) -> Any:
        found = self.library.operator(op, (left, right), node)
        return constants.binary(op, left, right) if found is NOT_HANDLED else found

    def _unary(self, node: ast.UnaryOp, scope):
        operand = self.eval(node.operand, scope)
        op = type(node.op).__name__
        found = self.library.operator(op, (operand,), node)
        if found is NOT_HANDLED and op == "Not":
            test = self.truth(operand)
            return UNKNOWN if test is None else not test
        return constants.unary(op, operand) if found is NOT_HANDLED else found

    def truth(self, value):
        """Python truthiness where it is certain, else None; the library answers for its
        objects (a layer is true: ``if activation:`` given a layer)."""
        test = constants.truth(value)
        return self.library.truth(value) if test is None else test

    def _boolean(self, node: ast.BoolOp, scope):
        stop_on = not isinstance(node.op, ast.And)  # `or` stops at the first true operand
        value = self.eval(node.values[0], scope)
        for index, operand in enumerate(node.values[1:], 1):
            truth = self.truth(value)
            if truth is None:
                for rest in node.values[index:]:
                    self.eval(rest, scope)
                return UNKNOWN
            if truth is stop_on:
                return value
            value = self.eval(operand, scope)
        return value

    def _comparison(self, node: ast.Compare, scope):
        left = self.eval(node.left, scope)
        result: Any = True
        for op, comparator in zip(node.ops, node.comparators):
            right = self.eval(comparator, scope)
            step = constants.compare(type(op).__name__, left, right)
            if step is False:
                return False
            if step is not True:
                result = UNKNOWN
            left = right
        return result

    def _if_exp(self, node: ast.IfExp, scope):
        test = self.truth(self.eval(node.test, scope))
        if test is True:
            return self.eval(node.body, scope)
        if test is False:
            return self.eval(node.orelse, scope)
        body, orelse = self.eval(node.body, scope), self.eval(node.orelse, scope)
        return body if same_value(body, orelse) else UNKNOWN

    def _joined_str(self, node: ast.JoinedStr, scope):
        """An f-string of constants (``f"conv{i}"``), built as Python would."""
        parts = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                value = self.eval(part.value, scope)
                spec = "" if part.format_spec is None else self.eval(part.format_spec, scope)
                if part.conversion != -1 or not isinstance(spec, str):
                    return UNKNOWN
                if spec:
                    value = constants.format_text(("{:" + spec + "}").format, value)
                else:
                    value = call_builtin("str", (value,), {})
                if not isinstance(value, str):
                    return UNKNOWN
            else:
                value = self.eval(part, scope)
            parts.append(value)
        return "".join(parts)

    def _lambda(self, node: ast.Lambda, scope):
        body = ast.Return(value=node.body)
        ast.copy_location(body, node.body)
        definition = ast.FunctionDef(name="<lambda>", args=node.args, body=[body], decorator_list=[])
        return self._function(ast.copy_location(definition, node), scope)

    def _named_expr(self, node: ast.NamedExpr, scope):
        value = self.eval(node.value, scope)
        self.bind(node.target, value, scope)
        return value

    def _comprehension(self, node, scope):
        out: List[Any] = []
        if not self._comp_for(node.generators, node.elt, Scope(scope), out):
            return UNKNOWN
        return self._made(out) if isinstance(node, ast.ListComp) else tuple(out)

    def _dict_comprehension(self, node: ast.DictComp, scope):
        """``{k: v for ...}``: the pairs as a comprehension makes them, keys as ``_dict`` reads them."""
        pairs: List[Any] = []
        if not self._comp_for(node.generators, (node.key, node.value), Scope(scope), pairs):
            return UNKNOWN
        if not all(isinstance(key, (str, int)) for key, _ in pairs):
            return UNKNOWN
        return self._made(dict(pairs))

    def _comp_for(self, generators: List[ast.comprehension], elt, scope: Scope, out: List[Any]) -> bool:
        comp = generators[0]
        items = constants.iterate(self.eval(comp.iter, scope), MAX_LOOP)
        if items is None:
            return False
        for item in items:
            self.bind(comp.target, item, scope, named=False)
            keep = [self.truth(self.eval(test, scope)) for test in comp.ifs]
            if any(k is None for k in keep):
                return False
            if not all(keep):
                continue
            if len(generators) > 1:
                if not self._comp_for(generators[1:], elt, scope, out):
                    return False
            elif isinstance(elt, tuple):  # a dict comprehension's key and value
                out.append((self.eval(elt[0], scope), self.eval(elt[1], scope)))
            else:
                out.append(self.library.element(self.eval(elt, scope), elt))
        return True

    def _call(self, node: ast.Call, scope):
        func = self.eval(node.func, scope)
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        dynamic = False
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                spread = constants.iterate(self.eval(arg.value, scope), MAX_LOOP)
                if spread is None:
                    dynamic = True
                else:
                    args.extend(spread)
            else:
                args.append(self.eval(arg, scope))
        for keyword in node.keywords:
            value = self.eval(keyword.value, scope)
            if keyword.arg is not None:
                kwargs[keyword.arg] = value
            elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
                kwargs.update(value)
            else:
                dynamic = True
        return self.call(func, tuple(args), kwargs, node, scope, dynamic)


def _owner_lost(scope: Scope, dotted: str) -> bool:
    """``obj.n`` read as bound, unless code outside the file may have changed ``obj`` since."""
    owner = scope.lookup(dotted.split(".", 1)[0])[1]
    return isinstance(owner, InstanceObj) and owner.lost is not None


EXPRESSIONS = {
    ast.Constant: Expressions._constant,
    ast.Name: Expressions._name,
    ast.Attribute: Expressions._attribute,
    ast.Subscript: Expressions._subscript,
    ast.Tuple: Expressions._sequence,
    ast.List: Expressions._sequence,
    ast.Set: Expressions._sequence,
    ast.Dict: Expressions._dict,
    ast.BinOp: Expressions._binary,
    ast.UnaryOp: Expressions._unary,
    ast.BoolOp: Expressions._boolean,
    ast.Compare: Expressions._comparison,
    ast.IfExp: Expressions._if_exp,
    ast.NamedExpr: Expressions._named_expr,
    ast.JoinedStr: Expressions._joined_str,
    ast.Lambda: Expressions._lambda,
    ast.ListComp: Expressions._comprehension,
    ast.GeneratorExp: Expressions._comprehension,
    ast.SetComp: Expressions._comprehension,
    ast.DictComp: Expressions._dict_comprehension,
    ast.Call: Expressions._call,
}
