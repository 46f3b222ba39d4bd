"""flake8 run for real, as a subprocess, on test_data files: codes and positions."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "test_data"


def flake8(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "flake8", "--isolated", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return [line.split(" ", 1)[0] for line in proc.stdout.splitlines()]


def test_ksh201_on_the_seed_mistake_with_position():
    out = flake8("--select=KSH", DATA / "example" / "mnist_mlp.py")
    # line 6: model.add(Dense(...)); the Dense call starts at column 11 (1-based)
    assert out == ["%s:6:11:" % (DATA / "example" / "mnist_mlp.py")]


def test_codes_and_lines_over_the_sequential_corpus():
    folder = DATA / "sequential"
    proc = subprocess.run([sys.executable, "-m", "flake8", "--isolated", "--select=KSH", str(folder)],
                          capture_output=True, text=True, cwd=ROOT)
    found = sorted((Path(line.split(":")[0]).name, int(line.split(":")[1]), line.split(" ")[1])
                   for line in proc.stdout.splitlines())
    assert found == [
        ("conv_then_dense_chain.py", 7, "KSH201"),
        ("input_shape_int.py", 6, "KSH105"),
        ("kernel_too_big.py", 7, "KSH102"),
        ("reshape_mismatch.py", 6, "KSH103"),
        ("unbuilt.py", 7, "KSH203"),
        ("wrong_rank.py", 7, "KSH101"),
    ]


def test_noqa(tmp_path):
    source = (DATA / "example" / "mnist_mlp.py").read_text().replace(
        "# KSH201: (None, 784, 4), 8 params", "# noqa: KSH201")
    path = tmp_path / "model.py"
    path.write_text(source)
    assert flake8("--select=KSH", path) == []


def test_ksi_is_off_by_default_and_on_with_enable_extensions():
    path = DATA / "sequential" / "mnist_cnn.py"
    assert flake8(path, "--select=KSH,KSI") == []
    proc = subprocess.run([sys.executable, "-m", "flake8", "--isolated", "--enable-extensions=KSI",
                           "--select=KSI", str(path)], capture_output=True, text=True)
    # 320 + 18496 + 128*(9216+1) + 10*(128+1) = 1,199,882 params, 4 bytes each.
    # MACs: 26*26*32*9 + 24*24*64*9*32 + 9216*128 + 128*10 = 11,992,448; FLOPs: twice that,
    # + 21632 + 36864 + 128 + 10 bias adds + 3 compares for each of 12*12*64 pooled values.
    assert proc.stdout.strip() == (
        "%s:16:9: KSI001 Sequential 'model': 1199882 params (1199882 trainable, 0 non-trainable), "
        "4.58 MB as float32; 11992448 MACs, 24071178 FLOPs per sample" % path)


def test_plain_python_file_is_silent_and_cheap(tmp_path):
    path = tmp_path / "plain.py"
    path.write_text("def f(x):\n    return x + 1\n")
    assert flake8("--select=KSH,KSI", "--enable-extensions=KSI", path) == []
