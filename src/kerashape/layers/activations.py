"""keras/src/layers/activations: Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax."""
from ..shapes import product
from . import NotStatic, Out, layer


@layer("Activation", "ReLU", "LeakyReLU", "ELU", "Softmax", "ThresholdedReLU")
def elementwise(x, *_, **__):
    return Out(x)


@layer("PReLU")
def prelu(x, alpha_initializer="Zeros", alpha_regularizer=None, alpha_constraint=None,
          shared_axes=None, *_, **__):
    # build(): alpha has the input's shape without the batch axis, 1 on shared axes.
    shape = list(x[1:])
    if shared_axes is not None:
        axes = shared_axes if isinstance(shared_axes, (list, tuple)) else [shared_axes]
        for axis in axes:
            if not isinstance(axis, int) or isinstance(axis, bool):
                raise NotStatic("shared_axes has no static value")
            shape[axis - 1] = 1
    return Out(x, product(shape), formula="one alpha per input value, shared axes excepted")
