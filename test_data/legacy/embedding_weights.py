import numpy as np
import keras

matrix = np.zeros((100, 8))
model = keras.Sequential([keras.Input((5,)),
                          keras.layers.Embedding(100, 8, weights=[matrix]),
                          keras.layers.Flatten(),
                          keras.layers.Dense(1)])
