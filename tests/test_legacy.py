"""Keras 3's verdict on Keras 1/2 code (issue 18): what real Keras 3 refuses has its finding at
the line Keras fails on, and ``check --fix`` / ``--diff`` make the mechanical fixes, through the
CLI and through real pre-commit, into programs Keras 3 builds with the shapes kerashape reports."""
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.fixes import fix_source
from kerashape.render import report_json

ROOT = Path(__file__).resolve().parents[1]
HAS_KERAS = importlib.util.find_spec("keras") is not None
oracle = [pytest.mark.oracle, pytest.mark.skipif(not HAS_KERAS, reason="the oracle extra is not installed")]

# One program per construct, each refused by Keras 3 at the marked line, with the code kerashape gives.
REFUSED = {
    "batch_input_shape": ("from keras.models import Sequential\nfrom keras.layers import Dense\n"
                          "m = Sequential()\nm.add(Dense(4, batch_input_shape=(None, 3)))\n", 4, "KSH301"),
    "batch_size": ("from keras.models import Sequential\nfrom keras.layers import Dense\n"
                   "m = Sequential()\nm.add(Dense(4, input_shape=(3,), batch_size=8))\n", 4, "KSH301"),
    "weights": ("import numpy as np\nimport keras\n"
                "m = keras.Sequential([keras.Input((4,)),\n"
                "    keras.layers.Dense(3, weights=[np.zeros((4, 3)), np.zeros(3)])])\n", 4, "KSH303"),
    "numpy_units": ("import numpy as np\nimport keras\nx = keras.Input((4,))\n"
                    "y = keras.layers.Dense(np.prod((2, 3)))(x)\nm = keras.Model(x, y)\n", 4, "KSH301"),
    "float_units": ("import keras\nn = 8\nx = keras.Input((4,))\ny = keras.layers.Dense(n / 2)(x)\nm = keras.Model(x, y)\n", 4, "KSH301"),
    "removed_layer": ("import keras\nm = keras.Sequential([keras.Input((5, 3)),\n"
                      "    keras.layers.CuDNNLSTM(4)])\n", 3, "KSH301"),
    "removed_layer_import": ("from keras.layers import Dense, LocallyConnected1D\n", 1, "KSH303"),
    "merge": ("from keras.layers import Merge\n", 1, "KSH301"),
    "keras2_module": ("from keras.layers.recurrent import LSTM\n", 1, "KSH301"),
    "np_utils": ("from keras.utils import np_utils\n", 1, "KSH301"),
    "text_module": ("from keras.preprocessing.text import Tokenizer\n", 1, "KSH303"),
    "backend_function": ("from keras import backend as K\nfmt = K.image_dim_ordering()\n", 2, "KSH301"),
    "backend_gone": ("import keras.backend as K\nK.set_learning_phase(0)\n", 2, "KSH303"),
    "embedding_dropout": ("import keras\nm = keras.Sequential([keras.Input((5,)),\n"
                          "    keras.layers.Embedding(10, 4, dropout=0.2)])\n", 3, "KSH303"),
    "sequential_input": ("import keras\nm = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])\n"
                         "f = keras.Model(m.input, m.layers[-1].output)\n", 3, "KSH301"),
    "layer_output_shape": ("import keras\nm = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])\n"
                           "shape = m.layers[0].output_shape\n", 3, "KSH301"),
    "optimizer_lr": ("import keras\nopt = keras.optimizers.SGD(lr=0.01, momentum=0.9)\n", 2, "KSH301"),
    "fit_nb_epoch": ("import numpy as np\nimport keras\n"
                     "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
                     "m.compile(loss='mse', optimizer='sgd')\n"
                     "m.fit(np.zeros((4, 3)), np.zeros((4, 1)), nb_epoch=1, verbose=0)\n", 5, "KSH301"),
    "fit_generator": ("import numpy as np\nimport keras\n"
                      "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
                      "m.compile(loss='mse', optimizer='sgd')\n"
                      "m.fit_generator(iter([]), steps_per_epoch=1)\n", 5, "KSH301"),
    "compile_class_mode": ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
                           "m.compile(loss='mse', optimizer='sgd', class_mode='binary')\n", 3, "KSH303"),
    "batchnorm_fused": ("import keras\nm = keras.Sequential([keras.Input((5,)),\n"
                        "    keras.layers.BatchNormalization(fused=True)])\n", 3, "KSH303"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_kerashape_finds_the_refused_construct(name):
    source, line, code = REFUSED[name]
    found = [(d.code, d.line) for d in check_source(source).diagnostics]
    assert (code, line) in found, found


@pytest.mark.parametrize("name", ["batch_input_shape", "removed_layer"])
def test_the_model_stops_at_the_refused_layer(name):
    """What follows the layer Keras 3 raises on is unknown, not computed from a cousin."""
    source = REFUSED[name][0] + ("m.add(Dense(2))\n" if name == "batch_input_shape" else "")
    model = report_json(check_source(source))["models"][0]
    assert [layer["output_shape"] for layer in model["layers"] if layer["class"] != "InputLayer"] == \
        [None] * (2 if name == "batch_input_shape" else 1)


def test_a_sequential_called_on_a_tensor_has_its_input():
    source = ("import keras\nm = keras.Sequential([keras.layers.Dense(3)])\ny = m(keras.Input((4,)))\n"
              "f = keras.Model(m.input, m.output)\n"
              "def build(m):\n    return m.input\n")
    assert [d.code for d in check_source(source).diagnostics if d.code.startswith("KSH3")] == []


FEATURES = ("from keras.models import Sequential, Model\nfrom keras.layers import Dense\n"
            "model = Sequential()\nmodel.add(Dense(8, input_dim=4, name='hidden'))\nmodel.add(Dense(2))\n"
            "features = Model(inputs=model.input, outputs=model.get_layer('hidden').output)\n"
            "print(model.layers[0].output_shape)\n")


@pytest.mark.oracle
@pytest.mark.skipif(not HAS_KERAS, reason="the oracle extra is not installed")
def test_removed_model_attributes_fixed_build_in_keras_3(tmp_path):
    from oracle.agree import keras_truth

    fixed, count = fix_source(FEATURES)
    assert count == 2 and "inputs=model.inputs[0]," in fixed and "model.layers[0].output.shape" in fixed
    (tmp_path / "old.py").write_text(FEATURES)
    (tmp_path / "new.py").write_text(fixed)
    truth = keras_truth([str(tmp_path / "old.py"), str(tmp_path / "new.py")])
    assert truth[str(tmp_path / "old.py")]["keras_error"]["line"] == 6
    new = truth[str(tmp_path / "new.py")]
    assert new["keras_error"] is None
    assert [m["name"] for m in new["models"] if m["built"]] == ["model", "features"]


TRAINING = ("import numpy as np\nimport keras\n"
            "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
            "m.compile(loss='mse', optimizer=keras.optimizers.SGD(lr=0.01))  # slow\n"
            "def batches():\n    while True:\n        yield np.zeros((4, 3)), np.zeros((4, 1))\n"
            "m.fit_generator(batches(), steps_per_epoch=1,\n"
            "                nb_epoch=1, verbose=0)\n")


@pytest.mark.oracle
@pytest.mark.skipif(not HAS_KERAS, reason="the oracle extra is not installed")
def test_training_calls_fixed_run_in_keras_3(tmp_path):
    from oracle.agree import keras_truth

    fixed, count = fix_source(TRAINING)
    assert count == 2
    lines = fixed.splitlines()
    assert lines[3] == "m.compile(loss='mse', optimizer=keras.optimizers.SGD(learning_rate=0.01))  # slow"
    assert lines[7:] == ["m.fit(batches(), steps_per_epoch=1,", "                epochs=1, verbose=0)"]
    (tmp_path / "new.py").write_text(fixed)
    assert keras_truth([str(tmp_path / "new.py")])[str(tmp_path / "new.py")]["keras_error"] is None


def test_a_generator_method_with_positional_steps_is_not_renamed():
    """fit_generator(gen, 10) has steps 10; fit(gen, 10) would take 10 as y."""
    source = ("import keras\nm = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
              "m.fit_generator(gen, 10)\n")
    assert fix_source(source) == (source, 0)
    assert [d.code for d in check_source(source).diagnostics] == ["KSH301"]


def test_a_class_of_the_file_is_not_a_removed_keras_layer():
    source = ("import keras\n\n\nclass Highway(keras.layers.Dense):\n"
              "    def call(self, x):\n        return super().call(x)\n\n\n"
              "m = keras.Sequential([keras.Input((4,)), Highway(4)])\n")
    assert [d.code for d in check_source(source).diagnostics if d.code.startswith("KSH3")] == []


def test_what_keras_3_still_takes_is_not_reported():
    source = ("import numpy as np\nimport keras\nm = keras.Sequential([keras.Input((5,)),\n"
              "    keras.layers.Embedding(10, 4, weights=[np.zeros((10, 4))]),\n"
              "    keras.layers.Dense(int(np.prod((2, 3)))),\n"
              "    keras.layers.Bidirectional(keras.layers.LSTM(2), weights=None)])\n"
              "import tf_keras\nfrom tf_keras.layers.core import Dense\n")
    assert [d.code for d in check_source(source).diagnostics if d.code.startswith("KSH3")] == []


@pytest.mark.oracle
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_keras_3_refuses_it_at_that_line(name, refused_truth):
    assert refused_truth[name]["keras_error"] is not None, refused_truth[name]
    assert refused_truth[name]["keras_error"]["line"] == REFUSED[name][1], refused_truth[name]


@pytest.fixture(scope="module")
def refused_truth(tmp_path_factory):
    if not HAS_KERAS:
        pytest.skip("the oracle extra (keras + jax) is not installed")
    from oracle.agree import keras_truth

    folder = tmp_path_factory.mktemp("refused")
    paths = {}
    for name, (source, _, _) in REFUSED.items():
        paths[name] = folder / (name + ".py")
        paths[name].write_text(source)
    truth = keras_truth([str(p) for p in paths.values()])
    return {name: truth[str(p)] for name, p in paths.items()}


# A Keras 1/2 program with mechanical fixes (module paths, Keras 1 keywords) and one that is
# not mechanical (the positional kernel of Convolution2D, which Keras 3 reads as strides).
KERAS1 = (
    "from keras.models import Sequential\n"
    "from keras.layers.core import Dense, Dropout, Flatten  # Keras 2 paths\n"
    "from keras.layers.convolutional import Convolution2D\n"
    "\n"
    "model = Sequential()\n"
    "model.add(Convolution2D(8, 3, 3, border_mode='same', input_shape=(12, 12, 1)))\n"
    "model.add(Flatten())\n"
    "model.add(Dense(output_dim=16, init='he_normal',\n"
    "                W_regularizer=None))  # hidden\n"
    "model.add(Dropout(p=0.5))\n"
    "model.add(Dense(10, activation=\"softmax\"))\n"
)
FIXED = (
    "from keras.models import Sequential\n"
    "from keras.layers import Dense, Dropout, Flatten  # Keras 2 paths\n"
    "from keras.layers import Convolution2D\n"
    "\n"
    "model = Sequential()\n"
    "model.add(Convolution2D(8, 3, 3, padding='same', input_shape=(12, 12, 1)))\n"
    "model.add(Flatten())\n"
    "model.add(Dense(units=16, kernel_initializer='he_normal',\n"
    "                kernel_regularizer=None))  # hidden\n"
    "model.add(Dropout(rate=0.5))\n"
    "model.add(Dense(10, activation=\"softmax\"))\n"
)


def test_fix_source_makes_the_mechanical_fixes_only():
    assert fix_source(KERAS1) == (FIXED, 5)
    left = [(d.code, d.line) for d in check_source(FIXED).diagnostics]
    assert left == [("KSH301", 6)]  # the positional kernel: the finding says it is not fixed
    assert "not fixed automatically" in check_source(FIXED).diagnostics[0].message


@pytest.mark.oracle
@pytest.mark.skipif(not HAS_KERAS, reason="the oracle extra is not installed")
def test_the_fixed_program_builds_in_keras_3_with_kerashape_shapes(tmp_path):
    from oracle.agree import disagreements, keras_truth

    path = tmp_path / "fixed.py"
    path.write_text(FIXED)
    truth = keras_truth([str(path)])[str(path)]
    assert truth["keras_error"] is None and truth["models"][0]["built"]
    assert [layer["output_shape"] for layer in truth["models"][0]["layers"]] == [
        [None, 4, 4, 8], [None, 128], [None, 16], [None, 16], [None, 10]]  # strides 3, as Keras 3 reads
    assert disagreements(str(path), FIXED, truth) == []


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "kerashape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_diff_prints_the_fixes_and_writes_nothing(tmp_path):
    (tmp_path / "old.py").write_text(KERAS1)
    proc = _cli("check", "--diff", "old.py", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("--- a/old.py\n+++ b/old.py\n")
    assert "\n-model.add(Dropout(p=0.5))\n" in proc.stdout and "\n+model.add(Dropout(rate=0.5))\n" in proc.stdout
    assert proc.stderr == "kerashape: would fix 5 findings in 1 file\n"
    assert (tmp_path / "old.py").read_text() == KERAS1


def test_diff_applies_with_git_and_names_an_absolute_path_as_given(tmp_path):
    """A relative path's diff is git's (``git apply`` takes it, a file without a final newline
    included); an absolute path is named as it is, not ``a//tmp/...``."""
    (tmp_path / "old.py").write_text(KERAS1.rstrip("\n"))
    proc = _cli("check", "--diff", "old.py", cwd=tmp_path)
    assert proc.stdout.endswith("\n\\ No newline at end of file\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "apply", "-"], input=proc.stdout, cwd=tmp_path, check=True, text=True)
    assert (tmp_path / "old.py").read_text() == FIXED.rstrip("\n")
    (tmp_path / "old.py").write_text(KERAS1)
    absolute = str(tmp_path / "old.py")
    proc = _cli("check", "--diff", absolute, cwd=tmp_path)
    assert proc.stdout.startswith("--- %s\n+++ %s\n" % (absolute, absolute))


def test_fix_writes_the_fixes_and_reports_what_remains(tmp_path):
    (tmp_path / "old.py").write_bytes(KERAS1.replace("\n", "\r\n").encode())
    (tmp_path / "clean.py").write_text(FIXED.replace("Convolution2D(8, 3, 3,", "Convolution2D(8, (3, 3),"))
    proc = _cli("check", "--fix", "old.py", "clean.py", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert (tmp_path / "old.py").read_bytes() == FIXED.replace("\n", "\r\n").encode()  # newlines kept
    assert proc.stdout.splitlines() == [
        "old.py:6:11: " + check_source(FIXED).diagnostics[0].code + " " + check_source(FIXED).diagnostics[0].message]
    again = _cli("check", "--fix", "clean.py", cwd=tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")


def test_fix_skips_a_notebook_with_a_line_saying_so(tmp_path):
    from test_notebooks import write_notebook

    write_notebook(tmp_path / "model.ipynb")
    before = (tmp_path / "model.ipynb").read_bytes()
    proc = _cli("check", "--fix", "model.ipynb", cwd=tmp_path)
    assert proc.returncode == 2
    assert "kerashape: model.ipynb: --fix and --diff do not edit notebooks: not changed" in proc.stderr
    assert (tmp_path / "model.ipynb").read_bytes() == before


def test_without_fix_nothing_is_written(tmp_path):
    (tmp_path / "old.py").write_text(KERAS1)
    assert _cli("check", "old.py", cwd=tmp_path).returncode == 1
    assert (tmp_path / "old.py").read_text() == KERAS1


@pytest.mark.slow  # installs kerashape into pre-commit's environment: the full session runs it
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_fix_hook_rewrites_and_fails_then_passes(tmp_path):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", PRE_COMMIT_HOME=str(tmp_path / "cache"))
    repo = tmp_path / "user_repo"
    repo.mkdir()
    source = KERAS1.replace("Convolution2D(8, 3, 3,", "Convolution2D(8, (3, 3),")
    (repo / "old.py").write_text(source)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def hook():
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "kerashape-fix",
                               "--files", "old.py"], cwd=repo, capture_output=True, text=True, env=env,
                              timeout=600)

    first = hook()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (repo / "old.py").read_text() == FIXED.replace("Convolution2D(8, 3, 3,", "Convolution2D(8, (3, 3),")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    second = hook()
    assert second.returncode == 0, second.stdout + second.stderr


def test_tensorflow_function_on_the_graph_is_fine_where_the_file_asks_for_keras_2():
    """TF_USE_LEGACY_KERAS=1 makes tf.keras tf_keras (Keras 2), which wraps tf.nn.relu(x) of a
    functional tensor in a layer: no KSH303 there; without it Keras 3 raises on that line."""
    body = ("import tensorflow as tf\n"
            "inputs = tf.keras.Input(shape=(16,))\n"
            "model = tf.keras.Model(inputs, tf.nn.relu(tf.keras.layers.Dense(8)(inputs)))\n")
    legacy = 'import os\nos.environ["TF_USE_LEGACY_KERAS"] = "1"\n' + body
    assert [(d.code, d.line) for d in check_source(body).diagnostics] == [("KSH303", 3)]
    assert check_source(legacy).diagnostics == []
