import keras
m = keras.Sequential([
	keras.Input((3,)),
	keras.layers.Dense(2)])
