"""Bidirectional(LSTM(..., return_state=True)) unpacked into five names (output, forward h
and c, backward h and c) and GRU's three, the states concatenated into a decoder's initial
state, as seq2seq code does."""
import keras
from keras import layers

encoder_inputs = keras.Input(shape=(None, 16))
encoder_outputs, forward_h, forward_c, backward_h, backward_c = layers.Bidirectional(
    layers.LSTM(32, return_state=True))(encoder_inputs)
state_h = layers.Concatenate()([forward_h, backward_h])
state_c = layers.Concatenate()([forward_c, backward_c])

decoder_inputs = keras.Input(shape=(None, 20))
decoder_outputs = layers.LSTM(64, return_sequences=True)(decoder_inputs, initial_state=[state_h, state_c])
decoder_outputs = layers.Dense(20, activation="softmax")(decoder_outputs)
seq2seq = keras.Model([encoder_inputs, decoder_inputs], decoder_outputs)

tokens = keras.Input(shape=(30,))
embedded = layers.Embedding(1000, 24)(tokens)
sequence, gru_forward, gru_backward = layers.Bidirectional(
    layers.GRU(16, return_sequences=True, return_state=True), merge_mode="sum")(embedded)
both = layers.Bidirectional(layers.SimpleRNN(8, return_state=True), merge_mode=None)(sequence)
summary = layers.Concatenate()([gru_forward, gru_backward] + list(both))
classifier = keras.Model(tokens, layers.Dense(2, activation="softmax")(summary))
