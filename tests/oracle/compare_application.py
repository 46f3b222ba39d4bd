"""Compare one application description (src/kerashape/applications/) with Keras's own.

    KERAS_BACKEND=jax python tests/oracle/compare_application.py resnet ResNet50 '{"include_top": false}'

Builds ``keras.applications.<Fn>(weights=None, **kwargs)`` and the description's ``<Fn>`` under
real Keras (each after clear_session, so auto-names count from the same start) and prints every
difference: model name, layer names, classes, output shapes, parameter counts, and the layers
each layer is connected to. Exit status 1 when they differ. A development and oracle-test tool:
kerashape itself never imports the descriptions or Keras.
"""
import importlib
import json
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")
import keras  # noqa: E402
import numpy as np  # noqa: E402

# Only shapes matter: zeros instead of random initializers (no JAX compile per weight shape).
keras.src.backend.Variable._initialize_with_initializer = (
    lambda self, init: self._initialize(self._convert_to_tensor(np.zeros(self._shape, dtype=self._dtype))))


def describe(model):
    rows = []
    for layer in model.layers:
        inbound = []
        for node in layer._inbound_nodes:
            inbound.append([t._keras_history.operation.name for t in node.input_tensors])
        rows.append({"name": layer.name, "class": type(layer).__name__,
                     "output_shape": _shape(layer.output),
                     "params": layer.count_params() if layer.built else None,
                     "trainable": sum(int(np.prod(w.shape)) for w in layer.trainable_weights),
                     "inbound": inbound})
    return {"name": model.name, "layers": rows, "params": model.count_params()}


def _shape(output):
    if isinstance(output, (list, tuple)):
        return [_shape(o) for o in output]
    return list(output.shape)


def build(make, kwargs):
    keras.backend.clear_session()
    return describe(make(weights=None, **kwargs))


def differences(theirs, ours):
    found = []
    if theirs["name"] != ours["name"]:
        found.append("model name: Keras %r, description %r" % (theirs["name"], ours["name"]))
    if len(theirs["layers"]) != len(ours["layers"]):
        found.append("layer count: Keras %d, description %d" % (len(theirs["layers"]), len(ours["layers"])))
    for t, o in zip(theirs["layers"], ours["layers"]):
        if t != o:
            found.append("Keras    %s\ndescribed %s" % (json.dumps(t), json.dumps(o)))
            break  # the first difference; later ones usually follow from it
    if theirs["params"] != ours["params"]:
        found.append("params: Keras %d, description %d" % (theirs["params"], ours["params"]))
    return found


def main(argv):
    module, function = argv[0], argv[1]
    kwargs = json.loads(argv[2]) if len(argv) > 2 else {}
    for key in ("input_shape",):
        if kwargs.get(key) is not None:
            kwargs[key] = tuple(kwargs[key])
    theirs = build(getattr(keras.applications, function), kwargs)
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "src"))
    described = importlib.import_module("kerashape.applications." + module)
    ours = build(getattr(described, function), kwargs)
    found = differences(theirs, ours)
    print("\n".join(found) or "same: %s, %d layers, %d params" % (
        theirs["name"], len(theirs["layers"]), theirs["params"]))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
