"""EfficientNetV2B0 to B3, S, M and L (keras.applications.efficientnet_v2): an optional
preprocessing (Rescaling, and a Normalization for the B variants), a strided 3x3 stem, stages of
fused MBConv blocks (one full convolution) then MBConv blocks (a depthwise one, with
squeeze-and-excitation), and a 1x1 top convolution."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape
from .efficientnet import BLOCK_LETTERS, round_repeats, squeeze_excite

# Each stage: kernel size, repeats, filters in, filters out, expansion ratio,
# squeeze-and-excitation ratio, first stride, fused (a full convolution instead of depthwise).
B_STAGES = (
    (3, 1, 32, 16, 1, 0, 1, True),
    (3, 2, 16, 32, 4, 0, 2, True),
    (3, 2, 32, 48, 4, 0, 2, True),
    (3, 3, 48, 96, 4, 0.25, 2, False),
    (3, 5, 96, 112, 6, 0.25, 1, False),
    (3, 8, 112, 192, 6, 0.25, 2, False),
)
STAGES = {
    "efficientnetv2-b0": B_STAGES, "efficientnetv2-b1": B_STAGES,
    "efficientnetv2-b2": B_STAGES, "efficientnetv2-b3": B_STAGES,
    "efficientnetv2-s": (
        (3, 2, 24, 24, 1, 0, 1, True),
        (3, 4, 24, 48, 4, 0, 2, True),
        (3, 4, 48, 64, 4, 0, 2, True),
        (3, 6, 64, 128, 4, 0.25, 2, False),
        (3, 9, 128, 160, 6, 0.25, 1, False),
        (3, 15, 160, 256, 6, 0.25, 2, False),
    ),
    "efficientnetv2-m": (
        (3, 3, 24, 24, 1, 0, 1, True),
        (3, 5, 24, 48, 4, 0, 2, True),
        (3, 5, 48, 80, 4, 0, 2, True),
        (3, 7, 80, 160, 4, 0.25, 2, False),
        (3, 14, 160, 176, 6, 0.25, 1, False),
        (3, 18, 176, 304, 6, 0.25, 2, False),
        (3, 5, 304, 512, 6, 0.25, 1, False),
    ),
    "efficientnetv2-l": (
        (3, 4, 32, 32, 1, 0, 1, True),
        (3, 7, 32, 64, 4, 0, 2, True),
        (3, 7, 64, 96, 4, 0, 2, True),
        (3, 10, 96, 192, 4, 0.25, 2, False),
        (3, 19, 192, 224, 6, 0.25, 1, False),
        (3, 25, 224, 384, 6, 0.25, 2, False),
        (3, 7, 384, 640, 6, 0.25, 1, False),
    ),
}


def round_filters(filters, width_coefficient, depth_divisor=8):
    """Filters scaled by the width coefficient, to the nearest multiple of ``depth_divisor``."""
    filters *= width_coefficient
    return int(max(depth_divisor, int(filters + depth_divisor / 2) // depth_divisor * depth_divisor))


def block(inputs, fused, filters_in, filters_out, expand_ratio, kernel_size, strides, se_ratio,
          activation, survival_probability, name):
    """An MBConv block (expand 1x1, depthwise) or a fused one (expand with a full convolution;
    without expansion, the projection does the convolution), then the projection."""
    bn_axis = 3 if backend.image_data_format() == "channels_last" else 1
    filters = filters_in * expand_ratio
    x = inputs
    if expand_ratio != 1:
        x = layers.Conv2D(filters, kernel_size=kernel_size if fused else 1,
                          strides=strides if fused else 1, padding="same", use_bias=False,
                          name=name + "expand_conv")(x)
        x = layers.BatchNormalization(axis=bn_axis, name=name + "expand_bn")(x)
        x = layers.Activation(activation, name=name + "expand_activation")(x)
    if not fused:
        x = layers.DepthwiseConv2D(kernel_size=kernel_size, strides=strides, padding="same",
                                   use_bias=False, name=name + "dwconv2")(x)
        x = layers.BatchNormalization(axis=bn_axis, name=name + "bn")(x)
        x = layers.Activation(activation, name=name + "activation")(x)
    if 0 < se_ratio <= 1:
        x = squeeze_excite(x, filters, filters_in, se_ratio, activation, name, bn_axis)
    convolves = fused and expand_ratio == 1
    x = layers.Conv2D(filters_out, kernel_size=kernel_size if convolves else 1,
                      strides=strides if convolves else 1, padding="same", use_bias=False,
                      name=name + "project_conv")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=name + "project_bn")(x)
    if convolves:
        x = layers.Activation(activation, name=name + "project_activation")(x)
    if strides == 1 and filters_in == filters_out:
        if survival_probability:
            x = layers.Dropout(survival_probability, noise_shape=(None, 1, 1, 1),
                               name=name + "drop")(x)
        x = layers.add([x, inputs], name=name + "add")
    return x


def EfficientNetV2(width_coefficient, depth_coefficient, default_size, dropout_rate=0.2,
                   drop_connect_rate=0.2, activation="swish", name="efficientnetv2",
                   include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                   pooling=None, classes=1000, classifier_activation="softmax",
                   include_preprocessing=True):
    stages = STAGES[name]  # Keras looks the variant up by the model's name
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=default_size, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    bn_axis = 3 if backend.image_data_format() == "channels_last" else 1

    x = img_input
    if include_preprocessing:
        if name.split("-")[-1].startswith("b") and input_shape[bn_axis - 1] == 3:
            x = layers.Rescaling(scale=1.0 / 255)(x)
            x = layers.Normalization(mean=[0.485, 0.456, 0.406],
                                     variance=[0.229 ** 2, 0.224 ** 2, 0.225 ** 2], axis=bn_axis)(x)
        else:
            x = layers.Rescaling(scale=1.0 / 128.0, offset=-1)(x)
    x = layers.Conv2D(round_filters(stages[0][2], width_coefficient), kernel_size=3, strides=2,
                      padding="same", use_bias=False, name="stem_conv")(x)
    x = layers.BatchNormalization(axis=bn_axis, name="stem_bn")(x)
    x = layers.Activation(activation, name="stem_activation")(x)

    blocks = float(sum(stage[1] for stage in stages))
    b = 0
    for i, (kernel_size, repeats, filters_in, filters_out, expand_ratio, se_ratio, strides,
            fused) in enumerate(stages):
        filters_in = round_filters(filters_in, width_coefficient)
        filters_out = round_filters(filters_out, width_coefficient)
        for j in range(round_repeats(repeats, depth_coefficient)):
            x = block(x, fused, filters_in if j == 0 else filters_out, filters_out, expand_ratio,
                      kernel_size, strides if j == 0 else 1, se_ratio, activation,
                      drop_connect_rate * b / blocks, "block%d%s_" % (i + 1, BLOCK_LETTERS[j]))
            b += 1

    x = layers.Conv2D(round_filters(1280, width_coefficient), kernel_size=1, strides=1,
                      padding="same", use_bias=False, name="top_conv")(x)
    x = layers.BatchNormalization(axis=bn_axis, name="top_bn")(x)
    x = layers.Activation(activation, name="top_activation")(x)
    if include_top:
        x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
        if dropout_rate > 0:
            x = layers.Dropout(dropout_rate, name="top_dropout")(x)
        x = layers.Dense(classes, activation=classifier_activation, name="predictions")(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D(name="max_pool")(x)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


# Each variant: width and depth coefficients and default input size.
def EfficientNetV2B0(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                     pooling=None, classes=1000, classifier_activation="softmax",
                     include_preprocessing=True, name="efficientnetv2-b0"):
    return EfficientNetV2(1.0, 1.0, 224, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2B1(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                     pooling=None, classes=1000, classifier_activation="softmax",
                     include_preprocessing=True, name="efficientnetv2-b1"):
    return EfficientNetV2(1.0, 1.1, 240, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2B2(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                     pooling=None, classes=1000, classifier_activation="softmax",
                     include_preprocessing=True, name="efficientnetv2-b2"):
    return EfficientNetV2(1.1, 1.2, 260, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2B3(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                     pooling=None, classes=1000, classifier_activation="softmax",
                     include_preprocessing=True, name="efficientnetv2-b3"):
    return EfficientNetV2(1.2, 1.4, 300, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2S(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                    pooling=None, classes=1000, classifier_activation="softmax",
                    include_preprocessing=True, name="efficientnetv2-s"):
    return EfficientNetV2(1.0, 1.0, 384, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2M(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                    pooling=None, classes=1000, classifier_activation="softmax",
                    include_preprocessing=True, name="efficientnetv2-m"):
    return EfficientNetV2(1.0, 1.0, 480, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def EfficientNetV2L(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                    pooling=None, classes=1000, classifier_activation="softmax",
                    include_preprocessing=True, name="efficientnetv2-l"):
    return EfficientNetV2(1.0, 1.0, 480, name=name, include_top=include_top, weights=weights,
                          input_tensor=input_tensor, input_shape=input_shape, pooling=pooling,
                          classes=classes, classifier_activation=classifier_activation,
                          include_preprocessing=include_preprocessing)


def preprocess_input(x, data_format=None):
    """A pass-through: EfficientNetV2's preprocessing is in the model (include_preprocessing)."""
    return x
