"""Custom layers as keras.io examples and blog posts write them: sublayers made in __init__,
weights made in build() with add_weight, call() wired with keras.ops."""
import keras
from keras import layers, ops


class TokenAndPositionEmbedding(layers.Layer):
    def __init__(self, maxlen, vocab_size, embed_dim):
        super().__init__()
        self.token_emb = layers.Embedding(input_dim=vocab_size, output_dim=embed_dim)
        self.pos_emb = layers.Embedding(input_dim=maxlen, output_dim=embed_dim)

    def call(self, x):
        maxlen = ops.shape(x)[-1]
        positions = ops.arange(0, maxlen, 1)
        positions = self.pos_emb(positions)
        x = self.token_emb(x)
        return x + positions


class TransformerBlock(layers.Layer):
    def __init__(self, embed_dim, num_heads, ff_dim, rate=0.1):
        super().__init__()
        self.att = layers.MultiHeadAttention(num_heads=num_heads, key_dim=embed_dim)
        self.ffn = keras.Sequential([layers.Dense(ff_dim, activation="relu"), layers.Dense(embed_dim)])
        self.layernorm1 = layers.LayerNormalization(epsilon=1e-6)
        self.layernorm2 = layers.LayerNormalization(epsilon=1e-6)
        self.dropout1 = layers.Dropout(rate)
        self.dropout2 = layers.Dropout(rate)

    def call(self, inputs):
        attn_output = self.att(inputs, inputs)
        attn_output = self.dropout1(attn_output)
        out1 = self.layernorm1(inputs + attn_output)
        ffn_output = self.ffn(out1)
        ffn_output = self.dropout2(ffn_output)
        return self.layernorm2(out1 + ffn_output)


class AttentionPooling(layers.Layer):
    """The Keras 2 era attention layer: its own weights, made in build()."""

    def build(self, input_shape):
        self.W = self.add_weight(name="att_weight", shape=(input_shape[-1], 1), initializer="normal")
        self.b = self.add_weight(name="att_bias", shape=(input_shape[1], 1), initializer="zeros")
        self.scale = self.add_weight(shape=(1,), initializer="ones", trainable=False)
        super().build(input_shape)

    def call(self, x):
        e = ops.tanh(ops.matmul(x, self.W) + self.b)
        a = ops.softmax(e, axis=1)
        return ops.sum(x * a, axis=1) * self.scale


maxlen, vocab_size, embed_dim = 50, 1000, 16
inputs = layers.Input(shape=(maxlen,))
x = TokenAndPositionEmbedding(maxlen, vocab_size, embed_dim)(inputs)
x = TransformerBlock(embed_dim, 2, 32)(x)
x = layers.Add()([x, layers.Dropout(0.1)(x)])  # "add": the + inside the layers took no name
pooled = AttentionPooling(name="attention_pooling")(x)
outputs = layers.Dense(2, activation="softmax")(pooled)
model = keras.Model(inputs=inputs, outputs=outputs)

# The same layer in a Sequential: built by the Sequential's own build.
seq = keras.Sequential([layers.Input((10, 8)), AttentionPooling(), layers.Dense(1)])


class Builder:
    """A model builder class, as GAN repositories write them."""

    latent_dim = 8

    def __init__(self, channels):
        self.channels = channels
        self.generator = self.build_generator()

    def build_generator(self):
        model = keras.Sequential()
        model.add(layers.Dense(4 * 4 * 8, input_dim=self.latent_dim))
        model.add(layers.Reshape((4, 4, 8)))
        model.add(layers.Conv2D(self.channels, 3, padding="same"))
        noise = layers.Input(shape=(self.latent_dim,))
        return keras.Model(noise, model(noise))


generator = Builder(3).generator
