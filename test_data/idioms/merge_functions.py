"""The merge functions with their argument after the inputs given by position:
concatenate(inputs, axis) and dot(inputs, axes), as matrix-factorisation code writes them."""
import keras
from keras.layers import Embedding, Flatten, Input, add, concatenate, dot

users = Input(shape=(1,))
movies = Input(shape=(1,))
user_vector = Flatten()(Embedding(500, 16)(users))
movie_vector = Flatten()(Embedding(800, 16)(movies))
user_bias = Flatten()(Embedding(500, 1)(users))
rating = add([dot([user_vector, movie_vector], 1), user_bias])
factorisation = keras.Model([users, movies], rating)

left = Input(shape=(4, 6))
right = Input(shape=(4, 6))
stacked = concatenate([left, right], 1)
pairs = dot([left, right], 2)
merged = keras.Model([left, right], [stacked, pairs])
