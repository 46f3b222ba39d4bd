# Transposed, separable and depthwise convolutions, augmentation and resizing layers.
import keras
from keras import layers

decoder = keras.Sequential([
    keras.Input(shape=(7, 7, 16)),
    layers.Conv2DTranspose(32, 3, strides=2, padding="same"),
    layers.Conv2DTranspose(16, (3, 3), strides=(2, 2)),
    layers.Conv2DTranspose(8, 4, strides=2, padding="same", output_padding=1),
    layers.Conv2DTranspose(4, 3, strides=1, padding="valid", output_padding=0, use_bias=False),
])

mobile = keras.Sequential([
    keras.Input(shape=(64, 64, 3)),
    layers.Rescaling(1.0 / 255),
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(0.1),
    layers.RandomZoom(0.1),
    layers.Resizing(48, 40),
    layers.CenterCrop(32, 32),
    layers.DepthwiseConv2D(3, depth_multiplier=2),
    layers.SeparableConv2D(16, 3, strides=2, padding="same"),
    layers.GroupNormalization(groups=4),
    layers.DepthwiseConv2D((3, 3), use_bias=False),
    layers.UnitNormalization(),
    layers.GlobalMaxPooling2D(),
])

signal = keras.Sequential([
    keras.Input(shape=(100, 4)),
    layers.SeparableConv1D(8, 5, depth_multiplier=3, padding="causal" if False else "same"),
    layers.DepthwiseConv1D(3, strides=2),
    layers.Conv1DTranspose(6, 4, strides=3),
])
