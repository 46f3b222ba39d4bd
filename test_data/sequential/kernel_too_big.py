# A 5x5 kernel on a 4x4 map with padding="valid": Keras raises (KSH102).
import keras

model = keras.Sequential([
    keras.Input(shape=(8, 8, 1)),
    keras.layers.Conv2D(4, 3, strides=2),
    keras.layers.Conv2D(4, 5),
])
