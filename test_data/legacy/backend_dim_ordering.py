from keras.models import Sequential
from keras.layers import Conv2D
from keras import backend as K

if K.image_dim_ordering() == 'th':
    input_shape = (1, 28, 28)
else:
    input_shape = (28, 28, 1)
model = Sequential([Conv2D(8, (3, 3), input_shape=input_shape)])
