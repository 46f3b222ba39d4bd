"""The pre-commit hook, run by real pre-commit (try-repo) on a throwaway git repository."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
