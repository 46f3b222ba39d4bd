"""Programs kerashape reads only in part (a custom layer's call() it cannot follow, ...):
every number it does give is Keras 3's, from NAME.keras.json beside NAME.py (written by
tests/oracle/make_expected.py, then renamed so the exact golden tests leave it alone), and the
numbers named here must be known, not only not wrong."""
import json
from pathlib import Path

import pytest

from kerashape.api import check_source
from kerashape.files import read_source
from kerashape.render import report_json

from casecompare import FIELDS, paired, same_value

PARTIAL = Path(__file__).resolve().parents[1] / "test_data" / "partial"

# file -> (model, layer index without InputLayer, field) that must be known
MUST_KNOW = {
    "custom_layer_call_not_followed.py": [("model", 1, "params"), ("model", 1, "trainable_params")],
}


def _known(value):
    return value is not None and not (isinstance(value, list) and any(not _known(v) for v in value))


@pytest.mark.parametrize("name", sorted(MUST_KNOW))
def test_every_known_number_is_keras_and_the_named_ones_are_known(name):
    path = PARTIAL / name
    truth = json.loads(path.with_suffix(".keras.json").read_text())
    got = report_json(check_source(read_source(str(path)), str(path)))
    known_values = {}
    for em, gm in paired(truth["models"], got["models"]):
        assert gm is not None, em["name"]
        tl = [layer for layer in em["layers"] if layer["class"] != "InputLayer"]
        gl = [layer for layer in gm["layers"] if layer["class"] != "InputLayer"]
        assert [layer["class"] for layer in gl] == [layer["class"] for layer in tl]
        for i, (t, g) in enumerate(zip(tl, gl)):
            for field in FIELDS[1:]:
                known_values[(em["name"], i, field)] = _known(g[field])
                if _known(g[field]):
                    assert same_value(t[field], g[field]), (em["name"], i, field, g[field], t[field])
    assert all(known_values[key] for key in MUST_KNOW[name])
    assert got["diagnostics"] == []
