"""The image data format the code sets is the one its layers take, and where kerashape cannot
decide it, nothing that depends on it is reported. (A channels-first program with Keras's
truth: test_data/data_format/channels_first.py.)"""
from kerashape.api import check_source
from kerashape.render import report_json

UNDECIDED = ("import sys\nimport keras\nfrom keras import layers\n"
             "if len(sys.argv) > 1:\n"
             "    keras.config.set_image_data_format('channels_first')\n"
             "model = keras.Sequential([keras.Input(shape=(1, 28, 28)), layers.Conv2D(8, 3),"
             " layers.MaxPooling2D(2), layers.Dense(2)])\n")


def test_a_format_set_under_an_undecided_condition_leaves_shapes_unknown_and_no_finding():
    report = check_source(UNDECIDED)
    # As channels_last, Conv2D(3x3) on 1 x 28 would be KSH102 and Dense a KSH201: both built
    # on a guess of the format.
    assert report.diagnostics == []
    conv = report_json(report)["models"][0]["layers"][0]
    assert (conv["output_shape"], conv["params"]) == (None, None)
    assert conv["unknown_reason"] == ("the image data format is set to 'channels_first' in a condition"
                                      " kerashape cannot decide (`if len(sys.argv) > 1`), line 4")


def test_a_format_kerashape_cannot_read_is_unknown():
    source = ("import keras\nfrom keras import layers\nimport os\n"
              "keras.backend.set_image_data_format(os.environ['FORMAT'])\n"
              "model = keras.Sequential([keras.Input(shape=(3, 8, 8)), layers.Conv2D(4, 3)])\n")
    conv = report_json(check_source(source))["models"][0]["layers"][0]
    assert conv["output_shape"] is None
    assert conv["unknown_reason"] == ("`keras.backend.set_image_data_format(os.environ['FORMAT'])` sets an"
                                      " image data format kerashape cannot read, line 4")
