# A Deep Learning with Keras slip: SpatialDropout1D(Dropout(0.2)) gives a layer where the rate
# goes. Keras 3 compares it with 0 and 1 as the layer is made (TypeError): KSH106.
import keras
from keras import layers

model = keras.Sequential()
model.add(keras.Input(shape=(40,)))
model.add(layers.Embedding(2000, 128))
model.add(layers.SpatialDropout1D(layers.Dropout(0.2)))
model.add(layers.LSTM(64, dropout=0.2, recurrent_dropout=0.2))
model.add(layers.Dense(1, activation="sigmoid"))
