import keras
from keras.models import Sequential
from keras.layers import LSTM, Dense

model = Sequential()
model.add(keras.Input(batch_shape=(16, 10, 1)))
model.add(LSTM(32, stateful=True))
model.add(Dense(1))
