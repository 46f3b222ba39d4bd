"""keras/src/layers/pooling: Max/Average pooling, their global and adaptive forms, 1D to 3D.

The arithmetic is operation_utils.py's ``compute_pooling_output_shape``.
"""
from . import NotStatic, Out, ShapeError, dims_tuple, flag, layer
from .convolutional import channel_axes, conv_length, positive


def pool(x, rank, cls, pool_size, strides, padding, data_format):
    size = dims_tuple(pool_size, rank)
    steps = size if strides is None else dims_tuple(strides, rank)
    # Unlike the convolutions, pooling does not lower-case padding (base_pooling.py keeps it
    # as given): Keras raises on "SAME", so only the exact spellings have a shape.
    if isinstance(padding, str) and padding not in ("valid", "same"):
        raise ShapeError("KSH106", "%s(padding=%r): Keras 3 raises when the layer is called, as pooling "
                                   "takes only 'valid' or 'same' in lower case (the convolutions lower-case "
                                   "it, pooling does not)" % (cls, padding))
    if padding not in ("valid", "same"):
        raise NotStatic("padding has no static value Keras accepts")
    spatial, _ = channel_axes(x, data_format)
    out = list(x)
    for axis, k, s in zip(spatial, size, steps):
        out[axis] = conv_length(x[axis], k, s, padding)
        if padding == "valid":
            positive(out[axis], x[axis], "pool of %s" % k, cls)
    return Out(tuple(out))


def global_pool(x, data_format, keepdims):
    spatial, channel_axis = channel_axes(x, data_format)
    if flag(keepdims):
        return Out(tuple(1 if i in spatial else d for i, d in enumerate(x)))
    return Out((x[0], x[channel_axis]))


def _register_pooling():
    for rank, default in ((1, 2), (2, (2, 2)), (3, (2, 2, 2))):
        for kind in ("Max", "Average"):
            cls = "%sPooling%dD" % (kind, rank)

            if kind == "Max":
                def fn(x, pool_size=default, strides=None, padding="valid", data_format=None,
                       *_, _rank=rank, _cls=cls, **__):
                    return pool(x, _rank, _cls, pool_size, strides, padding, data_format)
            else:  # AveragePooling's pool_size has no default: without it Keras raises TypeError
                def fn(x, pool_size, strides=None, padding="valid", data_format=None,
                       *_, _rank=rank, _cls=cls, **__):
                    return pool(x, _rank, _cls, pool_size, strides, padding, data_format)

            layer(cls, ndim=rank + 2)(fn)

            def gfn(x, data_format=None, keepdims=False, *_, **__):
                return global_pool(x, data_format, keepdims)

            layer("Global%sPooling%dD" % (kind, rank), ndim=rank + 2)(gfn)


_register_pooling()


def _register_adaptive():
    # base_adaptive_pooling.py compute_output_shape: batch, output_size, channels; Keras
    # checks no input rank.
    for rank in (1, 2, 3):
        for kind in ("Max", "Average"):
            def fn(x, output_size, data_format=None, *_, _rank=rank, **__):
                size = dims_tuple(output_size, _rank)
                if data_format == "channels_first":
                    return Out((x[0], x[1]) + size)
                return Out((x[0],) + size + (x[-1],))

            layer("Adaptive%sPooling%dD" % (kind, rank))(fn)


_register_adaptive()
