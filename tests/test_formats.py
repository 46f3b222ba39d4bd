"""kerashape check --format json|sarif|github, as a user's CI runs them."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
EXAMPLE = "test_data/example/mnist_mlp.py"


def check(*args):
    return subprocess.run([sys.executable, "-m", "kerashape", "check", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_github_annotations():
    proc = check("--format", "github", EXAMPLE)
    assert proc.returncode == 1
    assert proc.stdout.startswith(
        "::warning file=%s,line=6,col=11,title=KSH201::Dense gets (None, 784, 1)" % EXAMPLE)


def test_github_errors_for_what_keras_refuses():
    proc = check("--format", "github", "test_data/sequential/wrong_rank.py")
    assert proc.stdout.startswith("::error file=test_data/sequential/wrong_rank.py,line=7,col=11,"
                                  "title=KSH101::Conv2D expects an input of rank 4")


def test_json():
    proc = check("--format", "json", EXAMPLE)
    assert proc.returncode == 1
    assert [(d["code"], d["line"], d["column"]) for d in json.loads(proc.stdout)] == [("KSH201", 6, 11)]


@pytest.mark.skipif(not SCHEMA.exists(), reason="the SARIF schema (../shared/schemas) is absent")
def test_sarif_is_valid_2_1_0_and_carries_rules_and_regions():
    import jsonschema

    proc = check("--format", "sarif", "test_data/sequential")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    run = doc["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"KSH101", "KSH201", "KSI001", "KSH900"} <= set(rules)
    assert "## What it does" in rules["KSH201"]["help"]["markdown"]
    found = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                   for r in run["results"])
    assert ("KSH101", 7, "test_data/sequential/wrong_rank.py") in found
    assert all(r["level"] == "error" for r in run["results"] if r["ruleId"].startswith("KSH1"))


def test_sarif_with_nothing_to_report_is_still_a_document():
    proc = check("--format", "sarif", "test_data/sequential/mnist_cnn.py")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["runs"][0]["results"] == []


def _sarif_from(folder, *paths):
    proc = subprocess.run([sys.executable, "-m", "kerashape", "check", "--format", "sarif", *paths],
                          capture_output=True, text=True, cwd=folder)
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.skipif(not SCHEMA.exists(), reason="the SARIF schema (../shared/schemas) is absent")
def test_sarif_from_a_nested_folder_is_relative_to_the_repository_and_fingerprinted(tmp_path):
    import jsonschema

    repo = tmp_path / "project"
    (repo / ".git").mkdir(parents=True)  # the repository root GitHub resolves paths against
    (repo / "ml" / "models").mkdir(parents=True)
    (repo / "ml" / "pyproject.toml").write_text("[tool.kerashape]\n")
    bad = (ROOT / EXAMPLE).read_text()
    (repo / "ml" / "models" / "mlp.py").write_text(bad)
    doc = _sarif_from(repo / "ml" / "models", ".", "../models/mlp.py")
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    run = doc["runs"][0]
    assert run["originalUriBaseIds"] == {"PROJECTROOT": {"uri": repo.as_uri() + "/"}}
    locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert [loc["artifactLocation"] for loc in locations] == [
        {"uri": "ml/models/mlp.py", "uriBaseId": "PROJECTROOT"}] * 2
    assert locations[0]["region"] == {"startLine": 6, "startColumn": 11}
    annotations = subprocess.run([sys.executable, "-m", "kerashape", "check", "--format", "github",
                                  "mlp.py"], capture_output=True, text=True, cwd=repo / "ml" / "models")
    assert annotations.stdout.startswith("::warning file=ml/models/mlp.py,line=6,col=11,title=KSH201::")
    rule = run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]
    assert rule["id"] == "KSH201"
    assert rule["fullDescription"]["text"].startswith("Finds a Dense layer (or another layer")
    assert rule["helpUri"].endswith("README.md#ksh201")
    first = run["results"][0]["partialFingerprints"]
    # Lines added above the finding move it to line 9; its fingerprint stays.
    (repo / "ml" / "models" / "mlp.py").write_text("# a\n# b\n\n" + bad)
    moved = _sarif_from(repo / "ml" / "models", "mlp.py")["runs"][0]["results"]
    assert moved[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 9
    assert moved[0]["partialFingerprints"] == first
    # The same mistake on a second identical line is a second alert, with its own fingerprint.
    twice = bad + bad.split("\n", 3)[3]
    (repo / "ml" / "models" / "mlp.py").write_text(twice)
    prints = [r["partialFingerprints"] for r in _sarif_from(repo, "ml")["runs"][0]["results"]
              if r["ruleId"] == "KSH201"]
    assert len(prints) == 2 and prints[0] == first and prints[1] != first


def test_sarif_without_a_repository_uses_the_project_root(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "mlp.py").write_text((ROOT / EXAMPLE).read_text())
    if any((folder / ".git").exists() for folder in tmp_path.parents):
        pytest.skip("the temporary folder is inside a git repository")
    run = _sarif_from(tmp_path / "src", "mlp.py")["runs"][0]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "src/mlp.py", "uriBaseId": "PROJECTROOT"}


def test_every_rule_help_uri_names_an_anchor_of_readme():
    doc = json.loads(check("--format", "sarif", EXAMPLE).stdout)
    readme = (ROOT / "README.md").read_text()
    for rule in doc["runs"][0]["tool"]["driver"]["rules"]:
        anchor = rule["helpUri"].rsplit("#", 1)[1]
        assert '<a id="%s"></a>%s' % (anchor, rule["id"]) in readme, rule["id"]
