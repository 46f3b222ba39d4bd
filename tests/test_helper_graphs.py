"""Functional models built in helpers that kerashape reads on their own (nothing in the file
calls them): what the helper is given is unknown, yet the model keeps every layer the file
adds, in Keras's order; what kerashape cannot read stands as an Unknown row, and every number
that depends on it is unknown, with the reason. (The real-world corpus in the closing note of
issue 17 measured these forms as the main cause of functional models with no layers.)"""
from kerashape.api import check_source
from kerashape.render import report_json

HEADER = "import keras\nfrom keras import layers\n"


def _model(program, name):
    report = check_source(HEADER + program)
    assert report.diagnostics == []
    [model] = [m for m in report_json(report)["models"] if m["name"] == name]
    return model


def _rows(model):
    return [(layer["class"], layer["line"], layer["output_shape"], layer["params"])
            for layer in model["layers"]]


def test_a_model_given_as_an_argument_is_an_unknown_row_at_its_call():
    model = _model(
        "def build_gan(generator, discriminator):\n"     # line 3
        "    noise = keras.Input(shape=(100,))\n"
        "    image = generator(noise)\n"                  # line 5
        "    score = discriminator(image)\n"
        "    return keras.Model(noise, layers.Dense(1)(score))\n", "functional")
    assert _rows(model) == [("InputLayer", 4, [None, 100], 0), ("Unknown", 5, None, None),
                            ("Unknown", 6, None, None), ("Dense", 7, None, None)]
    assert model["total_params"] is None
    assert model["layers"][1]["unknown_reason"] == (
        "`generator(noise)` calls `generator`, which kerashape cannot see, line 5")


def test_the_outputs_of_models_given_as_arguments_start_the_graph():
    # pyimagesearch's mixed-data model: concatenate([mlp.output, cnn.output]).
    model = _model(
        "def combine(mlp, cnn):\n"
        "    merged = layers.concatenate([mlp.output, cnn.output])\n"    # line 4
        "    out = layers.Dense(1)(layers.Dense(4, activation='relu')(merged))\n"
        "    return keras.Model(inputs=[mlp.input, cnn.input], outputs=out)\n", "functional")
    assert [row[0] for row in _rows(model)] == ["Unknown", "Unknown", "Concatenate", "Dense", "Dense"]
    assert model["total_params"] is None


def test_a_loop_run_an_unknown_number_of_times_keeps_its_layers_and_leaves_counts_unknown():
    model = _model(
        "def block(x, units):\n"
        "    y = layers.Dense(units)(x)\n"                                # line 4
        "    return layers.Add()([x, y])\n"
        "def build(n_blocks):\n"
        "    inputs = keras.Input(shape=(10, 8))\n"                      # line 7
        "    x = inputs\n"
        "    for _ in range(n_blocks):\n"                                 # line 9
        "        x = block(x, 8)\n"
        "    x = layers.GlobalAveragePooling1D()(x)\n"
        "    return keras.Model(inputs, layers.Dense(1)(x))\n", "functional")
    assert [(row[0], row[1]) for row in _rows(model)] == [
        ("InputLayer", 7), ("Dense", 4), ("Add", 5), ("GlobalAveragePooling1D", 11), ("Dense", 12)]
    assert [row[2] for row in _rows(model)][1:] == [None, None, None, None]  # any number of passes
    assert model["total_params"] is None
    assert model["unknown_reason"] == "`x` changes in a loop over `range(n_blocks)`, line 9"


def test_a_branch_kerashape_cannot_decide_keeps_both_paths_and_the_shape_they_agree_on():
    model = _model(
        "def conv_block(x, filters, batchnorm):\n"
        "    x = layers.Conv2D(filters, 3, padding='same')(x)\n"
        "    if batchnorm:\n"                                             # line 5
        "        x = layers.BatchNormalization()(x)\n"
        "    return layers.Activation('relu')(x)\n"
        "def build(batchnorm):\n"
        "    inputs = keras.Input(shape=(16, 16, 3))\n"
        "    x = conv_block(inputs, 8, batchnorm)\n"
        "    return keras.Model(inputs, layers.Dense(2)(layers.Flatten()(x)))\n", "functional")
    assert [(row[0], row[2]) for row in _rows(model)] == [
        ("InputLayer", [None, 16, 16, 3]), ("Conv2D", [None, 16, 16, 8]),
        ("BatchNormalization", [None, 16, 16, 8]), ("Activation", [None, 16, 16, 8]),
        ("Flatten", [None, 2048]), ("Dense", [None, 2])]
    assert model["total_params"] is None  # whether BatchNormalization's 32 weights are there is unknown
    assert model["unknown_reason"] == ("`x` depends on a condition kerashape cannot decide (`if batchnorm`),"
                                       " line 5")


def test_a_helper_kerashape_cannot_find_is_an_unknown_row():
    model = _model(
        "from blocks import resblock\n"
        "def build():\n"
        "    inputs = keras.Input(shape=(8, 8, 4))\n"
        "    x = resblock(layers.Conv2D(4, 1)(inputs), 3)\n"              # line 6
        "    return keras.Model(inputs, layers.Conv2D(2, 1)(x))\n", "functional")
    assert [(row[0], row[2]) for row in _rows(model)] == [
        ("InputLayer", [None, 8, 8, 4]), ("Conv2D", [None, 8, 8, 4]), ("Unknown", None), ("Conv2D", None)]
    assert model["layers"][2]["unknown_reason"] == (
        "`resblock(layers.Conv2D(4, 1)(inputs), 3)` calls `resblock`, which kerashape cannot see, line 6")


def test_a_builder_class_method_read_on_its_own_calls_its_other_methods():
    model = _model(
        "class UNet:\n"
        "    def __init__(self, size):\n"
        "        self.size = size\n"
        "    def block(self, x, filters):\n"
        "        return layers.Conv2D(filters, 3, padding='same')(x)\n"     # line 7
        "    @staticmethod\n"
        "    def pool(x):\n"
        "        return layers.MaxPooling2D()(x)\n"                         # line 10
        "    def build(self):\n"
        "        inputs = keras.Input(shape=(self.size, self.size, 3))\n"  # line 12
        "        x = self.pool(self.block(inputs, 8))\n"
        "        return keras.Model(inputs, self.block(x, 1))\n", "functional")
    assert [(row[0], row[1], row[2]) for row in _rows(model)] == [
        ("InputLayer", 12, [None, None, None, 3]), ("Conv2D", 7, [None, None, None, 8]),
        ("MaxPooling2D", 10, [None, None, None, 8]), ("Conv2D", 7, [None, None, None, 1])]
    assert model["layers"][1]["params"] == 224  # 3×3×3×8 + 8, whatever the image size
