"""ResNet50, ResNet101 and ResNet152 (keras.applications.resnet): a 7x7 stem, then four stages
of bottleneck blocks (1x1, 3x3, 1x1 convolutions with a shortcut added); ``resnet(...)`` is
the frame ResNetV2 (resnet_v2.py) shares, with pre-activation blocks."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess

# The stages: (name, bottleneck filters, stride of the first block); the block counts per model.
STAGES = (("conv2", 64, 1), ("conv3", 128, 2), ("conv4", 256, 2), ("conv5", 512, 2))


def bn_axis():
    return 3 if backend.image_data_format() == "channels_last" else 1


def batch_norm(x, name):
    return layers.BatchNormalization(axis=bn_axis(), epsilon=1.001e-5, name=name)(x)


def resnet(stack, preact, include_top, weights, input_tensor, input_shape, pooling, classes,
           classifier_activation, name):
    """The frame of every ResNet: stem, ``stack(x)``, then the top or the pooling."""
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=224, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    x = layers.ZeroPadding2D(padding=((3, 3), (3, 3)), name="conv1_pad")(img_input)
    x = layers.Conv2D(64, 7, strides=2, name="conv1_conv")(x)
    if not preact:
        x = batch_norm(x, "conv1_bn")
        x = layers.Activation("relu", name="conv1_relu")(x)
    x = layers.ZeroPadding2D(padding=((1, 1), (1, 1)), name="pool1_pad")(x)
    x = layers.MaxPooling2D(3, strides=2, name="pool1_pool")(x)
    x = stack(x)
    if preact:
        x = batch_norm(x, "post_bn")
        x = layers.Activation("relu", name="post_relu")(x)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool="avg_pool",
                   pool_names=("avg_pool", "max_pool"))
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def block_v1(x, filters, stride, conv_shortcut, name):
    """A bottleneck block: the shortcut (a strided 1x1 convolution, or x) plus three convolutions."""
    if conv_shortcut:
        shortcut = layers.Conv2D(4 * filters, 1, strides=stride, name=name + "_0_conv")(x)
        shortcut = batch_norm(shortcut, name + "_0_bn")
    else:
        shortcut = x
    x = layers.Conv2D(filters, 1, strides=stride, name=name + "_1_conv")(x)
    x = batch_norm(x, name + "_1_bn")
    x = layers.Activation("relu", name=name + "_1_relu")(x)
    x = layers.Conv2D(filters, 3, padding="SAME", name=name + "_2_conv")(x)
    x = batch_norm(x, name + "_2_bn")
    x = layers.Activation("relu", name=name + "_2_relu")(x)
    x = layers.Conv2D(4 * filters, 1, name=name + "_3_conv")(x)
    x = batch_norm(x, name + "_3_bn")
    x = layers.Add(name=name + "_add")([shortcut, x])
    return layers.Activation("relu", name=name + "_out")(x)


def _resnet_v1(blocks, include_top, weights, input_tensor, input_shape, pooling, classes,
               classifier_activation, name):
    def stack(x):
        for (stage, filters, stride), count in zip(STAGES, blocks):
            x = block_v1(x, filters, stride, True, stage + "_block1")
            for i in range(2, count + 1):
                x = block_v1(x, filters, 1, False, "%s_block%d" % (stage, i))
        return x

    return resnet(stack, False, include_top, weights, input_tensor, input_shape, pooling,
                  classes, classifier_activation, name)


def ResNet50(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
             pooling=None, classes=1000, classifier_activation="softmax", name="resnet50"):
    return _resnet_v1((3, 4, 6, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def ResNet101(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
              pooling=None, classes=1000, classifier_activation="softmax", name="resnet101"):
    return _resnet_v1((3, 4, 23, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def ResNet152(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
              pooling=None, classes=1000, classifier_activation="softmax", name="resnet152"):
    return _resnet_v1((3, 8, 36, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="caffe")
