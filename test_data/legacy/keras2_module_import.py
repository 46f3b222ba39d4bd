from keras.models import Sequential
from keras.layers.core import Dense, Activation  # Keras 2's module path

model = Sequential()
model.add(Dense(10, input_shape=(4,)))
model.add(Activation('softmax'))
