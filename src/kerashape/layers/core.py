"""keras/src/layers/core: Dense, EinsumDense, Embedding, Identity, Masking, ..."""
import re

from ..shapes import UNKNOWN, Unknown, compare, product
from . import NotStatic, Out, dim, flag, layer, num


def _unmodelled_weights(lora_rank, quantization_config):
    """LoRA and quantization replace or add weights in ways kerashape does not count."""
    if lora_rank:
        raise NotStatic("LoRA weights are not counted")
    if quantization_config is not None:
        raise NotStatic("quantized weights are not counted")


@layer("Dense", min_ndim=2, last_axis=True)
def dense(x, units, activation=None, use_bias=True, *_, lora_rank=None, quantization_config=None, **__):
    _unmodelled_weights(lora_rank, quantization_config)
    units, inputs = dim(units), x[-1]
    try:
        use_bias = flag(use_bias)
    except NotStatic:  # the output shape stays known
        pass
    bias = units if use_bias is True else 0 if use_bias is False else UNKNOWN
    params = inputs * units + bias
    legend = "units × inputs + bias" if use_bias is True else "units × inputs"
    numbers = "%s × %s" % (num(units), num(inputs)) + (" + %s" % num(bias) if use_bias is True else "")
    return Out(x[:-1] + (units,), params, formula="%s: %s" % (numbers, legend))


@layer("Embedding")
def embedding(x, input_dim, output_dim, *_, lora_rank=None, quantization_config=None, **__):
    _unmodelled_weights(lora_rank, quantization_config)
    vocab, width = dim(input_dim), dim(output_dim)
    return Out(x + (width,), vocab * width,
               formula="%s × %s: input_dim × output_dim" % (num(vocab), num(width)))


@layer("ReversibleEmbedding")
def reversible_embedding(x, input_dim, output_dim, tie_weights=True, *_, **__):
    # build(): the embeddings, and with tie_weights=False reverse embeddings of the
    # transposed shape. The reverse=True call is not seen: this is the forward output.
    vocab, width = dim(input_dim), dim(output_dim)
    tables = 1 if flag(tie_weights) else 2
    return Out(x + (width,), tables * vocab * width,
               formula="%d × %s × %s: embeddings%s" % (tables, num(vocab), num(width),
                                                       " and reverse embeddings" if tables == 2 else ""))


@layer("Identity", "Masking", "ActivityRegularization")
def identity(x, *_, **__):
    return Out(x)


@layer("Lambda")
def lambda_layer(x, function, output_shape=None, mask=None, arguments=None, *_, **__):
    # lambda_layer.py compute_output_shape: a given output_shape is the shape after the batch
    # axis (the first input's); without one, Keras runs the function on symbolic tensors.
    if output_shape is not None and hasattr(output_shape, "results"):
        shape = output_shape.results.get(lambda_key(x, {}))  # output_shape(input_shape): the whole shape
        if not isinstance(shape, tuple):
            raise NotStatic("output_shape gave no shape kerashape can read")
        return Out(tuple(UNKNOWN if d is None else dim(d) for d in shape))
    if output_shape is not None:
        if not isinstance(output_shape, tuple):
            raise NotStatic("output_shape is a structure kerashape does not follow")
        batch = x[0][0] if isinstance(x, list) and x and isinstance(x[0], tuple) else x[0]
        return Out((batch,) + tuple(UNKNOWN if d is None else dim(d) for d in output_shape))
    results = getattr(function, "results", None)
    if results is None or not isinstance(arguments or {}, dict):
        raise NotStatic("the function is not one kerashape can read")
    key = lambda_key(x, arguments or {})
    if key not in results:
        raise NotStatic("the function was not followed on this input")
    return Out(results[key])


def lambda_key(x, arguments) -> str:
    """How a Lambda's function's result on an input is filed: the input shape(s) and the
    ``arguments`` it was given, as text (the evaluator records, the layer reads)."""
    return repr((x, sorted(arguments.items(), key=lambda item: str(item[0]))))


def einsum_shapes(equation, bias_axes, x, output_shape):
    """einsum_dense.py ``_analyze_einsum_string`` and ``_analyze_split_string``, step for
    step (including where Keras's own arithmetic is odd: left-elided axes are inserted in
    reverse order, and an input of more axes than the equation names is taken as
    right-elided). Returns (kernel shape, bias shape or None, output shape)."""
    if not isinstance(equation, str) or not (bias_axes is None or isinstance(bias_axes, str)):
        raise NotStatic("equation or bias_axes has no static value")
    replaced = re.sub(r"\.\.\.", "0", equation)
    left_elided = False
    match = re.match("([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)", replaced)
    if not match:
        match = re.match("0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)", replaced)
        left_elided = bool(match)
    if not match:
        match = re.match("([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0", replaced)
    if not match:
        raise NotStatic("Keras refuses this equation")
    input_spec, weight_spec, output_spec = match.group(1), match.group(2), match.group(3)
    elided = len(x) - len(input_spec)
    if isinstance(output_shape, (list, tuple)):
        out = [UNKNOWN if d is None else dim(d) for d in output_shape]
        given = [d is not None for d in output_shape]
    else:
        out, given = [dim(output_shape)], [True]
    out.insert(0, x[0])
    given.insert(0, False)
    if elided > 0 and left_elided:
        for i in range(1, elided):
            out.insert(1, x[i])
            given.insert(1, False)
    elif elided > 0:
        for i in range(len(x) - elided, len(x)):
            out.append(x[i])
            given.append(False)
    if left_elided:
        input_map = {d: (i + elided) - len(x) for i, d in enumerate(input_spec)}
        output_map = {d: i + elided for i, d in enumerate(output_spec)}
    else:
        input_map = {d: i for i, d in enumerate(input_spec)}
        output_map = {d: i for i, d in enumerate(output_spec)}
    for d in input_spec:
        if d in output_map and given[output_map[d]] and compare(out[output_map[d]], x[input_map[d]]) != 0:
            raise NotStatic("Keras refuses an output_shape that differs from the input on a shared axis")
    for d in output_spec:
        if d not in input_spec and d not in weight_spec:
            raise NotStatic("an output axis has no source")
    kernel = []
    for d in weight_spec:
        if d in output_map:
            kernel.append(out[output_map[d]])
        elif d in input_map:
            kernel.append(x[input_map[d]])
        else:
            raise NotStatic("a weight axis has no source")
    bias = None
    if bias_axes is not None:
        skip = elided if left_elided else 0
        sizes = {c: out[i + skip] for i, c in enumerate(output_spec)}
        if not bias_axes or any(c not in output_spec for c in bias_axes):
            raise NotStatic("Keras refuses these bias_axes")
        first = min(output_spec.find(c) for c in bias_axes)
        bias = [sizes[c] if c in bias_axes else 1 for c in output_spec[first:]]
        if not left_elided:
            bias += [1] * max(elided, 0)
    return kernel, bias, tuple(out)


@layer("EinsumDense")
def einsum_dense(x, equation, output_shape, activation=None, bias_axes=None, *_, lora_rank=None,
                 quantization_config=None, gptq_unpacked_column_size=None, **__):
    _unmodelled_weights(lora_rank, quantization_config)
    kernel, bias, out = einsum_shapes(equation, bias_axes, x, output_shape)
    if any(isinstance(d, Unknown) for d in list(kernel) + list(bias or [])):
        raise NotStatic("a weight of unknown size: Keras refuses a None dimension in a weight")
    params = product(kernel) + (product(bias) if bias is not None else 0)
    numbers = "×".join(num(d) for d in kernel)
    if bias is not None:
        numbers += " + %s" % "×".join(num(d) for d in bias)
    return Out(out, params, formula="%s: kernel%s" % (numbers, " + bias" if bias is not None else ""))
