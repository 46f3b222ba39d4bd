"""keras.Model subclasses, best effort: layers from __init__, shapes from following call().

Expected counts are real Keras 3's (keras 3.15.1 + jax, after the same calls):
``model.layers`` in assignment order and ``layer.count_params()``; a layer call()
never reaches stays unbuilt in Keras, with no weights."""
import json
import subprocess
import sys
from pathlib import Path

from kerashape.api import check_source
from kerashape.render import report_json

ROOT = Path(__file__).resolve().parents[1]
NET = ROOT / "test_data" / "subclassed" / "net.py"
N = None


def _models():
    report = report_json(check_source(NET.read_text(), str(NET)))
    assert report["models"] == [] and report["diagnostics"] == []  # outside the contract's kinds
    return {m["name"]: m for m in report["subclassed_models"]}


def test_layers_and_counts_match_keras_after_a_call():
    net = _models()["net"]
    assert net["keras_name"] == "net"
    assert [(layer["name"], layer["class"], layer["params"]) for layer in net["layers"]] == [
        ("conv2d", "Conv2D", 224), ("global_average_pooling2d", "GlobalAveragePooling2D", 0),
        ("dense", "Dense", 144), ("dense_1", "Dense", 272), ("dense_2", "Dense", 0),
        ("dense_3", "Dense", 170)]
    assert net["total_params"] == 810
    assert [layer["output_shape"] for layer in net["layers"]] == [
        [N, 8, 8, 8], [N, 8], [N, 16], [N, 16], None, [N, 10]]


def test_inherited_init_shared_layer_and_merge():
    res = _models()["res"]
    assert res["keras_name"] == "residual"
    assert [layer["params"] for layer in res["layers"]] == [80, 0, 144, 272, 85, 24]
    assert res["total_params"] == 605


def test_never_called_model_is_unknown_not_zero():
    untraced = _models()["untraced"]
    assert untraced["keras_name"] == "net_1" and untraced["built"] is False
    assert untraced["total_params"] is None
    assert all(layer["params"] is None and layer["output_shape"] is None for layer in untraced["layers"])


def test_summary_prints_subclassed_models():
    out = subprocess.run([sys.executable, "-m", "kerashape", "summary", str(NET)],
                         capture_output=True, text=True).stdout
    assert 'Model: "residual"  (res, line' in out and " Total params: 605 (2.36 KB)" in out
    assert "Not traced: call() is followed only on a known input" in out
    json.loads(subprocess.run([sys.executable, "-m", "kerashape", "summary", "--format", "json", str(NET)],
                              capture_output=True, text=True).stdout)
