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
        "from keras import Sequential, layers\n"
        "m = Sequential([\n"
        "    layers.Input((10, 8)),\n"
        "    layers.Dense(4),\n"         # 4: first Dense of the chain
        "    layers.Dense(4),\n"         # same chain: not again
        "    layers.LSTM(3),\n"          # rank 2: the chain ends
        "    layers.RepeatVector(5),\n"  # rank 3 again: a new chain
        "    layers.Dense(2),\n"         # 8: reported
        "])\n")
    found = [(d.code, d.line, d.column) for d in check_source(source).diagnostics]
    assert found == [("KSH201", 4, 5), ("KSH201", 8, 5)]


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
    # leaves what it rebinds unknown (a symbol), never the value after one pass.
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
    assert other["layers"][0]["output_shape"] == [None, "n"] and other["total_params"] == "5*n"


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
