"""Golden tests: every NAME.py with a NAME.expected.json, in test_data/ and ../shared/cases.

The truth files were computed by real Keras 3 (or written by hand where the
program cannot run, first line ``# oracle: skip``), never by kerashape.
"""
import json
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.files import read_source
from kerashape.render import report_json

from casecompare import problems

ROOT = Path(__file__).resolve().parents[1]
SHARED_CASES = ROOT.parent / "shared" / "cases"


def _cases(folder: Path):
    return sorted(p for p in folder.rglob("*.py") if p.with_suffix("").with_suffix(".expected.json").exists()
                  or Path(str(p)[:-3] + ".expected.json").exists())


OWN = _cases(ROOT / "test_data")
SHARED = _cases(SHARED_CASES) if SHARED_CASES.is_dir() else []


def _check(path: Path):
    expected = json.loads(Path(str(path)[:-3] + ".expected.json").read_text())
    got = report_json(check_source(read_source(str(path)), str(path)))
    assert problems(expected, got) == []


def test_there_are_own_cases():
    assert len(OWN) >= 10


@pytest.mark.parametrize("path", OWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_own_case(path):
    _check(path)


@pytest.mark.skipif(not SHARED, reason="../shared/cases is not beside this checkout")
@pytest.mark.parametrize("path", SHARED, ids=lambda p: p.name)
def test_shared_case(path):
    _check(path)
