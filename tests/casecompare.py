"""Compare kerashape's contract JSON with a case's truth (NAME.expected.json).

The semantics of ../shared/tools/check_cases.py, kept here so the suite runs
without ../shared: layers in order with InputLayer dropped, totals, expected
codes (and no extra KSH codes), symbolic values compared by value at random
integer points. Expressions are evaluated by walking their ``ast``, never run.
"""
from __future__ import annotations

import ast
import operator
import random
from typing import Any, Dict, List

FIELDS = ("class", "output_shape", "params", "trainable_params", "non_trainable_params")
TOTALS = ("total_params", "trainable_params", "non_trainable_params")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Div: operator.truediv}


def _value(node: ast.AST, env: Dict[str, int]) -> Any:
    if isinstance(node, ast.Expression):
        return _value(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)):
        return env[ast.unparse(node)]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_value(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_value(node.left, env), _value(node.right, env))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        return _value(node.left, env) ** _value(node.right, env)
    raise ValueError("not arithmetic: %s" % ast.unparse(node))


def _atoms(node: ast.AST) -> set:
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)):
        return {ast.unparse(node)}
    return set().union(*[_atoms(c) for c in ast.iter_child_nodes(node)]) if list(
        ast.iter_child_nodes(node)) else set()


def same_scalar(truth: Any, got: Any) -> bool:
    if truth is None or got is None:
        return truth is None and got is None
    if isinstance(truth, int) and isinstance(got, int):
        return truth == got
    try:
        a, b = ast.parse(str(truth), mode="eval"), ast.parse(str(got), mode="eval")
    except SyntaxError:
        return False
    names = sorted(_atoms(a) | _atoms(b))
    rnd = random.Random(1234)
    for _ in range(8):
        env = {n: rnd.randint(7, 500) for n in names}
        try:
            if abs(_value(a, env) - _value(b, env)) > 1e-6:
                return False
        except (KeyError, ValueError, ZeroDivisionError):
            return False
    return True


def same_value(truth: Any, got: Any) -> bool:
    if isinstance(truth, list):
        return isinstance(got, list) and len(truth) == len(got) and all(
            same_value(t, g) for t, g in zip(truth, got))
    return not isinstance(got, list) and same_scalar(truth, got)


def paired(expected_models: List[Dict[str, Any]], got_models: List[Dict[str, Any]]) -> list:
    """Each model of the truth with kerashape's of that name (None if it has none): the k-th of
    a name with the k-th, as models left unbound share Keras's names (an application's inner
    Sequentials, one set per call), else with the last."""
    by_name: Dict[Any, List[Dict[str, Any]]] = {}
    for m in got_models:
        by_name.setdefault(m["name"], []).append(m)
    seen: Dict[Any, int] = {}
    pairs = []
    for em in expected_models:
        k = seen[em["name"]] = seen.get(em["name"], -1) + 1
        mine = by_name.get(em["name"], [])
        pairs.append((em, mine[min(k, len(mine) - 1)] if mine else None))
    return pairs


def problems(expected: Dict[str, Any], got_file: Dict[str, Any]) -> List[str]:
    """What differs between the truth and kerashape's JSON for one file ([] when exact)."""
    out: List[str] = []
    for em, gm in paired(expected["models"], got_file["models"]):
        if gm is None:
            names = sorted({str(m["name"]) for m in got_file["models"]})
            out.append("model %s not found (have %s)" % (em["name"], names))
            continue
        tl = [layer for layer in em["layers"] if layer["class"] != "InputLayer"]
        gl = [layer for layer in gm["layers"] if layer["class"] != "InputLayer"]
        truncated = em.get("truncated_at_error", False)
        if (len(gl) != len(tl)) if not truncated else len(gl) < len(tl):
            out.append("model %s: %d layers, expected %d" % (em["name"], len(gl), len(tl)))
        fields = FIELDS if em.get("built", True) else ("class",)
        for i, (t, g) in enumerate(zip(tl, gl)):
            if truncated and expected.get("keras_error") and i == len(tl) - 1:
                fields_here = ("class",)  # the layer Keras failed on has no truth
            else:
                fields_here = fields
            for f in fields_here:
                if f != "class" and t.get(f) is None:
                    continue
                ok = t[f] == g[f] if f == "class" else same_value(t[f], g[f])
                if not ok:
                    out.append("model %s layer %d %s: %s %r != %r"
                               % (em["name"], i, t["class"], f, g[f], t[f]))
        if em.get("built", True) and not truncated:
            for f in TOTALS:
                if em.get(f) is not None and not same_value(em[f], gm[f]):
                    out.append("model %s %s %r != %r" % (em["name"], f, gm[f], em[f]))
    want = sorted((c["code"], c["line"]) for c in expected.get("expect_codes", []))
    have = sorted((d["code"], d["line"]) for d in got_file["diagnostics"] if d["code"].startswith("KSH"))
    if want != have:
        out.append("codes %s, expected %s" % (have, want))
    return out
