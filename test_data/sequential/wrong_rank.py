# Conv2D on a flat vector: Keras raises when it builds the model (KSH101).
from keras.models import Sequential
from keras.layers import Conv2D, Dense

model = Sequential()
model.add(Dense(784, input_shape=(100,)))
model.add(Conv2D(32, (3, 3)))
model.add(Dense(10))
