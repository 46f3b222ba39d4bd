import numpy as np
import keras

kernel, bias = np.zeros((4, 3)), np.zeros(3)
model = keras.Sequential([keras.Input((4,)),
                          keras.layers.Dense(3, weights=[kernel, bias])])
