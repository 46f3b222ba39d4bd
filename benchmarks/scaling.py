"""Time per layer as a model grows: kerashape's cost must be linear in the program's size.

    python benchmarks/scaling.py [--sizes 1000,2000,5000,10000,20000]

Writes a Sequential of N ``model.add(layers.Dense(8))`` lines for each N, analyses it in
this process (parse, evaluation, inference, rules: ``check_source``) and reports the CPU
time per layer (``time.process_time``, so other work on the machine hides less of it).
Prints a table, writes benchmarks/SCALING.md, and exits 1 when the time per layer at the
largest size is more than twice that at the smallest (a cost that grows faster than linear).
"""
import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from kerashape.api import check_source  # noqa: E402


def program(n_layers: int) -> str:
    lines = ["import keras", "from keras import layers", "model = keras.Sequential()",
             "model.add(layers.Dense(8, input_shape=(8,)))"]
    lines += ["model.add(layers.Dense(8))"] * (n_layers - 1)
    return "\n".join(lines) + "\n"


def cpu_seconds(source: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        report = check_source(source)
        times.append(time.process_time() - start)
        assert report.models and report.models[0].steps, "the model was not read"
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000,20000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for n in sizes:
        seconds = cpu_seconds(program(n), 3 if n <= 5000 else 1)
        rows.append((n, seconds, seconds / n * 1e6))
        print("%6d layers: %7.2f s, %6.1f us per layer" % rows[-1], flush=True)
    base = rows[0][2]
    ratio = rows[-1][2] / base
    verdict = "PASS" if ratio <= 2.0 else "FAIL"
    out = ["# Time per layer as a model grows", "",
           "Command: `python benchmarks/scaling.py --sizes %s`  " % args.sizes,
           "Machine: %d cores, %s, Python %s  " % (len(__import__("os").sched_getaffinity(0)),
                                                   platform.platform(), platform.python_version()),
           "Date: %s" % time.strftime("%Y-%m-%d"), "",
           "A Sequential of N `model.add(layers.Dense(8))` lines, analysed in one process "
           "(`check_source`: parse, evaluation, inference, rules); CPU time.", "",
           "| layers | CPU s | us per layer | per layer vs %d |" % sizes[0], "|---|---|---|---|"]
    out += ["| %d | %.2f | %.1f | %.2f |" % (n, s, per, per / base) for n, s, per in rows]
    out += ["", "Budget: time per layer at %d layers <= 2x that at %d: %.2f, %s" % (sizes[-1], sizes[0], ratio,
                                                                                  verdict), ""]
    (HERE / "SCALING.md").write_text("\n".join(out), encoding="utf-8")
    print(out[-2])
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
