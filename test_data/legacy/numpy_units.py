import numpy as np
from keras import layers, models

shape = (3, 3, 64)
model = models.Sequential()
model.add(layers.Input((150,)))
model.add(layers.Dense(np.prod(shape), activation='relu'))
model.add(layers.Dense(1))
