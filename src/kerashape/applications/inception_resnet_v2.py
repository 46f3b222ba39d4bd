"""InceptionResNetV2 (keras.applications.inception_resnet_v2): InceptionV3's stem, then three
stages, each a reduction module (branches concatenated, as in InceptionV3: see the step
format in inception_v3.py) and a run of residual Inception blocks (block35, block17, block8)
whose branches are concatenated, projected by a 1x1 convolution and added, scaled, to the
block's input."""
from keras import backend, layers, Model

from ._common import check_top, image_input, model_inputs, obtain_input_shape, pooled_top
from ._common import preprocess_input as imagenet_preprocess
from .inception_v3 import STEM, branch

# Each stage: its reduction module's branches and name, then its block type, scale and count.
STAGES = (
    (([(96, 1, 1)], [(48, 1, 1), (64, 5, 5)], [(64, 1, 1), (96, 3, 3), (96, 3, 3)],
      ["avg", (64, 1, 1)]), "mixed_5b", "block35", 0.17, 10),
    (([(384, 3, 3, 2)], [(256, 1, 1), (256, 3, 3), (384, 3, 3, 2)], ["max"]),
     "mixed_6a", "block17", 0.1, 20),
    (([(256, 1, 1), (384, 3, 3, 2)], [(256, 1, 1), (288, 3, 3, 2)],
      [(256, 1, 1), (288, 3, 3), (320, 3, 3, 2)], ["max"]), "mixed_7a", "block8", 0.2, 10),
)
# The branches of each residual block type.
BLOCKS = {
    "block35": ([(32, 1, 1)], [(32, 1, 1), (32, 3, 3)], [(32, 1, 1), (48, 3, 3), (64, 3, 3)]),
    "block17": ([(192, 1, 1)], [(128, 1, 1), (160, 1, 7), (192, 7, 1)]),
    "block8": ([(192, 1, 1)], [(192, 1, 1), (224, 1, 3), (256, 3, 1)]),
}


class CustomScaleLayer(layers.Layer):
    """``inputs[0] + inputs[1] * scale``: the residual sum, as Keras's own layer of this name."""

    def __init__(self, scale, **kwargs):
        super().__init__(**kwargs)
        self.scale = scale

    def call(self, inputs):
        return inputs[0] + inputs[1] * self.scale


def residual_block(x, scale, block_type, block_idx, activation, channel_axis):
    block_name = "%s_%d" % (block_type, block_idx)
    mixed = layers.Concatenate(axis=channel_axis, name=block_name + "_mixed")(
        [branch(x, steps, channel_axis) for steps in BLOCKS[block_type]])
    up = layers.Conv2D(x.shape[channel_axis], 1, use_bias=True, name=block_name + "_conv")(mixed)
    x = CustomScaleLayer(scale)([x, up])
    if activation is not None:
        x = layers.Activation(activation, name=block_name + "_ac")(x)
    return x


def InceptionResNetV2(include_top=True, weights="imagenet", input_tensor=None,
                      input_shape=None, pooling=None, classes=1000,
                      classifier_activation="softmax", name="inception_resnet_v2"):
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=299, min_size=75,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    channel_axis = 1 if backend.image_data_format() == "channels_first" else 3
    x = branch(img_input, STEM, channel_axis)
    for reduction, reduction_name, block_type, scale, count in STAGES:
        x = layers.Concatenate(axis=channel_axis, name=reduction_name)(
            [branch(x, steps, channel_axis) for steps in reduction])
        for i in range(1, count + 1):
            if block_type == "block8" and i == count:  # the last block: unscaled, no ReLU
                x = residual_block(x, 1.0, block_type, i, None, channel_axis)
            else:
                x = residual_block(x, scale, block_type, i, "relu", channel_axis)
    x = layers.Conv2D(1536, 1, use_bias=False, name="conv_7b")(x)
    x = layers.BatchNormalization(axis=channel_axis, scale=False, name="conv_7b_bn")(x)
    x = layers.Activation("relu", name="conv_7b_ac")(x)
    x = pooled_top(x, include_top, pooling, classes, classifier_activation, top_pool="avg_pool")
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="tf")
