"""The one entry point every front end calls: ``check_source(text, path, config)``.

Parse once with libcst, evaluate the module (extract), infer every model,
run the rules, and resolve positions only for files that hold a model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from .config import Config
from .extract import Extractor
from .infer import ModelResult, infer
from .positions import call_positions
from .rules import RULES, Context, Diagnostic, check_model


@dataclass
class FileReport:
    path: str
    models: List[ModelResult] = field(default_factory=list)
    diagnostics: List[Diagnostic] = field(default_factory=list)
    error: Optional[str] = None  # the file could not be read or parsed: one line, for the user
    dtype_bytes: int = 4  # bytes per parameter under the configuration in force
    positions: Dict[cst.CSTNode, tuple] = field(default_factory=dict)
    ranges: Dict[cst.CSTNode, object] = field(default_factory=dict)  # libcst CodeRange, for editors

    def position(self, node: Optional[cst.CSTNode]) -> tuple:
        """(line, column), 1-based, of a node of this file."""
        return self.positions.get(node, (1, 1)) if node is not None else (1, 1)


def might_hold_keras(text: str) -> bool:
    """The fast path: every import kerashape resolves names a package with "keras" in it."""
    return "keras" in text


def check_source(text: str, path: str = "<string>", config: Optional[Config] = None,
                 with_ranges: bool = False) -> FileReport:
    """Analyse one file. ``with_ranges`` resolves every node's full range (for editors);
    otherwise only call positions are found, the cheap way."""
    config = config or Config()
    report = FileReport(path, dtype_bytes=config.dtype_bytes)
    if not might_hold_keras(text):
        return report
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as e:
        report.error = "syntax error at line %d, column %d: %s" % (
            e.raw_line, e.raw_column + 1, str(e.message).strip().splitlines()[0])
        return report
    except (RecursionError, MemoryError, ValueError) as e:
        report.error = "cannot parse: %s" % (type(e).__name__,)
        return report
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    extractor = Extractor(config.constants, config.image_data_format)
    try:
        models = extractor.run(wrapper.module)
    except Exception as e:  # noqa: BLE001 - a bug of ours must not cost the user their run
        models = list(extractor.models)
        extractor.incomplete = "internal error %s: %s" % (type(e).__name__, e)
    if not models and extractor.incomplete is None:
        return report
    fast = None if with_ranges else call_positions(text, module, extractor.owners)
    if fast is not None:
        report.positions = fast
    else:
        try:
            ranges = wrapper.resolve(PositionProvider)
        except RecursionError:
            ranges = {}
        report.ranges = ranges
        report.positions = {node: (r.start.line, r.start.column + 1) for node, r in ranges.items()}
    ctx = Context(max_params=config.max_params, dtype_bytes=config.dtype_bytes, dtype=config.dtype)
    for model in models:
        try:
            result = infer(model)
            diagnostics = check_model(result, ctx)
        except Exception as e:  # noqa: BLE001 - one model's failure leaves the others analysed
            reason = "it is nested too deeply" if isinstance(e, RecursionError) else \
                "internal error %s: %s" % (type(e).__name__, e)
            result = ModelResult(model)
            diagnostics = [Diagnostic("KSH900", "kerashape could not analyse this model: " + reason,
                                      model.node)]
        report.models.append(result)
        report.diagnostics.extend(
            d for d in diagnostics
            if d.code == "KSH900" or config.enabled(d.code, RULES[d.code].default_enabled))
    if extractor.incomplete is not None and (models or "internal error" in extractor.incomplete):
        report.diagnostics.append(Diagnostic(
            "KSH900", "kerashape could not analyse this file completely: %s" % extractor.incomplete))
    for d in report.diagnostics:
        d.line, d.column = report.position(d.node)
    report.diagnostics.sort(key=lambda d: (d.line, d.column, d.code))
    return report
