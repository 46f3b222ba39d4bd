"""A small U-Net with an attention head: Conv2DTranspose, skip concatenations, MHA, two outputs."""
import keras
from keras import layers


def down(x, filters):
    x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
    skip = layers.BatchNormalization()(x)
    return layers.MaxPooling2D()(skip), skip


def up(x, skip, filters):
    x = layers.Conv2DTranspose(filters, 2, strides=2, padding="same")(x)
    x = layers.Concatenate(axis=-1)([x, skip])
    return layers.Conv2D(filters, 3, padding="same", activation="relu")(x)


image = keras.Input(shape=(32, 32, 3), name="image")
x, skip1 = down(image, 8)
x, skip2 = down(x, 16)
x = layers.Conv2D(32, 3, padding="same")(x)
x = up(x, skip2, 16)
x = up(x, skip1, 8)
mask = layers.Conv2D(1, 1, activation="sigmoid", name="mask")(x)

tokens = layers.Reshape((32 * 32, 8))(x)
attended = layers.MultiHeadAttention(num_heads=2, key_dim=4)(tokens, tokens)
pooled = layers.GlobalAveragePooling1D()(layers.Add()([tokens, attended]))
label = layers.Dense(5, activation="softmax", name="label")(pooled)

model = keras.Model(inputs=image, outputs=[mask, label])
