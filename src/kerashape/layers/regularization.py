"""keras/src/layers/regularization: Dropout and its variants, GaussianNoise.

All keep the shape; the spatial dropouts take inputs of one rank (their InputSpec).
"""
from . import Out, layer


@layer("Dropout", "GaussianDropout", "GaussianNoise", "AlphaDropout")
def dropout(x, *_, **__):
    return Out(x)


@layer("SpatialDropout1D", ndim=3)
def spatial_dropout1d(x, *_, **__):
    return Out(x)


@layer("SpatialDropout2D", ndim=4)
def spatial_dropout2d(x, *_, **__):
    return Out(x)


@layer("SpatialDropout3D", ndim=5)
def spatial_dropout3d(x, *_, **__):
    return Out(x)
