"""kerashape's performance budgets, measured side by side in one run.

    python benchmarks/run.py [--quick] [--seed N] [--memory-only]

Builds two corpora from a seed in a temporary directory: *mixed* (90% ordinary
Python taken from this interpreter's standard library, 10% Keras model code)
and *keras-only* (model files, some with 100+ layers). Measures flake8's
default checks with and without the plugin's codes, `kerashape check`, one
200-layer model in-process, and, where Keras is importable, a real Keras
build of the same model. Prints a table, writes benchmarks/BENCHMARKS.md and
exits 1 if a budget fails. Timings are medians of repeated runs. The peak memory of
`kerashape` over 100 to 10,000 files must stay flat (--memory-only measures just that).
"""
import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable

# Layer menus that keep a model valid at any depth: dense stacks, conv stacks, sequence stacks.
DENSE = ["layers.Dense({u}, activation='relu')", "layers.Dropout(0.{d})", "layers.BatchNormalization()",
         "layers.Dense({u})", "layers.Activation('relu')", "layers.LayerNormalization()"]
CONV = ["layers.Conv2D({u}, 3, padding='same', activation='relu')", "layers.BatchNormalization()",
        "layers.SeparableConv2D({u}, (3, 3), padding='same')", "layers.Dropout(0.{d})",
        "layers.DepthwiseConv2D(3, padding='same')", "layers.Activation('relu')"]
SEQUENCE = ["layers.LSTM({u}, return_sequences=True)", "layers.GRU({u}, return_sequences=True)",
            "layers.Conv1D({u}, 3, padding='causal')", "layers.Dropout(0.{d})",
            "layers.Bidirectional(layers.LSTM({u}, return_sequences=True))", "layers.LayerNormalization()"]
FAMILIES = {  # menu, input shape, head that ends the model
    "dense": (DENSE, "({n},)", []),
    "conv": (CONV, "(32, 32, 3)",
             ["layers.GlobalAveragePooling2D()", "layers.Dense(10, activation='softmax')"]),
    "sequence": (SEQUENCE, "({n}, 16)", ["layers.GlobalMaxPooling1D()", "layers.Dense(1)"]),
}


def model_source(rng, n_layers, style, family="dense"):
    menu, shape, head = FAMILIES[family]
    shape = shape.format(n=rng.choice([8, 32, 100]))
    body = [rng.choice(menu).format(u=rng.choice([16, 32, 64, 128]), d=rng.randint(1, 5))
            for _ in range(n_layers)] + head
    if style == "list":
        items = ",\n    ".join(["keras.Input(shape=%s)" % shape] + body)
        return "import keras\nfrom keras import layers\n\nmodel = keras.Sequential([\n    %s,\n])\n" % items
    if style == "add":
        lines = ["model.add(%s)" % b for b in body]
        return ("import tensorflow as tf\nfrom tensorflow.keras import layers\n\n"
                "model = tf.keras.Sequential()\nmodel.add(layers.Input(shape=%s))\n%s\n"
                % (shape, "\n".join(lines)))
    lines = ["x = %s(x)" % b for b in body]
    return ("import keras\nfrom keras import layers\n\n\ndef build(shape=%s):\n"
            "    inputs = keras.Input(shape=shape)\n    x = inputs\n    %s\n"
            "    return keras.Model(inputs, x)\n\n\nmodel = build()\n" % (shape, "\n    ".join(lines)))


def random_model(rng, n_layers):
    return model_source(rng, n_layers, rng.choice(["list", "add", "functional"]), rng.choice(list(FAMILIES)))


def build_corpora(root, seed, quick):
    rng = random.Random(seed)
    stdlib = sorted(p for p in Path(sysconfig.get_paths()["stdlib"]).glob("*.py") if p.stat().st_size < 60000)
    n_mixed, n_keras = (300, 100) if quick else (2000, 500)
    mixed, keras_only = root / "mixed", root / "keras_only"
    mixed.mkdir()
    keras_only.mkdir()
    for i in range(n_mixed):
        if i % 10 == 0:
            text = random_model(rng, rng.randint(3, 30))
        else:
            text = rng.choice(stdlib).read_text(encoding="utf-8", errors="replace")
        (mixed / ("m%04d.py" % i)).write_text(text)
    for i in range(n_keras):
        n = rng.choice([5, 20, 50, 120])
        (keras_only / ("k%04d.py" % i)).write_text(random_model(rng, n))
    return mixed, keras_only


FLAKE8_WITHOUT_PLUGIN = """
import importlib.metadata as metadata, sys
found = metadata.distributions
metadata.distributions = lambda *a, **k: [d for d in found(*a, **k) if d.metadata["Name"] != "kerashape"]
from flake8.main.cli import main
sys.exit(main(["-j1", "--isolated", sys.argv[1]]))
"""


def run_once(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def timed(argv, repeat):
    return statistics.median(run_once(argv) for _ in range(repeat))


def paired(base_argv, with_argv, repeat):
    """Median of ``base`` and of ``with - base`` over alternating runs: a slow moment of a
    shared machine then lands on both sides of a pair, not on one side of the difference."""
    bases, diffs = [], []
    for _ in range(repeat):
        base = run_once(base_argv)
        bases.append(base)
        diffs.append(run_once(with_argv) - base)
    return statistics.median(bases), max(statistics.median(diffs), 0.0)


PLUGIN_WORK = """
import ast, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
files = [p.read_text(errors="replace") for p in sorted(Path(sys.argv[1]).glob("*.py"))]
trees = [ast.parse(t) for t in files]
start = time.perf_counter()
from kerashape.flake8_plugin import KerashapeChecker
for text, tree in zip(files, trees):
    list(KerashapeChecker(tree, text.splitlines(True), "f.py").run())
print(time.perf_counter() - start)
"""


def plugin_work(folder):
    """Seconds of the plugin's own work on a corpus, in one process (import included)."""
    out = subprocess.run([PY, "-c", PLUGIN_WORK, str(folder)], capture_output=True, text=True,
                         check=True, env=dict(os.environ, PYTHONPATH=str(HERE.parent / "src")))
    return float(out.stdout.strip())


def peak_memory_mb(argv):
    """Peak resident memory of one process, from the kernel's own accounting."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024  # KiB on Linux


MEMORY_SIZES = (100, 1000, 10000)
MEMORY_COMMANDS = (("check", []), ("check --format sarif", ["--format", "sarif"]),
                   ("summary --format json", ["--format", "json"]))


def memory_curve(root, seed, sizes=MEMORY_SIZES):
    """Peak resident memory of one `kerashape` process per corpus size and command, on folders
    of small model files: a run keeps what it prints, not every file's report, so it is flat."""
    rng = random.Random(seed)
    texts = [model_source(rng, rng.randint(3, 12), rng.choice(["list", "add", "functional"]),
                          rng.choice(list(FAMILIES))) for _ in range(50)]
    curve = {}
    for size in sizes:
        folder = root / ("memory_%d" % size)
        folder.mkdir()
        for i in range(size):
            (folder / ("f%05d.py" % i)).write_text(texts[i % len(texts)])
        for name, extra in MEMORY_COMMANDS:
            command = name.split()[0]
            curve[name, size] = peak_memory_mb([PY, "-m", "kerashape", command, *extra, str(folder)])
        shutil.rmtree(folder)
    return curve


def memory_section(curve, sizes=MEMORY_SIZES):
    """The markdown table of a memory curve, and whether it is flat (largest <= 1.2x smallest)."""
    lines = ["| command | " + " | ".join("%s files (MB)" % format(n, ",") for n in sizes)
             + " | largest / smallest |", "|---" * (len(sizes) + 2) + "|"]
    flat = True
    for name, _ in MEMORY_COMMANDS:
        ratio = curve[name, sizes[-1]] / curve[name, sizes[0]]
        flat = flat and ratio <= 1.2
        lines.append("| `kerashape %s` | %s | %.2f |" % (
            name, " | ".join("%.0f" % curve[name, n] for n in sizes), ratio))
    return "\n".join(lines), flat


MEMORY_TITLE = "## Memory over many files"


def write_memory_section(curve):
    """Put the memory curve in BENCHMARKS.md as its own section, replacing the last one."""
    table, flat = memory_section(curve)
    path = HERE / "BENCHMARKS.md"
    head = path.read_text().split("\n" + MEMORY_TITLE)[0].rstrip("\n") if path.exists() else ""
    path.write_text(
        "%s\n\n%s\n\nCommand: `python benchmarks/run.py --memory-only` (also part of every full "
        "run), %s, Python %s. Peak resident memory (the kernel's ru_maxrss) of one `kerashape` process over folders "
        "of %s small model files (3 to 12 layers, 50 distinct files repeated); budget: the largest "
        "corpus's peak <= 1.2x the smallest's for every command: %s.\n\n%s\n"
        % (head, MEMORY_TITLE, time.strftime("%Y-%m-%d"),
           platform.python_version(), " / ".join(format(n, ",") for n in MEMORY_SIZES),
           "PASS" if flat else "FAIL", table))
    return flat


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def lines_in(folder):
    return sum(p.read_text(errors="replace").count("\n") for p in folder.glob("*.py"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--memory-only", action="store_true", help="only the memory curve's section")
    args = ap.parse_args()
    repeat = 3 if args.quick else 5
    root = Path(tempfile.mkdtemp(prefix="kerashape-bench-"))
    try:
        curve = memory_curve(root, args.seed)
        print(memory_section(curve)[0])
        if args.memory_only:
            return 0 if write_memory_section(curve) else 1
        mixed, keras_only = build_corpora(root, args.seed, args.quick)
        rows, budgets = [], []
        # flake8 -j1 with its default checks, with and without the plugin: "without" hides the
        # kerashape distribution from flake8's plugin discovery; the plugin's cost is the difference.
        for name, folder in (("mixed", mixed), ("keras-only", keras_only)):
            base, ours = paired([PY, "-c", FLAKE8_WITHOUT_PLUGIN, str(folder)],
                                [PY, "-m", "flake8", "-j1", "--isolated", str(folder)], repeat)
            n_files, n_lines = len(list(folder.glob("*.py"))), lines_in(folder)
            alone = timed([PY, "-m", "kerashape", "check", str(folder)], repeat)
            # The same cost without process noise: the plugin's own work on every file, given
            # the tree flake8 has parsed anyway, plus importing it once.
            rows.append((name, n_files, n_lines, base, max(ours, plugin_work(folder)), alone))
        (_, _, _, mbase, mours, _), (_, _, _, kbase, kours, _) = rows
        mixed_keras = [p for p in mixed.glob("*.py") if "keras" in p.read_text(errors="replace")]
        budgets.append(("mixed: plugin adds <= 5% to flake8", mours / mbase, mours / mbase <= 0.05))
        budgets.append(("keras-only: plugin <= 0.5x flake8", kours / kbase, kours / kbase <= 0.5))
        sys.path.insert(0, str(HERE.parent / "src"))
        from kerashape.api import check_source
        memory = peak_memory_mb([PY, "-m", "kerashape", "check", str(keras_only)])
        big = model_source(random.Random(args.seed), 200, "list")
        check_source(big)
        samples = []
        for _ in range(15):
            start = time.perf_counter()
            check_source(big)
            samples.append(time.perf_counter() - start)
        inproc = statistics.median(samples)
        budgets.append(("200-layer model in-process < 10 ms", inproc * 1000, inproc < 0.010))
        big_path = root / "big.py"
        big_path.write_text(big)
        whole = timed([PY, "-m", "kerashape", "summary", str(big_path)], repeat)
        env = dict(os.environ, KERAS_BACKEND="jax")
        keras_py = next((p for p in (os.environ.get("KERAS_PYTHON"), PY, "/work/kvenv/bin/python")
                         if p and subprocess.run([p, "-c", "import keras"], capture_output=True,
                                                 env=env).returncode == 0), None)
        if keras_py:
            start = time.perf_counter()
            subprocess.run([keras_py, str(big_path)], env=env, capture_output=True)
            real = time.perf_counter() - start
            budgets.append(("summary process >= 10x faster than Keras", real / whole, real / whole >= 10))
        report = ["| corpus | files | lines | flake8 default (s) | added by the plugin (s) | ratio "
                  "| kerashape check (s) | files/s | lines/s |", "|---|---|---|---|---|---|---|---|---|"]
        for name, n_files, n_lines, base, ours, alone in rows:
            report.append("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f |" % (
                name, n_files, n_lines, base, ours, ours / base, alone, n_files / alone, n_lines / alone))
        report += ["", "| budget | measured | result |", "|---|---|---|"]
        report += ["| %s | %.3f | %s |" % (b, v, "PASS" if ok else "FAIL") for b, v, ok in budgets]
        report.append("")
        report.append("Keras files in the mixed corpus: %d of %d; 200-layer summary as a whole process: "
                      "%.2f s; peak memory of `kerashape check` on the keras-only corpus: %.0f MB"
                      % (len(mixed_keras), len(list(mixed.glob('*.py'))), whole, memory))
        table = "\n".join(report)
        print(table)
        machine = "%s, %d cores, %s, Python %s" % (cpu_model(), os.cpu_count() or 0,
                                                   platform.platform(), platform.python_version())
        (HERE / "BENCHMARKS.md").write_text(
            "# kerashape benchmarks\n\nCommand: `python benchmarks/run.py%s --seed %d`  \nMachine: %s  \n"
            "Date: %s\n\nThe plugin's cost is flake8 -j1 with the plugin minus flake8 -j1 without it "
            "(kerashape hidden from flake8's plugin discovery), on the same files: the median "
            "difference over alternating runs (%d pairs), or, when larger, the plugin's own work "
            "measured in one process (its import, then its checker on every file's tree), which "
            "no process noise hides.\n\n%s\n"
            % (" --quick" if args.quick else "", args.seed, machine, time.strftime("%Y-%m-%d"), repeat,
               table))
        flat = write_memory_section(curve)
        return 0 if flat and all(ok for _, _, ok in budgets) else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
