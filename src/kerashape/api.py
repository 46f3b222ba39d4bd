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

from . import noqa
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


def check_source(text: str, path: str = "<string>", config: Optional[Config] = None,
                 tree: Optional[ast.Module] = None, honour_noqa: bool = True) -> FileReport:
    """Analyse one file; ``tree`` is its ``ast`` when the caller (flake8) already has it.
    ``honour_noqa=False`` keeps the findings ``# noqa`` silences: flake8 applies it itself."""
    config = config or Config()
    report = FileReport(path, dtype_bytes=config.dtype_bytes, source=SourceLines(text))
    if not might_hold_keras(text):
        return report
    if tree is None:
        try:
            tree = parse(text)
        except SyntaxError as e:
            report.error = "syntax error at line %s, column %s: %s" % (e.lineno, e.offset, e.msg)
            return report
        except (RecursionError, MemoryError, ValueError) as e:
            report.error = "cannot parse: %s" % (str(e) or type(e).__name__)
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
    if honour_noqa:
        report.diagnostics = noqa.unsilenced(report.diagnostics, text)
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
