from keras.models import Sequential
from keras.layers import Dense

n = 64
model = Sequential()
model.add(Dense(n, input_shape=(10,)))
model.add(Dense(n / 2))
