"""The project's own modules, read statically: ``from config import N_CLASSES`` and ``from
.blocks import conv_block`` find the file as Python would (the importing file's folder, then
the project root: the nearest folder with pyproject.toml, setup.cfg or .git), and its code is
run by the same interpreter, so its constants, helpers and classes are the values they are.
Nothing is imported or executed. Bounded: a module's size, how many modules a file reaches,
and how deep imports nest; a module is parsed once (by path, size and mtime), and only the
newest parse of the last MAX_CACHED_MODULES modules is kept (a language server runs for days).
An editor's unsaved text of a module, where one is given (``edited``), is read instead of the
file."""
from __future__ import annotations

import ast
import os
import sys
import warnings
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

MAX_MODULE_BYTES = 1_000_000
MAX_MODULES = 64  # project modules one file may reach
MAX_IMPORT_DEPTH = 8
ROOT_MARKERS = ("pyproject.toml", "setup.cfg", ".git")

MAX_CACHED_MODULES = 256
MAX_CACHED_FACTS = 16384  # a module's few facts for reaches_keras, kept for a whole project
MAX_REACHED = 16  # project modules reaches_keras looks into from one file
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ()))  # never a project module (3.10+)

# path -> (what it was parsed from: (size, mtime) of the file or the editor's text, its tree)
_TREES: "OrderedDict[str, Tuple[Any, ast.Module]]" = OrderedDict()
_EDITED: Dict[str, str] = {}  # path -> an editor's unsaved text of that module


@contextmanager
def edited(texts: Dict[str, str]) -> Iterator[None]:
    """Within: the modules at these paths (resolved) read as these texts, not their files."""
    _EDITED.update(texts)
    try:
        yield
    finally:
        _EDITED.clear()


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
        self.read: Set[Path] = set()  # every module file it read or tried to (for an editor's reruns)

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
        """The module's ``ast`` (see parse_module), noted as read by this file."""
        self.read.add(path)
        return parse_module(path)


def parse_module(path: Path) -> Optional[ast.Module]:
    """A module's ``ast``, parsed once per version, every node tagged with its file; None when
    it cannot be read or parsed."""
    try:
        text = _EDITED.get(str(path))
        if text is None:
            stat = path.stat()
            size, stamp = stat.st_size, (stat.st_size, stat.st_mtime_ns)
        else:
            size, stamp = len(text), text
        if size > MAX_MODULE_BYTES:
            return None
        cached = _TREES.get(str(path))
        if cached is not None and cached[0] == stamp:
            _TREES.move_to_end(str(path))
            return cached[1]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(path.read_bytes() if text is None else text)
        for node in ast.walk(tree):
            node.ks_path = str(path)  # type: ignore[attr-defined] - where its positions are
        _TREES[str(path)] = (stamp, tree)
        while len(_TREES) > MAX_CACHED_MODULES:
            _TREES.popitem(last=False)
        return tree
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def reaches_keras(tree: ast.Module, path: str) -> bool:
    """Whether a file that never names keras imports, directly or through other project
    modules, one that does: ``train.py``'s ``from model import build_model`` builds its
    models there. Bounded: it is asked of every such file flake8 checks (MAX_REACHED)."""
    importer = Importer(path)
    pending = [_found(importer, importer.file, _imports(tree))]
    seen: Set[Path] = set()
    while pending and len(seen) < MAX_REACHED:
        for module in pending.pop():
            facts = None if module in seen else _facts(module)
            seen.add(module)
            if facts is not None and facts[1]:
                return True
            if facts is not None:
                key = (str(module), tuple(map(str, importer.roots)))
                cached = _FOUND.get(key)
                if cached is None or cached[0] != facts[0]:
                    cached = _FOUND[key] = (facts[0], _found(importer, module, facts[2]))
                    while len(_FOUND) > MAX_CACHED_FACTS:
                        _FOUND.popitem(last=False)
                pending.append(cached[1])
    return False


# What reaches_keras reads of a module, once per version of it, as flake8 asks this of every
# file of a project that never names keras: path -> (version, whether it names keras, the
# imports it makes); and (path, import roots) -> (version, the project modules they find).
_FACTS: "OrderedDict[str, Tuple[Any, bool, Tuple[Tuple[Any, int], ...]]]" = OrderedDict()
_FOUND: "OrderedDict[Tuple[str, Tuple[str, ...]], Tuple[Any, Tuple[Path, ...]]]" = OrderedDict()


def _facts(path: Path) -> Optional[Tuple[Any, bool, Tuple[Tuple[Any, int], ...]]]:
    text = _EDITED.get(str(path))
    try:
        stat = path.stat() if text is None else None
        if stat is not None and stat.st_size > MAX_MODULE_BYTES:
            return None
        stamp = text if stat is None else (stat.st_size, stat.st_mtime_ns)
        cached = _FACTS.get(str(path))
        if cached is not None and cached[0] == stamp:
            return cached
        text = path.read_text(errors="replace") if text is None else text
    except OSError:
        return None
    names_keras = "keras" in text
    imports: Tuple[Tuple[Any, int], ...] = ()
    if not names_keras:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                imports = _imports(ast.parse(text))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    facts = _FACTS[str(path)] = (stamp, names_keras, imports)
    while len(_FACTS) > MAX_CACHED_FACTS:
        _FACTS.popitem(last=False)
    return facts


def _found(importer: Importer, module: Path, imports: Tuple[Tuple[Any, int], ...]) -> Tuple[Path, ...]:
    found = (importer.find(name, level, module) for name, level in imports
             if level or not name or name.split(".")[0] not in _STDLIB)
    return tuple(path for path in found if path is not None)


def _imports(tree: ast.Module) -> Tuple[Tuple[Any, int], ...]:
    """The (module, level) pairs a module's imports may name (``from a import b`` may be a.b),
    from its statements only: imports are never inside expressions."""
    names: List[Tuple[Any, int]] = []
    pending: List[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            names.extend((alias.name, 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            prefix = node.module + "." if node.module else ""
            names.append((node.module, node.level))
            names.extend((prefix + alias.name, node.level) for alias in node.names)
        for field in ("body", "orelse", "finalbody", "handlers"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                pending.extend(block)
    return tuple(names)


def display_path(module_path: str, analysed: str) -> str:
    """A module's path as the contract gives it: relative to the analysed file's folder."""
    try:
        return os.path.relpath(module_path, os.path.dirname(os.path.abspath(analysed)))
    except ValueError:  # another drive
        return module_path
