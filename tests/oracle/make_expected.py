"""Write NAME.expected.json for model programs, with the truth from REAL Keras 3.

    KERAS_BACKEND=jax python tests/oracle/make_expected.py test_data/functional/new_case.py ...

Runs every file under Keras in one process (run_keras.py) and writes, beside each,
the case file of ../shared/CONTRACT.md: the models Keras built and the error it
raised come from Keras; ``expect_codes`` (what kerashape should report, most of
it silent in Keras) and ``symbolic`` are kept from an existing file, or start
empty for the author to fill in. The Keras version is recorded. Never write a
truth file from kerashape's own output.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASE_KEYS = ("class", "output_shape", "params", "trainable_params", "non_trainable_params")
MODEL_KEYS = ("name", "kind", "built", "truncated_at_error", "total_params", "trainable_params",
              "non_trainable_params")


def main(paths):
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, str(HERE / "run_keras.py"), *paths],
                          capture_output=True, text=True, env=env, check=True)
    truth = json.loads(proc.stdout.strip().splitlines()[-1])
    version = subprocess.run([sys.executable, "-c", "import keras; print(keras.__version__)"],
                             capture_output=True, text=True, env=env, check=True).stdout.strip()
    for path in paths:
        target = Path(path).with_suffix(".expected.json")
        old = json.loads(target.read_text()) if target.exists() else {}
        models = [dict({k: m[k] for k in MODEL_KEYS},
                       layers=[{k: layer[k] for k in CASE_KEYS} for layer in m["layers"]])
                  for m in truth[path]["models"]]
        case = {"models": models, "keras_error": truth[path]["keras_error"],
                "expect_codes": old.get("expect_codes", []), "symbolic": old.get("symbolic", False),
                "oracle": {"keras": version, "backend": "jax"}}
        target.write_text(json.dumps(case, indent=1) + "\n")
        print("wrote %s (%d models%s)" % (target, len(models),
                                          ", Keras raised" if case["keras_error"] else ""))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main([os.path.abspath(p) for p in sys.argv[1:]])
