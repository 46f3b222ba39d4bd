"""Every rule's VALID and INVALID examples (the examples are the spec, Fixit-style)."""
import pytest

from kerashape.api import check_source
from kerashape.config import Config
from kerashape.rules import RULES
from kerashape.render import report_json

ALL = Config(select=["KSH", "KSI"])
VALID = [(code, src) for code, rule in RULES.items() for src in rule.VALID]
INVALID = [(code, src, line) for code, rule in RULES.items() for src, line in rule.INVALID]


@pytest.mark.parametrize("code,source", VALID, ids=[c for c, _ in VALID])
def test_valid_example_is_clean(code, source):
    codes = [d.code for d in check_source(source, "example.py", ALL).diagnostics]
    assert code not in codes
    assert not [c for c in codes if c.startswith("KSH")]


@pytest.mark.parametrize("code,source,line", INVALID, ids=[c for c, _, _ in INVALID])
def test_invalid_example_reports_its_code_on_its_line(code, source, line):
    found = [(d.code, d.line) for d in check_source(source, "example.py", ALL).diagnostics
             if d.code.startswith("KSH")]
    assert found == [(code, line)]


def test_every_rule_is_documented_and_has_examples():
    for code, rule in RULES.items():
        assert rule.__doc__ and "## What it does" in rule.__doc__, code
        assert rule.name and rule.name == rule.name.lower() and " " not in rule.name, code
        if code.startswith("KSH1") or code in ("KSH201", "KSH202", "KSH203", "KSH301"):
            assert rule.INVALID, code


def test_ksh201_once_per_unflattened_chain():
    source = (
        "from keras import Model, layers\n"
        "x = layers.Input((10, 8))\n"
        "h = layers.Dense(4)(x)\n"                              # 3: first Dense of the chain
        "h = layers.Dropout(0.1)(layers.Dense(4)(h))\n"         # same chain: not again
        "s = layers.LSTM(3, return_sequences=True)(x)\n"        # a sequence from here:
        "s = layers.Dense(2)(s)\n"                              # per position by design
        "m = Model(x, [h, s])\n")
    found = [(d.code, d.line, d.column) for d in check_source(source).diagnostics]
    assert found == [("KSH201", 3, 5)]


def test_ksh201_not_where_a_later_layer_takes_the_axes():
    source = (
        "from keras import Sequential, layers\n"
        "m = Sequential([\n"
        "    layers.Input((10, 8)),\n"
        "    layers.Dense(4),\n"         # per time step, then
        "    layers.LSTM(3),\n"          # the LSTM reads the 10 steps: rank 2
        "    layers.RepeatVector(5),\n"  # a sequence again
        "    layers.Dense(2),\n"         # per position by design
        "])\n")
    assert check_source(source).diagnostics == []


def test_ksi001_message():
    source = ("import tensorflow as tf\n"
              "model = tf.keras.Sequential()\n"
              "model.add(tf.keras.layers.Dense(units=9, activation='relu'))\n"
              "model.add(tf.keras.layers.Dense(units=18, activation='relu'))\n"
              "model.build(input_shape=(None, 3))\n")
    [info] = [d for d in check_source(source, "m.py", ALL).diagnostics if d.code == "KSI001"]
    # 9*3+9 + 18*9+18 = 216 parameters, 4 bytes each as float32; 3*9 + 9*18 = 189
    # multiply-accumulates, FLOPs 2*189 + 9 + 18 bias adds = 405
    assert (info.line, info.column) == (2, 9)
    assert info.message == ("Sequential 'model': 216 params (216 trainable, 0 non-trainable), 864 B as "
                            "float32; 189 MACs, 405 FLOPs per sample")


def test_ksh302_budget():
    source = ("from keras import Sequential\nfrom keras.layers import Dense\n"
              "m = Sequential([Dense(100, input_dim=100)])\n")  # 100*100+100 = 10100 params
    over = check_source(source, "m.py", Config(max_params=10_000)).diagnostics
    assert [(d.code, d.line) for d in over] == [("KSH302", 3)]
    assert "10,100 params, over the budget of 10,000" in over[0].message
    assert check_source(source, "m.py", Config(max_params=10_100)).diagnostics == []


def test_no_diagnostic_on_unknown_shapes():
    source = ("from keras.models import Sequential\nfrom keras.layers import Dense, Conv2D, Lambda\n"
              "from mylib import preprocess\n"
              "m = Sequential()\n"
              "m.add(Dense(784, input_shape=(100,)))\n"
              "m.add(Lambda(preprocess))\n"           # unknown from here on
              "m.add(Conv2D(8, 3))\n"                 # would be KSH101 on (None, 784), but unknown
              "m.add(Dense(10))\n")
    assert check_source(source).diagnostics == []


def test_loops_kerashape_cannot_count_leave_no_certain_numbers():
    # A break it cannot decide may end the loop at any pass; a while loop on an unknown test
    # leaves what it rebinds unknown, never the value after one pass, nor a symbol named after
    # the variable (a second unknown bound to it would share that symbol), and says why.
    source = ("import keras\nfrom keras import layers\n"
              "model = keras.Sequential([keras.Input((4,))])\n"
              "for units in (8, 16, 32):\n"
              "    if units > limit:\n"
              "        break\n"
              "    model.add(layers.Dense(units))\n"
              "n = 1\n"
              "while n < size:\n"
              "    n *= 2\n"
              "other = keras.Sequential([keras.Input((4,)), layers.Dense(n)])\n")
    model, other = report_json(check_source(source))["models"]
    assert (model["built"], model["total_params"]) == (False, None)
    [dense] = other["layers"]
    assert (dense["output_shape"], dense["params"], other["total_params"]) == ([None, None], None, None)
    assert dense["unknown_reason"] == "`n` changes in the loop `while n < size`, line 9"


def test_ignored_input_shape_message_names_the_tuple_and_the_reason():
    sequential = ("from keras import Sequential\nfrom keras.layers import Dense\n"
                  "m = Sequential([Dense(4, input_shape=(8,)), Dense(2, input_shape=(4,))])\n")
    functional = ("import keras\nfrom keras import layers\ni = keras.Input((8,))\n"
                  "m = keras.Model(i, layers.Dense(4, input_shape=(8,))(i))\n")
    [first] = check_source(sequential).diagnostics
    assert first.message.startswith("input_shape=(4,) on Dense, which is not the model's first layer")
    [second] = check_source(functional).diagnostics
    assert (second.code, second.line, second.column) == ("KSH202", 4, 20)
    assert "called on a tensor: Keras ignores it" in second.message
