"""Every bad input is one line naming it, exit status 2, and the rest of the work still done:
through `kerashape check` (every format), `kerashape summary` (both formats) and flake8."""
import ast
import json
import os
import socket
import subprocess
import sys

import pytest

GOOD = ("import keras\n"
        "m = keras.Sequential([keras.layers.Dense(1, activation='softmax', input_shape=(2,))])\n")
# Dense(1) with softmax is KSH203; its call starts at line 2, column 23.
GOOD_FINDING = ("good.py", 2, 23, "KSH203")

BAD_FILES = {  # name -> (bytes, what the one line says after "path: ")
    "nul.py": (b"import keras\nx = 1\0\n",
               "syntax error at line 2, column 6: source code string cannot contain null bytes"),
    "not_utf8.py": (b"import keras\nx = '\xc3\xa9\xff'\n",
                    "cannot read: not valid utf-8 at line 2, column 7 (invalid start byte)"),
    "no_keras_syntax.py": (b"def f(:\n    pass\n", "syntax error at line 1, column 7: invalid syntax"),
    "keras_syntax.py": (b"import keras\ndef f(:\n    pass\n",
                        "syntax error at line 2, column 7: invalid syntax"),
    "cookie.py": (b"# -*- coding: klingon -*-\nimport keras\n", "cannot read: unknown encoding: klingon"),
}
SPECIAL = {"pipe.py": "cannot read: a FIFO, not a regular file",
           "sock.py": "cannot read: a socket, not a regular file"}


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture
def folder(tmp_path):
    """A folder of every bad file, two special files and one good file."""
    root = tmp_path / "src"
    root.mkdir()
    (root / "good.py").write_text(GOOD)
    for name, (data, _) in BAD_FILES.items():
        (root / name).write_bytes(data)
    os.mkfifo(str(root / "pipe.py"))
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "sock.py"))
    yield root
    server.close()


def expected_lines(root, special=True):
    said = {name: words for name, (_, words) in BAD_FILES.items()}
    if special:
        said.update(SPECIAL)
    return sorted("kerashape: %s: %s" % (root / name, words) for name, words in said.items())


def good_finding(root, fmt, out):
    name, line, column, code = GOOD_FINDING
    path = str(root / name)
    if fmt == "text":
        return any(row.startswith("%s:%d:%d: %s " % (path, line, column, code)) for row in out.splitlines())
    if fmt == "github":
        return "::warning file=%s,line=%d,col=%d,title=%s::" % (path, line, column, code) in out
    if fmt == "json":
        return [(d["path"], d["line"], d["column"], d["code"]) for d in json.loads(out)] == \
            [(path, line, column, code)]
    [result] = json.loads(out)["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    return (result["ruleId"], region["startLine"], region["startColumn"]) == (code, line, column)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_check_walks_past_every_bad_file(folder, fmt):
    proc = run("kerashape", "check", "--format", fmt, folder)
    assert proc.returncode == 2
    assert sorted(proc.stderr.splitlines()) == expected_lines(folder)
    assert good_finding(folder, fmt, proc.stdout)


def test_summary_table_walks_past_every_bad_file(folder):
    proc = run("kerashape", "summary", folder)
    assert proc.returncode == 2
    assert sorted(proc.stderr.splitlines()) == expected_lines(folder)
    assert proc.stdout.startswith("%s\nModel: \"sequential\"  (m, line 2)" % (folder / "good.py"))
    assert " Total params: 3 (12.00 B)" in proc.stdout  # Dense(1) on 2 inputs: 2 weights + 1 bias


def test_summary_json_walks_past_every_bad_file(folder):
    proc = run("kerashape", "summary", "--format", "json", folder)
    assert proc.returncode == 2
    assert sorted(proc.stderr.splitlines()) == expected_lines(folder)
    files = {os.path.basename(f["path"]): f for f in json.loads(proc.stdout)["files"]}
    # the files that were read are in the document, the parse errors with their line
    assert sorted(files) == ["good.py", "keras_syntax.py", "no_keras_syntax.py", "nul.py"]
    assert files["good.py"]["models"][0]["total_params"] == 3
    assert files["nul.py"]["error"] == BAD_FILES["nul.py"][1]


def test_special_files_named_on_the_command_line_are_skipped(tmp_path):
    (tmp_path / "good.py").write_text(GOOD)
    os.mkfifo(str(tmp_path / "pipe.py"))
    proc = run("kerashape", "check", tmp_path / "pipe.py", "/dev/null", tmp_path / "good.py")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "kerashape: %s: cannot read: a FIFO, not a regular file" % (tmp_path / "pipe.py"),
        "kerashape: /dev/null: cannot read: a character device, not a regular file"]
    assert proc.stdout.startswith("%s:2:23: KSH203" % (tmp_path / "good.py"))


def test_flake8_reads_the_bad_files_without_a_traceback(folder):
    # flake8 reads files itself, before any plugin: it blocks on a FIFO of its own accord, so
    # the pipe is left out here; the other bad files are flake8's E902/E999, and KSH goes on.
    os.remove(str(folder / "pipe.py"))
    expected = {"nul.py": ["E999"], "not_utf8.py": [], "no_keras_syntax.py": ["E999"],
                "keras_syntax.py": ["E999"], "cookie.py": [], "sock.py": ["E902"]}
    if flake8_crashes_on_nul():
        os.remove(str(folder / "nul.py"))
        del expected["nul.py"]
    proc = run("flake8", "--isolated", "--select=KSH,E9", folder)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    rows = proc.stdout.splitlines()
    assert "%s:2:23: KSH203" % (folder / "good.py") in [row.split(" ")[0] + " " + row.split(" ")[1]
                                                        for row in rows]
    said = {name: [row.split(" ")[1] for row in rows if row.startswith(str(folder / name) + ":")]
            for name in expected}
    # flake8 falls back to latin-1 for a file it cannot decode (its choice, silently)
    assert said == expected


def flake8_crashes_on_nul():
    """Before Python 3.11 (and 3.11.0-3), ast.parse raises ValueError for a NUL byte, which
    flake8 does not catch: a traceback of flake8's own, before any plugin runs (PyCQA/flake8#1822)."""
    try:
        ast.parse("\0")
    except ValueError:
        return True
    except SyntaxError:
        return False


# -- configuration ----------------------------------------------------------------

CONFIGS = {  # pyproject.toml -> what the one line says after "path/pyproject.toml: "
    "[tool]\nkerashape = 3\n": "[tool.kerashape] must be a table, got an integer",
    "[[tool.kerashape]]\nselect = ['KSH']\n": "[tool.kerashape] must be a table, got an array of tables",
    "tool = 3\n": "tool must be a table, got an integer",
    "tool = [1]\n": "tool must be a table, got an array",
    "[tool.kerashape]\nignore = ['']\n":
        "[tool.kerashape] ignore has an empty code; name codes or prefixes such as \"KSH2\"",
    "[tool.kerashape]\nselect = ['KSH', '']\n":
        "[tool.kerashape] select has an empty code; name codes or prefixes such as \"KSH2\"",
    "[tool.kerashape]\nselect = 'KSH'\n": "[tool.kerashape] select must be a list of strings, got 'KSH'",
    "[tool.kerashape]\ndtype = ['float32']\n": "[tool.kerashape] dtype must be one of",
    "[tool.kerashape]\nconstants = { a = [1, true] }\n":
        "[tool.kerashape] constants must be a table of numbers, strings or lists of ints",
    "[tool.kerashape]\nconstants = { a = nan }\n":
        "[tool.kerashape] constants must be a table of numbers, strings or lists of ints",
    "[tool.kerashape]\nconstants = 3\n":
        "[tool.kerashape] constants must be a table of numbers, strings or lists of ints",
    "[tool.kerashape]\nmax_params = true\n": "[tool.kerashape] max_params must be a non-negative integer",
    "[tool.kerashape\n": "cannot read: Expected ']' at the end of a table declaration (at line 1, column 16)",
    b"[tool.kerashape]\nselect = ['KSH\xff']\n": "cannot read: not valid UTF-8 at line 2, column 15 "
                                                 "(invalid start byte)",
}


def two_projects(tmp_path, pyproject):
    """bad/ under the given pyproject.toml, good/ under a valid one; one model file each."""
    for name, text in (("bad", pyproject), ("good", "[tool.kerashape]\nignore = ['KSH1']\n")):
        (tmp_path / name).mkdir()
        data = text if isinstance(text, bytes) else text.encode()
        (tmp_path / name / "pyproject.toml").write_bytes(data)
        (tmp_path / name / "good.py").write_text(GOOD)
    return tmp_path / "bad", tmp_path / "good"


@pytest.mark.parametrize("pyproject", sorted(CONFIGS, key=repr))
@pytest.mark.parametrize("command", ["check", "summary"])
def test_bad_configuration_is_one_line_and_the_other_project_still_checked(tmp_path, pyproject, command):
    bad, good = two_projects(tmp_path, pyproject)
    proc = run("kerashape", command, "bad", "good", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    [line] = proc.stderr.splitlines()
    prefix = "kerashape: %s: " % (bad / "pyproject.toml")
    assert line.startswith(prefix + CONFIGS[pyproject]) and line.endswith("; bad not checked")
    assert "bad/good.py" not in proc.stdout
    assert ("good/good.py:2:23: KSH203" if command == "check" else "good/good.py\nModel:") in proc.stdout


def test_bad_configuration_below_a_walked_folder_is_told_once(tmp_path):
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[tool.kerashape]\nignore = ['']\n")
    (tmp_path / "sub" / "a.py").write_text(GOOD)
    (tmp_path / "sub" / "b.py").write_text(GOOD)
    proc = run("kerashape", "check", ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "kerashape: %s: [tool.kerashape] ignore has an empty code; name codes or prefixes such as "
        "\"KSH2\"; the files under it not checked" % (tmp_path / "sub" / "pyproject.toml")]
    assert [row.split(" ")[0] for row in proc.stdout.splitlines()] == ["./good.py:2:23:"]


def test_bad_config_given_with_config_option_stops_with_one_line(tmp_path):
    (tmp_path / "cfg.toml").write_text("tool = 3\n")
    (tmp_path / "good.py").write_text(GOOD)
    proc = run("kerashape", "check", "--config", "cfg.toml", "good.py", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "kerashape: cfg.toml: tool must be a table, got an integer\n"


def test_flake8_never_reads_pyproject_so_a_bad_one_changes_nothing(tmp_path):
    (tmp_path / "pyproject.toml").write_text("tool = 3\n")
    (tmp_path / "good.py").write_text(GOOD)
    proc = run("flake8", "--select=KSH", "good.py", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (1, "")
    assert proc.stdout.startswith("good.py:2:23: KSH203 ")


@pytest.mark.parametrize("option, words", [
    ("kerashape-max-params = big", "kerashape-max-params must be a non-negative integer, got 'big'"),
    ("kerashape-max-params = -5", "kerashape-max-params must be a non-negative integer, got '-5'"),
    ("kerashape-constants = rows=28,cols", "kerashape-constants must be name=value items, got 'cols'"),
    ("kerashape-constants = 9a=1", "kerashape-constants must be name=value items, got '9a=1'"),
])
def test_bad_flake8_option_is_one_line_and_exit_2(tmp_path, option, words):
    (tmp_path / "setup.cfg").write_text("[flake8]\n%s\n" % option)
    (tmp_path / "good.py").write_text(GOOD)
    proc = run("flake8", "--select=KSH", "good.py", cwd=tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", "flake8: error: %s\n" % words)


def test_good_flake8_options_still_apply(tmp_path):
    (tmp_path / "setup.cfg").write_text("[flake8]\nkerashape-max-params = 2\nkerashape-constants = n=1\n")
    (tmp_path / "good.py").write_text(GOOD.replace("Dense(1,", "Dense(n,"))
    proc = run("flake8", "--select=KSH", "good.py", cwd=tmp_path)
    # n = 1: Dense(1) on 2 inputs has 3 params, over the budget of 2
    assert [row.split(" ")[1] for row in proc.stdout.splitlines()] == ["KSH302", "KSH203"]
