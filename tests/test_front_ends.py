"""One behaviour in every front end: the same three files through `kerashape check` (every
format), `kerashape summary`, flake8, pre-commit and the language server give the same findings
(code, line, column, message) and the same exit status.

The fixtures: a mistake silenced by `# noqa` (and one `# noqa` naming another code, which must
not silence it), a file whose only finding is KSI001 information, and a file whose
configuration ignores a code and binds a constant. flake8 never reads pyproject.toml, so each
fixture carries the equivalent `[flake8]` options in setup.cfg, as a user would write them.
"""
import asyncio
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_lsp import _start

ROOT = Path(__file__).resolve().parents[1]

FIXTURES = {
    "noqa": {
        "model.py": (
            "from keras.models import Sequential\n"
            "from keras.layers import Dense, Flatten\n"
            "\n"
            "m = Sequential()\n"
            "m.add(Dense(4, input_shape=(784, 1)))  # noqa: KSH201\n"
            "m.add(Dense(10))\n"
            "m.add(Dense(1, activation=\"softmax\"))  # NOQA:KSH2\n"
            "o = Sequential([Dense(2, input_shape=(3, 4))])  # noqa\n"
            "n = Sequential([Flatten(input_shape=(8, 8)), Dense(1, activation=\"softmax\")])  # noqa: E501\n"
            # flake8 looks for noqa on every line of a token that spans several.
            "p = Sequential([Dense(1, activation=\"softmax\", input_shape=(3,), name=\"\"\"p\n"
            "\"\"\")])  # noqa:KSH101,KSH203\n"),
        "setup.cfg": "[flake8]\nselect = KSH\n",
    },
    "information": {
        "model.py": (
            "import keras\n"
            "m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])\n"),
        "pyproject.toml": "[tool.kerashape]\nselect = [\"KSH\", \"KSI\"]\n",
        "setup.cfg": "[flake8]\nselect = KSH,KSI\nenable-extensions = KSI\n",
    },
    "configured": {
        "model.py": (
            "import keras\n"
            "from keras import layers\n"
            "m = keras.Sequential([\n"
            "    keras.Input((28, 28)),\n"
            "    layers.Reshape((n, 28)),\n"
            "])\n"
            "h = keras.Sequential([keras.Input((4,)), layers.Dense(1, activation=\"softmax\")])\n"),
        "pyproject.toml": "[tool.kerashape]\nignore = [\"KSH203\"]\nconstants = { n = 10 }\n",
        "setup.cfg": "[flake8]\nselect = KSH\nextend-ignore = KSH203\nkerashape-constants = n=10\n",
    },
}

# (code, line, column 1-based, message), and the exit status of kerashape check and pre-commit.
EXPECTED = {
    # Line 9's `# noqa: E501` names another code: KSH203 stays. Dense(1) is at column 46.
    "noqa": ([("KSH203", 9, 46, "Dense(1) with softmax always outputs 1.0: use sigmoid for one "
                                "unit, or as many units as classes with softmax")], 1),
    # Dense(2) on 4 inputs: 4 * 2 + 2 = 10 parameters, 40 bytes as float32; 4 * 2 = 8
    # multiply-adds, 2 * 8 + 2 bias adds = 18 FLOPs.
    "information": ([("KSI001", 2, 5, "Sequential 'm': 10 params (10 trainable, 0 non-trainable), "
                                      "40 B as float32; 8 MACs, 18 FLOPs per sample")], 0),
    # n = 10: (10, 28) is 280 values, the input 28 * 28 = 784; KSH203 on line 7 is ignored.
    "configured": ([("KSH103", 5, 5, "Reshape to (10, 28) needs 280 values per sample but its "
                                     "input (None, 28, 28) has 784")], 1),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The three fixtures, each in its own folder of one git repository (for pre-commit)."""
    root = tmp_path_factory.mktemp("front_ends")
    for name, files in FIXTURES.items():
        (root / name).mkdir()
        for file, text in files.items():
            (root / name / file).write_text(text)
    return root


def _run(args, cwd, **kwargs):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, **kwargs)


def _check(folder, fmt):
    proc = _run([sys.executable, "-m", "kerashape", "check", "--format", fmt, "model.py"], folder)
    out = proc.stdout
    if fmt == "text":
        found = [_text_line(line) for line in out.splitlines()]
    elif fmt == "json":
        found = [(d["code"], d["line"], d["column"], d["message"]) for d in json.loads(out)]
    elif fmt == "sarif":
        found = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                  r["locations"][0]["physicalLocation"]["region"]["startColumn"], r["message"]["text"])
                 for r in json.loads(out)["runs"][0]["results"]]
    else:  # github: ::notice file=model.py,line=2,col=5,title=KSI001::message
        found = []
        for line in out.splitlines():
            head, _, message = line[2:].partition("::")
            fields = dict(item.split("=", 1) for item in head.split(" ", 1)[1].split(","))
            found.append((fields["title"], int(fields["line"]), int(fields["col"]), message))
    return found, proc.returncode


def _text_line(line):
    """`path:line:col: CODE message`, as kerashape check and flake8 print it."""
    path, line_no, column, rest = line.split(":", 3)
    code, message = rest.strip().split(" ", 1)
    assert path == "model.py"
    return code, int(line_no), int(column), message


@pytest.mark.parametrize("name", sorted(FIXTURES))
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_kerashape_check(project, name, fmt):
    assert _check(project / name, fmt) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_kerashape_summary(project, name):
    proc = _run([sys.executable, "-m", "kerashape", "summary", "--format", "json", "model.py"],
                project / name)
    assert proc.returncode == 0, proc.stderr
    [report] = json.loads(proc.stdout)["files"]
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in report["diagnostics"]]
    assert found == EXPECTED[name][0]


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_flake8(project, name):
    proc = _run([sys.executable, "-m", "flake8", "model.py"], project / name)
    assert [_text_line(line) for line in proc.stdout.splitlines()] == EXPECTED[name][0]
    # flake8 counts every code it prints in its exit status, KSI001 included: its own rule,
    # which a plugin cannot change (README says so).
    assert proc.returncode == (1 if EXPECTED[name][0] else 0), proc.stderr


@pytest.mark.slow  # installs kerashape into pre-commit's environment: the full session runs it
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit(project, tmp_path):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@t", PRE_COMMIT_HOME=str(tmp_path / "cache"))
    repo = tmp_path / "repo"
    shutil.copytree(project, repo)
    _run(["git", "init", "-q"], repo, env=env, check=True)
    _run(["git", "add", "."], repo, env=env, check=True)
    for name in sorted(FIXTURES):  # --verbose: the hook's output even when it passes
        proc = _run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "kerashape",
                     "--verbose", "--files", "%s/model.py" % name], repo, env=env)
        expected, status = EXPECTED[name]
        found = [_text_line(line.replace(name + "/", "", 1)) for line in proc.stdout.splitlines()
                 if line.startswith(name + "/model.py:")]
        assert (found, proc.returncode) == (expected, status), proc.stdout + proc.stderr


@pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                    reason="the lsp extra (pygls) is not installed")
def test_language_server(project):
    published = asyncio.run(_open_all(project))
    for name in sorted(FIXTURES):
        found = [(d.code, d.range.start.line + 1, d.range.start.character + 1, d.message)
                 for d in published[name]]
        assert sorted(found) == EXPECTED[name][0]


async def _open_all(project):
    """Open each fixture in one running `kerashape lsp` (started elsewhere, so only each
    document's path can lead it to its pyproject.toml) and collect what it publishes."""
    from lsprotocol import types

    client, queue = await _start(cwd=str(ROOT))
    uris = {(project / name / "model.py").as_uri(): name for name in FIXTURES}
    for uri, name in uris.items():
        client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=uri, language_id="python", version=1, text=FIXTURES[name]["model.py"])))
    published = {}
    while len(published) < len(uris):
        params = await asyncio.wait_for(queue.get(), 60)
        published[uris[params.uri]] = list(params.diagnostics)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return published


# -- Unknown is not None ----------------------------------------------------------------------
# `steps` is never bound, so `inputs[:, 1:]` has a length kerashape cannot know (Keras, with
# steps bound, says steps - 1): "?". The batch axis and the axis `keras.Input((None, 8))`
# declares are Keras's None (keras 3: LSTM(16, return_sequences=True) on (None, None, 8) is
# (None, None, 16)): "None". JSON keeps null for both and lists the unknown axes.
UNKNOWN_AXIS = (
    "import keras\n"
    "from keras import layers\n"
    "\n"
    "inputs = keras.Input((steps, 8))\n"
    "x = layers.LSTM(16, return_sequences=True)(inputs[:, 1:])\n"
    "model = keras.Model(inputs, x)\n"
    "free = keras.Sequential([keras.Input((None, 8)), layers.LSTM(16, return_sequences=True)])\n"
)


def test_unknown_prints_as_question_mark_and_none_stays_none(tmp_path):
    path = tmp_path / "model.py"
    path.write_text(UNKNOWN_AXIS)
    table = _run([sys.executable, "-m", "kerashape", "summary", "model.py"], tmp_path)
    rows = [line for line in table.stdout.splitlines() if "lstm" in line]
    assert [row.split("│")[2].strip() for row in rows] == ["(None, ?, 16)", "(None, None, 16)"]
    proc = _run([sys.executable, "-m", "kerashape", "summary", "--format", "json", "model.py"],
                tmp_path)
    models = {m["name"]: m for m in json.loads(proc.stdout)["files"][0]["models"]}
    lstm = models["model"]["layers"][-1]
    assert (lstm["output_shape"], lstm["unknown_axes"]) == ([None, None, 16], [1])
    assert models["model"]["layers"][0]["unknown_axes"] == []  # (None, "steps", 8)
    lstm = models["free"]["layers"][-1]
    assert (lstm["output_shape"], lstm["unknown_axes"]) == ([None, None, 16], [])


@pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                    reason="the lsp extra (pygls) is not installed")
def test_unknown_in_hover_and_inlay_hints(tmp_path):
    hover, hints = asyncio.run(_hover_and_hints(tmp_path))
    assert "input: `(None, ?, 8)`" in hover.contents.value
    assert "output: `(None, ?, 16)`" in hover.contents.value
    labels = [h.label.strip() for h in hints]
    assert "(None, ?, 16) · 1,600 params" in labels  # 4 × (16 × (8 + 16) + 16) = 1,600
    assert "(None, None, 16) · 1,600 params" in labels


async def _hover_and_hints(tmp_path):
    from lsprotocol import types

    client, queue = await _start()
    uri = (tmp_path / "model.py").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="python", version=1, text=UNKNOWN_AXIS)))
    await asyncio.wait_for(queue.get(), 60)
    doc = types.TextDocumentIdentifier(uri=uri)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc, position=types.Position(line=4, character=12)))
    hints = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=doc, range=types.Range(start=types.Position(line=0, character=0),
                                             end=types.Position(line=7, character=0))))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return hover, hints


@pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                    reason="the lsp extra (pygls) is not installed")
def test_language_server_reads_the_configuration_again_when_it_changes(tmp_path):
    """The CLI reads pyproject.toml on every run; the server, when the file has changed."""
    (tmp_path / "pyproject.toml").write_text("[tool.kerashape]\n")
    text = FIXTURES["configured"]["model.py"]
    first, second = asyncio.run(_edit_config_between(tmp_path, text))
    assert [d.code for d in first] == ["KSH203"]  # n unbound: no KSH103; KSH203 not ignored
    assert [(d.code, d.range.start.line + 1) for d in second] == [("KSH103", 5)]


async def _edit_config_between(folder, text):
    from lsprotocol import types

    client, queue = await _start(cwd=str(ROOT))
    uri = (folder / "model.py").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="python", version=1, text=text)))
    first = (await asyncio.wait_for(queue.get(), 60)).diagnostics
    (folder / "pyproject.toml").write_text(FIXTURES["configured"]["pyproject.toml"])
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    second = (await asyncio.wait_for(queue.get(), 60)).diagnostics
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return list(first), list(second)


@pytest.mark.skipif(importlib.util.find_spec("pygls") is None,
                    reason="the lsp extra (pygls) is not installed")
def test_language_server_names_a_bad_configuration(tmp_path):
    """The CLI's one line for a bad pyproject.toml is the editor's message; the server goes
    on with the defaults rather than go silent."""
    (tmp_path / "pyproject.toml").write_text("[tool.kerashape]\nmax_param = 10\n")
    messages, diagnostics = asyncio.run(_open_with_messages(tmp_path, FIXTURES["configured"]["model.py"]))
    assert [m.message for m in messages] == [
        "kerashape: %s: [tool.kerashape] has an unknown key 'max_param'; allowed: select, ignore, "
        "constants, image_data_format, dtype, max_params, exclude" % (tmp_path / "pyproject.toml")]
    assert [d.code for d in diagnostics] == ["KSH203"]


async def _open_with_messages(folder, text):
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("test-client", "1")
    queue, messages = asyncio.Queue(), []

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        queue.put_nowait(params)

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def on_message(params):
        messages.append(params)

    await client.start_io(sys.executable, "-m", "kerashape", "lsp", cwd=str(ROOT))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=(folder / "model.py").as_uri(), language_id="python", version=1, text=text)))
    diagnostics = (await asyncio.wait_for(queue.get(), 60)).diagnostics
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return messages, list(diagnostics)
