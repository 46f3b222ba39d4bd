# Keras 2 book code: K.set_image_dim_ordering("th") made the layers channels_first. Keras 3
# removed the function (KSH301, AttributeError there); kerashape reads the model as the code
# meant it, so the pooling over (1, 28, 28) is no zero-size axis.
from keras import backend as K
from keras.layers import Conv2D, Dense, Flatten, MaxPooling2D
from keras.models import Sequential

K.set_image_dim_ordering("th")
model = Sequential()
model.add(Conv2D(20, kernel_size=5, padding="same", input_shape=(1, 28, 28)))
model.add(MaxPooling2D(pool_size=(2, 2), strides=(2, 2)))
model.add(Flatten())
model.add(Dense(10))
