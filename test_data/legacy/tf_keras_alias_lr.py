# TF 2-era code that names tf.keras once and uses the alias: Keras 3's optimizers refuse lr=
import tensorflow as tf
keras = tf.keras

model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(lr=1e-3), loss="mse")
