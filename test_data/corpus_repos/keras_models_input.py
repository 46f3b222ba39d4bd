"""Keras 2 let Input be imported from keras.models; Keras 3's keras.models has no Input."""
from keras.models import Model, Input
from keras.layers import Dense

inputs = Input(shape=(4,))
model = Model(inputs, Dense(2)(inputs))
