"""What every application shares: the input shape rules, the input layer and the ImageNet
preprocessing (Keras's ``imagenet_utils``, and the ``input_tensor`` handling of each model)."""
from keras import backend, layers, ops


def obtain_input_shape(input_shape, default_size, min_size, data_format, require_flatten,
                       weights=None):
    """The model's input shape: the user's, else the default (None sizes without the top)."""
    if weights != "imagenet" and input_shape and len(input_shape) == 3:
        if data_format == "channels_first":
            default_shape = (input_shape[0], default_size, default_size)
        else:
            default_shape = (default_size, default_size, input_shape[-1])
    elif data_format == "channels_first":
        default_shape = (3, default_size, default_size)
    else:
        default_shape = (default_size, default_size, 3)
    if weights == "imagenet" and require_flatten:
        if input_shape is not None and tuple(input_shape) != default_shape:
            raise ValueError("with `include_top=True` and `imagenet` weights, `input_shape` "
                             "must be (%d, %d, %d)" % default_shape)
        return default_shape
    if input_shape:
        if len(input_shape) != 3:
            raise ValueError("`input_shape` must be a tuple of three integers")
        sizes = input_shape[1:] if data_format == "channels_first" else input_shape[:2]
        channels = input_shape[0] if data_format == "channels_first" else input_shape[-1]
        if channels != 3 and weights == "imagenet":
            raise ValueError("with `imagenet` weights the input must have 3 channels")
        for size in sizes:
            if size is not None and size < min_size:
                raise ValueError("the input size must be at least %dx%d" % (min_size, min_size))
    elif require_flatten:
        input_shape = default_shape
    elif data_format == "channels_first":
        input_shape = (3, None, None)
    else:
        input_shape = (None, None, 3)
    if require_flatten and None in tuple(input_shape):
        raise ValueError("with `include_top=True` the input size must be static")
    return input_shape


def image_input(input_tensor, input_shape):
    """The model's first tensor: a new Input, or the user's ``input_tensor``."""
    if input_tensor is None:
        return layers.Input(shape=input_shape)
    if not backend.is_keras_tensor(input_tensor):
        return layers.Input(tensor=input_tensor, shape=input_shape)
    return input_tensor


def model_inputs(input_tensor, img_input):
    """What the model takes: the user's input_tensor's source Input, else its own Input."""
    if input_tensor is not None:
        return input_tensor  # kerashape's reading: a user's Input tensor is its own source
    return img_input


def correct_pad(inputs, kernel_size):
    """Zero-padding for a strided 2D convolution, as Keras computes it."""
    img_dim = 2 if backend.image_data_format() == "channels_first" else 1
    input_size = inputs.shape[img_dim:(img_dim + 2)]
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    if input_size[0] is None:
        adjust = (1, 1)
    else:
        adjust = (1 - input_size[0] % 2, 1 - input_size[1] % 2)
    correct = (kernel_size[0] // 2, kernel_size[1] // 2)
    return ((correct[0] - adjust[0], correct[0]), (correct[1] - adjust[1], correct[1]))


def preprocess_input(x, data_format=None, mode="caffe"):
    """``imagenet_utils.preprocess_input`` on a symbolic tensor: "tf" scales to [-1, 1],
    "torch" to [0, 1] then per-channel standardises, "caffe" turns RGB to BGR and centres."""
    if data_format is None:
        data_format = backend.image_data_format()
    ndim = len(x.shape)
    if mode == "tf":
        x /= 127.5
        x -= 1.0
        return x
    if mode == "torch":
        x /= 255.0
        mean = [0.485, 0.456, 0.406]
        std = [0.229, 0.224, 0.225]
    else:
        if data_format == "channels_first":
            if ndim == 3:
                x = ops.stack([x[i, ...] for i in (2, 1, 0)], axis=0)
            else:
                x = ops.stack([x[:, i, :] for i in (2, 1, 0)], axis=1)
        else:
            x = ops.stack([x[..., i] for i in (2, 1, 0)], axis=-1)
        mean = [103.939, 116.779, 123.68]
        std = None
    mean_tensor = ops.convert_to_tensor([-m for m in mean], dtype=x.dtype)
    if data_format == "channels_first":
        shape = (3, 1, 1) if ndim == 3 else (1, 3) + (1,) * (ndim - 2)
    else:
        shape = (1,) * (ndim - 1) + (3,)
    x += ops.reshape(mean_tensor, shape)
    if std is not None:
        std_tensor = ops.convert_to_tensor(std, dtype=x.dtype)
        if data_format == "channels_first":
            std_tensor = ops.reshape(std_tensor, (-1, 1, 1))
        x /= std_tensor
    return x


def make_divisible(value, divisor, min_value=None):
    """A width rounded to a multiple of ``divisor``, never more than 10% below ``value``."""
    if min_value is None:
        min_value = divisor
    new_value = max(min_value, int(value + divisor / 2) // divisor * divisor)
    if new_value < 0.9 * value:
        new_value += divisor
    return new_value


def check_top(weights, include_top, classes, classifier_activation="softmax"):
    """Keras's refusals of a top that ImageNet weights cannot fill: other than 1000 classes,
    or a classifier activation other than softmax or None (a callable is not judged here)."""
    if weights == "imagenet" and include_top and classes != 1000:
        raise ValueError('If using `weights="imagenet"` with `include_top` as true, '
                         "`classes` should be 1000")
    if weights is not None and include_top and isinstance(classifier_activation, str) \
            and classifier_activation not in ("softmax", "linear"):
        raise ValueError("Only `None` and `softmax` activations are allowed for the "
                         "`classifier_activation` argument when using pretrained weights, "
                         "with `include_top=True`")


def pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool=None,
               pool_names=(None, None)):
    """The usual end of an application: global average pooling and the classifier, or the
    pooling asked for (named as each family names them; None is Keras's auto name)."""
    if include_top:
        x = layers.GlobalAveragePooling2D(name=top_pool)(x)
        return layers.Dense(classes, activation=classifier_activation, name="predictions")(x)
    if pooling == "avg":
        return layers.GlobalAveragePooling2D(name=pool_names[0])(x)
    if pooling == "max":
        return layers.GlobalMaxPooling2D(name=pool_names[1])(x)
    return x
