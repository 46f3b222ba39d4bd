"""The model from the original question: Dense on (784, 1) keeps the 784 axis."""
from keras.layers import Dense, Flatten
from keras.models import Sequential

model = Sequential()
model.add(Dense(units=4, activation="linear", input_shape=(784, 1)))  # KSH201: (None, 784, 4), 8 params
model.add(Dense(units=10, activation="softmax"))

fixed = Sequential()
fixed.add(Flatten(input_shape=(784, 1)))
fixed.add(Dense(units=4, activation="linear"))  # (None, 4), 3140 params
fixed.add(Dense(units=10, activation="softmax"))
