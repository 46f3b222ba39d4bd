"""Keras 3 code that mixes layers with tensor arithmetic, keras.ops and Lambda layers."""
import keras
from keras import layers, ops


def shown(t):
    return layers.Activation("linear")(t)  # a layer, so Keras lists the op's shape


x = keras.Input((4, 6), name="seq")
y = keras.Input((4, 6))
outs = [
    shown(x + y), shown(1.0 - x), shown(x * 2), shown(x / 127.5 - 1.0), shown(-x), shown(x ** 2),
    shown(x[:, 0]), shown(x[:, 1:3]), shown(x[..., :2]), shown(x[:, None, :, 0]), shown(x[:, -1, :]),
    shown(ops.mean(x, axis=1)), shown(ops.sum(x, axis=-1, keepdims=True)), shown(ops.max(x, axis=(1, 2))),
    shown(ops.concatenate([x, y], axis=-1)), shown(ops.stack([x, y], axis=1)),
    shown(ops.reshape(x, (-1, 24))), shown(ops.expand_dims(x, 1)), shown(ops.transpose(x, (0, 2, 1))),
    shown(ops.relu(x)), shown(ops.softmax(x)), shown(ops.abs(x)), shown(ops.maximum(x, 0.0)),
    shown(ops.squeeze(ops.expand_dims(x, -1), -1)), shown(ops.argmax(x, axis=-1)),
]
z = layers.Lambda(lambda t: t / 255.0)(x)
z = layers.Lambda(lambda t: ops.mean(t, axis=1))(z)
pair = layers.Lambda(lambda ts: ts[0] * ts[1])([x, y])


def sampling(args):
    z_mean, z_log_var = args
    eps = keras.random.normal(shape=ops.shape(z_mean))
    return z_mean + ops.exp(0.5 * z_log_var) * eps


mu = layers.Dense(2)(z)
log_var = layers.Dense(2)(z)
code = layers.Lambda(sampling, output_shape=(2,), name="z")([mu, log_var])
scaled = layers.Lambda(lambda t, k: t * k, arguments={"k": 3})(code)
res = layers.Dense(6)(pair) + x
model = keras.Model([x, y], outs + [scaled, layers.Flatten()(res)])

seq = keras.Sequential([
    keras.Input((32, 32, 3)),
    layers.Lambda(lambda im: im / 127.5 - 1.0),
    layers.Conv2D(4, 3),
    layers.Lambda(lambda t: t[:, 2:-2, 2:-2, :]),
    layers.Flatten(),
    layers.Dense(3),
])
