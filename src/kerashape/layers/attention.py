"""keras/src/layers/attention: Attention, AdditiveAttention, MultiHeadAttention.

Inputs are a list: [query, value] or [query, value, key] (Attention and
AdditiveAttention), or the shapes of ``layer(query, value[, key])`` (MultiHeadAttention).
Call arguments (return_attention_scores, masks) are not seen: only the main output.
"""
from ..shapes import UNKNOWN
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
