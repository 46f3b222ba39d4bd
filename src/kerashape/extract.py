"""Source -> model IR: one pass over Python's ``ast`` that reads a module the way a reader would.

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

import ast
from typing import Any, Dict, List, Optional, Tuple

from . import arrays, consts, labels, legacy, ops
from .consts import NOT_CONST
from .layers import REGISTRY, Out, ShapeError, run
from .names import BUILD_SUBLAYERS, MODEL_CLASSES, SUBCLASSES, canonical, keras_path, to_snake_case
from .shapes import UNKNOWN, Poly
from .values import ArrayObj, ClassObj, FuncObj, InstanceObj, LayerObj, ModelObj, OpObj, Ref, TensorObj

MERGE_FUNCTIONS = {"add": "Add", "subtract": "Subtract", "multiply": "Multiply",
                   "average": "Average", "maximum": "Maximum", "minimum": "Minimum",
                   "concatenate": "Concatenate"}
MAX_STEPS = 200_000  # statements and expressions evaluated per file
MAX_LOOP = 512  # iterations unrolled per loop
MAX_WHILE = 64  # passes of a while loop followed step by step (an event loop never ends)
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
        self.outer_names: Dict[str, "Scope"] = {}  # `global n` / `nonlocal n`: where n is bound

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


class Extractor:
    """Evaluates one module and collects the models it builds."""

    def __init__(self, constants: Optional[Dict[str, Any]] = None,
                 image_data_format: str = "channels_last"):
        self.constants = dict(constants or {})
        self.image_data_format = image_data_format
        self.models: List[ModelObj] = []
        self._uids: Dict[str, int] = {}
        self.uncertain = 0
        self.steps = 0
        self.call_depth = 0
        self.expr_depth = 0
        self.incomplete: Optional[str] = None
        self._functions: List[FuncObj] = []
        self._called: set = set()
        self._active: set = set()  # functions being evaluated now (the call stack)
        self._in_lambda = 0  # running a Lambda's function: Keras runs it on tracers, naming nothing
        self._tracing: List[ModelObj] = []  # subclasses whose build/call is being followed
        self._escapes = 0  # break/continue/return taken in a branch kerashape could not decide
        self._in_while = 0  # while loops being followed step by step

    # -- entry point ------------------------------------------------------------
    def run(self, module: ast.Module) -> List[ModelObj]:
        scope = Scope()
        try:
            for stmt in module.body:
                try:
                    self.statement(stmt, scope)
                except (_Return, _Break, _Continue):
                    pass  # `return` outside a function: Python refuses it; read on
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
    def block(self, body: List[ast.stmt], scope: Scope) -> None:
        for stmt in body:
            self.statement(stmt, scope)

    def statement(self, stmt: ast.stmt, scope: Scope) -> None:
        self.tick()
        handler = self._STATEMENTS.get(type(stmt))
        if handler is not None:
            handler(self, stmt, scope)

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
        self.bind(stmt.target, self._arithmetic(type(stmt.op).__name__, current, value, stmt), scope)

    def _import(self, stmt: ast.Import, scope):
        for alias in stmt.names:
            if alias.asname is not None:
                scope.vars[alias.asname] = Ref(alias.name)
            else:
                top = alias.name.split(".")[0]
                scope.vars[top] = Ref(top)

    def _import_from(self, stmt: ast.ImportFrom, scope):
        if stmt.level or not stmt.module:
            return
        for alias in stmt.names:
            if alias.name == "*":
                if keras_path(stmt.module) is not None:
                    scope.star_modules.append(stmt.module)
            else:
                scope.vars[alias.asname or alias.name] = Ref("%s.%s" % (stmt.module, alias.name))

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
        raise _Return(None if stmt.value is None else self.eval(stmt.value, scope))

    def _break(self, stmt, scope):
        raise _Break()

    def _continue(self, stmt, scope):
        raise _Continue()

    def _if(self, stmt: ast.If, scope):
        test = consts.truth(self.eval(stmt.test, scope))
        if test is True:
            self.block(stmt.body, scope)
        elif test is False:
            self.block(stmt.orelse, scope)  # an `elif` is an If alone in orelse
        else:
            self.uncertain_branches([stmt.body, stmt.orelse], scope)

    def uncertain_branches(self, branches, scope: Scope) -> None:
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
                    self._escapes += 1  # a loop around it can no longer be followed step by step
                results.append(scope.vars)
        finally:
            self.uncertain -= 1
        merged = {}
        for name in set().union(*results):
            values = [r.get(name, UNKNOWN) for r in results]
            first = values[0]
            merged[name] = first if all(_same_value(v, first) for v in values) else UNKNOWN
        scope.vars = merged

    def _for(self, stmt: ast.For, scope):
        items = consts.iterate(self.eval(stmt.iter, scope), MAX_LOOP)
        if items is None:
            self.bind(stmt.target, UNKNOWN, scope)
            self.uncertain_loop(stmt.body, scope)
            return
        for index, item in enumerate(items):
            self.bind(stmt.target, item, scope, names_models=False)
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
        except _Break:
            return "break"
        except _Continue:
            pass
        return "escaped" if self._escapes != escapes else None

    def _uncertain_rest(self, stmt: ast.For, items: list, scope: Scope) -> None:
        """The passes after one that may have ended the loop: each an uncertain loop."""
        for item in items:
            self.bind(stmt.target, item, scope, names_models=False)
            self.uncertain_loop(stmt.body, scope)
        self.bind(stmt.target, UNKNOWN, scope)  # where it stopped is unknown

    def _while(self, stmt: ast.While, scope):
        """Followed step by step while its test is known (``while True: ... break``, a counter);
        from the first step kerashape cannot decide, an uncertain loop. A while loop inside
        one followed so is not followed step by step itself: the passes would multiply."""
        for _ in range(0 if self._in_while else MAX_WHILE):
            test = consts.truth(self.eval(stmt.test, scope))
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
        self.uncertain_loop(stmt.body, scope)

    def uncertain_loop(self, body, scope: Scope) -> None:
        """A loop kerashape cannot count: its body once, every change in it marked uncertain,
        and every name it rebinds unknown after it (it may have run any number of times)."""
        before = dict(scope.vars)
        self.uncertain += 1
        try:
            self.block(body, scope)
        except (_Break, _Continue):
            pass
        finally:
            self.uncertain -= 1
        _forget_changes(before, scope)

    def _with(self, stmt: ast.With, scope):
        for item in stmt.items:
            value = self.eval(item.context_expr, scope)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, value, scope)
        self.block(stmt.body, scope)

    def _try(self, stmt, scope):
        self.block(stmt.body, scope)
        self.block(stmt.orelse, scope)
        self.block(stmt.finalbody, scope)

    def _function_def(self, stmt, scope):
        func = self._function(stmt, scope)
        scope.vars[stmt.name] = func
        self._functions.append(func)

    def _function(self, node: ast.FunctionDef, scope: Scope) -> FuncObj:
        func = FuncObj(node, scope)
        func.on_shapes = lambda x, arguments: self.apply_to_shapes(func, x, arguments)
        func.on_values = lambda *args: self._call_later(func, args)
        return func

    def _call_later(self, func: FuncObj, args: tuple) -> Any:
        """A function of the file called while models are read (after the module ran)."""
        try:
            return self.call_function(func, args, {})
        except (Budget, RecursionError):
            return UNKNOWN

    def apply_to_shapes(self, func: FuncObj, x: Any, arguments: dict) -> Any:
        """A Lambda's function called on placeholder tensors of the input shape(s): the
        shape(s) it returns, or UNKNOWN. Nothing it does joins a model or takes a name."""
        if isinstance(x, tuple):
            inputs: Any = TensorObj(x)
        elif isinstance(x, list) and all(isinstance(s, tuple) for s in x):
            inputs = [TensorObj(s) for s in x]
        else:
            return UNKNOWN
        self._in_lambda += 1
        try:
            result = self.call_function(func, (inputs,), dict(arguments))
        except (Budget, RecursionError):
            return UNKNOWN
        finally:
            self._in_lambda -= 1
        if isinstance(result, TensorObj):
            return result.shape
        if _tensors_in(result):
            return [t.shape for t in result]
        return UNKNOWN

    def _class_def(self, stmt: ast.ClassDef, scope):
        # Methods see the module, not the class body (as in Python).
        body = Scope(scope)
        methods: Dict[str, FuncObj] = {}
        for item in stmt.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                methods[item.name] = FuncObj(item, scope)
                self._functions.append(methods[item.name])
            else:
                self.statement(item, body)
        bases = [self.eval(base, scope) for base in stmt.bases]
        parents = [b for b in bases if isinstance(b, ClassObj)]
        keras = [canonical(b.path) for b in bases if isinstance(b, Ref) and keras_path(b.path) is not None]
        if parents:
            kind: Optional[str] = parents[0].kind
        elif keras:
            kind = {"Functional": "model", "Layer": "layer"}.get(MODEL_CLASSES.get(keras[0], keras[0]))
        else:
            kind = "plain"  # no Keras base: a model builder, a config object
        if kind is None:  # a subclass of a Keras layer class: an opaque layer when instantiated
            scope.vars[stmt.name] = Ref("<class>." + stmt.name)
        else:
            inherited = dict(parents[0].methods) if parents else {}
            attrs = {**(parents[0].attrs if parents else {}), **body.vars}
            scope.vars[stmt.name] = ClassObj(stmt.name, {**inherited, **methods}, kind, attrs)

    _STATEMENTS = {
        ast.Expr: _expr_stmt,
        ast.Assign: _assign,
        ast.AnnAssign: _ann_assign,
        ast.AugAssign: _aug_assign,
        ast.Import: _import,
        ast.ImportFrom: _import_from,
        ast.Return: _return,
        ast.Global: _global,
        ast.Nonlocal: _nonlocal,
        ast.Break: _break,
        ast.Continue: _continue,
        ast.If: _if,
        ast.For: _for,
        ast.While: _while,
        ast.With: _with,
        ast.Try: _try,
        ast.FunctionDef: _function_def,
        ast.AsyncFunctionDef: _function_def,
        ast.ClassDef: _class_def,
    }
    if hasattr(ast, "TryStar"):
        _STATEMENTS[ast.TryStar] = _try

    # -- binding ----------------------------------------------------------------
    def bind(self, target: ast.expr, value: Any, scope: Scope, names_models: bool = True) -> None:
        """``target = value``. A model takes the name it is bound to (the module-level one wins:
        it is how users, and Keras's globals, know it), but not a loop variable's."""
        if isinstance(target, ast.Name):
            scope = scope.outer_names.get(target.id, scope)
            scope.vars[target.id] = value
            if names_models and isinstance(value, ModelObj) and (value.name is None or scope.parent is None):
                value.name = target.id
                value.module_level = value.module_level or scope.parent is None
        elif isinstance(target, (ast.Tuple, ast.List)):
            elements = target.elts
            items = consts.iterate(value, len(elements) + 1)
            if items is None or len(items) != len(elements) or any(
                    isinstance(e, ast.Starred) for e in elements):
                items = [UNKNOWN] * len(elements)
            for element, item in zip(elements, items):
                self.bind(element.value if isinstance(element, ast.Starred) else element, item, scope,
                          names_models)
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope) if target.attr == "trainable" or isinstance(
                target.value, ast.Name) else None
            if target.attr == "trainable":
                self._set_trainable(owner, value)
            if isinstance(owner, (InstanceObj, ModelObj)):
                owner.attrs[target.attr] = value
            dotted = dotted_name(target)
            if dotted:
                scope.vars[dotted] = value
                if isinstance(value, ModelObj) and value.name is None:
                    value.name = dotted
        elif isinstance(target, ast.Subscript):
            container = self.eval(target.value, scope)
            consts.store_item(container, self._subscript_key(target, scope), value)

    def _model_layers(self, model: ModelObj) -> Any:
        """``model.layers`` as Keras lists them (a Sequential's without its InputLayer), so
        ``for layer in model.layers[:3]: layer.trainable = False`` reaches the layers."""
        from .infer import infer_functional

        if model.uncertain:
            return UNKNOWN
        if model.kind == "Sequential":
            return [item for item in model.layers if not _is_input(item)]
        if model.kind == "Functional":
            steps = infer_functional(model).steps
            return [s.layer or s.model or (LayerObj("InputLayer", (), {}, s.node, s.name)
                                           if s.cls == "InputLayer" else UNKNOWN)
                    for s in steps] if steps else UNKNOWN
        return UNKNOWN

    def _get_layer(self, model: ModelObj, args: tuple, kwargs: dict) -> Any:
        """``model.get_layer(name)`` or ``model.get_layer(index=i)``."""
        layers = self._model_layers(model)
        if not isinstance(layers, list):
            return UNKNOWN
        name = args[0] if args else kwargs.get("name")
        if isinstance(name, str):
            found = [item for item in layers if getattr(item, "name", None) == name
                     or getattr(item, "keras_name", None) == name]
            return found[0] if found else UNKNOWN
        index = kwargs.get("index", args[1] if len(args) > 1 else None)
        if isinstance(index, int) and not isinstance(index, bool) and -len(layers) <= index < len(layers):
            return layers[index]
        return UNKNOWN

    def _set_trainable(self, owner: Any, value: Any) -> None:
        """``layer.trainable = False``: the flag the model's counts read at the end. Set where
        kerashape cannot tell whether the assignment ran, it is unknown unless unchanged."""
        if not isinstance(owner, (LayerObj, ModelObj)):
            return
        flag = consts.truth(value)
        current = True if owner.trainable_set is None else owner.trainable_set
        certain = flag is not None and (not self.uncertain or flag == current)
        owner.trainable_set = flag if certain else UNKNOWN
        if isinstance(owner, ModelObj):  # the setter sets every sublayer's flag too
            sublayers = owner.layers if owner.kind != "Functional" else self._model_layers(owner)
            for layer in sublayers if isinstance(sublayers, list) else ():
                if layer is not owner:
                    self._set_trainable(layer, value)

    # -- expressions ------------------------------------------------------------
    def eval(self, node: ast.expr, scope: Scope) -> Any:
        self.tick()
        if self.expr_depth > MAX_EXPR_DEPTH:
            return UNKNOWN
        self.expr_depth += 1
        try:
            handler = self._EXPRESSIONS.get(type(node))
            return UNKNOWN if handler is None else handler(self, node, scope)
        finally:
            self.expr_depth -= 1

    def _constant(self, node: ast.Constant, scope):
        return consts.literal(node.value)

    def _name(self, node: ast.Name, scope):
        name = node.id
        found, value = scope.lookup(name)
        if found:
            # A name bound to something unreadable (np.load(...), a merge of branches)
            # is still one value: a symbol says more than "unknown".
            return Poly.symbol(name) if value is UNKNOWN else value
        if name in self.constants:
            return self.constants[name]
        for module in scope.stars():
            if _star_exports(canonical("%s.%s" % (module, name))):
                return Ref("%s.%s" % (module, name))
        if name in consts.BUILTINS:
            return consts.Builtin(name)
        if name == "__name__":
            return "__main__"
        return Poly.symbol(name)

    def _attribute(self, node: ast.Attribute, scope):
        dotted = dotted_name(node)
        if dotted:
            found, value = scope.lookup(dotted)
            if found:
                return value
        base = self.eval(node.value, scope)
        attr = node.attr
        if base is UNKNOWN and dotted:
            base = Poly.symbol(dotted.rsplit(".", 1)[0])
        if isinstance(base, Ref):
            return None if base.path == "numpy" and attr == "newaxis" else Ref("%s.%s" % (base.path, attr))
        if isinstance(base, ArrayObj):
            found = arrays.attribute(base, attr)
            return _BoundMethod(base, attr) if found is UNKNOWN else found
        if isinstance(base, TensorObj) and attr == "shape":
            return base.shape
        if isinstance(base, Poly) and dotted:
            return self.constants.get(dotted, Poly.symbol(dotted))
        if isinstance(base, ModelObj) and attr == "layers":
            return self._model_layers(base)
        if isinstance(base, ModelObj) and base.kind == "Functional" and attr in _GRAPH_ENDS:
            ends = base.inputs if attr.startswith("input") else base.outputs
            if attr.endswith("s") and isinstance(ends, TensorObj):
                return [ends]
            return ends if _tensors_in(ends) else UNKNOWN
        if isinstance(base, LayerObj) and attr == "output":
            # Keras's layer.output: the output of its only call (it refuses for several)
            return base.call_outputs[0] if len(base.call_outputs) == 1 else UNKNOWN
        if isinstance(base, InstanceObj):
            if attr in base.cls.methods:
                return _BoundMethod(base, attr)
            return base.attrs.get(attr, base.cls.attrs.get(attr, UNKNOWN))
        if isinstance(base, ClassObj):  # Config.DIM, Builder.build(...) for a class/static method
            if attr in base.methods:
                return _BoundMethod(base, attr)
            return base.attrs.get(attr, UNKNOWN)
        if isinstance(base, (ModelObj, LayerObj, list, dict)) or (isinstance(base, str) and attr == "format"):
            return _BoundMethod(base, attr)
        return UNKNOWN

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

    def _tensor_key(self, part: ast.expr, scope) -> Any:
        """An index of a tensor: ints, slices of ints, None, ``...`` and tuples of them."""
        if isinstance(part, ast.Tuple):
            return tuple(self._tensor_key(p, scope) for p in part.elts)
        if isinstance(part, ast.Slice):
            bounds = [None if b is None else self.eval(b, scope) for b in (part.lower, part.upper, part.step)]
            ok = all(b is None or isinstance(b, int) and not isinstance(b, bool) for b in bounds)
            return slice(*bounds) if ok else NOT_CONST
        if isinstance(part, ast.Constant) and part.value is Ellipsis:
            return Ellipsis
        value = self.eval(part, scope)
        return value if value is None or isinstance(value, int) else NOT_CONST

    def _subscript(self, node: ast.Subscript, scope):
        base = self.eval(node.value, scope)
        if isinstance(base, TensorObj):
            return self.tensor_op("get_item", (base, self._tensor_key(node.slice, scope)), {}, node)
        if isinstance(base, ArrayObj):
            shape = ops.get_item(base.shape, self._tensor_key(node.slice, scope))
            return ArrayObj(shape) if isinstance(shape, tuple) else UNKNOWN
        key = self._subscript_key(node, scope)
        value = consts.item(base, key)
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
                spread = consts.iterate(self.eval(element.value, scope), MAX_LOOP)
                if spread is None:
                    return UNKNOWN
                items.extend(spread)
            else:
                items.append(self._as_layer(self.eval(element, scope), element))
        return tuple(items) if isinstance(node, ast.Tuple) else list(items)

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
        return out

    def _binary(self, node: ast.BinOp, scope):
        left, right = self.eval(node.left, scope), self.eval(node.right, scope)
        op = type(node.op).__name__
        return self._arithmetic(op, left, right, node)

    def _arithmetic(self, op: str, left: Any, right: Any, node: ast.AST) -> Any:
        if (isinstance(left, TensorObj) or isinstance(right, TensorObj)) and op in ops.OPERATORS:
            return self.tensor_op(ops.OPERATORS[op], (left, right), {}, node)
        if isinstance(left, ArrayObj) or isinstance(right, ArrayObj):
            return arrays.binary(left, right) if op != "MatMult" else UNKNOWN
        return consts.binary(op, left, right)

    def _unary(self, node: ast.UnaryOp, scope):
        operand = self.eval(node.operand, scope)
        if isinstance(operand, TensorObj) and isinstance(node.op, ast.USub):
            return self.tensor_op("negative", (operand,), {}, node)
        return consts.unary(type(node.op).__name__, operand)

    def tensor_op(self, function: str, args: tuple, kwargs: dict, node: ast.AST) -> Any:
        """A keras.ops call (or an operator) on symbolic tensors: a node of the graph that is
        not a layer. Without a tensor among its arguments it is plain numpy: unknown."""
        tensors = [t for a in args for t in (a if isinstance(a, (list, tuple)) else (a,))
                   if isinstance(t, TensorObj)]
        if function == "arange" and not tensors:  # arange(start, stop=None, step=1, dtype=None)
            bounds = list(args[:3]) + [kwargs.get(k) for k in ("start", "stop", "step")[len(args):]]
            while bounds and bounds[-1] is None:
                bounds.pop()
            size = consts.call_builtin("len", (consts.call_builtin("range", tuple(bounds), {}),), {})
            return TensorObj((size,), constant=True) if isinstance(size, int) else UNKNOWN
        if not tensors:
            return UNKNOWN
        if function == "shape" and isinstance(args[0], TensorObj):
            return args[0].shape  # the static shape, as a tuple (None where unknown)
        symbolic = tuple(t for t in tensors if not t.constant)

        def shape_of(value):
            if isinstance(value, TensorObj):
                return value.shape
            if isinstance(value, list) and value and all(isinstance(v, TensorObj) for v in value):
                return [v.shape for v in value]
            return value

        if function == "get_item":
            shape = ops.get_item(args[0].shape, args[1])
        else:
            shape = ops.output_shape(function, tuple(shape_of(a) for a in args), kwargs)
        if not symbolic:  # eager, on concrete values: no operation, no name
            return TensorObj(shape, constant=True)
        # In a Lambda's function or a subclass's call, Keras runs the ops on tracers: no names.
        eager = self._in_lambda or self._tracing
        op = OpObj(function, None if eager else self._auto_name(ops.name_prefix(function)))
        return TensorObj(shape, op, symbolic, 0, node, Out(shape, 0, 0))

    def _boolean(self, node: ast.BoolOp, scope):
        stop_on = not isinstance(node.op, ast.And)  # `or` stops at the first true operand
        value = self.eval(node.values[0], scope)
        for index, operand in enumerate(node.values[1:], 1):
            truth = consts.truth(value)
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
            step = consts.compare(type(op).__name__, left, right)
            if step is False:
                return False
            if step is not True:
                result = UNKNOWN
            left = right
        return result

    def _if_exp(self, node: ast.IfExp, scope):
        test = consts.truth(self.eval(node.test, scope))
        if test is True:
            return self.eval(node.body, scope)
        if test is False:
            return self.eval(node.orelse, scope)
        body, orelse = self.eval(node.body, scope), self.eval(node.orelse, scope)
        return body if _same_value(body, orelse) else UNKNOWN

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
                    value = consts.format_text(("{:" + spec + "}").format, value)
                else:
                    value = consts.call_builtin("str", (value,), {})
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
        return out if isinstance(node, ast.ListComp) else tuple(out)

    def _comp_for(self, generators: List[ast.comprehension], elt, scope: Scope, out: List[Any]) -> bool:
        comp = generators[0]
        items = consts.iterate(self.eval(comp.iter, scope), MAX_LOOP)
        if items is None:
            return False
        for item in items:
            self.bind(comp.target, item, scope, names_models=False)
            keep = [consts.truth(self.eval(test, scope)) for test in comp.ifs]
            if any(k is None for k in keep):
                return False
            if not all(keep):
                continue
            if len(generators) > 1:
                if not self._comp_for(generators[1:], elt, scope, out):
                    return False
            else:
                out.append(self._as_layer(self.eval(elt, scope), elt))
        return True

    def _call(self, node: ast.Call, scope):
        func = self.eval(node.func, scope)
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        dynamic = False
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                spread = consts.iterate(self.eval(arg.value, scope), MAX_LOOP)
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

    _EXPRESSIONS = {
        ast.Constant: _constant,
        ast.Name: _name,
        ast.Attribute: _attribute,
        ast.Subscript: _subscript,
        ast.Tuple: _sequence,
        ast.List: _sequence,
        ast.Set: _sequence,
        ast.Dict: _dict,
        ast.BinOp: _binary,
        ast.UnaryOp: _unary,
        ast.BoolOp: _boolean,
        ast.Compare: _comparison,
        ast.IfExp: _if_exp,
        ast.NamedExpr: _named_expr,
        ast.JoinedStr: _joined_str,
        ast.Lambda: _lambda,
        ast.ListComp: _comprehension,
        ast.GeneratorExp: _comprehension,
        ast.SetComp: _comprehension,
        ast.Call: _call,
    }

    # -- calls ------------------------------------------------------------------
    def call(self, func: Any, args: tuple, kwargs: dict, node: ast.Call, scope: Scope,
             dynamic: bool = False) -> Any:
        if isinstance(func, Ref) and func.path.startswith("numpy."):
            return UNKNOWN if dynamic else arrays.numpy_call(func.path[6:], args, kwargs)
        if isinstance(func, Ref):
            return self.call_keras(func, args, kwargs, node, dynamic)
        if isinstance(func, _BoundMethod):
            return self.call_method(func, args, kwargs, node)
        if isinstance(func, consts.Builtin):
            if func.name == "len" and len(args) == 1 and isinstance(args[0], ArrayObj) and args[0].shape:
                return args[0].shape[0]
            if func.name == "isinstance" and len(args) == 2 and isinstance(args[0], (LayerObj, ModelObj)):
                return _is_instance(args[0], args[1])
            return consts.call_builtin(func.name, args, kwargs)
        if isinstance(func, FuncObj) and not dynamic:
            return self.call_function(func, args, kwargs)
        if isinstance(func, (LayerObj, ModelObj)):
            return self.call_layer(func, args, kwargs, node)
        if isinstance(func, ClassObj) and not dynamic:
            return self.instantiate(func, args, kwargs, node)
        return UNKNOWN

    # -- keras.Model subclasses ---------------------------------------------------
    def instantiate(self, cls: ClassObj, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``Net(...)``: run ``__init__`` with ``self`` bound to a new model; the layers it
        assigns to ``self`` (lists included) are the model's layers, in assignment order.
        A custom layer is built the same way but is no model of the file; a plain class
        gives an instance whose methods can be called."""
        if cls.kind == "plain":
            instance = InstanceObj(cls)
            init = cls.methods.get("__init__")
            if init is not None:
                self.run_method(init, instance, args, kwargs)
            return instance
        model = ModelObj("Subclassed", node, keras_name=self._name_for(cls.name, kwargs), cls=cls)
        model.on_input = lambda shape: self._trace_build(model, shape, node)
        init = cls.methods.get("__init__")
        if init is not None and self.run_method(init, model, args, kwargs) is _FAILED:
            model.uncertain = True
        _collect_layers(model)
        if cls.kind == "model" and not self._in_lambda:
            self.models.append(model)
        return model

    def trace(self, model: ModelObj, inputs: Any) -> None:
        """Follow the model's ``build`` (if the file defines one) on the input shape, then its
        ``call`` on the input tensors, once, as its first call does."""
        call = model.cls.methods.get("call") if model.cls else None
        if call is None or model.outputs is not None:
            return
        build = model.cls.methods.get("build")
        self._tracing.append(model)
        try:
            if build is not None:
                shapes = [t.shape for t in inputs] if isinstance(inputs, (list, tuple)) else inputs.shape
                if self.run_method(build, model, (shapes,), {}) is _FAILED:
                    model.uncertain = True
            outputs = self.run_method(call, model, (inputs,), {})
        finally:
            self._tracing.pop()
        _collect_layers(model)  # build() may have made more
        model.inputs = inputs
        model.outputs = outputs if _tensors_in(outputs) else None
        model.traced = model.outputs is not None

    def add_weight(self, model: ModelObj, args: tuple, kwargs: dict) -> Any:
        """``self.add_weight(shape=..., trainable=...)`` in a subclass: a weight of that size.
        Keras 2 code passes the name first, so a positional shape is read only as a tuple."""
        shape = kwargs.get("shape", args[0] if args and isinstance(args[0], (tuple, list)) else None)
        trainable = kwargs.get("trainable", args[3] if len(args) > 3 else True)
        dims = consts.iterate(shape, 64) if shape is not None else None
        size: Any = UNKNOWN
        if dims is not None and all(isinstance(d, (int, Poly)) and not isinstance(d, bool) for d in dims):
            size = 1
            for d in dims:
                size = size * d
        if self.uncertain or not isinstance(trainable, bool):
            size, trainable = UNKNOWN, UNKNOWN
        model.weights.append((size, trainable))
        # The variable: a concrete value of that shape to the ops that use it, never a node.
        return TensorObj(tuple(dims), constant=True) if size is not UNKNOWN else UNKNOWN

    def run_method(self, func: FuncObj, model: Any, args: tuple, kwargs: dict) -> Any:
        """A method with ``self`` bound to ``model`` (or a plain instance): ``self.x`` reads
        and writes go to its ``attrs``. Returns what it returns, or _FAILED when it could not
        be run."""
        params = func.node.args.posonlyargs + func.node.args.args
        if not params or self.call_depth >= MAX_CALL_DEPTH or func.node in self._active:
            return _FAILED
        self_name = params[0].arg
        self._called.add(func.node)
        scope = Scope(func.scope)
        cls = getattr(model, "cls", None)
        for attrs in ([cls.attrs] if cls is not None else []) + [model.attrs]:
            scope.vars.update(("%s.%s" % (self_name, k), v) for k, v in attrs.items())
        if not self._bind_params(func.node.args, (model,) + tuple(args), kwargs, scope, func.scope, False):
            return _FAILED
        self.call_depth += 1
        self._active.add(func.node)
        result: Any = None
        try:
            self.block(func.node.body, scope)
        except _Return as ret:
            result = ret.value
        except (_Break, _Continue):
            pass
        finally:
            self.call_depth -= 1
            self._active.discard(func.node)
            prefix = self_name + "."
            for key, value in scope.vars.items():
                if key.startswith(prefix) and "." not in key[len(prefix):]:
                    model.attrs[key[len(prefix):]] = value
        return result

    def call_layer(self, layer: Any, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``layer(x)`` in the functional API: a new tensor that remembers its producer."""
        from .infer import apply_model

        inputs = args[0] if args else kwargs.get("inputs")
        # Attention layers: layer(query, value[, key]), positionally or by keyword.
        named = [kwargs[k] for k in ("query", "value", "key") if k in kwargs]
        if len(args) + len(named) > 1 and all(isinstance(a, TensorObj) for a in args + tuple(named)):
            inputs = list(args) + named
        if isinstance(inputs, TensorObj):
            tensors, shape = (inputs,), inputs.shape
        elif isinstance(inputs, (list, tuple)) and inputs and all(isinstance(t, TensorObj) for t in inputs):
            tensors, shape = tuple(inputs), [t.shape for t in inputs]
        else:
            layer.calls += 1  # Keras did call (and build) it, on something kerashape cannot read
            return UNKNOWN
        constant = all(t.constant for t in tensors)  # an eager call: builds the layer, makes no node
        # Keras's node lists every tensor of the call: mask=, initial_state=, ... after the inputs
        for key in sorted(k for k in kwargs if k not in ("inputs", "query", "value", "key")):
            extra = kwargs[key]
            for t in extra if isinstance(extra, (list, tuple)) else (extra,):
                if isinstance(t, TensorObj):
                    tensors += (t,)
        tensors = tuple(t for t in tensors if not t.constant)
        if isinstance(layer, ModelObj) and layer.kind == "Subclassed":
            self.trace(layer, inputs)
        if isinstance(layer, ModelObj) and layer.kind == "Sequential" and not _model_built(layer) \
                and isinstance(shape, tuple):
            layer.build_shape = shape  # calling a Sequential on a tensor builds it, as in Keras
            self._built(layer)
        error = None
        try:
            out = apply_model(layer, shape) if isinstance(layer, ModelObj) else run(layer, shape)
        except ShapeError as e:
            error, out = e, Out(UNKNOWN, UNKNOWN, UNKNOWN)
        call, layer.calls = layer.calls, layer.calls + 1
        if call == 0 and isinstance(layer, LayerObj) and error is None:
            for sublayer in BUILD_SUBLAYERS.get(layer.cls, ()):
                self._auto_name(sublayer)
        made = [TensorObj(s, layer, tensors, i, node, out, error, call, constant=constant, in_shape=shape)
                for i, s in enumerate(out.shape)] if isinstance(out.shape, list) else \
            TensorObj(out.shape, layer, tensors, 0, node, out, error, call, constant=constant, in_shape=shape)
        if self._tracing:
            self._tracing[-1].first_calls.setdefault(id(layer), made[0] if isinstance(made, list) else made)
        if isinstance(layer, LayerObj):
            layer.call_outputs.append(made)
        return made

    def call_function(self, func: FuncObj, args: tuple, kwargs: dict, standalone: bool = False):
        """Evaluate a helper of the file with its arguments bound; bounded depth."""
        if self.call_depth >= MAX_CALL_DEPTH or func.node in self._active:
            return UNKNOWN  # recursion: its result is unknown, and following it is exponential
        self._called.add(func.node)
        scope = Scope(func.scope)
        if not self._bind_params(func.node.args, args, kwargs, scope, func.scope, standalone):
            return UNKNOWN
        self.call_depth += 1
        self._active.add(func.node)
        try:
            self.block(func.node.body, scope)
        except _Return as ret:
            return ret.value
        except (_Break, _Continue):
            pass
        finally:
            self.call_depth -= 1
            self._active.discard(func.node)
        return None

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

    def call_keras(self, ref: Ref, args: tuple, kwargs: dict, node: ast.Call, dynamic: bool):
        name = canonical(ref.path)
        if ref.path.startswith("<class>."):
            return self.new_layer(ref.path.split(".", 1)[1], ref.path.split(".", 1)[1], args,
                                  kwargs, node, dynamic)
        if name is None:
            return UNKNOWN
        if name in MODEL_CLASSES:
            return self.new_model(MODEL_CLASSES[name], args, kwargs, node)
        if name == "Input":
            layer_name = self._name_for("InputLayer", kwargs)
            try:
                return TensorObj(_input_shape(args, kwargs), node=node, name=layer_name)
            except ShapeError as e:  # keras.Input(shape=784): KSH105 at the Input
                return TensorObj(UNKNOWN, node=node, error=e, name=layer_name)
        if (keras_path(ref.path) or "").startswith("ops."):
            return self.tensor_op(ref.path.rsplit(".", 1)[-1], args, kwargs, node)
        if name in MERGE_FUNCTIONS and (args or "inputs" in kwargs):
            # keras.layers.add([a, b]) is Add()([a, b]); concatenate takes axis= too.
            inputs = args[:1] if args else (kwargs.pop("inputs"),)
            layer = self.new_layer(MERGE_FUNCTIONS[name], name, (), dict(kwargs), node)
            return self.call_layer(layer, inputs, {}, node)
        if name == "epsilon" and not args:
            return 1e-07  # keras.backend.epsilon(), as configured by default
        path = keras_path(ref.path) or ""
        if path.startswith("datasets.") and name == "load_data" and not args:
            return arrays.load_data(path.split(".")[1], kwargs)
        if name == "to_categorical" and args:
            return arrays.to_categorical(args[0], args[1] if len(args) > 1 else kwargs.get("num_classes"))
        if name == "pad_sequences" and args:
            return arrays.pad_sequences(args[0], kwargs.get("maxlen", args[1] if len(args) > 1 else None))
        if name == "image_data_format":
            return self.image_data_format
        if name in REGISTRY or name == "InputLayer" or (
                name[:1].isupper() and ".layers." in "." + keras_path(ref.path) + "."):
            written = ref.path.rsplit(".", 1)[-1]
            return self.new_layer(name, written, args, kwargs, node, dynamic)
        return UNKNOWN

    def new_layer(self, cls: str, written: str, args: tuple, kwargs: dict, node, dynamic=False):
        args, kwargs, notes = legacy.translate(written, cls, args, kwargs)
        keras_name = self._name_for(cls, kwargs)
        return LayerObj(cls, args, kwargs, node, keras_name, self.image_data_format, notes,
                        uncertain=self.uncertain > 0, dynamic_kwargs=dynamic)

    def _name_for(self, cls: str, kwargs: dict) -> Optional[str]:
        """Keras's name for a new layer or model: ``name=`` if given, else the next auto name.
        A name given but unreadable is unknown, and takes no auto name from later layers."""
        explicit = kwargs.get("name")
        if explicit is None:
            return self._auto_name(cls)
        return explicit if isinstance(explicit, str) else None

    def _auto_name(self, cls: str) -> str:
        prefix = to_snake_case(cls)
        count = self._uids.get(prefix, 0)
        self._uids[prefix] = count + 1
        return prefix if count == 0 else "%s_%d" % (prefix, count)

    def new_model(self, kind: str, args: tuple, kwargs: dict, node: ast.Call) -> ModelObj:
        model = ModelObj(kind, node, keras_name=self._name_for(kind, kwargs))
        model.depth = self.uncertain  # type: ignore[attr-defined]
        if kind == "Sequential":
            layers = args[0] if args else kwargs.get("layers")
            if isinstance(layers, (list, tuple)):
                model.layers.extend(layers)
                if layers and _declares_shape(layers[0]):
                    self._name_input_layer(model)
                if layers and (_declares_shape(layers[0]) or len(layers) > 1 and _is_input(layers[0])):
                    self._rebuilt(model)  # built at once: see _built
                elif len(layers) > 1 and _model_built(layers[0]):
                    self._built(model)  # a built model first gives its input shape
            elif layers is not None:
                model.uncertain = True  # layers kerashape cannot list: how many is unknown
        else:
            for old, new in legacy.MODEL_RENAMED.items():
                if old in kwargs and new not in kwargs:  # Keras 1's Model(input=..., output=...)
                    kwargs = dict(kwargs, **{new: kwargs[old]})
                    model.legacy.append("Model(%s=...) is Keras 1: write %s=..." % (old, new))
            model.inputs = args[0] if args else kwargs.get("inputs")
            model.outputs = args[1] if len(args) > 1 else kwargs.get("outputs")
        if not self._in_lambda:  # every call builds a model: a helper called twice, two models
            self.models.append(model)
        return model

    def _name_input_layer(self, model: ModelObj) -> None:
        """A Sequential given a shape makes an InputLayer of its own, which takes the next
        ``input_layer`` name (so later Inputs are named as Keras names them)."""
        if not model.input_layer_named and model.kind == "Sequential" and not (
                model.layers and _is_input(model.layers[0])):
            model.input_layer_named = True
            self._auto_name("InputLayer")

    def _built(self, model: ModelObj) -> None:
        """Keras builds a Sequential as a Functional of its own, named ``functional_N``
        (sequential.py ``build``), so later models' names count it."""
        if model.kind == "Sequential":
            self._name_input_layer(model)
            self._rebuilt(model)

    def _rebuilt(self, model: ModelObj) -> None:
        """Each (re)build of a Sequential calls its layers on a new Input, which builds a
        Sequential among them that was never built (its names first), then makes a Functional."""
        for item in model.layers:
            if isinstance(item, ModelObj) and item.kind == "Sequential" and not item.input_layer_named \
                    and not _model_built(item):
                self._built(item)
        self._auto_name("Functional")

    def _trace_build(self, model: ModelObj, shape: Any, node: ast.Call) -> None:
        from .infer import full_shape

        try:
            tensor = TensorObj(full_shape(shape, with_batch=True), node=node)
        except ShapeError:
            return
        if isinstance(tensor.shape, tuple):
            try:
                self.trace(model, tensor)
            except (Budget, RecursionError):
                model.uncertain = True

    def call_method(self, method: "_BoundMethod", args: tuple, kwargs: dict, node: ast.Call):
        target, name = method.target, method.name
        if isinstance(target, ArrayObj):
            return arrays.method(target, name, args, kwargs)
        if isinstance(target, InstanceObj):
            result = self.run_method(target.cls.methods[name], target, args, kwargs)
            return UNKNOWN if result is _FAILED else result
        if isinstance(target, ClassObj):
            func = target.methods[name]
            decorators = {dotted_name(d) for d in func.node.decorator_list}
            if "classmethod" in decorators:
                args = (target,) + tuple(args)
            elif "staticmethod" not in decorators and not args:
                return UNKNOWN  # an instance method called on the class needs its instance
            return self.call_function(func, args, kwargs)
        if isinstance(target, ModelObj) and name == "add_weight" and target.kind == "Subclassed":
            return self.add_weight(target, args, kwargs)
        if isinstance(target, ModelObj):
            labels.record(target, name, args, kwargs, node)
            if name == "add" and args:
                item = self._as_layer(args[0], node.args[0])
                if self.uncertain > getattr(target, "depth", 0):
                    if isinstance(item, LayerObj):
                        item.uncertain = True
                    target.uncertain = True
                if not target.layers and _declares_shape(item):
                    self._name_input_layer(target)
                target.layers.append(item)
                first = target.layers[0]
                # Every add rebuilds it (see _built) once its InputLayer has a layer after it;
                # a first layer with input_shape= brings an InputLayer of its own.
                if _declares_shape(first) or len(target.layers) > 1 and _is_input(first):
                    self._rebuilt(target)
                elif len(target.layers) > 1 and _model_built(first):
                    self._built(target)
            elif name == "get_layer":
                return self._get_layer(target, args, kwargs)
            elif name == "pop" and target.layers and self.uncertain <= getattr(target, "depth", 0):
                return target.layers.pop()
            elif name == "build":
                shape = args[0] if args else kwargs.get("input_shape")
                target.build_shape = shape
                target.build_node = node
                self._built(target)
                if target.kind == "Subclassed":
                    self._trace_build(target, shape, node)
            return None if name in ("add", "build", "summary", "compile") else UNKNOWN
        if isinstance(target, str):  # str.format, the one string method names are built with
            return consts.format_text(target.format, *args) if not kwargs else UNKNOWN
        if isinstance(target, list):
            if name == "append" and len(args) == 1:
                target.append(self._as_layer(args[0], node.args[0]))
                return None
            if name == "extend" and len(args) == 1:
                items = consts.iterate(args[0], MAX_LOOP)
                if items is not None:
                    target.extend(items)
                    return None
            if name == "insert" and len(args) == 2 and isinstance(args[0], int):
                target.insert(args[0], args[1])
                return None
            if name == "pop" and len(args) <= 1 and all(isinstance(a, int) for a in args) and target:
                index = args[0] if args else -1
                return target.pop(index) if -len(target) <= index < len(target) else UNKNOWN
            if name == "clear" and not args:
                target.clear()
                return None
            if name == "reverse" and not args:
                target.reverse()
                return None
        return UNKNOWN

    def _as_layer(self, value: Any, node: ast.expr) -> Any:
        """A call kerashape cannot read, used as a layer, is an opaque layer of that name."""
        if value is UNKNOWN and isinstance(node, ast.Call):
            written = dotted_name(node.func)
            if written:
                cls = written.rsplit(".", 1)[-1]
                return LayerObj(cls, (), {}, node, self._auto_name(cls), self.image_data_format,
                                uncertain=self.uncertain > 0)
        return value


_GRAPH_ENDS = ("input", "inputs", "output", "outputs")  # a functional model's tensors
_FAILED = object()  # a method kerashape could not run (recursion, depth, unbindable arguments)


def _collect_layers(model: ModelObj) -> None:
    """A subclass's layers: those its methods assigned to ``self`` (lists included), in order."""
    known = {id(layer) for layer in model.layers}
    for value in model.attrs.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, (LayerObj, ModelObj)) and id(item) not in known:
                known.add(id(item))
                model.layers.append(item)


def _forget_changes(before: Dict[str, Any], scope: Scope) -> None:
    """After code that may or may not have run: a name it rebound (or bound) is unknown."""
    for name, value in list(scope.vars.items()):
        if name not in before or not _same_value(before[name], value):
            scope.vars[name] = UNKNOWN


def _star_exports(name: Optional[str]) -> bool:
    """Whether ``from keras.<module> import *`` can have bound a name kerashape reads."""
    return name is not None and (name in REGISTRY or name in MODEL_CLASSES or name in MERGE_FUNCTIONS
                                 or name in ("Input", "InputLayer", "Layer"))


def _tensors_in(value: Any) -> bool:
    if isinstance(value, TensorObj):
        return True
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(v, TensorObj) for v in value)


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


def _is_input(item: Any) -> bool:
    return isinstance(item, TensorObj) or isinstance(item, LayerObj) and item.cls == "InputLayer"


def _declares_shape(item: Any) -> bool:
    return isinstance(item, LayerObj) and item.cls != "InputLayer" and item.shape_arg()[0] is not None


def _is_instance(obj: Any, classes: Any) -> Any:
    """``isinstance(layer, layers.Dense)`` as Keras's class tree answers it; UNKNOWN where
    kerashape does not know the class (a custom layer, a class not from Keras)."""
    found: Any = False
    for ref in classes if isinstance(classes, tuple) else (classes,):
        name = canonical(ref.path) if isinstance(ref, Ref) else None
        if name is None or ref.path.startswith("<class>."):
            found = UNKNOWN
        elif isinstance(obj, ModelObj):
            if name in ("Layer", "Model") or name == obj.kind:
                return True
            if obj.kind == "Subclassed" or name not in REGISTRY and name not in MODEL_CLASSES:
                found = UNKNOWN
        elif name == obj.cls or name == "Layer" or obj.cls in (SUBCLASSES.get(name) or ()):
            return True
        elif obj.cls not in REGISTRY and obj.cls != "InputLayer" or \
                name not in REGISTRY and name not in MODEL_CLASSES:
            found = UNKNOWN
    return found


def _model_built(item: Any, depth: int = 0) -> bool:
    """Whether a model has an input shape (Keras's ``input_shape`` property), so a Sequential
    it starts builds at once (sequential.py ``_maybe_rebuild``)."""
    if not isinstance(item, ModelObj) or depth > 8:
        return False
    if item.kind == "Functional":
        return True
    first = item.layers[0] if item.layers else None
    return item.kind == "Sequential" and (item.build_shape is not None or len(item.layers) > 1 and (
        _declares_shape(first) or _is_input(first) or _model_built(first, depth + 1)))


def _input_shape(args: tuple, kwargs: dict) -> Any:
    """keras.Input(shape=..., batch_size=..., batch_shape=...) as a full shape."""
    from .infer import full_shape

    if "batch_shape" in kwargs:
        return full_shape(kwargs["batch_shape"], with_batch=True)
    shape = args[0] if args else kwargs.get("shape")
    batch = args[1] if len(args) > 1 else kwargs.get("batch_size")
    return full_shape(shape, batch=batch)
