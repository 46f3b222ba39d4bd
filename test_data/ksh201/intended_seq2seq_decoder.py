"""A seq2seq training model: the decoder's softmax is applied to every decoder step, on purpose
(the target sequences have the step axis too). No KSH201."""
import keras
from keras import layers

num_encoder_tokens, num_decoder_tokens, latent_dim = 71, 93, 64
encoder_inputs = keras.Input((None, num_encoder_tokens))
_, state_h, state_c = layers.LSTM(latent_dim, return_state=True)(encoder_inputs)
decoder_inputs = keras.Input((None, num_decoder_tokens))
decoder_outputs = layers.LSTM(latent_dim, return_sequences=True)(
    decoder_inputs, initial_state=[state_h, state_c])
decoder_outputs = layers.Dense(num_decoder_tokens, activation="softmax")(decoder_outputs)
model = keras.Model([encoder_inputs, decoder_inputs], decoder_outputs)
