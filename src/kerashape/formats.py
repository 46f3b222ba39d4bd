"""``kerashape check --format``: text, json, sarif (2.1.0, for GitHub code scanning), github.

Only rendering: the diagnostics come from api.check_source, unchanged.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Dict, List, Optional

from . import __version__
from .api import FileReport
from .positions import _NEWLINE
from .render import diagnostic_json, diagnostic_lines
from .rules import RULES

# Each rule's row in README's Rules table (an anchor per code), on the project's repository.
HELP_URI = "https://github.com/kerashape/kerashape/blob/main/README.md#%s"

INTERNAL = {"code": "KSH900", "name": "analysis-incomplete",
            "summary": "kerashape could not analyse a model or file"}


def level(code: str) -> str:
    """SARIF level: what Keras refuses is an error, likely mistakes warn, information is a note."""
    if code.startswith("KSI"):
        return "note"
    return "error" if code.startswith("KSH1") else "warning"


def text(reports: List[FileReport]) -> str:
    return "\n".join(line for r in reports for line in diagnostic_lines(r))


def as_json(reports: List[FileReport]) -> str:
    return json.dumps([dict(path=r.path, **diagnostic_json(r, d))
                       for r in reports for d in r.diagnostics], indent=1)


def github(reports: List[FileReport]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines (a notebook's
    on the lines of its .ipynb file, the cell and line in the title)."""
    kinds = {"error": "error", "warning": "warning", "note": "notice"}
    out = []
    for r in reports:
        path = _relative(r.path)[0]
        for d in r.diagnostics:
            line, column = _file_position(r, d)
            out.append("::%s file=%s,line=%d,col=%d,title=%s::%s" % (
                kinds[level(d.code)], _escape_property(path), line, column,
                _escape_property(d.code + _cell_text(r, d)), _escape(d.message)))
    return "\n".join(out)


def _escape(message: str) -> str:
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape(value).replace(":", "%3A").replace(",", "%2C")


def _file_position(report: FileReport, d) -> tuple:
    """Where GitHub shows a finding: the line and column in the file as stored."""
    if report.notebook is None:
        return d.line, d.column
    return report.notebook.file_position(d.line, d.column)


def _cell_text(report: FileReport, d) -> str:
    if report.notebook is None:
        return ""
    cell, line = report.notebook.locate(d.line)
    return " in cell %d, line %d, column %d" % (cell, line, d.column)


def sarif(reports: List[FileReport]) -> str:
    """SARIF 2.1.0 as GitHub code scanning reads it: paths relative to the repository (or
    project) root, rule help, and fingerprints that follow a finding when lines move."""
    rules = [_rule(rule.code, rule.name, rule.summary, _doc(rule.__doc__))
             for rule in RULES.values()]
    rules.append(_rule(INTERNAL["code"], INTERNAL["name"], INTERNAL["summary"], INTERNAL["summary"],
                       "warning"))
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    bases: Dict[str, str] = {}  # root folder -> its uriBaseId
    results = []
    for r in reports:
        path, root = _relative(r.path)
        artifact = {"uri": path}
        if root is not None:
            artifact["uriBaseId"] = bases.setdefault(
                root, "PROJECTROOT" if not bases else "PROJECTROOT%d" % (len(bases) + 1))
        lines = _NEWLINE.split(r.source.text)
        seen: Dict[str, int] = {}
        for d in r.diagnostics:
            line, column = _file_position(r, d)
            text = lines[d.line - 1].strip() if 0 < d.line <= len(lines) else ""
            key = "%s\0%s" % (d.code, text)
            seen[key] = seen.get(key, 0) + 1  # the same code on two identical lines stays two
            result = {
                "ruleId": d.code,
                "ruleIndex": index.get(d.code, len(rules) - 1),
                "level": level(d.code),
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {"startLine": line, "startColumn": column}}}],
                "partialFingerprints": {"kerashapeFinding/v1": hashlib.sha256(
                    ("%s\0%d" % (key, seen[key])).encode("utf-8")).hexdigest()},
            }
            if r.notebook is not None:
                cell, cell_line = r.notebook.locate(d.line)
                result["message"]["text"] = "cell %d, line %d: %s" % (cell, cell_line, d.message)
                result["properties"] = {"cell": cell, "cellLine": cell_line, "cellColumn": d.column}
            results.append(result)
    run = {"tool": {"driver": {"name": "kerashape", "version": __version__,
                               "informationUri": HELP_URI.partition("/blob/")[0],
                               "rules": rules}},
           "results": results}
    if bases:
        run["originalUriBaseIds"] = {base: {"uri": Path(root).as_uri() + "/"}
                                     for root, base in bases.items()}
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [run]}
    return json.dumps(doc, indent=1)


def _rule(code: str, name: str, summary: str, doc: str, default_level: Optional[str] = None) -> dict:
    what = doc.split("## What it does", 1)[-1].split("\n\n")[0].strip()
    return {"id": code, "name": name,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": " ".join(what.split()) or summary},
            "help": {"text": doc, "markdown": doc},
            "helpUri": HELP_URI % code.lower(),
            "defaultConfiguration": {"level": default_level or level(code)}}


ROOT_MARKERS = ("pyproject.toml", "setup.cfg")


def _relative(path: str) -> tuple:
    """(path with "/" relative to its root, the root or None): the root is the repository's
    (the nearest folder above with .git, which is what GitHub resolves paths against), else
    the project's (nearest pyproject.toml or setup.cfg); without either, the path as given
    (relative to the current folder where it is below it)."""
    full = Path(os.path.abspath(path))
    for markers in ((".git",), ROOT_MARKERS):
        for folder in full.parents:
            if any((folder / m).exists() for m in markers):
                return full.relative_to(folder).as_posix(), str(folder)
    rel = os.path.normpath(path)
    if os.path.isabs(path) and full.is_relative_to(Path.cwd()):
        rel = os.path.relpath(full)
    return rel.replace(os.sep, "/"), None


def _doc(doc) -> str:
    lines = (doc or "").strip().splitlines()
    return "\n".join(line[4:] if line.startswith("    ") else line for line in lines)


FORMATS = {"text": text, "json": as_json, "sarif": sarif, "github": github}
