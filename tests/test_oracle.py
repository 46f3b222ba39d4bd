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
