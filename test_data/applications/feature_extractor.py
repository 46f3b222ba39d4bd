# Features of a frozen VGG19 at several depths (style transfer, perceptual losses): a model
# from the backbone's input to some of its layers' outputs.
import keras

STYLE_LAYERS = ["block1_conv1", "block2_conv1", "block3_conv1", "block4_conv1", "block5_conv1"]

vgg = keras.applications.VGG19(include_top=False, weights="imagenet", input_shape=(256, 256, 3))
vgg.trainable = False
outputs = [vgg.get_layer(name).output for name in STYLE_LAYERS]
extractor = keras.Model([vgg.input], outputs)

content = keras.Model(vgg.input, vgg.layers[-2].output)
