"""``kerashape lsp``: a Language Server over stdio (pygls; the ``lsp`` extra).

Diagnostics on open, change and save (the same codes and positions as flake8),
hover on a layer call (input and output shape, parameters and their formula),
inlay hints after each layer call (``(None, 32, 4) · 116 params``), and quick
fixes: insert ``Flatten()`` before a KSH201 layer, rewrite a Keras 1 call
in Keras 2+ spelling (KSH301, made with libcst: see fixes.py). Any failure in
analysis leaves the server answering.

Keeping up with typing: a document is analysed once its edits pause for
``DEBOUNCE`` seconds, one analysis per document at a time and always of its
newest text. An analysis that a newer edit overtook is not published; the
newest version is analysed next. Diagnostics carry the version they describe.
Analysis runs in a worker process: it is pure Python, and in a thread it would
hold the GIL the event loop needs to read messages and answer. Hover and inlay
hints answer at once from the newest finished analysis, never waiting for one
in flight. Every request gets an answer: one the server cannot read gets a
JSON-RPC error.
"""
from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import re
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Dict, List, Optional
from urllib.parse import unquote

import cattrs
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest, JsonRpcParseError
from pygls.io_ import StdinAsyncReader, StdoutWriter, run_async
from pygls.lsp.server import LanguageServer
from pygls.workspace.position_codec import PositionCodec
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.protocol.json_rpc import RPCRequest

from . import __version__
from .lsp_analysis import Span, _Analysis, _analysis, _Finding, _flatten, _modernise

logger = logging.getLogger(__name__)

DEBOUNCE = 0.15  # seconds: a pause between keystrokes is longer, a burst of edits shorter


def _end_with_the_server() -> None:
    """In the worker: exit when the server does, however it ends (killed, say). Its stdout is
    the editor's channel: nothing of the worker's may reach it."""
    sys.stdout = open(os.devnull, "w")

    def watch(server_process) -> None:
        server_process.join()
        os._exit(0)

    threading.Thread(target=watch, args=(multiprocessing.parent_process(),), daemon=True).start()


def _ready() -> None:
    """Run once in a new worker: by then it has imported all the analysis needs."""


# --- Requests the server cannot read still get an answer ----------------------------------------

@dataclass
class _Unanswerable:
    """A request whose parameters pygls could not read: answered with this error, not dropped."""
    id: Any
    error: JsonRpcException


class _Protocol(LanguageServerProtocol):
    def structure_message(self, data: Dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as e:
            if "id" not in data or "method" not in data:
                raise
            problem = e.message
            if isinstance(e.__cause__, cattrs.ClassValidationError):
                problem = "%s: %s" % (e.message, "; ".join(cattrs.transform_error(e.__cause__)))
            return _Unanswerable(data["id"], type(e)(problem))

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        """pygls rebuilds the whole text line by line for every change, milliseconds a keystroke
        in a long file; here a change is one splice. A document that is not open is ignored."""
        document = self.workspace.text_documents.get(unquote(params.text_document.uri))
        if document is None:
            return
        for change in params.content_changes:
            document._source = _splice(document.source, change, document.position_codec)
        document.version = params.text_document.version
        handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)
        if handler is not None:
            yield handler, (params,), None

    def handle_message(self, message) -> None:
        if isinstance(message, _Unanswerable):
            self.answer_error(message.id, message.error)
        elif getattr(message, "jsonrpc", None) != self.VERSION:
            msg_id = message.get("id") if isinstance(message, dict) else getattr(message, "id", None)
            self.answer_error(msg_id, JsonRpcInvalidRequest("Invalid Request: not a JSON-RPC 2.0 message"))
        elif self._shutdown and isinstance(message, RPCRequest) and message.method != types.EXIT:
            self.answer_error(message.id, JsonRpcInvalidRequest("Invalid Request: the server is shut down"))
        else:
            super().handle_message(message)

    def answer_error(self, msg_id: Any, error: JsonRpcException) -> None:
        """An error response; JSON-RPC answers an id that cannot be read as null."""
        valid = isinstance(msg_id, (str, int)) and not isinstance(msg_id, bool)
        self._send_data({"jsonrpc": self.VERSION, "id": msg_id if valid else None,
                         "error": {"code": error.code, "message": error.message}})


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # LSP's line breaks


def _splice(text: str, change: types.TextDocumentContentChangeEvent, codec: PositionCodec) -> str:
    if not isinstance(change, types.TextDocumentContentChangePartial):
        return change.text  # the whole document
    start, end = (_offset(text, change.range.start, codec), _offset(text, change.range.end, codec))
    return text[:start] + change.text + text[max(start, end):]


def _offset(text: str, position: types.Position, codec: PositionCodec) -> int:
    """Where an LSP position is in ``text``: past the end of a line is its end, past the last
    line the end of the text; the character counted in the client's units (UTF-16, say)."""
    start = 0
    if position.line:
        for line, found in enumerate(_LINE_BREAK.finditer(text), 1):
            start = found.end()
            if line == position.line:
                break
        else:
            return len(text)
    found = _LINE_BREAK.search(text, start)
    line = text[start:found.start() if found else len(text)]
    if line.isascii():
        return start + min(position.character, len(line))
    column = codec.position_from_client_units([line], types.Position(line=0, character=position.character))
    return start + min(column.character, len(line))


class _Server(LanguageServer):
    def start_io(self, stdin=None, stdout=None) -> None:
        """pygls reads stdin through a thread pool, three hand-offs between threads per message:
        on a busy machine each costs milliseconds, and a burst of edits queues behind them.
        A pipe is read on the event loop instead (pygls's reader stays for anything else)."""
        stdin, stdout = stdin or sys.stdin.buffer, stdout or sys.stdout.buffer
        self._stop_event = threading.Event()
        self.protocol.set_writer(StdoutWriter(stdout))

        async def serve() -> None:
            reader = asyncio.StreamReader()
            try:
                await asyncio.get_running_loop().connect_read_pipe(
                    lambda: asyncio.StreamReaderProtocol(reader), stdin)
            except (ValueError, OSError, NotImplementedError):  # a file, or no pipes on this loop
                reader = StdinAsyncReader(stdin, self.thread_pool)
            await run_async(stop_event=self._stop_event, reader=reader, protocol=self.protocol,
                            logger=logger, error_handler=self.report_server_error)

        try:
            asyncio.run(serve())
        except BrokenPipeError:
            logger.error("kerashape: the connection to the editor is lost")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()

    def report_server_error(self, error: Exception, source) -> None:
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):  # JSON-RPC's Parse error
            self.protocol.answer_error(None, JsonRpcParseError("Parse Error: %s" % error))
        else:
            super().report_server_error(error, source)


server = _Server("kerashape", __version__, protocol_cls=_Protocol)


# --- Keeping up: per document, debounce, analyse the newest version, publish it -----------------

class _Document:
    """The server's state for one open document."""

    def __init__(self) -> None:
        self.finished: Optional[_Analysis] = None  # the newest finished analysis, of any version
        self.timer: Optional[asyncio.TimerHandle] = None  # the debounced start of the next one
        self.running = False  # an analysis of this document is in the worker


_documents: Dict[str, _Document] = {}
_worker: Optional[ProcessPoolExecutor] = None


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
    return ProcessPoolExecutor(max_workers=1, initializer=_end_with_the_server,
                               mp_context=multiprocessing.get_context("spawn"))


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
    if document.timer is not None:
        document.timer.cancel()
    document.timer = asyncio.get_running_loop().call_later(delay, _start, uri, document)


def _start(uri: str, document: _Document) -> None:
    document.timer = None
    if document.running or _documents.get(uri) is not document:
        return  # _finish starts the newest version once the analysis in flight ends
    text = server.workspace.get_text_document(uri)
    future = _in_worker(_analysis, uri, text.version, text.source)
    document.running = True
    future.add_done_callback(partial(_finish, uri, document, text.version))


_told: set = set()


def _finish(uri: str, document: _Document, version: Optional[int], future: asyncio.Future) -> None:
    document.running = False
    if _documents.get(uri) is not document:
        return  # closed (or closed and opened again) meanwhile
    try:
        analysis = future.result()
    except Exception:  # noqa: BLE001 - half-typed code must never stop the server
        logger.exception("kerashape: analysis of %s failed", uri)
        analysis = None
    newest = server.workspace.get_text_document(uri).version
    if analysis is not None:
        document.finished = analysis
        if analysis.message and analysis.message not in _told:
            _told.add(analysis.message)  # told once, as the CLI tells it once per run
            server.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                               message=analysis.message))
        if version == newest:
            server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, diagnostics=[_diagnostic(f) for f in analysis.findings], version=version))
            _refresh_inlay_hints()
    if version != newest and document.timer is None:
        _start(uri, document)


def _log_failure(future: asyncio.Future) -> None:
    if not future.cancelled() and future.exception() is not None:
        logger.error("kerashape: the analysis worker failed: %s", future.exception())


def _refresh_inlay_hints() -> None:
    workspace = server.client_capabilities.workspace
    if workspace and workspace.inlay_hint and workspace.inlay_hint.refresh_support:
        server.workspace_inlay_hint_refresh(None)


@server.feature(types.INITIALIZED)
def initialized(ls, params: types.InitializedParams) -> None:
    _in_worker(_ready).add_done_callback(_log_failure)  # start it while the editor opens a file


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls, params: types.DidOpenTextDocumentParams) -> None:
    _documents[params.text_document.uri] = _Document()
    _schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls, params: types.DidChangeTextDocumentParams) -> None:
    _schedule(params.text_document.uri, DEBOUNCE)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls, params: types.DidSaveTextDocumentParams) -> None:
    _schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls, params: types.DidCloseTextDocumentParams) -> None:
    document = _documents.pop(params.text_document.uri, None)
    if document is not None and document.timer is not None:
        document.timer.cancel()
    server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
        uri=params.text_document.uri, diagnostics=[]))


@server.feature(types.SHUTDOWN)
def shutdown(ls, params) -> None:
    if _worker is not None:
        _worker.shutdown(wait=False, cancel_futures=True)


# --- Requests: answered at once from the newest finished analysis -------------------------------

def _finished(uri: str) -> Optional[_Analysis]:
    document = _documents.get(uri)
    return document.finished if document else None


def _range(span: Span) -> types.Range:
    return types.Range(start=types.Position(line=span[0], character=span[1]),
                       end=types.Position(line=span[2], character=span[3]))


def _diagnostic(finding: _Finding) -> types.Diagnostic:
    severity = (types.DiagnosticSeverity.Error if finding.code.startswith("KSH1")
                else types.DiagnosticSeverity.Information if finding.code.startswith("KSI")
                else types.DiagnosticSeverity.Warning)
    return types.Diagnostic(range=_range(finding.span), message=finding.message, code=finding.code,
                            source="kerashape", severity=severity)


def _contains(span: Span, pos: types.Position) -> bool:
    return span[:2] <= (pos.line, pos.character) <= span[2:]


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls, params: types.HoverParams) -> Optional[types.Hover]:
    analysis = _finished(params.text_document.uri)
    found = [layer for layer in (analysis.layers if analysis else [])
             if _contains(layer.span, params.position)]
    if not found:
        return None
    layer = found[-1]  # the innermost call under the cursor
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=layer.hover),
                       range=_range(layer.span))


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
def inlay_hints(ls, params: types.InlayHintParams) -> List[types.InlayHint]:
    analysis = _finished(params.text_document.uri)
    return [types.InlayHint(position=types.Position(line=layer.span[2], character=layer.span[3]),
                            label=layer.hint, kind=types.InlayHintKind.Type, padding_left=True)
            for layer in (analysis.layers if analysis else [])
            if layer.hint and params.range.start.line <= layer.span[2] <= params.range.end.line]


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
async def code_actions(ls, params: types.CodeActionParams) -> List[types.CodeAction]:
    uri = params.text_document.uri
    analysis = _finished(uri)
    # An edit is placed by positions in the text it was made from: only the current version's.
    if analysis is None or analysis.version != server.workspace.get_text_document(uri).version:
        return []
    actions = []
    for finding in analysis.findings:
        if not params.range.start.line <= finding.span[0] <= params.range.end.line:
            continue
        if finding.code == "KSH201":
            title, edits = "Insert Flatten() before this layer", await _in_worker(_flatten, analysis.text,
                                                                                  *finding.at)
        elif finding.code == "KSH301":
            title, edits = "Use the Keras 2+ spelling", await _in_worker(_modernise, analysis.text,
                                                                         *finding.at)
        else:
            continue
        if edits:
            actions.append(types.CodeAction(
                title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[_diagnostic(finding)],
                edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=_range(span), new_text=text)
                                                        for span, text in edits]})))
    return actions


def main() -> None:
    server.start_io()
