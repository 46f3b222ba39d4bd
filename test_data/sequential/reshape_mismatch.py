# Reshape to 28x27 from 784 values: Keras raises (KSH103).
import keras

model = keras.Sequential()
model.add(keras.layers.Dense(784, input_dim=64))
model.add(keras.layers.Reshape((28, 27, 1)))
