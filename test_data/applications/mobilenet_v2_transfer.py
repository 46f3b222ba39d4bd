# Transfer learning on MobileNetV2: augmentation, the model's own preprocessing, a frozen
# backbone under a new head; then fine-tuning from layer 100 on.
import tensorflow as tf

IMG_SIZE = (160, 160)
IMG_SHAPE = IMG_SIZE + (3,)

augment = tf.keras.Sequential([
    tf.keras.layers.RandomFlip("horizontal"),
    tf.keras.layers.RandomRotation(0.2),
])
preprocess_input = tf.keras.applications.mobilenet_v2.preprocess_input

base_model = tf.keras.applications.MobileNetV2(input_shape=IMG_SHAPE, include_top=False,
                                               weights="imagenet")
base_model.trainable = False

inputs = tf.keras.Input(shape=IMG_SHAPE)
x = augment(inputs)
x = preprocess_input(x)
x = base_model(x, training=False)
x = tf.keras.layers.GlobalAveragePooling2D()(x)
x = tf.keras.layers.Dropout(0.2)(x)
outputs = tf.keras.layers.Dense(1)(x)
model = tf.keras.Model(inputs, outputs)

base_model.trainable = True
for layer in base_model.layers[:100]:
    layer.trainable = False
