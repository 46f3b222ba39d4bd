"""The one entry point every front end calls: ``check_source(text, path, config)``.

Parse once with Python's ``ast`` (flake8 hands its own tree over, so the
plugin parses nothing), evaluate the module (extract), infer every model and
run the rules. Positions come straight from the tree's nodes.
"""
from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .config import Config
from .extract import Extractor
from .infer import ModelResult, infer
from .positions import SourceLines
from .rules import RULES, Context, Diagnostic, check_model


@dataclass
class FileReport:
    path: str
    models: List[ModelResult] = field(default_factory=list)
    diagnostics: List[Diagnostic] = field(default_factory=list)
    error: Optional[str] = None  # the file could not be read or parsed: one line, for the user
    dtype_bytes: int = 4  # bytes per parameter under the configuration in force
    source: SourceLines = field(default_factory=lambda: SourceLines(""))

    def position(self, node: Optional[ast.AST]) -> Tuple[int, int]:
        """(line, column), 1-based, of a node of this file."""
        return self.source.start(node)


def might_hold_keras(text: str) -> bool:
    """The fast path: every import kerashape resolves names a package with "keras" in it."""
    return "keras" in text


def parse(text: str) -> ast.Module:
    """Python's own parser, its warnings (invalid escapes and the like) kept out of our output."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text)


def parse_error(text: str, error: Exception) -> str:
    """One line for a file Python cannot parse, at the place Python names or at none. A NUL
    byte has no place from Python (ValueError before 3.12), so it is found in the text."""
    line, column = getattr(error, "lineno", None), getattr(error, "offset", None)
    if line is None and "\0" in text:
        at = text.index("\0")
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    if isinstance(error, (SyntaxError, ValueError)):
        what = "syntax error"
        reason = error.msg if isinstance(error, SyntaxError) else str(error)
    else:
        what, reason = "cannot parse", str(error) or type(error).__name__
    if line is not None:
        what += " at line %d" % line + (", column %d" % column if column else "")
    return "%s: %s" % (what, reason)


def check_source(text: str, path: str = "<string>", config: Optional[Config] = None,
                 tree: Optional[ast.Module] = None) -> FileReport:
    """Analyse one file; ``tree`` is its ``ast`` when the caller (flake8) already has it."""
    config = config or Config()
    report = FileReport(path, dtype_bytes=config.dtype_bytes, source=SourceLines(text))
    if tree is None:  # every file is parsed, as flake8 does: a syntax error is heard of, Keras or not
        try:
            tree = parse(text)
        except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
            report.error = parse_error(text, e)
            return report
    if not might_hold_keras(text):
        return report
    extractor = Extractor(config.constants, config.image_data_format)
    try:
        models = list(extractor.run(tree))  # reading a model may follow code that makes more
    except Exception as e:  # noqa: BLE001 - a bug of ours must not cost the user their run
        models = list(extractor.models)
        extractor.incomplete = "internal error %s: %s" % (type(e).__name__, e)
    ctx = Context(max_params=config.max_params, dtype_bytes=config.dtype_bytes, dtype=config.dtype)
    analysed = {}
    # Last model first: a Sequential used inside a later one is built by that use (infer's
    # apply_model gives it its input shape), so the outer model must be read before it.
    for model in reversed(models):
        analysed[id(model)] = _analyse(model, ctx)
    for model in models:
        result, diagnostics = analysed[id(model)]
        report.models.append(result)
        report.diagnostics.extend(
            d for d in diagnostics
            if d.code == "KSH900" or config.enabled(d.code, RULES[d.code].default_enabled))
    if extractor.incomplete is not None and (models or "internal error" in extractor.incomplete):
        report.diagnostics.append(Diagnostic(
            "KSH900", "kerashape could not analyse this file completely: %s" % extractor.incomplete))
    for d in report.diagnostics:
        d.line, d.column = report.position(d.node)
    # A helper called twice builds two models from the same lines: one finding per place and
    # code (the first model's, as the file builds it first).
    unique: dict = {}
    for d in report.diagnostics:
        unique.setdefault((d.line, d.column, d.code), d)
    report.diagnostics = sorted(unique.values(), key=lambda d: (d.line, d.column, d.code))
    return report


def _analyse(model, ctx: Context):
    """One model's result and diagnostics; a failure of ours becomes KSH900 on that model."""
    try:
        result = infer(model)
        return result, check_model(result, ctx)
    except Exception as e:  # noqa: BLE001 - one model's failure leaves the others analysed
        reason = "it is nested too deeply" if isinstance(e, RecursionError) else \
            "internal error %s: %s" % (type(e).__name__, e)
        return ModelResult(model), [Diagnostic("KSH900", "kerashape could not analyse this model: "
                                               + reason, model.node)]
