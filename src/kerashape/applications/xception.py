"""Xception (keras.applications.xception): two plain convolutions, then residual blocks of
3x3 separable convolutions: three strided entry blocks, eight middle blocks of three, one
strided exit block, and two wide separable convolutions at the end."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess

# The strided blocks: (block number, filters of its first and second separable convolution).
ENTRY = ((2, 128, 128), (3, 256, 256), (4, 728, 728))
EXIT = (13, 728, 1024)


def channel_axis():
    return 1 if backend.image_data_format() == "channels_first" else -1


def conv_bn_relu(x, filters, strides, name):
    x = layers.Conv2D(filters, (3, 3), strides=strides, use_bias=False, name=name)(x)
    x = layers.BatchNormalization(axis=channel_axis(), name=name + "_bn")(x)
    return layers.Activation("relu", name=name + "_act")(x)


def sepconv_bn(x, filters, name):
    x = layers.SeparableConv2D(filters, (3, 3), padding="same", use_bias=False, name=name)(x)
    return layers.BatchNormalization(axis=channel_axis(), name=name + "_bn")(x)


def strided_block(x, block, filters1, filters2):
    """Two separable convolutions and a max pooling, beside a strided 1x1 convolution."""
    residual = layers.Conv2D(filters2, (1, 1), strides=(2, 2), padding="same", use_bias=False)(x)
    residual = layers.BatchNormalization(axis=channel_axis())(residual)
    prefix = "block%d" % block
    if block != 2:  # the first block follows the stem's own ReLU
        x = layers.Activation("relu", name=prefix + "_sepconv1_act")(x)
    x = sepconv_bn(x, filters1, prefix + "_sepconv1")
    x = layers.Activation("relu", name=prefix + "_sepconv2_act")(x)
    x = sepconv_bn(x, filters2, prefix + "_sepconv2")
    x = layers.MaxPooling2D((3, 3), strides=(2, 2), padding="same", name=prefix + "_pool")(x)
    return layers.add([x, residual])


def middle_block(x, block):
    residual = x
    for i in (1, 2, 3):
        name = "block%d_sepconv%d" % (block, i)
        x = layers.Activation("relu", name=name + "_act")(x)
        x = sepconv_bn(x, 728, name)
    return layers.add([x, residual])


def Xception(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
             pooling=None, classes=1000, classifier_activation="softmax", name="xception"):
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=299, min_size=71,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    x = conv_bn_relu(img_input, 32, (2, 2), "block1_conv1")
    x = conv_bn_relu(x, 64, (1, 1), "block1_conv2")
    for block, filters1, filters2 in ENTRY:
        x = strided_block(x, block, filters1, filters2)
    for block in range(5, 13):
        x = middle_block(x, block)
    x = strided_block(x, EXIT[0], EXIT[1], EXIT[2])
    for i, filters in ((1, 1536), (2, 2048)):
        x = sepconv_bn(x, filters, "block14_sepconv%d" % i)
        x = layers.Activation("relu", name="block14_sepconv%d_act" % i)(x)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool="avg_pool")
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
