"""[tool.kerashape] in the nearest pyproject.toml, and the flake8 options, end to end."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYMBOLIC = "from keras.models import Sequential\nfrom keras.layers import Dense, Flatten\n" \
           "m = Sequential([Flatten(input_shape=(img_rows, img_cols)), Dense(nb_classes)])\n"


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "kerashape", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def project(tmp_path, table, source=SYMBOLIC):
    (tmp_path / "pyproject.toml").write_text("[tool.kerashape]\n" + table)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "model.py").write_text(source)
    return tmp_path / "pkg" / "model.py"


def totals(proc):
    [model] = json.loads(proc.stdout)["files"][0]["models"]
    return model["total_params"], model["layers"][0]["output_shape"]


def test_constants_bind_unresolved_names(tmp_path):
    path = project(tmp_path, "constants = { img_rows = 28, img_cols = 28, nb_classes = 10 }\n")
    proc = run("summary", "--format", "json", path, cwd=tmp_path / "pkg")
    assert totals(proc) == (7850, [None, 784])  # 10 * (28*28 + 1)


def test_without_constants_names_stay_symbolic(tmp_path):
    path = project(tmp_path, "")
    assert totals(run("summary", "--format", "json", path, cwd=tmp_path))[1] == [None, "img_cols*img_rows"]


def test_image_data_format_resolves_the_backend_branch(tmp_path):
    source = (ROOT / "test_data" / "sequential" / "mnist_cnn.py").read_text()
    path = project(tmp_path, 'image_data_format = "channels_first"\n', source)
    doc = json.loads(run("summary", "--format", "json", path, cwd=tmp_path).stdout)
    first = doc["files"][0]["models"][0]["layers"][0]
    # input_shape = (1, 28, 28), read as channels_first: 32 filters of 3x3 over 1 channel
    assert (first["output_shape"], first["params"]) == ([None, 32, 26, 26], 320)


def test_dtype_max_params_select_ignore(tmp_path):
    source = "from keras import Sequential\nfrom keras.layers import Dense\n" \
             "m = Sequential([Dense(100, input_dim=100), Dense(1, activation='softmax')])\n"
    path = project(tmp_path, 'dtype = "float16"\nmax_params = 10000\nselect = ["KSH", "KSI"]\n'
                   'ignore = ["KSH203"]\n', source)
    proc = run("check", path, cwd=tmp_path)
    codes = [line.split(" ")[1] for line in proc.stdout.splitlines()]
    assert codes == ["KSH302", "KSI001"]  # 100*100+100 + 100+1 = 10201 params > 10000
    assert "10201 params (10201 trainable, 0 non-trainable), 19.92 KB as float16" in proc.stdout


def test_exclude(tmp_path):
    project(tmp_path, 'exclude = ["pkg/*"]\n', (ROOT / "test_data" / "example" / "mnist_mlp.py").read_text())
    (tmp_path / "other.py").write_text("x = 1\n")
    assert run("check", ".", cwd=tmp_path).returncode == 0


def test_bad_values_stop_with_one_message_and_exit_2(tmp_path):
    for table, words in (("colour = 1\n", "unknown key 'colour'; allowed: select"),
                         ("max_params = 'big'\n", "max_params must be a non-negative integer"),
                         ('select = ["KSH999"]\n', "select names unknown code(s) KSH999"),
                         ('image_data_format = "NHWC"\n', "image_data_format must be")):
        folder = tmp_path / str(abs(hash(table)))
        folder.mkdir()
        path = project(folder, table)
        proc = run("check", path, cwd=folder)
        assert proc.returncode == 2, table
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith("kerashape: %s: [tool.kerashape]" % (folder / "pyproject.toml"))
        assert words in line


@pytest.mark.parametrize("cfg_file", ["setup.cfg", "tox.ini", ".flake8"])
def test_flake8_options_from_its_config_files(tmp_path, cfg_file):
    (tmp_path / cfg_file).write_text("[flake8]\nselect = KSH\nkerashape-max-params = 10000\n"
                                     "kerashape-constants = img_rows=28,img_cols=28,nb_classes=20\n")
    (tmp_path / "model.py").write_text(SYMBOLIC)
    proc = subprocess.run([sys.executable, "-m", "flake8", "model.py"], capture_output=True, text=True,
                          cwd=tmp_path)
    # 20 * (28*28 + 1) = 15700 parameters, over the budget of 10,000
    assert proc.stdout.strip() == ("model.py:3:5: KSH302 Sequential 'm' has 15,700 params, "
                                   "over the budget of 10,000 (max_params)")
