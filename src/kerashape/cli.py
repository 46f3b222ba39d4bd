"""``kerashape summary``, ``check`` and ``plot``: thin front ends over api.check_source.

Exit status: 0 clean, 1 findings reported (KSI information never counts), 2 usage
errors or files that could not be read (the other files are still checked).
``check --fix`` writes the mechanical fixes and then reports what remains: 1 if anything
does. ``check --diff`` writes nothing and prints the fixes as a unified diff: 1 if there is
a fix to make or a finding it leaves. A notebook is never edited: it is named on stderr (2).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from . import __version__, config as config_mod
from .api import FileReport, check_notebook, check_source
from .files import CANNOT_READ, Unreadable, python_files, read_source
from .formats import FORMATS
from .render import diagnostic_lines, report_json, summary_table


class _Problems:
    """Lines for the user on stderr, printed as they come; any of them makes the exit status 2."""

    def __init__(self) -> None:
        self.count = 0
        self._said: set = set()

    def __call__(self, line: str) -> None:
        if line not in self._said:  # a broken pyproject.toml is told once, not per file under it
            self._said.add(line)
            self.count += 1
            print("kerashape: " + line, file=sys.stderr, flush=True)


def _reports(paths: List[str], forced: Optional[config_mod.Config],
             problem: _Problems) -> Iterator[FileReport]:
    """Each file's report under ``paths``, one at a time, with the configuration of its nearest
    pyproject.toml (or ``forced``, from --config). A caller that keeps only what it prints keeps
    memory flat however many files there are (the list of paths is all that is held)."""
    cache: dict = {}
    found = []
    for top in paths:
        try:
            top_cfg = forced or config_mod.for_path(top, cache)
        except config_mod.ConfigError as e:  # its exclude patterns unknown: nothing under it is read
            problem("%s; %s not checked" % (e, top))
            continue
        found.extend(python_files([top], top_cfg.exclude))
    progress = _Progress(sum(1 for _, trouble in found if not trouble))
    try:
        for path, trouble in found:
            if trouble:
                problem("%s: %s" % (path, trouble))
                continue
            try:
                cfg = forced or config_mod.for_path(path, cache)
            except config_mod.ConfigError as e:
                problem("%s; the files under it not checked" % e)
                continue
            report = _check_file(path, cfg, problem)
            progress.step()
            if report is not None:
                yield report
    finally:
        progress.done()


def _check_file(path: str, cfg: config_mod.Config, problem: _Problems) -> Optional[FileReport]:
    notebook = path.endswith(".ipynb")
    try:
        text = Path(path).read_text(encoding="utf-8-sig") if notebook else read_source(path)
    except Unreadable as e:
        problem("%s: %s" % (path, CANNOT_READ % e))
        return None
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) else "not valid utf-8 (%s)" % e.reason
        problem("%s: %s" % (path, CANNOT_READ % why))
        return None
    report = check_notebook(text, path, cfg) if notebook else check_source(text, path, cfg)
    if report.error:
        problem("%s: %s" % (path, report.error))
    return report


class _Progress:
    """``kerashape: 12/40 files`` on stderr while a run goes over many files, only when stderr
    is a terminal (a log or a pipe gets nothing), erased when the run ends."""

    def __init__(self, total: int):
        self.total, self.count, self.width = total, 0, 0
        self.shown = total > 1 and sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if self.shown:
            text = "kerashape: %d/%d files" % (self.count, self.total)
            self.width = max(self.width, len(text))
            sys.stderr.write("\r" + text)
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown and self.width:
            sys.stderr.write("\r%s\r" % (" " * self.width))
            sys.stderr.flush()
            self.width = 0


def _config_failure(error: Exception) -> int:
    print("kerashape: %s" % error, file=sys.stderr)
    return 2


def cmd_summary(args, forced) -> int:
    problem = _Problems()
    reports = _reports(args.paths, forced, problem)
    if args.format == "json":
        _print_files_json(report_json(report) for report in reports)
    else:
        printed = False
        for report in reports:
            tables = (summary_table(report, result, args.explain, report.dtype_bytes, args.flops)
                      for result in report.models)
            blocks = ["%s\n%s" % (report.path, table) for table in tables]
            blocks.extend("  " + line for line in diagnostic_lines(report))
            if blocks:
                print(("\n\n" if printed else "") + "\n\n".join(blocks))
                printed = True
        if not printed:
            print("no Keras models found")
    return 2 if problem.count else 0


def _print_files_json(files: Iterable[dict]) -> None:
    """``{"files": [...]}`` exactly as render.reports_json prints it, written file by file, so
    the document is never held whole."""
    opening = '{\n "files": [\n  '
    for item in files:
        sys.stdout.write(opening + json.dumps(item, indent=1).replace("\n", "\n  "))
        opening = ",\n  "
    print('{\n "files": []\n}' if opening.startswith("{") else "\n ]\n}")


# Formats that are one line per finding, printed file by file; the others are one document.
LINE_FORMATS = ("text", "github")


def _fix_files(args, forced, problem: _Problems) -> Tuple[int, bool]:
    """--fix and --diff: each Python file's mechanical fixes (fixes.fix_source) written, or
    printed as a diff; (files changed or to change, whether a finding remains after)."""
    from .fixes import fix_source

    cache: dict = {}
    changed, fixed, remain = 0, 0, False
    for top in args.paths:
        try:
            top_cfg = forced or config_mod.for_path(top, cache)
        except config_mod.ConfigError as e:
            problem("%s; %s not fixed" % (e, top))
            continue
        for path, trouble in python_files([top], top_cfg.exclude):
            if trouble or path.endswith(".ipynb"):
                problem("%s: %s" % (path, trouble or "--fix and --diff do not edit notebooks: not changed"))
                continue
            try:
                cfg = forced or config_mod.for_path(path, cache)
                raw = Path(path).read_bytes()
                text = raw.decode("utf-8")
            except (config_mod.ConfigError, OSError, UnicodeDecodeError) as e:
                problem("%s: not fixed: %s" % (path, getattr(e, "strerror", None) or e))
                continue
            new, count = fix_source(text, path, cfg)
            left = check_source(new, path, cfg).diagnostics
            remain = remain or any(not d.code.startswith("KSI") for d in left)
            if new == text:
                continue
            changed, fixed = changed + 1, fixed + count
            if args.diff:
                sys.stdout.writelines(_diff(text, new, path))
            else:
                Path(path).write_bytes(new.encode("utf-8"))
    if changed:
        print("kerashape: %s %d finding%s in %d file%s" % (
            "would fix" if args.diff else "fixed", fixed, "s"[:fixed != 1], changed, "s"[:changed != 1]),
            file=sys.stderr)
    return changed, remain


def _diff(old: str, new: str, path: str) -> List[str]:
    """A unified diff as git writes it (``a/``, ``b/``: ``git apply`` and ``patch -p1`` take it)
    for a relative path; an absolute path as it is, as ruff and black write one."""
    from difflib import unified_diff
    names = (path, path) if os.path.isabs(path) else ("a/" + path, "b/" + path)
    lines = list(unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), *names))
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines]


def cmd_check(args, forced) -> int:
    problem = _Problems()
    if args.diff:
        changed, remain = _fix_files(args, forced, problem)
        return 2 if problem.count else 1 if changed or remain else 0
    if args.fix:
        _fix_files(args, forced, problem)
    render = FORMATS[args.format]
    found = False
    kept: List[FileReport] = []  # for a whole-document format: what it prints, no more
    for report in _reports(args.paths, forced, problem):
        found = found or any(not d.code.startswith("KSI") for d in report.diagnostics)  # KSI informs
        if args.format in LINE_FORMATS:
            output = render([report])
            if output:
                print(output, flush=True)
        elif report.diagnostics:
            kept.append(_printed_part(report))
    if args.format not in LINE_FORMATS:
        print(render(kept))
    if problem.count:
        return 2
    return 1 if found else 0


def _printed_part(report: FileReport) -> FileReport:
    """A report with only what the formats print: its path, findings, the text their lines
    are read from (SARIF fingerprints) and a notebook's cell map; no IR."""
    return FileReport(report.path, error=report.error, dtype_bytes=report.dtype_bytes,
                      diagnostics=[replace(d, node=None) for d in report.diagnostics],
                      source=report.source, notebook=report.notebook)


def cmd_plot(args, forced) -> int:
    """One model of one file as SVG, Mermaid or DOT (by the suffix of -o; Mermaid on stdout)."""
    from . import plot

    suffix = Path(args.output).suffix.lower() if args.output else ".mmd"
    if suffix not in plot.FORMATS:
        print("kerashape: cannot draw to %s: use .svg, .mmd or .dot" % args.output, file=sys.stderr)
        return 2
    problem = _Problems()
    results = [m for r in _reports([args.path], forced, problem) for m in r.models]
    names = [m.model.name or m.model.keras_name or "?" for m in results]
    chosen = [m for m in results if args.model in (m.model.name, m.model.keras_name)] if args.model \
        else results
    if len(chosen) != 1:
        found = "no Keras models" if not results else "models %s" % ", ".join(names)
        print("kerashape: %s has %s: %s" % (args.path, found, "no model %r" % args.model if args.model
                                            else "choose one with --model NAME"), file=sys.stderr)
        return 2
    graph = plot.build(chosen[0], params=args.params, flops=args.flops, expand=args.expand_nested)
    text = plot.FORMATS[suffix](graph)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 2 if problem.count else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kerashape",
        description="Static shapes, parameter counts and shape errors for Keras models, "
                    "without Keras.")
    parser.add_argument("--version", action="version", version="kerashape " + __version__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    summary = sub.add_parser("summary", help="print a model.summary()-like table per model")
    summary.add_argument("paths", nargs="+", metavar="PATH")
    summary.add_argument("--format", choices=("table", "json"), default="table")
    summary.add_argument("--explain", action="store_true", help="show each layer's parameter formula")
    summary.add_argument("--flops", action="store_true",
                         help="add each layer's FLOPs and the model's MACs and FLOPs (one sample)")
    check = sub.add_parser("check", help="report shape errors and likely mistakes")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=sorted(FORMATS), default="text",
                       help="text (path:line:col: CODE message), json, sarif (2.1.0), "
                            "github (workflow annotations)")
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument("--fix", action="store_true",
                        help="rewrite Keras 1/2 spellings Keras 3 has a mechanical fix for (KSH301), in "
                             "place, then report what remains")
    fixing.add_argument("--diff", action="store_true",
                        help="print those fixes as a unified diff; write nothing")
    plot = sub.add_parser("plot", help="draw a model as plot_model does: SVG, Mermaid or DOT, "
                                       "without Graphviz")
    plot.add_argument("path", metavar="FILE")
    plot.add_argument("--model", metavar="NAME", help="the model's variable or Keras name")
    plot.add_argument("-o", "--output", metavar="OUT",
                      help="out.svg, out.mmd (Mermaid) or out.dot; Mermaid on stdout without it")
    plot.add_argument("--params", action="store_true", help="show each layer's parameter count")
    plot.add_argument("--flops", action="store_true", help="show each layer's FLOPs")
    plot.add_argument("--expand-nested", action="store_true",
                      help="draw a model used as a layer as its own layers")
    for p in (summary, check, plot):
        p.add_argument("--config", metavar="PYPROJECT", help="read [tool.kerashape] from this file")
    sub.add_parser("lsp", help="run the language server over stdio (pip install 'kerashape[lsp]')")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "lsp":
        try:
            from .lsp import main as serve
        except ImportError as e:
            print("kerashape: the language server needs the lsp extra: pip install 'kerashape[lsp]' "
                  "(%s)" % e, file=sys.stderr)
            return 2
        serve()
        return 0
    try:
        forced = config_mod.load_file(Path(args.config)) if args.config else None
    except config_mod.ConfigError as e:
        return _config_failure(e)
    handler = {"summary": cmd_summary, "check": cmd_check, "plot": cmd_plot}[args.command]
    try:
        return handler(args, forced)
    except BrokenPipeError:  # `kerashape summary | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit's flush
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
