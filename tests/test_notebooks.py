"""Jupyter notebooks, written by real nbformat, through `check` (every format), `summary`, a
directory walk and nbQA + flake8; pre-commit on notebooks is in test_precommit.py."""
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from kerashape.api import check_notebook
from kerashape.notebooks import read_notebook
from kerashape.render import report_json

ROOT = Path(__file__).resolve().parents[1]

# (cell type, source): the test notebook. Cell numbers count every cell, markdown included.
CELLS = [
    ("markdown", "# Digits\nThe seed mistake, then a channels-first network."),    # cell 1
    ("code", "%matplotlib inline\n!pip install keras\nfrom keras.models import Sequential\n"
             "from keras.layers import Conv2D, Dense, Input"),                         # cell 2
    ("markdown", "A Dense on (784, 1):"),                                               # cell 3
    ("code", "model = Sequential()\n"
             "model.add(Dense(units=4, activation='linear', input_shape=(784, 1)))\n"
             "model.add(Dense(units=10, activation='softmax'))\n"
             "model.summary?"),                                                         # cell 4
    ("code", "%%bash\necho this cell is shell\n"),                                      # cell 5
    ("code", "%%time\nconv = Sequential([Input((1, 28, 28)),\n"
             "                   Conv2D(8, 3, data_format='channels_first'),\n"
             "                   Dense(10)])"),                                         # cell 6
]
SEED = (4, 2, 11)  # cell, line, column of the seed's first Dense
CONV = (6, 4, 20)  # of the Dense after the channels-first convolution


def write_notebook(path, cells=CELLS, **metadata):
    make = {"code": new_code_cell, "markdown": new_markdown_cell}
    notebook = new_notebook(cells=[make[kind](source) for kind, source in cells],
                            metadata=metadata or {"kernelspec": {"name": "python3",
                                                                 "language": "python",
                                                                 "display_name": "Python 3"}})
    nbformat.write(notebook, str(path))
    return path


def kerashape(*args, cwd):
    return subprocess.run([sys.executable, "-m", "kerashape", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def file_text_at(path, line, column):
    """The notebook file's own text from (line, column): where GitHub puts the annotation."""
    return Path(path).read_text().splitlines()[line - 1][column - 1:]


def test_check_names_cell_line_and_column(tmp_path):
    write_notebook(tmp_path / "model.ipynb")
    proc = kerashape("check", "model.ipynb", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert [line.split(" ")[:2] for line in lines] == [
        ["model.ipynb:cell_4:2:11:", "KSH201"], ["model.ipynb:cell_6:4:20:", "KSH201"]]
    assert "Dense gets (None, 784, 1)" in lines[0] and "output (None, 784, 4), 8 params" in lines[0]
    # Conv2D(8, 3) channels-first on (1, 28, 28) gives (None, 8, 26, 26); Dense(10) acts on 26.
    assert "Dense gets (None, 8, 26, 26)" in lines[1] and "(None, 8, 26, 10), 270 params" in lines[1]


def test_json_formats_carry_the_cell(tmp_path):
    write_notebook(tmp_path / "model.ipynb")
    found = json.loads(kerashape("check", "--format", "json", "model.ipynb", cwd=tmp_path).stdout)
    assert [(d["path"], d["code"], d["cell"], d["line"], d["column"]) for d in found] == [
        ("model.ipynb", "KSH201") + SEED, ("model.ipynb", "KSH201") + CONV]
    doc = json.loads(kerashape("summary", "--format", "json", "model.ipynb", cwd=tmp_path).stdout)
    (report,) = doc["files"]
    seed, conv = report["models"]
    assert (seed["name"], seed["cell"], seed["line"], seed["column"]) == ("model", 4, 1, 9)
    assert [(x["class"], x["cell"], x["line"], x["column"]) for x in seed["layers"]] == [
        ("Dense", 4, 2, 11), ("Dense", 4, 3, 11)]
    assert [x["output_shape"] for x in seed["layers"]] == [[None, 784, 4], [None, 784, 10]]
    assert seed["total_params"] == 58
    assert (conv["name"], conv["cell"], conv["line"]) == ("conv", 6, 2)
    assert [(x["class"], x["cell"], x["line"], x["output_shape"], x["params"])
            for x in conv["layers"] if x["class"] != "InputLayer"] == [
        ("Conv2D", 6, 3, [None, 8, 26, 26], 80), ("Dense", 6, 4, [None, 8, 26, 10], 270)]
    assert [(d["cell"], d["line"], d["column"]) for d in report["diagnostics"]] == [SEED, CONV]


def test_github_and_sarif_point_at_the_notebook_file_lines(tmp_path):
    path = write_notebook(tmp_path / "model.ipynb")
    out = kerashape("check", "--format", "github", "model.ipynb", cwd=tmp_path).stdout.splitlines()
    first = out[0]
    assert first.startswith("::warning file=model.ipynb,line=")
    assert "title=KSH201 in cell 4%2C line 2%2C column 11::Dense gets (None, 784, 1)" in first
    line, col = (int(part.split("=")[1]) for part in first.split(",")[1:3])
    assert file_text_at(path, line, col).startswith("Dense(units=4, activation='linear'")
    doc = json.loads(kerashape("check", "--format", "sarif", "model.ipynb", cwd=tmp_path).stdout)
    results = doc["runs"][0]["results"]
    assert [(r["properties"]["cell"], r["properties"]["cellLine"], r["properties"]["cellColumn"])
            for r in results] == [SEED, CONV]
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert file_text_at(path, region["startLine"], region["startColumn"]).startswith("Dense(10)")
    assert results[1]["message"]["text"].startswith("cell 6, line 4: Dense gets (None, 8, 26, 26)")


def test_summary_table_names_the_cell(tmp_path):
    write_notebook(tmp_path / "model.ipynb")
    proc = kerashape("summary", "model.ipynb", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert 'Model: "sequential"  (model, cell 4, line 1)' in proc.stdout
    assert "│ dense (Dense)                   │ (None, 784, 4)         │             8 │" in proc.stdout
    assert 'Model: "sequential_1"  (conv, cell 6, line 2)' in proc.stdout
    assert "│ conv2d (Conv2D)                 │ (None, 8, 26, 26)      │            80 │" in proc.stdout
    assert "  model.ipynb:cell_4:2:11: KSH201" in proc.stdout


def test_directory_walk_reads_notebooks_and_skips_checkpoints(tmp_path):
    (tmp_path / "nb").mkdir()
    write_notebook(tmp_path / "nb" / "model.ipynb")
    (tmp_path / "nb" / ".ipynb_checkpoints").mkdir()
    write_notebook(tmp_path / "nb" / ".ipynb_checkpoints" / "model-checkpoint.ipynb")
    (tmp_path / "nb" / "clean.py").write_text("import keras\n")
    proc = kerashape("check", "nb", cwd=tmp_path)
    assert proc.returncode == 1
    assert [line.split(" ")[0] for line in proc.stdout.splitlines()] == [
        "nb/model.ipynb:cell_4:2:11:", "nb/model.ipynb:cell_6:4:20:"]


def test_ipython_syntax_is_blanked_line_for_line():
    cell = ("import keras\n%load_ext autoreload\nfiles = !ls\n??keras.layers.Dense\n"
            "for i in range(2):\n    !echo $i\n!pip install \\\n    keras\nkeras.Sequential?\n"
            "x = 1  # why?\nprint('loss %f'\n      % 0.5)\n"
            "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])")
    notebook = read_notebook(json.dumps(new_notebook(cells=[new_code_cell(cell)])))
    assert notebook.source.splitlines() == [
        "import keras", "pass", "pass", "pass", "for i in range(2):", "    pass", "pass", "",
        "pass", "x = 1  # why?", "print('loss %f'", "      % 0.5)",
        "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])"]
    assert notebook.error is None


def test_cell_magics():
    cells = [new_code_cell("%%writefile helper.py\nimport keras\nbroken("),
             new_code_cell("\n%%capture\nimport keras\n!nvidia-smi"), new_markdown_cell("text"),
             new_code_cell("print('plain python')")]
    notebook = read_notebook(json.dumps(new_notebook(cells=cells)))
    assert notebook.source == "\n\n\n\n\nimport keras\npass\nprint('plain python')\n"
    assert [(c.number, c.first_line) for c in notebook.cells] == [(1, 1), (2, 4), (4, 8)]
    assert notebook.locate(6) == (2, 3)


def test_a_cell_that_does_not_parse_stops_the_run_there(tmp_path):
    cells = CELLS[:4] + [("code", "x = 1\ny = = 2")] + CELLS[5:]  # the same error on 3.9 to 3.13
    write_notebook(tmp_path / "broken.ipynb", cells)
    proc = kerashape("check", "broken.ipynb", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout.splitlines()[0].startswith("broken.ipynb:cell_4:2:11: KSH201")
    assert len(proc.stdout.splitlines()) == 1  # cell 6 never runs
    assert proc.stderr.startswith("kerashape: broken.ipynb: syntax error in cell 5 at line 2, column 5")
    assert "the cells after it are not analysed" in proc.stderr


def test_bad_notebooks_are_one_line_each_and_other_languages_are_skipped(tmp_path):
    (tmp_path / "bad.ipynb").write_text("{not json")
    (tmp_path / "list.ipynb").write_text("[1, 2]")
    write_notebook(tmp_path / "r.ipynb", [("code", "library(keras)\nx <- 1")],
                   kernelspec={"name": "ir", "language": "R", "display_name": "R"})
    proc = kerashape("check", "bad.ipynb", "list.ipynb", "r.ipynb", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "kerashape: bad.ipynb: not a valid notebook: Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1)",
        "kerashape: list.ipynb: not a valid notebook: the file is not a JSON object"]


def test_nbformat_3_notebooks(tmp_path):
    notebook = new_notebook(cells=[new_markdown_cell("# old"), new_code_cell(
        "import keras\nm = keras.Sequential()\nm.add(keras.layers.Dense(4, input_shape=(784, 1)))")])
    text = nbformat.writes(notebook, version=3)
    assert '"worksheets"' in text and '"input"' in text
    (tmp_path / "old.ipynb").write_text(text)
    proc = kerashape("check", "old.ipynb", cwd=tmp_path)
    assert proc.stdout.startswith("old.ipynb:cell_2:3:7: KSH201 Dense gets (None, 784, 1)")


@pytest.mark.skipif(shutil.which("nbqa") is None and importlib.util.find_spec("nbqa") is None,
                    reason="nbqa is not installed")
def test_nbqa_runs_the_flake8_plugin_on_notebooks(tmp_path):
    write_notebook(tmp_path / "model.ipynb")
    proc = subprocess.run([sys.executable, "-m", "nbqa", "flake8", "model.ipynb", "--select=KSH"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    # nbQA numbers code cells only: our cell 4 (the 2nd code cell) is its cell_2, cell 6 its cell_4.
    assert [line.split(" ")[:2] for line in proc.stdout.splitlines()] == [
        ["model.ipynb:cell_2:2:11:", "KSH201"], ["model.ipynb:cell_4:4:20:", "KSH201"]]


@pytest.mark.oracle
@pytest.mark.skipif(importlib.util.find_spec("keras") is None, reason="the oracle extra is absent")
def test_keras_builds_the_notebook_as_kerashape_reads_it(tmp_path):
    from casecompare import problems
    from oracle.agree import keras_truth

    # What "Run all" runs under real Keras: the code cells, IPython lines and shell cells left out.
    ipython = ("%", "!", "model.summary?")
    program = "\n".join(line for kind, source in CELLS if kind == "code"
                        and not source.startswith("%%bash") for line in source.splitlines()
                        if not line.startswith(ipython))
    (tmp_path / "program.py").write_text(program + "\n")
    truth = keras_truth([str(tmp_path / "program.py")])[str(tmp_path / "program.py")]
    notebook = write_notebook(tmp_path / "model.ipynb")
    got = report_json(check_notebook(notebook.read_text(), "model.ipynb"))
    assert [m["name"] for m in truth["models"]] == ["model", "conv"]
    assert [p for p in problems(dict(truth, expect_codes=[]), got) if not p.startswith("codes ")] == []
