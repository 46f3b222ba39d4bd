"""keras/src/layers/regularization: Dropout and its variants, GaussianNoise."""
from . import Out, layer


@layer("Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D",
       "GaussianDropout", "GaussianNoise", "AlphaDropout")
def dropout(x, *_, **__):
    return Out(x)
