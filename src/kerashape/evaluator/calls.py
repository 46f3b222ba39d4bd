"""Calls: dispatch by what is called, the functions and methods of the file (run with their
arguments bound, to a bounded depth), plain classes; a library's calls go to its hook, and
anything else is a call outside the file (see :mod:`.containers`)."""
from __future__ import annotations

import ast
from typing import Any, Optional

from ..shapes import UNKNOWN, Unknown
from .builtins import Builtin, call_builtin
from .constants import str_method
from .library import NOT_HANDLED
from .limits import MAX_CALL_DEPTH
from .objects import FAILED, BoundMethod, ClassObj, FuncObj, InstanceObj, Partial, Ref, SuperObj
from .scope import Break, Continue, Return, Scope, dotted_name

# Functions outside the file known not to change what they are given (logging, plotting, saving).
PURE = ("json.dump", "os.path.", "os.makedirs", "os.mkdir", "logging.", "matplotlib.", "math.",
        "pickle.dump", "time.", "warnings.", "random.seed")


SUPER = " super"  # the scope entry of a method's (class, self): no name the file can write


class Calls:
    """``func(*args, **kwargs)`` once its parts are evaluated."""

    def call(self, func: Any, args: tuple, kwargs: dict, node: ast.Call, scope: Scope,
             dynamic: bool = False) -> Any:
        if isinstance(func, Partial):  # the library sees the call the partial stands for
            merged = {**func.kwargs, **kwargs}
            return self.call(func.func, func.args + tuple(args), merged, node, scope, dynamic)
        if isinstance(func, Builtin) and func.name == "super" and not args:
            found, pair = scope.lookup(SUPER)
            return SuperObj(*pair) if found else UNKNOWN
        if isinstance(func, Ref) and func.path == "functools.partial" and args and not dynamic:
            return Partial(args[0], tuple(args[1:]), dict(kwargs))
        result = self.library.call(func, args, kwargs, node, dynamic)
        if result is not NOT_HANDLED:
            return result
        if isinstance(func, BoundMethod):
            return self.call_method(func, args, kwargs, node)
        if isinstance(func, Builtin):
            result = call_builtin(func.name, args, kwargs)
            unexplained = isinstance(result, Unknown) and result.why is None
            return Unknown("`\0` is not computed by kerashape", node) if unexplained else result
        if isinstance(func, FuncObj) and not dynamic:
            return self.call_function(func, args, kwargs, node=node)
        if isinstance(func, ClassObj) and not dynamic:
            return self.instantiate(func, args, kwargs, node)
        pure = isinstance(func, Ref) and func.path.startswith(PURE)
        return self._outside(args, kwargs, node, pure=pure)

    def call_function(self, func: FuncObj, args: tuple, kwargs: dict, standalone: bool = False,
                      node: Optional[ast.AST] = None):
        """Evaluate a helper of the file with its arguments bound; bounded depth. One it does
        not follow (recursion: following it is exponential) is as a call outside the file."""
        if self.call_depth >= MAX_CALL_DEPTH or func.node in self._active:
            return self._outside(args, kwargs, node or func.node)
        self._called.add(func.node)
        scope = Scope(func.scope)
        if not self._bind_params(func.node.args, args, kwargs, scope, func.scope, standalone):
            return self._outside(args, kwargs, node or func.node)
        if standalone and getattr(func.owner, "kind", None) == "plain":
            self._bind_owner(func, scope)
        self.call_depth += 1
        self._active.add(func.node)
        try:
            self.block(func.node.body, scope)
        except Return as ret:
            return ret.value
        except (Break, Continue):
            pass
        finally:
            self.call_depth -= 1
            self._active.discard(func.node)
        return None

    @staticmethod
    def _bind_owner(func: FuncObj, scope: Scope) -> None:
        """A builder class's method read on its own: ``self.conv_block(x)`` is its method, and
        its attributes (set where kerashape cannot see) are unknown; ``cls`` is the class."""
        params = func.node.args.posonlyargs + func.node.args.args
        decorators = {dotted_name(d) for d in func.node.decorator_list}
        if not params or "staticmethod" in decorators:
            return
        first = params[0].arg
        why = Unknown("`%s` is an instance of %s that the file never makes" % (first, func.owner.name))
        scope.vars[first] = func.owner if "classmethod" in decorators else InstanceObj(func.owner, lost=why)

    def run_method(self, func: FuncObj, model: Any, args: tuple, kwargs: dict) -> Any:
        """A method with ``self`` bound to ``model`` (or a plain instance): ``self.x`` reads
        and writes go to its ``attrs``. Returns what it returns, or FAILED when it could not
        be run."""
        params = func.node.args.posonlyargs + func.node.args.args
        if not params or self.call_depth >= MAX_CALL_DEPTH or func.node in self._active:
            return FAILED
        self_name = params[0].arg
        self._called.add(func.node)
        scope = Scope(func.scope)
        scope.vars[SUPER] = (func.owner, model)
        cls = getattr(model, "cls", None)
        for attrs in ([cls.attrs] if cls is not None else []) + [model.attrs]:
            scope.vars.update(("%s.%s" % (self_name, k), v) for k, v in attrs.items())
        if not self._bind_params(func.node.args, (model,) + tuple(args), kwargs, scope, func.scope, False):
            return FAILED
        self.call_depth += 1
        self._active.add(func.node)
        result: Any = None
        try:
            self.block(func.node.body, scope)
        except Return as ret:
            result = ret.value
        except (Break, Continue):
            pass
        finally:
            self.call_depth -= 1
            self._active.discard(func.node)
            prefix = self_name + "."
            for key, value in scope.vars.items():
                if key.startswith(prefix) and "." not in key[len(prefix):]:
                    model.attrs[key[len(prefix):]] = value
        return result

    def instantiate(self, cls: ClassObj, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``Cls(...)``: a plain class gives an instance whose ``__init__`` has run and whose
        methods can be called; a library's kind of class is the library's to build."""
        made = self.library.instantiate(cls, args, kwargs, node)
        if made is not NOT_HANDLED:
            return made
        instance = InstanceObj(cls)
        init = cls.methods.get("__init__")
        if init is not None and self.run_method(init, instance, args, kwargs) is FAILED:
            self._outside(args, kwargs, node)
        return instance

    def call_method(self, method: BoundMethod, args: tuple, kwargs: dict, node: ast.Call):
        target, name = method.target, method.name
        if isinstance(target, InstanceObj):
            func = target.cls.methods[name]
            decorators = {dotted_name(d) for d in func.node.decorator_list}
            if decorators & {"staticmethod", "classmethod"}:  # no `self`: as called on the class
                return self.call_method(BoundMethod(target.cls, name), args, kwargs, node)
            result = self.run_method(func, target, args, kwargs)
            return self._outside(args, kwargs, node) if result is FAILED else result
        if isinstance(target, ClassObj):
            func = target.methods[name]
            decorators = {dotted_name(d) for d in func.node.decorator_list}
            if "classmethod" in decorators:
                args = (target,) + tuple(args)
            elif "staticmethod" not in decorators and not args:
                return UNKNOWN  # an instance method called on the class needs its instance
            return self.call_function(func, args, kwargs, node=node)
        if isinstance(target, SuperObj):  # the method of the first base of the file that has it
            for base in getattr(target.owner, "bases", ()):
                if isinstance(base, ClassObj) and name in base.methods:
                    result = self.run_method(base.methods[name], target.instance, args, kwargs)
                    return self._outside(args, kwargs, node) if result is FAILED else result
            return None if name == "__init__" else UNKNOWN
        if isinstance(target, str):
            return str_method(target, name, args, kwargs)
        if isinstance(target, (list, dict)):
            return self._container_method(target, name, args, kwargs, node)
        return UNKNOWN
