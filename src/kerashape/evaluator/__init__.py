"""Python's semantics, statically: the interpreter kerashape runs over a module's ``ast``.

It names no library class; :mod:`kerashape.keras_api` gives Keras's meaning through the
hooks of :mod:`.library`. The soundness contract: a value it gives is what every run of the
file computes, or it is unknown (saying why) or a symbol for a name the file never binds.
"""
from __future__ import annotations

import ast
from typing import Any, Dict, Optional

from .interpreter import Interpreter
from .library import NOT_HANDLED, Library
from .scope import Scope

__all__ = ["Interpreter", "Library", "NOT_HANDLED", "Scope", "evaluate"]


def evaluate(source: str, library: Optional[Library] = None,
             constants: Optional[Dict[str, Any]] = None) -> Scope:
    """The module scope after running ``source``: what each name holds."""
    return Interpreter(library, constants).run(ast.parse(source))
