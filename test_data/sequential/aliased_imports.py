import tensorflow.keras.layers as L
from tensorflow import keras

Conv = L.Conv1D
seq_len, channels = 100, 8

model = keras.models.Sequential(
    [
        L.InputLayer(shape=(seq_len, channels)),
        Conv(16, 5, padding="causal", dilation_rate=2),
        L.MaxPool1D(),
        Conv(32, 3, strides=2, padding="same", use_bias=False),
        L.GlobalAveragePooling1D(),
        L.Dense(4),
    ]
)
