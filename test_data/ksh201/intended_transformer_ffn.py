"""A transformer encoder block: the feed-forward Dense layers act per token after attention and
LayerNormalization, and global pooling gives one vector per text. No KSH201."""
import keras
from keras import layers

tokens = keras.Input((64,))
x = layers.Embedding(10000, 32)(tokens)
attention = layers.MultiHeadAttention(num_heads=2, key_dim=32)(x, x)
x = layers.LayerNormalization()(layers.Add()([x, attention]))
ffn = layers.Dense(64, activation="relu")(x)
ffn = layers.Dense(32)(ffn)
x = layers.LayerNormalization()(layers.Add()([x, ffn]))
x = layers.GlobalAveragePooling1D()(x)
outputs = layers.Dense(2, activation="softmax")(x)
model = keras.Model(tokens, outputs)
