"""Reading the user's files: paths to Python sources and notebooks, decoded as Python does.

Every problem is one line naming the path; the other files are still read.
"""
from __future__ import annotations

import io
import os
import stat
import tokenize
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterator, List, Tuple

SKIP_DIRS = {".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "__pycache__", "node_modules",
             ".mypy_cache", ".pytest_cache", "build", "dist", ".eggs", ".ipynb_checkpoints"}
SOURCE_SUFFIXES = (".py", ".ipynb")  # Python files and Jupyter notebooks

# Opening a FIFO waits for a writer; a device may never end. Only regular files are read.
SPECIAL = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
           (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


CANNOT_READ = "cannot read: %s"  # the words for a file that is not readable text, with why


class Unreadable(Exception):
    """Why a file cannot be read, in one line for the user."""


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
    """The text of a Python file, decoded by its coding cookie or BOM as Python does.
    Raises Unreadable for anything but a readable regular file of valid text."""
    try:
        _refuse_special(os.stat(path).st_mode)
        # Non-blocking, so a file swapped for a FIFO after the check still cannot hang the run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as fh:
            _refuse_special(os.fstat(fh.fileno()).st_mode)
            data = fh.read()
    except OSError as e:
        raise Unreadable(e.strerror or str(e))
    return decode(data)


def _refuse_special(mode: int) -> None:
    for test, kind in SPECIAL:
        if test(mode):
            raise Unreadable("%s, not a regular file" % kind)


def decode(data: bytes) -> str:
    """``data`` as Python reads a source file; Unreadable names the first bad byte's place."""
    encoding = "utf-8"
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        # Bytes that are not UTF-8 in the first two lines read as a missing declaration:
        # decoding them as UTF-8 below finds the place. An unknown cookie has no place.
        if "invalid or missing encoding declaration" not in str(e):
            raise Unreadable(str(e))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        line, column = byte_position(data, e.start, encoding)
        raise Unreadable("not valid %s at line %d, column %d (%s)" % (encoding, line, column, e.reason))
    except LookupError as e:  # a cookie naming a codec that is not a text encoding (rot13)
        raise Unreadable(str(e))
    return text[1:] if text.startswith("\ufeff") else text


def byte_position(data: bytes, offset: int, encoding: str = "utf-8") -> Tuple[int, int]:
    """(line, column), 1-based, column in characters, of a byte offset into undecoded text."""
    start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[start:offset].decode(encoding, "replace")) + 1
