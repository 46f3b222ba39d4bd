"""The data-dependent idioms of real code, with the data stated in the file: every number
stays exact (the same programs reading their data from outside are unknown: tests/test_unknowns.py)."""
import keras
from keras import layers

class_names = []
for dirname in sorted(["cats", "dogs", "birds"]):
    class_names.append(dirname)
classifier = keras.Sequential([keras.Input(shape=(128,)), layers.Dense(len(class_names), activation="softmax")])

vocab = {}
for line in ["the cat sat", "the dog ran"]:
    for w in line.split():
        if w not in vocab:
            vocab[w] = len(vocab)
embedder = keras.Sequential([keras.Input(shape=(10,)), layers.Embedding(len(vocab), 4)])

config = {"units": 8}
try:
    config.update({"units": 16})
except KeyError:
    pass
configured = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(config["units"])])

sizes = [32]
if len(class_names) > 2:
    sizes.extend([16, 8])
stack = keras.Sequential([keras.Input(shape=(20,))])
for units in sizes:
    stack.add(layers.Dense(units))

inputs = keras.Input(shape=(4,))
units = len("abcd")
a = layers.Dense(units)(inputs)
units = len("abc")
b = layers.Dense(units + 1)(inputs)
merged = keras.Model(inputs, layers.Add()([a, b]))
