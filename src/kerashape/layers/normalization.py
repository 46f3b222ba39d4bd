"""keras/src/layers/normalization: BatchNormalization, LayerNormalization."""
from ..shapes import product
from . import NotStatic, Out, axis_index, flag, layer, num


@layer("BatchNormalization")
def batch_normalization(x, axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True,
                        *_, **__):
    # build(): gamma (scale) and beta (center) train; moving mean and variance do not.
    channels = x[axis_index(axis, len(x))]
    learned = int(flag(center)) + int(flag(scale))
    return Out(x, learned * channels, 2 * channels,
               formula="%d × %s: (gamma, beta) × channels; moving mean and variance "
                       "(2 × %s) are non-trainable" % (learned, num(channels), num(channels)))


@layer("LayerNormalization")
def layer_normalization(x, axis=-1, epsilon=0.001, center=True, scale=True, *_, **__):
    axes = axis if isinstance(axis, (list, tuple)) else [axis]
    if not axes:
        raise NotStatic("empty axis")
    size = product(x[axis_index(a, len(x))] for a in axes)
    learned = int(flag(center)) + int(flag(scale))
    return Out(x, learned * size, formula="%d × %s: (gamma, beta) × normalised size"
               % (learned, num(size)))


@layer("GroupNormalization")
def group_normalization(x, groups=32, axis=-1, epsilon=0.001, center=True, scale=True, *_, **__):
    channels = x[axis_index(axis, len(x))]
    learned = int(flag(center)) + int(flag(scale))
    return Out(x, learned * channels, formula="%d × %s: (gamma, beta) × channels"
               % (learned, num(channels)))


@layer("UnitNormalization")
def unit_normalization(x, *_, **__):
    return Out(x)
