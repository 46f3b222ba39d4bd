# ViT tutorials cut images into patches with keras.ops.image.extract_patches, in a layer's
# call and on the functional graph; overlapping patches (strides) and "same" padding too.
import keras
from keras import layers, ops


class Patches(layers.Layer):
    def __init__(self, patch_size):
        super().__init__()
        self.patch_size = patch_size

    def call(self, images):
        batch_size, height, width, channels = ops.shape(images)
        patches = ops.image.extract_patches(images, size=self.patch_size)
        count = (height // self.patch_size) * (width // self.patch_size)
        return ops.reshape(patches, (batch_size, count, self.patch_size * self.patch_size * channels))


inputs = keras.Input(shape=(48, 48, 3))
tokens = Patches(8)(inputs)
tokens = layers.Dense(32)(tokens)
overlap = ops.image.extract_patches(inputs, size=(6, 6), strides=4, padding="same")
overlap = layers.Conv2D(16, 1)(overlap)
vit = keras.Model(inputs, [layers.GlobalAveragePooling1D()(tokens), layers.GlobalAveragePooling2D()(overlap)])
