"""DenseNet121, DenseNet169 and DenseNet201 (keras.applications.densenet): a 7x7 stem, then
four dense blocks (each conv block concatenates 32 new channels to its input), with a
transition (1x1 convolution halving the channels, 2x2 average pooling) between them."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess

GROWTH_RATE = 32


def batch_norm(x, name):
    bn_axis = 3 if backend.image_data_format() == "channels_last" else 1
    return layers.BatchNormalization(axis=bn_axis, epsilon=1.001e-5, name=name)(x)


def conv_block(x, name):
    """BN-ReLU-1x1 conv, BN-ReLU-3x3 conv, its output concatenated to x."""
    bn_axis = 3 if backend.image_data_format() == "channels_last" else 1
    x1 = batch_norm(x, name + "_0_bn")
    x1 = layers.Activation("relu", name=name + "_0_relu")(x1)
    x1 = layers.Conv2D(4 * GROWTH_RATE, 1, use_bias=False, name=name + "_1_conv")(x1)
    x1 = batch_norm(x1, name + "_1_bn")
    x1 = layers.Activation("relu", name=name + "_1_relu")(x1)
    x1 = layers.Conv2D(GROWTH_RATE, 3, padding="same", use_bias=False, name=name + "_2_conv")(x1)
    return layers.Concatenate(axis=bn_axis, name=name + "_concat")([x, x1])


def transition_block(x, reduction, name):
    bn_axis = 3 if backend.image_data_format() == "channels_last" else 1
    x = batch_norm(x, name + "_bn")
    x = layers.Activation("relu", name=name + "_relu")(x)
    x = layers.Conv2D(int(x.shape[bn_axis] * reduction), 1, use_bias=False, name=name + "_conv")(x)
    return layers.AveragePooling2D(2, strides=2, name=name + "_pool")(x)


def densenet(blocks, include_top, weights, input_tensor, input_shape, pooling, classes,
             classifier_activation, name):
    if backend.image_data_format() == "channels_first":
        raise ValueError("DenseNet does not support the `channels_first` image data format. "
                         "Switch to `channels_last` by editing your local config file at "
                         "~/.keras/keras.json")
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=224, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    x = layers.ZeroPadding2D(padding=((3, 3), (3, 3)))(img_input)
    x = layers.Conv2D(64, 7, strides=2, use_bias=False, name="conv1_conv")(x)
    x = batch_norm(x, "conv1_bn")
    x = layers.Activation("relu", name="conv1_relu")(x)
    x = layers.ZeroPadding2D(padding=((1, 1), (1, 1)))(x)
    x = layers.MaxPooling2D(3, strides=2, name="pool1")(x)
    for stage, count in enumerate(blocks):
        for i in range(count):
            x = conv_block(x, "conv%d_block%d" % (stage + 2, i + 1))
        if stage < len(blocks) - 1:
            x = transition_block(x, 0.5, "pool%d" % (stage + 2))
    x = batch_norm(x, "bn")
    x = layers.Activation("relu", name="relu")(x)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool="avg_pool",
                   pool_names=("avg_pool", "max_pool"))
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def DenseNet121(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax", name="densenet121"):
    return densenet((6, 12, 24, 16), include_top, weights, input_tensor, input_shape, pooling,
                    classes, classifier_activation, name)


def DenseNet169(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax", name="densenet169"):
    return densenet((6, 12, 32, 32), include_top, weights, input_tensor, input_shape, pooling,
                    classes, classifier_activation, name)


def DenseNet201(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax", name="densenet201"):
    return densenet((6, 12, 48, 32), include_top, weights, input_tensor, input_shape, pooling,
                    classes, classifier_activation, name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="torch")
