"""Models built from another model's layers, as feature extractors and activation viewers
are: every layer's output (the InputLayer's is the input), a slice of a Sequential's
layers, ``layers[-2].output`` and ``get_layer(name).output``."""
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(8, 3, activation="relu", name="block1")(inputs)
x = layers.MaxPooling2D()(x)
x = layers.Conv2D(16, 3, activation="relu", name="block2")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(10, activation="softmax")(x)
classifier = keras.Model(inputs, outputs)

activations = keras.Model(inputs=classifier.inputs, outputs=[layer.output for layer in classifier.layers])
features = keras.Model(classifier.input, classifier.get_layer("block2").output)
penultimate = keras.Model(inputs=classifier.input, outputs=classifier.layers[-2].output)

cnn = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(4, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(8, 3, activation="relu"),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
first_maps = keras.Model(inputs=cnn.inputs, outputs=[layer.output for layer in cnn.layers[:3]])
embedding = keras.Model(cnn.inputs, cnn.layers[-2].output)

mlp = keras.Sequential([layers.Dense(16, activation="relu", input_shape=(8,)), layers.Dense(1)])
hidden = keras.Model(mlp.inputs, mlp.layers[0].output)
