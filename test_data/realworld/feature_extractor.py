"""Models cut out of another by its tensors, as the Keras blog's autoencoder and feature
extraction posts do: model.input, model.output, model.get_layer(...).output, layers[i].output."""
import keras
from keras import layers

input_img = keras.Input(shape=(784,))
encoded = layers.Dense(32, activation="relu", name="bottleneck")(input_img)
decoded = layers.Dense(784, activation="sigmoid")(encoded)
autoencoder = keras.Model(input_img, decoded)

encoder = keras.Model(inputs=autoencoder.input, outputs=autoencoder.get_layer("bottleneck").output)
encoded_input = keras.Input(shape=(32,))
decoder = keras.Model(encoded_input, autoencoder.layers[-1](encoded_input))

features = keras.Model(autoencoder.inputs, autoencoder.layers[1].output)
probe = layers.Dense(10, activation="softmax")(features.output)
classifier = keras.Model(features.input, probe)
both = keras.Model(inputs=autoencoder.inputs,
                   outputs=[autoencoder.get_layer(index=1).output, autoencoder.outputs[0]])
