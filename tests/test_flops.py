"""MACs and FLOPs against the machine: XLA's own cost analysis of each Keras layer family under
the JAX backend (tests/oracle/xla_cost.py), and the summary, JSON and KSI001 that show them.

XLA's "flops" counts 2 per multiply-add of a dot or a convolution, so for the matrix work it
must equal 2 × kerashape's MACs. Each case states what else XLA counts, and where that differs
from kerashape's convention (README, "MACs and FLOPs") the difference is checked too.
"""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.shapes import Unknown
from kerashape.cli import main
from kerashape.flops import costs

ROOT = Path(__file__).resolve().parents[1]
XLA_COST = ROOT / "tests" / "oracle" / "xla_cost.py"
needs_keras = pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")


def in_bounds_taps(n, kernel, stride=1, dilation=1, padding="same"):
    """Kernel taps that land on the input (not on padding), summed over one axis's outputs:
    what XLA's convolution count includes; kerashape counts every tap of every output."""
    span = (kernel - 1) * dilation + 1
    out = -(-n // stride)
    before = max((out - 1) * stride + span - n, 0) // 2 if padding == "same" else span - 1
    if padding == "causal":
        out = n
    return sum(1 for o in range(out) for k in range(kernel)
               if 0 <= o * stride + k * dilation - before < n)


# (constructor, input shapes without the batch axis, call form, what XLA counts: a function of
# kerashape's cost, the measurements and the case's own numbers giving XLA's expected flops)
CASES = {
    # Dense: 2 × MACs and one add per output element for the bias (the seed: 3 × 9 = 27 MACs).
    "Dense": ("layers.Dense(9)", [(3,)], "one", lambda c, m: c.flops),
    "Dense rank 3": ("layers.Dense(5)", [(4, 6)], "one", lambda c, m: c.flops),
    "EinsumDense elided": ("layers.EinsumDense('...b,bc->...c', output_shape=4, bias_axes='c')",
                           [(3, 5)], "one", lambda c, m: c.flops),
    "EinsumDense": ("layers.EinsumDense('abc,cd->abd', output_shape=(6, 5), bias_axes='d')",
                    [(6, 8)], "one", lambda c, m: c.flops),
    "Conv1D": ("layers.Conv1D(4, 3, strides=2)", [(9, 2)], "one", lambda c, m: c.flops),
    "Conv2D": ("layers.Conv2D(4, 3)", [(8, 8, 2)], "one", lambda c, m: c.flops),
    "Conv3D": ("layers.Conv3D(4, 2, use_bias=False)", [(4, 4, 4, 2)], "one", lambda c, m: c.flops),
    "Conv2D dilated": ("layers.Conv2D(4, 3, dilation_rate=2, use_bias=False)", [(9, 9, 2)], "one",
                       lambda c, m: c.flops),
    "Conv2D grouped": ("layers.Conv2D(4, 3, groups=2, use_bias=False)", [(8, 8, 4)], "one",
                       lambda c, m: c.flops),
    # padding="same": XLA skips the taps that fall on the padding; kerashape counts them.
    "Conv2D same": ("layers.Conv2D(4, 3, padding='same', use_bias=False)", [(8, 8, 2)], "one",
                    lambda c, m: 2 * in_bounds_taps(8, 3) ** 2 * 4 * 2),
    "Conv1D causal": ("layers.Conv1D(4, 3, padding='causal', use_bias=False)", [(8, 2)], "one",
                      lambda c, m: 2 * in_bounds_taps(8, 3, padding="causal") * 4 * 2),
    "Conv1DTranspose": ("layers.Conv1DTranspose(4, 3)", [(5, 2)], "one", lambda c, m: c.flops),
    "Conv2DTranspose": ("layers.Conv2DTranspose(4, 3, strides=2, use_bias=False)", [(5, 5, 2)], "one",
                        lambda c, m: c.flops),
    "Conv2DTranspose same": ("layers.Conv2DTranspose(4, 2, strides=2, padding='same')", [(5, 5, 2)],
                             "one", lambda c, m: c.flops),
    "Conv3DTranspose": ("layers.Conv3DTranspose(2, 2, strides=2, use_bias=False)", [(3, 3, 3, 2)],
                        "one", lambda c, m: c.flops),
    "DepthwiseConv2D": ("layers.DepthwiseConv2D(3, depth_multiplier=2)", [(8, 8, 3)], "one",
                        lambda c, m: c.flops),
    "DepthwiseConv1D": ("layers.DepthwiseConv1D(3, use_bias=False)", [(8, 3)], "one", lambda c, m: c.flops),
    "SeparableConv2D": ("layers.SeparableConv2D(5, 3, depth_multiplier=2)", [(8, 8, 3)], "one",
                        lambda c, m: c.flops),
    "SeparableConv1D": ("layers.SeparableConv1D(5, 3, use_bias=False)", [(8, 3)], "one",
                        lambda c, m: c.flops),
    # Recurrent, unrolled (XLA counts a while loop's body once): the two products of each
    # step are also added together, one add per unit and step.
    "SimpleRNN": ("layers.SimpleRNN(4, activation=None, use_bias=False, unroll=True)", [(5, 3)],
                  "one", lambda c, m: 2 * c.macs + 4 * 5),
    "Bidirectional": ("layers.Bidirectional(layers.SimpleRNN(4, activation=None, use_bias=False, "
                      "unroll=True))", [(5, 3)], "one", lambda c, m: 2 * c.macs + 2 * 4 * 5),
    "TimeDistributed": ("layers.TimeDistributed(layers.Dense(3))", [(5, 4)], "one", lambda c, m: c.flops),
    # Attention: besides the products, the softmax of the scores (measured alone), and for
    # MultiHeadAttention 2 more per score (the scaling and masking of jax's attention).
    "Attention": ("layers.Attention()", [(6, 8), (7, 8)], "list",
                  lambda c, m: 2 * c.macs + m["softmax 6x7"]),
    "MultiHeadAttention": ("layers.MultiHeadAttention(2, 4, use_bias=False)", [(6, 8), (7, 8)], "args",
                           lambda c, m: 2 * c.macs + m["softmax 2x6x7"] + 2 * 2 * 6 * 7),
    "MultiHeadAttention bias": ("layers.MultiHeadAttention(2, 4, output_shape=6)", [(6, 8), (7, 5)], "args",
                                lambda c, m: c.flops + m["softmax 2x6x7"] + 2 * 2 * 6 * 7),
    "GroupQueryAttention": ("layers.GroupQueryAttention(4, 4, 2, use_bias=False)", [(6, 8), (7, 8)],
                            "args", lambda c, m: 2 * c.macs + m["softmax 4x6x7"] + 2 * 4 * 6 * 7),
    # AdditiveAttention's scores are element-wise: XLA counts the query + key adds (6·7·8)
    # and the sums over the features (6·7·7) beside the softmax; kerashape the value product.
    "AdditiveAttention": ("layers.AdditiveAttention(use_scale=False)", [(6, 8), (7, 8)], "list",
                          lambda c, m: 2 * c.macs + m["softmax 6x7"] + 6 * 7 * 8 + 6 * 7 * 7),
    "SpectralNormalization": ("layers.SpectralNormalization(layers.Dense(4))", [(6,)], "one",
                              lambda c, m: c.flops),  # at inference: the wrapped layer
    # Pooling: a max compares window - 1 times, an average adds window - 1 times and divides.
    "MaxPooling2D": ("layers.MaxPooling2D(2)", [(8, 8, 2)], "one", lambda c, m: c.flops),
    "AveragePooling2D": ("layers.AveragePooling2D(3, strides=2)", [(9, 9, 2)], "one", lambda c, m: c.flops),
    "MaxPooling1D": ("layers.MaxPooling1D(3)", [(9, 2)], "one", lambda c, m: c.flops),
    "GlobalAveragePooling2D": ("layers.GlobalAveragePooling2D()", [(8, 8, 2)], "one", lambda c, m: c.flops),
    "GlobalMaxPooling1D": ("layers.GlobalMaxPooling1D()", [(8, 3)], "one", lambda c, m: c.flops),
    # Merges: n - 1 operations an element; Average divides once more; Dot is a product.
    "Add": ("layers.Add()", [(6, 8), (6, 8), (6, 8)], "list", lambda c, m: c.flops),
    "Subtract": ("layers.Subtract()", [(6, 8), (6, 8)], "list", lambda c, m: c.flops),
    "Multiply": ("layers.Multiply()", [(6, 8), (6, 8)], "list", lambda c, m: c.flops),
    "Maximum": ("layers.Maximum()", [(6, 8), (6, 8)], "list", lambda c, m: c.flops),
    "Average": ("layers.Average()", [(6, 8), (6, 8), (6, 8)], "list", lambda c, m: c.flops),
    "Concatenate": ("layers.Concatenate()", [(6, 8), (6, 3)], "list", lambda c, m: c.flops),
    "Dot": ("layers.Dot(axes=2)", [(6, 8), (7, 8)], "list", lambda c, m: c.flops),
    # Normalization at inference: BatchNormalization folds its statistics per channel (XLA
    # counts those 5 operations a channel too) and costs a multiply and an add an element.
    "BatchNormalization": ("layers.BatchNormalization()", [(8, 8, 4)], "one",
                           lambda c, m: c.flops + 5 * 4),
    "UnitNormalization": ("layers.UnitNormalization()", [(8, 8, 4)], "one", lambda c, m: c.flops),
    # Free: activations (XLA counts relu's max, one an element), dropout, reshapes, lookups.
    "Activation": ("layers.Activation('relu')", [(6, 8)], "one", lambda c, m: c.flops + 6 * 8),
    "Dropout": ("layers.Dropout(0.5)", [(6, 8)], "one", lambda c, m: c.flops),
    "Flatten": ("layers.Flatten()", [(6, 8)], "one", lambda c, m: c.flops),
    "UpSampling2D": ("layers.UpSampling2D(2)", [(4, 4, 2)], "one", lambda c, m: c.flops),
    "ZeroPadding2D": ("layers.ZeroPadding2D(1)", [(4, 4, 2)], "one", lambda c, m: c.flops),
    "Rescaling": ("layers.Rescaling(1 / 255, offset=-1)", [(4, 4, 2)], "one", lambda c, m: c.flops),
    # A nested model costs its layers.
    "Sequential": ("keras.Sequential([layers.Dense(6), layers.Dense(3)])", [(12,)], "one",
                   lambda c, m: c.flops),
}

# Recurrent cells' gate arithmetic (sigmoids' adds and multiplies, the state update) is
# element-wise work kerashape does not count: XLA's excess over 2 × MACs + bias per unit and step.
GATED = {
    "LSTM": ("layers.LSTM(4, unroll=True)", [(5, 3)], 4 * 5),
    "GRU": ("layers.GRU(4, unroll=True)", [(5, 3)], 4 * 5),
    "GRU reset_before": ("layers.GRU(4, reset_after=False, unroll=True)", [(5, 3)], 4 * 5),
    "ConvLSTM1D": ("layers.ConvLSTM1D(3, 3)", [(1, 6, 2)], 4 * 3),
    "ConvLSTM2D": ("layers.ConvLSTM2D(3, 3)", [(1, 6, 6, 2)], 4 * 4 * 3),
}
# Layer, group and RMS normalization: XLA counts Keras's code as written (broadcasts and the
# statistics' divisions); kerashape counts the textbook recipe, within a third of XLA.
NORMS = {
    "LayerNormalization": ("layers.LayerNormalization()", [(8, 8, 4)]),
    "LayerNormalization bare": ("layers.LayerNormalization(center=False, scale=False)", [(8, 8, 4)]),
    "GroupNormalization": ("layers.GroupNormalization(2)", [(8, 8, 4)]),
    "RMSNormalization": ("layers.RMSNormalization()", [(8, 8, 4)]),
}
PIECES = {"softmax 6x7": ("ops.softmax", [(6, 7)]), "softmax 2x6x7": ("ops.softmax", [(2, 6, 7)]),
          "softmax 4x6x7": ("ops.softmax", [(4, 6, 7)])}


def kerashape_cost(constructor, shapes, call="one"):
    """kerashape's cost of the layer as a one-layer functional model of the file it reads."""
    lines = ["import keras", "from keras import layers"]
    lines += ["i%d = keras.Input(shape=%r)" % (n, tuple(s)) for n, s in enumerate(shapes)]
    names = ", ".join("i%d" % n for n in range(len(shapes)))
    args = {"one": "i0", "list": "[%s]" % names, "args": names}[call]
    lines += ["y = %s(%s)" % (constructor, args), "model = keras.Model([%s], y)" % names]
    result = check_source("\n".join(lines) + "\n", "case.py").models[-1]  # a Sequential is one too
    [(step, cost)] = [(s, c) for s, c in zip(result.steps, costs(result)) if s.cls != "InputLayer"]
    assert step.error is None and isinstance(cost.macs, int) and isinstance(cost.flops, int), (
        constructor, step, cost)
    return cost


@pytest.fixture(scope="module")
def xla(tmp_path_factory):
    everything = dict({k: v[:3] for k, v in CASES.items()}, **{k: v[:2] for k, v in GATED.items()},
                      **NORMS, **PIECES)
    cases = [{"layer": spec[0], "inputs": [list(s) for s in spec[1]],
              "call": spec[2] if len(spec) > 2 else "one"} for spec in everything.values()]
    path = tmp_path_factory.mktemp("xla") / "cases.json"
    path.write_text(json.dumps(cases))
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, str(XLA_COST), str(path)], capture_output=True, text=True,
                          env=env, timeout=1500)
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    return {name: m.get("flops", m.get("error")) for name, m in zip(everything, found)}


@pytest.mark.oracle
@needs_keras
@pytest.mark.parametrize("name", sorted(CASES))
def test_flops_agree_with_xla(name, xla):
    constructor, shapes, call, expected = CASES[name]
    cost = kerashape_cost(constructor, shapes, call)
    assert xla[name] == expected(cost, xla), (name, cost, xla[name])


@pytest.mark.oracle
@needs_keras
@pytest.mark.parametrize("name", sorted(GATED))
def test_recurrent_macs_agree_with_xla_beside_the_gates(name, xla):
    constructor, shapes, unit_steps = GATED[name]
    cost = kerashape_cost(constructor, shapes)
    # The 4-position state's "same" convolution (3 filters → 4 gates × 3): XLA skips the taps
    # that fall on its padding.
    skipped = {"ConvLSTM2D": (4 * 4 * 9 - in_bounds_taps(4, 3) ** 2) * 3 * 4 * 3,
               "ConvLSTM1D": (4 * 3 - in_bounds_taps(4, 3)) * 3 * 4 * 3}.get(name, 0)
    cost = type(cost)(cost.macs - skipped, cost.flops - 2 * skipped)
    assert cost.flops <= xla[name] <= cost.flops + 25 * unit_steps, (name, cost, xla[name])


@pytest.mark.oracle
@needs_keras
@pytest.mark.parametrize("name", sorted(NORMS))
def test_normalization_flops_are_near_xla(name, xla):
    cost = kerashape_cost(*NORMS[name])
    assert cost.macs == 0 and abs(cost.flops - xla[name]) <= xla[name] / 3, (name, cost, xla[name])


def test_seed_dense_is_27_macs():
    # Dense(9) on 3 inputs: 3 × 9 multiply-accumulates; FLOPs 2 × 27 + 9 bias adds.
    cost = kerashape_cost("layers.Dense(9)", [(3,)])
    assert (cost.macs, cost.flops) == (27, 63)


def test_symbolic_and_unknown_counts():
    source = ("import keras\nfrom keras import layers\n"
              "model = keras.Sequential([keras.Input((n, 16)), layers.Dense(8, use_bias=False),"
              " layers.LSTM(4), layers.Dense(2)])\n"
              "free = keras.Sequential([keras.Input((None, 16)), layers.LSTM(4),"
              " layers.Lambda(lambda t: t)])\n")
    symbolic, unknown = check_source(source, "m.py").models
    dense, lstm, last = costs(symbolic)  # 16 × 8 a row; 4 gates × 4 × (8 + 4) a step
    assert (str(dense.macs), str(lstm.macs), last.macs) == ("128*n", "192*n", 8)
    # An unknown number of steps makes the LSTM's count unknown; a Lambda is never guessed.
    assert all(isinstance(c.macs, Unknown) and isinstance(c.flops, Unknown) for c in costs(unknown))


def test_summary_flops_and_json_keys(capsys):
    path = ROOT.parent / "shared" / "cases" / "seed_dense_rank2.py"
    assert main(["summary", "--flops", str(path)]) == 0
    out = capsys.readouterr().out
    # Dense(4) on 784 inputs and Dense(10) on 4: 3,136 + 40 MACs; FLOPs twice those + 14 bias adds.
    assert ("│ dense (Dense)                   │ (None, 4)              │         3,140 │"
            "         6,276 │") in out
    assert " Total MACs: 3,176\n Total FLOPs: 6,366" in out
    assert main(["summary", "--format", "json", str(path)]) == 0
    [model] = json.loads(capsys.readouterr().out)["files"][0]["models"]
    assert [(layer["macs"], layer["flops"]) for layer in model["layers"]] == [(3136, 6276), (40, 90)]
    assert (model["total_macs"], model["total_flops"]) == (3176, 6366)


def test_summary_flops_on_every_shared_case(capsys):
    cases = ROOT.parent / "shared" / "cases"
    assert main(["summary", "--flops", str(cases)]) == 0
    out = capsys.readouterr().out
    assert out.count("Total FLOPs:") == out.count("Model: ") == len(list(cases.glob("*.py")))


def test_shared_layer_counts_every_call():
    source = ("import keras\nfrom keras import layers\n"
              "x = keras.Input((5,))\nshared = layers.Dense(3)\n"
              "model = keras.Model(x, layers.Add()([shared(x), shared(x)]))\n")
    [result] = check_source(source, "m.py").models
    by_class = {s.cls: c for s, c in zip(result.steps, costs(result))}
    assert (by_class["Dense"].macs, by_class["Dense"].flops) == (2 * 15, 2 * (30 + 3))


def test_nested_model_called_twice_counts_both_calls():
    source = ("import keras\nfrom keras import layers\n"
              "enc = keras.Sequential([layers.Dense(6), layers.Dense(3)])\n"
              "a, b = keras.Input((12,)), keras.Input((12,))\n"
              "model = keras.Model([a, b], layers.Add()([enc(a), enc(b)]))\n")
    result = check_source(source, "m.py").models[-1]
    by_class = {s.cls: c for s, c in zip(result.steps, costs(result))}
    # Each call: 12 × 6 + 6 × 3 = 90 MACs, 2 × 90 + 6 + 3 bias adds = 189 FLOPs; Add: 3 adds.
    assert (by_class["Sequential"].macs, by_class["Sequential"].flops) == (180, 378)
    assert (by_class["Add"].macs, by_class["Add"].flops) == (0, 3)
