"""The Python objects of the analysed file, as the evaluator knows them: modules and names
reached through imports (:class:`Ref`), its functions, classes and their instances, and
methods bound to a value. None of these holds a real object of the analysed program."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, Dict, List


@dataclass(frozen=True)
class Ref:
    """A module or attribute reached through imports, by its dotted name."""

    path: str


@dataclass(eq=False)
class FuncObj:
    """A function defined in the analysed file (a ``def`` or a ``lambda``); called only to a
    bounded depth."""

    node: ast.FunctionDef
    scope: Any  # the scope it closes over
    owner: Any = None  # the ClassObj whose body defines it (a method): what super() starts from
    # What it returned when the library ran it on given inputs (a Lambda layer's function on
    # input shapes), keyed by those inputs' text: data the library records, read later.
    results: Dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class ClassObj:
    """A class defined in the analysed file: its methods, by name. ``kind`` says what its
    instances are, as the library classifies it ("plain" for a builder or a config; a
    library's own kinds, such as a Keras model or layer subclass, otherwise)."""

    name: str
    methods: Dict[str, FuncObj]
    kind: str = "plain"
    attrs: Dict[str, Any] = field(default_factory=dict)  # class-level assignments (GRID_RES = 16)
    bases: List[Any] = field(default_factory=list)  # the values of its bases, as written
    library_data: Any = None  # what the library keeps on one of its kinds (a subclass's base)


@dataclass(eq=False)
class InstanceObj:
    """An instance of a plain class of the analysed file: its attributes, as its methods set them."""

    cls: ClassObj
    attrs: Dict[str, Any] = field(default_factory=dict)
    lost: Any = None  # an Unknown once code outside the file may have set its attributes


class Partial:
    """``functools.partial(func, *args, **kwargs)``: called, ``func`` with those first."""

    __slots__ = ("func", "args", "kwargs")

    def __init__(self, func: Any, args: tuple, kwargs: Dict[str, Any]):
        self.func = func
        self.args = args
        self.kwargs = kwargs


class SuperObj:
    """``super()`` in a method of ``owner`` called on ``instance``."""

    __slots__ = ("owner", "instance")

    def __init__(self, owner: Any, instance: Any):
        self.owner = owner
        self.instance = instance


class BoundMethod:
    """``value.name`` where ``name`` is a method to be called on ``value``."""

    __slots__ = ("target", "name")

    def __init__(self, target: Any, name: str):
        self.target = target
        self.name = name


FAILED = object()  # a method the evaluator could not run (recursion, depth, unbindable arguments)
