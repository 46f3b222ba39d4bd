"""KSH301 and KSH303 on the module's own statements: imports of Keras 2 modules and names
Keras 3 does not have, and the keras.backend functions it removed.

Keras 3 raises on these where they stand (an ImportError at the import, an AttributeError
at ``K.image_dim_ordering()``), before or apart from any model, so they are read from the
import statements and the names they bind, not from a model.
"""
from __future__ import annotations

import ast
from typing import Dict, Iterator, Optional

from .. import legacy
from ..names import keras_path as _any_keras_path
from . import Diagnostic

# Roots that are Keras 3 today (tf.keras is Keras 3 from TensorFlow 2.16); tf_keras and
# tensorflow.python.keras are Keras 2 itself, where these modules and names still exist.
KERAS3_ROOTS = ("keras", "tensorflow.keras")


def keras_path(dotted: Optional[str]) -> Optional[str]:
    if not dotted or not any(dotted == r or dotted.startswith(r + ".") for r in KERAS3_ROOTS):
        return None
    return _any_keras_path(dotted)


def findings(tree: ast.Module) -> Iterator[Diagnostic]:
    bound: Dict[str, str] = {}  # a name the module binds -> the dotted Keras path it names
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _note(legacy.module_note, keras_path(alias.name), node)
                if keras_path(alias.name) is not None:
                    bound[alias.asname or alias.name.split(".")[0]] = \
                        alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            path = keras_path(node.module)
            if path is None:
                continue
            moved = legacy.module_note(path)
            if moved is not None:
                yield Diagnostic(moved.code, moved, node)
                continue  # Keras 3 stops at the module: its names are not looked at
            for alias in node.names:
                note = _name(path, alias.name) if path else legacy.module_note(alias.name)
                if note is not None:
                    yield Diagnostic(note.code, note, node)
                bound[alias.asname or alias.name] = node.module + "." + alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)):
            owner = _dotted(node.value, bound)
            path = keras_path(owner) if owner else None
            if path == "backend":
                yield from _note(lambda name: legacy.name_note("backend", name), node.attr, node)


def _name(module: str, name: str) -> Optional[legacy.Refused]:
    return legacy.name_note(module, name) or legacy.module_note("%s.%s" % (module, name))


def _note(find, key: Optional[str], node: ast.AST) -> Iterator[Diagnostic]:
    note = find(key) if key else None
    if note is not None:
        yield Diagnostic(note.code, note, node)


def _dotted(node: ast.expr, bound: Dict[str, str]) -> Optional[str]:
    """``K`` -> ``keras.backend`` when the module bound K to it; ``keras.backend`` likewise."""
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value, bound)
        return None if owner is None else owner + "." + node.attr
    return None
