# Transfer learning on a ResNet50 backbone: frozen whole, then fine-tuned from its last stage
import keras

base = keras.applications.ResNet50(include_top=False, pooling="avg", input_shape=(224, 224, 3))
base.trainable = False
model = keras.Sequential([
    keras.Input((224, 224, 3)),
    base,
    keras.layers.Dropout(0.2),
    keras.layers.Dense(10, activation="softmax"),
])

tuned_base = keras.applications.resnet.ResNet50(include_top=False, weights=None, pooling="avg")
for layer in tuned_base.layers[:-33]:
    layer.trainable = False
inputs = keras.Input((160, 160, 3))
x = keras.applications.resnet.preprocess_input(inputs)
outputs = keras.layers.Dense(1)(tuned_base(x, training=False))
tuned = keras.Model(inputs, outputs)
