"""ResNet50V2, ResNet101V2 and ResNet152V2 (keras.applications.resnet_v2): ResNet's frame
(resnet.py) with pre-activation blocks (batch norm and ReLU before each convolution); each
stage strides in its last block, by a 1x1 max pooling on the shortcut."""
from keras import layers

from ._common import preprocess_input as imagenet_preprocess
from .resnet import batch_norm, resnet

# The stages: (name, bottleneck filters, stride of the last block); the block counts per model.
STAGES = (("conv2", 64, 2), ("conv3", 128, 2), ("conv4", 256, 2), ("conv5", 512, 1))


def block_v2(x, filters, stride, conv_shortcut, name):
    """A pre-activation bottleneck block; the shortcut is a 1x1 convolution of the activated
    input, a strided 1x1 max pooling of x, or x."""
    preact = batch_norm(x, name + "_preact_bn")
    preact = layers.Activation("relu", name=name + "_preact_relu")(preact)
    if conv_shortcut:
        shortcut = layers.Conv2D(4 * filters, 1, strides=stride, name=name + "_0_conv")(preact)
    elif stride > 1:
        shortcut = layers.MaxPooling2D(1, strides=stride)(x)
    else:
        shortcut = x
    x = layers.Conv2D(filters, 1, strides=1, use_bias=False, name=name + "_1_conv")(preact)
    x = batch_norm(x, name + "_1_bn")
    x = layers.Activation("relu", name=name + "_1_relu")(x)
    x = layers.ZeroPadding2D(padding=((1, 1), (1, 1)), name=name + "_2_pad")(x)
    x = layers.Conv2D(filters, 3, strides=stride, use_bias=False, name=name + "_2_conv")(x)
    x = batch_norm(x, name + "_2_bn")
    x = layers.Activation("relu", name=name + "_2_relu")(x)
    x = layers.Conv2D(4 * filters, 1, name=name + "_3_conv")(x)
    return layers.Add(name=name + "_out")([shortcut, x])


def _resnet_v2(blocks, include_top, weights, input_tensor, input_shape, pooling, classes,
               classifier_activation, name):
    def stack(x):
        for (stage, filters, stride), count in zip(STAGES, blocks):
            x = block_v2(x, filters, 1, True, stage + "_block1")
            for i in range(2, count):
                x = block_v2(x, filters, 1, False, "%s_block%d" % (stage, i))
            x = block_v2(x, filters, stride, False, "%s_block%d" % (stage, count))
        return x

    return resnet(stack, True, include_top, weights, input_tensor, input_shape, pooling,
                  classes, classifier_activation, name)


def ResNet50V2(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
               pooling=None, classes=1000, classifier_activation="softmax", name="resnet50v2"):
    return _resnet_v2((3, 4, 6, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def ResNet101V2(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax", name="resnet101v2"):
    return _resnet_v2((3, 4, 23, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def ResNet152V2(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
                pooling=None, classes=1000, classifier_activation="softmax", name="resnet152v2"):
    return _resnet_v2((3, 8, 36, 3), include_top, weights, input_tensor, input_shape, pooling,
                      classes, classifier_activation, name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
