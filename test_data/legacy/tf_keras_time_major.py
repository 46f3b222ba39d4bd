from tensorflow.keras import layers, Sequential

model = Sequential([layers.Input((10, 3)),
                    layers.LSTM(8, time_major=False),
                    layers.Dense(1)])
