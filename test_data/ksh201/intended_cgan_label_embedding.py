"""A conditional GAN discriminator: the class label's embedding goes through a Dense and is
reshaped into one extra image channel. The Dense works on (None, 1, 50) by design. No KSH201."""
import keras
from keras import layers

label = keras.Input((1,))
li = layers.Embedding(10, 50)(label)
li = layers.Dense(28 * 28)(li)
li = layers.Reshape((28, 28, 1))(li)
image = keras.Input((28, 28, 1))
x = layers.Concatenate()([image, li])
x = layers.Conv2D(64, 3, strides=2, padding="same")(x)
x = layers.LeakyReLU(0.2)(x)
x = layers.Flatten()(x)
validity = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model([image, label], validity)
