"""The language server follows the project: when a module that an open document imports changes
(on disk, told by workspace/didChangeWatchedFiles, or open and edited in the editor), the
document is analysed again and published with the new numbers. Driven over stdio."""
import asyncio
import importlib.util

import pytest

from test_lsp import _start, _stop

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                                reason="the lsp extra (pygls) is not installed")

MAIN = ("import keras\n"
        "from config import N_CLASSES\n"
        "model = keras.Sequential([keras.Input((16,)),\n"
        "                          keras.layers.Dense(N_CLASSES, activation='softmax')])\n")
DENSE = (3, 30)  # (0-based line, character) inside the Dense call


async def _project_session(tmp_path):
    from lsprotocol import types

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    config = tmp_path / "config.py"
    config.write_text("N_CLASSES = 1\n")
    (tmp_path / "main.py").write_text(MAIN)
    main = (tmp_path / "main.py").as_uri()
    client, published = await _start(capabilities=types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True))))

    async def main_published():
        while True:
            params = await asyncio.wait_for(published.get(), 60)
            if params.uri == main:
                hover = await client.text_document_hover_async(types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=main),
                    position=types.Position(line=DENSE[0], character=DENSE[1])))
                return [d.code for d in params.diagnostics], hover.contents.value

    seen = []
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=main, language_id="python", version=1, text=MAIN)))
    seen.append(await main_published())

    # On disk, as a `git checkout` or another editor would change it.
    config.write_text("N_CLASSES = 10\n")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    seen.append(await main_published())

    # Open in the editor and edited, not saved: main.py reads the editor's text.
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=config.as_uri(), language_id="python", version=1, text="N_CLASSES = 10\n")))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=config.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="N_CLASSES = 1\n")]))
    seen.append(await main_published())

    # Closed unsaved: the file on disk is what main.py reads again.
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
    seen.append(await main_published())
    registrations = client.registrations
    await _stop(client)
    return seen, registrations


def test_a_document_is_analysed_again_when_a_module_it_imports_changes(tmp_path):
    seen, registrations = asyncio.run(_project_session(tmp_path))
    # Dense(N_CLASSES) on 16 inputs: 16 × N + N parameters; one unit with softmax is KSH203.
    one = (["KSH203"], "output: `(None, 1)`", "params: 17")
    ten = ([], "output: `(None, 10)`", "params: 170")
    for (codes, hover), (want_codes, output, params) in zip(seen, [one, ten, one, ten]):
        assert codes == want_codes and output in hover and params in hover, hover
    [registration] = registrations  # (the client keeps its options as JSON)
    assert registration.method == "workspace/didChangeWatchedFiles"
    assert [w["globPattern"] for w in registration.register_options["watchers"]] == [
        "**/*.py", "**/pyproject.toml"]


def test_a_long_session_keeps_a_bounded_number_of_parsed_modules(tmp_path, monkeypatch):
    """The parsed project modules are cached for the server's whole life: one parse per module
    (its newest), and the last MAX_CACHED_MODULES modules, however many versions and modules
    a long session reads."""
    from kerashape.api import check_source
    from kerashape.evaluator import modules

    monkeypatch.setattr(modules, "MAX_CACHED_MODULES", 3)
    monkeypatch.setattr(modules, "_TREES", type(modules._TREES)())
    (tmp_path / "pyproject.toml").write_text("")
    names = ["m%d" % i for i in range(5)]
    main = "import keras\n" + "".join("from %s import N%s\n" % (n, n) for n in names) + \
        "model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(%s)])\n" % \
        " + ".join("N" + n for n in names)
    (tmp_path / "main.py").write_text(main)
    for version in range(1, 4):
        for n in names:
            (tmp_path / (n + ".py")).write_text("N%s = %d\n" % (n, 10 ** version))  # (a new size)
        report = check_source(main, str(tmp_path / "main.py"))
        [step] = [s for s in report.models[0].steps if s.class_name == "Dense"]
        assert step.output[-1] == 5 * 10 ** version  # every module read at its newest version
        assert report.reached == [str((tmp_path / (n + ".py")).resolve()) for n in names]
        assert sorted(modules._TREES) == [str((tmp_path / (n + ".py")).resolve()) for n in names[2:]]
