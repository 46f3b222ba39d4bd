"""Reading the user's files: paths to Python sources and notebooks, decoded as Python does.

Every problem is one line naming the path; the other files are still read.
"""
from __future__ import annotations

import io
import os
import tokenize
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterator, List, Tuple

SKIP_DIRS = {".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "__pycache__", "node_modules",
             ".mypy_cache", ".pytest_cache", "build", "dist", ".eggs", ".ipynb_checkpoints"}
SOURCE_SUFFIXES = (".py", ".ipynb")  # Python files and Jupyter notebooks


def python_files(paths: List[str], exclude: List[str]) -> Iterator[Tuple[str, str]]:
    """(path, problem) pairs: problem is "" for a file to check, else one line for the user."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield raw, "no such file or directory"
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS
                                 and not _excluded(os.path.join(root, d), exclude))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if name.endswith(SOURCE_SUFFIXES) and not _excluded(full, exclude):
                        found = True
                        yield full, ""
            if not found:
                yield raw, "no Python files in this directory"
        elif not _excluded(raw, exclude):
            yield raw, ""


def _excluded(path: str, patterns: List[str]) -> bool:
    norm = path.replace(os.sep, "/")
    return any(fnmatch(norm, p) or fnmatch(os.path.basename(norm), p) or
               fnmatch(norm, "*/" + p.lstrip("/")) for p in patterns)


def read_source(path: str) -> str:
    """The text of a Python file, decoded by its coding cookie or BOM as Python does."""
    with open(path, "rb") as fh:
        data = fh.read()
    return decode(data)


def decode(data: bytes) -> str:
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        raise UnicodeDecodeError("utf-8", data, 0, 1, str(e))
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text
