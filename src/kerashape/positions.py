"""Where a node is, in the units editors and flake8 use.

Python's ``ast`` numbers lines from 1 and gives columns as UTF-8 byte offsets
into the line; editors, flake8 and the contract count characters. Only a line
with non-ASCII text needs converting, so ASCII files pay nothing.
"""
from __future__ import annotations

import ast
import re
from typing import List, Optional, Tuple

_NEWLINE = re.compile(r"\r\n|\r|\n")  # the line breaks Python's tokenizer counts (not \f or \v)


class SourceLines:
    """The text of one file, split into lines only when a column needs converting."""

    def __init__(self, text: str):
        self.text = text
        self._lines: Optional[List[str]] = None

    def column(self, line: int, byte_offset: int) -> int:
        """A 0-based ``ast`` byte column on ``line`` as a 0-based character column."""
        if self.text.isascii():
            return byte_offset
        if self._lines is None:
            self._lines = _NEWLINE.split(self.text)
        if not 1 <= line <= len(self._lines):
            return byte_offset
        return len(self._lines[line - 1].encode("utf-8")[:byte_offset].decode("utf-8", "replace"))

    def start(self, node: Optional[ast.AST]) -> Tuple[int, int]:
        """(line, column), both 1-based, of a node; (1, 1) for the file as a whole."""
        if node is None or not hasattr(node, "lineno"):
            return 1, 1
        return node.lineno, self.column(node.lineno, node.col_offset) + 1

    def span(self, node: ast.AST) -> Tuple[int, int, int, int]:
        """(line, column, end line, end column): lines 1-based, columns 0-based, end exclusive."""
        end_line = getattr(node, "end_lineno", None) or node.lineno
        end_col = getattr(node, "end_col_offset", None)
        end_col = node.col_offset if end_col is None else end_col
        return (node.lineno, self.column(node.lineno, node.col_offset),
                end_line, self.column(end_line, end_col))
