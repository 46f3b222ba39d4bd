import tensorflow as tf


def build_model(num_classes=10, hidden=(256, 128), dropout=0.2):
    model = tf.keras.Sequential(name="mlp")
    model.add(tf.keras.layers.Input(shape=(784,)))
    for units in hidden:
        model.add(tf.keras.layers.Dense(units, activation="relu"))
        model.add(tf.keras.layers.BatchNormalization())
        model.add(tf.keras.layers.Dropout(dropout))
    model.add(tf.keras.layers.Dense(num_classes, activation="softmax"))
    return model


model = build_model()
