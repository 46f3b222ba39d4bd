"""A tf.keras script reaching keras.backend through the tensorflow module: Keras 3's backend
has no square, so the Lambda fails where the model is built."""
import tensorflow as tf
from tensorflow import keras

inputs = keras.Input(shape=(16,))
x = keras.layers.Dense(8)(inputs)
squared = keras.layers.Lambda(lambda t: tf.keras.backend.square(t))(x)
model = keras.Model(inputs, squared)
