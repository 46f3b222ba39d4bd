"""Per-time-step forecasting: Conv1D and GRU(return_sequences=True) keep the 24 steps and the Dense
gives one value per step. Sequence layers make the axis: no KSH201 (no labels are stated)."""
import keras
from keras import layers

window = keras.Input((24, 6))
x = layers.Conv1D(16, 3, padding="causal", activation="relu")(window)
x = layers.GRU(32, return_sequences=True)(x)
forecast = layers.Dense(1)(x)
model = keras.Model(window, forecast)
