"""The project's own modules, read statically: ``from config import N_CLASSES`` and ``from
.blocks import conv_block`` find the file as Python would (the importing file's folder, then
the project root: the nearest folder with pyproject.toml, setup.cfg or .git), and its code is
run by the same interpreter, so its constants, helpers and classes are the values they are.
Nothing is imported or executed. Bounded: a module's size, how many modules a file reaches,
and how deep imports nest; a module is parsed once per run (by path, size and mtime)."""
from __future__ import annotations

import ast
import os
import warnings
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

MAX_MODULE_BYTES = 1_000_000
MAX_MODULES = 64  # project modules one file may reach
MAX_IMPORT_DEPTH = 8
ROOT_MARKERS = ("pyproject.toml", "setup.cfg", ".git")

_TREES: Dict[Tuple[str, int, int], ast.Module] = {}  # parsed modules, for the whole run


class ModuleObj:
    """A module of the project: its path, and its scope once its code has run."""

    def __init__(self, name: str, path: Path):
        self.name = name
        self.path = path
        self.scope: Any = None  # filled as its code runs (a cycle sees the part run so far)


def project_root(path: Path) -> Path:
    """The folder a project's absolute imports start from: the nearest one above ``path``
    with pyproject.toml, setup.cfg or .git, else the file's own folder."""
    folder = path.resolve().parent
    for candidate in [folder, *folder.parents]:
        if any((candidate / marker).exists() for marker in ROOT_MARKERS):
            return candidate
    return folder


class Importer:
    """Finds and parses the project modules one file imports."""

    def __init__(self, path: str):
        self.file = Path(path).resolve()
        self.roots: List[Path] = [self.file.parent]
        root = project_root(self.file)
        if root != self.file.parent:
            self.roots.append(root)
        self.loaded: Dict[Path, ModuleObj] = {}
        self.reached = 0

    def find(self, module: Optional[str], level: int, importer: Path) -> Optional[Path]:
        """The file of ``module`` (``level`` dots of a relative import, from ``importer``)."""
        parts = module.split(".") if module else []
        if level:
            base = importer.parent
            for _ in range(level - 1):
                base = base.parent
            bases = [base]
        else:
            bases = self.roots
        for base in bases:
            target = base.joinpath(*parts)
            for candidate in (target.with_suffix(".py") if parts else None, target / "__init__.py"):
                if candidate is not None and candidate.is_file() and candidate.resolve() != self.file:
                    return candidate.resolve()
        return None

    def tree(self, path: Path) -> Optional[ast.Module]:
        return parse_module(path)


def parse_module(path: Path) -> Optional[ast.Module]:
    """A module's ``ast``, parsed once per run, every node tagged with its file; None when it
    cannot be read or parsed."""
    try:
        stat = path.stat()
        if stat.st_size > MAX_MODULE_BYTES:
            return None
        key = (str(path), stat.st_size, int(stat.st_mtime_ns))
        if key not in _TREES:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(path.read_bytes())
            for node in ast.walk(tree):
                node.ks_path = str(path)  # type: ignore[attr-defined] - where its positions are
            _TREES[key] = tree
        return _TREES[key]
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def display_path(module_path: str, analysed: str) -> str:
    """A module's path as the contract gives it: relative to the analysed file's folder."""
    try:
        return os.path.relpath(module_path, os.path.dirname(os.path.abspath(analysed)))
    except ValueError:  # another drive
        return module_path
