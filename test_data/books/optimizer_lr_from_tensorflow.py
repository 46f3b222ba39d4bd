# TF 2 books import keras from tensorflow and give the optimizer lr=, which Keras 3 refuses
# ("Argument(s) not recognized"), as it does through tf.keras.
import tensorflow as tf
from tensorflow import keras

model = keras.models.Sequential([keras.Input(shape=(8,)), keras.layers.Dense(1)])
model.compile(loss="mse", optimizer=keras.optimizers.SGD(lr=0.05))
fine_tune = tf.keras.optimizers.Adam(lr=1e-4)
