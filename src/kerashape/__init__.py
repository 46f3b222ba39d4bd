"""kerashape: static shapes, parameter counts and shape errors for Keras models, without Keras."""
__version__ = "0.1.0"
