"""keras/src/layers/reshaping: Flatten, Reshape, Permute, RepeatVector, and the
padding, cropping and up-sampling layers of every rank."""
from ..shapes import UNKNOWN, Unknown, compare, known, product, shape_text
from . import NotStatic, Out, ShapeError, dim, dims_tuple, layer, need


@layer("Flatten", min_ndim=1)
def flatten(x, data_format=None, *_, **__):
    rest = x[1:]
    return Out((x[0], product(rest) if rest else 1))


@layer("Reshape")
def reshape(x, target_shape, *_, **__):
    if not isinstance(target_shape, (tuple, list)):
        if known(target_shape) is not None:
            raise ShapeError("KSH105", "Reshape target_shape=%s is a number, not a tuple: write (%s,)"
                             % (target_shape, target_shape))
        raise NotStatic("target_shape has no static value")
    target = tuple(dim(d) for d in target_shape)
    size = product(x[1:])
    free = [i for i, d in enumerate(target) if known(d) == -1]
    if len(free) > 1:
        raise NotStatic("more than one -1 in target_shape")
    fixed = product(d for d in target if known(d) != -1)
    if not free:
        if compare(size, fixed) not in (None, 0):
            raise ShapeError("KSH103", "Reshape to %s needs %s values per sample but its input %s has %s"
                             % (_text(target), fixed, _text(x), size))
        return Out((x[0],) + target)
    known_size, known_fixed = known(size), known(fixed)
    if known_size is not None and known_fixed is not None:
        if known_fixed == 0 or known_size % known_fixed:
            raise ShapeError("KSH103", "Reshape to %s: the input %s has %d values per sample, "
                             "not a multiple of %d" % (_text(target), _text(x), known_size, known_fixed))
    out = list(target)
    unknown = isinstance(size, Unknown) or isinstance(fixed, Unknown)
    out[free[0]] = UNKNOWN if unknown else size // fixed
    return Out((x[0],) + tuple(out))


def _text(shape):
    return shape_text(shape)


@layer("Permute")
def permute(x, dims, *_, **__):
    if not isinstance(dims, (tuple, list)) or not all(known(d) is not None for d in dims):
        raise NotStatic("dims has no static value")
    need(len(x) == len(dims) + 1, "KSH101", "Permute(%s) expects an input of rank %d, got rank %d"
         % (tuple(dims), len(dims) + 1, len(x)))
    return Out((x[0],) + tuple(x[d] for d in dims))


@layer("RepeatVector", ndim=2)
def repeat_vector(x, n, *_, **__):
    return Out((x[0], dim(n), x[1]))


def _spatial(x, data_format, rank):
    """Indices of the spatial axes for a rank-N layer."""
    return list(range(1, rank + 1)) if data_format == "channels_last" else list(range(2, rank + 2))


def _pairs(value, rank, name):
    """Padding/cropping as ((left, right), ...) per spatial axis, as Keras standardises it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [(value, value)] * rank
    if isinstance(value, (tuple, list)) and len(value) == rank:
        out = []
        for item in value:
            if isinstance(item, int) and not isinstance(item, bool):
                out.append((item, item))
            elif isinstance(item, (tuple, list)) and len(item) == 2:
                out.append((dim(item[0]), dim(item[1])))
            else:
                raise NotStatic(name)
        return out
    if rank == 1 and isinstance(value, (tuple, list)) and len(value) == 2:
        return [(dim(value[0]), dim(value[1]))]
    raise NotStatic(name)


def _pad(x, padding, data_format, rank):
    out = list(x)
    for axis, (left, right) in zip(_spatial(x, data_format, rank), _pairs(padding, rank, "padding")):
        out[axis] = x[axis] + left + right
    return Out(tuple(out))


def _crop(x, cropping, data_format, rank, cls):
    out = list(x)
    for axis, (left, right) in zip(_spatial(x, data_format, rank), _pairs(cropping, rank, "cropping")):
        out[axis] = x[axis] - left - right
        if compare(out[axis], 0) is not None and compare(out[axis], 0) <= 0:
            raise ShapeError("KSH102", "%s crops %s from an axis of size %s: nothing is left"
                             % (cls, left + right, x[axis]))
    return Out(tuple(out))


def _upsample(x, size, data_format, rank):
    out = list(x)
    for axis, factor in zip(_spatial(x, data_format, rank), dims_tuple(size, rank)):
        out[axis] = x[axis] * factor
    return Out(tuple(out))


@layer("ZeroPadding1D", ndim=3)
def zero_padding1d(x, padding=1, data_format=None, *_, **__):
    return _pad(x, padding, data_format, 1)


@layer("ZeroPadding2D", ndim=4)
def zero_padding2d(x, padding=(1, 1), data_format=None, *_, **__):
    return _pad(x, padding, data_format, 2)


@layer("ZeroPadding3D", ndim=5)
def zero_padding3d(x, padding=((1, 1), (1, 1), (1, 1)), data_format=None, *_, **__):
    return _pad(x, padding, data_format, 3)


@layer("Cropping1D", ndim=3)
def cropping1d(x, cropping=(1, 1), *_, **__):
    return _crop(x, cropping, "channels_last", 1, "Cropping1D")


@layer("Cropping2D", ndim=4)
def cropping2d(x, cropping=((0, 0), (0, 0)), data_format=None, *_, **__):
    return _crop(x, cropping, data_format, 2, "Cropping2D")


@layer("Cropping3D", ndim=5)
def cropping3d(x, cropping=((1, 1), (1, 1), (1, 1)), data_format=None, *_, **__):
    return _crop(x, cropping, data_format, 3, "Cropping3D")


@layer("UpSampling1D", ndim=3)
def up_sampling1d(x, size=2, *_, **__):
    if isinstance(size, (tuple, list)):
        raise NotStatic("UpSampling1D takes an int size; Keras raises TypeError on a tuple")
    return _upsample(x, size, "channels_last", 1)


@layer("UpSampling2D", ndim=4)
def up_sampling2d(x, size=(2, 2), data_format=None, *_, **__):
    return _upsample(x, size, data_format, 2)


@layer("UpSampling3D", ndim=5)
def up_sampling3d(x, size=(2, 2, 2), data_format=None, *_, **__):
    return _upsample(x, size, data_format, 3)
