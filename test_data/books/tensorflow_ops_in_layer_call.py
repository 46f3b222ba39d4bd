# Custom layers of the TF 2 tutorials call TensorFlow functions in call() (an activation kept
# as an attribute, tf.math in a Lambda): Keras traces them there, so their shapes are known.
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


class DenseAct(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.dense = layers.Dense(units)
        self.norm = layers.LayerNormalization()
        self.activation = tf.nn.relu

    def call(self, inputs):
        return self.activation(self.norm(self.dense(inputs)))


class Pool(layers.Layer):
    def call(self, inputs):
        return tf.reduce_mean(inputs, axis=1)


inputs = keras.Input(shape=(12, 6))
x = DenseAct(16)(inputs)
x = layers.Lambda(lambda t: tf.math.tanh(t) * tf.nn.sigmoid(t))(x)
x = Pool()(x)
outputs = layers.Dense(4, activation=tf.nn.softmax)(x)
model = keras.Model(inputs, outputs)
