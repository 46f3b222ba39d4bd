from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Embedding, LSTM, Dense, Bidirectional, GRU

max_features = 20000
maxlen = 80
embedding_dims = 128

model = Sequential()
model.add(Embedding(max_features, embedding_dims, input_shape=(maxlen,)))
model.add(Bidirectional(LSTM(64, return_sequences=True)))
model.add(GRU(32, reset_after=False))
model.add(Dense(1, activation="sigmoid"))
