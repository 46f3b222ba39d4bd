"""A project of several modules: constants from config.py, blocks from a package with an
__init__ and a relative import, a custom layer from custom_layers.py."""
import keras

import config
from config import CHANNELS, IMG_SIZE
from custom_layers import ChannelScale
from models import build_head, conv_block

inputs = keras.Input(shape=(IMG_SIZE, IMG_SIZE, CHANNELS))
x = ChannelScale()(inputs)
for index in range(2):
    x = conv_block(x, index)
outputs = build_head(x, config.N_CLASSES)
model = keras.Model(inputs, outputs)
