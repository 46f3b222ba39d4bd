"""The language server keeps up and answers everything: a burst of edits, requests it cannot
read, and the worker it analyses in, each driven over stdio as an editor (or a broken one) would."""
import asyncio
import importlib.util
import json
import queue
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from test_lsp import SOURCE, _start

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                                reason="the lsp extra (pygls) is not installed")

KERAS_1_LAYER = "model.add(layers.Dense(8, init='uniform'))\n"


async def _burst(tmp_path, edits):
    from lsprotocol import types

    client, published = await _start()
    uri = (Path(tmp_path) / "model.py").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=SOURCE)))
    await asyncio.wait_for(published.get(), 60)
    # Type a comment after the last line one character at a time, as fast as the pipe takes
    # it, then add a Keras 1 layer at the end: the last version has one more finding.
    last_line = SOURCE.count("\n")
    version = 1
    for i, char in enumerate("# " + "x" * (edits - 3)):
        version += 1
        at = types.Position(line=last_line, character=i)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=at, end=at), text=char)]))
    version += 1
    at = types.Position(line=last_line, character=0)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at),
                                                                text=KERAS_1_LAYER)]))
    after = []
    while not after or after[-1].version != version:
        after.append(await asyncio.wait_for(published.get(), 60))
    # Shut down: anything else the server meant to publish comes before the answer.
    await client.shutdown_async(None)
    while not published.empty():
        after.append(published.get_nowait())
    client.exit(None)
    await client.stop()
    return version, after


def test_a_burst_of_edits_publishes_the_newest_version_last_with_its_version(tmp_path):
    version, after = asyncio.run(_burst(tmp_path, 60))
    assert version == 61
    versions = [p.version for p in after]
    assert versions == sorted(set(versions))  # never an older version after a newer one
    last = after[-1]
    assert last.version == 61
    found = sorted((d.code, d.range.start.line, d.range.start.character) for d in last.diagnostics)
    # The Keras 1 layer went in at the start of line 6, pushing the comment down.
    assert found == [("KSH201", 4, 10), ("KSH301", 5, 10), ("KSH301", 6, 10)]


class Wire:
    """A client that speaks raw JSON-RPC over the server's stdio, so it can send what pygls's
    own client would refuse to."""

    def __init__(self, argv, cwd=None):
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=cwd)
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.process.stdout
        while True:
            length = None
            for line in iter(out.readline, b"\r\n"):
                if not line:
                    return
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def send_body(self, body: bytes):
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.process.stdin.flush()

    def send(self, **message):
        self.send_body(json.dumps(dict({"jsonrpc": "2.0"}, **message)).encode())

    def next(self, wanted, timeout=60):
        """The next message ``wanted`` accepts (the others are dropped)."""
        while True:
            message = self.messages.get(timeout=timeout)
            if wanted(message):
                return message

    def answer(self, msg_id):
        return self.next(lambda m: "method" not in m and m.get("id") == msg_id)

    def initialize(self):
        self.send(id="init", method="initialize", params={"capabilities": {}})
        self.answer("init")
        self.send(method="initialized", params={})

    def open(self, uri, text):
        self.send(method="textDocument/didOpen", params={"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": text}})
        return self.next(lambda m: m.get("method") == "textDocument/publishDiagnostics")

    def close(self):
        self.process.stdin.close()
        self.process.wait(60)


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    """One server, with a document open and analysed."""
    server = Wire([sys.executable, "-m", "kerashape", "lsp"])
    server.initialize()
    uri = (tmp_path_factory.mktemp("lsp") / "model.py").as_uri()
    server.open(uri, SOURCE)
    server.uri = uri
    yield server
    server.close()


def _position(line, character):
    return {"line": line, "character": character}


def _range(start, end):
    return {"start": _position(*start), "end": _position(*end)}


# Requests pygls cannot turn into their parameters: once dropped without an answer.
UNREADABLE = [
    ("textDocument/hover", None, "required field missing @ $.params"),
    ("textDocument/hover", {"textDocument": {"uri": "URI"}}, "required field missing @ $.params.position"),
    ("textDocument/hover", {"textDocument": {"uri": "URI"}, "position": _position(-1, 0)},
     "invalid value @ $.params.position"),
    ("textDocument/hover", {"textDocument": {"uri": "URI"}, "position": _position(0, "x")},
     "invalid value for type, expected int @ $.params.position.character"),
    ("textDocument/inlayHint", {"textDocument": {"uri": "URI"}}, "required field missing @ $.params.range"),
    ("textDocument/codeAction", {"textDocument": {"uri": "URI"}, "range": _range((0, 0), (1, 0))},
     "required field missing @ $.params.context"),
]


@pytest.mark.parametrize("method, params, problem", UNREADABLE)
def test_a_request_with_unreadable_parameters_gets_invalid_params(wire, method, params, problem):
    if params is not None:
        params = json.loads(json.dumps(params).replace("URI", wire.uri))
    message = {"id": "unreadable", "method": method}
    wire.send(**(dict(message, params=params) if params is not None else message))
    answer = wire.answer("unreadable")
    assert answer["error"]["code"] == -32602
    assert answer["error"]["message"] == "Invalid Params: " + problem


@pytest.mark.parametrize("method, params, result", [
    ("textDocument/hover", {"textDocument": {"uri": "file:///nowhere/model.py"},
                            "position": _position(0, 0)}, None),
    ("textDocument/inlayHint", {"textDocument": {"uri": "file:///nowhere/model.py"},
                                "range": _range((0, 0), (9, 0))}, []),
    ("textDocument/codeAction", {"textDocument": {"uri": "file:///nowhere/model.py"},
                                 "range": _range((0, 0), (9, 0)), "context": {"diagnostics": []}}, []),
    ("textDocument/hover", {"textDocument": {"uri": "URI"}, "position": _position(10 ** 6, 10 ** 6)}, None),
    ("textDocument/inlayHint", {"textDocument": {"uri": "URI"}, "range": _range((9, 0), (0, 0))}, []),
])
def test_a_request_about_no_known_code_gets_an_empty_answer(wire, method, params, result):
    """A document that is not open, a position past its end, a range backwards: nothing there."""
    wire.send(id="nothing", method=method, params=json.loads(json.dumps(params).replace("URI", wire.uri)))
    answer = wire.answer("nothing")
    assert "error" not in answer and answer["result"] == result


def test_a_message_that_is_not_json_rpc_2_gets_invalid_request(wire):
    hover = {"method": "textDocument/hover", "params": {"textDocument": {"uri": wire.uri},
                                                        "position": _position(4, 14)}}
    wire.send_body(json.dumps(dict(hover, id="no-version")).encode())
    wire.send(**dict(hover, id="old", jsonrpc="1.0"))
    for msg_id in ("no-version", "old"):
        assert wire.answer(msg_id)["error"] == {
            "code": -32600, "message": "Invalid Request: not a JSON-RPC 2.0 message"}


def test_a_body_that_is_not_json_gets_a_parse_error_with_a_null_id(wire):
    wire.send_body(b'{"jsonrpc": "2.0", "id": 7, "method": ')
    answer = wire.answer(None)
    assert answer["error"]["code"] == -32700
    assert answer["error"]["message"].startswith("Parse Error: Expecting value")
    # and the server reads on
    wire.send(id="after", method="textDocument/hover",
              params={"textDocument": {"uri": wire.uri}, "position": _position(4, 14)})
    assert "output: `(None, 32, 4)`" in wire.answer("after")["result"]["contents"]["value"]


def test_an_unknown_method_and_a_request_after_shutdown_get_errors(tmp_path):
    server = Wire([sys.executable, "-m", "kerashape", "lsp"])
    try:
        server.initialize()
        server.send(id=1, method="kerashape/unknown", params={})
        assert server.answer(1)["error"]["code"] == -32601
        server.send(id=2, method="shutdown")
        assert server.answer(2)["result"] is None
        server.send(id=3, method="textDocument/hover", params={
            "textDocument": {"uri": (tmp_path / "m.py").as_uri()}, "position": _position(0, 0)})
        assert server.answer(3)["error"] == {"code": -32600,
                                             "message": "Invalid Request: the server is shut down"}
        server.send(method="exit")
        assert server.process.wait(60) == 0
    finally:
        server.process.kill()


def test_the_analysis_worker_imports_nothing_from_the_editors_folder(tmp_path):
    """The worker is a new Python process: it must not start in the user's project, where a
    ``pickle.py`` would be imported (and run) before any of kerashape's code."""
    script = Path(sys.executable).with_name("kerashape")
    if not script.exists():
        pytest.skip("the kerashape console script is not installed beside this Python")
    marker = tmp_path / "executed"
    for name in ("pickle", "threading", "socket", "signal", "struct", "selectors"):
        (tmp_path / ("%s.py" % name)).write_text("open(%r, 'a').write(%r)\n" % (str(marker), name))
    server = Wire([str(script), "lsp"], cwd=tmp_path)
    try:
        server.initialize()
        published = server.open((tmp_path / "model.py").as_uri(), SOURCE)
        assert [d["code"] for d in published["params"]["diagnostics"]] == ["KSH201", "KSH301"]
    finally:
        server.close()
    assert not marker.exists()


def test_an_overtaken_analysis_stops_in_the_worker(tmp_path):
    """The server's worker, as the server makes it, stops the analysis whose number the server
    marked overtaken (no analysis of it comes back), and analyses any other."""
    from kerashape import lsp
    from kerashape.lsp_analysis import _analysis
    uri = (tmp_path / "model.py").as_uri()
    worker = lsp._new_worker()
    try:
        lsp._overtaken.value = 5
        assert worker.submit(_analysis, uri, 1, SOURCE, {}, 5).result(60) is None
        analysis = worker.submit(_analysis, uri, 1, SOURCE, {}, 6).result(60)
        assert [f.code for f in analysis.findings] == ["KSH201", "KSH301"]
    finally:
        lsp._overtaken.value = 0
        worker.shutdown()


def test_an_edit_is_spliced_as_pygls_applies_it():
    """The server applies an incremental change itself (one splice, not a rebuild of every
    line); pygls's own TextDocument is the reference, on every position inside the text."""
    from hypothesis import given, settings, strategies as st
    from lsprotocol import types
    from pygls.workspace.position_codec import PositionCodec
    from pygls.workspace.text_document import TextDocument

    from kerashape.lsp_wire import splice as _splice

    pieces = st.sampled_from(["a", "xyz", " ", "\n", "\r\n", "\r", "é", "😋"])

    @st.composite
    def edits(draw):
        text = "".join(draw(st.lists(pieces, max_size=30)))
        lines = re.split("\r\n|\r|\n", text)

        def position():
            line = draw(st.integers(0, len(lines) - 1))
            before = lines[line][:draw(st.integers(0, len(lines[line])))]
            return types.Position(line=line, character=len(before.encode("utf-16-le")) // 2)

        start, end = sorted([position(), position()], key=lambda p: (p.line, p.character))
        return text, types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=end), text=draw(st.sampled_from(["", "Q", "\n", "😋x"])))

    @settings(max_examples=500, deadline=None)
    @given(edits())
    def same(edit):
        text, change = edit
        document = TextDocument("file:///model.py", text, 1)
        document.apply_change(change)
        assert _splice(text, change, PositionCodec()) == document.source

    same()


def test_an_edit_past_the_end_of_a_line_lands_at_its_end():
    """LSP: a character past the line's length means the line's end (pygls would put it past
    the line break, or between a CR and its LF)."""
    from lsprotocol import types
    from pygls.workspace.position_codec import PositionCodec

    from kerashape.lsp_wire import splice as _splice

    def insert(text, line, character):
        at = types.Position(line=line, character=character)
        return _splice(text, types.TextDocumentContentChangePartial(
            range=types.Range(start=at, end=at), text="Q"), PositionCodec())

    assert insert("ab\r\ncd", 0, 1) == "aQb\r\ncd"
    assert insert("ab\r\ncd", 0, 3) == "abQ\r\ncd"
    assert insert("ab\n\ncd", 1, 5) == "ab\nQ\ncd"
    assert insert("ab\ncd", 7, 0) == "ab\ncdQ"
    assert insert("x😋y", 0, 3) == "x😋Qy"  # UTF-16: the emoji is two units
