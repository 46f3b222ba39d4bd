"""Convolution feature maps into Dense with no Flatten or global pooling: the classifier's output
keeps the 13x13 positions. No labels are stated; the feature maps alone make it a mistake."""
import keras
from keras import layers

inputs = keras.Input((28, 28, 1))
x = layers.Conv2D(16, 3, activation="relu")(inputs)
x = layers.MaxPooling2D()(x)
x = layers.Dense(64, activation="relu")(x)  # KSH201
x = layers.Dropout(0.5)(x)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs, outputs)
