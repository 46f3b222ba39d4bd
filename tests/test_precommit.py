"""The pre-commit hook, run by real pre-commit (try-repo) on a throwaway git repository."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Each test installs kerashape into pre-commit's own environment (about 15-45 s): run in the
# full session (nox's "full"), not again on every Python of the fast sessions.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BAD = (ROOT / "test_data" / "example" / "mnist_mlp.py").read_text()
GOOD = "import keras\nm = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_fails_on_a_bad_model_and_passes_on_a_good_one(tmp_path):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", PRE_COMMIT_HOME=str(tmp_path / "cache"))
    repo = tmp_path / "user_repo"
    repo.mkdir()
    (repo / "bad.py").write_text(BAD)
    (repo / "good.py").write_text(GOOD)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def hook(*files):
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "kerashape",
                               "--files", *files], cwd=repo, capture_output=True, text=True, env=env,
                              timeout=600)

    bad = hook("bad.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.py:6:11: KSH201" in bad.stdout
    good = hook("good.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_reads_notebooks(tmp_path):
    from test_notebooks import write_notebook

    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"))
    repo = tmp_path / "user_repo"
    repo.mkdir()
    write_notebook(repo / "model.ipynb")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "kerashape",
                           "--files", "model.ipynb"], cwd=repo, capture_output=True, text=True,
                          env=env, timeout=600)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "model.ipynb:cell_4:2:11: KSH201 Dense gets (None, 784, 1)" in proc.stdout
    assert "model.ipynb:cell_6:4:20: KSH201 Dense gets (None, 8, 26, 26)" in proc.stdout


README = (ROOT / "README.md").read_text()
URL = "https://github.com/kerashape/kerashape"


def _readme_block(heading: str, language: str) -> str:
    after = README.split(heading, 1)[1]
    return after.split("```%s\n" % language, 1)[1].split("```", 1)[0]


def _readme_rev() -> str:
    """The tag README's snippets name, which this repository must have."""
    rev = re.search(r"^\s*rev: (\S+)$", _readme_block("### pre-commit", "yaml"), re.M).group(1)
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout of kerashape")
    tags = subprocess.run(["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True).stdout
    if not tags.strip():
        pytest.skip("this clone carries no tags (a clone of one branch), so README's rev cannot be checked")
    found = subprocess.run(["git", "rev-parse", "--verify", "--quiet", rev + "^{commit}"],
                           cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0, "README's rev %s is not a tag of this repository: " \
                                  "git tag %s <commit>" % (rev, rev)
    return rev


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_readme_pre_commit_snippet_runs_as_written(tmp_path):
    """README's .pre-commit-config.yaml, with this repository in place of its URL (no network
    here): a clean repository passes `pre-commit run --all-files`, a bad one fails on its
    notebook and its Python file."""
    from test_notebooks import write_notebook

    _readme_rev()
    config = _readme_block("### pre-commit", "yaml")
    assert URL in config
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", PRE_COMMIT_HOME=str(tmp_path / "cache"))
    repo = tmp_path / "user_repo"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").write_text(config.replace(URL, str(ROOT)))
    (repo / "good.py").write_text(GOOD)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)

    def run_all():
        subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo,
                              capture_output=True, text=True, env=env, timeout=600)

    clean = run_all()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "kerashape" in clean.stdout and "Passed" in clean.stdout
    (repo / "bad.py").write_text(BAD)
    write_notebook(repo / "model.ipynb")
    bad = run_all()
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.py:6:11: KSH201" in bad.stdout
    assert "model.ipynb:cell_4:2:11: KSH201" in bad.stdout


def test_readme_install_line_installs_the_tagged_release(tmp_path):
    """The CI snippet's pip requirement, from this repository in place of its URL."""
    line = re.search(r'pip install "(git\+\S+)"', README).group(1)
    rev = _readme_rev()
    assert line == "git+%s@%s" % (URL, rev)
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                           str(tmp_path / "site"), line.replace(URL, ROOT.as_uri())],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    init = (tmp_path / "site" / "kerashape" / "__init__.py").read_text()
    assert '__version__ = "%s"' % rev.lstrip("v") in init
