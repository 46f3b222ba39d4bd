"""Data the file does not state: every number that depends on it is unknown, with the reason
and line of its first cause, and no finding is built on it. (The same programs with their
data stated in the file keep Keras's exact numbers: test_data/soundness/stated_data.py.)"""
import pytest

from kerashape.api import check_source
from kerashape.render import report_json, summary_table

HEADER = "import json, os, sys\nimport keras\nfrom keras import layers\n"

# (program after HEADER, the layer's expected unknown_reason)
PROGRAMS = {
    "list filled by a loop over a directory": (
        "class_names = []\n"
        "for dirname in sorted(os.listdir('data/train')):\n"
        "    class_names.append(dirname)\n"
        "model = keras.Sequential([keras.Input(shape=(128,)),"
        " layers.Dense(len(class_names), activation='softmax')])\n",
        "`class_names` is changed in a loop over `sorted(os.listdir('data/train'))`, line 5"),
    "dict filled from a file": (
        "vocab = {}\n"
        "for line in open('words.txt'):\n"
        "    for w in line.split():\n"
        "        vocab[w] = len(vocab)\n"
        "model = keras.Sequential([keras.Input(shape=(10,)), layers.Embedding(len(vocab), 4)])\n",
        "`vocab` is changed in a loop over `open('words.txt')`, line 5"),
    "config updated inside try": (
        "config = {'units': 8}\n"
        "try:\n"
        "    config.update(json.load(open('config.json')))\n"
        "except FileNotFoundError:\n"
        "    pass\n"
        "model = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(config['units'])])\n",
        "`config` is changed by `.update(...)` in a way kerashape cannot follow, line 6"),
    "list extended under a condition the file cannot decide": (
        "sizes = [32]\n"
        "if len(sys.argv) > 2:\n"
        "    sizes.extend([16, 8])\n"
        "model = keras.Sequential([keras.Input(shape=(20,)), layers.Dense(len(sizes))])\n",
        "`sizes` is changed in a condition kerashape cannot decide (`if len(sys.argv) > 2`), line 5"),
    "list handed to a function outside the file": (
        "from helpers import fill\n"
        "units = [64]\n"
        "fill(units)\n"
        "model = keras.Sequential([keras.Input(shape=(20,))])\n"
        "for u in units:\n"
        "    model.add(layers.Dense(u))\n",
        None),  # the model's layers are unknown: see the model's reason below
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_sizes_from_outside_the_file_are_unknown_and_say_why(name):
    program, reason = PROGRAMS[name]
    report = check_source(HEADER + program)
    assert report.diagnostics == []  # no finding built on an unknown (no KSH203 on 1 unit)
    [model] = report_json(report)["models"]
    if reason is None:
        assert model["total_params"] is None
        assert model["unknown_reason"] == ("layers are added in a loop over `units` (passed to `fill(units)`,"
                                           " a call outside the file, line 6), line 8")
        return
    [layer] = model["layers"]
    assert None in layer["output_shape"][1:] or layer["params"] is None
    assert layer["params"] is None and model["total_params"] is None
    assert layer["unknown_reason"] == reason
    assert (" Unknown in %s: %s" % (layer["name"], reason)) in summary_table(report, report.models[0])


def test_two_unknowns_bound_to_one_name_are_not_one_value():
    # Today's symbol-of-the-variable would make both Dense widths `units` and the Add a KSH104.
    source = (HEADER + "inp = keras.Input(shape=(4,))\n"
              "units = len(open('a').read())\n"
              "a = layers.Dense(units)(inp)\n"
              "units = len(open('b').read())\n"
              "b = layers.Dense(units + 1)(inp)\n"
              "model = keras.Model(inp, layers.Add()([a, b]))\n")
    report = check_source(source)
    assert report.diagnostics == []
    dense_a, dense_b = [s for s in report.models[0].steps if s.cls == "Dense"]
    assert report_json(report)["models"][0]["layers"][1]["unknown_reason"] == \
        "`open('a').read()` is computed outside the file, line 5"
    assert (dense_a.output[1].reason, dense_b.output[1].reason) == (
        "`open('a').read()` is computed outside the file, line 5",
        "`open('b').read()` is computed outside the file, line 7")


def test_a_loop_of_backbones_ends_and_says_where_it_stopped():
    """Each keras.applications call is read on a budget of its own, so their number per file
    is bounded: past it the backbone is unknown, with the reason, and nothing is reported on it."""
    source = ("import keras\n"
              "for i in range(40):\n"
              "    m = keras.applications.VGG16(weights=None)\n"
              "head = keras.Sequential([keras.applications.VGG16(include_top=False, input_shape=(32, 32, 3)),"
              " keras.layers.Dense(2)])\n")
    report = report_json(check_source(source))
    [head] = [m for m in report["models"] if m["name"] == "head"]
    assert head["total_params"] is None
    assert head["unknown_reason"] == ("its first layer is unknown, so is its input shape: kerashape "
                                      "reads at most 16 keras.applications calls per file, line 4")
    # 16 read; a run of the file finds the earlier ones by their Keras names, the last as `m`
    assert [(m["name"], m["total_params"]) for m in report["models"] if m["name"] != "head"] == \
        [("vgg16", 138357544)] * 15 + [("m", 138357544)]  # VGG16 passes name="vgg16" itself
    assert report["diagnostics"] == []
