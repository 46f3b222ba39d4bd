"""KSH201's evidence: where the extra axes come from, and the labels the file trains on.

The idioms themselves, with Keras's shapes, are the cases in test_data/ksh201; these tests pin
the message and the label evidence (labels.py) that decides between them.
"""
from kerashape.api import check_source


def _ksh201(source):
    return [(d.line, d.message) for d in check_source(source, "m.py").diagnostics
            if d.code == "KSH201"]


SEED = ("from keras.models import Sequential\nfrom keras.layers import Dense\n"
        "model = Sequential()\n"
        "model.add(Dense(units=4, activation='linear', input_shape=(784, 1)))\n"
        "model.add(Dense(units=10, activation='softmax'))\n")


def test_message_says_what_keras_does_and_what_to_write():
    assert _ksh201(SEED) == [(4, (
        "Dense gets (None, 784, 1) and acts on its last axis only: output (None, 784, 4), 8 params, "
        "one vector per position, and the model's output (None, 784, 10) keeps those positions. "
        "For one vector per sample put Flatten() before it"))]


def test_feature_maps_get_global_pooling_advice_too():
    source = ("from keras import Sequential, layers\n"
              "m = Sequential([layers.Input((8, 8, 3)), layers.Conv2D(4, 3), layers.Dense(2)])\n")
    [(line, message)] = _ksh201(source)
    assert line == 2 and message.endswith(
        "keeps those positions. For one vector per sample put Flatten() or "
        "GlobalAveragePooling2D() before it")


def test_labels_with_one_vector_per_sample_are_cited():
    source = SEED + ("import numpy as np\nfrom keras.utils import to_categorical\n"
                     "y = to_categorical(np.zeros((5, 1)), 10)\n"
                     "model.compile(loss='categorical_crossentropy')\n"
                     "model.fit(np.zeros((5, 784, 1)), y)\n")
    [(line, message)] = _ksh201(source)
    assert line == 4 and message.endswith(
        "keeps those positions while the labels (5, 10) have one vector per sample: "
        "put Flatten() before it")


def test_labels_with_the_same_axes_make_it_intended():
    source = SEED + ("import numpy as np\nmodel.compile(loss='mse')\n"
                     "model.fit(np.zeros((5, 784, 1)), y=np.zeros((5, 784, 10)))\n")
    assert _ksh201(source) == []


SEQUENCE = ("import numpy as np\nimport keras\nfrom keras import layers\n"
            "m = keras.Sequential([layers.Input((20, 3)), layers.LSTM(8, return_sequences=True),\n"
            "                      layers.Dense(5, activation='softmax')])\n")


def test_sparse_loss_takes_labels_one_axis_short():
    # Class indices per step, (n, 20), for a (None, 20, 5) softmax: intended, read from the loss
    # object the code names (the evaluator makes no loss objects).
    source = SEQUENCE + ("m.compile(loss=keras.losses.SparseCategoricalCrossentropy())\n"
                         "m.fit(np.zeros((4, 20, 3)), np.zeros((4, 20)))\n")
    assert _ksh201(source) == []


def test_sparse_labels_of_one_class_per_sample_report_sequence_axes():
    source = SEQUENCE + ("m.compile(loss='sparse_categorical_crossentropy')\n"
                         "m.fit(np.zeros((4, 20, 3)), np.zeros((4,)))\n")
    assert [line for line, _ in _ksh201(source)] == [5]


def test_validation_labels_count_as_labels():
    source = SEQUENCE + ("m.compile(loss='categorical_crossentropy')\n"
                         "m.fit(np.zeros((4, 20, 3)), validation_data=(np.zeros((2, 20, 3)), "
                         "np.zeros((2, 5))))\n")
    assert [line for line, _ in _ksh201(source)] == [5]


def test_no_evidence_from_labels_that_disagree_or_are_unknown():
    # One-hot labels (rank 2) in one call and per-step ones (rank 3) in another: no verdict, and a
    # sequence output alone is not reported. Labels from a dataset say nothing either.
    disagree = SEQUENCE + ("m.fit(np.zeros((4, 20, 3)), np.zeros((4, 5)))\n"
                           "m.fit(np.zeros((4, 20, 3)), np.zeros((4, 20, 5)))\n")
    dataset = SEQUENCE + "m.fit(train_ds, epochs=3)\n"
    assert _ksh201(disagree) == [] and _ksh201(dataset) == []


def test_labels_of_a_multi_output_model_are_not_read():
    source = ("import numpy as np\nimport keras\nfrom keras import layers\n"
              "x = keras.Input((20, 3))\nh = layers.LSTM(8, return_sequences=True)(x)\n"
              "m = keras.Model(x, [layers.Dense(2)(h), layers.Dense(3)(h)])\n"
              "m.fit(np.zeros((4, 20, 3)), [np.zeros((4, 2)), np.zeros((4, 3))])\n")
    assert _ksh201(source) == []


def test_a_model_built_where_it_is_used_is_judged_there():
    # The feed-forward Sequential of a custom layer gets its input shape from the call inside the
    # layer: those axes come from the attention before it, not from an input of its own.
    source = ("import keras\nfrom keras import layers\n"
              "class Block(layers.Layer):\n"
              "    def __init__(self):\n"
              "        super().__init__()\n"
              "        self.att = layers.MultiHeadAttention(2, 8)\n"
              "        self.ffn = keras.Sequential([layers.Dense(16), layers.Dense(8)])\n"
              "    def call(self, x):\n"
              "        return self.ffn(self.att(x, x))\n"
              "inp = keras.Input((10, 8))\n"
              "m = keras.Model(inp, Block()(inp))\n")
    assert _ksh201(source) == []


def test_not_inside_time_distributed():
    source = ("from keras import Sequential, layers\n"
              "m = Sequential([layers.Input((10, 16)), layers.TimeDistributed(layers.Dense(8))])\n")
    assert _ksh201(source) == []


def test_a_very_deep_model_is_walked_without_recursion():
    source = ("import keras\nfrom keras import layers\nx = inp = keras.Input((8, 8, 3))\n"
              + "x = layers.Conv2D(3, 1)(x)\n" * 1500
              + "m = keras.Model(inp, layers.Dense(2)(x))\n")
    assert [line for line, _ in _ksh201(source)] == [1504]
