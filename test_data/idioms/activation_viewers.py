"""Activation viewers over a Sequential's layers, chosen by name, by class in a loop, and
through a dict comprehension keyed by Keras's layer names."""
import keras
from keras import layers
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
conv_outputs = [layer.output for layer in model.layers if "conv" in layer.name]
viewer = keras.Model(inputs=model.inputs, outputs=conv_outputs)
outputs = []
for layer in model.layers:
    if isinstance(layer, (layers.Conv2D, layers.MaxPooling2D)):
        outputs.append(layer.output)
maps = keras.Model(model.inputs, outputs)
named = {layer.name: layer.output for layer in model.layers}
pooled = keras.Model(model.inputs, named["max_pooling2d_1"])
