"""keras.layers.Pipeline: its layers applied in turn, shown by Keras as one Pipeline layer
with their weights as its own."""
import keras
from keras import layers

augment = layers.Pipeline([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(0.1),
    layers.Rescaling(1 / 255.0),
])
head = layers.Pipeline([layers.Dense(32, activation="relu"), layers.Dropout(0.2), layers.Dense(4)])

inputs = keras.Input(shape=(64, 64, 3))
x = augment(inputs)
x = layers.Conv2D(8, 3, activation="relu")(x)
x = layers.GlobalAveragePooling2D()(x)
model = keras.Model(inputs, head(x))

sequential = keras.Sequential([keras.Input(shape=(8,)), head, layers.Dense(1)])
