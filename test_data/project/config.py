# oracle: skip (a module of the project, imported by train.py)
"""Settings of a small multi-file project, imported by train.py and models/."""
IMG_SIZE = 32
CHANNELS = 3
N_CLASSES = 10
FILTERS = [16, 32]
