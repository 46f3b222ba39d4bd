"""keras/src/layers/preprocessing: the layers whose output shape is known from arguments.

Augmentations keep the shape; Resizing and CenterCrop set the spatial size;
Normalization holds its mean and variance (and a count) as non-trainable weights.
"""
from . import Out, dim, layer
from .convolutional import channel_axes


@layer("Rescaling", "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation",
       "RandomContrast", "RandomBrightness")
def same_shape(x, *_, **__):
    return Out(x)


def _resized(x, height, width, data_format):
    spatial, _ = channel_axes(x, data_format)
    out = list(x)
    out[spatial[-2]], out[spatial[-1]] = dim(height), dim(width)
    return Out(tuple(out))


@layer("Resizing", min_ndim=3, max_ndim=4)
def resizing(x, height, width, interpolation="bilinear", crop_to_aspect_ratio=False,
             pad_to_aspect_ratio=False, fill_mode="constant", fill_value=0.0, antialias=False,
             data_format=None, *_, **__):
    return _resized(x, height, width, data_format)


@layer("CenterCrop", min_ndim=3, max_ndim=4)
def center_crop(x, height, width, data_format=None, *_, **__):
    return _resized(x, height, width, data_format)


@layer("RandomCrop", min_ndim=3, max_ndim=4)
def random_crop(x, height, width, seed=None, data_format=None, *_, **__):
    return _resized(x, height, width, data_format)
