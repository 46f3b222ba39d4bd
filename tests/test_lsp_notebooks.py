"""The language server's notebook documents (LSP 3.17 notebookDocument/* sync, as VS Code sends
them), driven over stdio by a real LSP client: the cells run top to bottom as one module, and
diagnostics, hover and inlay hints are each cell's."""
import asyncio
import importlib.util
from pathlib import Path

import pytest

from test_lsp import _start, _stop
from test_notebooks import CELLS, CONV, SEED

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                                reason="the lsp extra (pygls) is not installed")


def _cell_uri(notebook: Path, index: int) -> str:
    """A cell's URI as VS Code makes it: the notebook's path and a (percent-encoded) fragment."""
    return "vscode-notebook-cell:%s#W%dsZmlsZQ%%3D%%3D" % (notebook, index)


async def _published(queue, uris, timeout=60):
    """The next diagnostics published for each of ``uris``, by URI."""
    got = {}
    while set(uris) - set(got):
        params = await asyncio.wait_for(queue.get(), timeout)
        got[params.uri] = params
    return got


def _apply(text, edits):
    """``edits`` (LSP's, not overlapping) applied to ``text``."""
    lines = text.split("\n")
    offsets = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines) + 1)]
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start = offsets[edit.range.start.line] + edit.range.start.character
        end = offsets[edit.range.end.line] + edit.range.end.character
        text = text[:start] + edit.new_text + text[end:]
    return text


def _found(params):
    return [(d.code, d.range.start.line, d.range.start.character) for d in params.diagnostics]


async def _notebook_session(tmp_path):
    from lsprotocol import types

    client, published = await _start(capabilities=types.ClientCapabilities(  # as VS Code says
        notebook_document=types.NotebookDocumentClientCapabilities(
            synchronization=types.NotebookDocumentSyncClientCapabilities())))
    path = tmp_path / "model.ipynb"
    kinds = {"code": types.NotebookCellKind.Code, "markdown": types.NotebookCellKind.Markup}
    uris = [_cell_uri(path, i) for i in range(len(CELLS))]
    code = [uri for uri, (kind, _) in zip(uris, CELLS) if kind == "code"]
    client.notebook_document_did_open(types.DidOpenNotebookDocumentParams(
        notebook_document=types.NotebookDocument(
            uri=path.as_uri(), notebook_type="jupyter-notebook", version=1,
            cells=[types.NotebookCell(kind=kinds[kind], document=uri)
                   for uri, (kind, _) in zip(uris, CELLS)]),
        cell_text_documents=[types.TextDocumentItem(uri=uri, version=1, text=source,
                                                    language_id="python" if kind == "code" else "markdown")
                             for uri, (kind, source) in zip(uris, CELLS)]))
    opened = await _published(published, code)

    def cell(number):  # CONTRACT.md's cell numbers count every cell, from 1
        return types.TextDocumentIdentifier(uri=uris[number - 1])

    hovers = [await client.text_document_hover_async(types.HoverParams(
        text_document=cell(number), position=types.Position(line=line - 1, character=column)))
        for number, line, column in (CONV, SEED, (SEED[0], CONV[1], CONV[2]))]
    everything = types.Range(start=types.Position(line=0, character=0),
                             end=types.Position(line=9, character=0))
    hints = [await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=cell(number), range=everything)) for number in (2, 4, 6)]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=cell(SEED[0]), range=types.Range(start=types.Position(line=1, character=0),
                                                       end=types.Position(line=1, character=0)),
        context=types.CodeActionContext(diagnostics=[])))

    # Fix the seed mistake in cell 4: its diagnostics are published again, and cell 6's too.
    seed_line = CELLS[3][1].splitlines()[1]
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=1, character=0),
                          end=types.Position(line=1, character=len(seed_line))),
        text=seed_line.replace("(784, 1)", "(784,)"))
    client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
        notebook_document=types.VersionedNotebookDocumentIdentifier(uri=path.as_uri(), version=2),
        change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(
            text_content=[types.NotebookDocumentCellContentChanges(
                document=types.VersionedTextDocumentIdentifier(uri=uris[3], version=2),
                changes=[change])]))))
    changed = await _published(published, code)

    # A cell that does not parse, inserted before the last: "Run all" stops there.
    broken = _cell_uri(path, 99)
    client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
        notebook_document=types.VersionedNotebookDocumentIdentifier(uri=path.as_uri(), version=3),
        change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(
            structure=types.NotebookDocumentCellChangeStructure(
                array=types.NotebookCellArrayChange(start=5, delete_count=0, cells=[
                    types.NotebookCell(kind=types.NotebookCellKind.Code, document=broken)]),
                did_open=[types.TextDocumentItem(uri=broken, language_id="python", version=1,
                                                 text="x = 1\ny = = 2")])))))
    inserted = await _published(published, code + [broken])

    client.notebook_document_did_close(types.DidCloseNotebookDocumentParams(
        notebook_document=types.NotebookDocumentIdentifier(uri=path.as_uri()),
        cell_text_documents=[types.TextDocumentIdentifier(uri=uri) for uri in uris + [broken]]))
    closed = await _published(published, uris + [broken])
    capabilities = client.initialize_result.capabilities
    await _stop(client)
    return capabilities, uris, opened, hovers, hints, actions, changed, inserted, broken, closed


def test_a_notebook_document_is_one_module_with_diagnostics_hover_and_hints_per_cell(tmp_path):
    capabilities, uris, opened, hovers, hints, actions, changed, inserted, broken, closed = asyncio.run(
        _notebook_session(tmp_path))
    [selector] = capabilities.notebook_document_sync.notebook_selector
    assert selector.notebook == "jupyter-notebook"
    assert "python" in [cell.language for cell in selector.cells]

    # The seed mistake in cell 4 and the Dense after the channels-first Conv2D in cell 6, at
    # the lines and columns `kerashape check model.ipynb` names (LSP counts from 0); nothing
    # in the cell of magics and imports, nor in the %%bash cell.
    def at(cell, line, column):
        return [("KSH201", line - 1, column - 1)]
    assert {uri: _found(params) for uri, params in opened.items()} == {
        uris[1]: [], uris[3]: at(*SEED), uris[4]: [], uris[5]: at(*CONV)}
    assert "Dense gets (None, 784, 1)" in opened[uris[3]].diagnostics[0].message
    assert {params.version for params in opened.values()} == {1}

    # Hover in cell 6 reads cell 2's imports: Conv2D(8, 3) channels-first on (1, 28, 28) is
    # (None, 8, 26, 26); Dense(10) on its last axis, 26 × 10 + 10 = 270 parameters.
    conv, seed, elsewhere = hovers
    assert "input: `(None, 8, 26, 26)`" in conv.contents.value
    assert "output: `(None, 8, 26, 10)`" in conv.contents.value and "params: 270" in conv.contents.value
    assert (conv.range.start.line, conv.range.start.character) == (CONV[1] - 1, CONV[2] - 1)
    assert "output: `(None, 784, 4)`" in seed.contents.value and "params: 8" in seed.contents.value
    assert elsewhere is None  # cell 6's place, asked of cell 4: nothing there
    assert [[h.label.strip() for h in cell] for cell in hints] == [
        [], ["(None, 784, 4) · 8 params", "(None, 784, 10) · 50 params"],
        ["(None, 8, 26, 26) · 80 params", "(None, 8, 26, 10) · 270 params"]]

    # The quick fix edits the cells: Flatten imported beside Dense in cell 2, put before the
    # seed's Dense in cell 4 with the input_shape Keras would ignore on a later layer.
    [action] = actions
    assert action.title == "Insert Flatten() before this layer"
    sources = {uri: source for uri, (_, source) in zip(uris, CELLS)}
    edited = {uri: _apply(sources[uri], edits) for uri, edits in action.edit.changes.items()}
    assert edited == {
        uris[1]: CELLS[1][1].replace("import Conv2D, Dense, Input", "import Conv2D, Dense, Input, Flatten"),
        uris[3]: CELLS[3][1].replace(
            "model.add(Dense(units=4, activation='linear', input_shape=(784, 1)))",
            "model.add(Flatten(input_shape=(784, 1)))\nmodel.add(Dense(units=4, activation='linear'))")}

    # After the fix: cell 4 is clear, with its cell's new version; cell 6 keeps its finding.
    assert {uri: _found(params) for uri, params in changed.items()} == {
        uris[1]: [], uris[3]: [], uris[4]: [], uris[5]: at(*CONV)}
    assert changed[uris[3]].version == 2

    # The broken cell is the 6th of 7 now: its error in the CLI's words, and nothing after it.
    [error] = inserted[broken].diagnostics
    assert error.code is None and error.severity == 1
    assert error.message == ("syntax error in cell 6 at line 2, column 5: invalid syntax; the cells "
                             "after it are not analysed, as Run all stops there")
    assert (error.range.start.line, error.range.start.character) == (1, 4)
    assert [_found(inserted[uri]) for uri in (uris[1], uris[3], uris[4], uris[5])] == [[]] * 4

    # Closed: every cell's diagnostics cleared.
    assert {uri: _found(params) for uri, params in closed.items()} == {uri: [] for uri in uris + [broken]}
