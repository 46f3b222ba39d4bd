"""The CLI as a user runs it: exit codes, the summary table, JSON, unreadable paths."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "test_data" / "example" / "mnist_mlp.py"


def kerashape(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kerashape", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_summary_table_matches_keras_summary():
    proc = kerashape("summary", EXAMPLE)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    # Keras 3 prints these rows and totals for the same model (model.summary()).
    assert "│ dense (Dense)                   │ (None, 784, 4)         │             8 │" in out
    assert "│ dense_1 (Dense)                 │ (None, 784, 10)        │            50 │" in out
    assert " Total params: 58 (232.00 B)" in out
    assert " Total params: 3,190 (12.46 KB)" in out
    assert "KSH201" in out


def test_summary_of_a_graph_has_keras_connected_to_column():
    out = kerashape("summary", ROOT / "test_data" / "functional" / "graph_zoo.py").stdout
    model, _, rest = out.partition('Model: "sequential"')
    # Keras 3's model.summary() of the same graph: its "Connected to" cells, and none for a chain.
    assert "┃ Connected to " in model
    for name in ("input_layer (InputLayer)", "add (Add)", "meta (InputLayer)", "subtract (Subtract)"):
        assert "│ %s " % name in model
    cells = [line.split("│")[4].strip() for line in model.splitlines() if line.count("│") == 5]
    for cell in ("input_layer[0][0]", "activation[0][0], activation_1[0][0]",
                 "add[0][0], activation_2[0][0]", "global_average_pooling2d[0][0],", "dense[0][0]",
                 "concatenate[0][0], concatenate[0][0]", "dense_1[0][0], dense_1[1][0]", "subtract[0][0]"):
        assert cell in cells
    assert 'Model: "functional_3"  (seqm' in rest and "Connected to" not in rest


def test_summary_explain_shows_formula():
    out = kerashape("summary", "--explain", EXAMPLE).stdout
    assert "4 × 784 + 4 = 3,140: units × inputs + bias" in out


def test_summary_json_follows_the_contract():
    doc = json.loads(kerashape("summary", "--format", "json", EXAMPLE).stdout)
    [f] = doc["files"]
    model, fixed = f["models"]
    assert (model["name"], model["kind"], model["line"], model["column"]) == ("model", "Sequential", 5, 9)
    assert model["layers"][0]["output_shape"] == [None, 784, 4]
    assert (model["total_params"], fixed["total_params"]) == (58, 3190)
    assert [(d["code"], d["line"], d["column"]) for d in f["diagnostics"]] == [("KSH201", 6, 11)]


def test_check_exit_codes(tmp_path):
    clean = tmp_path / "clean.py"
    clean.write_text("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n")
    assert kerashape("check", clean).returncode == 0
    bad = kerashape("check", EXAMPLE)
    assert bad.returncode == 1
    assert bad.stdout.startswith("%s:6:11: KSH201 Dense gets (None, 784, 1)" % EXAMPLE)


def test_missing_path_is_one_line_and_exit_2_while_others_are_checked(tmp_path):
    proc = kerashape("check", tmp_path / "nope.py", EXAMPLE)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "kerashape: %s: no such file or directory" % (tmp_path / "nope.py")
    assert "KSH201" in proc.stdout


def test_directories_are_walked(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text(EXAMPLE.read_text())
    proc = kerashape("check", tmp_path)
    assert proc.returncode == 1 and "m.py:6:11: KSH201" in proc.stdout


def test_directory_without_python_files_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = kerashape("check", tmp_path / "empty", EXAMPLE)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "kerashape: %s: no Python files in this directory" % (tmp_path / "empty")
    assert "KSH201" in proc.stdout


def _tree(tmp_path, files=3):
    for i in range(files):
        (tmp_path / ("m%d.py" % i)).write_text(EXAMPLE.read_text())
    return tmp_path


def test_progress_on_a_terminal(tmp_path):
    import os
    import pty
    import select

    _tree(tmp_path)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kerashape", "check", "."], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    seen = b""
    while True:  # read the terminal until the program closes it
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=60)
    os.close(leader)
    assert proc.returncode == 1
    assert seen.decode() == ("\rkerashape: 1/3 files\rkerashape: 2/3 files\rkerashape: 3/3 files"
                             "\r%s\r" % (" " * len("kerashape: 3/3 files")))
    assert out.count("KSH201") == 3  # stdout, a pipe here, has the findings only


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path):
    proc = kerashape("check", _tree(tmp_path), cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == ""


def test_summary_json_written_file_by_file_is_the_one_document(tmp_path):
    """The CLI writes {"files": [...]} one file at a time (memory stays flat); the text is
    render.reports_json's, byte for byte, for several files, for one, and for none."""
    from kerashape.api import check_source
    from kerashape.render import reports_json

    files = [EXAMPLE, ROOT / "test_data" / "functional" / "graph_zoo.py"]
    for chosen in (files, files[:1]):
        expected = reports_json([check_source(p.read_text(), str(p)) for p in chosen])
        assert kerashape("summary", "--format", "json", *chosen).stdout == expected + "\n"
    (tmp_path / "empty").mkdir()
    proc = kerashape("summary", "--format", "json", tmp_path / "empty")
    assert (proc.returncode, proc.stdout) == (2, reports_json([]) + "\n")


def test_check_prints_findings_file_by_file_in_the_order_walked(tmp_path):
    for name in ("b.py", "a.py"):
        (tmp_path / name).write_text(EXAMPLE.read_text())
    proc = kerashape("check", "--format", "github", tmp_path)
    assert [line.split(",")[0] for line in proc.stdout.splitlines()] == [
        "::warning file=%s" % (tmp_path / "a.py"), "::warning file=%s" % (tmp_path / "b.py")]


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    """`kerashape summary FILE | head -1`: no traceback when the reader stops reading."""
    path = tmp_path / "m.py"
    path.write_text("import keras\nm = keras.Sequential([keras.Input((4,))] + "
                    "[keras.layers.Dense(4) for _ in range(300)])\n")
    proc = subprocess.run("%s -m kerashape summary %s | head -1" % (sys.executable, path), shell=True,
                          capture_output=True, text=True)
    assert proc.stdout.strip() == str(path) and proc.stderr == ""
