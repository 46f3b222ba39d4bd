"""Property-based fuzzing: kerashape returns normally on any input and never reports an
internal error. CI runs a fixed, derandomised budget; for a longer local run:

    KERASHAPE_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py
"""
import os
import re
from pathlib import Path

import hypothesmith
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerashape.api import check_source
from kerashape.config import Config

EXAMPLES = int(os.environ.get("KERASHAPE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
ALL = Config(select=["KSH", "KSI"])
ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = [p.read_text() for p in sorted((ROOT / "test_data").glob("*/*.py")) if "nasty" not in p.parts]
NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
REPLACEMENTS = st.sampled_from(["0", "-1", "-7", "10**100", "2**4096", "3.5", "'x'", "None", "True",
                                "[[1]]", "()", "(1,)", "unknown_name", "f()", "*args", "**kw"])


def no_internal_error(source):
    report = check_source(source, "fuzz.py", ALL)
    internal = [d.message for d in report.diagnostics if "internal error" in d.message]
    assert internal == []


@FUZZ
@given(hypothesmith.from_grammar())
def test_any_python_is_handled(source):
    no_internal_error(source + "\n# keras\n")  # the comment takes the file past the fast path


@FUZZ
@given(st.sampled_from(PROGRAMS), st.data())
def test_mutated_model_programs_are_handled(program, data):
    numbers = list(NUMBER.finditer(program))
    lines = program.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["number", "drop line", "duplicate line", "cut"]))
        if kind == "number" and numbers:
            match = data.draw(st.sampled_from(numbers))
            program = program[:match.start()] + data.draw(REPLACEMENTS) + program[match.end():]
            numbers = list(NUMBER.finditer(program))
        elif kind in ("drop line", "duplicate line") and lines:
            i = data.draw(st.integers(0, len(lines) - 1))
            lines = lines[:i] + lines[i + 1:] if kind == "drop line" else lines[:i + 1] + lines[i:]
            program = "".join(lines)
        elif kind == "cut":
            program = program[:data.draw(st.integers(0, len(program)))]
        lines = program.splitlines(keepends=True)
    no_internal_error(program)
