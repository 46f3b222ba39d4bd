# Adding (None, 4) and (None, 3): Keras raises at the Add call (KSH104).
import keras
from keras import layers

inputs = keras.Input(shape=(4,))
hidden = layers.Dense(3)(inputs)
total = layers.Add()([inputs, hidden])
model = keras.Model(inputs, total)
