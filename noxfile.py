"""The test suite on the Pythons kerashape supports (3.9 and newer): what `.ci/run` runs.

    nox                 # every session below
    nox -s fast-3.9     # one of them; arguments after -- go to pytest

"full" is the whole suite, real Keras 3 as the oracle included, in the environment nox itself
runs in (README's `.venv`, with the test, lsp and oracle extras). "fast-3.9" and "fast-3.13",
the oldest and the newest supported, are everything but the oracle and the slow tests, each in
a fresh virtualenv with the test and lsp extras (Keras 3 itself needs Python 3.10+).
"""
import glob
import os
import shutil
import subprocess
import sys

import nox

nox.options.error_on_missing_interpreters = True  # a skipped Python is not a tested one
nox.options.download_python = "never"  # the machine's own interpreters; nothing downloaded
OLDEST_AND_NEWEST = ("3.9", "3.13")
ENV = {"KERAS_BACKEND": "jax"}


def interpreter(version: str) -> str:
    """``pythonX.Y`` on PATH when it runs (a pyenv shim for a version pyenv has not selected is
    on PATH but does not run), else pyenv's own install of that version, newest patch first."""
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    installed = glob.glob(os.path.join(root, "versions", version + ".*", "bin", "python" + version))
    installed.sort(key=lambda path: [int(part) for part in path.split(os.sep)[-3].split(".")
                                     if part.isdigit()], reverse=True)
    for candidate in [shutil.which("python" + version)] + installed:
        if candidate and subprocess.run([candidate, "-c", ""], capture_output=True).returncode == 0:
            return candidate
    return "python" + version  # not on this machine: nox says so and fails


@nox.session(python=False)
def full(session: nox.Session) -> None:
    """The whole suite with the oracle, on the Python running nox."""
    session.run(sys.executable, "-m", "pytest", "-q", *session.posargs, env=ENV)


def fast(session: nox.Session) -> None:
    """Everything but the oracle and the slow tests."""
    session.install("-e", ".[test,lsp]")
    session.run("python", "-m", "pytest", "-q", "-m", "not oracle and not slow", *session.posargs,
                env=ENV)


for _version in OLDEST_AND_NEWEST:
    nox.session(name="fast-" + _version, python=interpreter(_version))(fast)
