"""Source -> model IR: one pass that reads a module the way a reader would.

Statements run in order in a scope chain (module, function), binding what
they can know: imports become :class:`Ref` paths, constants and tuples are
evaluated, Keras constructor calls become :class:`LayerObj` /
:class:`ModelObj` / :class:`TensorObj` values, and ``model.add`` /
``model.build`` mutate the model they name. Branches whose condition is
known are followed; others are walked with every change marked uncertain.
Loops over known, small iterables are unrolled; helpers defined in the file
are called with their arguments bound, to a bounded depth. Nothing is
imported or executed: every value here is kerashape's own.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

import libcst as cst
from libcst.helpers import get_full_name_for_node

from . import consts, legacy
from .consts import NOT_CONST
from .layers import REGISTRY, Out, ShapeError, run
from .names import MODEL_CLASSES, canonical, keras_path, to_snake_case
from .shapes import UNKNOWN, Poly
from .values import FuncObj, LayerObj, ModelObj, Ref, TensorObj

MERGE_FUNCTIONS = {"add": "Add", "subtract": "Subtract", "multiply": "Multiply",
                   "average": "Average", "maximum": "Maximum", "minimum": "Minimum",
                   "concatenate": "Concatenate"}
MAX_STEPS = 200_000  # statements and expressions evaluated per file
MAX_LOOP = 512  # iterations unrolled per loop
MAX_CALL_DEPTH = 8  # nested helper calls followed
MAX_EXPR_DEPTH = 120  # nesting of one expression


class Budget(Exception):
    """A bound on the work per file was hit; what was found so far stands."""


class _Return(Exception):
    def __init__(self, value: Any):
        self.value = value


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class Scope:
    """Names bound in one module or function body; reads fall through to the parent."""

    def __init__(self, parent: Optional["Scope"] = None):
        self.vars: Dict[str, Any] = {}
        self.parent = parent
        self.star_modules: List[str] = []  # `from keras.layers import *`

    def lookup(self, name: str) -> Tuple[bool, Any]:
        scope: Optional[Scope] = self
        while scope is not None:
            if name in scope.vars:
                return True, scope.vars[name]
            scope = scope.parent
        return False, None

    def stars(self) -> List[str]:
        out: List[str] = []
        scope: Optional[Scope] = self
        while scope is not None:
            out.extend(scope.star_modules)
            scope = scope.parent
        return out


class Extractor:
    """Evaluates one module and collects the models it builds."""

    def __init__(self, constants: Optional[Dict[str, Any]] = None,
                 image_data_format: str = "channels_last"):
        self.constants = dict(constants or {})
        self.image_data_format = image_data_format
        self.models: List[ModelObj] = []
        self._model_nodes: set = set()
        self._uids: Dict[str, int] = {}
        self.uncertain = 0
        self.steps = 0
        self.call_depth = 0
        self.expr_depth = 0
        self.incomplete: Optional[str] = None
        self._functions: List[FuncObj] = []
        self._called: set = set()
        self._active: set = set()  # functions being evaluated now (the call stack)
        self.owner = 0  # the module-level statement whose code is being evaluated
        self.owners: set = set()  # module-level statements holding a call that was evaluated

    # -- entry point ------------------------------------------------------------
    def run(self, module: cst.Module) -> List[ModelObj]:
        scope = Scope()
        try:
            for index, stmt in enumerate(module.body):
                self.owner = index
                self.statement(stmt, scope)
            # Functions never called from the module are read on their own, with
            # parameters bound to their defaults (or left symbolic).
            for func in self._functions:
                if func.node not in self._called:
                    self.call_function(func, (), {}, standalone=True)
        except Budget as e:
            self.incomplete = str(e)
        except RecursionError:
            self.incomplete = "the code is nested too deeply to follow"
        return self.models

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Budget("the file needs more than %d evaluation steps" % MAX_STEPS)

    # -- statements -----------------------------------------------------------
    def block(self, body, scope: Scope) -> None:
        if isinstance(body, (cst.IndentedBlock, cst.SimpleStatementSuite)):
            body = body.body
        for stmt in body:
            self.statement(stmt, scope)

    def statement(self, stmt: cst.CSTNode, scope: Scope) -> None:
        self.tick()
        handler = self._STATEMENTS.get(type(stmt))
        if handler is not None:
            handler(self, stmt, scope)

    def _simple_line(self, stmt, scope):
        for small in stmt.body:
            self.statement(small, scope)

    def _expr_stmt(self, stmt: cst.Expr, scope):
        self.eval(stmt.value, scope)

    def _assign(self, stmt: cst.Assign, scope):
        value = self.eval(stmt.value, scope)
        for target in stmt.targets:
            self.bind(target.target, value, scope)

    def _ann_assign(self, stmt: cst.AnnAssign, scope):
        if stmt.value is not None:
            self.bind(stmt.target, self.eval(stmt.value, scope), scope)

    def _aug_assign(self, stmt: cst.AugAssign, scope):
        current = self.eval(stmt.target, scope)
        value = self.eval(stmt.value, scope)
        op = type(stmt.operator).__name__.replace("Assign", "")
        self.bind(stmt.target, consts.binary(op, current, value), scope)

    def _import(self, stmt: cst.Import, scope):
        for alias in stmt.names:
            dotted = get_full_name_for_node(alias.name) or ""
            if alias.asname is not None:
                scope.vars[alias.asname.name.value] = Ref(dotted)
            else:
                top = dotted.split(".")[0]
                scope.vars[top] = Ref(top)

    def _import_from(self, stmt: cst.ImportFrom, scope):
        if stmt.relative or stmt.module is None:
            return
        module = get_full_name_for_node(stmt.module) or ""
        if isinstance(stmt.names, cst.ImportStar):
            if keras_path(module) is not None:
                scope.star_modules.append(module)
            return
        for alias in stmt.names:
            name = get_full_name_for_node(alias.name) or ""
            local = alias.asname.name.value if alias.asname is not None else name
            scope.vars[local] = Ref("%s.%s" % (module, name))

    def _return(self, stmt: cst.Return, scope):
        raise _Return(None if stmt.value is None else self.eval(stmt.value, scope))

    def _break(self, stmt, scope):
        raise _Break()

    def _continue(self, stmt, scope):
        raise _Continue()

    def _if(self, stmt: cst.If, scope):
        test = consts.truth(self.eval(stmt.test, scope))
        if test is True:
            self.block(stmt.body, scope)
        elif test is False:
            if isinstance(stmt.orelse, cst.If):
                self._if(stmt.orelse, scope)
            elif isinstance(stmt.orelse, cst.Else):
                self.block(stmt.orelse.body, scope)
        else:
            branches = [stmt.body]
            if isinstance(stmt.orelse, cst.If):
                branches.append([stmt.orelse])
            elif isinstance(stmt.orelse, cst.Else):
                branches.append(stmt.orelse.body)
            self.uncertain_branches(branches, scope, exhaustive=stmt.orelse is not None)

    def uncertain_branches(self, branches, scope: Scope, exhaustive: bool) -> None:
        """Walk each branch from the same state; names they bind differently become unknown."""
        before = dict(scope.vars)
        results = []
        self.uncertain += 1
        try:
            for body in branches:
                scope.vars = dict(before)
                try:
                    self.block(body, scope)
                except (_Return, _Break, _Continue):
                    pass
                results.append(scope.vars)
        finally:
            self.uncertain -= 1
        if not exhaustive:
            results.append(before)
        merged = {}
        for name in set().union(*results):
            values = [r.get(name, UNKNOWN) for r in results]
            first = values[0]
            merged[name] = first if all(_same_value(v, first) for v in values) else UNKNOWN
        scope.vars = merged

    def _for(self, stmt: cst.For, scope):
        items = consts.iterate(self.eval(stmt.iter, scope), MAX_LOOP)
        if items is None:
            self.bind(stmt.target, UNKNOWN, scope)
            self.uncertain_loop(stmt.body, scope)
            return
        for item in items:
            self.bind(stmt.target, item, scope)
            try:
                self.block(stmt.body, scope)
            except _Break:
                return
            except _Continue:
                continue
        if stmt.orelse is not None:
            self.block(stmt.orelse.body, scope)

    def _while(self, stmt: cst.While, scope):
        self.uncertain_loop(stmt.body, scope)

    def uncertain_loop(self, body, scope: Scope) -> None:
        """A loop kerashape cannot count: its body once, every change in it marked uncertain."""
        self.uncertain += 1
        try:
            self.block(body, scope)
        except (_Break, _Continue):
            pass
        finally:
            self.uncertain -= 1

    def _with(self, stmt: cst.With, scope):
        for item in stmt.items:
            value = self.eval(item.item, scope)
            if item.asname is not None:
                self.bind(item.asname.name, value, scope)
        self.block(stmt.body, scope)

    def _try(self, stmt, scope):
        self.block(stmt.body, scope)
        if stmt.orelse is not None:
            self.block(stmt.orelse.body, scope)
        if stmt.finalbody is not None:
            self.block(stmt.finalbody.body, scope)

    def _function_def(self, stmt: cst.FunctionDef, scope):
        func = FuncObj(stmt, scope, self.owner)
        scope.vars[stmt.name.value] = func
        self._functions.append(func)

    def _class_def(self, stmt: cst.ClassDef, scope):
        # Methods see the module, not the class body (as in Python).
        body = Scope(scope)
        for item in stmt.body.body:
            if isinstance(item, cst.FunctionDef):
                self._functions.append(FuncObj(item, scope, self.owner))
            else:
                self.statement(item, body)
        scope.vars[stmt.name.value] = Ref("<class>." + stmt.name.value)

    _STATEMENTS = {
        cst.SimpleStatementLine: _simple_line,
        cst.Expr: _expr_stmt,
        cst.Assign: _assign,
        cst.AnnAssign: _ann_assign,
        cst.AugAssign: _aug_assign,
        cst.Import: _import,
        cst.ImportFrom: _import_from,
        cst.Return: _return,
        cst.Break: _break,
        cst.Continue: _continue,
        cst.If: _if,
        cst.For: _for,
        cst.While: _while,
        cst.With: _with,
        cst.Try: _try,
        cst.FunctionDef: _function_def,
        cst.ClassDef: _class_def,
    }
    if hasattr(cst, "TryStar"):
        _STATEMENTS[cst.TryStar] = _try

    # -- binding ----------------------------------------------------------------
    def bind(self, target: cst.BaseExpression, value: Any, scope: Scope) -> None:
        if isinstance(target, cst.Name):
            scope.vars[target.value] = value
            # The module-level name wins: it is how users (and Keras's globals) know the model.
            if isinstance(value, ModelObj) and (value.name is None or scope.parent is None):
                value.name = target.value
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = target.elements
            items = consts.iterate(value, len(elements) + 1)
            if items is None or len(items) != len(elements) or any(
                    isinstance(e, cst.StarredElement) for e in elements):
                items = [UNKNOWN] * len(elements)
            for element, item in zip(elements, items):
                self.bind(element.value, item, scope)
        elif isinstance(target, cst.Attribute):
            dotted = get_full_name_for_node(target)
            if dotted:
                scope.vars[dotted] = value
                if isinstance(value, ModelObj) and value.name is None:
                    value.name = dotted
        elif isinstance(target, cst.Subscript):
            container = self.eval(target.value, scope)
            consts.store_item(container, self._subscript_key(target, scope), value)

    # -- expressions ------------------------------------------------------------
    def eval(self, node: cst.BaseExpression, scope: Scope) -> Any:
        self.tick()
        if self.expr_depth > MAX_EXPR_DEPTH:
            return UNKNOWN
        self.expr_depth += 1
        try:
            handler = self._EXPRESSIONS.get(type(node))
            if handler is not None:
                return handler(self, node, scope)
            literal = consts.literal(node)
            return UNKNOWN if literal is NOT_CONST else literal
        finally:
            self.expr_depth -= 1

    def _name(self, node: cst.Name, scope):
        name = node.value
        found, value = scope.lookup(name)
        if found:
            # A name bound to something unreadable (np.load(...), a merge of branches)
            # is still one value: a symbol says more than "unknown".
            return Poly.symbol(name) if value is UNKNOWN else value
        if name in consts.NAMED_CONSTANTS:
            return consts.NAMED_CONSTANTS[name]
        if name in self.constants:
            return self.constants[name]
        for module in scope.stars():
            if canonical("%s.%s" % (module, name)) in REGISTRY or name in MODEL_CLASSES:
                return Ref("%s.%s" % (module, name))
        if name in consts.BUILTINS:
            return consts.Builtin(name)
        if name == "__name__":
            return "__main__"
        return Poly.symbol(name)

    def _attribute(self, node: cst.Attribute, scope):
        dotted = get_full_name_for_node(node)
        if dotted:
            found, value = scope.lookup(dotted)
            if found:
                return value
        base = self.eval(node.value, scope)
        attr = node.attr.value
        if base is UNKNOWN and dotted:
            base = Poly.symbol(dotted.rsplit(".", 1)[0])
        if isinstance(base, Ref):
            return Ref("%s.%s" % (base.path, attr))
        if isinstance(base, TensorObj) and attr == "shape":
            return base.shape
        if isinstance(base, Poly) and dotted and dotted in self.constants:
            return self.constants[dotted]
        if isinstance(base, Poly) and dotted:
            return self.constants.get(dotted, Poly.symbol(dotted))
        if isinstance(base, (ModelObj, LayerObj, list, dict)):
            return _BoundMethod(base, attr)
        return UNKNOWN

    def _subscript_key(self, node: cst.Subscript, scope):
        if len(node.slice) != 1:
            return NOT_CONST
        part = node.slice[0].slice
        if isinstance(part, cst.Index):
            return self.eval(part.value, scope)
        if isinstance(part, cst.Slice):
            bounds = [None if b is None else self.eval(b, scope)
                      for b in (part.lower, part.upper, part.step)]
            if all(b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
                return slice(*bounds)
        return NOT_CONST

    def _subscript(self, node: cst.Subscript, scope):
        base = self.eval(node.value, scope)
        key = self._subscript_key(node, scope)
        value = consts.item(base, key)
        if value is NOT_CONST:
            if isinstance(base, Poly) and isinstance(key, int) and not isinstance(key, bool):
                text = get_full_name_for_node(node.value)
                if text:
                    return Poly.symbol("%s[%d]" % (text, key))
            return UNKNOWN
        return value

    def _sequence(self, node, scope):
        items: List[Any] = []
        for element in node.elements:
            value = self.eval(element.value, scope)
            if isinstance(element, cst.StarredElement):
                spread = consts.iterate(value, MAX_LOOP)
                if spread is None:
                    return UNKNOWN
                items.extend(spread)
            else:
                items.append(self._as_layer(value, element.value))
        return tuple(items) if isinstance(node, cst.Tuple) else list(items)

    def _dict(self, node: cst.Dict, scope):
        out: Dict[Any, Any] = {}
        for element in node.elements:
            if isinstance(element, cst.StarredDictElement):
                value = self.eval(element.value, scope)
                if not isinstance(value, dict):
                    return UNKNOWN
                out.update(value)
                continue
            key = self.eval(element.key, scope)
            if not isinstance(key, (str, int)):
                return UNKNOWN
            out[key] = self.eval(element.value, scope)
        return out

    def _binary(self, node: cst.BinaryOperation, scope):
        return consts.binary(type(node.operator).__name__, self.eval(node.left, scope),
                             self.eval(node.right, scope))

    def _unary(self, node: cst.UnaryOperation, scope):
        return consts.unary(type(node.operator).__name__, self.eval(node.expression, scope))

    def _boolean(self, node: cst.BooleanOperation, scope):
        left = self.eval(node.left, scope)
        truth = consts.truth(left)
        is_and = isinstance(node.operator, cst.And)
        if truth is None:
            self.eval(node.right, scope)
            return UNKNOWN
        if truth is (not is_and):
            return left
        return self.eval(node.right, scope)

    def _comparison(self, node: cst.Comparison, scope):
        left = self.eval(node.left, scope)
        result: Any = True
        for target in node.comparisons:
            right = self.eval(target.comparator, scope)
            step = consts.compare(type(target.operator).__name__, left, right)
            if step is False:
                return False
            if step is not True:
                result = UNKNOWN
            left = right
        return result

    def _if_exp(self, node: cst.IfExp, scope):
        test = consts.truth(self.eval(node.test, scope))
        if test is True:
            return self.eval(node.body, scope)
        if test is False:
            return self.eval(node.orelse, scope)
        body, orelse = self.eval(node.body, scope), self.eval(node.orelse, scope)
        return body if _same_value(body, orelse) else UNKNOWN

    def _named_expr(self, node: cst.NamedExpr, scope):
        value = self.eval(node.value, scope)
        self.bind(node.target, value, scope)
        return value

    def _comprehension(self, node, scope):
        out: List[Any] = []
        inner = Scope(scope)
        if not self._comp_for(node.for_in, node.elt, inner, out):
            return UNKNOWN
        return out if isinstance(node, cst.ListComp) else tuple(out)

    def _comp_for(self, comp: cst.CompFor, elt, scope: Scope, out: List[Any]) -> bool:
        items = consts.iterate(self.eval(comp.iter, scope), MAX_LOOP)
        if items is None:
            return False
        for item in items:
            self.bind(comp.target, item, scope)
            keep = [consts.truth(self.eval(cond.test, scope)) for cond in comp.ifs]
            if any(k is None for k in keep):
                return False
            if not all(keep):
                continue
            if comp.inner_for_in is not None:
                if not self._comp_for(comp.inner_for_in, elt, scope, out):
                    return False
            else:
                out.append(self._as_layer(self.eval(elt, scope), elt))
        return True

    def _lambda(self, node, scope):
        return UNKNOWN

    def _call(self, node: cst.Call, scope):
        self.owners.add(self.owner)
        func = self.eval(node.func, scope)
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        dynamic = False
        for arg in node.args:
            value = self.eval(arg.value, scope)
            if arg.star == "*":
                spread = consts.iterate(value, MAX_LOOP)
                if spread is None:
                    dynamic = True
                else:
                    args.extend(spread)
            elif arg.star == "**":
                if isinstance(value, dict) and all(isinstance(k, str) for k in value):
                    kwargs.update(value)
                else:
                    dynamic = True
            elif arg.keyword is not None:
                kwargs[arg.keyword.value] = value
            else:
                args.append(value)
        return self.call(func, tuple(args), kwargs, node, scope, dynamic)

    _EXPRESSIONS = {
        cst.Name: _name,
        cst.Attribute: _attribute,
        cst.Subscript: _subscript,
        cst.Tuple: _sequence,
        cst.List: _sequence,
        cst.Set: _sequence,
        cst.Dict: _dict,
        cst.BinaryOperation: _binary,
        cst.UnaryOperation: _unary,
        cst.BooleanOperation: _boolean,
        cst.Comparison: _comparison,
        cst.IfExp: _if_exp,
        cst.NamedExpr: _named_expr,
        cst.ListComp: _comprehension,
        cst.GeneratorExp: _comprehension,
        cst.SetComp: _comprehension,
        cst.Lambda: _lambda,
        cst.Call: _call,
    }

    # -- calls ------------------------------------------------------------------
    def call(self, func: Any, args: tuple, kwargs: dict, node: cst.Call, scope: Scope,
             dynamic: bool = False) -> Any:
        if isinstance(func, Ref):
            return self.call_keras(func, args, kwargs, node, dynamic)
        if isinstance(func, _BoundMethod):
            return self.call_method(func, args, kwargs, node)
        if isinstance(func, consts.Builtin):
            return consts.call_builtin(func.name, args, kwargs)
        if isinstance(func, FuncObj) and not dynamic:
            return self.call_function(func, args, kwargs)
        if isinstance(func, (LayerObj, ModelObj)):
            return self.call_layer(func, args, kwargs, node)
        return UNKNOWN

    def call_layer(self, layer: Any, args: tuple, kwargs: dict, node: cst.Call) -> Any:
        """``layer(x)`` in the functional API: a new tensor that remembers its producer."""
        from .infer import apply_model

        inputs = args[0] if args else kwargs.get("inputs")
        if len(args) > 1 and all(isinstance(a, TensorObj) for a in args):
            inputs = list(args)  # attention layers: layer(query, value[, key])
        if isinstance(inputs, TensorObj):
            tensors, shape = (inputs,), inputs.shape
        elif isinstance(inputs, (list, tuple)) and inputs and all(isinstance(t, TensorObj) for t in inputs):
            tensors, shape = tuple(inputs), [t.shape for t in inputs]
        else:
            return UNKNOWN
        if isinstance(layer, ModelObj) and layer.kind == "Sequential" and layer.build_shape is None \
                and isinstance(shape, tuple):
            layer.build_shape = shape  # calling a Sequential on a tensor builds it, as in Keras
        error = None
        try:
            out = apply_model(layer, shape) if isinstance(layer, ModelObj) else run(layer, shape)
        except ShapeError as e:
            error, out = e, Out(UNKNOWN, UNKNOWN, UNKNOWN)
        if isinstance(out.shape, list):
            return [TensorObj(s, layer, tensors, i, node, out, error) for i, s in enumerate(out.shape)]
        return TensorObj(out.shape, layer, tensors, 0, node, out, error)

    def call_function(self, func: FuncObj, args: tuple, kwargs: dict, standalone: bool = False):
        """Evaluate a helper of the file with its arguments bound; bounded depth."""
        if self.call_depth >= MAX_CALL_DEPTH or func.node in self._active:
            return UNKNOWN  # recursion: its result is unknown, and following it is exponential
        self._called.add(func.node)
        scope = Scope(func.scope)
        if not self._bind_params(func.node.params, args, kwargs, scope, func.scope, standalone):
            return UNKNOWN
        self.call_depth += 1
        self._active.add(func.node)
        caller, self.owner = self.owner, func.owner
        try:
            self.block(func.node.body, scope)
        except _Return as ret:
            return ret.value
        except (_Break, _Continue):
            pass
        finally:
            self.call_depth -= 1
            self._active.discard(func.node)
            self.owner = caller
        return None

    def _bind_params(self, params: cst.Parameters, args: tuple, kwargs: dict, scope: Scope,
                     outer: Scope, standalone: bool) -> bool:
        positional = list(params.posonly_params) + list(params.params)
        args = list(args)
        kwargs = dict(kwargs)
        for index, param in enumerate(positional):
            name = param.name.value
            if index < len(args):
                scope.vars[name] = args[index]
            elif name in kwargs:
                scope.vars[name] = kwargs.pop(name)
            elif param.default is not None:
                scope.vars[name] = self.eval(param.default, outer)
            elif standalone:
                scope.vars[name] = UNKNOWN if name in ("self", "cls") else Poly.symbol(name)
            else:
                return False
        for param in params.kwonly_params:
            name = param.name.value
            if name in kwargs:
                scope.vars[name] = kwargs.pop(name)
            elif param.default is not None:
                scope.vars[name] = self.eval(param.default, outer)
            else:
                scope.vars[name] = Poly.symbol(name) if standalone else UNKNOWN
        if isinstance(params.star_arg, cst.Param):
            scope.vars[params.star_arg.name.value] = tuple(args[len(positional):])
        if params.star_kwarg is not None:
            scope.vars[params.star_kwarg.name.value] = kwargs if not standalone else UNKNOWN
        return True

    def call_keras(self, ref: Ref, args: tuple, kwargs: dict, node: cst.Call, dynamic: bool):
        name = canonical(ref.path)
        if ref.path.startswith("<class>."):
            return self.new_layer(ref.path.split(".", 1)[1], ref.path.split(".", 1)[1], args,
                                  kwargs, node, dynamic)
        if name is None:
            return UNKNOWN
        if name in MODEL_CLASSES:
            return self.new_model(MODEL_CLASSES[name], args, kwargs, node)
        if name == "Input":
            try:
                return TensorObj(_input_shape(args, kwargs), node=node)
            except ShapeError as e:  # keras.Input(shape=784): KSH105 at the Input
                return TensorObj(UNKNOWN, node=node, error=e)
        if name in MERGE_FUNCTIONS and args:
            # keras.layers.add([a, b]) is Add()([a, b]); concatenate takes axis= too.
            layer = self.new_layer(MERGE_FUNCTIONS[name], name, (), dict(kwargs), node)
            return self.call_layer(layer, args[:1], {}, node)
        if name == "image_data_format":
            return self.image_data_format
        if name in REGISTRY or name == "InputLayer" or (
                name[:1].isupper() and ".layers." in "." + keras_path(ref.path) + "."):
            written = ref.path.rsplit(".", 1)[-1]
            return self.new_layer(name, written, args, kwargs, node, dynamic)
        return UNKNOWN

    def new_layer(self, cls: str, written: str, args: tuple, kwargs: dict, node, dynamic=False):
        args, kwargs, notes = legacy.translate(written, cls, args, kwargs)
        explicit = kwargs.get("name")
        if isinstance(explicit, str):
            keras_name = explicit
        else:
            keras_name = self._auto_name(cls)
        return LayerObj(cls, args, kwargs, node, keras_name, self.image_data_format, notes,
                        uncertain=self.uncertain > 0, dynamic_kwargs=dynamic)

    def _auto_name(self, cls: str) -> str:
        prefix = to_snake_case(cls)
        count = self._uids.get(prefix, 0)
        self._uids[prefix] = count + 1
        return prefix if count == 0 else "%s_%d" % (prefix, count)

    def new_model(self, kind: str, args: tuple, kwargs: dict, node: cst.Call) -> ModelObj:
        model = ModelObj(kind, node, keras_name=self._auto_name(kind.lower()))
        model.depth = self.uncertain  # type: ignore[attr-defined]
        if kind == "Sequential":
            layers = args[0] if args else kwargs.get("layers")
            if isinstance(layers, (list, tuple)):
                model.layers.extend(layers)
            elif layers is not None:
                model.uncertain = True  # layers kerashape cannot list: how many is unknown
        else:
            model.inputs = args[0] if args else kwargs.get("inputs")
            model.outputs = args[1] if len(args) > 1 else kwargs.get("outputs")
        if node not in self._model_nodes:
            self._model_nodes.add(node)
            self.models.append(model)
        return model

    def call_method(self, method: "_BoundMethod", args: tuple, kwargs: dict, node: cst.Call):
        target, name = method.target, method.name
        if isinstance(target, ModelObj):
            if name == "add" and args:
                item = self._as_layer(args[0], node.args[0].value)
                if self.uncertain > getattr(target, "depth", 0):
                    if isinstance(item, LayerObj):
                        item.uncertain = True
                    target.uncertain = True
                target.layers.append(item)
            elif name == "pop" and target.layers and self.uncertain <= getattr(target, "depth", 0):
                return target.layers.pop()
            elif name == "build":
                shape = args[0] if args else kwargs.get("input_shape")
                target.build_shape = shape
                target.build_node = node
            return None if name in ("add", "build", "summary", "compile") else UNKNOWN
        if isinstance(target, list):
            if name == "append" and len(args) == 1:
                target.append(self._as_layer(args[0], node.args[0].value))
                return None
            if name == "extend" and len(args) == 1:
                items = consts.iterate(args[0], MAX_LOOP)
                if items is not None:
                    target.extend(items)
                    return None
            if name == "insert" and len(args) == 2 and isinstance(args[0], int):
                target.insert(args[0], args[1])
                return None
        return UNKNOWN

    def _as_layer(self, value: Any, node: cst.BaseExpression) -> Any:
        """A call kerashape cannot read, used as a layer, is an opaque layer of that name."""
        if value is UNKNOWN and isinstance(node, cst.Call):
            written = get_full_name_for_node(node.func)
            if written:
                cls = written.rsplit(".", 1)[-1]
                return LayerObj(cls, (), {}, node, self._auto_name(cls), self.image_data_format,
                                uncertain=self.uncertain > 0)
        return value


class _BoundMethod:
    __slots__ = ("target", "name")

    def __init__(self, target: Any, name: str):
        self.target = target
        self.name = name


def _same_value(a: Any, b: Any) -> bool:
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, (int, float, str, bool, Poly, Ref, type(None))):
        return a == b
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same_value(x, y) for x, y in zip(a, b))
    return False


def _input_shape(args: tuple, kwargs: dict) -> Any:
    """keras.Input(shape=..., batch_size=..., batch_shape=...) as a full shape."""
    from .infer import full_shape

    if "batch_shape" in kwargs:
        return full_shape(kwargs["batch_shape"], with_batch=True)
    shape = args[0] if args else kwargs.get("shape")
    batch = args[1] if len(args) > 1 else kwargs.get("batch_size")
    return full_shape(shape, batch=batch)
