"""MobileNetV2 (keras.applications.mobilenet_v2): a strided 3x3 convolution, seventeen
inverted residual blocks (1x1 expansion, 3x3 depthwise, linear 1x1 projection, a residual Add
where shapes allow), a 1x1 convolution to 1280 channels; the top is average pooling and Dense.
``alpha`` scales every width (rounded to multiples of 8)."""
from keras import backend, layers, Model

from ._common import check_top, correct_pad, image_input, make_divisible, model_inputs
from ._common import obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess

# The inverted residual blocks: (output filters, stride, expansion), block_0 to block_16.
BLOCKS = ((16, 1, 1),
          (24, 2, 6), (24, 1, 6),
          (32, 2, 6), (32, 1, 6), (32, 1, 6),
          (64, 2, 6), (64, 1, 6), (64, 1, 6), (64, 1, 6),
          (96, 1, 6), (96, 1, 6), (96, 1, 6),
          (160, 2, 6), (160, 1, 6), (160, 1, 6),
          (320, 1, 6))
# The square sizes that have ImageNet weights; any other size names the model after 224.
WEIGHT_SIZES = (96, 128, 160, 192, 224)


def MobileNetV2(input_shape=None, alpha=1.0, include_top=True, weights="imagenet",
                input_tensor=None, pooling=None, classes=1000, classifier_activation="softmax",
                name=None):
    check_top(weights, include_top, classes, classifier_activation)
    channels_first = backend.image_data_format() == "channels_first"
    if input_shape is not None and input_tensor is not None:
        if not backend.is_keras_tensor(input_tensor):
            raise ValueError("input_tensor is not a Keras tensor")
        if input_tensor.shape[1 if channels_first else 2] != input_shape[1]:
            raise ValueError("input_tensor's shape does not match input_shape")
    if input_shape is None and input_tensor is not None and backend.is_keras_tensor(input_tensor):
        sizes = input_tensor.shape[2:4] if channels_first else input_tensor.shape[1:3]
    elif input_shape is not None:
        sizes = input_shape[1:3] if channels_first else input_shape[0:2]
    else:
        sizes = (None, None)
    default_size = 224
    if sizes[0] == sizes[1] and sizes[0] in WEIGHT_SIZES:
        default_size = sizes[0]
    input_shape = obtain_input_shape(input_shape, default_size=default_size, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    rows, cols = input_shape[1:3] if channels_first else input_shape[0:2]
    if weights == "imagenet":
        if alpha not in (0.35, 0.50, 0.75, 1.0, 1.3, 1.4):
            raise ValueError("If imagenet weights are being loaded, alpha must be one of "
                             "`0.35`, `0.50`, `0.75`, `1.0`, `1.3` or `1.4` only; "
                             "Received `alpha=%s`" % (alpha,))
        if rows != cols or rows not in WEIGHT_SIZES:
            rows = 224
    img_input = image_input(input_tensor, input_shape)
    channel_axis = 1 if channels_first else -1

    x = layers.Conv2D(make_divisible(32 * alpha, 8), kernel_size=3, strides=(2, 2),
                      padding="same", use_bias=False, name="Conv1")(img_input)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name="bn_Conv1")(x)
    x = layers.ReLU(6.0, name="Conv1_relu")(x)
    for block_id, (filters, stride, expansion) in enumerate(BLOCKS):
        x = _inverted_res_block(x, expansion, stride, alpha, filters, block_id)

    last_block_filters = make_divisible(1280 * alpha, 8) if alpha > 1.0 else 1280
    x = layers.Conv2D(last_block_filters, kernel_size=1, use_bias=False, name="Conv_1")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name="Conv_1_bn")(x)
    x = layers.ReLU(6.0, name="out_relu")(x)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation)
    if name is None:
        name = "mobilenetv2_%.2f_%s" % (alpha, rows)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def _inverted_res_block(inputs, expansion, stride, alpha, filters, block_id):
    """Expand (not in block 0), depthwise 3x3 (padded by hand when strided), project."""
    channel_axis = 1 if backend.image_data_format() == "channels_first" else -1
    in_channels = inputs.shape[channel_axis]
    pointwise_filters = make_divisible(int(filters * alpha), 8)
    x = inputs
    prefix = "block_%d_" % block_id
    if block_id:
        x = layers.Conv2D(expansion * in_channels, kernel_size=1, padding="same", use_bias=False,
                          activation=None, name=prefix + "expand")(x)
        x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                      name=prefix + "expand_BN")(x)
        x = layers.ReLU(6.0, name=prefix + "expand_relu")(x)
    else:
        prefix = "expanded_conv_"
    if stride == 2:
        x = layers.ZeroPadding2D(padding=correct_pad(x, 3), name=prefix + "pad")(x)
    x = layers.DepthwiseConv2D(kernel_size=3, strides=stride, activation=None, use_bias=False,
                               padding="same" if stride == 1 else "valid",
                               name=prefix + "depthwise")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name=prefix + "depthwise_BN")(x)
    x = layers.ReLU(6.0, name=prefix + "depthwise_relu")(x)
    x = layers.Conv2D(pointwise_filters, kernel_size=1, padding="same", use_bias=False,
                      activation=None, name=prefix + "project")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name=prefix + "project_BN")(x)
    if in_channels == pointwise_filters and stride == 1:
        return layers.Add(name=prefix + "add")([inputs, x])
    return x


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
