# The classifier top with ImageNet weights only takes the size it was trained at.
import keras
from keras import layers

base = keras.applications.VGG16(input_shape=(160, 160, 3), weights="imagenet")
base.trainable = False
inputs = keras.Input(shape=(160, 160, 3))
outputs = layers.Dense(2)(base(inputs))
model = keras.Model(inputs, outputs)
