# A notebook rebinds `model` cell after cell: a run of it finds each earlier model only under
# Keras's name (sequential, sequential_1) and the last one as `model`. A rebinding that may
# not run (a condition kerashape cannot decide) leaves the name where it was.
import os

import keras
from keras import layers

model = keras.Sequential([keras.Input((4,)), layers.Dense(8)])
model.summary()

model = keras.Sequential([keras.Input((4,)), layers.Dense(2), layers.Dense(1)])

inputs = keras.Input((4,))
model = keras.Model(inputs, layers.Dense(3)(inputs))
if os.environ.get("WIDE_MODEL"):
    model = keras.Sequential([layers.Dense(1)])
