"""``keras.applications``, described as Keras code that kerashape's own evaluator reads.

Each module here builds one family of Keras 3's application models with the public signature
Keras gives it (``ResNet50(include_top=True, weights="imagenet", input_tensor=None, ...)``),
written from the architecture Keras's sources specify: layer by layer, with Keras's layer and
model names. kerashape never imports these modules: when analysed code calls
``keras.applications.ResNet50(...)``, the evaluator reads ``resnet.py`` as it reads a module
of the user's project and runs the function on the user's arguments, so the backbone is a
model like any other (nested as one Functional layer, in full in its own summary). Weights
change no shape and are not loaded. The oracle tests run the same modules under real Keras
and compare every layer with ``keras.applications``.
"""

# keras.applications' modules, and the description module each one's functions are in.
MODULES = {
    "vgg16": "vgg", "vgg19": "vgg",
    "resnet": "resnet", "resnet50": "resnet", "resnet_v2": "resnet_v2",
    "inception_v3": "inception_v3", "inception_resnet_v2": "inception_resnet_v2",
    "xception": "xception", "densenet": "densenet",
    "mobilenet": "mobilenet", "mobilenet_v2": "mobilenet_v2", "mobilenet_v3": "mobilenet_v3",
    "nasnet": "nasnet",
    "efficientnet": "efficientnet", "efficientnet_v2": "efficientnet_v2", "convnext": "convnext",
    "imagenet_utils": "_common",
}
# keras.applications' modules that export fewer of their family's models than the family has
# (keras.applications.resnet50 has ResNet50 only; mobilenet_v3 none: only the top level has them).
MODULE_EXPORTS = {"resnet50": ("ResNet50",), "vgg16": ("VGG16",), "vgg19": ("VGG19",),
                  "mobilenet_v3": ()}
# keras.applications.<Name>: the description module that builds it.
MODELS = {
    **dict.fromkeys(["VGG16", "VGG19"], "vgg"),
    **dict.fromkeys(["ResNet50", "ResNet101", "ResNet152"], "resnet"),
    **dict.fromkeys(["ResNet50V2", "ResNet101V2", "ResNet152V2"], "resnet_v2"),
    "InceptionV3": "inception_v3", "InceptionResNetV2": "inception_resnet_v2",
    "Xception": "xception",
    **dict.fromkeys(["DenseNet121", "DenseNet169", "DenseNet201"], "densenet"),
    "MobileNet": "mobilenet", "MobileNetV2": "mobilenet_v2",
    **dict.fromkeys(["MobileNetV3Small", "MobileNetV3Large"], "mobilenet_v3"),
    **dict.fromkeys(["NASNetMobile", "NASNetLarge"], "nasnet"),
    **dict.fromkeys(["EfficientNetB%d" % i for i in range(8)], "efficientnet"),
    **dict.fromkeys(["EfficientNetV2B0", "EfficientNetV2B1", "EfficientNetV2B2", "EfficientNetV2B3",
                     "EfficientNetV2S", "EfficientNetV2M", "EfficientNetV2L"], "efficientnet_v2"),
    **dict.fromkeys(["ConvNeXtTiny", "ConvNeXtSmall", "ConvNeXtBase", "ConvNeXtLarge",
                     "ConvNeXtXLarge"], "convnext"),
}
