"""A training script that never names Keras: its model is built by a helper of another
module (pipeline.py), which itself only imports the builder from the nets package."""
from pipeline import make_model

IMAGE_SIZE = 64

model = make_model(IMAGE_SIZE, classes=5)
model.summary()
