"""VGG16 and VGG19 (keras.applications.vgg16 / vgg19): five blocks of 3x3 convolutions, each
closed by a 2x2 max pooling; the top is Flatten and three Dense layers."""
from keras import backend, layers, Model

from ._common import image_input, model_inputs, obtain_input_shape
from ._common import preprocess_input as imagenet_preprocess


def _vgg(convs_per_block, include_top, input_tensor, input_shape, pooling, classes,
         classifier_activation, name, weights):
    input_shape = obtain_input_shape(input_shape, default_size=224, min_size=32,
                                     data_format=backend.image_data_format(),
                                     require_flatten=include_top, weights=weights)
    img_input = image_input(input_tensor, input_shape)
    x = img_input
    for block, (filters, convs) in enumerate(zip((64, 128, 256, 512, 512), convs_per_block)):
        for conv in range(convs):
            x = layers.Conv2D(filters, (3, 3), activation="relu", padding="same",
                              name="block%d_conv%d" % (block + 1, conv + 1))(x)
        x = layers.MaxPooling2D((2, 2), strides=(2, 2), name="block%d_pool" % (block + 1))(x)
    if include_top:
        x = layers.Flatten(name="flatten")(x)
        x = layers.Dense(4096, activation="relu", name="fc1")(x)
        x = layers.Dense(4096, activation="relu", name="fc2")(x)
        x = layers.Dense(classes, activation=classifier_activation, name="predictions")(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D()(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D()(x)
    return Model(model_inputs(input_tensor, img_input), x, name=name)


def VGG16(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
          pooling=None, classes=1000, classifier_activation="softmax", name="vgg16"):
    return _vgg((2, 2, 3, 3, 3), include_top, input_tensor, input_shape, pooling, classes,
                classifier_activation, name, weights)


def VGG19(include_top=True, weights="imagenet", input_tensor=None, input_shape=None,
          pooling=None, classes=1000, classifier_activation="softmax", name="vgg19"):
    return _vgg((2, 2, 4, 4, 4), include_top, input_tensor, input_shape, pooling, classes,
                classifier_activation, name, weights)


def preprocess_input(x, data_format=None):
    return imagenet_preprocess(x, data_format=data_format, mode="caffe")
