# No input shape anywhere: Keras leaves the model unbuilt and says so.
from keras.models import Sequential
from keras.layers import Dense

model = Sequential()
model.add(Dense(64, activation="relu"))
model.add(Dense(1, activation="softmax"))
