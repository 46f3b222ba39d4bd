"""Keras tests boolean arguments by their truth (``if self.use_bias:``), so a string is a
bias: use_bias="False" still makes one (a DeepLab ASPP block written so), "" does not."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 16))
x = layers.Conv2D(8, 3, padding="same", use_bias="False")(inputs)
x = layers.Conv2DTranspose(4, 2, strides=2, use_bias="")(x)
x = layers.BatchNormalization(center=0, scale="yes")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(2, use_bias="False")(x)
model = keras.Model(inputs, outputs)
