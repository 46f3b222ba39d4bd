"""MobileNet (keras.applications.mobilenet): a strided 3x3 convolution and thirteen depthwise
separable blocks (3x3 depthwise, 1x1 pointwise, each with BatchNormalization and ReLU6); the
top is average pooling, Dropout and a 1x1 convolution as the classifier. ``alpha`` scales the
widths, ``depth_multiplier`` the depthwise convolutions."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape
from ._common import preprocess_input as imagenet_preprocess

# The depthwise separable blocks: (pointwise filters, stride), conv_dw_1 to conv_dw_13.
BLOCKS = ((64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
          (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1))
# The square sizes that have ImageNet weights; any other size names the model after 224.
WEIGHT_SIZES = (128, 160, 192, 224)


def MobileNet(input_shape=None, alpha=1.0, depth_multiplier=1, dropout=1e-3, include_top=True,
              weights="imagenet", input_tensor=None, pooling=None, classes=1000,
              classifier_activation="softmax", name=None):
    check_top(weights, include_top, classes, classifier_activation)
    channels_first = backend.image_data_format() == "channels_first"
    default_size = 224
    if input_shape is not None:
        rows, cols = input_shape[1:3] if channels_first else input_shape[0:2]
        if rows == cols and rows in WEIGHT_SIZES:
            default_size = rows
    input_shape = obtain_input_shape(input_shape, default_size=default_size, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    rows, cols = input_shape[1:3] if channels_first else input_shape[0:2]
    if weights == "imagenet":
        if depth_multiplier != 1:
            raise ValueError("If imagenet weights are being loaded, depth multiplier must be 1.  "
                             "Received depth_multiplier=%s" % (depth_multiplier,))
        if alpha not in (0.25, 0.50, 0.75, 1.0):
            raise ValueError("If imagenet weights are being loaded, alpha can be one of"
                             "`0.25`, `0.50`, `0.75` or `1.0` only.  Received alpha=%s" % (alpha,))
        if rows != cols or rows not in WEIGHT_SIZES:
            rows = 224
    img_input = image_input(input_tensor, input_shape)
    channel_axis = 1 if channels_first else -1

    x = layers.Conv2D(int(32 * alpha), (3, 3), padding="same", use_bias=False, strides=(2, 2),
                      name="conv1")(img_input)
    x = layers.BatchNormalization(axis=channel_axis, name="conv1_bn")(x)
    x = layers.ReLU(6.0, name="conv1_relu")(x)
    for block_id, (filters, stride) in enumerate(BLOCKS, start=1):
        x = _depthwise_conv_block(x, int(filters * alpha), depth_multiplier, stride, block_id)

    if include_top:
        x = layers.GlobalAveragePooling2D(keepdims=True)(x)
        x = layers.Dropout(dropout, name="dropout")(x)
        x = layers.Conv2D(classes, (1, 1), padding="same", name="conv_preds")(x)
        x = layers.Reshape((classes,), name="reshape_2")(x)
        x = layers.Activation(activation=classifier_activation, name="predictions")(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D()(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D()(x)
    if name is None:
        name = "mobilenet_%.2f_%s" % (alpha, rows)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def _depthwise_conv_block(inputs, filters, depth_multiplier, stride, block_id):
    """Depthwise 3x3 (padded bottom-right by hand when strided), then pointwise 1x1."""
    channel_axis = 1 if backend.image_data_format() == "channels_first" else -1
    x = inputs
    if stride == 2:
        x = layers.ZeroPadding2D(((0, 1), (0, 1)), name="conv_pad_%d" % block_id)(x)
    x = layers.DepthwiseConv2D((3, 3), padding="same" if stride == 1 else "valid",
                               depth_multiplier=depth_multiplier, strides=(stride, stride),
                               use_bias=False, name="conv_dw_%d" % block_id)(x)
    x = layers.BatchNormalization(axis=channel_axis, name="conv_dw_%d_bn" % block_id)(x)
    x = layers.ReLU(6.0, name="conv_dw_%d_relu" % block_id)(x)
    x = layers.Conv2D(filters, (1, 1), padding="same", use_bias=False, strides=(1, 1),
                      name="conv_pw_%d" % block_id)(x)
    x = layers.BatchNormalization(axis=channel_axis, name="conv_pw_%d_bn" % block_id)(x)
    return layers.ReLU(6.0, name="conv_pw_%d_relu" % block_id)(x)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
