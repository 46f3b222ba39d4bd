"""The language server's analysis of one document, as plain data: what runs in its worker
process. It imports no part of pygls, so the worker starts quickly."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import List, NamedTuple, Optional, Tuple
from urllib.parse import unquote, urlparse

from . import fixes
from .api import FileReport, check_source, dotted_name
from .config import Config
from .flops import costs
from .render import explain_text
from .shapes import shape_text, to_json


def path_of(uri: str) -> str:
    """A ``file:`` URI's path (the document's file, for its configuration and project)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _analyse(uri: str, text: str) -> FileReport:
    """The one analysis of a document (in the worker): the configuration in force for ``uri``
    is chosen here."""
    return check_source(text, path_of(uri), Config())


# --- In the worker: one version analysed, in the plain terms the server answers from -----------

Span = Tuple[int, int, int, int]  # LSP's: line, character, end line, end character, all 0-based


class _Finding(NamedTuple):
    span: Span
    code: str
    message: str
    at: Tuple[int, int]  # kerashape's (line, column), 1-based: where libcst finds a KSH301 call
    flatten: Optional[Tuple[Span, str]]  # KSH201's quick fix: insert this text at this span


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


def _analysis(uri: str, version: Optional[int], text: str) -> _Analysis:
    report = _analyse(uri, text)
    analysis = _Analysis(version, text)
    lines = text.splitlines(keepends=True)
    for d in report.diagnostics:
        span = _span(report, d.node) if d.node is not None else (d.line - 1, d.column - 1) * 2
        flatten = _insert_flatten(report, d.node, lines) if d.node is not None \
            and d.code == "KSH201" else None
        analysis.findings.append(_Finding(span, d.code, d.message, (d.line, d.column), flatten))
    for result in report.models:
        for step, cost in zip(result.steps, costs(result)):
            if step.node is None or report.module_path(step.node):  # (a line of another module)
                continue
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


def _insert_flatten(report: FileReport, node: ast.Call, lines: List[str]) -> Tuple[Span, str]:
    """Flatten() spelled with the user's own prefix: a new .add line, or a list element."""
    line, character, _, _ = _span(report, node)
    func = dotted_name(node.func) or ""
    prefix = func[: len(func) - len(func.rsplit(".", 1)[-1])]
    text = lines[line]
    before = text[:character]
    if before.rstrip().endswith(".add("):
        indent = text[: len(text) - len(text.lstrip())]
        statement = before.lstrip()
        receiver = statement[: statement.rindex(".add(")]
        return (line, 0, line, 0), "%s%s.add(%sFlatten())\n" % (indent, receiver, prefix)
    return (line, character, line, character), "%sFlatten(), " % prefix


def _modernise(text: str, line: int, column: int) -> Optional[Tuple[Span, str]]:
    found = fixes.modernise(text, line, column)
    if found is None:
        return None
    (line, column, end_line, end_column), new = found
    return (line - 1, column, end_line - 1, end_column), new
