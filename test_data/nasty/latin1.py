# -*- coding: latin-1 -*-
import keras
s = "café"
m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
