"""kerashape against REAL Keras 3: every runnable case in test_data/ and ../shared/cases.

Needs the ``oracle`` extra (keras + jax); skipped with a reason without it.
Programs whose first line is ``# oracle: skip`` cannot run under Keras (names
never defined, Keras 1 arguments) and are checked by test_cases.py only.
"""
import ast
import importlib.util
import os
from pathlib import Path

import pytest

from kerashape.files import read_source

from oracle.agree import disagreements, keras_truth as run_keras, rule_examples, statement_end

pytestmark = [pytest.mark.oracle,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "test_data", ROOT.parent / "shared" / "cases"]
# test_data/partial: programs kerashape reads only in part, held to Keras in test_partial_truth.py
FILES = sorted(str(p) for folder in FOLDERS if folder.is_dir() for p in folder.rglob("*.py")
               if not {"nasty", "partial"} & set(p.parts) and not p.read_bytes().startswith(b"# oracle: skip"))


@pytest.fixture(scope="module")
def keras_truth():
    return run_keras(FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: os.path.relpath(p, ROOT.parent))
def test_kerashape_agrees_with_keras(path, keras_truth):
    assert disagreements(path, read_source(path), keras_truth[path]) == []


def test_keras1_spellings_are_what_keras_3_refuses(tmp_path):
    """KSH301's own examples, run in Keras 3: every Keras 1 form fails at the flagged line, or
    leaves the model unbuilt (Embedding's input_length), or builds another model than Keras 1
    meant (``Convolution2D(32, 3, 3)``: the second 3 becomes strides, as kerashape reads it
    too); the modern spelling builds."""
    from kerashape.api import check_source
    from kerashape.render import report_json
    from kerashape.rules import RULES

    rule = RULES["KSH301"]
    invalid, valid = rule_examples(rule, tmp_path)
    truth = run_keras([str(p) for p in invalid + valid])
    for path, (_, line) in zip(invalid, rule.INVALID):
        found = truth[str(path)]
        error = found["keras_error"]
        ours = [[layer["output_shape"] for layer in m["layers"]]
                for m in report_json(check_source(path.read_text()))["models"]]
        theirs = [[layer["output_shape"] for layer in m["layers"] if layer["class"] != "InputLayer"]
                  for m in found["models"]]
        report = report_json(check_source(path.read_text()))
        strides = [d["message"] for d in report["diagnostics"] if "Keras 3 reads it as" in d["message"]]
        # A positional call form Keras 3 reads otherwise: kerashape's shapes are Keras 3's, and
        # the finding says what Keras 1 meant.
        assert (error is not None and error["line"] == line) or (error is None and (
            not any(m["built"] for m in found["models"]) or theirs != ours or
            (strides and theirs == ours))), (path.read_text(), found)
    for path in valid:
        found = truth[str(path)]
        assert found["keras_error"] is None and all(m["built"] for m in found["models"]), found


def test_build_error_examples_are_what_keras_3_refuses(tmp_path):
    """The KSH1xx rules' own examples under Keras 3: each INVALID program raises in the
    statement that holds the line the rule names (in a ``Sequential([...])`` list, Keras's
    traceback names the statement's first line), each VALID one builds."""
    from kerashape.rules import RULES

    rules = [rule for code, rule in sorted(RULES.items()) if code.startswith("KSH1")]
    examples = [(rule, rule_examples(rule, tmp_path / rule.code)) for rule in rules
                if not (tmp_path / rule.code).mkdir()]
    truth = run_keras([str(p) for _, (invalid, valid) in examples for p in invalid + valid])
    for rule, (invalid, valid) in examples:
        for path, (_, line) in zip(invalid, rule.INVALID):
            error = truth[str(path)]["keras_error"]
            assert error is not None, (rule.code, path.read_text())
            assert error["line"] <= line <= statement_end(path.read_text(), error["line"]), (rule.code, error)
        for path in valid:
            assert truth[str(path)]["keras_error"] is None, (rule.code, path.read_text())


def test_dataset_shapes_are_the_ones_keras_asserts():
    """The load_data() shapes kerashape knows, against the shapes Keras's own dataset modules
    state (their docstring examples assert them; downloading the data needs a network)."""
    import importlib.util
    import re

    from kerashape.keras_api.arrays import DATASETS

    folder = Path(importlib.util.find_spec("keras").origin).parent / "src" / "datasets"
    for name in ("mnist", "fashion_mnist", "cifar10", "cifar100"):
        text = (folder / (name + ".py")).read_text()
        stated = dict(re.findall(r"assert (\w+)\.shape == (\([\d, ]*\))", text))
        expected = tuple(ast.literal_eval(stated[k]) for k in ("x_train", "y_train", "x_test", "y_test"))
        assert DATASETS[name] == expected, name
    # Split sizes: int(len(x) * (1 - test_split)) with test_split=0.2 (506 houses; the count
    # reuters.py and imdb.py state in their docstrings).
    boston = (folder / "boston_housing.py").read_text()
    assert "test_split=0.2" in boston and "int(len(x) * (1 - test_split))" in boston
    assert DATASETS["boston_housing"][::2] == ((int(506 * 0.8), 13), (506 - int(506 * 0.8), 13))
    reuters = (folder / "reuters.py").read_text()
    assert "11,228 newswires" in reuters
    assert DATASETS["reuters"][::2] == ((int(11228 * 0.8),), (11228 - int(11228 * 0.8),))
    assert "25,000 movies reviews" in (folder / "imdb.py").read_text()
    assert DATASETS["imdb"] == ((25000,),) * 4
