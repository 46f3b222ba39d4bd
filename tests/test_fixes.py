"""The KSH301 quick fix: a Keras 1 call rewritten in Keras 2+ spelling, the rest untouched."""
from kerashape.fixes import modernise

SOURCE = (
    "import keras\n"
    "model = keras.Sequential([\n"
    "    keras.layers.Convolution2D(32, 3, 3, border_mode='same',  # keep me\n"
    "                               init='he_normal'),\n"
    "    keras.layers.Dense(output_dim=10, dim_ordering=\"th\"),\n"
    "])\n"
    "conv = Convolution2D(8, nb_row=3, nb_col=5, subsample=(2, 2))\n"
    "x = keras.layers.Dense(10)(x)\n"
)


def _apply(text, found):
    (line, column, end_line, end_column), new = found
    lines = text.splitlines(keepends=True)
    start = sum(len(s) for s in lines[:line - 1]) + column
    end = sum(len(s) for s in lines[:end_line - 1]) + end_column
    return text[:start] + new + text[end:]


def test_keras1_conv_call_form_keywords_and_comment():
    fixed = _apply(SOURCE, modernise(SOURCE, 3, 5))
    assert fixed.splitlines()[2:4] == [
        "    keras.layers.Convolution2D(32, (3, 3), padding='same',  # keep me",
        "                               kernel_initializer='he_normal'),"]
    assert fixed.splitlines()[4:] == SOURCE.splitlines()[4:]


def test_output_dim_and_dim_ordering_values():
    fixed = _apply(SOURCE, modernise(SOURCE, 5, 5))
    assert fixed.splitlines()[4] == "    keras.layers.Dense(units=10, data_format='channels_first'),"


def test_nb_row_nb_col_become_kernel_size():
    fixed = _apply(SOURCE, modernise(SOURCE, 7, 8))
    assert fixed.splitlines()[6] == "conv = Convolution2D(8, strides=(2, 2), kernel_size=(3, 5))"


def test_modern_calls_and_unparsable_text_give_nothing():
    assert modernise(SOURCE, 8, 5) is None
    assert modernise("x = (\n", 1, 1) is None


def test_keras1_model_keywords():
    text = "from keras.models import Model\nm = Model(input=a, output=[b, c])  # two heads\n"
    fixed = _apply(text, modernise(text, 2, 5))
    assert fixed == "from keras.models import Model\nm = Model(inputs=a, outputs=[b, c])  # two heads\n"


# -- KSH201: insert Flatten() in the form the model is built in -----------------------------

import importlib.util  # noqa: E402

import pytest  # noqa: E402

from kerashape.api import check_source  # noqa: E402
from kerashape.fixes import insert_flatten  # noqa: E402

FLATTEN_CASES = {
    "sequential_list": (
        "from keras.models import Sequential\n"
        "from keras.layers import Dense, Conv2D\n"
        "m = Sequential([\n"
        "    Conv2D(8, 3, input_shape=(28, 28, 1)),\n"
        "    Dense(10),\n"
        "])\n",
        "from keras.models import Sequential\n"
        "from keras.layers import Dense, Conv2D, Flatten\n"
        "m = Sequential([\n"
        "    Conv2D(8, 3, input_shape=(28, 28, 1)),\n"
        "    Flatten(),\n"
        "    Dense(10),\n"
        "])\n"),
    "sequential_list_first_layer": (
        "from keras.models import Sequential\n"
        "from keras.layers import Dense\n"
        "n = Sequential([Dense(4, input_shape=(784, 1)), Dense(10, activation=\"softmax\")])\n",
        "from keras.models import Sequential\n"
        "from keras.layers import Dense, Flatten\n"
        "n = Sequential([Flatten(input_shape=(784, 1)), Dense(4), Dense(10, activation=\"softmax\")])\n"),
    "add": (
        "from keras.models import Sequential\n"
        "from keras import layers\n"
        "\n"
        "def build():\n"
        "    model = Sequential()\n"
        "    model.add(layers.Dense(4, input_shape=(32, 28)))  # first\n"
        "    model.add(layers.Dense(10))\n"
        "    return model\n"
        "\n"
        "model = build()\n",
        "from keras.models import Sequential\n"
        "from keras import layers\n"
        "\n"
        "def build():\n"
        "    model = Sequential()\n"
        "    model.add(layers.Flatten(input_shape=(32, 28)))\n"
        "    model.add(layers.Dense(4))  # first\n"
        "    model.add(layers.Dense(10))\n"
        "    return model\n"
        "\n"
        "model = build()\n"),
    "functional": (
        "import keras\n"
        "from keras import layers\n"
        "inp = keras.Input((28, 28, 1))\n"
        "x = layers.Conv2D(8, 3, activation=\"relu\")(inp)\n"
        "x = layers.Dense(64, activation=\"relu\")(x)\n"
        "out = layers.Dense(10)(x)\n"
        "m = keras.Model(inp, out)\n",
        "import keras\n"
        "from keras import layers\n"
        "inp = keras.Input((28, 28, 1))\n"
        "x = layers.Conv2D(8, 3, activation=\"relu\")(inp)\n"
        "x = layers.Flatten()(x)\n"
        "x = layers.Dense(64, activation=\"relu\")(x)\n"
        "out = layers.Dense(10)(x)\n"
        "m = keras.Model(inp, out)\n"),
    "functional_other_name": (
        "import keras\n"
        "inp = keras.Input((28, 28, 1))\n"
        "h = keras.layers.MaxPooling2D()(inp)\n"
        "out = keras.layers.Dense(10, activation=\"softmax\")(h)\n"
        "m = keras.Model(inp, out)\n",
        "import keras\n"
        "inp = keras.Input((28, 28, 1))\n"
        "h = keras.layers.MaxPooling2D()(inp)\n"
        "out = keras.layers.Dense(10, activation=\"softmax\")(keras.layers.Flatten()(h))\n"
        "m = keras.Model(inp, out)\n"),
}


def _apply_all(text, edits):
    """Apply non-overlapping edits, last first, as an editor does."""
    for edit in sorted(edits, reverse=True):
        text = _apply(text, edit)
    return text


def _flatten_fixed(source):
    [finding] = [d for d in check_source(source).diagnostics if d.code == "KSH201"]
    return _apply_all(source, insert_flatten(source, finding.line, finding.column))


@pytest.mark.parametrize("name", sorted(FLATTEN_CASES))
def test_insert_flatten_in_the_form_the_model_is_built(name):
    source, expected = FLATTEN_CASES[name]
    assert _flatten_fixed(source) == expected


def test_insert_flatten_gives_nothing_where_it_cannot_be_sure():
    text = "import keras\nDense = keras.layers.Dense\nm = keras.Sequential([Dense(4)])\n"
    assert insert_flatten(text, 3, 23) == []
    assert insert_flatten("x = (\n", 1, 1) == []


@pytest.mark.oracle
@pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                    reason="the oracle extra (keras + jax) is not installed")
def test_every_flatten_fix_builds_in_keras_with_the_shapes_kerashape_reports(tmp_path):
    """Each fixed program runs in real Keras 3, which builds every model, with exactly the
    shapes and counts kerashape then reports, and no KSH201 or KSH202 is left."""
    from oracle.agree import disagreements, keras_truth

    paths = []
    for name, (source, _) in sorted(FLATTEN_CASES.items()):
        paths.append(tmp_path / (name + ".py"))
        paths[-1].write_text(_flatten_fixed(source))
    truth = keras_truth([str(p) for p in paths])
    for path in paths:
        fixed = path.read_text()
        found = truth[str(path)]
        assert found["keras_error"] is None and found["models"], (fixed, found)
        assert all(m["built"] for m in found["models"]), (fixed, found)
        assert disagreements(str(path), fixed, found) == [], fixed
        assert [d.code for d in check_source(fixed).diagnostics
                if d.code in ("KSH201", "KSH202")] == [], fixed
