"""A Dense per position whose axes a later layer takes away: a 1x1 bottleneck on the feature maps,
then Flatten; and a per-step Dense on a fixed window read by an LSTM. No KSH201."""
import keras
from keras import layers

bottleneck = keras.Sequential([
    layers.Input((32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.Dense(8, activation="relu"),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])

window = keras.Input((10, 8))
x = layers.Dense(16, activation="relu")(window)
x = layers.LSTM(32)(x)
forecaster = keras.Model(window, layers.Dense(1)(x))

features = keras.Input((8, 8, 16))
pooled = keras.ops.mean(layers.Dense(4)(features), axis=(1, 2))
pooling = keras.Model(features, layers.Dense(2)(pooled))
