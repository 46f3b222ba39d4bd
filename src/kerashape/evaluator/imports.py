"""Imports. A library's modules, the standard library's and a few well-known packages' are
names (:class:`Ref`) the library and the call rules read; the project's own modules are read
(:mod:`.modules`); any other module binds nothing, so what it gives reads as the symbol of its
name (``N_CLASSES``), as a name the file never binds does, or as a configured constant."""
from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Optional

from ..shapes import Poly
from .modules import MAX_IMPORT_DEPTH, MAX_MODULES, ModuleObj, parse_module
from .objects import Ref
from .scope import Break, Continue, Return, Scope

# Modules kept as names: their functions are calls outside the file (see calls.PURE).
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ())) | {
    "os", "sys", "json", "re", "math", "random", "time", "pathlib", "glob", "argparse", "collections",
    "itertools", "functools", "logging", "pickle", "csv", "shutil", "typing", "warnings", "datetime", "io",
    "string", "copy", "abc", "dataclasses", "subprocess", "urllib", "zipfile", "tarfile", "gzip", "enum",
    "contextlib", "statistics", "__future__"}
_WELL_KNOWN = frozenset({"numpy", "tensorflow", "matplotlib", "pandas", "sklearn", "scipy", "seaborn", "cv2",
                         "PIL", "tqdm", "h5py", "torch", "jax", "keras", "tf_keras", "IPython"})


class Imports:
    def _external(self, module: Optional[str]) -> bool:
        top = (module or "").split(".")[0]
        return top in _STDLIB or top in _WELL_KNOWN or self.library.star_module(top)

    def _import(self, stmt: ast.Import, scope):
        for alias in stmt.names:
            parts = alias.name.split(".")
            if self._external(alias.name):
                if alias.asname is not None:
                    scope.vars[alias.asname] = Ref(alias.name)
                else:
                    scope.vars[parts[0]] = Ref(parts[0])
                continue
            chain = [self.import_module(".".join(parts[:i + 1]), 0) for i in range(len(parts))]
            for outer, inner, name in zip(chain, chain[1:], parts[1:]):
                if outer is not None and inner is not None:
                    outer.scope.vars.setdefault(name, inner)
            bound = chain[-1] if alias.asname is not None else chain[0]
            if bound is not None:
                scope.vars[alias.asname or parts[0]] = bound

    def _import_from(self, stmt: ast.ImportFrom, scope):
        if not stmt.level and self._external(stmt.module):
            for alias in stmt.names:
                if alias.name == "*":
                    if self.library.star_module(stmt.module):
                        scope.star_modules.append(stmt.module)
                else:
                    scope.vars[alias.asname or alias.name] = Ref("%s.%s" % (stmt.module, alias.name))
            return
        module = self.import_module(stmt.module, stmt.level)
        for alias in stmt.names:
            if alias.name == "*":
                if module is not None:
                    scope.vars.update((k, v) for k, v in module.scope.vars.items()
                                      if not k.startswith("_") and "." not in k)
                continue
            found, value = module.scope.lookup(alias.name) if module is not None else (False, None)
            if not found:  # `from package import submodule`
                submodule = self.import_module(".".join(filter(None, [stmt.module, alias.name])), stmt.level)
                found, value = submodule is not None, submodule
            if found:
                scope.vars[alias.asname or alias.name] = value
            # else: unbound, so it reads as a configured constant or the symbol of its name

    def import_module(self, name: Optional[str], level: int) -> Optional[ModuleObj]:
        """Run a project module once (per file analysed) and give it; None where it is not a
        module of the project kerashape can read."""
        if level and self.files[-1] in self.library_modules:  # within a library's own package
            base = self.files[-1].parents[level - 1]
            return self.library_module(base.joinpath(*(name or "").split(".")).with_suffix(".py"))
        if self.importer is None:
            return None
        path = self.importer.find(name, level, self.files[-1])
        if path is None:
            return None
        if path in self.importer.loaded:
            return self.importer.loaded[path]  # an import cycle sees what has run so far
        if self.importer.reached >= MAX_MODULES or len(self.files) > MAX_IMPORT_DEPTH:
            return None
        tree = self.importer.tree(path)
        if tree is None:
            return None
        module = ModuleObj(name or path.parent.name, path)
        self.importer.loaded[path] = module
        self.importer.reached += 1
        self._run_module(module, tree)
        return module

    def library_module(self, path: Path) -> Optional[ModuleObj]:
        """A module a library ships as code for kerashape to read (a Keras application's
        description), run once per file analysed and outside the project's bounds."""
        if path not in self.library_modules:
            tree = parse_module(path)
            if tree is None:
                return None
            self.library_modules[path] = ModuleObj(path.stem, path)
            self.library_paths.add(str(path))
            self._run_module(self.library_modules[path], tree)
        return self.library_modules[path]

    def _run_module(self, module: ModuleObj, tree: ast.Module) -> None:
        module.scope = Scope()
        self.files.append(module.path)
        try:
            for stmt in tree.body:
                try:
                    self.statement(stmt, module.scope)
                except (Return, Break, Continue):
                    pass
        finally:
            self.files.pop()

    @property
    def importing(self) -> bool:
        """Whether another module's top-level code is running (what it builds is its own)."""
        return len(self.files) > 1


def module_attribute(module: ModuleObj, attr: str, constants: dict):
    """``module.attr``: its value in the module, else (a name it does not bind, or a module
    kerashape could not read) a configured constant or the symbol of the dotted name."""
    found, value = module.scope.lookup(attr) if module.scope is not None else (False, None)
    if found:
        return value
    dotted = "%s.%s" % (module.name, attr)
    return constants.get(dotted, Poly.symbol(dotted))
