"""What every application shares: the input shape rules and the input layer (Keras's
``imagenet_utils.obtain_input_shape`` and the ``input_tensor`` handling of each model)."""
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
            raise ValueError("When setting `include_top=True` and loading `imagenet` weights, "
                             "`input_shape` should be %s." % (default_shape,))
        return default_shape
    if input_shape:
        if len(input_shape) != 3:
            raise ValueError("`input_shape` must be a tuple of three integers.")
        sizes = input_shape[1:] if data_format == "channels_first" else input_shape[:2]
        channels = input_shape[0] if data_format == "channels_first" else input_shape[-1]
        if channels != 3 and weights == "imagenet":
            raise ValueError("The input must have 3 channels.")
        for size in sizes:
            if size is not None and size < min_size:
                raise ValueError("Input size must be at least %dx%d." % (min_size, min_size))
    elif require_flatten:
        input_shape = default_shape
    elif data_format == "channels_first":
        input_shape = (3, None, None)
    else:
        input_shape = (None, None, 3)
    if require_flatten and None in tuple(input_shape):
        raise ValueError("If `include_top` is True, you should specify a static `input_shape`.")
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


def validate_top(weights, include_top, classes, classifier_activation):
    """Keras's checks that pretrained weights with the top come with ImageNet's 1000 classes
    and a softmax or linear classifier (imagenet_utils.validate_activation)."""
    if weights == "imagenet" and include_top and classes != 1000:
        raise ValueError("If using `weights='imagenet'` with `include_top=True`, "
                         "`classes` should be 1000.  Received classes=%s" % (classes,))
    if weights is not None and include_top and isinstance(classifier_activation, str) \
            and classifier_activation not in ("softmax", "linear"):
        raise ValueError("Only `None` and `softmax` activations are allowed for the "
                         "`classifier_activation` argument when using pretrained weights, "
                         "with `include_top=True`; Received: classifier_activation=%s"
                         % (classifier_activation,))


def imagenet_preprocess(x, data_format, mode):
    """imagenet_utils.preprocess_input on a symbolic tensor: "tf" scales to [-1, 1], "torch"
    to [0, 1] then normalises each channel, "caffe" turns RGB into BGR and centres each channel."""
    if data_format is None:
        data_format = backend.image_data_format()
    elif data_format not in ("channels_first", "channels_last"):
        raise ValueError("Expected data_format to be one of `channels_first` or "
                         "`channels_last`. Received: data_format=%s" % (data_format,))
    if mode == "tf":
        x /= 127.5
        x -= 1.0
        return x
    if mode == "torch":
        x /= 255.0
        mean = [-0.485, -0.456, -0.406]
        std = [0.229, 0.224, 0.225]
    else:
        if data_format == "channels_first" and len(x.shape) == 3:
            x = ops.stack([x[i, ...] for i in (2, 1, 0)], axis=0)
        elif data_format == "channels_first":
            x = ops.stack([x[:, i, :] for i in (2, 1, 0)], axis=1)
        else:
            x = ops.stack([x[..., i] for i in (2, 1, 0)], axis=-1)
        mean = [-103.939, -116.779, -123.68]
        std = None
    rank = len(x.shape)
    if data_format == "channels_first" and rank == 3:
        channel_shape = (3, 1, 1)
    elif data_format == "channels_first":
        channel_shape = (1, 3) + (1,) * (rank - 2)
    else:
        channel_shape = (1,) * (rank - 1) + (3,)
    x += ops.reshape(ops.convert_to_tensor(mean), channel_shape)
    if std is not None:
        std = ops.convert_to_tensor(std)
        if data_format == "channels_first":
            std = ops.reshape(std, (-1, 1, 1))
        x /= std
    return x
