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
