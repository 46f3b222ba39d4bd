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
from typing import Dict, Iterator, List, Optional, Set

from .. import legacy
from ..names import MODEL_CLASSES, canonical, keras_path as _any_keras_path
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
    nodes = list(ast.walk(tree))  # walked once: each pass below reads this list
    for node in nodes:
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
    models = _model_names(nodes, bound)
    called = _called(nodes)
    uncalled = {n: k for n, k in models.items() if n not in called}
    for node in nodes:
        if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)):
            owner = _dotted(node.value, bound)
            path = keras_path(owner) if owner else None
            if path == "backend":
                yield from _note(lambda name: legacy.name_note("backend", name), node.attr, node)
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            yield from _removed_attribute(node, uncalled)
        if isinstance(node, ast.Call):
            yield from _training_call(node, models, bound)


def _training_call(node: ast.Call, models: Dict[str, str], bound: Dict[str, str]) -> Iterator[Diagnostic]:
    """``model.fit(..., nb_epoch=...)``, ``model.fit_generator(...)`` of a model the module builds,
    and ``optimizers.Adam(lr=...)``, which Keras 3 refuses."""
    keywords = [k.arg for k in node.keywords if k.arg]
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in models:
        notes = legacy.method_notes(func.attr, keywords, len(node.args))
        for code in sorted({note.code for note in notes}):  # one finding per code and call
            yield Diagnostic(code, "; ".join(n for n in notes if n.code == code), node)
    path = keras_path(_dotted(func, bound)) if isinstance(func, (ast.Name, ast.Attribute)) else None
    if path and path.startswith("optimizers.") and "lr" in keywords:
        yield Diagnostic("KSH301", "lr= is Keras 2: Keras 3's optimizers take learning_rate=", node)


def _removed_attribute(node: ast.Attribute, models: Dict[str, str]) -> Iterator[Diagnostic]:
    """``seq.input`` / ``seq.output`` of a Sequential never called (Keras 3's Sequential has
    them only as the input and output of a call), and ``model.layers[i].output_shape`` /
    ``model.get_layer(...).input_shape`` (Keras 3's layers have neither)."""
    base = node.value
    if isinstance(base, ast.Name) and models.get(base.id) == "Sequential" and node.attr in legacy.SEQUENTIAL_ENDS:
        yield Diagnostic("KSH301", "%s.%s raises in Keras 3: a Sequential model has it only once it is "
                         "called on a tensor: use %s.%s" % (base.id, node.attr, base.id,
                                                           legacy.SEQUENTIAL_ENDS[node.attr]), node)
    elif node.attr in legacy.LAYER_SHAPES and _layer_of_model(base, models):
        yield Diagnostic("KSH301", "a layer's %s was removed in Keras 3: use layer.%s" % (
            node.attr, legacy.LAYER_SHAPES[node.attr]), node)


def _layer_of_model(node: ast.expr, models: Dict[str, str]) -> bool:
    """``m.layers[i]`` or ``m.get_layer(...)`` of a model the module builds."""
    if isinstance(node, ast.Subscript):
        holder = node.value
        return isinstance(holder, ast.Attribute) and holder.attr == "layers" and \
            isinstance(holder.value, ast.Name) and holder.value.id in models
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
        node.func.attr == "get_layer" and isinstance(node.func.value, ast.Name) and node.func.value.id in models


def _model_names(nodes: List[ast.AST], bound: Dict[str, str]) -> Dict[str, str]:
    """Names the module binds only by ``name = Sequential(...)`` (or ``Model(...)``), one kind
    each, never rebound any other way: name -> "Sequential" or "Functional"."""
    kinds: Dict[str, str] = {}
    model_targets: Set[int] = set()
    other: Set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Call):
            kind = MODEL_CLASSES.get(canonical(_dotted(node.value.func, bound) or "") or "")
            name = node.targets[0].id
            if kind is not None and kinds.setdefault(name, kind) == kind:
                model_targets.add(id(node.targets[0]))
    for node in nodes:
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and id(node) not in model_targets:
            other.add(node.id)
        elif isinstance(node, ast.arg):
            other.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            other.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            other.update((a.asname or a.name).split(".")[0] for a in node.names)
    return {name: kind for name, kind in kinds.items() if name not in other}


def _called(nodes: List[ast.AST]) -> Set[str]:
    """Names the module calls: ``seq(x)`` gives a Sequential the input it lacks otherwise."""
    return {n.func.id for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


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
