"""``kerashape lsp``: a Language Server over stdio (pygls; the ``lsp`` extra).

Diagnostics on open, change and save (the same codes and positions as flake8),
hover on a layer call (input and output shape, parameters and their formula),
inlay hints after each layer call (``(None, 32, 4) · 116 params``), and quick
fixes (in a notebook's cells too): insert ``Flatten()`` before a KSH201 layer,
rewrite a Keras 1 call in Keras 2+ spelling (KSH301, made with libcst: see
fixes.py). Any failure in analysis leaves the server answering.

Notebooks (LSP 3.17's notebook documents): the code cells run top to bottom as one module, as
``kerashape check`` reads an .ipynb; diagnostics, hover and inlay hints are each cell's. A
document is analysed again when a project module it imports changes: an open one edited or
saved, or a file on disk (``workspace/didChangeWatchedFiles``); an open module's unsaved text
is what the others read. A file that cannot be read or parsed gets one diagnostic in the words
``kerashape check`` prints for it.

Keeping up with typing: a document is analysed once its edits pause for
``DEBOUNCE`` seconds, one analysis per document at a time and always of its
newest text. An analysis that a newer edit overtakes stops within a few
milliseconds (the worker looks at a number the server shares with it) and
is not published; the newest version is analysed next. Diagnostics carry
the version they describe. Analysis runs in a worker process: it is pure Python, and in a thread it would
hold the GIL the event loop needs to read messages and answer. Hover and inlay
hints answer at once from the newest finished analysis, never waiting for one
in flight. Every request gets an answer: one the server cannot read gets a
JSON-RPC error.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import Dict, List, Optional, Tuple
from urllib.parse import unquote

from lsprotocol import types

from . import __version__
from .lsp_analysis import (Span, _Analysis, _analysis, _Finding, _flatten, _modernise, _notebook_analysis,
                           cell_edits, ready, start_worker)
from .lsp_notebooks import NOTEBOOK_SYNC, code_cells, edited_modules, path_key
from .lsp_wire import Protocol, Server

logger = logging.getLogger(__name__)

DEBOUNCE = 0.15  # seconds: a pause between keystrokes is longer, a burst of edits shorter

server = Server("kerashape", __version__, protocol_cls=Protocol, notebook_document_sync=NOTEBOOK_SYNC)


# --- Keeping up: per document, debounce, analyse the newest version, publish it -----------------

class _Document:
    """The server's state for one open document (a text document, or a notebook)."""

    def __init__(self, notebook: bool = False) -> None:
        self.notebook = notebook
        self.finished: Optional[_Analysis] = None  # the newest finished analysis, of any version
        self.timer: Optional[asyncio.TimerHandle] = None  # the debounced start of the next one
        self.running = 0  # the number of its analysis in the worker (0: none)
        self.wanted = False  # something changed since the last analysis started
        self.cells: set = set()  # a notebook's cells that diagnostics were published for


_documents: Dict[str, _Document] = {}
_worker: Optional[ProcessPoolExecutor] = None
_SPAWN = multiprocessing.get_context("spawn")
# The number of the analysis in the worker that a newer edit overtook: the worker looks at it
# every few steps and stops, so the newest version is analysed that much sooner.
_overtaken = _SPAWN.RawValue("q", 0)
_analyses = itertools.count(1)


def _in_worker(function, *args) -> asyncio.Future:
    global _worker
    with _python_library_directory():  # multiprocessing's helper processes start here too
        if _worker is None:
            _worker = _new_worker()
        try:
            return asyncio.wrap_future(_worker.submit(function, *args))
        except BrokenProcessPool:  # the worker died (out of memory, say): start another
            _worker = _new_worker()
            return asyncio.wrap_future(_worker.submit(function, *args))


def _new_worker() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=1, initializer=start_worker, initargs=(_overtaken,),
                               mp_context=_SPAWN)


@contextmanager
def _python_library_directory():
    """A new Python process imports its first modules from its working directory, and the
    editor's working directory is the user's project: a ``pickle.py`` there would run. The
    worker starts in Python's own library folder instead, where every module is the real one."""
    try:
        here = os.getcwd()
    except OSError:
        here = None
    os.chdir(os.path.dirname(os.__file__))
    try:
        yield
    finally:
        if here is not None:
            os.chdir(here)


def _schedule(uri: str, delay: float) -> None:
    document = _documents.get(uri)
    if document is None:
        return
    document.wanted = True
    if document.running:
        _overtaken.value = document.running
    if document.timer is not None:
        document.timer.cancel()
    document.timer = asyncio.get_running_loop().call_later(delay, _start, uri, document)


def _version(uri: str, document: _Document) -> Optional[int]:
    if document.notebook:
        return server.workspace.get_notebook_document(notebook_uri=uri).version
    return server.workspace.get_text_document(uri).version


def _start(uri: str, document: _Document) -> None:
    document.timer = None
    if document.running or _documents.get(uri) is not document:
        return  # _finish starts the newest version once the analysis in flight ends
    document.wanted = False
    version = _version(uri, document)
    modules = edited_modules(server.workspace, uri)
    number = next(_analyses)
    if document.notebook:
        future = _in_worker(_notebook_analysis, uri, version, code_cells(server.workspace, uri), modules,
                            number)
    else:
        future = _in_worker(_analysis, uri, version, server.workspace.get_text_document(uri).source, modules,
                            number)
    document.running = number
    future.add_done_callback(partial(_finish, uri, document, version))


_told: set = set()


def _finish(uri: str, document: _Document, version: Optional[int], future: asyncio.Future) -> None:
    document.running = 0
    if _documents.get(uri) is not document:
        return  # closed (or closed and opened again) meanwhile
    try:
        analysis = future.result()
    except Exception:  # noqa: BLE001 - half-typed code must never stop the server
        logger.exception("kerashape: analysis of %s failed", uri)
        analysis = None  # (None too from one a newer edit overtook)
    if analysis is not None:
        document.finished = analysis
        if analysis.message and analysis.message not in _told:
            _told.add(analysis.message)  # told once, as the CLI tells it once per run
            server.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                               message=analysis.message))
        if version == _version(uri, document) and not document.wanted:
            _publish(uri, document, analysis)
            _refresh_inlay_hints()
    if document.wanted and document.timer is None:
        _start(uri, document)


def _publish(uri: str, document: _Document, analysis: _Analysis) -> None:
    """Diagnostics for the document, or for each of a notebook's cells (and none for a cell
    that had some and is gone)."""
    if not document.notebook:
        _send(uri, analysis.findings, analysis.version)
        return
    for cell in analysis.cells + sorted(document.cells - set(analysis.cells)):
        text = server.workspace.text_documents.get(unquote(cell))
        _send(cell, [f for f in analysis.findings if f.cell == cell], text and text.version)
    document.cells = set(analysis.cells)


def _send(uri: str, findings: List[_Finding], version: Optional[int]) -> None:
    server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
        uri=uri, diagnostics=[_diagnostic(f) for f in findings], version=version))


def _rerun_importers(paths: List[str], everything: bool = False) -> None:
    """Analyse again the open documents whose last analysis read one of these project
    modules (resolved paths), or every open document."""
    for uri, document in list(_documents.items()):
        if everything or (document.finished and set(paths) & set(document.finished.reached)):
            _schedule(uri, DEBOUNCE)


def _log_failure(future: asyncio.Future) -> None:
    if not future.cancelled() and future.exception() is not None:
        logger.error("kerashape: the analysis worker failed: %s", future.exception())


def _refresh_inlay_hints() -> None:
    workspace = server.client_capabilities.workspace
    if workspace and workspace.inlay_hint and workspace.inlay_hint.refresh_support:
        server.workspace_inlay_hint_refresh(None)


@server.feature(types.INITIALIZED)
def initialized(ls, params: types.InitializedParams) -> None:
    _in_worker(ready).add_done_callback(_log_failure)  # start it while the editor opens a file
    workspace = server.client_capabilities.workspace
    watched = workspace and workspace.did_change_watched_files
    if watched and watched.dynamic_registration:  # files on disk: the editor tells of changes
        server.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
            id="kerashape-watched-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=[
                types.FileSystemWatcher(glob_pattern=glob) for glob in ("**/*.py", "**/pyproject.toml")]))]))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls, params: types.DidOpenTextDocumentParams) -> None:
    _documents[params.text_document.uri] = _Document()
    _schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls, params: types.DidChangeTextDocumentParams) -> None:
    _schedule(params.text_document.uri, DEBOUNCE)
    _rerun_importers([path_key(params.text_document.uri)])


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls, params: types.DidSaveTextDocumentParams) -> None:
    _schedule(params.text_document.uri, 0)
    _rerun_importers([path_key(params.text_document.uri)])


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls, params: types.DidCloseTextDocumentParams) -> None:
    _forget(params.text_document.uri)
    _send(params.text_document.uri, [], None)
    _rerun_importers([path_key(params.text_document.uri)])  # they read its file again


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls, params: types.DidChangeWatchedFilesParams) -> None:
    """A module changed on disk: its importers again; one created or deleted, or a
    pyproject.toml, may change what any document reads: every document again."""
    changed = [path_key(change.uri) for change in params.changes]
    _rerun_importers(changed, everything=any(
        change.type != types.FileChangeType.Changed or change.uri.endswith("pyproject.toml")
        for change in params.changes))


@server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
def did_open_notebook(ls, params: types.DidOpenNotebookDocumentParams) -> None:
    _documents[params.notebook_document.uri] = _Document(notebook=True)
    _schedule(params.notebook_document.uri, 0)


@server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
def did_change_notebook(ls, params: types.DidChangeNotebookDocumentParams) -> None:
    _schedule(params.notebook_document.uri, DEBOUNCE)


@server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
def did_save_notebook(ls, params: types.DidSaveNotebookDocumentParams) -> None:
    _schedule(params.notebook_document.uri, 0)


@server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
def did_close_notebook(ls, params: types.DidCloseNotebookDocumentParams) -> None:
    document = _forget(params.notebook_document.uri)
    cells = {cell.uri for cell in params.cell_text_documents} | (document.cells if document else set())
    for cell in sorted(cells):
        _send(cell, [], None)


def _forget(uri: str) -> Optional[_Document]:
    document = _documents.pop(uri, None)
    if document is not None and document.timer is not None:
        document.timer.cancel()
    return document


@server.feature(types.SHUTDOWN)
def shutdown(ls, params) -> None:
    if _worker is not None:
        _worker.shutdown(wait=False, cancel_futures=True)


# --- Requests: answered at once from the newest finished analysis -------------------------------

def _finished(uri: str) -> Tuple[Optional[_Analysis], Optional[str]]:
    """The newest finished analysis of the document at ``uri`` and, for a notebook's cell,
    the cell: its findings and layers are those of that cell."""
    notebook = server.workspace.get_notebook_document(cell_uri=uri)
    document = _documents.get(notebook.uri if notebook else uri)
    return (document.finished if document else None), (uri if notebook else None)


def _range(span: Span) -> types.Range:
    return types.Range(start=types.Position(line=span[0], character=span[1]),
                       end=types.Position(line=span[2], character=span[3]))


def _diagnostic(finding: _Finding) -> types.Diagnostic:
    """A finding as LSP's diagnostic; a file that could not be read or parsed is an error with
    no code, as ``kerashape check`` tells it on stderr."""
    severity = (types.DiagnosticSeverity.Error if not finding.code or finding.code.startswith("KSH1")
                else types.DiagnosticSeverity.Information if finding.code.startswith("KSI")
                else types.DiagnosticSeverity.Warning)
    return types.Diagnostic(range=_range(finding.span), message=finding.message, code=finding.code or None,
                            source="kerashape", severity=severity)


def _contains(span: Span, pos: types.Position) -> bool:
    return span[:2] <= (pos.line, pos.character) <= span[2:]


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls, params: types.HoverParams) -> Optional[types.Hover]:
    analysis, cell = _finished(params.text_document.uri)
    found = [layer for layer in (analysis.layers if analysis else [])
             if layer.cell == cell and _contains(layer.span, params.position)]
    if not found:
        return None
    layer = found[-1]  # the innermost call under the cursor
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=layer.hover),
                       range=_range(layer.span))


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
def inlay_hints(ls, params: types.InlayHintParams) -> List[types.InlayHint]:
    analysis, cell = _finished(params.text_document.uri)
    return [types.InlayHint(position=types.Position(line=layer.span[2], character=layer.span[3]),
                            label=layer.hint, kind=types.InlayHintKind.Type, padding_left=True)
            for layer in (analysis.layers if analysis else [])
            if layer.hint and layer.cell == cell
            and params.range.start.line <= layer.span[2] <= params.range.end.line]


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
async def code_actions(ls, params: types.CodeActionParams) -> List[types.CodeAction]:
    uri = params.text_document.uri
    analysis, cell = _finished(uri)
    notebook = server.workspace.get_notebook_document(cell_uri=uri) if cell else None
    # An edit is placed by positions in the text it was made from: only the current version's.
    if analysis is None or analysis.version != (
            notebook.version if notebook else server.workspace.get_text_document(uri).version):
        return []
    actions = []
    for finding in analysis.findings:
        if finding.cell != cell or not params.range.start.line <= finding.span[0] <= params.range.end.line:
            continue
        if finding.code == "KSH201":
            title, edits = "Insert Flatten() before this layer", await _in_worker(_flatten, analysis.text,
                                                                                  *finding.at)
        elif finding.code == "KSH301":
            title, edits = "Use the Keras 2+ spelling", await _in_worker(_modernise, analysis.text,
                                                                         *finding.at)
        else:
            continue
        # A notebook's edits are made in its cells as one module: each goes to its cell.
        changes = cell_edits(analysis, edits) if cell else {uri: edits}
        if edits and changes:
            actions.append(types.CodeAction(
                title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[_diagnostic(finding)],
                edit=types.WorkspaceEdit(changes={
                    target: [types.TextEdit(range=_range(span), new_text=text) for span, text in placed]
                    for target, placed in changes.items()})))
    return actions


def main() -> None:
    server.start_io()
