"""Code that asks whether a variable axis is None, as Keras's own applications do (correct_pad,
NASNet's adjust block): while the model is built Keras holds None there, so the answers are
known and so are the layers that follow from them."""
import keras
from keras import layers

inputs = keras.Input(shape=(None, None, 3))
x = layers.Conv2D(8, 3, strides=2)(inputs)
rows = x.shape[1]
adjust = 1 if rows is None else 1 - rows % 2
x = layers.ZeroPadding2D(((1 - adjust, 1), (1 - adjust, 1)))(x)
same_width = x.shape[2] == inputs.shape[2]
width = x.shape[2] or 12
x = layers.Conv2D(16 if same_width else 4, 1)(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(width)(x)
model = keras.Model(inputs, outputs)
