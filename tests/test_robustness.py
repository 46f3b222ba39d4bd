"""Never crash, never hang, never execute: pathological inputs end quickly and quietly."""
import ast
import json
import subprocess
import sys
import time

import pytest

from kerashape.api import check_source

HEADER = "import keras\nfrom keras.layers import *\nfrom keras.models import Sequential\n"
PATHOLOGICAL = {
    "huge int": HEADER + "m = Sequential([Dense(10**10**10, input_shape=(3,)), Dense(2)])\n",
    "huge reshape": HEADER + "m = Sequential([Reshape((2**4096,), input_shape=(4,))])\n",
    "huge product": HEADER + "n = 2**64\n"
                             "m = Sequential([Dense(n, input_dim=n)] + [Dense(n) for _ in range(100)])\n",
    "deep parentheses": HEADER + "x = " + "(" * 150 + "1" + ")" * 150 + "\n",
    "while true": HEADER + "m = Sequential()\nwhile True:\n    m.add(Dense(3))\n",
    "mutual recursion": HEADER + ("def f(n):\n    return g(n) + g(n)\ndef g(n):\n    return f(n) + f(n)\n"
                                  "m = Sequential([Dense(f(3), input_dim=2)])\n"),
    "cyclic constants": HEADER + "a = b\nb = a\nm = Sequential([Dense(a, input_dim=b)])\n",
    "big loop": HEADER + "m = Sequential([Input((4,))])\nfor i in range(10**9):\n    m.add(Dense(4))\n",
    "wrong argument types": HEADER + ("m = Sequential([Conv2D('a', None, strides=[[1]], padding=3, "
                                      "input_shape=(28, 'x', -1)), Dense(2.5), Reshape(None), "
                                      "LSTM(units=-3)])\n"),
    "huge formatted names": HEADER + ("s = 'x' * 1000\nfor i in range(30):\n    s = s + s\n"
                                      "m = Sequential([Dense(2, name='%0999999999d' % 1), "
                                      "Dense(2, name=f'{1:>999999999}'), "
                                      "Dense(2, name='{:0999999999}'.format(1)), Dense(2, name=s)])\n"),
    "half typed": HEADER + "m = Sequential([Dense(\n",
    "keyword typo": HEADER + "m = Sequential([Dense(unit=3, input_shape=(2,)), Conv2D(fitlers=3)])\n",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_ends_quickly(name):
    start = time.monotonic()
    report = check_source(PATHOLOGICAL[name], "nasty.py")
    assert time.monotonic() - start < 10
    assert all(d.code != "KSH900" or "internal error" not in d.message for d in report.diagnostics)


def test_analysis_never_executes_the_code(tmp_path):
    marker = tmp_path / "executed"
    source = (
        "import os, socket\n"
        "open(%r, 'w').write('x')\n"
        "os.system('touch %s')\n"
        "import keras\n"
        "def build():\n"
        "    open(%r, 'w').write('x')\n"
        "    return keras.Sequential([keras.layers.Dense(3, input_shape=(2,))])\n"
        "model = build()\n" % (str(marker), str(marker), str(marker)))
    path = tmp_path / "evil.py"
    path.write_text(source)
    for argv in ([sys.executable, "-m", "kerashape", "check", str(path)],
                 [sys.executable, "-m", "kerashape", "summary", str(path)],
                 [sys.executable, "-m", "flake8", "--isolated", "--select=KSH", str(path)]):
        proc = subprocess.run(argv, capture_output=True, text=True)
        assert proc.returncode in (0, 1), proc.stderr
    assert not marker.exists()


def test_no_eval_exec_or_keras_import_in_the_package():
    import ast
    from pathlib import Path

    import kerashape
    package = Path(kerashape.__file__).parent
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text())
        # keras.applications' descriptions are Keras code kerashape reads and never imports
        # (the test below and tests/test_layout.py): only they may name keras.
        description = path.parent == package / "applications" and path.name != "__init__.py"
        banned = ("tensorflow", "importlib") if description else ("keras", "tensorflow", "importlib")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("eval", "exec", "compile", "__import__"), path
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not any(n.split(".")[0] in banned for n in names), path


def test_reading_an_application_imports_neither_it_nor_keras():
    code = ("import sys\n"
            "from kerashape.api import check_source\n"
            "report = check_source('import keras\\nm = keras.applications.ResNet50()\\n')\n"
            "print(report.models[0].total, sorted(m for m in sys.modules if m.split('.')[0] in "
            "('keras', 'tensorflow', 'jax') or m.startswith('kerashape.applications.')))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.split() == ["25636712", "[]"], proc.stderr  # Keras's ResNet50: 25,636,712


def test_undecodable_file_is_one_line_and_others_still_checked(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"import keras\nx = '\xff\xfe'\n")
    good = tmp_path / "good.py"
    good.write_text("import keras\nm = keras.Sequential([keras.layers.Dense(1, activation='softmax', "
                    "input_shape=(2,))])\n")
    proc = subprocess.run([sys.executable, "-m", "kerashape", "check", str(bad), str(good)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("kerashape: %s: cannot read: " % bad)
    assert "good.py:2:23: KSH203" in proc.stdout


def test_syntax_error_is_reported_and_flake8_does_not_crash(tmp_path):
    path = tmp_path / "half.py"
    path.write_text("import keras\nm = keras.Sequential([keras.layers.Dense(\n")
    proc = subprocess.run([sys.executable, "-m", "kerashape", "check", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "syntax error at line" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "flake8", "--isolated", str(path)],
                          capture_output=True, text=True)
    assert "Traceback" not in proc.stderr and "E999" in proc.stdout


NASTY = {  # file in test_data/nasty -> (exit status of `kerashape check`, what stdout/stderr must say)
    "bom.py": (1, "bom.py:2:42: KSH203"),
    "formfeed_tabs.py": (0, ""),
    "latin1.py": (0, ""),
    "not_utf8.py": (2, "not_utf8.py: cannot read: not valid utf-8 at line 2, column 6 (invalid start byte)"),
    "half_typed.py": (2, "half_typed.py: syntax error at line"),
    "deep_nesting.py": (0, ""),
    # the sizes Keras refuses as a layer is made (Dense(None), Dense(0), pool_size=0, ...)
    "every_argument_wrong.py": (1, "every_argument_wrong.py:5:5: KSH106 Dense(units=None): Keras refuses it"),
}


GENERATED = {  # too big to keep in the repository: written at test time
    "long_line.py": "import keras\nx = [" + ", ".join(["1"] * 20000) + "]\n"
                    "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n",
    "huge_file.py": "\n".join(["import keras", "m = keras.Sequential([keras.Input((8,))])"]
                              + ["def f%d(x):\n    return x + %d" % (i, i) for i in range(20000)]
                              + ["m.add(keras.layers.Dense(4))"]) + "\n",
}


@pytest.mark.parametrize("name", sorted(NASTY) + sorted(GENERATED))
def test_nasty_file(name, tmp_path):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "test_data" / "nasty" / name
    if name in GENERATED:
        path = tmp_path / name
        path.write_text(GENERATED[name])
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "kerashape", "check", str(path)],
                          capture_output=True, text=True, timeout=120)
    status, words = NASTY.get(name, (0, ""))
    assert (proc.returncode, "Traceback" in proc.stderr) == (status, False), proc.stderr
    assert words in proc.stdout + proc.stderr
    assert time.monotonic() - start < 60


def test_nasty_corpus_is_all_listed():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "test_data" / "nasty"
    assert sorted(p.name for p in folder.glob("*.py")) == sorted(NASTY)


def test_call_positions_equal_libcst_positions():
    """Every call's (line, column) from ``ast`` is libcst's PositionProvider's, in characters,
    on every file we have, the nasty ones (tabs, form feeds, BOM, latin-1, non-ASCII) included."""
    from pathlib import Path

    import libcst as cst
    from libcst.metadata import MetadataWrapper, PositionProvider

    from kerashape.api import parse
    from kerashape.files import Unreadable, read_source
    from kerashape.positions import SourceLines

    root = Path(__file__).resolve().parents[1]
    texts = []
    for path in sorted((root / "test_data").rglob("*.py")) + sorted(root.glob("src/kerashape/**/*.py")):
        try:
            texts.append(read_source(str(path)))
        except Unreadable:
            continue  # not_utf8.py: its own test shows the message
    texts.append("x = 'é→'; m = keras.Sequential([keras.layers.Dense(1, name='ü')]); f('ß')(g())\r\n"
                 "y = \\\n  h()\rz = [k(), k()]\n")
    checked = 0
    for text in texts:
        try:
            tree = parse(text)
        except (SyntaxError, ValueError):
            continue
        source = SourceLines(text)
        if text.startswith("import keras\n\fm = "):
            # formfeed_tabs.py: an editor counts the form feed as a character (so does ast);
            # libcst restarts the column after it, as the tokenizer does for indentation.
            call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
            assert source.start(call) == (2, 6)
            continue
        ours = sorted(source.start(n) for n in ast.walk(tree) if isinstance(n, ast.Call))
        ranges = MetadataWrapper(cst.parse_module(text), unsafe_skip_copy=True).resolve(PositionProvider)
        theirs = sorted((r.start.line, r.start.column + 1) for n, r in ranges.items()
                        if isinstance(n, cst.Call))
        assert ours == theirs, text[:200]
        checked += len(ours)
    assert checked > 500


def test_nested_event_loops_do_not_exhaust_the_budget():
    # while loops are followed step by step (while True: ... break), but only the outermost:
    # nested ones would multiply their passes into the step budget and a KSH900 on a valid file.
    source = HEADER + ("model = Sequential([Input((4,)), Dense(2)])\n"
                       "while True:\n    while True:\n"
                       "        obs, reward, done = env.step(model.predict(obs))\n"
                       "        for i in range(100):\n            total = total + i\n")
    report = check_source(source, "agent.py")
    assert [d.code for d in report.diagnostics] == []
    assert report.models[0].total == 10


SHADOW_PROBE = """
import sys
import runpy  # what `python -m` imports before kerashape's own __main__ runs
before = {m.split(".")[0] for m in sys.modules}
from kerashape.cli import main
import contextlib, io, json
with contextlib.redirect_stdout(io.StringIO()):
    for argv in (["check", sys.argv[1]], ["check", "--format", "sarif", sys.argv[1]],
                 ["summary", sys.argv[1]], ["summary", "--format", "json", sys.argv[1]]):
        main(argv)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} - before - {"kerashape"})))
"""


def test_python_m_never_imports_from_the_working_directory(tmp_path):
    """`python -m` puts the working directory first on sys.path: a file there named like any
    module kerashape imports (ast.py, re.py, json.py, libcst/...) must not be imported. What
    Python's own runpy imports before kerashape runs is beyond any package (README says so)."""
    model = tmp_path / "model.py"
    model.write_text("import keras\nm = keras.Sequential([keras.layers.Dense(1, activation='softmax', "
                     "input_shape=(2,))])\n")
    names = json.loads(subprocess.run([sys.executable, "-c", SHADOW_PROBE, str(model)], check=True,
                                      capture_output=True, text=True).stdout)
    assert "ast" in names and "json" in names and "libcst" not in names  # libcst: fixes only
    marker = tmp_path / "imported"
    for name in names + ["libcst", "re", "tomllib", "tomli"]:
        (tmp_path / (name + ".py")).write_text(
            "open(%r, 'a').write(__name__ + '\\n')\n"
            "raise ImportError('the shadow %s')\n" % (str(marker), name))
    for argv, status, words in ((["check", "model.py"], 1, "model.py:2:23: KSH203"),
                                (["summary", "--format", "json", "model.py"], 0, '"total_params": 3')):
        proc = subprocess.run([sys.executable, "-m", "kerashape", *argv], capture_output=True,
                              text=True, cwd=tmp_path)
        assert (proc.returncode, proc.stderr) == (status, ""), proc.stderr
        assert words in proc.stdout
    assert not marker.exists(), marker.read_text()


def _long_file(models):
    body = "".join("m%d = Sequential([Input((8,)), Dense(4), Dense(%d)])\n" % (i, i + 1) for i in range(models))
    return "from keras import Input, Sequential\nfrom keras.layers import Dense\n" + body


def test_an_analysis_no_longer_wanted_stops_midway_and_is_not_reported():
    """The language server's cancellation: ``cancelled`` is asked while the file is evaluated
    (not only before), and its Cancelled passes every handler that turns a failure of ours
    into KSH900."""
    from kerashape.api import Cancelled
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) == 2  # the first time it is asked in the interpreter's run
    with pytest.raises(Cancelled) as stopped:
        check_source(_long_file(300), cancelled=cancelled)
    assert "tick" in [entry.name for entry in stopped.traceback]
    wanted = check_source(_long_file(300), cancelled=lambda: False)
    # Dense(4) on 8 features: 8*4 + 4; Dense(n) on 4: 4*n + n
    assert [m.total for m in wanted.models] == [36 + 5 * (i + 1) for i in range(300)]
    assert wanted.diagnostics == []
