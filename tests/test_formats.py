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
