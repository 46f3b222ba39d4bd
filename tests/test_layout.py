"""The package's layout holds: dependencies run one way (front ends -> api -> Keras side ->
evaluator), the evaluator names no Keras class, and no module grows past a reader's size."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kerashape"

# What each part of the core may import (besides itself). Front ends and tools (cli, lsp,
# render, formats, ...) may import the core, but only api reaches the evaluator and the
# Keras side.
ALLOWED = {
    "shapes": set(),
    "names": set(),
    "legacy": {"names", "shapes"},
    "reasons": {"shapes"},
    "values": set(),
    "evaluator": {"shapes"},
    "layers": {"shapes", "values"},
    "infer": {"layers", "values", "shapes", "reasons"},
    "rules": {"infer", "layers", "values", "names", "shapes", "flops", "legacy"},
    "flops": {"infer", "layers", "values", "shapes"},
    "keras_api": {"evaluator", "layers", "infer", "values", "names", "shapes", "reasons", "legacy",
                  "applications"},
    "applications": set(),  # descriptions the evaluator reads; only their registry is imported
}
ONLY_API = {"evaluator", "keras_api"}


def _part(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(path: Path):
    """(line, part) for every kerashape module a file imports, at any depth of the file."""
    package = path.relative_to(PACKAGE).parent.parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[:len(package) - node.level + 1])
            names = (node.module.split(".") if node.module else [])
            target = base + names
            if target:
                yield node.lineno, target[0]
            else:  # `from . import x` at the top: x is the part
                for alias in node.names:
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kerashape."):
            yield node.lineno, node.module.split(".")[1]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("kerashape."):
                    yield node.lineno, alias.name.split(".")[1]


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PACKAGE)) for p in SOURCES])
def test_dependencies_run_one_way(path):
    part = _part(path)
    wrong = []
    for line, target in _imports(path):
        if target == part or target == "__version__":
            continue
        if part in ALLOWED and target not in ALLOWED[part]:
            wrong.append("line %d imports %s" % (line, target))
        elif target in ONLY_API and part not in ("api", "keras_api"):
            wrong.append("line %d imports %s (only api may)" % (line, target))
    assert not wrong, "%s (%s): %s" % (path.name, part, "; ".join(wrong))


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PACKAGE)) for p in SOURCES])
def test_modules_stay_readable(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 420


def test_the_evaluator_names_no_keras_class():
    words = ("Keras", "Layer", "Model", "Tensor", "Sequential", "Dense")
    for path in (PACKAGE / "evaluator").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        assert not [n for n in names if any(w in n for w in words)], path.name


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PACKAGE)) for p in SOURCES])
def test_only_the_application_descriptions_name_keras(path):
    """kerashape never imports Keras or TensorFlow. The application descriptions are Keras
    code, but kerashape only reads them (the oracle tests run them): nothing imports one."""
    descriptions = _part(path) == "applications" and path.name != "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            modules = [node.module or ""]
        else:
            continue
        for module in modules:
            top = module.split(".")[0]
            assert descriptions or top not in ("keras", "tensorflow", "tf_keras"), (path, module)
            assert not module.startswith("kerashape.applications."), (path, module)
