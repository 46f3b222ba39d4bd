"""keras/src/layers/normalization: BatchNormalization, LayerNormalization, GroupNormalization,
UnitNormalization and the SpectralNormalization wrapper."""
from ..shapes import known, product
from ..values import LayerObj
from . import REGISTRY, NotStatic, Out, axis_index, dim, flag, layer, num, run
from .convolutional import channel_axes
from .core import einsum_shapes


@layer("BatchNormalization")
def batch_normalization(x, axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True,
                        beta_initializer="zeros", gamma_initializer="ones", moving_mean_initializer="zeros",
                        moving_variance_initializer="ones", beta_regularizer=None, gamma_regularizer=None,
                        beta_constraint=None, gamma_constraint=None, renorm=False, renorm_clipping=None,
                        renorm_momentum=0.99, synchronized=False, *_, **__):
    # build(): gamma (scale) and beta (center) train; moving mean and variance do not, nor
    # (renorm=True) the moving stddev and the renorm mean and stddev.
    channels = x[axis_index(axis, len(x))]
    learned = int(flag(center)) + int(flag(scale))
    tracked = 5 if flag(renorm) else 2
    return Out(x, learned * channels, tracked * channels,
               formula="%d × %s: (gamma, beta) × channels; %s (%d × %s) are non-trainable" % (
                   learned, num(channels), "moving mean, variance, stddev and renorm mean, stddev"
                   if tracked == 5 else "moving mean and variance", tracked, num(channels)))


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


@layer("RMSNormalization")
def rms_normalization(x, axis=-1, epsilon=1e-6, *_, **__):
    # build(): one trainable scale over the normalised axes.
    axes = axis if isinstance(axis, (list, tuple)) else [axis]
    size = product(x[axis_index(a, len(x))] for a in axes)
    return Out(x, size, formula="%s: scale over the normalised axes" % num(size))


@layer("UnitNormalization")
def unit_normalization(x, *_, **__):
    return Out(x)


def _kernel_last(inner, x):
    """The last axis of the wrapped layer's ``kernel`` (or ``embeddings``), from its build()."""
    spec = REGISTRY[inner.cls]
    a = spec.arguments(x, *inner.args, **inner.kwargs)
    if inner.cls == "Dense":
        return dim(a["units"])
    if inner.cls in ("Conv1D", "Conv2D", "Conv3D"):
        return dim(a["filters"])  # kernel: k × inputs/groups × filters
    if inner.cls in ("Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose"):
        fmt = a["data_format"] or inner.data_format
        return x[channel_axes(x, fmt)[1]]  # kernel: k × filters × inputs
    if inner.cls in ("DepthwiseConv1D", "DepthwiseConv2D"):
        return dim(a["depth_multiplier"])  # kernel: k × inputs × depth_multiplier
    if inner.cls == "Embedding":
        return dim(a["output_dim"])
    if inner.cls == "EinsumDense":
        return einsum_shapes(a["equation"], a["bias_axes"], x, a["output_shape"])[0][-1]
    raise NotStatic("the wrapped layer has no kernel or embeddings kerashape knows")


@layer("SpectralNormalization", min_ndim=1)
def spectral_normalization(x, layer, power_iterations=1, *_, **__):
    # build(): the wrapped layer's weights, and a non-trainable vector_u of
    # (1, kernel.shape[-1]).
    if not isinstance(layer, LayerObj) or layer.dynamic_kwargs:
        raise NotStatic("the wrapped layer is not a Keras layer kerashape knows")
    if known(dim(power_iterations)) is None or known(dim(power_iterations)) <= 0:
        raise NotStatic("Keras refuses power_iterations <= 0 at construction")
    inner = run(layer, x)
    units = _kernel_last(layer, x)
    formula = "%s; vector_u (%s, non-trainable)" % (inner.formula or num(inner.trainable), num(units))
    return Out(inner.shape, inner.trainable, inner.non_trainable + units, formula=formula)
