# A backbone called where it is made, with its own input tensor and a pooled output.
import keras
from keras import layers

inputs = keras.Input(shape=(128, 128, 3))
x = keras.applications.vgg19.preprocess_input(inputs)
features = keras.applications.VGG19(include_top=False, weights="imagenet", input_tensor=x, pooling="avg")
x = layers.Dropout(0.2)(features.output)
outputs = layers.Dense(3, activation="softmax")(x)
classifier = keras.Model(inputs, outputs)

head = keras.applications.VGG16(include_top=False, input_shape=(64, 64, 3))(keras.Input((64, 64, 3)))
