# tf.keras 2 wrapped a TensorFlow function applied to a functional tensor in a layer; Keras 3
# raises there (KSH303). In a Lambda, or a layer's call(), it is traced and fine.
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(16,))
pooled = layers.Lambda(lambda t: tf.reduce_mean(t, axis=-1, keepdims=True))(inputs)
hidden = layers.Dense(8)(inputs)
hidden = tf.nn.relu(hidden)
model = keras.Model(inputs, layers.Concatenate()([hidden, pooled]))
