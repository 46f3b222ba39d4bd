"""Bad file content opened in the language server gets one diagnostic in the words `kerashape
check` prints for the same file (test_bad_input.py holds the CLI to those words), never a crash
or silence; the server goes on answering. Sent over stdio as raw JSON-RPC, bytes and all."""
import importlib.util
import json
import re
import sys

import pytest

from test_bad_input import BAD_FILES, GOOD
from test_lsp_keepup import Wire

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                                reason="the lsp extra (pygls) is not installed")


def _open_raw(wire, uri, data: bytes, escaped: bool):
    """didOpen of a document whose text is ``data``: sent as the bytes themselves in the body,
    or (``escaped``) as JSON escapes, undecodable bytes as lone surrogates (\\udcff)."""
    text = data.decode("utf-8", "surrogateescape")
    message = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": "TEXT" if not escaped else text}}}
    body = json.dumps(message).encode()
    if not escaped:
        body = body.replace(b'"TEXT"', json.dumps(text, ensure_ascii=False).encode(
            "utf-8", "surrogateescape"))
    wire.send_body(body)
    return wire.next(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                     and m["params"]["uri"] == uri)["params"]


CASES = [(name, escaped) for name in ("nul.py", "not_utf8.py", "no_keras_syntax.py", "keras_syntax.py")
         for escaped in (False, True)]


@pytest.fixture(scope="module")
def wire():
    server = Wire([sys.executable, "-m", "kerashape", "lsp"])
    server.initialize()
    yield server
    server.close()


@pytest.mark.parametrize("name, escaped", CASES)
def test_bad_content_is_one_diagnostic_in_the_cli_words(wire, tmp_path, name, escaped):
    data, words = BAD_FILES[name]
    published = _open_raw(wire, (tmp_path / name).as_uri(), data, escaped)
    [diagnostic] = published["diagnostics"]
    assert diagnostic["message"] == words
    assert "code" not in diagnostic and diagnostic["severity"] == 1
    # At the place the words name (LSP counts from 0).
    line, column = map(int, re.search(r"at line (\d+), column (\d+)", words).groups())
    assert diagnostic["range"]["start"] == {"line": line - 1, "character": column - 1}


def test_bytes_that_fit_their_coding_cookie_are_read_as_python_reads_them(wire, tmp_path):
    data = b"# -*- coding: latin-1 -*-\n" + GOOD.encode() + b"x = '\xe9'\n"
    published = _open_raw(wire, (tmp_path / "latin.py").as_uri(), data, escaped=False)
    # GOOD's one finding (Dense(1) with softmax, KSH203), a line down for the cookie.
    assert [(d["code"], d["range"]["start"]) for d in published["diagnostics"]] == [
        ("KSH203", {"line": 2, "character": 22})]


def test_the_server_answers_after_bad_content(wire, tmp_path):
    _open_raw(wire, (tmp_path / "nul2.py").as_uri(), BAD_FILES["nul.py"][0], escaped=False)
    uri = (tmp_path / "good.py").as_uri()
    published = wire.open(uri, GOOD)
    assert [d["code"] for d in published["params"]["diagnostics"]] == ["KSH203"]
    wire.send(id="hover", method="textDocument/hover",
              params={"textDocument": {"uri": uri}, "position": {"line": 1, "character": 30}})
    assert "output: `(None, 1)`" in wire.answer("hover")["result"]["contents"]["value"]
