from keras.models import Sequential
from keras.layers import LSTM, Dense

model = Sequential()
model.add(LSTM(32, batch_input_shape=(16, 10, 1), stateful=True))
model.add(Dense(1))
