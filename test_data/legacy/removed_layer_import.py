from keras.models import Sequential
from keras.layers import Dense, Embedding, CuDNNGRU

model = Sequential()
model.add(Embedding(1000, 64))
model.add(CuDNNGRU(32))
model.add(Dense(1))
