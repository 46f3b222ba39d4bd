"""Run programs under REAL Keras 3 once per world of data, and print what Keras built, as JSON.

    KERAS_BACKEND=jax python tests/oracle/run_soundness.py MANIFEST.json

Test-only, for tests/test_soundness.py. MANIFEST is a list of {"path": program, "worlds":
[world...]} with the worlds of tests/oracle/generate_soundness.py: each run happens in a
fresh directory holding the world's files and directories, with its sys.argv, environment
variables, random seed and stub modules (importable only during that run). What is captured
is run_keras.run's, plus each layer's constructor call (line, 1-based column) in the program
and its input shape, so layers can be matched with kerashape's by where they are made.
Output: {"PATH": [run_keras.run(PATH) per world]}.
"""
import json
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_keras  # noqa: E402  (imports Keras and installs the tf shim once)

keras = run_keras.keras
np = run_keras.np


def _numpy_zeros(self, initializer):
    """Weights stay numpy zeros: run_keras's jax zeros still compile a program per new shape,
    and here every run of the data makes new shapes."""
    self._initialize(np.zeros(self._shape, dtype=self._dtype))


run_keras._Variable._initialize_with_initializer = _numpy_zeros
_clear_session = keras.backend.clear_session
# run_keras clears the session per file, for the layer names; its full garbage collection
# (a third of a second with JAX loaded) is left to Python's own pace here.
keras.backend.clear_session = lambda: _clear_session(free_memory=False)
_made_layers = {}  # Keras name -> (layer, line, column) for the file being run
_program = [None]
_layer_init = keras.layers.Layer.__init__


def _where():
    """(line, 1-based column) of the innermost call in the program that is running."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename != _program[0]:
        frame = frame.f_back
    if frame is None:
        return None, None
    positions = list(frame.f_code.co_positions())[frame.f_lasti // 2]
    return positions[0], None if positions[2] is None else positions[2] + 1


def _track_layer(self, *args, **kwargs):
    _layer_init(self, *args, **kwargs)
    line, column = _where()
    _made_layers[self.name] = (self, line, column)


keras.layers.Layer.__init__ = _track_layer


def _input_shape(layer):
    if isinstance(layer, keras.layers.InputLayer):
        return None  # it has no input: kerashape lists the Input's own shape there
    try:
        tensor = layer.input
    except Exception:  # noqa: BLE001 - never called, or called more than once
        return None
    if isinstance(tensor, (list, tuple)):
        return [[None if d is None else int(d) for d in t.shape] for t in tensor]
    return [None if d is None else int(d) for d in tensor.shape]


def run_in(path, world):
    """run_keras.run(path) with ``world``'s data around it."""
    path = os.path.abspath(path)
    saved = (os.getcwd(), list(sys.argv), dict(os.environ), list(sys.path))
    with tempfile.TemporaryDirectory() as here:
        for directory in world["dirs"]:
            os.makedirs(os.path.join(here, directory), exist_ok=True)
        for name, text in {**world["files"], **{m + ".py": s for m, s in world["modules"].items()}}.items():
            target = os.path.join(here, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w") as f:
                f.write(text)
        os.chdir(here)
        sys.argv = list(world["argv"])
        os.environ.update(world["env"])
        sys.path.insert(0, here)
        random.seed(world["seed"])
        _made_layers.clear()
        _program[0] = path
        try:
            result = run_keras.run(path)
        finally:
            os.chdir(saved[0])
            sys.argv = saved[1]
            os.environ.clear()
            os.environ.update(saved[2])
            sys.path[:] = saved[3]
            for module in world["modules"]:
                sys.modules.pop(module, None)
    for model in result["models"]:
        for layer in model["layers"]:
            made, line, column = _made_layers.get(layer["name"], (None, None, None))
            layer.update(line=line, column=column, input_shape=_input_shape(made) if made else None)
    return result


if __name__ == "__main__":
    manifest = json.loads(Path(sys.argv[1]).read_text())
    print(json.dumps({entry["path"]: [run_in(entry["path"], world) for world in entry["worlds"]]
                      for entry in manifest}))
