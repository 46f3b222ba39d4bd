"""keras/src/layers/attention: Attention, AdditiveAttention, MultiHeadAttention,
GroupQueryAttention.

Inputs are a list: [query, value] or [query, value, key] (Attention and
AdditiveAttention), or the shapes of ``layer(query, value[, key])`` (MultiHeadAttention, GroupQueryAttention).
Call arguments (return_attention_scores, masks) are not seen: only the main output.
"""
from ..shapes import UNKNOWN, Unknown, compare, known, product
from . import NotStatic, Out, dim, flag, layer, num
from .core import einsum_shapes


def _query_value_key(x, cls):
    if not isinstance(x, list) or not 2 <= len(x) <= 3 or any(not isinstance(s, tuple) for s in x):
        raise NotStatic("%s takes a list [query, value] or [query, value, key] of known shapes" % cls)
    query, value = x[0], x[1]
    key = x[2] if len(x) > 2 else value
    return query, value, key


@layer("Attention")
def attention(x, use_scale=False, score_mode="dot", dropout=0.0, seed=None, *_, **__):
    # build(): a scalar scale (use_scale) and a scalar concat_score_weight (score_mode="concat").
    query, value, _ = _query_value_key(x, "Attention")
    if score_mode not in ("dot", "concat"):
        raise NotStatic("Keras refuses this score_mode at construction")
    params = int(flag(use_scale)) + int(score_mode == "concat")
    return Out(query[:-1] + (value[-1],), params,
               formula="%d: scalar scale and concat weight, as enabled" % params)


@layer("AdditiveAttention")
def additive_attention(x, use_scale=True, dropout=0.0, *_, **__):
    # build(): a scale vector of the query's last dimension (use_scale).
    query, value, _ = _query_value_key(x, "AdditiveAttention")
    scale = query[-1] if flag(use_scale) else 0
    return Out(query[:-1] + (value[-1],), scale,
               formula="%s: scale over the query's last axis" % num(scale))


def _positive(value, what):
    value = dim(value)
    if isinstance(value, Unknown):
        raise NotStatic("%s has no static value" % what)
    return value


@layer("MultiHeadAttention")
def multi_head_attention(x, num_heads, key_dim, value_dim=None, dropout=0.0, use_bias=True,
                         output_shape=None, attention_axes=None, *_, use_gate=False, **__):
    # build(): EinsumDense projections query and key (inputs × heads × key_dim), value
    # (inputs × heads × value_dim), an optional gate on the query (× value_dim), and the
    # output (heads × value_dim × output_shape, default the query's last axis); each with a
    # bias over its output axes when use_bias.
    query, value, key = _query_value_key(x, "MultiHeadAttention")
    if len(value) != len(key) or any(compare(a, b) not in (None, 0)
                                     for a, b in zip(value[1:-1], key[1:-1])):
        raise NotStatic("Keras refuses a key whose shape differs from the value's off the last axis")
    heads, kdim = _positive(num_heads, "num_heads"), _positive(key_dim, "key_dim")
    vdim = _positive(value_dim, "value_dim") if value_dim else kdim
    if output_shape:
        if isinstance(output_shape, (list, tuple)):
            out_dims = tuple(dim(d) for d in output_shape)
        else:
            out_dims = (dim(output_shape),)
    else:
        out_dims = (query[-1],)
    bias = flag(use_bias)
    gate = flag(use_gate)
    per = [("query", query[-1], kdim), ("key", key[-1], kdim), ("value", value[-1], vdim)]
    if gate:
        per.append(("gate", query[-1], vdim))
    params = 0
    parts = []
    for name, inputs, width in per:
        params = params + inputs * heads * width + (heads * width if bias else 0)
        parts.append("%s %s×%s×%s%s" % (name, num(inputs), num(heads), num(width),
                                        " + %s×%s" % (num(heads), num(width)) if bias else ""))
    out_size = 1
    for d in out_dims:
        out_size = out_size * d
    params = params + heads * vdim * out_size + (out_size if bias else 0)
    parts.append("output %s×%s×%s%s" % (num(heads), num(vdim), num(out_size),
                                        " + %s" % num(out_size) if bias else ""))
    shape = query[:-1] + out_dims if output_shape else query
    return Out(shape, params, formula="; ".join(parts))


@layer("GroupQueryAttention", "GroupedQueryAttention")
def group_query_attention(x, head_dim, num_query_heads, num_key_value_heads, dropout=0.0,
                          use_bias=True, *_, use_gate=False, **__):
    # grouped_query_attention.py build(): its EinsumDense projections, built exactly as
    # Keras builds them (so an input of another rank is read as Keras reads it).
    query, value, key = _query_value_key(x, "GroupQueryAttention")
    heads, kv_heads = known(dim(num_query_heads)), known(dim(num_key_value_heads))
    size = dim(head_dim)
    if heads is None or kv_heads is None or not kv_heads or heads % kv_heads or isinstance(size, Unknown):
        raise NotStatic("head counts Keras refuses or cannot be known")
    if compare(query[-1], value[-1]) not in (None, 0) or len(value) != len(key) or any(
            compare(a, b) not in (None, 0) for a, b in zip(value[1:-1], key[1:-1])):
        raise NotStatic("Keras refuses these input shapes")
    bias = flag(use_bias)
    subs = [("bqm,muh->bquh", "uh", query, (None, heads, size)),
            ("bkm,mvh->bkvh", "vh", key, (None, kv_heads, size)),
            ("bkm,mvh->bkvh", "vh", value, (None, kv_heads, size))]
    if flag(use_gate):
        subs.append(("bqm,muh->bquh", "uh", query, (None, heads, size)))
    subs.append(("bquh,uhm->bqm", "m", (UNKNOWN, UNKNOWN, heads, size), (None, query[-1])))
    params = 0
    for equation, bias_axes, shape, out in subs:
        kernel, b, _ = einsum_shapes(equation, bias_axes if bias else None, shape, out)
        params = params + product(kernel) + (product(b) if b is not None else 0)
    return Out(query, params, formula="query, key, value%s and output projections"
               % (", gate" if flag(use_gate) else ""))
