# Fine-tuning VGG16: its first 15 layers frozen, a new classifier under Flatten.
from tensorflow import keras
from tensorflow.keras.applications import VGG16
from tensorflow.keras.layers import Dense, Dropout, Flatten

conv_base = VGG16(weights="imagenet", include_top=False, input_shape=(150, 150, 3))
for layer in conv_base.layers[:15]:
    layer.trainable = False

model = keras.models.Sequential()
model.add(conv_base)
model.add(Flatten())
model.add(Dense(256, activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(5, activation="softmax"))
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
