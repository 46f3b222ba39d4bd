"""Keras 1 argument spellings, removed in Keras 2, translated to Keras 3's.

Old code still says ``Dense(output_dim=10, init='normal')`` or
``Convolution2D(32, 3, 3, border_mode='same')``. kerashape computes a renamed keyword the
way Keras 1 meant it; a positional call form Keras 3 reads otherwise (the second 3 becomes
strides) as Keras 3 reads it. Rule KSH301 names the modern spelling.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

# old keyword -> new keyword, for every layer that took it
RENAMED = {
    "init": "kernel_initializer",
    "inner_init": "recurrent_initializer",
    "W_regularizer": "kernel_regularizer",
    "b_regularizer": "bias_regularizer",
    "U_regularizer": "recurrent_regularizer",
    "W_constraint": "kernel_constraint",
    "b_constraint": "bias_constraint",
    "U_constraint": "recurrent_constraint",
    "bias": "use_bias",
    "nb_filter": "filters",
    "border_mode": "padding",
    "subsample": "strides",
    "subsample_length": "strides",
    "filter_length": "kernel_size",
    "pool_length": "pool_size",
    "stride": "strides",
    "dim_ordering": "data_format",
    "dropout_W": "dropout",
    "dropout_U": "recurrent_dropout",
    "consume_less": "implementation",
}
# Model(input=..., output=...): Keras 1's functional model.
MODEL_RENAMED = {"input": "inputs", "output": "outputs"}
# output_dim is Keras 1's units everywhere but Embedding, where it is still current.
UNITS_LAYERS = {"Dense", "SimpleRNN", "LSTM", "GRU"}
DIM_ORDERING = {"th": "channels_first", "tf": "channels_last"}
# Only the Keras 1 names: Conv2D(64, 3, 2) is modern code (strides=2).
KERAS1_CONV_NAMES = {"Convolution2D": 2, "Convolution3D": 3, "Deconvolution2D": 2,
                     "AtrousConvolution2D": 2}


def translate(written_name: str, cls: str, args: Tuple[Any, ...],
              kwargs: Dict[str, Any]) -> Tuple[Tuple[Any, ...], Dict[str, Any], List[str]]:
    """Modern (args, kwargs) for a Keras 1 call, and one note per old spelling found."""
    notes: List[str] = []
    out: Dict[str, Any] = {}
    for key, value in kwargs.items():
        if key == "output_dim" and cls in UNITS_LAYERS:
            notes.append("output_dim= is Keras 1: use units=")
            out["units"] = value
        elif key in RENAMED:
            new = RENAMED[key]
            notes.append("%s= is Keras 1: use %s=" % (key, new))
            if key == "dim_ordering":
                value = DIM_ORDERING.get(value, value)
            out[new] = value
        elif key in ("nb_row", "nb_col", "kernel_dim1", "kernel_dim2", "kernel_dim3"):
            notes.append("%s= is Keras 1: use kernel_size=" % key)
        elif key == "input_length" and cls == "Embedding":
            # Keras 1 and 2 read it as the input shape; Keras 3 drops it with a warning.
            notes.append("input_length= is ignored by Keras 3, so it gives no input shape: "
                         "start the model with keras.Input(shape=(%s,))" % _text(value))
        else:
            out[key] = value
    # Keras 1 kernel sizes: Convolution2D(nb_filter, nb_row, nb_col, ...), given
    # positionally or as nb_row= / nb_col= keywords.
    rank = KERAS1_CONV_NAMES.get(written_name)
    if rank is not None:
        dims_kw = [kwargs[k] for k in ("nb_row", "nb_col") if k in kwargs] if rank == 2 else [
            kwargs[k] for k in ("kernel_dim1", "kernel_dim2", "kernel_dim3") if k in kwargs]
        positional = list(args[1:1 + rank])
        if len(dims_kw) == rank and len(args) <= 1:
            args = tuple(args) + (tuple(dims_kw),)
        elif len(positional) == rank and all(_is_int(v) for v in positional):
            # Keras 3 reads the call as (filters, kernel_size, strides, ...): its shapes are
            # Keras 3's, and the note says what Keras 1 meant.
            notes.append("%s(%s, %s) is the Keras 1 call form (a %s kernel); Keras 3 reads it as "
                         "kernel_size=%s, strides=%s: write %s(%s, (%s))" % (
                             written_name, _text(args[0]), ", ".join(_text(v) for v in positional),
                             "x".join(_text(v) for v in positional), _text(positional[0]),
                             _text(positional[1]), cls, _text(args[0]),
                             ", ".join(_text(v) for v in positional)))
    return args, out, notes


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any) -> str:
    return str(value)
