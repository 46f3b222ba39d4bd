"""The GAN idiom: the discriminator is compiled, then frozen, then stacked with the generator."""
import keras
from keras import layers
from keras.models import Sequential

latent_dim = 32


def build_generator():
    model = Sequential()
    model.add(layers.Dense(7 * 7 * 16, input_dim=latent_dim))
    model.add(layers.LeakyReLU(negative_slope=0.2))
    model.add(layers.Reshape((7, 7, 16)))
    model.add(layers.Conv2DTranspose(8, (4, 4), strides=(2, 2), padding="same"))
    model.add(layers.BatchNormalization())
    model.add(layers.Conv2D(1, (7, 7), activation="sigmoid", padding="same"))
    return model


def build_discriminator(in_shape=(14, 14, 1)):
    model = Sequential()
    model.add(layers.Conv2D(8, (3, 3), strides=(2, 2), padding="same", input_shape=in_shape))
    model.add(layers.LeakyReLU(negative_slope=0.2))
    model.add(layers.Dropout(0.4))
    model.add(layers.Flatten())
    model.add(layers.Dense(1, activation="sigmoid"))
    model.compile(loss="binary_crossentropy", optimizer="adam")
    return model


generator = build_generator()
discriminator = build_discriminator()
discriminator.trainable = False
gan = Sequential([generator, discriminator])

# A feature extractor with its first layers frozen, as transfer learning does it.
inputs = keras.Input(shape=(16,))
x = layers.Dense(32, name="features")(inputs)
x = layers.BatchNormalization()(x)
x = layers.Dense(8)(x)
outputs = layers.Dense(2, activation="softmax")(x)
classifier = keras.Model(inputs, outputs)
for layer in classifier.layers[:3]:
    layer.trainable = False
for layer in classifier.layers:
    if isinstance(layer, layers.BatchNormalization):
        layer.trainable = True

# A layer added to a frozen model is trainable itself, but the frozen model counts none.
frozen_then_grown = Sequential([keras.Input((4,)), layers.Dense(3)])
frozen_then_grown.trainable = False
frozen_then_grown.add(layers.Dense(2))
