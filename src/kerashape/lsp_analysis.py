"""The language server's analysis of one document, as plain data: what runs in its worker
process. It imports no part of pygls, so the worker starts quickly."""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import unquote, urlparse

from . import config as config_mod, fixes
from .api import Cancelled, FileReport, check_cells, check_source, collector_paused, edited
from .config import Config
from .files import CANNOT_READ, Unreadable, byte_position, decode
from .flops import costs
from .notebooks import Notebook, notebook_of_cells
from .render import explain_text
from .shapes import shape_text, to_json


def path_of(uri: str) -> str:
    """A ``file:`` URI's path (the document's file, for its configuration and project)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


_configs: Dict[Optional[Path], Tuple[Optional[Tuple[int, int]], Config, Optional[str]]] = {}


def config_for(path: Optional[str]) -> Tuple[Config, Optional[str]]:
    """The configuration the CLI would use for this document: its nearest pyproject.toml,
    read again when that file changes (its mtime or size); with the CLI's message for a bad
    one, under which analysis goes on with the defaults."""
    found = config_mod.find_pyproject(Path(path).parent) if path else None
    try:
        stat = found.stat() if found else None
        stamp = (stat.st_mtime_ns, stat.st_size) if stat else None
    except OSError:
        stamp = None
    if found not in _configs or _configs[found][0] != stamp:
        try:
            _configs[found] = (stamp, config_mod.load_file(found) if found else Config(), None)
        except config_mod.ConfigError as e:
            _configs[found] = (stamp, Config(), "kerashape: %s" % e)
    return _configs[found][1], _configs[found][2]


# In the worker: the number of the analysis the server no longer wants (a newer edit overtook
# its version), shared with the server; each analysis looks at it now and then and stops.
_overtaken = None


def start_worker(overtaken) -> None:
    """Run as the worker starts. It exits when the server does, however that ends (killed,
    say). Its stdout is the editor's channel: nothing of the worker's may reach it.
    ``overtaken`` is the server's shared number (a ``RawValue``)."""
    global _overtaken
    _overtaken = overtaken
    sys.stdout = open(os.devnull, "w")

    def watch(server_process) -> None:
        server_process.join()
        os._exit(0)

    threading.Thread(target=watch, args=(multiprocessing.parent_process(),), daemon=True).start()


def ready() -> None:
    """Run once in a new worker: by then it has imported all the analysis needs."""


def _analyse(uri: str, text: str, ticket: int, notebook: Optional[Notebook] = None) \
        -> Tuple[FileReport, Optional[str]]:
    """The one analysis of a document (in the worker), under its own configuration; it ends
    with Cancelled once the server says ``ticket`` is overtaken."""
    path = path_of(uri)
    config, message = config_for(path if Path(path).is_absolute() else None)
    shared = _overtaken

    def cancelled() -> bool:
        return shared is not None and shared.value == ticket
    if notebook is not None:
        return check_cells(notebook, path, config, cancelled), message
    return check_source(text, path, config, cancelled=cancelled), message


def _as_python_reads(text: str) -> Tuple[str, Optional[Tuple[str, Tuple[int, int]]]]:
    """The text as Python would read the file, and the CLI's words and place for one it could
    not: bytes that are not UTF-8 reach the server as lone surrogates (Python's
    surrogateescape), and are undone to bytes and decoded as the CLI decodes a file."""
    try:
        text.encode("utf-8")
        return text, None
    except UnicodeEncodeError as e:
        good = text[:e.start].encode("utf-8")
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no byte escapes to: UTF-8 cannot hold it either
        data = text.encode("utf-8", "surrogatepass")
    try:
        return decode(data), None  # a coding cookie that these bytes fit (latin-1, say)
    except Unreadable as why:
        return "", (CANNOT_READ % why, byte_position(data, len(good)))


# --- In the worker: one version analysed, in the plain terms the server answers from -----------

Span = Tuple[int, int, int, int]  # LSP's: line, character, end line, end character, all 0-based


class _Finding(NamedTuple):
    span: Span
    code: str  # "" for a file that could not be read or parsed: the CLI's line, as a diagnostic
    message: str
    at: Tuple[int, int]  # kerashape's (line, column), 1-based: where libcst finds its quick fix
    cell: Optional[str] = None  # in a notebook: the URI of the cell the span is in


class _Layer(NamedTuple):
    span: Span
    hover: str  # markdown
    hint: Optional[str]  # the inlay hint, on a built model's layers
    cell: Optional[str] = None


@dataclass
class _Analysis:
    """A document's version, analysed: plain data, cheap to send from the worker, so that
    answering a request is a lookup."""
    version: Optional[int]
    text: str
    findings: List[_Finding] = field(default_factory=list)
    layers: List[_Layer] = field(default_factory=list)
    message: Optional[str] = None  # for the user: its pyproject.toml could not be used
    reached: List[str] = field(default_factory=list)  # the project modules it read (paths)
    cells: List[str] = field(default_factory=list)  # a notebook's code cells (URIs), in order
    cell_lines: List[Tuple[str, int, int]] = field(default_factory=list)  # each that ran: URI,
    # its first line in the module (0-based) and its number of lines


def _analysis(uri: str, version: Optional[int], text: str, modules: Dict[str, str],
              ticket: int = 0) -> Optional[_Analysis]:
    """A text document's analysis; ``modules``: the editor's unsaved project modules, by path.
    None when the server overtook it (``ticket``)."""
    with collector_paused():  # the hover texts too: thousands of strings, on a large heap
        return _text_analysis(uri, version, text, modules, ticket)


def _text_analysis(uri: str, version: Optional[int], text: str, modules: Dict[str, str],
                   ticket: int) -> Optional[_Analysis]:
    readable, unreadable = _as_python_reads(text)
    try:
        with edited(modules):
            report, message = _analyse(uri, readable, ticket)
    except Cancelled:
        return None
    analysis = _Analysis(version, text, message=message, reached=report.reached)
    if unreadable is not None:
        words, (line, column) = unreadable
        analysis.findings.append(_Finding((line - 1, column - 1) * 2, "", words, (line, column)))
        return analysis
    if report.error:
        line, column = report.error_at or (1, 0)
        span = (line - 1, max(column - 1, 0)) * 2
        analysis.findings.append(_Finding(span, "", report.error, (line, column)))
    _findings_and_layers(analysis, report, lambda span: (span, None))
    return analysis


def _notebook_analysis(uri: str, version: Optional[int], cells: List[Tuple[str, int, str]],
                       modules: Dict[str, str], ticket: int = 0) -> Optional[_Analysis]:
    """A notebook document's analysis: its code cells, (URI, number, text), as one module (as
    ``kerashape check`` reads a notebook); each finding and layer placed in its cell. None
    when the server overtook it."""
    with collector_paused():
        return _cells_analysis(uri, version, cells, modules, ticket)


def _cells_analysis(uri: str, version: Optional[int], cells: List[Tuple[str, int, str]],
                    modules: Dict[str, str], ticket: int) -> Optional[_Analysis]:
    notebook = notebook_of_cells((number, _as_python_reads(text)[0]) for _, number, text in cells)
    try:
        with edited(modules):
            report, message = _analyse(uri, notebook.source, ticket, notebook)
    except Cancelled:
        return None
    by_number = {number: cell_uri for cell_uri, number, _ in cells}
    analysis = _Analysis(version, notebook.source, message=message, reached=report.reached,
                         cells=[cell_uri for cell_uri, _, _ in cells],
                         cell_lines=[(by_number[c.number], c.first_line - 1, len(c.lines))
                                     for c in notebook.cells])
    for cell_uri, number, text in cells:
        unreadable = _as_python_reads(text)[1]
        if unreadable is not None:
            words, (line, column) = unreadable
            analysis.findings.append(_Finding((line - 1, column - 1) * 2, "", words, (line, column),
                                              cell_uri))
    if notebook.error_at is not None:
        number, line, column = notebook.error_at
        analysis.findings.append(_Finding((line - 1, max(column - 1, 0)) * 2, "", notebook.error,
                                          (line, column), by_number[number]))

    def in_cell(span: Span) -> Tuple[Span, Optional[str]]:
        cell, _ = notebook.cell_at(span[0] + 1)
        first = cell.first_line - 1
        return (span[0] - first, span[1], span[2] - first, span[3]), by_number[cell.number]
    _findings_and_layers(analysis, report, in_cell)
    return analysis


def _findings_and_layers(analysis: _Analysis, report: FileReport, place) -> None:
    """The report's findings and layers into ``analysis``; ``place`` maps a span of the
    analysed module to (span, cell URI) in the document."""
    for d in report.diagnostics:
        span = _span(report, d.node) if d.node is not None else (d.line - 1, d.column - 1) * 2
        span, cell = place(span)
        analysis.findings.append(_Finding(span, d.code, d.message, (d.line, d.column), cell))
    for result in report.models:
        for step, cost in zip(result.steps, costs(result)):
            if step.node is None or report.module_path(step.node) or step.node is result.model.node:
                continue  # a line of another module; a keras.applications backbone's own layers
            hover = ["**%s** (%s)" % (step.name or "?", step.class_name),
                     "input: `%s`" % shape_text(step.input),
                     "output: `%s`" % shape_text(step.output),
                     "params: %s" % _count(step.params)]
            if step.formula:
                hover.append("formula: %s" % explain_text(step))
            hover.append("MACs: %s · FLOPs: %s (one sample)" % (_count(cost.macs), _count(cost.flops)))
            hint = " %s · %s params" % (shape_text(step.output), _count(step.params))
            span, cell = place(_span(report, step.node))
            analysis.layers.append(_Layer(span, "  \n".join(hover), hint if result.built else None, cell))


def _span(report: FileReport, node) -> Span:
    line, column, end_line, end_column = report.source.span(node)
    return line - 1, column, end_line - 1, end_column


def _count(value) -> str:
    v = to_json(value)
    return "?" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))


def cell_edits(analysis: _Analysis, edits: List[Tuple[Span, str]]) \
        -> Optional[Dict[str, List[Tuple[Span, str]]]]:
    """A notebook's edits of its cells as one module, as edits of each cell (by URI); None
    where an edit does not lie within one cell."""
    placed: Dict[str, List[Tuple[Span, str]]] = {}
    for (line, column, end_line, end_column), text in edits:
        for uri, first, count in analysis.cell_lines:
            if first <= line and end_line < first + count:
                span = (line - first, column, end_line - first, end_column)
                placed.setdefault(uri, []).append((span, text))
                break
        else:
            return None
    return placed


def _edits(edits: List[fixes.Edit]) -> List[Tuple[Span, str]]:
    """fixes' edits (1-based lines) as the server's spans (0-based)."""
    return [((line - 1, column, end_line - 1, end_column), new)
            for (line, column, end_line, end_column), new in edits]


def _flatten(text: str, line: int, column: int) -> List[Tuple[Span, str]]:
    """KSH201's quick fix, made when asked for: libcst reads the whole file for it."""
    return _edits(fixes.insert_flatten(text, line, column))


def _modernise(text: str, line: int, column: int) -> List[Tuple[Span, str]]:
    found = fixes.modernise(text, line, column)
    return _edits([found] if found else [])
