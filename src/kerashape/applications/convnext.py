"""ConvNeXtTiny, Small, Base, Large and XLarge (keras.applications.convnext): an optional
Normalization, a patchify stem and three downsampling blocks (each a small Sequential), and four
stages of ConvNeXt blocks: a 7x7 depthwise (grouped) convolution, LayerNormalization, two Dense
layers as pointwise convolutions, a LayerScale, and a residual sum (an ops node, not a layer).

The public functions build every block with drop_path_rate 0, so Keras puts an identity
Activation("linear") where stochastic depth would be; no StochasticDepth layer is ever made."""
from keras import backend, layers, Layer, Model, Sequential

from ._common import check_top, image_input, model_inputs, obtain_input_shape

# Each variant: blocks per stage, and the channels of each stage. All default to 224x224.
VARIANTS = {
    "tiny": ((3, 3, 9, 3), (96, 192, 384, 768)),
    "small": ((3, 3, 27, 3), (96, 192, 384, 768)),
    "base": ((3, 3, 27, 3), (128, 256, 512, 1024)),
    "large": ((3, 3, 27, 3), (192, 384, 768, 1536)),
    "xlarge": ((3, 3, 27, 3), (256, 512, 1024, 2048)),
}


class LayerScale(Layer):
    """Keras's LayerScale: the input times a trainable per-channel ``gamma``."""

    def __init__(self, init_values, projection_dim, **kwargs):
        super().__init__(**kwargs)
        self.init_values = init_values
        self.projection_dim = projection_dim

    def build(self, _):
        self.gamma = self.add_weight(shape=(self.projection_dim,), trainable=True)

    def call(self, x):
        return x * self.gamma


def convnext_block(x, projection_dim, name):
    inputs = x
    x = layers.Conv2D(filters=projection_dim, kernel_size=7, padding="same", groups=projection_dim,
                      name=name + "_depthwise_conv")(x)
    x = layers.LayerNormalization(epsilon=1e-6, name=name + "_layernorm")(x)
    x = layers.Dense(4 * projection_dim, name=name + "_pointwise_conv_1")(x)
    x = layers.Activation("gelu", name=name + "_gelu")(x)
    x = layers.Dense(projection_dim, name=name + "_pointwise_conv_2")(x)
    x = LayerScale(1e-6, projection_dim, name=name + "_layer_scale")(x)
    x = layers.Activation("linear", name=name + "_identity")(x)
    return inputs + x


def ConvNeXt(variant, name, include_preprocessing=True, include_top=True, weights=None,
             input_tensor=None, input_shape=None, pooling=None, classes=1000,
             classifier_activation="softmax"):
    depths, projection_dims = VARIANTS[variant]
    if backend.image_data_format() == "channels_first":
        raise ValueError("ConvNeXt does not support the `channels_first` image data format.")
    check_top(weights, include_top, classes, classifier_activation)
    input_shape = obtain_input_shape(input_shape, default_size=224, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)

    x = img_input
    if include_preprocessing and input_shape[2] == 3:
        x = layers.Normalization(
            mean=[0.485 * 255, 0.456 * 255, 0.406 * 255],
            variance=[(0.229 * 255) ** 2, (0.224 * 255) ** 2, (0.225 * 255) ** 2],
            name=name + "_prestem_normalization")(x)
    # Keras makes the stem and the three downsampling blocks before it applies any of them.
    downsampling = [Sequential([
        layers.Conv2D(projection_dims[0], kernel_size=4, strides=4, name=name + "_stem_conv"),
        layers.LayerNormalization(epsilon=1e-6, name=name + "_stem_layernorm"),
    ], name=name + "_stem")]
    for i in range(3):
        downsampling.append(Sequential([
            layers.LayerNormalization(epsilon=1e-6, name="%s_downsampling_layernorm_%d" % (name, i)),
            layers.Conv2D(projection_dims[i + 1], kernel_size=2, strides=2,
                          name="%s_downsampling_conv_%d" % (name, i)),
        ], name="%s_downsampling_block_%d" % (name, i)))
    for i in range(4):
        x = downsampling[i](x)
        for j in range(depths[i]):
            x = convnext_block(x, projection_dims[i], "%s_stage_%d_block_%d" % (name, i, j))

    if include_top:
        x = layers.GlobalAveragePooling2D(name=name + "_head_gap")(x)
        x = layers.LayerNormalization(epsilon=1e-6, name=name + "_head_layernorm")(x)
        x = layers.Dense(classes, activation=classifier_activation, name=name + "_head_dense")(x)
    else:
        if pooling == "avg":
            x = layers.GlobalAveragePooling2D()(x)
        elif pooling == "max":
            x = layers.GlobalMaxPooling2D()(x)
        x = layers.LayerNormalization(epsilon=1e-6)(x)
    model = Model(model_inputs(input_tensor, img_input), x, name=name)
    if weights == "imagenet" and "convnext_" + variant not in name:
        raise ValueError('Model name "%s" does not match weights variant "convnext_%s".'
                         % (name, variant))
    return model


def ConvNeXtTiny(include_top=True, include_preprocessing=True, weights="imagenet",
                 input_tensor=None, input_shape=None, pooling=None, classes=1000,
                 classifier_activation="softmax", name="convnext_tiny"):
    return ConvNeXt("tiny", name, include_preprocessing, include_top, weights, input_tensor,
                    input_shape, pooling, classes, classifier_activation)


def ConvNeXtSmall(include_top=True, include_preprocessing=True, weights="imagenet",
                  input_tensor=None, input_shape=None, pooling=None, classes=1000,
                  classifier_activation="softmax", name="convnext_small"):
    return ConvNeXt("small", name, include_preprocessing, include_top, weights, input_tensor,
                    input_shape, pooling, classes, classifier_activation)


def ConvNeXtBase(include_top=True, include_preprocessing=True, weights="imagenet",
                 input_tensor=None, input_shape=None, pooling=None, classes=1000,
                 classifier_activation="softmax", name="convnext_base"):
    return ConvNeXt("base", name, include_preprocessing, include_top, weights, input_tensor,
                    input_shape, pooling, classes, classifier_activation)


def ConvNeXtLarge(include_top=True, include_preprocessing=True, weights="imagenet",
                  input_tensor=None, input_shape=None, pooling=None, classes=1000,
                  classifier_activation="softmax", name="convnext_large"):
    return ConvNeXt("large", name, include_preprocessing, include_top, weights, input_tensor,
                    input_shape, pooling, classes, classifier_activation)


def ConvNeXtXLarge(include_top=True, include_preprocessing=True, weights="imagenet",
                   input_tensor=None, input_shape=None, pooling=None, classes=1000,
                   classifier_activation="softmax", name="convnext_xlarge"):
    return ConvNeXt("xlarge", name, include_preprocessing, include_top, weights, input_tensor,
                    input_shape, pooling, classes, classifier_activation)


def preprocess_input(x, data_format=None):
    """A pass-through: ConvNeXt's preprocessing is in the model (include_preprocessing)."""
    return x
