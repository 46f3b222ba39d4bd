"""The one entry point every front end calls: ``check_source(text, path, config)``.

Parse once with Python's ``ast`` (flake8 hands its own tree over, so the
plugin parses nothing), evaluate the module (the evaluator, with Keras's
semantics plugged in), infer every model and run the rules. Positions come
straight from the tree's nodes.
"""
from __future__ import annotations

import ast
import gc
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from . import noqa
from .config import Config
from .evaluator import Interpreter
from .evaluator.limits import Cancelled
from .evaluator.modules import display_path, reaches_keras
from .evaluator.modules import edited  # noqa: F401  (for the language server)
from .evaluator.scope import dotted_name  # noqa: F401  (for the front ends)
from .infer import ModelResult, infer
from .keras_api import KerasLibrary
from .notebooks import Notebook, NotebookError, read_notebook
from .positions import SourceLines
from .rules import RULES, Context, Diagnostic, check_model, check_module


@dataclass
class FileReport:
    path: str
    models: List[ModelResult] = field(default_factory=list)
    diagnostics: List[Diagnostic] = field(default_factory=list)
    error: Optional[str] = None  # the file could not be read or parsed: one line, for the user
    error_at: Optional[Tuple[int, int]] = None  # where, (line, column) 1-based; column 0: none named
    dtype_bytes: int = 4  # bytes per parameter under the configuration in force
    source: SourceLines = field(default_factory=lambda: SourceLines(""))
    modules: Dict[str, SourceLines] = field(default_factory=dict)  # project modules' text, by path
    notebook: Optional[Notebook] = None  # an .ipynb: maps the module's lines to its cells
    reached: List[str] = field(default_factory=list)  # the project modules its imports read

    def position(self, node: Optional[ast.AST]) -> Tuple[int, int]:
        """(line, column), 1-based, of a node: of this file, or of the project module it is
        in (see ``module_path``)."""
        other = getattr(node, "ks_path", None)
        if other is None:
            return self.source.start(node)
        if other not in self.modules:
            try:
                self.modules[other] = SourceLines(Path(other).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                self.modules[other] = SourceLines("")
        return self.modules[other].start(node)

    def module_path(self, node: Optional[ast.AST]) -> Optional[str]:
        """The project module a node is in, relative to this file's folder; None for this file."""
        other = getattr(node, "ks_path", None)
        return None if other is None else display_path(other, self.path)


def might_hold_keras(text: str, tree: Optional[ast.Module] = None, path: str = "<string>") -> bool:
    """The fast path: every import kerashape resolves names a package with "keras" in it,
    or a module of the project that does (or imports one that does)."""
    if "keras" in text:
        return True
    if tree is None or path.startswith("<") or "import" not in text:
        return False
    return reaches_keras(tree, path)


def parse(text: str) -> ast.Module:
    """Python's own parser, its warnings (invalid escapes and the like) kept out of our output."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text)


def parse_error(text: str, error: Exception) -> str:
    """One line for a file Python cannot parse, at the place Python names or at none."""
    line, column = error_position(text, error)
    if isinstance(error, (SyntaxError, ValueError)):
        what = "syntax error"
        reason = error.msg if isinstance(error, SyntaxError) else str(error)
    else:
        what, reason = "cannot parse", str(error) or type(error).__name__
    if line is not None:
        what += " at line %d" % line + (", column %d" % column if column else "")
    return "%s: %s" % (what, reason)


def error_position(text: str, error: Exception) -> Tuple[Optional[int], Optional[int]]:
    """(line, column), 1-based, of a parse error, or None where there is none. A NUL byte has
    no place from Python (ValueError before 3.12), so it is found in the text."""
    line, column = getattr(error, "lineno", None), getattr(error, "offset", None)
    if line is None and "\0" in text:
        at = text.index("\0")
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    return line, column


@contextmanager
def collector_paused():
    """Python's cycle collector paused: the tree and the IR are many live objects and few
    cycles, and its passes over them made the cost per line grow with the file."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def check_source(text: str, path: str = "<string>", config: Optional[Config] = None,
                 tree: Optional[ast.Module] = None, honour_noqa: bool = True,
                 cancelled: Optional[Callable[[], bool]] = None) -> FileReport:
    """Analyse one file; ``tree`` is its ``ast`` when the caller (flake8) already has it.
    ``honour_noqa=False`` keeps the findings ``# noqa`` silences: flake8 applies it itself.
    ``cancelled`` (the language server's), asked now and then, ends the analysis with
    :class:`Cancelled` once it says the report is no longer wanted.

    Python's cycle collector is paused meanwhile (see :func:`collector_paused`)."""
    with collector_paused():
        report = _check_source(text, path, config, tree, cancelled)
    if honour_noqa:
        report.diagnostics = noqa.unsilenced(report.diagnostics, text)
    return report


def _check_source(text: str, path: str, config: Optional[Config], tree: Optional[ast.Module],
                  cancelled: Optional[Callable[[], bool]]) -> FileReport:
    config = config or Config()
    report = FileReport(path, dtype_bytes=config.dtype_bytes, source=SourceLines(text))
    if tree is None:  # every file is parsed, as flake8 does: a syntax error is heard of, Keras or not
        try:
            tree = parse(text)
        except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
            report.error = parse_error(text, e)
            line, column = error_position(text, e)
            report.error_at = (line, column or 0) if line is not None else None
            return report
    if not might_hold_keras(text, tree, path):
        return report
    _stop_if(cancelled)
    # TF_USE_LEGACY_KERAS=1 makes tf.keras Keras 2 (tf_keras), where TF functions take its tensors
    keras = KerasLibrary(config.image_data_format, legacy_keras="TF_USE_LEGACY_KERAS" in text)
    interpreter = Interpreter(keras, config.constants, path, cancelled)
    try:
        interpreter.run(tree)
        models = list(keras.settle())  # reading a model may follow code that makes more
    except Exception as e:  # noqa: BLE001 - a bug of ours must not cost the user their run
        models = list(keras.models)
        interpreter.incomplete = "internal error %s: %s" % (type(e).__name__, e)
    if interpreter.importer is not None:
        report.reached = sorted(str(path) for path in interpreter.importer.read)
    ctx = Context(max_params=config.max_params, dtype_bytes=config.dtype_bytes, dtype=config.dtype)

    def enabled(rule) -> bool:  # a rule turned off is not run
        return config.enabled(rule.code, rule.default_enabled)

    for model in models:
        _stop_if(cancelled)
        result, diagnostics = _analyse(model, ctx, enabled)
        report.models.append(result)
        report.diagnostics.extend(
            d for d in diagnostics
            if d.code == "KSH900" or config.enabled(d.code, RULES[d.code].default_enabled))
    _stop_if(cancelled)
    report.diagnostics.extend(d for d in check_module(tree)
                              if config.enabled(d.code, RULES[d.code].default_enabled))
    incomplete = interpreter.incomplete
    if incomplete is not None and (models or "internal error" in incomplete):
        report.diagnostics.append(Diagnostic(
            "KSH900", "kerashape could not analyse this file completely: %s" % incomplete))
    # A finding on a line of another module (a helper imported from blocks.py) belongs to
    # that module's own report: here it would name the wrong file.
    report.diagnostics = [d for d in report.diagnostics if not hasattr(d.node, "ks_path")]
    for d in report.diagnostics:
        d.line, d.column = report.position(d.node)
    # A helper called twice builds two models from the same lines: one finding per place and
    # code (the first model's, as the file builds it first).
    unique: dict = {}
    for d in report.diagnostics:
        unique.setdefault((d.line, d.column, d.code), d)
    report.diagnostics = sorted(unique.values(), key=lambda d: (d.line, d.column, d.code))
    return report


def _stop_if(cancelled: Optional[Callable[[], bool]]) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _analyse(model, ctx: Context, enabled):
    """One model's result and diagnostics; a failure of ours becomes KSH900 on that model."""
    try:
        result = infer(model)
        return result, check_model(result, ctx, enabled)
    except Exception as e:  # noqa: BLE001 - one model's failure leaves the others analysed
        reason = "it is nested too deeply" if isinstance(e, RecursionError) else \
            "internal error %s: %s" % (type(e).__name__, e)
        return ModelResult(model), [Diagnostic("KSH900", "kerashape could not analyse this model: "
                                               + reason, model.node)]


def check_notebook(text: str, path: str = "<notebook>", config: Optional[Config] = None) -> FileReport:
    """Analyse a Jupyter notebook (its JSON text): its code cells as one module, through
    check_source; the report's ``notebook`` maps positions back to cells."""
    try:
        notebook = read_notebook(text)
    except NotebookError as e:
        return FileReport(path, error=str(e))
    return check_cells(notebook, path, config)


def check_cells(notebook: Notebook, path: str, config: Optional[Config] = None,
                cancelled: Optional[Callable[[], bool]] = None) -> FileReport:
    """Analyse a notebook already read into one module (from a file, or an editor's cells)."""
    report = check_source(notebook.source, path, config, cancelled=cancelled)
    report.notebook = notebook
    report.error = report.error or notebook.error
    return report
