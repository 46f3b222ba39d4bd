"""Quick fixes as source edits, made with libcst so everything around them survives.

Analysis reads Python's ``ast``: fast, but it forgets comments, spacing and
quotes. An edit must give back the user's code byte for byte except the part
it fixes, which is what a concrete syntax tree is for. Fixes run only when an
editor asks for one, so libcst's parse is paid then and only then.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider

from . import legacy
from .names import ALIASES

Span = Tuple[int, int, int, int]  # line, column, end line, end column: lines 1-based, columns 0-based
Edit = Tuple[Span, str]  # replace the span with the text

# What makes a layer its model's first: Keras builds the model's Input from it.
INPUT_ARGUMENTS = ("input_shape", "batch_input_shape", "batch_size")


def _parse(text: str) -> Optional[MetadataWrapper]:
    try:
        return MetadataWrapper(cst.parse_module(text), unsafe_skip_copy=True)
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return None


def _call_at(ranges, line: int, column: int):
    """The layer call at (line, column), 1-based, and its range; `Dense(10)(x)` starts where
    `Dense(10)` does: the layer is the innermost call."""
    calls = [(node, r) for node, r in ranges.items() if isinstance(node, cst.Call)
             and (r.start.line, r.start.column + 1) == (line, column)]
    if not calls:
        return None, None
    return min(calls, key=lambda item: (item[1].end.line, item[1].end.column))


def _span(r) -> Span:
    return r.start.line, r.start.column, r.end.line, r.end.column


def modernise(text: str, line: int, column: int, positional_kernel: bool = True) -> Optional[Edit]:
    """The Keras 2+ spelling of the Keras 1 layer (or Model) call at (line, column), 1-based:
    the call's span and its new text, or None when nothing there needs changing.
    ``positional_kernel=False`` leaves ``Convolution2D(32, 3, 3)`` as it is: Keras 3 reads it
    with strides 3, and writing the kernel Keras 1 meant changes what Keras 3 builds."""
    wrapper = _parse(text)
    if wrapper is None:
        return None
    node, r = _call_at(wrapper.resolve(PositionProvider), line, column)
    if node is None:
        return None
    new = _modern_call(node, positional_kernel)
    if new.deep_equals(node):
        return None
    return _span(r), wrapper.module.code_for_node(new)


def insert_flatten(text: str, line: int, column: int) -> List[Edit]:
    """Edits that put a ``Flatten`` before the layer call at (line, column), 1-based, in the
    form the code builds its model in: a list element before it in ``Sequential([...])``, a
    ``model.add(Flatten())`` statement before its ``.add``, ``x = Flatten()(x)`` before
    ``x = Dense(...)(x)`` (or ``Dense(...)(Flatten()(...))`` when the input is no such
    variable). Flatten is spelled with the layer's own prefix (``layers.``), imported beside
    it when the file imports the layer's name alone, and takes over ``input_shape`` when the
    layer was the model's first (Keras ignores it on any later layer). [] when no such
    edit is certain."""
    wrapper = _parse(text)
    if wrapper is None:
        return []
    ranges = wrapper.resolve(PositionProvider)
    parents = wrapper.resolve(ParentNodeProvider)
    node, r = _call_at(ranges, line, column)
    if node is None:
        return []
    module = wrapper.module
    flatten_name, import_edit = _flatten_spelling(module, node.func, ranges)
    if flatten_name is None:
        return []
    parent = parents[node]
    lines = text.splitlines(keepends=True)
    if isinstance(parent, cst.Element) and isinstance(parents[parent], (cst.List, cst.Tuple)):
        flatten, layer = _take_input_arguments(node, flatten_name, module)
        before = lines[r.start.line - 1][:r.start.column]
        between = ",\n" + before if not before.strip() else ", "
        edits = [(_span(r), flatten + between + layer)]
    elif isinstance(parent, cst.Arg) and _is_add(parents[parent]) and \
            _own_statement(parents, ranges, parents[parent], lines):
        flatten, layer = _take_input_arguments(node, flatten_name, module)
        add = parents[parent]
        statement = "%s.add(%s)" % (module.code_for_node(add.func.value), flatten)
        edits = [_statement_before(add, statement, ranges, lines)]
        if layer != module.code_for_node(node):
            edits.append((_span(r), layer))
    elif isinstance(parent, cst.Call) and parent.func is node and parent.args:
        source = parent.args[0].value
        if isinstance(source, cst.Name) and _assigned_name(parents, parent) == source.value and \
                _own_statement(parents, ranges, parent, lines):
            statement = "%s = %s()(%s)" % (source.value, flatten_name, source.value)
            edits = [_statement_before(parent, statement, ranges, lines)]
        else:
            edits = [(_span(ranges[source]), "%s()(%s)" % (flatten_name, module.code_for_node(source)))]
    else:
        return []
    if import_edit is not None:
        edits.append(import_edit)
    return sorted(edits)


def _take_input_arguments(call: cst.Call, flatten_name: str, module: cst.Module) -> Tuple[str, str]:
    """``Flatten(input_shape=...)`` and the layer's call without it: in a Sequential model the
    first layer's input arguments make the model's Input, and Keras ignores them on any
    later layer."""
    moved = [a for a in call.args if a.keyword is not None and a.keyword.value in INPUT_ARGUMENTS]
    flatten = "%s(%s)" % (flatten_name, ", ".join(
        module.code_for_node(a.with_changes(comma=cst.MaybeSentinel.DEFAULT)) for a in moved))
    kept = _with_args(call, [a for a in call.args if not any(a is m for m in moved)])
    return flatten, module.code_for_node(kept)


def _flatten_spelling(module: cst.Module, func: cst.BaseExpression, ranges):
    """``layers.Flatten`` for ``layers.Dense``; ``Flatten`` for ``Dense`` with the edit that
    imports it beside Dense when the file does not import it yet. (None, None) when the
    layer's name comes from anywhere but a ``from ... import``."""
    if isinstance(func, cst.Attribute):
        return module.code_for_node(func.value) + ".Flatten", None
    if not isinstance(func, cst.Name):
        return None, None
    holder = None
    for statement in module.body:
        for small in getattr(statement, "body", ()):
            if not isinstance(small, cst.ImportFrom) or isinstance(small.names, cst.ImportStar):
                continue
            bound = {(a.asname.name.value if a.asname else a.name.value): a for a in small.names}
            if "Flatten" in bound and isinstance(bound["Flatten"].name, cst.Name) and \
                    bound["Flatten"].name.value == "Flatten":
                return "Flatten", None
            if func.value in bound:
                holder = small
    if holder is None:
        return None, None
    names = list(holder.names)
    names[-1] = names[-1].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    names.append(cst.ImportAlias(name=cst.Name("Flatten")))
    new = holder.with_changes(names=names)
    return "Flatten", (_span(ranges[holder]), module.code_for_node(new))


def _is_add(call) -> bool:
    return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and \
        call.func.attr.value == "add" and len(call.args) == 1


def _assigned_name(parents, call) -> Optional[str]:
    """``x`` for ``x = call``, else None."""
    parent = parents.get(call)
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1 and \
            isinstance(parent.targets[0].target, cst.Name):
        return parent.targets[0].target.value
    return None


def _own_statement(parents, ranges, node, lines) -> bool:
    """True when ``node`` is a whole statement (or the value of one) that stands alone on
    its line, so a new statement can go on the line before it."""
    statement = parents.get(node)
    if isinstance(statement, (cst.Assign, cst.Expr)):
        line = parents.get(statement)
        if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1:
            start = ranges[line].start
            return not lines[start.line - 1][:start.column].strip()
    return False


def _statement_before(node, statement: str, ranges, lines) -> Edit:
    """Insert ``statement`` on its own line before the statement line holding ``node``,
    with that line's indentation."""
    at = ranges[node].start.line
    text = lines[at - 1]
    indent = text[: len(text) - len(text.lstrip())]
    return (at, 0, at, 0), "%s%s\n" % (indent, statement)


def _with_args(call: cst.Call, args) -> cst.Call:
    """``call`` with these arguments, every one but the last keeping (or getting) a comma and
    the last keeping the trailing comma only when the original had one."""
    fixed = []
    for index, arg in enumerate(args):
        last = index == len(args) - 1
        if not last and arg.comma is cst.MaybeSentinel.DEFAULT:
            arg = arg.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        elif last and arg.comma is not cst.MaybeSentinel.DEFAULT and call.args and \
                call.args[-1].comma is cst.MaybeSentinel.DEFAULT:
            arg = arg.with_changes(comma=cst.MaybeSentinel.DEFAULT)
        fixed.append(arg)
    return call.with_changes(args=fixed)


def _modern_call(call: cst.Call, positional_kernel: bool = True) -> cst.Call:
    func = call.func
    written = func.value if isinstance(func, cst.Name) else func.attr.value \
        if isinstance(func, cst.Attribute) else ""
    cls = ALIASES.get(written, written)
    args, kernel = [], []
    for arg in call.args:
        key = arg.keyword.value if arg.keyword is not None else None
        if key == "dim_ordering":
            value = arg.value
            if isinstance(value, cst.SimpleString) and value.evaluated_value in legacy.DIM_ORDERING:
                value = cst.SimpleString(repr(legacy.DIM_ORDERING[value.evaluated_value]))
            arg = arg.with_changes(keyword=cst.Name("data_format"), value=value)
        elif key in legacy.MODEL_RENAMED and cls in ("Model", "Functional"):
            arg = arg.with_changes(keyword=cst.Name(legacy.MODEL_RENAMED[key]))
        elif key is not None and legacy.new_keyword(cls, key) is not None:
            arg = arg.with_changes(keyword=cst.Name(legacy.new_keyword(cls, key)))
        elif key in ("nb_row", "nb_col", "kernel_dim1", "kernel_dim2", "kernel_dim3"):
            kernel.append(arg.value)
            continue
        args.append(arg)
    rank = legacy.KERAS1_CONV_NAMES.get(written)
    positional = [a for a in args if a.keyword is None and a.star == ""]
    if rank is not None and positional_kernel and not kernel and len(positional) >= 1 + rank and all(
            isinstance(a.value, cst.Integer) for a in positional[1:1 + rank]):
        kernel = [a.value for a in positional[1:1 + rank]]
        drop = {id(a) for a in positional[1:1 + rank]}
        first = args.index(positional[0])
        args = [a for a in args if id(a) not in drop]
        args.insert(first + 1, cst.Arg(_tuple(kernel)))
    elif kernel and rank is not None and len(kernel) == rank:
        args.append(cst.Arg(_tuple(kernel), keyword=cst.Name("kernel_size"),
                            equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))))
    return _with_args(call, args)


def _tuple(items) -> cst.Tuple:
    elements = [cst.Element(v, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
                for v in items[:-1]] + [cst.Element(items[-1])]
    return cst.Tuple(elements)


def move_import(text: str, line: int) -> Optional[Edit]:
    """``from keras.layers.core import Dense`` -> ``from keras.layers import Dense``: the
    Keras 2 module of the ``from`` import on ``line`` replaced by the Keras 3 module that has
    its names (legacy.MOVED_MODULES); None when that line imports no such module."""
    wrapper = _parse(text)
    if wrapper is None:
        return None
    for node, r in wrapper.resolve(PositionProvider).items():
        if isinstance(node, cst.ImportFrom) and r.start.line == line and node.module is not None \
                and not node.relative:
            dotted = wrapper.module.code_for_node(node.module)
            for root in ("keras", "tensorflow.keras"):
                moved = legacy.MOVED_MODULES.get(dotted[len(root) + 1:]) if dotted.startswith(root + ".") else None
                if moved is not None:
                    new = node.with_changes(module=cst.parse_expression("%s.%s" % (root, moved)))
                    return _span(r), wrapper.module.code_for_node(new)
    return None


def rename_attribute(text: str, line: int, column: int) -> Optional[Edit]:
    """``seq.input`` -> ``seq.inputs[0]``, ``layer.output_shape`` -> ``layer.output.shape``: the
    attribute Keras 3 removed, at (line, column), 1-based, in the spelling it has; None when no
    such attribute starts there."""
    wrapper = _parse(text)
    if wrapper is None:
        return None
    ranges = wrapper.resolve(PositionProvider)
    new_names = dict(legacy.SEQUENTIAL_ENDS, **legacy.LAYER_SHAPES)
    for node, r in ranges.items():
        if isinstance(node, cst.Attribute) and (r.start.line, r.start.column + 1) == (line, column) \
                and node.attr.value in new_names:
            return _span(ranges[node.attr]), new_names[node.attr.value]
    return None


def modern_training_call(text: str, line: int, column: int) -> Optional[Edit]:
    """``model.fit_generator(gen, nb_epoch=3)`` -> ``model.fit(gen, epochs=3)`` and
    ``SGD(lr=0.01)`` -> ``SGD(learning_rate=0.01)``, for the call at (line, column), 1-based.
    A ``*_generator`` method is renamed only when every argument after the data is a keyword:
    its second positional argument is steps, fit's is y."""
    wrapper = _parse(text)
    if wrapper is None:
        return None
    node, r = _call_at(wrapper.resolve(PositionProvider), line, column)
    if node is None:
        return None
    func = node.func
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    renames = {"lr": "learning_rate"} if name in legacy.OPTIMIZERS else \
        {k: v for k, v in legacy.METHOD_KEYWORDS.items() if v} if name in legacy.TRAINING_METHODS else {}
    args = [a.with_changes(keyword=cst.Name(renames[a.keyword.value]))
            if a.keyword is not None and a.keyword.value in renames else a for a in node.args]
    new = node.with_changes(args=args)
    if name in legacy.RENAMED_METHODS and isinstance(func, cst.Attribute) and \
            sum(1 for a in node.args if a.keyword is None and a.star == "") <= 1:
        new = new.with_changes(func=func.with_changes(attr=cst.Name(legacy.RENAMED_METHODS[name])))
    if new.deep_equals(node):
        return None
    return _span(r), wrapper.module.code_for_node(new)


def fix_source(text: str, path: str = "<string>", config=None) -> Tuple[str, int]:
    """``text`` with every mechanical KSH301 fix made, and how many findings they fixed: Keras 1
    keywords renamed, Keras 2 module paths moved, removed model attributes and training calls
    respelled. Fixes that would change what Keras 3 builds
    are left to the user (the positional kernel of Convolution2D(32, 3, 3)). Edits that
    overlap (a Keras 1 layer inside a Keras 1 call) are made over several passes, each on
    the text the last one left, as the analysis is run again."""
    from .api import check_source

    fixed = 0
    for _ in range(10):  # each pass fixes at least one finding, and nesting is shallow
        report = check_source(text, path, config)
        if report.error:
            break
        edits = []
        for d in report.diagnostics:
            if d.code != "KSH301":
                continue
            edit = move_import(text, d.line) or rename_attribute(text, d.line, d.column) or \
                modern_training_call(text, d.line, d.column) or \
                modernise(text, d.line, d.column, positional_kernel=False)
            if edit is not None and not any(_overlap(edit[0], e[0]) for e in edits):
                edits.append(edit)
        if not edits:
            break
        text = apply_edits(text, edits)
        fixed += len(edits)
    return text, fixed


def _overlap(a: Span, b: Span) -> bool:
    return (a[0], a[1]) < (b[2], b[3]) and (b[0], b[1]) < (a[2], a[3])


def apply_edits(text: str, edits: List[Edit]) -> str:
    """``text`` with non-overlapping edits made, the last first so earlier spans stay right."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for piece in lines:
        starts.append(starts[-1] + len(piece))
    for (line, column, end_line, end_column), new in sorted(edits, reverse=True):
        start, end = starts[line - 1] + column, starts[end_line - 1] + end_column
        text = text[:start] + new + text[end:]
    return text
