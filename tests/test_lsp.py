"""The language server, driven over stdio by a real LSP client (pygls's), as an editor would."""
import asyncio
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                                reason="the lsp extra (pygls) is not installed")

SOURCE = (
    "from keras.models import Sequential\n"
    "from keras import layers\n"
    "\n"
    "model = Sequential()\n"
    "model.add(layers.Dense(4, input_shape=(32, 28)))\n"
    "model.add(layers.Dense(10, init='normal'))\n"
)


async def _start(cwd=None, capabilities=None):
    """A real LSP client talking to `kerashape lsp` over stdio (started in ``cwd``), initialised;
    its ``initialize_result`` and the ``registrations`` the server asked of it are kept."""
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("test-client", "1")
    published = asyncio.Queue()
    client.registrations = []

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        published.put_nowait(params)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def on_register(params):
        client.registrations.extend(params.registrations)

    await client.start_io(sys.executable, "-m", "kerashape", "lsp", cwd=cwd)
    client.initialize_result = await client.initialize_async(types.InitializeParams(
        capabilities=capabilities or types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    return client, published


async def _stop(client):
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


async def _session(tmp_path):
    from lsprotocol import types

    client, published = await _start()
    uri = (Path(tmp_path) / "model.py").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=SOURCE)))
    opened = await asyncio.wait_for(published.get(), 30)

    doc = types.TextDocumentIdentifier(uri=uri)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc, position=types.Position(line=4, character=14)))
    hints = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=doc, range=types.Range(start=types.Position(line=0, character=0),
                                             end=types.Position(line=6, character=0))))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc, range=types.Range(start=types.Position(line=4, character=0),
                                             end=types.Position(line=5, character=0)),
        context=types.CodeActionContext(diagnostics=[])))

    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(
            text=SOURCE + "model.add(layers.Dense(\n")]))
    broken = await asyncio.wait_for(published.get(), 30)
    fixed_text = SOURCE.replace("input_shape=(32, 28)", "input_shape=(28,)")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed_text)]))
    fixed = await asyncio.wait_for(published.get(), 30)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return opened, hover, hints, actions, broken, fixed


def test_language_server_session(tmp_path):
    opened, hover, hints, actions, broken, fixed = asyncio.run(_session(tmp_path))
    # Diagnostics: the same codes and positions as flake8 (LSP is 0-based).
    found = sorted((d.code, d.range.start.line, d.range.start.character) for d in opened.diagnostics)
    assert found == [("KSH201", 4, 10), ("KSH301", 5, 10)]
    # Hover: Dense(4) on (None, 32, 28): 28*4 + 4 = 116 parameters.
    text = hover.contents.value
    assert "input: `(None, 32, 28)`" in text and "output: `(None, 32, 4)`" in text
    assert "params: 116" in text and "4 × 28 + 4 = 116: units × inputs + bias" in text
    # 32 rows × 28 inputs × 4 units = 3,584 multiply-accumulates; FLOPs 2 × 3,584 + 32 × 4 bias adds.
    assert "MACs: 3,584 · FLOPs: 7,296 (one sample)" in text
    labels = [h.label.strip() for h in hints]
    assert labels == ["(None, 32, 4) · 116 params", "(None, 32, 10) · 50 params"]
    by_title = {a.title: a for a in actions}
    # The first layer's input_shape moves to Flatten: Keras ignores it on a later layer.
    flatten, dense = list(by_title["Insert Flatten() before this layer"].edit.changes.values())[0]
    assert (flatten.range.start.line, flatten.range.start.character) == (4, 0)
    assert flatten.range.end == flatten.range.start
    assert flatten.new_text == "model.add(layers.Flatten(input_shape=(32, 28)))\n"
    assert (dense.range.start.line, dense.range.start.character) == (4, 10)
    assert (dense.range.end.line, dense.range.end.character) == (4, 47)
    assert dense.new_text == "layers.Dense(4)"
    [rename] = list(by_title["Use the Keras 2+ spelling"].edit.changes.values())[0]
    assert rename.new_text == "layers.Dense(10, kernel_initializer='normal')"
    assert (rename.range.start.line, rename.range.start.character) == (5, 10)
    assert (rename.range.end.line, rename.range.end.character) == (5, 41)
    # Half-typed code: the server keeps answering, with the one line `kerashape check` prints
    # for it (the place and words are Python's own, which differ between versions), then recovers.
    (tmp_path / "broken.py").write_text(SOURCE + "model.add(layers.Dense(\n")
    cli = subprocess.run([sys.executable, "-m", "kerashape", "check", "broken.py"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert cli.returncode == 2 and cli.stderr.startswith("kerashape: broken.py: syntax error at line ")
    [error] = broken.diagnostics
    assert (error.code, error.severity, error.source) == (None, 1, "kerashape")
    assert error.message == cli.stderr.strip().split(": ", 2)[2]
    line, column = re.match(r"syntax error at line (\d+), column (\d+)", error.message).groups()
    assert (error.range.start.line, error.range.start.character) == (int(line) - 1, int(column) - 1)
    if sys.version_info >= (3, 10):
        assert error.message == "syntax error at line 7, column 23: '(' was never closed"
    assert [d.code for d in fixed.diagnostics] == ["KSH301"]


async def _open_only(tmp_path, text):
    from lsprotocol import types

    client, published = await _start()
    path = Path(tmp_path) / "evil.py"
    path.write_text(text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id="python", version=1, text=text)))
    result = await asyncio.wait_for(published.get(), 30)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return result


def test_language_server_never_executes_the_code(tmp_path):
    marker = tmp_path / "executed"
    text = ("import os\nopen(%r, 'w').write('x')\nos.system('touch %s')\nimport keras\n"
            "m = keras.Sequential([keras.layers.Dense(1, activation='softmax', input_shape=(2,))])\n"
            % (str(marker), str(marker)))
    published = asyncio.run(_open_only(tmp_path, text))
    assert [d.code for d in published.diagnostics] == ["KSH203"]
    assert not marker.exists()


def test_the_cli_does_not_import_pygls():
    import subprocess

    code = "import sys, kerashape.cli, kerashape.flake8_plugin; print(sorted(m for m in sys.modules " \
           "if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def _hints(path):
    from lsprotocol import types

    client, published = await _start()
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="python", version=1, text=path.read_text())))
    await asyncio.wait_for(published.get(), 60)
    hints = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=99, character=0))))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return hints


def test_an_application_backbone_is_one_hint_at_its_call():
    """VGG16's 19 layers are Keras's code, not the file's: the call that makes the backbone
    gets one hint (its output in the model that uses it), as Keras's summary shows one row."""
    path = Path(__file__).resolve().parents[1] / "test_data" / "applications" / "vgg16_fine_tuning.py"
    hints = asyncio.run(_hints(path))
    found = [(h.position.line, h.label.strip()) for h in hints]
    assert found == [(5, "(None, 4, 4, 512) · 14,714,688 params"), (11, "(None, 8192) · 0 params"),
                     (12, "(None, 256) · 2,097,408 params"), (13, "(None, 256) · 0 params"),
                     (14, "(None, 5) · 1,285 params")]
