"""``kerashape check --format``: text, json, sarif (2.1.0, for GitHub code scanning), github.

Only rendering: the diagnostics come from api.check_source, unchanged.
"""
from __future__ import annotations

import json
import os
from typing import List

from . import __version__
from .api import FileReport
from .render import diagnostic_lines
from .rules import RULES

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
    return json.dumps([{"path": r.path, "code": d.code, "line": d.line, "column": d.column,
                        "message": d.message} for r in reports for d in r.diagnostics], indent=1)


def github(reports: List[FileReport]) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's lines."""
    kinds = {"error": "error", "warning": "warning", "note": "notice"}
    return "\n".join(
        "::%s file=%s,line=%d,col=%d,title=%s::%s" % (
            kinds[level(d.code)], r.path, d.line, d.column, d.code, _escape(d.message))
        for r in reports for d in r.diagnostics)


def _escape(message: str) -> str:
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def sarif(reports: List[FileReport]) -> str:
    rules = [{"id": rule.code, "name": rule.name,
              "shortDescription": {"text": rule.summary},
              "help": {"text": _doc(rule.__doc__), "markdown": _doc(rule.__doc__)},
              "defaultConfiguration": {"level": level(rule.code)}}
             for rule in RULES.values()]
    rules.append({"id": INTERNAL["code"], "name": INTERNAL["name"],
                  "shortDescription": {"text": INTERNAL["summary"]},
                  "help": {"text": INTERNAL["summary"]},
                  "defaultConfiguration": {"level": "warning"}})
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [{
        "ruleId": d.code,
        "ruleIndex": index.get(d.code, len(rules) - 1),
        "level": level(d.code),
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(r.path)},
            "region": {"startLine": d.line, "startColumn": d.column}}}],
    } for r in reports for d in r.diagnostics]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "kerashape", "version": __version__,
                                      "informationUri": "https://pypi.org/project/kerashape/",
                                      "rules": rules}},
                  "results": results}],
    }
    return json.dumps(doc, indent=1)


def _uri(path: str) -> str:
    rel = os.path.relpath(path) if os.path.isabs(path) else path
    return rel.replace(os.sep, "/")


def _doc(doc) -> str:
    lines = (doc or "").strip().splitlines()
    return "\n".join(line[4:] if line.startswith("    ") else line for line in lines)


FORMATS = {"text": text, "json": as_json, "sarif": sarif, "github": github}
