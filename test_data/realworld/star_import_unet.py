"""A small U-Net in the style of Kaggle notebooks: every name from star imports."""
from keras.layers import *
from keras.models import *

inputs = Input((64, 64, 3))
c1 = Conv2D(8, (3, 3), activation="relu", padding="same")(inputs)
p1 = MaxPooling2D((2, 2))(c1)
c2 = Conv2D(16, (3, 3), activation="relu", padding="same")(p1)
u1 = Conv2DTranspose(8, (2, 2), strides=(2, 2), padding="same")(c2)
u1 = concatenate([u1, c1])
c3 = Conv2D(8, (3, 3), activation="relu", padding="same")(u1)
outputs = Conv2D(1, (1, 1), activation="sigmoid")(c3)
model = Model(inputs=[inputs], outputs=[outputs])
model.summary()
