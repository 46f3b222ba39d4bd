"""``# noqa`` as flake8 reads it, for the front ends flake8 does not run.

``kerashape check`` (every format), ``summary``, pre-commit and the language
server must silence exactly what flake8 silences, so the syntax is flake8's own
regular expressions and its prefix matching, and the line searched is the one
flake8 searches: the physical line, or every line of a token that spans several
(a triple-quoted string). Under flake8, flake8 does this itself (and
``--disable-noqa`` turns it off), so the plugin asks for the findings unfiltered.
"""
from __future__ import annotations

import io
import tokenize
from typing import Dict, List

from flake8.defaults import NOQA_FILE, NOQA_INLINE_REGEXP
from flake8.utils import parse_comma_separated_list


def unsilenced(diagnostics: List, text: str) -> List:
    """The diagnostics flake8 would report for ``text``: those on a ``# noqa`` line that
    names their code (or any code) dropped, and all of them under ``# flake8: noqa``."""
    if not diagnostics or "noqa" not in text.lower():
        return diagnostics
    lines = text.splitlines(keepends=True)
    if any(NOQA_FILE.match(line) for line in lines):
        return []
    mapping = _noqa_lines(text, lines)
    return [d for d in diagnostics
            if not _silenced(d.code, mapping.get(d.line, _physical(lines, d.line)))]


def _silenced(code: str, line: str) -> bool:
    """flake8's Violation.is_inline_ignored: a bare ``# noqa``, or a code list by prefix."""
    found = NOQA_INLINE_REGEXP.search(line)
    if found is None:
        return False
    codes = found.groupdict()["codes"]
    if codes is None:
        return True
    listed = tuple(parse_comma_separated_list(codes))
    return code in listed or code.startswith(listed)


def _physical(lines: List[str], number: int) -> str:
    return lines[number - 1] if 1 <= number <= len(lines) else ""


def _noqa_lines(text: str, lines: List[str]) -> Dict[int, str]:
    """flake8's FileProcessor._noqa_line_mapping: each line maps to the text of the lines
    between two line-ending tokens it belongs to."""
    mapping: Dict[int, str] = {}
    first, last = len(lines) + 2, -1
    try:
        for kind, _, (start, _), (end, _), _ in tokenize.generate_tokens(io.StringIO(text).readline):
            if kind in (tokenize.ENDMARKER, tokenize.DEDENT):
                continue
            first, last = min(first, start), max(last, end)
            if kind in (tokenize.NL, tokenize.NEWLINE):
                joined = "".join(lines[first - 1:last])
                mapping.update(dict.fromkeys(range(first, last + 1), joined))
                first, last = len(lines) + 2, -1
    except (tokenize.TokenError, SyntaxError):
        return {}
    return mapping
