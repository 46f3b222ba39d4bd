import tensorflow as tf
from tensorflow.keras import layers, Model

def conv_block(x, filters, kernel_size=3):
    x = layers.Conv2D(filters, kernel_size, padding="same")(x)
    x = layers.BatchNormalization()(x)
    return layers.Activation("relu")(x)

inputs = tf.keras.Input(shape=(32, 32, 3))
x = conv_block(inputs, 16)
shortcut = x
for filters in (16, 16):
    y = conv_block(x, filters)
    x = layers.add([x, y])
x = layers.GlobalAveragePooling2D()(x)
side = tf.keras.Input(shape=(5,), name="meta")
h = layers.Dense(8)(side)
merged = layers.concatenate([x, h])
shared = layers.Dense(4)
a = shared(merged)
b = shared(merged)
out1 = layers.Dense(10, activation="softmax", name="cls")(a)
out2 = layers.Dense(1, name="reg")(layers.Subtract()([a, b]))
model = Model(inputs=[inputs, side], outputs=[out1, out2])

enc = tf.keras.Sequential([layers.Dense(6, activation="relu"), layers.Dense(3)])
i2 = tf.keras.Input((12,))
m2 = tf.keras.Model(i2, enc(i2))
seqin = tf.keras.Input((10, 8))
seq_out = layers.Dense(2)(layers.Dense(4)(seqin))
seqm = Model(seqin, seq_out)
