"""Jupyter notebooks (``.ipynb``) as one module: the code cells top to bottom, as "Run all".

IPython syntax (``%matplotlib inline``, ``!pip install``, ``x = !ls``, ``obj?``, ``%%bash``
cells) is blanked line for line, so every line and column of the module is the same line and
column of its cell. A :class:`Notebook` maps module lines back to cells (``locate``) and to the
lines of the ``.ipynb`` file itself (``file_position``: what GitHub shows and annotates).

The format is JSON (nbformat 4, and 3's worksheets): the standard library reads it, so the
default install needs no Jupyter package.
"""
from __future__ import annotations

import ast
import bisect
import io
import json
import json.scanner
import re
import tokenize
import warnings
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple

# Cell magics whose body is Python run in the notebook's namespace: the body is analysed.
PYTHON_CELL_MAGICS = {"time", "capture"}

_CELL_MAGIC = re.compile(r"\s*%%(\w*)")
_IPYTHON_LINE = re.compile(
    r"\s*(%|!|\?)"                      # %magic, !shell, ?help
    r"|\s*[\w.]+(\s*,\s*[\w.]+)*\s*=\s*[%!]"  # x = !ls, x = %sx ls
    r"|[^#'\"]*\?\s*$")                # obj? and obj?? (help)
_NEWLINE = re.compile(r"\r\n|\r|\n")


class NotebookError(ValueError):
    """The file is not a notebook kerashape can read: one line for the user."""


class _Located(str):
    """A JSON string that knows where its text starts in the file."""
    offset = 0


@dataclass
class Cell:
    number: int  # 1-based among all the notebook's cells, markdown included (CONTRACT.md)
    first_line: int  # its first line in the module
    lines: List[str]  # as written, magics and all
    offsets: List[int]  # where each line's text starts in the .ipynb file


@dataclass
class Notebook:
    source: str = ""  # the module: the code cells that run, IPython syntax blanked
    cells: List[Cell] = field(default_factory=list)
    error: Optional[str] = None  # a cell Python cannot parse: "Run all" stops there
    error_at: Optional[Tuple[int, int, int]] = None  # its cell number, line and column (0: none)
    _newlines: List[int] = field(default_factory=list)  # offsets of the file's line breaks

    def cell_at(self, line: int) -> Tuple[Cell, int]:
        """The cell holding module line ``line``, and the line within it (1-based)."""
        starts = [c.first_line for c in self.cells]
        cell = self.cells[max(bisect.bisect_right(starts, line) - 1, 0)]
        return cell, min(max(line - cell.first_line + 1, 1), max(len(cell.lines), 1))

    def locate(self, line: int) -> Tuple[int, int]:
        """(cell number, line in that cell) of a module line."""
        cell, cell_line = self.cell_at(line)
        return cell.number, cell_line

    def line_text(self, line: int) -> str:
        cell, cell_line = self.cell_at(line)
        return cell.lines[cell_line - 1] if cell.lines else ""

    def file_position(self, line: int, column: int) -> Tuple[int, int]:
        """(line, column), 1-based, in the .ipynb file of a module position: the character of
        the cell's source string that holds it, as GitHub shows the file."""
        cell, cell_line = self.cell_at(line)
        if not cell.offsets:
            return 1, 1
        text = cell.lines[cell_line - 1]
        offset = cell.offsets[cell_line - 1] + len(_escaped(text[:max(column - 1, 0)]))
        file_line = bisect.bisect_left(self._newlines, offset)
        line_start = self._newlines[file_line - 1] + 1 if file_line else 0
        return file_line + 1, offset - line_start + 1


def _escaped(text: str) -> str:
    """``text`` as nbformat writes it inside a JSON string."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _located_json(text: str):
    """``json.loads`` whose string values carry their offset in ``text`` (the standard
    library's own scanner, with its string hook wrapped)."""
    decoder = json.JSONDecoder()

    def parse_string(s, end, strict):
        value, after = json.decoder.scanstring(s, end, strict)
        located = _Located(value)
        located.offset = end
        return located, after

    decoder.parse_string = parse_string
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


def read_notebook(text: str) -> Notebook:
    """The notebook in ``text`` (its JSON) as one module; NotebookError if it is not one."""
    try:
        data = _located_json(text)
    except (ValueError, RecursionError) as e:
        raise NotebookError("not a valid notebook: %s" % e) from None
    if not isinstance(data, dict):
        raise NotebookError("not a valid notebook: the file is not a JSON object")
    if "cells" in data:
        raw_cells = data["cells"]
    else:  # nbformat 3: cells inside worksheets
        raw_cells = [c for w in data.get("worksheets") or [] if isinstance(w, dict)
                     for c in w.get("cells") or []]
    if not isinstance(raw_cells, list) or not all(isinstance(c, dict) for c in raw_cells):
        raise NotebookError("not a valid notebook: no list of cells")
    notebook = Notebook(_newlines=[m.start() for m in re.finditer("\n", text)])
    if _is_python(data):
        _run_all(notebook, ((number, *_cell_lines(raw.get("source", raw.get("input", ""))))
                            for number, raw in enumerate(raw_cells, 1) if raw.get("cell_type") == "code"))
    return notebook


def notebook_of_cells(cells: Iterable[Tuple[int, str]]) -> Notebook:
    """The notebook whose code cells are ``cells``, (number, text) top to bottom: as an editor
    holds an open notebook (the language server's notebook documents)."""
    return _run_all(Notebook(), ((number, *_cell_lines(text)) for number, text in cells))


def _run_all(notebook: Notebook, cells: Iterable[Tuple[int, List[str], List[int]]]) -> Notebook:
    """The code cells, (number, lines, file offsets), as one module into ``notebook``, up to
    the first that Python cannot parse."""
    module: List[str] = []
    for number, lines, offsets in cells:
        python = _python_lines(lines)
        try:
            _parse("\n".join(python))
        except SyntaxError as e:
            notebook.error = "syntax error in cell %d at line %s, column %s: %s; the cells " \
                             "after it are not analysed, as Run all stops there" % (
                                 number, e.lineno, e.offset, e.msg)
            notebook.error_at = (number, e.lineno or 1, e.offset or 0)
            break
        except (RecursionError, MemoryError, ValueError) as e:
            notebook.error = "cannot parse cell %d: %s" % (number, str(e) or type(e).__name__)
            notebook.error_at = (number, 1, 0)
            break
        notebook.cells.append(Cell(number, len(module) + 1, lines, offsets))
        module.extend(python)
    notebook.source = "\n".join(module) + "\n" if module else ""
    return notebook


def _is_python(data: dict) -> bool:
    """A notebook that names another kernel language (R, Julia, ...) has no Python to read."""
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    for key, sub in (("language_info", "name"), ("kernelspec", "language")):
        info = meta.get(key)
        if isinstance(info, dict) and isinstance(info.get(sub), str):
            return info[sub].lower() in ("python", "python3", "ipython")
    return True


def _cell_lines(source) -> Tuple[List[str], List[int]]:
    """A cell's lines and, for each, the offset of its text in the file."""
    parts = source if isinstance(source, list) else [source]
    text = ""
    starts: List[Tuple[int, int]] = []  # (offset in the cell's text, offset in the file)
    for part in parts:
        if isinstance(part, str):
            starts.append((len(text), getattr(part, "offset", 0)))
            text += part
    lines = _NEWLINE.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the newline that ends the last line starts no line of its own
    offsets, at = [], 0
    for line in lines:
        i = max(bisect.bisect_right([s for s, _ in starts], at) - 1, 0)
        part_at, file_at = starts[i] if starts else (0, 0)
        offsets.append(file_at + len(_escaped(text[part_at:at])))
        at += len(line) + 1
        if text[at - 1:at + 1] == "\r\n":
            at += 1
    return lines, offsets


def _parse(text: str) -> ast.Module:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text)


def _python_lines(lines: List[str]) -> List[str]:
    """The cell's lines with IPython syntax blanked, one line for each line: a ``%%`` cell
    magic blanks the cell (its body kept for ``%%time`` and ``%%capture``, which run it as
    Python), a line magic, shell escape or help line becomes ``pass`` at its indentation."""
    try:
        _parse("\n".join(lines))
        return lines  # plain Python: nothing to blank
    except (SyntaxError, RecursionError, MemoryError, ValueError):
        pass
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    magic = _CELL_MAGIC.match(lines[first]) if first is not None else None
    if magic:
        if magic.group(1) in PYTHON_CELL_MAGICS:
            return lines[:first] + [""] + _python_lines(lines[first + 1:])
        return [""] * len(lines)
    out, continued = [], False
    for line in lines:
        if continued:
            out.append("")
        elif _IPYTHON_LINE.match(line) and not _statement_open("\n".join(out)):
            out.append(line[:len(line) - len(line.lstrip())] + "pass")
        else:
            out.append(line)
            continue
        continued = line.rstrip().endswith("\\")
    return out


def _statement_open(text: str) -> bool:
    """Whether ``text`` ends inside a statement (an open bracket or string, a backslash): a
    next line starting with ``%`` is then Python's modulo, not a magic, as IPython sees it."""
    try:
        for _ in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            pass
    except tokenize.TokenError:
        return True
    except (SyntaxError, ValueError):
        return False
    return False
