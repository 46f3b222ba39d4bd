"""The language server's side of the wire: JSON-RPC over stdio read on the event loop, an
answer for every request (one it cannot read gets a JSON-RPC error), and an edit applied as one
splice of the document's text."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import threading
from dataclasses import dataclass
from typing import Any, Dict
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

logger = logging.getLogger(__name__)


# --- Requests the server cannot read still get an answer ----------------------------------------

@dataclass
class Unanswerable:
    """A request whose parameters pygls could not read: answered with this error, not dropped."""
    id: Any
    error: JsonRpcException


class Protocol(LanguageServerProtocol):
    def structure_message(self, data: Dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as e:
            if "id" not in data or "method" not in data:
                raise
            problem = e.message
            if isinstance(e.__cause__, cattrs.ClassValidationError):
                problem = "%s: %s" % (e.message, "; ".join(cattrs.transform_error(e.__cause__)))
            return Unanswerable(data["id"], type(e)(problem))

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        """pygls rebuilds the whole text line by line for every change, milliseconds a keystroke
        in a long file; here a change is one splice. A document that is not open is ignored."""
        document = self.workspace.text_documents.get(unquote(params.text_document.uri))
        if document is None:
            return
        for change in params.content_changes:
            document._source = splice(document.source, change, document.position_codec)
        document.version = params.text_document.version
        handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)
        if handler is not None:
            yield handler, (params,), None

    def handle_message(self, message) -> None:
        if isinstance(message, Unanswerable):
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


def splice(text: str, change: types.TextDocumentContentChangeEvent, codec: PositionCodec) -> str:
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


class _BytesKept:
    """A message body that is not UTF-8 (a document's undecodable bytes, sent as they are) is
    read with those bytes kept as lone surrogates, as Python's surrogateescape keeps them: the
    document is opened and told what ``kerashape check`` tells of such a file, not dropped."""

    def __init__(self, reader) -> None:
        self.readline = reader.readline
        self._reader = reader

    async def readexactly(self, n: int) -> bytes:
        body = await self._reader.readexactly(n)
        try:
            body.decode("utf-8")
            return body
        except UnicodeDecodeError:  # json reads bytes with surrogatepass: the surrogates come back
            return body.decode("utf-8", "surrogateescape").encode("utf-8", "surrogatepass")


class Server(LanguageServer):
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
            await run_async(stop_event=self._stop_event, reader=_BytesKept(reader), protocol=self.protocol,
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
