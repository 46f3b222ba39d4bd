"""Rules: one module per rule, each a :class:`Rule` with its docs and examples.

A rule reads a :class:`~kerashape.infer.ModelResult` (the semantic model) and
yields :class:`Diagnostic` s; it never walks the syntax tree itself. Every
rule's ``VALID`` and ``INVALID`` examples run as tests (tests/test_rules.py),
and each INVALID example names the line the code must be reported on.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from ..infer import ModelResult


@dataclass
class Diagnostic:
    code: str
    message: str
    node: Optional[ast.AST] = None  # resolved to line/column by the api
    line: int = 1
    column: int = 1  # 1-based, as the JSON contract and `path:line:col` give it


@dataclass
class Context:
    """What a rule may read besides the model: the configuration in force."""

    max_params: Optional[int] = None
    dtype_bytes: int = 4
    dtype: str = "float32"


class Rule:
    code: str = ""
    name: str = ""  # the pattern, kebab-case: "dense-on-unflattened-input"
    summary: str = ""
    default_enabled: bool = True
    VALID: List[str] = []
    INVALID: List[Tuple[str, int]] = []  # (source, line the code is reported on)

    def check(self, result: ModelResult, ctx: Context) -> Iterator[Diagnostic]:
        raise NotImplementedError


RULES: Dict[str, Rule] = {}


def register(cls):
    rule = cls()
    RULES[rule.code] = rule
    return cls


def check_model(result: ModelResult, ctx: Context,
                enabled: Callable[[Rule], bool] = lambda rule: True) -> List[Diagnostic]:
    """The findings of the rules ``enabled`` keeps (a rule reports its own code only, so one
    turned off is not run: KSI001's FLOPs cost a tenth of an analysis)."""
    if result.model.kind == "Subclassed":
        return []  # its call() is followed as far as it can be read: shown, never judged
    out: List[Diagnostic] = []
    for rule in RULES.values():
        if enabled(rule):
            out.extend(rule.check(result, ctx))
    return out


def check_module(tree: ast.Module) -> List[Diagnostic]:
    """Findings of the module's own statements, apart from any model: the Keras 2 modules,
    layers and backend functions its imports and names reach, which Keras 3 does not have."""
    from .keras3_imports import findings
    return list(findings(tree))


from . import (  # noqa: E402,F401  (registration happens on import)
    build_errors, dense_on_unflattened_input, ignored_input_shape, keras1_argument,
    keras3_removed, model_info, parameter_budget, refused_arguments, single_unit_softmax,
)
