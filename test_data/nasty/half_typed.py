import keras
m = keras.Sequential([keras.layers.Dense(
