"""A U-Net script's imports: everything from keras.layers and keras.optimizers, then the
Keras 2 spelling Adam(lr=...), which Keras 3 refuses at that call."""
from keras.layers import *
from keras.models import Model
from keras.optimizers import *

inputs = Input((64, 64, 1))
x = Conv2D(8, 3, padding="same", activation="relu")(inputs)
outputs = Conv2D(1, 1, activation="sigmoid")(x)
model = Model(inputs, outputs)
model.compile(optimizer=Adam(lr=1e-4), loss="binary_crossentropy")
