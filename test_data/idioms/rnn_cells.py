"""keras.layers.RNN over cells: a list of cells is stacked (StackedRNNCells), each cell
counted as its layer on the output of the one before; return_state gives one state per
GRU or SimpleRNN cell."""
import keras
from keras import layers

inputs = keras.Input(shape=(20, 8))
x = layers.RNN([layers.GRUCell(64), layers.GRUCell(32)], return_sequences=True)(inputs)
x = layers.RNN(layers.StackedRNNCells([layers.LSTMCell(16), layers.SimpleRNNCell(8)]),
               return_sequences=True)(x)
x = layers.RNN(layers.LSTMCell(12), return_sequences=True)(x)
outputs, h1, h2 = layers.RNN([layers.SimpleRNNCell(6), layers.GRUCell(5, reset_after=False)],
                             return_state=True)(x)
last, state_h, state_c = layers.RNN(layers.LSTMCell(4), return_state=True)(x)
merged = layers.Concatenate()([outputs, h1, h2, state_h, state_c])
model = keras.Model(inputs, layers.Dense(3, activation="softmax")(merged))

stacked = keras.Sequential([
    keras.Input(shape=(None, 5)),
    layers.RNN(layers.GRUCell(7, use_bias=False)),
    layers.Dense(1),
])
