"""One builder, several models: a sweep over sizes, and an encoder/decoder pair."""
import keras
from keras import layers


def build_mlp(hidden, num_classes=10, name=None):
    model = keras.Sequential(name=name)
    model.add(layers.Input(shape=(20,)))
    for units in hidden:
        model.add(layers.Dense(units, activation="relu"))
    model.add(layers.Dense(num_classes, activation="softmax"))
    return model


small = build_mlp([16])
large = build_mlp([64, 32], name="large")
sweep = [build_mlp([n], num_classes=2) for n in (4, 8)]  # never bound by name: Keras names them


def dense_block(shape, units):
    inputs = keras.Input(shape=shape)
    return keras.Model(inputs, layers.Dense(units)(inputs))


encoder = dense_block((12,), 3)
decoder = dense_block((3,), 12)
autoencoder = keras.Sequential([encoder, decoder])
