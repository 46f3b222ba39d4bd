"""``kerashape summary`` and ``kerashape check``: thin front ends over api.check_source.

Exit status: 0 clean, 1 findings reported (KSI information never counts), 2 usage
errors or files that could not be read (the other files are still checked).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from . import __version__, config as config_mod
from .api import FileReport, check_source
from .files import python_files, read_source
from .formats import FORMATS
from .render import diagnostic_lines, reports_json, summary_table


def _reports(paths: List[str], forced: Optional[config_mod.Config]) -> tuple:
    """Check every file under ``paths`` with the configuration of its nearest pyproject.toml
    (or ``forced``, from --config)."""
    reports: List[FileReport] = []
    problems: List[str] = []
    cache: dict = {}
    for top in paths:
        try:
            top_cfg = forced or config_mod.for_path(top, cache)
        except config_mod.ConfigError as e:
            raise SystemExit(_config_failure(e))
        for path, problem in python_files([top], top_cfg.exclude):
            if problem:
                problems.append("%s: %s" % (path, problem))
                continue
            try:
                cfg = forced or config_mod.for_path(path, cache)
            except config_mod.ConfigError as e:
                raise SystemExit(_config_failure(e))
            _check_file(path, cfg, reports, problems)
    return reports, problems


def _config_failure(error: Exception) -> int:
    print("kerashape: %s" % error, file=sys.stderr)
    return 2


def _check_file(path: str, cfg: config_mod.Config, reports: list, problems: list) -> None:
    try:
        text = read_source(path)
    except (OSError, UnicodeDecodeError, LookupError) as e:
        problems.append("%s: cannot read: %s" % (path, _reason(e)))
        return
    report = check_source(text, path, cfg)
    if report.error:
        problems.append("%s: %s" % (path, report.error))
    reports.append(report)


def _reason(e: Exception) -> str:
    if isinstance(e, OSError):
        return e.strerror or str(e)
    if isinstance(e, UnicodeDecodeError):
        return "not valid text in its declared encoding (%s)" % e.reason
    return str(e)


def cmd_summary(args, forced) -> int:
    reports, problems = _reports(args.paths, forced)
    if args.format == "json":
        print(reports_json(reports))
    else:
        blocks = []
        for report in reports:
            for result in report.models:
                blocks.append("%s\n%s" % (report.path, summary_table(report, result, args.explain,
                                                                     report.dtype_bytes)))
            blocks.extend("  " + line for line in diagnostic_lines(report))
        print("\n\n".join(blocks) if blocks else "no Keras models found")
    for p in problems:
        print("kerashape: " + p, file=sys.stderr)
    return 2 if problems else 0


def cmd_check(args, forced) -> int:
    reports, problems = _reports(args.paths, forced)
    found = any(not d.code.startswith("KSI") for report in reports for d in report.diagnostics)
    output = FORMATS[args.format](reports)
    if output or args.format in ("json", "sarif"):
        print(output)
    for p in problems:
        print("kerashape: " + p, file=sys.stderr)
    if problems:
        return 2
    return 1 if found else 0


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
    check = sub.add_parser("check", help="report shape errors and likely mistakes")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=sorted(FORMATS), default="text",
                       help="text (path:line:col: CODE message), json, sarif (2.1.0), "
                            "github (workflow annotations)")
    for p in (summary, check):
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
    handler = {"summary": cmd_summary, "check": cmd_check}[args.command]
    return handler(args, forced)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
