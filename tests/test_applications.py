"""Every keras.applications model, as kerashape reads it, against real Keras 3: the default
size and two others, with and without the top, and each family's size arguments.

kerashape reads the descriptions in src/kerashape/applications/ with its own evaluator; here
the same calls run under real Keras (weights are not downloaded: they change no shape) and
every model is compared layer by layer, names and connections included (oracle/agree.py).
"""
import importlib.util
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kerashape import applications

from oracle.agree import disagreements, keras_truth

pytestmark = [pytest.mark.oracle, pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

DESCRIPTIONS = Path(applications.__file__).resolve().parent
# Each application is called as below: with the top at its default size and at 131x157, without
# it at any size (None), 160x160 and 131x157.
CONFIGS = [
    "weights=None",
    "include_top=False",  # imagenet weights: any size, so (None, None, 3)
    "weights=None, include_top=False, input_shape=(160, 160, 3), pooling='avg'",
    "weights=None, include_top=False, input_shape=(131, 157, 3), pooling='max'",
    "weights=None, input_shape=(131, 157, 3), classes=7, classifier_activation=None",
]
# The arguments a family adds (width multipliers, variants), each at one more size.
EXTRA = {
    "MobileNet": [
        "weights=None, include_top=False, input_shape=(128, 128, 3), alpha=0.5",
        "weights=None, input_shape=(97, 113, 3), alpha=0.75, depth_multiplier=2, classes=10",
        "weights=None, input_tensor=keras.Input((192, 192, 3)), alpha=1.3, dropout=0.5",
    ],
    "MobileNetV2": [
        "weights=None, include_top=False, input_shape=(96, 96, 3), alpha=0.35",
        "weights=None, input_shape=(97, 113, 3), alpha=1.4, classes=10",
        "weights=None, input_tensor=keras.Input((128, 128, 3)), alpha=0.75",
    ],
    **dict.fromkeys(["MobileNetV3Small", "MobileNetV3Large"], [
        "weights=None, include_top=False, input_shape=(128, 128, 3), minimalistic=True",
        "weights=None, input_shape=(97, 113, 3), alpha=0.75, include_preprocessing=False",
        "weights=None, input_shape=(200, 200, 3), alpha=1.3, minimalistic=True, dropout_rate=0",
        "weights=None, include_top=False, input_tensor=keras.Input((160, 160, 3)), alpha=0.5",
    ]),
    # EfficientNetV2 B: one channel takes Rescaling(1/128, offset=-1), not the Normalization.
    **dict.fromkeys(["EfficientNetV2B%d" % i for i in range(4)],
                    ["weights=None, include_top=False, input_shape=(75, 90, 1)"]),
    **dict.fromkeys(["EfficientNetV2S", "EfficientNetV2M", "EfficientNetV2L", "ConvNeXtTiny",
                     "ConvNeXtSmall", "ConvNeXtBase", "ConvNeXtLarge", "ConvNeXtXLarge"],
                    ["weights=None, include_top=False, input_shape=(75, 90, 3), "
                     "include_preprocessing=False"]),
    "NASNetMobile": [
        "weights=None, include_top=False, input_shape=(32, 32, 3)",
        "weights=None, input_tensor=keras.Input((224, 224, 3)), name='backbone'",
    ],
    "NASNetLarge": ["weights=None, include_top=False, input_tensor=keras.Input((97, 113, 3))"],
    # The smallest input each family takes, given as the user's own Input tensor.
    **{f: ["weights=None, include_top=False, input_tensor=keras.Input((%d, %d, 3)), pooling='avg'"
           % (size, size + 7)] for size, functions in (
        (32, ["ResNet50", "ResNet101", "ResNet152", "ResNet50V2", "ResNet101V2", "ResNet152V2",
              "DenseNet121", "DenseNet169", "DenseNet201"]),
        (75, ["InceptionV3", "InceptionResNetV2"]), (71, ["Xception"])) for f in functions},
}
FUNCTIONS = sorted(name for name, module in applications.MODELS.items()
                   if (DESCRIPTIONS / (module + ".py")).is_file())


# The first application of each family gets every call and its family's; the others (the same
# code at other depths and widths) three: the top at the default size and at 131x157, no top
# at 160x160. KERASHAPE_APPLICATIONS=all gives every application every call (a longer run).
FIRST_OF_FAMILY = {next(name for name in applications.MODELS if applications.MODELS[name] == module)
                   for module in set(applications.MODELS.values())}
EVERY_CALL = os.environ.get("KERASHAPE_APPLICATIONS") == "all"


def calls(function: str):
    if EVERY_CALL or function in FIRST_OF_FAMILY:
        return CONFIGS + EXTRA.get(function, [])
    return [CONFIGS[0], CONFIGS[2], CONFIGS[4]]


@pytest.fixture(scope="module")
def programs(request, tmp_path_factory):
    """One program per call (a model of the largest applications holds gigabytes of weights
    under Keras; one at a time keeps the oracle's memory to one model), for the applications
    this run selected (-k EfficientNet builds no ResNet under Keras)."""
    folder = tmp_path_factory.mktemp("applications")
    paths = {}
    selected = {item.callspec.params["function"] for item in request.session.items
                if item.module is request.module and hasattr(item, "callspec")}
    for function in sorted(selected):
        for i, call in enumerate(calls(function)):
            paths[function, i] = folder / ("%s_%d.py" % (function, i))
            paths[function, i].write_text("import keras\n\nm = keras.applications.%s(%s)\n" % (function, call))
    # Two Keras processes, one per core: building every application is most of this test's time.
    files = [str(p) for p in paths.values()]
    with ThreadPoolExecutor(2) as pool:
        truth = {}
        for part in pool.map(lambda half: keras_truth(half, timeout=2400), (files[::2], files[1::2])):
            truth.update(part)
    return {key: (path, truth[str(path)]) for key, path in paths.items()}


@pytest.mark.parametrize("function", FUNCTIONS)
def test_application_matches_keras(function, programs):
    found = {}
    for i, call in enumerate(calls(function)):
        path, truth = programs[function, i]
        assert truth["keras_error"] is None, (call, truth["keras_error"])
        problems = disagreements(str(path), path.read_text(), truth)
        if problems:
            found[call] = problems[:5]
    assert found == {}


def test_every_path_kerashape_reads_is_one_keras_exports():
    """keras.applications.<module>.<Name> is read exactly where Keras has that name there
    (keras.applications.resnet50 has ResNet50 but not ResNet101; mobilenet_v3 no model)."""
    import keras

    from kerashape.keras_api.applications import description

    for module in applications.MODULES:
        for name in list(applications.MODELS) + ["preprocess_input"]:
            keras_has = hasattr(getattr(keras.applications, module), name)
            assert (description("applications.%s.%s" % (module, name)) is not None) == keras_has, (
                module, name)
    for name in applications.MODELS:
        assert description("applications." + name) is not None and hasattr(keras.applications, name)
