from keras import Sequential
from keras.layers import *
m = Sequential([
    Conv2D("32", 3.5, strides=None, padding=["same"], input_shape=[[28], 28, -1]),
    Dense(units=None), Dense(0), Dense(-3), Dense([4]), Dense(True),
    Reshape(5), Reshape((-1, -1)), Reshape(None), Permute((3, 1)),
    MaxPooling2D(pool_size=0), LSTM(units="many"), Embedding(None, 3.0),
    Dropout(rate=2), Flatten(data_format=1), BatchNormalization(axis=17),
    Bidirectional(None), TimeDistributed(7), Concatenate(axis=None), Add(),
    Dense(unitz=3), Conv1D(filters=4), ZeroPadding2D(padding=((1, 2, 3),)),
])
