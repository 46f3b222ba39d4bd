# oracle: skip  (written by hand: Keras raises on input_shape=(784); only the code is checked)
from keras.models import Sequential
from keras.layers import Dense

model = Sequential()
model.add(Dense(32, input_shape=(784)))
model.add(Dense(10))
