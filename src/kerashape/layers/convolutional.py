"""keras/src/layers/convolutional: Conv1D/2D/3D (the transposed, separable and
depthwise variants live here too as they are added).

The output-size arithmetic is keras/src/ops/operation_utils.py's
``compute_conv_output_shape``; ``conv_length`` is shared with pooling.
"""
from ..shapes import UNKNOWN, compare, known, product
from . import NotStatic, Out, ShapeError, choice, dim, dims_tuple, flag, layer, num


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
    if isinstance(data_format, str):
        data_format = data_format.lower()  # as Keras's standardize_data_format
    if data_format == "channels_last":
        return list(range(1, len(x) - 1)), len(x) - 1
    if data_format == "channels_first":
        return list(range(2, len(x))), 1
    raise NotStatic("the image data format is not known")


def conv(x, rank, cls, filters, kernel_size, strides, padding, data_format, dilation_rate,
         groups, use_bias, causal_ok=False):
    use_bias = flag(use_bias, "use_bias")
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


def transpose_length(n, kernel, stride, padding, output_padding, dilation):
    """backend_utils.py ``_get_output_shape_given_tf_padding``, verbatim in the algebra."""
    kernel = (kernel - 1) * dilation + 1
    if padding == "valid":
        if output_padding is None:
            k, s = known(kernel), known(stride)
            if k is None or s is None:
                return UNKNOWN
            output_padding = max(k, s) - k
        return (n - 1) * stride + kernel + output_padding
    if output_padding is None:
        return n * stride
    k = known(kernel)
    return UNKNOWN if k is None else (n - 1) * stride + k % 2 + output_padding


def conv_transpose(x, rank, filters, kernel_size, strides, padding, output_padding, data_format,
                   dilation_rate, use_bias):
    use_bias = flag(use_bias, "use_bias")
    filters = dim(filters)
    kernel, steps = dims_tuple(kernel_size, rank), dims_tuple(strides, rank)
    dilation = dims_tuple(dilation_rate, rank)
    pads = (None,) * rank if output_padding is None else dims_tuple(output_padding, rank)
    padding = choice(padding, ("valid", "same"))
    if padding is None:
        raise NotStatic("padding has no static value")
    spatial, channel_axis = channel_axes(x, data_format)
    out = list(x)
    for axis, k, s, p, d in zip(spatial, kernel, steps, pads, dilation):
        out[axis] = transpose_length(x[axis], k, s, padding, p, d)
    out[channel_axis] = filters
    inputs = x[channel_axis]
    bias = filters if use_bias else 0
    numbers = "%s × %s × %s" % ("×".join(num(k) for k in kernel), num(inputs), num(filters))
    numbers += " + %s" % num(bias) if use_bias else ""
    return Out(tuple(out), product(kernel) * inputs * filters + bias,
               formula="%s: kernel × inputs × filters%s" % (numbers, " + bias" if use_bias else ""))


@layer("Conv1DTranspose", ndim=3)
def conv1d_transpose(x, filters, kernel_size, strides=1, padding="valid", output_padding=None,
                     data_format=None, dilation_rate=1, activation=None, use_bias=True, *_, **__):
    return conv_transpose(x, 1, filters, kernel_size, strides, padding, output_padding,
                          data_format, dilation_rate, use_bias)


@layer("Conv2DTranspose", ndim=4)
def conv2d_transpose(x, filters, kernel_size, strides=(1, 1), padding="valid", output_padding=None,
                     data_format=None, dilation_rate=(1, 1), activation=None, use_bias=True, *_, **__):
    return conv_transpose(x, 2, filters, kernel_size, strides, padding, output_padding,
                          data_format, dilation_rate, use_bias)


@layer("Conv3DTranspose", ndim=5)
def conv3d_transpose(x, filters, kernel_size, strides=(1, 1, 1), padding="valid",
                     output_padding=None, data_format=None, dilation_rate=(1, 1, 1),
                     activation=None, use_bias=True, *_, **__):
    return conv_transpose(x, 3, filters, kernel_size, strides, padding, output_padding,
                          data_format, dilation_rate, use_bias)


def depthwise(x, rank, cls, kernel_size, strides, padding, depth_multiplier, data_format,
              dilation_rate, use_bias, filters=None):
    """Depthwise (filters None) or separable (depthwise then a 1×1 pointwise) convolution."""
    multiplier = dim(depth_multiplier)
    _, channel_axis = channel_axes(x, data_format)
    inputs = x[channel_axis]
    width = inputs * multiplier if filters is None else dim(filters)
    shaped = conv(x, rank, cls, width, kernel_size, strides, padding, data_format, dilation_rate,
                  1, use_bias)
    kernel = product(dims_tuple(kernel_size, rank))
    bias = width if use_bias else 0
    if filters is None:
        return Out(shaped.shape, kernel * inputs * multiplier + bias,
                   formula="%s × %s × %s + %s: kernel × inputs × depth_multiplier + bias"
                   % (num(kernel), num(inputs), num(multiplier), num(bias)))
    return Out(shaped.shape, kernel * inputs * multiplier + inputs * multiplier * width + bias,
               formula="%s × %s × %s + %s × %s × %s + %s: depthwise + pointwise + bias"
               % (num(kernel), num(inputs), num(multiplier), num(inputs), num(multiplier),
                  num(width), num(bias)))


@layer("DepthwiseConv1D", ndim=3)
def depthwise_conv1d(x, kernel_size, strides=1, padding="valid", depth_multiplier=1,
                     data_format=None, dilation_rate=1, activation=None, use_bias=True, *_, **__):
    return depthwise(x, 1, "DepthwiseConv1D", kernel_size, strides, padding, depth_multiplier,
                     data_format, dilation_rate, use_bias)


@layer("DepthwiseConv2D", ndim=4)
def depthwise_conv2d(x, kernel_size, strides=(1, 1), padding="valid", depth_multiplier=1,
                     data_format=None, dilation_rate=(1, 1), activation=None, use_bias=True, *_, **__):
    return depthwise(x, 2, "DepthwiseConv2D", kernel_size, strides, padding, depth_multiplier,
                     data_format, dilation_rate, use_bias)


@layer("SeparableConv1D", ndim=3)
def separable_conv1d(x, filters, kernel_size, strides=1, padding="valid", data_format=None,
                     dilation_rate=1, depth_multiplier=1, activation=None, use_bias=True, *_, **__):
    return depthwise(x, 1, "SeparableConv1D", kernel_size, strides, padding, depth_multiplier,
                     data_format, dilation_rate, use_bias, filters)


@layer("SeparableConv2D", ndim=4)
def separable_conv2d(x, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
                     dilation_rate=(1, 1), depth_multiplier=1, activation=None, use_bias=True,
                     *_, **__):
    return depthwise(x, 2, "SeparableConv2D", kernel_size, strides, padding, depth_multiplier,
                     data_format, dilation_rate, use_bias, filters)
