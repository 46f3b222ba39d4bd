"""keras/src/layers/preprocessing: the layers whose output shape is known from arguments.

Augmentations keep the shape; Resizing and CenterCrop set the spatial size;
Normalization holds its mean and variance (and a count) as non-trainable weights;
the encoding layers (CategoryEncoding, Discretization, Hashing, the lookups) add or
replace an axis of their depth as each one's ``compute_output_shape`` says.
"""
from ..shapes import Unknown, known, product
from ..values import LayerObj
from . import NotStatic, Out, axis_index, dim, flag, layer, num, run
from .convolutional import channel_axes


@layer("Rescaling", "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation",
       "RandomContrast", "RandomBrightness", "RandomHue", "RandomSaturation", "RandomGrayscale",
       "RandomSharpness", "RandomShear", "RandomPerspective", "RandomErasing", "RandomGaussianBlur",
       "RandomColorJitter", "RandomColorDegeneration", "RandomInvert", "RandomPosterization",
       "AutoContrast", "Solarization", "AugMix", "CutMix", "MixUp", "RandAugment",
       "RandomElasticTransform")
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


@layer("Normalization")
def normalization(x, axis=-1, mean=None, variance=None, invert=False, *_, **__):
    # build(): without mean/variance given, non-trainable mean and variance of the kept
    # axes' shape and a scalar count; with them given, plain tensors (no weights).
    if (mean is None) != (variance is None):
        raise NotStatic("Keras refuses mean without variance at construction")
    axes = () if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
    kept = sorted({axis_index(a, len(x)) for a in axes})
    if any(isinstance(x[d], Unknown) for d in kept):
        raise NotStatic("Keras refuses to keep an axis of unknown size (the batch axis, say)")
    if mean is not None:
        return Out(x)
    size = product(x[d] for d in kept)
    return Out(x, 0, 2 * size + 1, formula="2 × %s + 1: mean and variance over the kept axes, "
               "and a count (all non-trainable)" % num(size))


def _depth_axis(x, depth, one_hot):
    """The encoders' usual output: one_hot appends the depth (replacing a last axis of 1),
    the other modes replace the last axis by it."""
    if one_hot and len(x) > 1:
        last = known(x[-1])
        if last is None:
            raise NotStatic("whether the last axis is 1 is unknown")
        return x[:-1] + (depth,) if last == 1 else x + (depth,)
    return x + (depth,) if one_hot else x[:-1] + (depth,)


def _positive_int(value, what):
    """A size argument: a symbol passes; an unknown one, or a known one below 1 (Keras
    refuses it at construction), makes the result unknown."""
    value = dim(value)
    if isinstance(value, Unknown) or known(value) is not None and known(value) < 1:
        raise NotStatic("%s has no usable static value" % what)
    return value


@layer("CategoryEncoding")
def category_encoding(x, num_tokens=None, output_mode="multi_hot", sparse=False, *_, **__):
    mode = "multi_hot" if output_mode == "binary" else output_mode
    if mode not in ("one_hot", "multi_hot", "count"):
        raise NotStatic("output_mode has no static value Keras accepts")
    return Out(_depth_axis(x, _positive_int(num_tokens, "num_tokens"), mode == "one_hot"))


@layer("Discretization")
def discretization(x, bin_boundaries=None, num_bins=None, epsilon=0.01, output_mode="int",
                   sparse=False, *_, **__):
    if (bin_boundaries is None) == (num_bins is None) or output_mode not in (
            "int", "one_hot", "multi_hot", "count"):
        raise NotStatic("Keras refuses these arguments at construction")
    if output_mode == "int":
        return Out(x)
    if bin_boundaries is not None:
        if not isinstance(bin_boundaries, (list, tuple)):
            raise NotStatic("bin_boundaries has no static length")
        depth = len(bin_boundaries) + 1
    else:
        depth = dim(num_bins)
        if isinstance(depth, Unknown) or known(depth) is not None and known(depth) < 0:
            raise NotStatic("num_bins has no usable static value")
    if output_mode == "one_hot":
        return Out(_depth_axis(x, depth, True))
    # multi_hot and count: compute_output_shape drops the *second* axis, not the last.
    if len(x) >= 2:
        return Out((x[0],) + x[2:] + (depth,))
    return Out((depth,))


@layer("Hashing")
def hashing(x, num_bins, mask_value=None, salt=None, output_mode="int", sparse=False, *_, **__):
    # compute_output_spec (the symbolic shape; every mode drops the last axis, one_hot too).
    # Hashing needs TensorFlow installed, whatever the backend.
    if output_mode not in ("int", "one_hot", "multi_hot", "count"):
        raise NotStatic("output_mode has no static value Keras accepts")
    depth = _positive_int(num_bins, "num_bins")
    if output_mode == "int":
        return Out(x)
    return Out(x[:-1] + (depth,))


def _lookup(x, max_tokens, num_oov_indices, mask_token, oov_token, vocabulary, invert,
            output_mode, pad_to_max_tokens, idf_weights):
    """index_lookup.py ``compute_output_shape``; the depth is max_tokens when padding to it,
    else the vocabulary size ``set_vocabulary`` records for a literal vocabulary."""
    mode = {"binary": "multi_hot", "tf-idf": "tf_idf"}.get(output_mode, output_mode)
    if mode not in ("int", "one_hot", "multi_hot", "count", "tf_idf") or (
            flag(invert) and mode != "int"):
        raise NotStatic("Keras refuses these arguments at construction")
    if mode == "int":
        return Out(x)
    if mode == "tf_idf":
        raise NotStatic("tf_idf holds its idf weights outside Keras's weights")
    if flag(pad_to_max_tokens):
        depth = _positive_int(max_tokens, "max_tokens")
    else:
        depth = _vocabulary_size(vocabulary, num_oov_indices, oov_token, mask_token, max_tokens)
    return Out(_depth_axis(x, depth, mode == "one_hot"))


def _vocabulary_size(vocabulary, num_oov_indices, oov_token, mask_token, max_tokens):
    """``set_vocabulary`` for a non-int mode: OOV indices first (no mask index outside int
    mode), the leading special tokens dropped when given, then the tokens."""
    if not isinstance(vocabulary, (list, tuple)) or not vocabulary:
        raise NotStatic("the vocabulary is not a literal list")
    if not all(isinstance(t, (str, int)) and not isinstance(t, bool) for t in vocabulary):
        raise NotStatic("a vocabulary term has no static value")
    oov = known(dim(num_oov_indices))
    if oov is None or oov < 0:
        raise NotStatic("num_oov_indices has no static value")
    tokens = list(vocabulary)
    if tokens[:oov] == [oov_token] * oov:
        tokens = tokens[oov:]
    if len(set(tokens)) != len(tokens) or (mask_token is not None and mask_token in tokens):
        raise NotStatic("Keras refuses this vocabulary at construction")
    size = oov + len(tokens)
    if max_tokens is not None and (known(dim(max_tokens)) is None or size > max_tokens):
        raise NotStatic("the vocabulary is larger than max_tokens, or max_tokens is unknown")
    return size


@layer("StringLookup")
def string_lookup(x, max_tokens=None, num_oov_indices=1, mask_token=None, oov_token="[UNK]",
                  vocabulary=None, idf_weights=None, invert=False, output_mode="int",
                  pad_to_max_tokens=False, *_, **__):
    return _lookup(x, max_tokens, num_oov_indices, mask_token, oov_token, vocabulary, invert,
                   output_mode, pad_to_max_tokens, idf_weights)


@layer("IntegerLookup")
def integer_lookup(x, max_tokens=None, num_oov_indices=1, mask_token=None, oov_token=-1,
                   vocabulary=None, vocabulary_dtype="int64", idf_weights=None, invert=False,
                   output_mode="int", sparse=False, pad_to_max_tokens=False, *_, **__):
    return _lookup(x, max_tokens, num_oov_indices, mask_token, oov_token, vocabulary, invert,
                   output_mode, pad_to_max_tokens, idf_weights)


@layer("Pipeline")
def pipeline(x, layers, *_, **__):
    """pipeline.py: its layers applied in turn, their weights its own; Keras's summary shows
    it as one layer."""
    if not isinstance(layers, (list, tuple)) or not all(isinstance(item, LayerObj) for item in layers):
        raise NotStatic("the Pipeline's layers are not a list of Keras layers kerashape knows")
    trainable = non_trainable = 0
    for item in layers:
        out = run(item, x)
        x, trainable, non_trainable = out.shape, trainable + out.trainable, non_trainable + out.non_trainable
    return Out(x, trainable, non_trainable)
