# A conv stack that never flattens: Dense acts per pixel (KSH201 once, at the first Dense).
from keras import Sequential, layers

model = Sequential([
    layers.Input((32, 32, 3)),
    layers.Conv2D(16, 3, padding="same"),
    layers.Dense(8),
    layers.Dense(4),
    layers.ZeroPadding2D(1),
    layers.Cropping2D(((1, 0), (0, 1))),
    layers.UpSampling2D(2),
])
