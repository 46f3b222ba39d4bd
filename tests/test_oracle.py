"""kerashape against REAL Keras 3: every runnable case in test_data/ and ../shared/cases.

Needs the ``oracle`` extra (keras + jax); skipped with a reason without it.
Programs whose first line is ``# oracle: skip`` cannot run under Keras (names
never defined, Keras 1 arguments) and are checked by test_cases.py only.
"""
import importlib.util
import os
from pathlib import Path

import pytest

from kerashape.files import read_source

from oracle.agree import disagreements, keras_truth as run_keras

pytestmark = [pytest.mark.oracle,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "test_data", ROOT.parent / "shared" / "cases"]
FILES = sorted(str(p) for folder in FOLDERS if folder.is_dir() for p in folder.rglob("*.py")
               if "nasty" not in p.parts and not p.read_bytes().startswith(b"# oracle: skip"))


@pytest.fixture(scope="module")
def keras_truth():
    return run_keras(FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, ROOT.parent))
def test_kerashape_agrees_with_keras(path, keras_truth):
    assert disagreements(path, read_source(path), keras_truth[path]) == []


def test_keras1_spellings_are_what_keras_3_refuses(tmp_path):
    """KSH301's own examples, run in Keras 3: every Keras 1 form fails at the flagged line, or
    leaves the model unbuilt (Embedding's input_length), or builds another model than Keras 1
    meant (``Convolution2D(32, 3, 3)``: the 3s become strides); the modern spelling builds."""
    from kerashape.api import check_source
    from kerashape.render import report_json
    from kerashape.rules import RULES

    rule = RULES["KSH301"]
    paths = []
    for i, (source, _) in enumerate(rule.INVALID):
        paths.append(tmp_path / ("invalid%d.py" % i))
        paths[-1].write_text(source)
    for i, source in enumerate(rule.VALID):
        paths.append(tmp_path / ("valid%d.py" % i))
        paths[-1].write_text(source)
    truth = run_keras([str(p) for p in paths])
    for path, (_, line) in zip(paths, rule.INVALID):
        found = truth[str(path)]
        error = found["keras_error"]
        ours = [[layer["output_shape"] for layer in m["layers"]]
                for m in report_json(check_source(path.read_text()))["models"]]
        theirs = [[layer["output_shape"] for layer in m["layers"] if layer["class"] != "InputLayer"]
                  for m in found["models"]]
        assert (error is not None and error["line"] == line) or (error is None and (
            not any(m["built"] for m in found["models"]) or theirs != ours)), (path.read_text(), found)
    for path in paths[len(rule.INVALID):]:
        found = truth[str(path)]
        assert found["keras_error"] is None and all(m["built"] for m in found["models"]), found
