"""InceptionV3 (keras.applications.inception_v3): a stem of convolutions, then eleven
Inception modules ``mixed0``..``mixed10``, each a concatenation of parallel branches.

A branch is a list of steps from the module's input: ``(filters, rows, cols)`` is a 'same'
convolution with batch norm and ReLU (``conv2d_bn``), ``(..., "valid")`` one without padding,
``(..., 2)`` one of stride 2 without padding; ``"avg"`` a 3x3 average pooling of stride 1,
``"max"`` a 3x3 max pooling of stride 2; ``("split", a, b, name)`` two convolutions of the
branch so far, concatenated. Every layer is auto-named, as in Keras."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess


def conv2d_bn(x, filters, rows, cols, padding="same", strides=(1, 1)):
    """A convolution without bias, batch norm without scale, ReLU."""
    bn_axis = 1 if backend.image_data_format() == "channels_first" else 3
    x = layers.Conv2D(filters, (rows, cols), strides=strides, padding=padding, use_bias=False)(x)
    x = layers.BatchNormalization(axis=bn_axis, scale=False)(x)
    return layers.Activation("relu")(x)


def conv_step(x, step):
    filters, rows, cols = step[:3]
    if len(step) == 3:
        return conv2d_bn(x, filters, rows, cols)
    if step[3] == "valid":
        return conv2d_bn(x, filters, rows, cols, padding="valid")
    return conv2d_bn(x, filters, rows, cols, padding="valid", strides=(2, 2))


def branch(x, steps, channel_axis):
    for step in steps:
        if step == "avg":
            x = layers.AveragePooling2D((3, 3), strides=(1, 1), padding="same")(x)
        elif step == "max":
            x = layers.MaxPooling2D((3, 3), strides=(2, 2))(x)
        elif step[0] == "split":
            x = layers.Concatenate(axis=channel_axis, name=step[3])(
                [conv_step(x, step[1]), conv_step(x, step[2])])
        else:
            x = conv_step(x, step)
    return x


def module_a(pool_filters):
    return ([(64, 1, 1)], [(48, 1, 1), (64, 5, 5)], [(64, 1, 1), (96, 3, 3), (96, 3, 3)],
            ["avg", (pool_filters, 1, 1)])


def module_c(f):
    """The 7x7 module, factorised into 1x7 and 7x1 convolutions."""
    return ([(192, 1, 1)], [(f, 1, 1), (f, 1, 7), (192, 7, 1)],
            [(f, 1, 1), (f, 7, 1), (f, 1, 7), (f, 7, 1), (192, 1, 7)], ["avg", (192, 1, 1)])


def module_e(split_name):
    """The widest module: its 3x3 branches split into 1x3 and 3x1 halves."""
    return ([(320, 1, 1)], [(384, 1, 1), ("split", (384, 1, 3), (384, 3, 1), split_name)],
            [(448, 1, 1), (384, 3, 3), ("split", (384, 1, 3), (384, 3, 1), None)],
            ["avg", (192, 1, 1)])


# mixed0 .. mixed10 in order.
MODULES = (
    module_a(32), module_a(64), module_a(64),
    ([(384, 3, 3, 2)], [(64, 1, 1), (96, 3, 3), (96, 3, 3, 2)], ["max"]),
    module_c(128), module_c(160), module_c(160), module_c(192),
    ([(192, 1, 1), (320, 3, 3, 2)], [(192, 1, 1), (192, 1, 7), (192, 7, 1), (192, 3, 3, 2)],
     ["max"]),
    module_e("mixed9_0"), module_e("mixed9_1"),
)
STEM = ((32, 3, 3, 2), (32, 3, 3, "valid"), (64, 3, 3), "max", (80, 1, 1, "valid"),
        (192, 3, 3, "valid"), "max")


def InceptionV3(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax",
                name="inception_v3"):
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=299, min_size=75,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    channel_axis = 1 if backend.image_data_format() == "channels_first" else 3
    x = branch(img_input, STEM, channel_axis)
    for i, branches in enumerate(MODULES):
        outputs = [branch(x, steps, channel_axis) for steps in branches]
        x = layers.Concatenate(axis=channel_axis, name="mixed%d" % i)(outputs)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool="avg_pool")
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
