"""kerashape against REAL Keras 3: every runnable case in test_data/ and ../shared/cases.

Needs the ``oracle`` extra (keras + jax); skipped with a reason without it.
Programs whose first line is ``# oracle: skip`` cannot run under Keras (names
never defined, Keras 1 arguments) and are checked by test_cases.py only.
"""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.files import read_source
from kerashape.render import report_json

from casecompare import problems

pytestmark = [pytest.mark.oracle,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "test_data", ROOT.parent / "shared" / "cases"]
FILES = sorted(str(p) for folder in FOLDERS if folder.is_dir() for p in folder.rglob("*.py")
               if "nasty" not in p.parts and not p.read_bytes().startswith(b"# oracle: skip"))


@pytest.fixture(scope="module")
def keras_truth():
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "oracle" / "run_keras.py"), *FILES],
                          capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, ROOT.parent))
def test_kerashape_agrees_with_keras(path, keras_truth):
    truth = keras_truth[path]
    got = report_json(check_source(read_source(path), path))
    names = {m["name"] for m in got["models"]}
    # A model whose construction raised was never bound: Keras only has an internal name for it.
    models = [m for m in truth["models"] if not truth["keras_error"] or m["name"] in names]
    expected = dict(truth, models=models, expect_codes=[])
    found = [p for p in problems(expected, got) if not p.startswith("codes ")]
    assert found == []
    ours = {m["name"]: m for m in got["models"]}
    for model in models:
        assert ours[model["name"]]["keras_name"] == model["keras_name"]  # Keras's own name for it
        if model["kind"] == "Functional" and model["built"]:
            # Keras's "Connected to" column: `layer[node][tensor]` per inbound tensor, in order.
            assert [layer.get("connected_to", []) for layer in ours[model["name"]]["layers"]] == \
                [layer["connected_to"] for layer in model["layers"]], model["name"]
    error = truth["keras_error"]
    if error and error["line"] is not None:
        # Keras's traceback names the statement that failed; in the list form that is the line
        # of `Sequential([`, so the flag may stand on a later line of the same statement.
        statement_end = _statement_end(path, error["line"])
        flagged = [d for d in got["diagnostics"] if d["code"].startswith("KSH1")
                   and error["line"] <= d["line"] <= statement_end]
        assert flagged, "Keras raised %s at line %d: %s; no KSH1xx in that statement" % (
            error["type"], error["line"], error["message"])


def _statement_end(path, line):
    """The last line of the module-level statement that holds ``line``."""
    import ast

    for node in ast.parse(read_source(path)).body:
        if node.lineno <= line <= node.end_lineno:
            return node.end_lineno
    return line
