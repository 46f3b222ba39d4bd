"""kerashape against REAL Keras 3 on random programs: Sequential models
(tests/oracle/generate.py) and functional graphs (tests/oracle/generate_graphs.py).

Each program is run once under Keras (one subprocess for all of them) and
checked by kerashape; they must agree exactly as in test_oracle.py: every
layer's shape and counts, and a KSH1xx flag in the statement Keras refused.

    KERASHAPE_DIFF_PROGRAMS=3000 KERASHAPE_DIFF_GRAPHS=3000 KERASHAPE_DIFF_SEED=1 \
        python -m pytest tests/test_differential.py

runs more programs from another base seed (CI: 300 Sequential and 200 graphs from seed 0). One failure
lists every disagreeing program with its source and seed.
"""
import importlib.util
import os

import pytest

from oracle.agree import disagreements, keras_truth
from oracle.generate import program
from oracle.generate_graphs import program as graph

pytestmark = [pytest.mark.oracle,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

COUNT = int(os.environ.get("KERASHAPE_DIFF_PROGRAMS", "300"))
GRAPHS = int(os.environ.get("KERASHAPE_DIFF_GRAPHS", "200"))
SEED = int(os.environ.get("KERASHAPE_DIFF_SEED", "0"))


def _agree(tmp_path, generator, count, name):
    sources = {}
    for seed in range(SEED, SEED + count):
        path = tmp_path / ("seed_%d.py" % seed)
        path.write_text(generator(seed))
        sources[str(path)] = (seed, path.read_text())
    truth = keras_truth(list(sources), timeout=max(900, 2 * count))
    failures = []
    for path, (seed, source) in sources.items():
        found = disagreements(path, source, truth[path])
        if found:
            failures.append("--- seed %d (program(%d) in tests/oracle/%s.py)\n%s\n%s"
                            % (seed, seed, name, "\n".join("  " + p for p in found), source))
    assert not failures, "%d of %d random programs disagree with Keras:\n\n%s" % (
        len(failures), count, "\n".join(failures))


def test_kerashape_agrees_with_keras_on_random_programs(tmp_path):
    _agree(tmp_path, program, COUNT, "generate")


def test_kerashape_agrees_with_keras_on_random_graphs(tmp_path):
    """Functional graphs: branches, merges, shared layers, nested models, helper blocks."""
    _agree(tmp_path, graph, GRAPHS, "generate_graphs")


def test_wrapper_trainable_false_totals(tmp_path):
    # Layer.__init__(trainable=False) sets the wrapper's flag only (the `trainable` setter,
    # which would reach the wrapped layer, is not called): the wrapper lists its weights as
    # non-trainable, but the model's trainable_weights still holds the inner layer's
    # (keras 3.15.1: model trainable 20 / 256 / 20, non-trainable 0 / 0 / 5).
    path = tmp_path / "wrapper_trainable.py"
    path.write_text("import keras\nfrom keras import layers\n\n"
                    "a = keras.Sequential([keras.Input(shape=(12, 3)),\n"
                    "    layers.TimeDistributed(layers.Dense(5), trainable=False)])\n"
                    "b = keras.Sequential([keras.Input(shape=(12, 3)),\n"
                    "    layers.Bidirectional(layers.LSTM(4, return_sequences=True), trainable=False)])\n"
                    "c = keras.Sequential([keras.Input(shape=(12, 3)),\n"
                    "    layers.SpectralNormalization(layers.Dense(5), trainable=False)])\n")
    truth = keras_truth([str(path)])
    assert disagreements(str(path), path.read_text(), truth[str(path)]) == []
    totals = [(m["trainable_params"], m["non_trainable_params"]) for m in truth[str(path)]["models"]]
    assert totals == [(20, 0), (256, 0), (20, 5)]


def test_nested_sequential_built_by_use(tmp_path):
    # `block` has no input shape of its own; adding it to `model` builds it on (None, 6, 4).
    path = tmp_path / "nested.py"
    path.write_text("import keras\nfrom keras import layers\n\n"
                    "block = keras.Sequential([layers.Dense(3)])\n"
                    "model = keras.Sequential([keras.Input(shape=(6, 4)), block, layers.Flatten()])\n")
    truth = keras_truth([str(path)])
    assert disagreements(str(path), path.read_text(), truth[str(path)]) == []
