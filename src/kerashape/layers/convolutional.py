"""keras/src/layers/convolutional: Conv1D/2D/3D (the transposed, separable and
depthwise variants live here too as they are added).

The output-size arithmetic is keras/src/ops/operation_utils.py's
``compute_conv_output_shape``; ``conv_length`` is shared with pooling.
"""
from ..shapes import compare, product
from . import NotStatic, Out, ShapeError, choice, dim, dims_tuple, layer, num


def conv_length(n, kernel, stride, padding, dilation=1):
    """One spatial axis after a window of ``kernel`` (dilated) with ``stride``.

    valid: floor((n - dilation*(kernel-1) - 1) / stride) + 1;  same/causal: floor((n-1)/stride) + 1.
    """
    if padding == "valid":
        return (n - dilation * (kernel - 1) - 1) // stride + 1
    return (n - 1) // stride + 1


def positive(out, n, what, cls):
    """KSH102 when an output axis is certainly zero or negative, as Keras raises."""
    if compare(out, 0) is not None and compare(out, 0) <= 0:
        raise ShapeError("KSH102", "%s: a %s on an axis of size %s leaves %s: use a smaller window "
                         "or padding=\"same\"" % (cls, what, n, out))


def channel_axes(x, data_format):
    """(spatial axis indices, channel axis index) for an input of rank len(x)."""
    if data_format == "channels_last":
        return list(range(1, len(x) - 1)), len(x) - 1
    return list(range(2, len(x))), 1


def conv(x, rank, cls, filters, kernel_size, strides, padding, data_format, dilation_rate,
         groups, use_bias, causal_ok=False):
    if not isinstance(use_bias, bool):
        raise NotStatic("use_bias has no static value")
    filters, groups = dim(filters), dim(groups)
    kernel = dims_tuple(kernel_size, rank)
    strides = dims_tuple(strides, rank)
    dilation = dims_tuple(dilation_rate, rank)
    allowed = ("valid", "same", "causal") if causal_ok else ("valid", "same")
    padding = choice(padding, allowed)
    if padding is None:
        raise NotStatic("padding has no static value")
    spatial, channel_axis = channel_axes(x, data_format)
    out = list(x)
    for axis, k, s, d in zip(spatial, kernel, strides, dilation):
        out[axis] = conv_length(x[axis], k, s, padding, d)
        if padding == "valid":
            positive(out[axis], x[axis], "kernel of %s (dilation %s)" % (k, d) if d != 1
                     else "kernel of %s" % k, cls)
    out[channel_axis] = filters
    inputs = x[channel_axis]
    per_filter = product(kernel) * (inputs // groups)
    bias = filters if use_bias is True else 0
    params = per_filter * filters + bias
    numbers = "%s × %s × %s" % ("×".join(num(k) for k in kernel), num(inputs // groups), num(filters))
    if use_bias is True:
        numbers += " + %s" % num(bias)
    legend = "kernel × inputs/groups × filters" + (" + bias" if use_bias is True else "")
    return Out(tuple(out), params, formula="%s: %s" % (numbers, legend))


@layer("Conv1D", ndim=3)
def conv1d(x, filters, kernel_size, strides=1, padding="valid", data_format=None,
           dilation_rate=1, groups=1, activation=None, use_bias=True, *_, **__):
    return conv(x, 1, "Conv1D", filters, kernel_size, strides, padding, data_format,
                dilation_rate, groups, use_bias, causal_ok=True)


@layer("Conv2D", ndim=4)
def conv2d(x, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
           dilation_rate=(1, 1), groups=1, activation=None, use_bias=True, *_, **__):
    return conv(x, 2, "Conv2D", filters, kernel_size, strides, padding, data_format,
                dilation_rate, groups, use_bias)


@layer("Conv3D", ndim=5)
def conv3d(x, filters, kernel_size, strides=(1, 1, 1), padding="valid", data_format=None,
           dilation_rate=(1, 1, 1), groups=1, activation=None, use_bias=True, *_, **__):
    return conv(x, 3, "Conv3D", filters, kernel_size, strides, padding, data_format,
                dilation_rate, groups, use_bias)
