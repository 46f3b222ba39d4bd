"""Run model programs under REAL Keras 3 and print what Keras built, as JSON.

    KERAS_BACKEND=jax python tests/oracle/run_keras.py FILE...

Test-only: this is the oracle kerashape is compared with. It executes the
programs (kerashape itself never does). ``tensorflow.keras`` / ``tf.keras``
imports resolve to keras 3 through a small shim, so tf-style code runs
without TensorFlow. One process runs every file, to pay Keras's import once.
Output: {"FILE": {"models": [...], "keras_error": null | {...}}} with the
case-file fields of ../shared/CONTRACT.md.
"""
import contextlib
import io
import json
import os
import runpy
import sys
import traceback
import types

os.environ.setdefault("KERAS_BACKEND", "jax")

import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras.src.utils import module_utils  # noqa: E402

# Keras must not believe TensorFlow is installed because the shim answers to its name.
module_utils.tensorflow._available = False
_tf = types.ModuleType("tensorflow")
_tf.keras = keras
_tf.executing_eagerly = lambda: True  # Keras asks it whether it runs in a tf.function: never here
# TensorFlow functions called inside a Layer's call or a Lambda: under the TensorFlow backend
# Keras traces them on TensorFlow tensors, the shapes these keras.ops functions give. Given a
# KerasTensor of the functional API they raise, as KerasTensor.__tf_tensor__ does.
_tf.nn = types.ModuleType("tensorflow.nn")
_tf.math = types.ModuleType("tensorflow.math")


def _tf_function(op):
    def function(*args, **kwargs):
        if any(isinstance(a, keras.KerasTensor) for a in keras.tree.flatten((args, kwargs))):
            raise ValueError("A KerasTensor cannot be used as input to a TensorFlow function.")
        return op(*args, **kwargs)
    return function


for _module, _names in ((_tf.nn, ("relu", "sigmoid", "softmax")), (_tf.math, ("exp", "tanh")), (_tf, ("exp",))):
    for _name in _names:
        setattr(_module, _name, _tf_function(getattr(keras.ops, _name)))
_tf.reduce_mean = _tf_function(keras.ops.mean)
sys.modules["tensorflow"] = _tf
sys.modules["tensorflow.keras"] = keras
for _name in ("layers", "models", "backend", "activations", "optimizers", "regularizers",
              "utils", "initializers", "losses", "callbacks", "datasets"):
    if hasattr(keras, _name):
        sys.modules["tensorflow.keras." + _name] = getattr(keras, _name)

# Only the weights' shapes matter here. Random initializers compile a JAX program per new
# weight shape (about a second each on CPU); zeros of the same shape and dtype do not.
_Variable = keras.src.backend.Variable


def _zeros(self, initializer):
    self._initialize(self._convert_to_tensor(np.zeros(self._shape, dtype=self._dtype)))


_Variable._initialize_with_initializer = _zeros

# keras.applications with weights="imagenet", as real code writes it: the weights change no
# shape, and downloading them needs a network. The model is built as Keras builds it.
from keras.src.utils import file_utils  # noqa: E402

file_utils.get_file = lambda *args, **kwargs: "weights-not-downloaded.h5"
keras.Model.load_weights = lambda self, *args, **kwargs: None

_made = []
_init = keras.Model.__init__


def _track(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    _made.append(self)


keras.Model.__init__ = _track


def _count(weights):
    return int(sum(int(np.prod(w.shape)) for w in weights))


def _shape(layer):
    try:
        out = layer.output
    except Exception:  # noqa: BLE001 - never called, or several outputs of different shapes
        return None
    if isinstance(out, (list, tuple)):
        return [[None if d is None else int(d) for d in t.shape] for t in out]
    return [None if d is None else int(d) for d in out.shape]


def _connections(model):
    """Keras's "Connected to" per layer of a functional model (summary_utils.get_connections)."""
    relevant = [node for nodes in model._nodes_by_depth.values() for node in nodes]
    out = []
    for layer in model.layers:
        found = []
        for node in layer._inbound_nodes:
            if node not in relevant:
                continue
            for tensor in node.input_tensors:
                history = tensor._keras_history
                found.append("%s[%d][%d]" % (history.operation.name, history.node_index,
                                             history.tensor_index))
        out.append(found)
    return out


def run(path):
    del _made[:]
    keras.backend.clear_session()  # layer names (dense, dense_1, ...) count from zero per file
    keras.config.set_image_data_format("channels_last")  # a file may have set channels_first
    error, namespace = None, {}
    # As `python path` would: the script's folder first on sys.path, so it imports its project's
    # modules, which are forgotten afterwards (another case may have modules of those names).
    modules_before = set(sys.modules)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            namespace = runpy.run_path(path, run_name="__main__")
        except BaseException as e:  # noqa: BLE001 - Keras refusing the program is the finding
            frames = [f for f in traceback.extract_tb(e.__traceback__)
                      if os.path.abspath(f.filename) == os.path.abspath(path)]
            error = {"type": type(e).__name__, "message": str(e).splitlines()[0][:300] if str(e) else "",
                     "line": frames[-1].lineno if frames else None}
    sys.path.pop(0)
    for name in set(sys.modules) - modules_before:
        module_file = getattr(sys.modules[name], "__file__", None) or ""
        if module_file.startswith(os.path.dirname(os.path.abspath(path))):
            del sys.modules[name]
    names = {id(v): k for k, v in namespace.items()}
    models = []
    for model in _made:
        kind = type(model).__name__
        if kind not in ("Sequential", "Functional") or (kind == "Functional" and id(model) not in names):
            continue  # Sequential builds a Functional of its own: not the user's model
        built = bool(model.built)
        connections = _connections(model) if kind == "Functional" else [None] * len(model.layers)
        models.append({
            "name": names.get(id(model), model.name), "keras_name": model.name, "kind": kind,
            "built": built,
            "truncated_at_error": error is not None,
            "total_params": _count(model.weights) if built else None,
            "trainable_params": _count(model.trainable_weights) if built else None,
            "non_trainable_params": _count(model.non_trainable_weights) if built else None,
            "layers": [{"class": type(layer).__name__, "name": layer.name, "output_shape": _shape(layer),
                        "params": _count(layer.weights) if built else None,
                        "trainable_params": _count(layer.trainable_weights) if built else None,
                        "non_trainable_params": _count(layer.non_trainable_weights) if built else None,
                        "connected_to": connected}
                       for layer, connected in zip(model.layers, connections)]})
    return {"models": models, "keras_error": error}


if __name__ == "__main__":
    print(json.dumps({path: run(path) for path in sys.argv[1:]}))
