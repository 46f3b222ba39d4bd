"""NASNetMobile and NASNetLarge (keras.applications.nasnet): a strided stem convolution, two
stem reduction cells, then three stacks of ``num_blocks`` normal cells with a reduction cell
between them; each cell combines the last two cells' outputs through separable convolutions
and poolings. The top is average pooling and Dense. channels_last only, as in Keras."""
from keras import backend, layers, Model

from ._common import check_top, correct_pad, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess

BN = {"momentum": 0.9997, "epsilon": 1e-3}  # every BatchNormalization of NASNet


def _nasnet(input_shape, penultimate_filters, num_blocks, stem_block_filters, skip_reduction,
            filter_multiplier, include_top, weights, input_tensor, pooling, classes,
            default_size, classifier_activation, name):
    if backend.image_data_format() == "channels_first":
        raise ValueError("NASNet does not support the `channels_first` image data format. "
                         "Switch to `channels_last` by editing your local config file at "
                         "~/.keras/keras.json")
    check_top(weights, include_top, classes, classifier_activation)
    if isinstance(input_shape, tuple) and None in input_shape and weights == "imagenet":
        raise ValueError("When specifying the input shape of a NASNet and loading `ImageNet` "
                         "weights, the input_shape argument must be static (no None entries).")
    input_shape = obtain_input_shape(input_shape, default_size=default_size, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    if penultimate_filters % (24 * filter_multiplier ** 2) != 0:
        raise ValueError("For NASNet-A models, the `penultimate_filters` must be a multiple of "
                         "24 * (`filter_multiplier` ** 2). Current value: %s"
                         % (penultimate_filters,))
    filters = penultimate_filters // 24

    x = layers.Conv2D(stem_block_filters, (3, 3), strides=(2, 2), padding="valid",
                      use_bias=False, name="stem_conv1", kernel_initializer="he_normal")(img_input)
    x = layers.BatchNormalization(axis=-1, name="stem_bn1", **BN)(x)
    p = None
    x, p = _reduction_a_cell(x, p, filters // filter_multiplier ** 2, "stem_1")
    x, p = _reduction_a_cell(x, p, filters // filter_multiplier, "stem_2")
    for stack in range(3):
        if stack:  # a reduction cell between stacks; without skip_reduction its input is next
            cell_id = "reduce_%d" % (stack * num_blocks)
            x, p0 = _reduction_a_cell(x, p, filters * filter_multiplier ** stack, cell_id)
            if not skip_reduction:
                p = p0
        first = stack * num_blocks + 1 if stack else 0  # normal cells are numbered on
        for i in range(num_blocks):
            x, p = _normal_a_cell(x, p, filters * filter_multiplier ** stack, "%d" % (first + i))
    x = layers.Activation("relu")(x)

    x = pooled_top(x, include_top, pooling, classes, classifier_activation)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def NASNetMobile(input_shape=None, include_top=True, weights="imagenet", input_tensor=None,
                 pooling=None, classes=1000, classifier_activation="softmax",
                 name="nasnet_mobile"):
    if not include_top and input_shape is None:
        input_shape = (224, 224, 3)
    return _nasnet(input_shape, penultimate_filters=1056, num_blocks=4, stem_block_filters=32,
                   skip_reduction=False, filter_multiplier=2, include_top=include_top,
                   weights=weights, input_tensor=input_tensor, pooling=pooling, classes=classes,
                   default_size=224, classifier_activation=classifier_activation, name=name)


def NASNetLarge(input_shape=None, include_top=True, weights="imagenet", input_tensor=None,
                pooling=None, classes=1000, classifier_activation="softmax",
                name="nasnet_large"):
    return _nasnet(input_shape, penultimate_filters=4032, num_blocks=6, stem_block_filters=96,
                   skip_reduction=True, filter_multiplier=2, include_top=include_top,
                   weights=weights, input_tensor=input_tensor, pooling=pooling, classes=classes,
                   default_size=331, classifier_activation=classifier_activation, name=name)


def _separable_conv_block(ip, filters, kernel_size, block_id, strides=(1, 1)):
    """Two ReLU, SeparableConv2D, BatchNormalization steps; the first may be strided (padded by
    hand)."""
    x = layers.Activation("relu")(ip)
    conv_pad = "same"
    if strides == (2, 2):
        x = layers.ZeroPadding2D(padding=correct_pad(x, kernel_size),
                                 name="separable_conv_1_pad_%s" % block_id)(x)
        conv_pad = "valid"
    x = layers.SeparableConv2D(filters, kernel_size, strides=strides,
                               name="separable_conv_1_%s" % block_id, padding=conv_pad,
                               use_bias=False)(x)
    x = layers.BatchNormalization(axis=-1, name="separable_conv_1_bn_%s" % block_id, **BN)(x)
    x = layers.Activation("relu")(x)
    x = layers.SeparableConv2D(filters, kernel_size, name="separable_conv_2_%s" % block_id,
                               padding="same", use_bias=False)(x)
    return layers.BatchNormalization(axis=-1, name="separable_conv_2_bn_%s" % block_id, **BN)(x)


def _adjust_block(p, ip, filters, block_id):
    """The previous cell's output made to match this cell's input: halved in size (two offset
    average poolings, concatenated) or projected to ``filters`` channels."""
    if p is None:
        return ip
    if p.shape[-2] != ip.shape[-2]:
        p = layers.Activation("relu", name="adjust_relu_1_%s" % block_id)(p)
        p1 = layers.AveragePooling2D((1, 1), strides=(2, 2), padding="valid",
                                     name="adjust_avg_pool_1_%s" % block_id)(p)
        p1 = layers.Conv2D(filters // 2, (1, 1), padding="same", use_bias=False,
                           name="adjust_conv_1_%s" % block_id, kernel_initializer="he_normal")(p1)
        p2 = layers.ZeroPadding2D(padding=((0, 1), (0, 1)))(p)
        p2 = layers.Cropping2D(cropping=((1, 0), (1, 0)))(p2)
        p2 = layers.AveragePooling2D((1, 1), strides=(2, 2), padding="valid",
                                     name="adjust_avg_pool_2_%s" % block_id)(p2)
        p2 = layers.Conv2D(filters // 2, (1, 1), padding="same", use_bias=False,
                           name="adjust_conv_2_%s" % block_id, kernel_initializer="he_normal")(p2)
        p = layers.concatenate([p1, p2], axis=-1)
        return layers.BatchNormalization(axis=-1, name="adjust_bn_%s" % block_id, **BN)(p)
    if p.shape[-1] != filters:
        p = layers.Activation("relu")(p)
        p = layers.Conv2D(filters, (1, 1), strides=(1, 1), padding="same",
                          name="adjust_conv_projection_%s" % block_id, use_bias=False,
                          kernel_initializer="he_normal")(p)
        return layers.BatchNormalization(axis=-1, name="adjust_bn_%s" % block_id, **BN)(p)
    return p


def _cell_input(ip, filters, kind, block_id):
    """ReLU, 1x1 convolution and BatchNormalization of the cell's input."""
    h = layers.Activation("relu")(ip)
    h = layers.Conv2D(filters, (1, 1), strides=(1, 1), padding="same",
                      name="%s_conv_1_%s" % (kind, block_id), use_bias=False,
                      kernel_initializer="he_normal")(h)
    return layers.BatchNormalization(axis=-1, name="%s_bn_1_%s" % (kind, block_id), **BN)(h)


def _pool(kind, x, strides, padding, name):
    pool = layers.AveragePooling2D if kind == "avg" else layers.MaxPooling2D
    return pool((3, 3), strides=strides, padding=padding, name=name)(x)


def _normal_a_cell(ip, p, filters, block_id):
    p = _adjust_block(p, ip, filters, block_id)
    h = _cell_input(ip, filters, "normal", block_id)
    x1_1 = _separable_conv_block(h, filters, (5, 5), "normal_left1_%s" % block_id)
    x1_2 = _separable_conv_block(p, filters, (3, 3), "normal_right1_%s" % block_id)
    x1 = layers.add([x1_1, x1_2], name="normal_add_1_%s" % block_id)
    x2_1 = _separable_conv_block(p, filters, (5, 5), "normal_left2_%s" % block_id)
    x2_2 = _separable_conv_block(p, filters, (3, 3), "normal_right2_%s" % block_id)
    x2 = layers.add([x2_1, x2_2], name="normal_add_2_%s" % block_id)
    x3 = _pool("avg", h, (1, 1), "same", "normal_left3_%s" % block_id)
    x3 = layers.add([x3, p], name="normal_add_3_%s" % block_id)
    x4_1 = _pool("avg", p, (1, 1), "same", "normal_left4_%s" % block_id)
    x4_2 = _pool("avg", p, (1, 1), "same", "normal_right4_%s" % block_id)
    x4 = layers.add([x4_1, x4_2], name="normal_add_4_%s" % block_id)
    x5 = _separable_conv_block(h, filters, (3, 3), "normal_left5_%s" % block_id)
    x5 = layers.add([x5, h], name="normal_add_5_%s" % block_id)
    x = layers.concatenate([p, x1, x2, x3, x4, x5], axis=-1, name="normal_concat_%s" % block_id)
    return x, ip


def _reduction_a_cell(ip, p, filters, block_id):
    p = _adjust_block(p, ip, filters, block_id)
    h = _cell_input(ip, filters, "reduction", block_id)
    h3 = layers.ZeroPadding2D(padding=correct_pad(h, 3), name="reduction_pad_1_%s" % block_id)(h)
    x1_1 = _separable_conv_block(h, filters, (5, 5), "reduction_left1_%s" % block_id, (2, 2))
    x1_2 = _separable_conv_block(p, filters, (7, 7), "reduction_right1_%s" % block_id, (2, 2))
    x1 = layers.add([x1_1, x1_2], name="reduction_add_1_%s" % block_id)
    x2_1 = _pool("max", h3, (2, 2), "valid", "reduction_left2_%s" % block_id)
    x2_2 = _separable_conv_block(p, filters, (7, 7), "reduction_right2_%s" % block_id, (2, 2))
    x2 = layers.add([x2_1, x2_2], name="reduction_add_2_%s" % block_id)
    x3_1 = _pool("avg", h3, (2, 2), "valid", "reduction_left3_%s" % block_id)
    x3_2 = _separable_conv_block(p, filters, (5, 5), "reduction_right3_%s" % block_id, (2, 2))
    x3 = layers.add([x3_1, x3_2], name="reduction_add3_%s" % block_id)
    x4 = _pool("avg", x1, (1, 1), "same", "reduction_left4_%s" % block_id)
    x4 = layers.add([x2, x4])
    x5_1 = _separable_conv_block(x1, filters, (3, 3), "reduction_left4_%s" % block_id)
    x5_2 = _pool("max", h3, (2, 2), "valid", "reduction_right5_%s" % block_id)
    x5 = layers.add([x5_1, x5_2], name="reduction_add4_%s" % block_id)
    x = layers.concatenate([x2, x3, x4, x5], axis=-1, name="reduction_concat_%s" % block_id)
    return x, ip


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
