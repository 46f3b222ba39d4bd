"""Rendering: the summary table, the contract JSON, and diagnostics as text.

Records (infer.Step), totals (infer.ModelResult) and formatting stay apart,
as in torchinfo: nothing here computes a shape or a count.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List

from .api import FileReport
from .flops import costs, model_cost
from .infer import ModelResult, Step, model_reason
from .reasons import step_reason
from .shapes import Poly, known, shape_text, to_json, unknown_axes


# -- positions: the one place a notebook's module lines become cells --------------

def position_json(report: FileReport, line: int, column: int) -> Dict[str, Any]:
    """``line``/``column`` for the JSON; in a notebook, the line within its ``cell``."""
    if report.notebook is None:
        return {"line": line, "column": column}
    cell, cell_line = report.notebook.locate(line)
    return {"cell": cell, "line": cell_line, "column": column}


def position_text(report: FileReport, line: int, column: int) -> str:
    """``path:line:col``; in a notebook ``path:cell_N:line:col``, as nbQA writes it."""
    if report.notebook is None:
        return "%s:%d:%d" % (report.path, line, column)
    cell, cell_line = report.notebook.locate(line)
    return "%s:cell_%d:%d:%d" % (report.path, cell, cell_line, column)


def diagnostic_json(report: FileReport, d) -> Dict[str, Any]:
    return dict(code=d.code, **position_json(report, d.line, d.column), message=d.message)


# -- JSON (../shared/CONTRACT.md) ------------------------------------------------

def shape_json(shape: Any) -> Any:
    if isinstance(shape, tuple):
        return [to_json(d) for d in shape]
    if isinstance(shape, list):
        return [shape_json(s) for s in shape]
    return None


def step_json(report: FileReport, step: Step, cost=None) -> Dict[str, Any]:
    where = report.position(step.node)
    out = {
        "name": step.name,
        "class": step.class_name,
        # a layer built in another module of the project: its line there, not a cell's
        **({"line": where[0], "column": where[1]} if report.module_path(step.node) else
           position_json(report, *where)),
        "output_shape": shape_json(step.output),
        "unknown_axes": unknown_axes(step.output),  # which nulls are gaps, not Keras's None
        "params": to_json(step.params),
        "trainable_params": to_json(step.trainable),
        "non_trainable_params": to_json(step.non_trainable),
        "input_shape": shape_json(step.input),
    }
    if step.formula:
        out["formula"] = step.formula
    if step.error is not None:
        out["error"] = {"code": step.error.code, "message": step.error.message}
    if step.inbound:
        out["connected_to"] = step.inbound
    if report.module_path(step.node):
        out["path"] = report.module_path(step.node)
    reason = step_reason(step)
    if reason:
        out["unknown_reason"] = reason
    if cost is not None:
        out["macs"], out["flops"] = to_json(cost.macs), to_json(cost.flops)
    return out


def model_json(report: FileReport, result: ModelResult) -> Dict[str, Any]:
    model = result.model
    total_cost = model_cost(result)
    out = {
        # The variable a run of the file finds it under; one that lives only inside a function
        # or an object is known by its Keras name, as Keras (and the oracle) know it.
        "name": model.name if model.module_level else model.keras_name,
        "kind": model.kind,
        **position_json(report, *report.position(model.node)),
        "keras_name": model.keras_name,
        "built": result.built,
        "layers": [step_json(report, s, c) for s, c in zip(result.steps, costs(result))],
        "total_params": to_json(result.total) if result.built else None,
        "trainable_params": to_json(result.trainable) if result.built else None,
        "non_trainable_params": to_json(result.non_trainable) if result.built else None,
        "total_macs": to_json(total_cost.macs),  # one forward pass of one sample (README)
        "total_flops": to_json(total_cost.flops),
    }
    reason = model_reason(result)
    if reason:
        out["unknown_reason"] = reason
    return out


def report_json(report: FileReport) -> Dict[str, Any]:
    out = {
        "path": report.path,
        "models": [model_json(report, m) for m in report.models if m.model.kind != "Subclassed"],
        "diagnostics": [diagnostic_json(report, d) for d in report.diagnostics],
    }
    subclassed = [model_json(report, m) for m in report.models if m.model.kind == "Subclassed"]
    if subclassed:  # outside the contract's two kinds: an extra key of its own
        out["subclassed_models"] = subclassed
    if report.error:
        out["error"] = report.error
    return out


def reports_json(reports: List[FileReport]) -> str:
    return json.dumps({"files": [report_json(r) for r in reports]}, indent=1)


# -- the summary table ------------------------------------------------------------

def _count_text(value: Any) -> str:
    n = known(value)
    if n is not None:
        return f"{n:,}"
    if isinstance(value, Poly):
        return str(value)
    return "?"


def keras_bytes(size: float) -> str:
    """Keras's ``readable_memory_size``: ``864.00 B``, ``9.77 MB``."""
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size / 1024 < 1:
            return "%.2f %s" % (size, unit)
        size /= 1024
    return "%.2f PB" % size


def _size_text(value: Any, dtype_bytes: int) -> str:
    n = known(value)
    return "?" if n is None else keras_bytes(n * dtype_bytes)


def explain_text(step: Step) -> str:
    """``9 × 3 + 9 = 36: units × inputs + bias`` from a layer's "numbers: legend" formula."""
    numbers, _, legend = step.formula.partition(": ")
    return "%s = %s: %s" % (numbers, _count_text(step.params), legend) if legend else step.formula


def _wrap(items: List[str], width: int = 40) -> str:
    """``a[0][0], b[0][0]`` on lines of about ``width`` characters, as Keras wraps the cell."""
    lines: List[str] = []
    for item in items:
        if lines and len(lines[-1]) + 2 + len(item) <= width:
            lines[-1] += ", " + item
        else:
            if lines:
                lines[-1] += ","
            lines.append(item)
    return "\n".join(lines)


def summary_table(report: FileReport, result: ModelResult, explain: bool = False,
                  dtype_bytes: int = 4, flops: bool = False) -> str:
    """Keras 3's ``model.summary()`` layout, computed statically; a branched functional
    model gets Keras's "Connected to" column, one inbound tensor per line; ``flops`` adds
    a FLOPs column and the MACs and FLOPs totals (kerashape.flops)."""
    model = result.model
    step_costs = costs(result) if flops else []
    line, column = report.position(model.node)
    connected = model.kind == "Functional" and result.branched
    rows = []
    for step in result.steps:
        label = "%s (%s)" % (step.name or "?", step.class_name)
        if not result.built:
            cells = [label, "?", "0 (unbuilt)"]
        else:
            shape = shape_text(step.output) if step.error is None else "error: " + step.error.code
            cells = [label, shape, _count_text(step.params)]
        if flops:
            cells.append(_count_text(step_costs[len(rows)].flops) if result.built else "?")
        if connected:
            cells.append(_wrap(step.inbound) or "-")
        rows.append(cells)
    headers = ["Layer (type)", "Output Shape", "Param #"] + (["FLOPs"] if flops else []) + (
        ["Connected to"] if connected else [])
    minimum = [31, 22, 13] + ([13] if flops else []) + [21]
    widths = [max([minimum[i], len(h)] + [len(part) for r in rows for part in r[i].split("\n")])
              for i, h in enumerate(headers)]

    def rule(left, mid, right, fill):
        return left + mid.join(fill * (w + 2) for w in widths) + right

    def row(cells, edge="│"):
        lines = [c.split("\n") for c in cells]
        height = max(len(parts) for parts in lines)
        return "\n".join(edge + edge.join(
            " %s " % (part.rjust(w) if i == 2 or (flops and i == 3) else part.ljust(w))
            for i, (part, w) in enumerate(zip([p[k] if k < len(p) else "" for p in lines], widths))) + edge
            for k in range(height))

    title = 'Model: "%s"' % (model.keras_name or model.kind.lower())
    if model.name:
        where = position_json(report, line, column)
        cell = "cell %d, " % where["cell"] if "cell" in where else ""
        title += "  (%s, %sline %d)" % (model.name, cell, where["line"])
    out = [title, rule("┏", "┳", "┓", "━"), row(headers, "┃"), rule("┡", "╇", "┩", "━")]
    for i, (cells, step) in enumerate(zip(rows, result.steps)):
        out.append(row(cells))
        if explain and result.built and step.formula:
            out.append(row(["  " + explain_text(step)] + [""] * (len(headers) - 1)))
        if i < len(rows) - 1:
            out.append(rule("├", "┼", "┤", "─"))
    out.append(rule("└", "┴", "┘", "─"))
    said = set()  # a cause once, at the first layer it reaches: later ones inherit it
    for step in result.steps:
        reason = step_reason(step)
        if reason and reason not in said:
            said.add(reason)
            out.append(" Unknown in %s: %s" % (step.name or step.cls, reason))
    if result.built:
        for label, value in (("Total params", result.total), ("Trainable params", result.trainable),
                             ("Non-trainable params", result.non_trainable)):
            out.append(" %s: %s (%s)" % (label, _count_text(value), _size_text(value, dtype_bytes)))
        if flops:
            total_cost = model_cost(result)
            out.append(" Total MACs: %s" % _count_text(total_cost.macs))
            out.append(" Total FLOPs: %s" % _count_text(total_cost.flops))
    elif model.kind == "Subclassed":
        out.append(" Not traced: call() is followed only on a known input (model.build(shape) or"
                   " model(keras.Input(...))), so shapes and counts are unknown.")
    elif model_reason(result):
        out.append(" Unbuilt: %s, so shapes and counts are unknown." % model_reason(result))
    else:
        out.append(" Unbuilt: no input shape is given (input_shape=, an Input, or model.build()),"
                   " so shapes and counts are unknown, as Keras says.")
    return "\n".join(out)


def diagnostic_lines(report: FileReport) -> List[str]:
    return ["%s: %s %s" % (position_text(report, d.line, d.column), d.code, d.message)
            for d in report.diagnostics]
