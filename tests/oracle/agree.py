"""kerashape against REAL Keras 3 on one program: the check test_oracle.py and
test_differential.py share.

``keras_truth(files)`` runs tests/oracle/run_keras.py once on every file (one
subprocess, one Keras import); ``disagreements(path, source, truth)`` lists
what kerashape gets wrong on one of them ([] when it agrees):

* every model Keras built is compared layer by layer with casecompare's
  ``problems`` (expected codes aside: the truth from Keras has none), and by
  Keras's own model and layer names and, for functional models, "Connected to" per layer;
* when Keras refused the program, kerashape must put a KSH1xx flag (KSH301/KSH303 for a
  Keras 1/2 spelling) in the statement Keras failed on.
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Sequence, Tuple

from kerashape.api import check_source
from kerashape.render import report_json

from casecompare import paired, problems

RUN_KERAS = Path(__file__).resolve().with_name("run_keras.py")


def keras_truth(files: Sequence[str], timeout: float = 900) -> Dict[str, Any]:
    """{file: {"models": [...], "keras_error": ...}} from real Keras, one subprocess for all."""
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, str(RUN_KERAS), *files],
                          capture_output=True, text=True, env=env, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def rule_examples(rule, folder: Path) -> Tuple[List[Path], List[Path]]:
    """A rule's own INVALID and VALID programs written to files in ``folder`` for Keras to run:
    (invalid, valid), in the rule's order."""
    invalid = [folder / ("invalid%d.py" % i) for i in range(len(rule.INVALID))]
    valid = [folder / ("valid%d.py" % i) for i in range(len(rule.VALID))]
    for path, source in zip(invalid + valid, [s for s, _ in rule.INVALID] + list(rule.VALID)):
        path.write_text(source)
    return invalid, valid


def disagreements(path: str, source: str, truth: Dict[str, Any]) -> List[str]:
    got = report_json(check_source(source, path))
    names = {m["name"] for m in got["models"]}
    # A model whose construction raised was never bound: Keras only has an internal name for it.
    models = [m for m in truth["models"] if not truth["keras_error"] or m["name"] in names]
    expected = dict(truth, models=models, expect_codes=[])
    found = [p for p in problems(expected, got) if not p.startswith("codes ")]
    for model, mine in paired(models, got["models"]):
        if mine is None:
            continue  # problems() has said so
        if mine["keras_name"] != model["keras_name"]:
            found.append("model %s: Keras names it %r, kerashape %r"
                         % (model["name"], model["keras_name"], mine["keras_name"]))
        theirs = [layer["name"] for layer in model["layers"] if layer["class"] != "InputLayer"]
        if [layer["name"] for layer in mine["layers"] if layer["class"] != "InputLayer"] != theirs:
            found.append("model %s: Keras names its layers %r" % (model["name"], theirs))
        if model["kind"] == "Functional" and model["built"]:
            # Keras's "Connected to" column: `layer[node][tensor]` per inbound tensor, in order.
            theirs = [layer["connected_to"] for layer in model["layers"]]
            if [layer.get("connected_to", []) for layer in mine["layers"]] != theirs:
                found.append("model %s: Keras connects %r" % (model["name"], theirs))
    error = truth["keras_error"]
    if error and error["line"] is not None:
        # Keras's traceback names the statement that failed; in the list form that is the line
        # of `Sequential([`, so the flag may stand on a later line of the same statement.
        last = statement_end(source, error["line"])
        # KSH301/KSH303: a Keras 1/2 spelling Keras 3 refuses (an import, an argument, a layer).
        flagged = [d for d in got["diagnostics"] if (d["code"].startswith("KSH1") or d["code"] in (
            "KSH301", "KSH303")) and error["line"] <= d["line"] <= last]
        if not flagged:
            found.append("Keras raised %s at line %d: %s; no KSH1xx/KSH301/KSH303 in that statement" % (
                error["type"], error["line"], error["message"]))
    return found


def statement_end(source: str, line: int) -> int:
    """The last line of the module-level statement that holds ``line``."""
    for node in ast.parse(source).body:
        if node.lineno <= line <= node.end_lineno:
            return node.end_lineno
    return line
