"""``kerashape lsp``: a Language Server over stdio (pygls; the ``lsp`` extra).

Diagnostics on open, change and save (the same codes and positions as flake8),
hover on a layer call (input and output shape, parameters and their formula),
inlay hints after each layer call (``(None, 32, 4) · 116 params``), and quick
fixes: insert ``Flatten()`` before a KSH201 layer, rewrite a Keras 1 call
in Keras 2+ spelling (KSH301, made with libcst: see fixes.py). Any failure in
analysis leaves the server answering.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Tuple

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from . import __version__, config as config_mod, fixes
from .api import FileReport, check_source
from .config import Config
from .render import explain_text
from .shapes import shape_text, to_json

server = LanguageServer("kerashape", __version__)
_reports: Dict[str, FileReport] = {}


_configs: Dict[Optional[Path], Tuple[Optional[Tuple[int, int]], Config]] = {}


def config_for(path: Optional[str]) -> Config:
    """The configuration the CLI would use for this document: its nearest pyproject.toml,
    read again when that file changes (its mtime or size). A bad one is reported as the CLI does
    (one message naming the file) and analysis goes on with the defaults."""
    found = config_mod.find_pyproject(Path(path).parent) if path else None
    try:
        stat = found.stat() if found else None
        stamp = (stat.st_mtime_ns, stat.st_size) if stat else None
    except OSError:
        stamp = None
    if found not in _configs or _configs[found][0] != stamp:
        try:
            config = config_mod.load_file(found) if found else Config()
        except config_mod.ConfigError as e:
            server.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error, message="kerashape: %s" % e))
            config = Config()
        _configs[found] = (stamp, config)
    return _configs[found][1]


def _analyse(uri: str) -> Optional[FileReport]:
    document = server.workspace.get_text_document(uri)
    try:
        report = check_source(document.source, document.path or uri, config_for(document.path))
    except Exception:  # noqa: BLE001 - half-typed code must never stop the server
        return _reports.get(uri)
    _reports[uri] = report
    return report


def _range(report: FileReport, node) -> types.Range:
    line, column, end_line, end_column = report.source.span(node)
    return types.Range(start=types.Position(line=line - 1, character=column),
                       end=types.Position(line=end_line - 1, character=end_column))


def _publish(uri: str) -> None:
    report = _analyse(uri)
    diagnostics = []
    for d in report.diagnostics if report else []:
        severity = (types.DiagnosticSeverity.Error if d.code.startswith("KSH1")
                    else types.DiagnosticSeverity.Information if d.code.startswith("KSI")
                    else types.DiagnosticSeverity.Warning)
        diagnostics.append(types.Diagnostic(range=_range(report, d.node) if d.node is not None else
                                            types.Range(start=types.Position(line=d.line - 1,
                                                                             character=d.column - 1),
                                                        end=types.Position(line=d.line - 1,
                                                                           character=d.column - 1)),
                                            message=d.message, code=d.code, source="kerashape",
                                            severity=severity))
    server.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls, params: types.DidOpenTextDocumentParams) -> None:
    _publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls, params: types.DidChangeTextDocumentParams) -> None:
    _publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls, params: types.DidSaveTextDocumentParams) -> None:
    _publish(params.text_document.uri)


def _steps(report: FileReport):
    for result in report.models:
        for step in result.steps:
            if step.node is not None:
                yield result, step


def _contains(rng: types.Range, pos: types.Position) -> bool:
    start, end = (rng.start.line, rng.start.character), (rng.end.line, rng.end.character)
    return start <= (pos.line, pos.character) <= end


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls, params: types.HoverParams) -> Optional[types.Hover]:
    report = _reports.get(params.text_document.uri) or _analyse(params.text_document.uri)
    if report is None:
        return None
    found = [(result, step) for result, step in _steps(report)
             if _contains(_range(report, step.node), params.position)]
    if not found:
        return None
    result, step = found[-1]  # the innermost call under the cursor
    lines = ["**%s** (%s)" % (step.name or "?", step.cls),
             "input: `%s`" % shape_text(step.input),
             "output: `%s`" % shape_text(step.output),
             "params: %s" % _count(step.params)]
    if step.formula:
        lines.append("formula: %s" % explain_text(step))
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                    value="  \n".join(lines)),
                       range=_range(report, step.node))


def _count(value) -> str:
    v = to_json(value)
    return "?" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
def inlay_hints(ls, params: types.InlayHintParams) -> List[types.InlayHint]:
    report = _reports.get(params.text_document.uri) or _analyse(params.text_document.uri)
    hints = []
    for result, step in (_steps(report) if report else []):
        if not result.built:
            continue
        end = _range(report, step.node).end
        if params.range.start.line <= end.line <= params.range.end.line:
            hints.append(types.InlayHint(position=end, label=" %s · %s params"
                                         % (shape_text(step.output), _count(step.params)),
                                         kind=types.InlayHintKind.Type, padding_left=True))
    return hints


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def code_actions(ls, params: types.CodeActionParams) -> List[types.CodeAction]:
    uri = params.text_document.uri
    report = _reports.get(uri) or _analyse(uri)
    if report is None:
        return []
    text = server.workspace.get_text_document(uri).source
    actions = []
    for d in report.diagnostics:
        if d.node is None or not (params.range.start.line <= d.line - 1 <= params.range.end.line):
            continue
        if d.code == "KSH201":
            edit = _text_edits(fixes.insert_flatten(text, d.line, d.column))
            title = "Insert Flatten() before this layer"
        elif d.code == "KSH301":
            edit = _modernise(text, d)
            title = "Use the Keras 2+ spelling"
        else:
            continue
        if edit:
            actions.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                            edit=types.WorkspaceEdit(changes={uri: edit})))
    return actions


def _modernise(text: str, diagnostic) -> List[types.TextEdit]:
    found = fixes.modernise(text, diagnostic.line, diagnostic.column)
    return _text_edits([found] if found else [])


def _text_edits(edits: List[fixes.Edit]) -> List[types.TextEdit]:
    return [types.TextEdit(range=types.Range(start=types.Position(line=line - 1, character=column),
                                             end=types.Position(line=end_line - 1, character=end_column)),
                           new_text=new)
            for (line, column, end_line, end_column), new in edits]


def main() -> None:
    server.start_io()
