"""keras/src/layers/merging: Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate, Dot.

Element-wise merges broadcast as base_merge.py's ``_compute_elemwise_op_output_shape``
does; Concatenate needs equal ranks and equal dims off its axis (concatenate.py
``build``). Only a certain mismatch is KSH104.
"""
from ..shapes import UNKNOWN, Unknown, compare, known, shape_text
from . import NotStatic, Out, ShapeError, layer


def _shapes(x):
    if not isinstance(x, list) or not x:
        raise NotStatic("a merge layer takes a list of inputs")
    if any(not isinstance(s, tuple) for s in x):
        raise NotStatic("an input shape is unknown")
    return x


def _broadcast(a, b, cls):
    if len(a) < len(b):
        a, b = b, a
    out = list(a[:len(a) - len(b)])
    for i, j in zip(a[len(a) - len(b):], b):
        if isinstance(i, Unknown) or isinstance(j, Unknown):
            out.append(i + j)  # unknown: Keras's None where both are None
        elif known(i) == 1:
            out.append(j)
        elif known(j) == 1:
            out.append(i)
        elif compare(i, j) is None:
            out.append(UNKNOWN if known(i) is None or known(j) is None else i)
        elif compare(i, j) != 0:
            raise ShapeError("KSH104", "%s gets inputs of incompatible shapes %s and %s"
                             % (cls, shape_text(a), shape_text(b)))
        else:
            out.append(i)
    return tuple(out)


def _elementwise(cls):
    def merge(x, *_, **__):
        shapes = _shapes(x)
        if cls == "Subtract" and len(shapes) != 2:
            raise ShapeError("KSH104", "Subtract takes exactly 2 inputs, got %d" % len(shapes))
        out = shapes[0]
        for shape in shapes[1:]:
            out = _broadcast(out, shape, cls)
        return Out(out)
    return merge


for _cls in ("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"):
    layer(_cls)(_elementwise(_cls))


@layer("Concatenate")
def concatenate(x, axis=-1, *_, **__):
    shapes = _shapes(x)
    if not isinstance(axis, int) or isinstance(axis, bool):
        raise NotStatic("axis has no static value")
    ranks = {len(s) for s in shapes}
    if len(ranks) != 1:
        raise ShapeError("KSH104", "Concatenate gets inputs of different ranks: %s"
                         % ", ".join(shape_text(s) for s in shapes))
    rank = ranks.pop()
    index = axis % rank
    out = list(shapes[0])
    for shape in shapes[1:]:
        for i, (a, b) in enumerate(zip(shapes[0], shape)):
            if i != index and i != 0 and compare(a, b) not in (None, 0) \
                    and known(a) != 1 and known(b) != 1:
                raise ShapeError("KSH104", "Concatenate(axis=%d) needs matching shapes off the axis, "
                                 "got %s and %s" % (axis, shape_text(shapes[0]), shape_text(shape)))
        out[index] = out[index] + shape[index]
    return Out(tuple(out))


@layer("Dot")
def dot(x, axes, normalize=False, *_, **__):
    # dot.py build() and compute_output_shape: both inputs lose their dotted axis, the
    # second its batch axis too; a rank-1 result gets a trailing 1.
    shapes = _shapes(x)
    if len(shapes) != 2:
        raise ShapeError("KSH104", "Dot takes exactly 2 inputs, got %d" % len(shapes))
    a, b = shapes
    if isinstance(axes, int) and not isinstance(axes, bool):
        pair = [axes % len(a), axes % len(b)] if axes < 0 else [axes, axes]
    elif isinstance(axes, (list, tuple)) and len(axes) == 2 and all(
            isinstance(i, int) and not isinstance(i, bool) for i in axes):
        pair = list(axes)
    else:
        raise NotStatic("axes has no static value Keras accepts")
    i, j = a[pair[0]], b[pair[1]]
    if compare(i, j) not in (None, 0):
        raise ShapeError("KSH104", "Dot(axes=%s) needs equal sizes on the dotted axes, got %s and %s "
                         "(inputs %s and %s)" % (axes, i, j, shape_text(a), shape_text(b)))
    first, second = list(a), list(b)
    first.pop(pair[0])
    second.pop(pair[1])
    second.pop(0)
    out = first + second
    if len(out) == 1:
        out.append(1)
    return Out(tuple(out))
