"""What the language server reads from the editor's workspace for an analysis: a notebook
document's Python cells, and the project modules the editor holds unsaved."""
from __future__ import annotations

import os
from typing import Dict, List, Tuple
from urllib.parse import unquote

from lsprotocol import types
from pygls.workspace import Workspace

from .lsp_analysis import path_of

PYTHON_CELLS = ("python", "ipython")  # a cell's language, as editors name it

# Jupyter notebooks, their Python cells synced (LSP 3.17): VS Code's and JupyterLab's name.
NOTEBOOK_SYNC = types.NotebookDocumentSyncOptions(
    notebook_selector=[types.NotebookDocumentFilterWithCells(
        notebook="jupyter-notebook", cells=[types.NotebookCellLanguage(language=language)
                                            for language in PYTHON_CELLS])],
    save=True)


def code_cells(workspace: Workspace, uri: str) -> List[Tuple[str, int, str]]:
    """The notebook's Python code cells as (cell URI, number, text), top to bottom; a cell's
    number counts every cell, markdown included, as ``kerashape check`` numbers an .ipynb."""
    notebook = workspace.get_notebook_document(notebook_uri=uri)
    cells = []
    for number, cell in enumerate(notebook.cells if notebook else [], 1):
        document = workspace.text_documents.get(unquote(cell.document))  # (pygls's keys)
        if (cell.kind == types.NotebookCellKind.Code and document is not None
                and document.language_id in PYTHON_CELLS):
            cells.append((cell.document, number, document.source))
    return cells


def path_key(uri: str) -> str:
    """A ``file:`` URI's path as the analysis names the modules it read (resolved)."""
    path = path_of(uri)
    return os.path.realpath(path) if os.path.isabs(path) else path


def edited_modules(workspace: Workspace, uri: str) -> Dict[str, str]:
    """The open Python files' texts but ``uri``'s, by resolved path: what an import of one of
    them reads, saved or not."""
    return {path_key(other): document.source for other, document in workspace.text_documents.items()
            if other != unquote(uri) and other.startswith("file:") and other.endswith(".py")}
