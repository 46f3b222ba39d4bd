"""Lists and dicts that change: a change is applied exactly where it certainly happens; where
it may or may not (code that may not run, a call outside the file, a method kerashape does
not model), the container loses its contents in place, so every alias sees that."""
from __future__ import annotations

import ast
from typing import Any, Tuple

from ..shapes import UNKNOWN, Poly, Unknown, source_text
from . import constants
from .flow import region_text
from .limits import MAX_LOOP
from .objects import InstanceObj


class Containers:
    """Changes to lists, dicts and objects, and calls the evaluator does not follow."""

    def _change(self, container: Any, node: ast.AST) -> bool:
        """Whether a change to a list or dict may be applied here. In code that may or may not
        run (or runs an unknown number of times), on a container made before it, the change
        may or may not happen: the container's contents are lost instead, in place, so every
        name and object sharing it sees that."""
        if not isinstance(container, (list, dict)) or constants.lost(container) is not None:
            return False
        born = self._born.get(id(container))
        depth = born[1] if born is not None and born[0] is container else 0
        if self.uncertain <= depth:
            return True  # made in this uncertain code: changed as it runs
        self._lose(container, node, "is changed in " + region_text(self.regions[depth]))
        return False

    @staticmethod
    def _lose(container: Any, node: ast.AST, why: str) -> None:
        constants.lose(container, "`%s` %s" % (source_text(node), why), None)

    def _made(self, value: Any) -> Any:
        """A list or dict made here: changes to it in the same uncertain code are certain."""
        if self.regions and isinstance(value, (list, dict)):
            self._born[id(value)] = (value, self.uncertain)
        return value

    def _extend(self, target: list, items_value: Any, node: ast.AST) -> None:
        if self._change(target, node):
            items = constants.iterate(items_value, MAX_LOOP)
            if items is None:
                self._lose(target, node, "is extended by `%s`, which kerashape cannot list"
                           % ("?" if not isinstance(node, ast.AST) else source_text(node)))
            else:
                target.extend(items)

    def _outside(self, args: tuple, kwargs: dict, node: ast.AST, pure: bool = False) -> Any:
        """A call kerashape does not follow: its result is unknown, and (unless it is known
        not to change its arguments) every list, dict and object reachable from what it
        was given may have been changed by it."""
        if not pure:
            seen: set = set()
            for value in list(args) + list(kwargs.values()):
                self._lose_reachable(value, node, seen, 0)
        return Unknown("`\0` is computed outside the file", node)

    def _lose_reachable(self, value: Any, node: ast.AST, seen: set, depth: int) -> None:
        if id(value) in seen or depth > 8:
            return
        seen.add(id(value))
        if isinstance(value, (list, tuple, dict)):
            for item in list(value.values() if isinstance(value, dict) else value):
                self._lose_reachable(item, node, seen, depth + 1)
            if not isinstance(value, tuple):
                text = source_text(node).replace("\0", "?")
                constants.lose(value, "passed to `%s`, a call outside the file" % text, node)
        elif isinstance(value, InstanceObj):
            for item in list(value.attrs.values()):
                self._lose_reachable(item, node, seen, depth + 1)
            value.attrs.clear()
            value.lost = Unknown("`\0` may change its attributes", node)

    def _container_method(self, target: Any, name: str, args: tuple, kwargs: dict, node: ast.Call):
        """A method of a list or dict: read, or changed as Python changes it; a change
        kerashape cannot make exactly loses the container's contents instead."""
        owner = node.func.value if isinstance(node.func, ast.Attribute) else node.func
        if name in _READ_METHODS:
            lost = constants.lost(target)
            return lost if lost is not None else self._made(_read_method(target, name, args, kwargs))
        if not self._change(target, owner):
            lost = constants.lost(target)
            return UNKNOWN if lost is None else lost
        if isinstance(target, list) and name == "append" and len(args) == 1 and not kwargs:
            target.append(self.library.element(args[0], node.args[0]))
            return None
        if isinstance(target, list) and name == "extend" and len(args) == 1:
            self._extend(target, args[0], node.args[0])
            return None
        done, result = _change_container(target, name, args, kwargs)
        if not done:
            self._lose(target, owner, "is changed by `.%s(...)` in a way kerashape cannot follow, line %d"
                       % (name, node.lineno))
            return constants.lost(target)
        return result


_READ_METHODS = frozenset({"index", "count", "copy", "get", "keys", "values", "items"})


def _read_method(target: Any, name: str, args: tuple, kwargs: dict) -> Any:
    """A list or dict method that changes nothing, on known contents."""
    certain = all(isinstance(x, (int, float, str, type(None))) for x in target) if isinstance(target, list) \
        else True
    try:
        if name == "copy" and not args:
            return type(target)(target)
        if isinstance(target, dict):
            if name == "get" and 1 <= len(args) <= 2 and isinstance(args[0], (str, int)):
                return target.get(args[0], args[1] if len(args) > 1 else None)
            if name in ("keys", "values", "items") and not args:
                return list(getattr(target, name)())
        elif certain and name in ("index", "count") and args and not isinstance(args[0], (Poly, Unknown)):
            return getattr(target, name)(*args)
    except (ValueError, TypeError):
        pass
    return UNKNOWN


def _change_container(target: Any, name: str, args: tuple, kwargs: dict) -> Tuple[bool, Any]:
    """(done, result) of a list or dict method that changes it, made exactly where the
    arguments are known; (False, None) where kerashape cannot make the change exactly."""
    ints = all(isinstance(a, int) and not isinstance(a, bool) for a in args)
    if kwargs and not (isinstance(target, dict) and name == "update"):
        return False, None
    if isinstance(target, list):
        if name == "insert" and len(args) == 2 and isinstance(args[0], int) and not isinstance(args[0], bool):
            target.insert(args[0], args[1])
            return True, None
        if name == "pop" and len(args) <= 1 and ints and target:
            index = args[0] if args else -1
            if -len(target) <= index < len(target):
                return True, target.pop(index)
        if name in ("clear", "reverse") and not args:
            getattr(target, name)()
            return True, None
        return False, None
    if name == "update" and len(args) <= 1:
        other = dict(args[0]) if args and isinstance(args[0], dict) and constants.lost(args[0]) is None else (
            {} if not args else None)
        if other is None or not all(isinstance(k, (str, int)) for k in other):
            return False, None
        target.update(other, **kwargs)
        return True, None
    key_known = bool(args) and isinstance(args[0], (str, int)) and not isinstance(args[0], bool)
    if name == "setdefault" and 1 <= len(args) <= 2 and key_known:
        return True, target.setdefault(args[0], args[1] if len(args) > 1 else None)
    if name == "pop" and 1 <= len(args) <= 2 and key_known and (args[0] in target or len(args) == 2):
        return True, target.pop(*args)
    if name == "clear" and not args:
        target.clear()
        return True, None
    return False, None
