"""A project of several modules is read as a project: test_data/project/train.py imports
constants (config.py), a custom layer (custom_layers.py) and blocks from a package with an
__init__ and a relative import (models/). Its numbers are Keras's (train.expected.json, and
the oracle test runs it as Python would); without config.py they are symbols, not unknowns."""
import json
import shutil
import types
from pathlib import Path

from kerashape.api import check_source
from kerashape.config import Config
from kerashape.render import report_json

PROJECT = Path(__file__).resolve().parents[1] / "test_data" / "project"
TRUTH = json.loads((PROJECT / "train.expected.json").read_text())["models"][0]


def _model(folder: Path, config: Config = None) -> dict:
    path = folder / "train.py"
    [model] = report_json(check_source(path.read_text(), str(path), config))["models"]
    return model


def test_layers_built_in_another_module_name_it_with_their_position_there():
    layers = _model(PROJECT)["layers"]
    conv = next(layer for layer in layers if layer["class"] == "Conv2D")
    dense = layers[-1]
    assert (conv.get("path"), conv["line"], conv["column"]) == ("models/blocks.py", 9, 9)
    assert (dense.get("path"), dense["line"], dense["column"]) == ("models/head.py", 13, 12)
    assert "path" not in layers[1]  # ChannelScale()(inputs) is called in train.py itself


def test_without_its_config_module_the_project_is_symbolic(tmp_path):
    shutil.copytree(PROJECT, tmp_path / "project")
    (tmp_path / "project" / "config.py").unlink()
    model = _model(tmp_path / "project")
    assert isinstance(model["total_params"], str)
    # The symbols are the names config.py would have bound: with its values, Keras's total.
    values = {"IMG_SIZE": 32, "CHANNELS": 3, "FILTERS": [16, 32],
              "config": types.SimpleNamespace(N_CLASSES=10)}
    assert eval(model["total_params"], {}, values) == TRUTH["total_params"]  # noqa: S307 - our own output
    assert model["layers"][-1]["output_shape"] == [None, "config.N_CLASSES"]


def test_configured_constants_bind_names_of_a_missing_module(tmp_path):
    shutil.copytree(PROJECT, tmp_path / "project")
    (tmp_path / "project" / "config.py").unlink()
    model = _model(tmp_path / "project", Config(constants={"IMG_SIZE": 32, "CHANNELS": 3}))
    assert model["layers"][0]["output_shape"] == [None, 32, 32, 3]
