# A pooled ResNet50 as the first layer of a Sequential classifier, frozen by index.
from tensorflow.keras.applications import ResNet50
from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

NUM_CLASSES = 2

model = Sequential()
model.add(ResNet50(include_top=False, pooling="avg", weights="imagenet", input_shape=(224, 224, 3)))
model.add(Dense(NUM_CLASSES, activation="softmax"))
model.layers[0].trainable = False
model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
