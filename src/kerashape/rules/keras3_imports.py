"""KSH301 and KSH303 on the module's own statements: imports of Keras 2 modules and names
Keras 3 does not have, the keras.backend functions it removed, and the model attributes it
removed (``seq.input`` of a Sequential, ``model.layers[0].output_shape``), and the Keras 1/2
training calls it refuses (``model.fit(nb_epoch=...)``, ``model.fit_generator``,
``optimizers.Adam(lr=...)``).

Keras 3 raises on these where they stand (an ImportError at the import, an AttributeError
at ``K.image_dim_ordering()`` or ``seq.output``), before or apart from any model's layers, so
they are read from the import statements and the names the module binds, not from a model.
"""
from __future__ import annotations

import ast
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Set

from .. import legacy
from ..names import MODEL_CLASSES, canonical, keras_path as _any_keras_path
from . import Diagnostic

# Roots that are Keras 3 today (tf.keras is Keras 3 from TensorFlow 2.16); tf_keras and
# tensorflow.python.keras are Keras 2 itself, where these modules and names still exist.
KERAS3_ROOTS = ("keras", "tensorflow.keras")


@lru_cache(maxsize=4096)
def keras_path(dotted: Optional[str]) -> Optional[str]:
    if not dotted or not any(dotted == r or dotted.startswith(r + ".") for r in KERAS3_ROOTS):
        return None
    return _any_keras_path(dotted)


def findings(tree: ast.Module) -> Iterator[Diagnostic]:
    nodes = _Nodes(tree)
    bound: Dict[str, str] = {}  # a name the module binds -> the dotted Keras path it names
    stars: List[str] = []  # the Keras modules it imports * from
    for node in nodes.of[ast.Import]:
        for alias in node.names:
            yield from _note(legacy.module_note, keras_path(alias.name), node)
            if keras_path(alias.name) is not None or alias.name == "tensorflow":  # tf.keras.backend.X
                bound[alias.asname or alias.name.split(".")[0]] = \
                    alias.name if alias.asname else alias.name.split(".")[0]
    for node in nodes.of[ast.ImportFrom]:
        path = keras_path(node.module) if node.module and not node.level else None
        if node.module == "tensorflow" and not node.level:  # from tensorflow import keras
            bound.update((a.asname or a.name, "tensorflow.keras") for a in node.names if a.name == "keras")
        if path is None:
            continue
        moved = legacy.module_note(path)
        if moved is not None:
            yield Diagnostic(moved.code, moved, node)
            continue  # Keras 3 stops at the module: its names are not looked at
        for alias in node.names:
            if alias.name == "*":  # from keras.optimizers import *: Adam(lr=...) below
                stars.append(path)
                continue
            note = _name(path, alias.name) if path else legacy.module_note(alias.name)
            if note is not None:
                yield Diagnostic(note.code, note, node)
            bound[alias.asname or alias.name] = node.module + "." + alias.name
    for stmt in tree.body:  # keras = tf.keras, K = keras.backend: aliases the module binds once
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, (ast.Name, ast.Attribute)):
            aliased = _dotted(stmt.value, bound)
            if aliased is not None and keras_path(aliased) is not None:
                bound[stmt.targets[0].id] = aliased
    models = _model_names(nodes, bound)
    called = {n.func.id for n in nodes.of[ast.Call] if isinstance(n.func, ast.Name)}
    uncalled = {n: k for n, k in models.items() if n not in called}
    for node in nodes.of[ast.Attribute]:
        if isinstance(node.value, (ast.Name, ast.Attribute)):
            owner = _dotted(node.value, bound)
            if owner is not None and keras_path(owner) == "backend":
                yield from _note(lambda name: legacy.name_note("backend", name), node.attr, node)
        if isinstance(node.ctx, ast.Load):
            yield from _removed_attribute(node, uncalled)
    for node in nodes.of[ast.Call]:
        yield from _training_call(node, models, bound, stars)


class _Nodes:
    """The module's nodes of the kinds these findings read, by type, from one walk of the tree
    (the module may be thousands of lines: this rule runs on every file, on every save)."""

    KINDS = (ast.Import, ast.ImportFrom, ast.Attribute, ast.Call, ast.Assign, ast.Name, ast.arg,
             ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)

    def __init__(self, tree: ast.AST) -> None:
        self.of: Dict[type, List] = {kind: [] for kind in self.KINDS}
        stack = [tree]
        while stack:
            node = stack.pop()
            kind = self.of.get(type(node))
            if kind is not None:
                kind.append(node)
            for name in node._fields:
                value = getattr(node, name, None)
                if isinstance(value, list):
                    stack.extend(v for v in value if isinstance(v, ast.AST))
                elif isinstance(value, ast.AST):
                    stack.append(value)


def _training_call(node: ast.Call, models: Dict[str, str], bound: Dict[str, str],
                   stars: List[str]) -> Iterator[Diagnostic]:
    """``model.fit(..., nb_epoch=...)``, ``model.fit_generator(...)`` of a model the module builds,
    and ``optimizers.Adam(lr=...)``, which Keras 3 refuses."""
    keywords = [k.arg for k in node.keywords if k.arg]
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in models:
        notes = legacy.method_notes(func.attr, keywords, len(node.args))
        for code in sorted({note.code for note in notes}):  # one finding per code and call
            yield Diagnostic(code, "; ".join(n for n in notes if n.code == code), node)
    path = keras_path(_dotted(func, bound)) if isinstance(func, (ast.Name, ast.Attribute)) else None
    if path is None and isinstance(func, ast.Name) and func.id not in bound and func.id in OPTIMIZERS \
            and "optimizers" in stars:
        path = "optimizers." + func.id  # bound by the star import
    if path and path.startswith("optimizers.") and "lr" in keywords:
        yield Diagnostic("KSH301", "lr= is Keras 2: Keras 3's optimizers take learning_rate=", node)


OPTIMIZERS = frozenset({"SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "Adamax", "Nadam", "Ftrl", "AdamW"})


def _removed_attribute(node: ast.Attribute, models: Dict[str, str]) -> Iterator[Diagnostic]:
    """``seq.input`` / ``seq.output`` of a Sequential never called (Keras 3's Sequential has
    them only as the input and output of a call), and ``model.layers[i].output_shape`` /
    ``model.get_layer(...).input_shape`` (Keras 3's layers have neither)."""
    base = node.value
    ends = legacy.SEQUENTIAL_ENDS
    if isinstance(base, ast.Name) and models.get(base.id) == "Sequential" and node.attr in ends:
        message = "%s.%s raises in Keras 3: a Sequential model has it only once it is called on a tensor: " \
            "use %s.%s" % (base.id, node.attr, base.id, ends[node.attr])
        yield Diagnostic("KSH301", message, node)
    elif node.attr in legacy.LAYER_SHAPES and _layer_of_model(base, models):
        yield Diagnostic("KSH301", "a layer's %s was removed in Keras 3: use layer.%s" % (
            node.attr, legacy.LAYER_SHAPES[node.attr]), node)


def _layer_of_model(node: ast.expr, models: Dict[str, str]) -> bool:
    """``m.layers[i]`` or ``m.get_layer(...)`` of a model the module builds."""
    if isinstance(node, ast.Subscript):
        holder = node.value
        return isinstance(holder, ast.Attribute) and holder.attr == "layers" and \
            isinstance(holder.value, ast.Name) and holder.value.id in models
    func = getattr(node, "func", None)
    return isinstance(node, ast.Call) and isinstance(func, ast.Attribute) and func.attr == "get_layer" \
        and isinstance(func.value, ast.Name) and func.value.id in models


def _model_names(nodes: _Nodes, bound: Dict[str, str]) -> Dict[str, str]:
    """Names the module binds only by ``name = Sequential(...)`` (or ``Model(...)``), one kind
    each, never rebound any other way: name -> "Sequential" or "Functional"."""
    kinds: Dict[str, str] = {}
    model_targets: Set[int] = set()
    for node in nodes.of[ast.Assign]:
        target = node.targets[0]
        if len(node.targets) == 1 and isinstance(target, ast.Name) and isinstance(node.value, ast.Call):
            kind = MODEL_CLASSES.get(canonical(_dotted(node.value.func, bound) or "") or "")
            name = target.id
            if kind is not None and kinds.setdefault(name, kind) == kind:
                model_targets.add(id(target))
    if not kinds:
        return kinds
    other: Set[str] = {node.id for node in nodes.of[ast.Name]
                       if not isinstance(node.ctx, ast.Load) and id(node) not in model_targets}
    other.update(node.arg for node in nodes.of[ast.arg])
    for kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
        other.update(node.name for node in nodes.of[kind])
    for kind in (ast.Import, ast.ImportFrom):
        for node in nodes.of[kind]:
            other.update((a.asname or a.name).split(".")[0] for a in node.names)
    return {name: kind for name, kind in kinds.items() if name not in other}


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
