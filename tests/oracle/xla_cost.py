"""XLA's own cost analysis of single Keras layers under the JAX backend, as JSON.

    KERAS_BACKEND=jax python tests/oracle/xla_cost.py CASES.json

CASES.json: [{"layer": "layers.Dense(9)", "inputs": [[3]], "call": "one" | "list" | "args"}].
Each layer is built on zero inputs of batch 1 and its ``stateless_call`` jitted; the answer
is ``jax.jit(fn).lower(...).compile().cost_analysis()``'s "flops" (2 per multiply-add of a
dot or a convolution) and "transcendentals", per case. Test-only: the machine's count that
kerashape's MACs and FLOPs are compared with (tests/test_flops.py).
"""
import json
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")

import jax  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras import layers, ops  # noqa: E402,F401  (the cases' expressions use them)


def measure(case):
    layer = eval(case["layer"])  # noqa: S307 - the test's own expressions
    xs = [np.zeros((1,) + tuple(shape), "float32") for shape in case["inputs"]]
    call = case.get("call", "one")

    def apply(fn, *args):
        if call == "one":
            return fn(args[0])
        if call == "list":
            return fn(list(args))
        return fn(*args)

    if isinstance(layer, keras.layers.Layer):
        apply(layer, *xs)  # builds the weights
        trainable = [v.value for v in layer.trainable_variables]
        frozen = [v.value for v in layer.non_trainable_variables]

        def forward(trainable, frozen, *args):
            return apply(lambda *a: layer.stateless_call(trainable, frozen, *a)[0], *args)

        lowered = jax.jit(forward).lower(trainable, frozen, *xs)
    else:  # a keras.ops function: what XLA counts for a piece of a layer
        lowered = jax.jit(lambda *args: apply(layer, *args)).lower(*xs)
    found = lowered.compile().cost_analysis()
    if isinstance(found, list):  # some jax versions give one dict per computation
        found = found[0]
    return {"flops": found.get("flops", 0.0), "transcendentals": found.get("transcendentals", 0.0)}


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    found = []
    for case in cases:
        try:
            found.append(measure(case))
        except Exception as e:  # noqa: BLE001 - one case Keras refuses must not hide the others
            found.append({"error": "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")})
    print(json.dumps(found))
