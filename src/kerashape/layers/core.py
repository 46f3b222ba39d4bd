"""keras/src/layers/core: Dense, Embedding, Identity, Masking, ..."""
from ..shapes import UNKNOWN
from . import Out, dim, layer, num


@layer("Dense", min_ndim=2, last_axis=True)
def dense(x, units, activation=None, use_bias=True, *_, **__):
    units, inputs = dim(units), x[-1]
    bias = units if use_bias is True else 0 if use_bias is False else UNKNOWN
    params = inputs * units + bias
    legend = "units × inputs + bias" if use_bias is True else "units × inputs"
    numbers = "%s × %s" % (num(units), num(inputs)) + (" + %s" % num(bias) if use_bias is True else "")
    return Out(x[:-1] + (units,), params, formula="%s: %s" % (numbers, legend))


@layer("Embedding")
def embedding(x, input_dim, output_dim, *_, **__):
    vocab, width = dim(input_dim), dim(output_dim)
    return Out(x + (width,), vocab * width,
               formula="%s × %s: input_dim × output_dim" % (num(vocab), num(width)))


@layer("Identity", "Masking", "ActivityRegularization")
def identity(x, *_, **__):
    return Out(x)
