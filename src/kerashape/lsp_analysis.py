"""The language server's analysis of one document, as plain data: what runs in its worker
process. It imports no part of pygls, so the worker starts quickly."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import unquote, urlparse

from . import config as config_mod, fixes
from .api import FileReport, check_source
from .config import Config
from .flops import costs
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


def _analyse(uri: str, text: str) -> Tuple[FileReport, Optional[str]]:
    """The one analysis of a document (in the worker), under its own configuration."""
    path = path_of(uri)
    config, message = config_for(path if Path(path).is_absolute() else None)
    return check_source(text, path, config), message


# --- In the worker: one version analysed, in the plain terms the server answers from -----------

Span = Tuple[int, int, int, int]  # LSP's: line, character, end line, end character, all 0-based


class _Finding(NamedTuple):
    span: Span
    code: str
    message: str
    at: Tuple[int, int]  # kerashape's (line, column), 1-based: where libcst finds its quick fix


class _Layer(NamedTuple):
    span: Span
    hover: str  # markdown
    hint: Optional[str]  # the inlay hint, on a built model's layers


@dataclass
class _Analysis:
    """A document's version, analysed: plain data, cheap to send from the worker, so that
    answering a request is a lookup."""
    version: Optional[int]
    text: str
    findings: List[_Finding] = field(default_factory=list)
    layers: List[_Layer] = field(default_factory=list)
    message: Optional[str] = None  # for the user: its pyproject.toml could not be used


def _analysis(uri: str, version: Optional[int], text: str) -> _Analysis:
    report, message = _analyse(uri, text)
    analysis = _Analysis(version, text, message=message)
    for d in report.diagnostics:
        span = _span(report, d.node) if d.node is not None else (d.line - 1, d.column - 1) * 2
        analysis.findings.append(_Finding(span, d.code, d.message, (d.line, d.column)))
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
            analysis.layers.append(_Layer(_span(report, step.node), "  \n".join(hover),
                                          hint if result.built else None))
    return analysis


def _span(report: FileReport, node) -> Span:
    line, column, end_line, end_column = report.source.span(node)
    return line - 1, column, end_line - 1, end_column


def _count(value) -> str:
    v = to_json(value)
    return "?" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))


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
