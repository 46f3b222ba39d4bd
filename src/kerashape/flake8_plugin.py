"""The flake8 plugin: KSH (on by default) and KSI (off by default) entry points.

flake8 decides the plugin type from ``__init__``'s parameter names; the
checker takes ``tree``, the ``ast`` flake8 has already parsed, so the plugin
parses nothing itself.
Columns given to flake8 are 0-based. A file is analysed once even when both
entry points run. Any failure becomes a KSH900 diagnostic, never a traceback.
"""
from __future__ import annotations

import sys
from typing import Iterator, List, Optional, Tuple

from . import __version__
from .api import check_source
from .config import Config

_cache: dict = {}  # (filename, text) -> diagnostics; the last file only


def _diagnostics(tree, lines: List[str], filename: str) -> list:
    text = "".join(lines)
    key = (filename, text)
    if key not in _cache:
        _cache.clear()
        try:
            config = Config(select=["KSH", "KSI"], constants=KerashapeChecker.constants,
                            max_params=KerashapeChecker.max_params)
            _cache[key] = check_source(text, filename, config, tree=tree,
                                       honour_noqa=False).diagnostics
        except Exception as e:  # noqa: BLE001 - a plugin must never abort flake8
            from .rules import Diagnostic
            _cache[key] = [Diagnostic("KSH900", "kerashape could not analyse this file: %s: %s"
                                      % (type(e).__name__, e))]
    return _cache[key]


def _refuse(message: str) -> None:
    print("flake8: error: " + message, file=sys.stderr)
    raise SystemExit(2)


class KerashapeChecker:
    name = "kerashape"
    version = __version__
    prefix = "KSH"
    off_by_default = False
    constants: dict = {}
    max_params: Optional[int] = None

    def __init__(self, tree, lines: List[str], filename: str = "<stdin>"):
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, manager) -> None:
        # Read as text and checked here: flake8 turns a bad ``type=int`` value from its config
        # files into a traceback.
        manager.add_option("--kerashape-max-params", default=None, parse_from_config=True,
                           help="KSH302 when a model has more parameters than this")
        manager.add_option("--kerashape-constants", default="", parse_from_config=True,
                           comma_separated_list=True,
                           help="bind unresolved names, e.g. img_rows=28,img_cols=28")

    @classmethod
    def parse_options(cls, options) -> None:
        """A bad value stops flake8 with one line and exit status 2, as flake8 does for a bad
        value on its command line."""
        max_params = getattr(options, "kerashape_max_params", None)
        if max_params is not None:
            text = str(max_params).strip().replace("_", "")
            if not text.isdigit():
                _refuse("kerashape-max-params must be a non-negative integer, got %r" % max_params)
            max_params = int(text)
        constants: dict = {}
        for item in getattr(options, "kerashape_constants", None) or []:
            name, sep, value = (part.strip() for part in item.partition("="))
            if not (sep and name.isidentifier() and value):
                _refuse("kerashape-constants must be name=value items, got %r" % item)
            constants[name] = int(value) if value.lstrip("-").isdigit() else value
        KerashapeChecker.max_params = max_params
        KerashapeChecker.constants = constants

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        for d in _diagnostics(self.tree, self.lines, self.filename):
            if d.code.startswith(self.prefix) or (self.prefix == "KSH" and d.code == "KSH900"):
                yield d.line, max(d.column - 1, 0), "%s %s" % (d.code, d.message), type(self)


class KerashapeInfo(KerashapeChecker):
    """KSI001: parameter totals per model, as information. ``--enable-extensions=KSI``."""

    name = "kerashape-info"
    prefix = "KSI"
    off_by_default = True

    @classmethod
    def add_options(cls, manager) -> None:
        pass

    @classmethod
    def parse_options(cls, options) -> None:
        pass
