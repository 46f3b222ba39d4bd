"""MobileNetV3Small and MobileNetV3Large (keras.applications.mobilenet_v3): an optional
Rescaling to [-1, 1], a strided 3x3 convolution, inverted residual blocks (some with
squeeze-and-excite and hard-swish), a 1x1 convolution to six times the last width; the top is
average pooling and two 1x1 convolutions. ``minimalistic`` drops the 5x5 kernels,
squeeze-and-excite and hard-swish; ``alpha`` scales the block widths."""
from keras import backend, layers, Model

from ._common import check_top, correct_pad, image_input, make_divisible, model_inputs

# The inverted residual blocks of the full models: (expansion, filters, kernel size, stride,
# squeeze-and-excite, hard-swish). A minimalistic model has 3x3 kernels, no squeeze-and-excite
# and ReLU throughout.
SMALL = ((1, 16, 3, 2, True, False),
         (72.0 / 16, 24, 3, 2, False, False),
         (88.0 / 24, 24, 3, 1, False, False),
         (4, 40, 5, 2, True, True),
         (6, 40, 5, 1, True, True),
         (6, 40, 5, 1, True, True),
         (3, 48, 5, 1, True, True),
         (3, 48, 5, 1, True, True),
         (6, 96, 5, 2, True, True),
         (6, 96, 5, 1, True, True),
         (6, 96, 5, 1, True, True))
LARGE = ((1, 16, 3, 1, False, False),
         (4, 24, 3, 2, False, False),
         (3, 24, 3, 1, False, False),
         (3, 40, 5, 2, True, False),
         (3, 40, 5, 1, True, False),
         (3, 40, 5, 1, True, False),
         (6, 80, 3, 2, False, True),
         (2.5, 80, 3, 1, False, True),
         (2.3, 80, 3, 1, False, True),
         (2.3, 80, 3, 1, False, True),
         (6, 112, 3, 1, True, True),
         (6, 112, 3, 1, True, True),
         (6, 160, 5, 2, True, True),
         (6, 160, 5, 1, True, True),
         (6, 160, 5, 1, True, True))
SE_RATIO = 0.25


def _mobilenet_v3(blocks, last_point_ch, input_shape, alpha, minimalistic, include_top, weights,
                  input_tensor, classes, pooling, dropout_rate, classifier_activation,
                  include_preprocessing, name):
    check_top(weights, include_top, classes, classifier_activation)
    channels_first = backend.image_data_format() == "channels_first"
    if input_shape is not None and input_tensor is not None:
        if not backend.is_keras_tensor(input_tensor):
            raise ValueError("input_tensor specified is not a keras tensor")
        if input_tensor.shape[1 if channels_first else 2] != input_shape[1]:
            raise ValueError("input_shape[1] must equal input_tensor.shape[%d]"
                             % (1 if channels_first else 2))
    if input_shape is None and input_tensor is not None and backend.is_keras_tensor(input_tensor):
        if channels_first:
            input_shape = (3, input_tensor.shape[3], input_tensor.shape[2])
        else:
            input_shape = (input_tensor.shape[2], input_tensor.shape[1], 3)
    if input_shape is None and input_tensor is None:
        input_shape = (3, None, None) if channels_first else (None, None, 3)
    rows, cols = input_shape[1:3] if channels_first else input_shape[0:2]
    if rows and cols and (rows < 32 or cols < 32):
        raise ValueError("Input size must be at least 32x32")
    if weights == "imagenet" and ((not minimalistic and alpha not in (0.75, 1.0))
                                  or (minimalistic and alpha != 1.0)):
        raise ValueError("If imagenet weights are being loaded, alpha can be one of `0.75`, "
                         "`1.0` for non minimalistic or `1.0` for minimalistic only.")
    img_input = image_input(input_tensor, input_shape)
    channel_axis = 1 if channels_first else -1
    hard = not minimalistic  # hard-swish where the full model has it

    x = img_input
    if include_preprocessing:
        x = layers.Rescaling(scale=1.0 / 127.5, offset=-1.0)(x)
    x = layers.Conv2D(16, kernel_size=3, strides=(2, 2), padding="same", use_bias=False,
                      name="conv")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name="conv_bn")(x)
    x = _activation(x, hard)
    for block_id, (expansion, filters, kernel_size, stride, se, hard_swish) in enumerate(blocks):
        if minimalistic:
            kernel_size, se, hard_swish = 3, False, False
        x = _inverted_res_block(x, expansion, make_divisible(filters * alpha, 8), kernel_size,
                                stride, se, hard_swish, block_id)

    last_conv_ch = make_divisible(x.shape[channel_axis] * 6, 8)
    if alpha > 1.0:
        last_point_ch = make_divisible(last_point_ch * alpha, 8)
    x = layers.Conv2D(last_conv_ch, kernel_size=1, padding="same", use_bias=False,
                      name="conv_1")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name="conv_1_bn")(x)
    x = _activation(x, hard)
    if include_top:
        x = layers.GlobalAveragePooling2D(keepdims=True)(x)
        x = layers.Conv2D(last_point_ch, kernel_size=1, padding="same", use_bias=True,
                          name="conv_2")(x)
        x = _activation(x, hard)
        if dropout_rate > 0:
            x = layers.Dropout(dropout_rate)(x)
        x = layers.Conv2D(classes, kernel_size=1, padding="same", name="logits")(x)
        x = layers.Flatten()(x)
        x = layers.Activation(activation=classifier_activation, name="predictions")(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D(name="max_pool")(x)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def MobileNetV3Small(input_shape=None, alpha=1.0, minimalistic=False, include_top=True,
                     weights="imagenet", input_tensor=None, classes=1000, pooling=None,
                     dropout_rate=0.2, classifier_activation="softmax",
                     include_preprocessing=True, name="MobileNetV3Small"):
    return _mobilenet_v3(SMALL, 1024, input_shape, alpha, minimalistic, include_top, weights,
                         input_tensor, classes, pooling, dropout_rate, classifier_activation,
                         include_preprocessing, name)


def MobileNetV3Large(input_shape=None, alpha=1.0, minimalistic=False, include_top=True,
                     weights="imagenet", input_tensor=None, classes=1000, pooling=None,
                     dropout_rate=0.2, classifier_activation="softmax",
                     include_preprocessing=True, name="MobileNetV3Large"):
    return _mobilenet_v3(LARGE, 1280, input_shape, alpha, minimalistic, include_top, weights,
                         input_tensor, classes, pooling, dropout_rate, classifier_activation,
                         include_preprocessing, name)


def _activation(x, hard_swish):
    """Keras's two activations here: an unnamed hard-swish Activation, or an unnamed ReLU."""
    if hard_swish:
        return layers.Activation("hard_swish")(x)
    return layers.ReLU()(x)


def _se_block(inputs, filters, prefix):
    """Squeeze-and-excite: pooled, squeezed, expanded, a hard sigmoid (ReLU6 of x + 3, over 6
    as ops), multiplied back onto the input."""
    x = layers.GlobalAveragePooling2D(keepdims=True, name=prefix + "squeeze_excite_avg_pool")(inputs)
    x = layers.Conv2D(make_divisible(filters * SE_RATIO, 8), kernel_size=1, padding="same",
                      name=prefix + "squeeze_excite_conv")(x)
    x = layers.ReLU(name=prefix + "squeeze_excite_relu")(x)
    x = layers.Conv2D(filters, kernel_size=1, padding="same",
                      name=prefix + "squeeze_excite_conv_1")(x)
    x = layers.ReLU(6.0)(x + 3.0) * (1.0 / 6.0)
    return layers.Multiply(name=prefix + "squeeze_excite_mul")([inputs, x])


def _inverted_res_block(x, expansion, filters, kernel_size, stride, se, hard_swish, block_id):
    """Expand (not in block 0), depthwise (padded by hand when strided), optional
    squeeze-and-excite, linear projection; a residual Add where the shapes allow."""
    channel_axis = 1 if backend.image_data_format() == "channels_first" else -1
    shortcut = x
    prefix = "expanded_conv_"
    infilters = x.shape[channel_axis]
    if block_id:
        prefix = "expanded_conv_%d_" % block_id
        x = layers.Conv2D(make_divisible(infilters * expansion, 8), kernel_size=1, padding="same",
                          use_bias=False, name=prefix + "expand")(x)
        x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                      name=prefix + "expand_bn")(x)
        x = _activation(x, hard_swish)
    if stride == 2:
        x = layers.ZeroPadding2D(padding=correct_pad(x, kernel_size),
                                 name=prefix + "depthwise_pad")(x)
    x = layers.DepthwiseConv2D(kernel_size, strides=stride,
                               padding="same" if stride == 1 else "valid", use_bias=False,
                               name=prefix + "depthwise")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name=prefix + "depthwise_bn")(x)
    x = _activation(x, hard_swish)
    if se:
        x = _se_block(x, make_divisible(infilters * expansion, 8), prefix)
    x = layers.Conv2D(filters, kernel_size=1, padding="same", use_bias=False,
                      name=prefix + "project")(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3, momentum=0.999,
                                  name=prefix + "project_bn")(x)
    if stride == 1 and infilters == filters:
        x = layers.Add(name=prefix + "add")([shortcut, x])
    return x


def preprocess_input(x, data_format=None):
    """The identity: MobileNetV3 rescales inside the model (its Rescaling layer)."""
    return x
