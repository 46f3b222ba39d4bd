# oracle: skip  (rows, cols, channels, n_filters and n_out are never defined here)
from keras.models import Sequential
from keras.layers import Conv2D, Dense, Flatten

model = Sequential()
model.add(Conv2D(n_filters, (3, 3), input_shape=(rows, cols, channels)))
model.add(Flatten())
model.add(Dense(n_out))
