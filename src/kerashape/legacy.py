"""Keras 1 and 2 spellings that Keras 3 refuses or reads otherwise, and Keras 3's reading.

Old code still says ``Dense(output_dim=10, init='normal')`` or
``Convolution2D(32, 3, 3, border_mode='same')``. kerashape computes a renamed keyword the
way Keras 1 meant it; a positional call form Keras 3 reads otherwise (the second 3 becomes
strides) as Keras 3 reads it. Where Keras 3 raises at the call (``batch_input_shape=``,
``weights=``, a removed layer, a NumPy scalar as Dense's units) the layer stops the model
there, as Keras's error does. Rule KSH301 names the modern spelling; KSH303 says what Keras 3
removed without one. The tables were taken from Keras's own sources: keras/legacy/interfaces.py
of Keras 2.2.4 (Keras 1's keywords), the layer and backend names of Keras 1.2.2, 2.2.4 and
tf.keras 2.15 missing from Keras 3's, and the keywords Keras 3's Layer.__init__ refuses.
"""
from __future__ import annotations

import ast
from typing import Any, Dict, List, Optional, Tuple

from .shapes import Unknown, source_text

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
    "inner_activation": "recurrent_activation",
    "input_dtype": "dtype",
}
# Keras 1 keywords renamed per layer (interfaces.py's conversions for that layer).
RENAMED_FOR = {
    "Embedding": {"init": "embeddings_initializer", "W_regularizer": "embeddings_regularizer",
                  "W_constraint": "embeddings_constraint"},
    "PReLU": {"init": "alpha_initializer"},
    "Dropout": {"p": "rate"}, "SpatialDropout1D": {"p": "rate"}, "SpatialDropout2D": {"p": "rate"},
    "SpatialDropout3D": {"p": "rate"}, "GaussianDropout": {"p": "rate"},
    "GaussianNoise": {"sigma": "stddev"},
    "UpSampling1D": {"length": "size"},
    "BatchNormalization": {"beta_init": "beta_initializer", "gamma_init": "gamma_initializer"},
}
# Model(input=..., output=...): Keras 1's functional model.
MODEL_RENAMED = {"input": "inputs", "output": "outputs"}
# output_dim is Keras 1's units everywhere but Embedding, where it is still current.
UNITS_LAYERS = {"Dense", "SimpleRNN", "LSTM", "GRU"}
DIM_ORDERING = {"th": "channels_first", "tf": "channels_last"}
# Only the Keras 1 names: Conv2D(64, 3, 2) is modern code (strides=2).
KERAS1_CONV_NAMES = {"Convolution2D": 2, "Convolution3D": 3, "Deconvolution2D": 2,
                     "AtrousConvolution2D": 2}


# Layers Keras 3 no longer has, by the name the code wrote, with the Keras 3 spelling where
# one does the same (KSH301) or None where Keras 3 has nothing like it (KSH303).
REMOVED_LAYERS = {
    "CuDNNLSTM": "LSTM (Keras 3's LSTM runs on cuDNN by itself when it can)",
    "CuDNNGRU": "GRU (Keras 3's GRU runs on cuDNN by itself when it can)",
    "Deconvolution2D": "Conv2DTranspose", "Deconv2D": "Conv2DTranspose",
    "Deconvolution3D": "Conv3DTranspose", "Deconv3D": "Conv3DTranspose",
    "AtrousConvolution1D": "Conv1D(..., dilation_rate=...)", "AtrousConv1D": "Conv1D(..., dilation_rate=...)",
    "AtrousConvolution2D": "Conv2D(..., dilation_rate=...)", "AtrousConv2D": "Conv2D(..., dilation_rate=...)",
    "TimeDistributedDense": "TimeDistributed(Dense(...))",
    "Merge": "the merge layer of its mode: Concatenate, Add, Multiply, Average, Maximum or Dot",
    "merge": "the merge function of its mode: concatenate, add, multiply, average, maximum or dot",
    "LocallyConnected1D": None, "LocallyConnected2D": None, "Highway": None, "MaxoutDense": None,
    "SReLU": None, "ParametricSoftplus": None, "ThresholdedReLU": None, "DenseFeatures": None,
    "ConvRNN2D": None, "ConvLSTM2DCell": None, "ConvRecurrent2D": None, "Recurrent": None,
    "AbstractRNNCell": None, "RandomHeight": None, "RandomWidth": None,
}
# Keywords Keras 2's Layer took and Keras 3's refuses ("Unrecognized keyword arguments"),
# and the layers that still take them as their own.
REFUSED = {
    "batch_input_shape": ("KSH301", "start the model with keras.Input(batch_shape=%s)"),
    "batch_size": ("KSH301", "start the model with keras.Input(shape=..., batch_size=%s)"),
    "weights": ("KSH303", "set them after the model is built, with layer.set_weights(...)"),
}
TAKES_OWN = {"InputLayer": {"batch_input_shape", "batch_size"}, "Embedding": {"weights"},
             "Bidirectional": {"weights"}}
# Keywords a layer of tf.keras 2 took and Keras 3's refuses, for no equivalent.
REFUSED_FOR = {"LSTM": {"time_major"}, "GRU": {"time_major"}, "SimpleRNN": {"time_major"},
               "RNN": {"time_major"}, "Embedding": {"sparse", "dropout"},
               "BatchNormalization": {"fused", "virtual_batch_size", "adjustment", "mode"}}
# Sizes Keras 3 checks with isinstance(value, int) where Keras 2 took int(value): a float or
# a NumPy integer there raises (keras/src/layers: dense.py, repeat_vector.py, ...).
INT_SIZES = {"Dense": ("units",), "RepeatVector": ("n",), "UpSampling1D": ("size",),
             "GroupNormalization": ("groups",), "MultiHeadAttention": ("num_heads", "key_dim")}
# NumPy functions whose result is a NumPy scalar where the code gives them numbers or shapes.
NUMPY_SCALARS = frozenset({
    "prod", "product", "sum", "max", "amax", "min", "amin", "argmax", "argmin", "floor", "ceil",
    "round", "sqrt", "mean", "median", "power", "square", "abs", "int8", "int16", "int32",
    "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"})
NUMPY_SCALAR = "`\0` gives a NumPy scalar"


class Refused(str):
    """A note on a call Keras 3 raises on: the layer stops the model there. ``code`` is
    KSH301 where a Keras 3 spelling exists, KSH303 where none does."""

    code = "KSH301"

    def __new__(cls, code: str, text: str) -> "Refused":
        note = str.__new__(cls, text)
        note.code = code
        return note


def new_keyword(cls: str, key: str) -> Optional[str]:
    """Keras 2's name for a Keras 1 keyword of this layer class, or None."""
    if key == "output_dim" and cls in UNITS_LAYERS:
        return "units"
    return RENAMED_FOR.get(cls, {}).get(key) or RENAMED.get(key)


def translate(written_name: str, cls: str, args: Tuple[Any, ...], kwargs: Dict[str, Any],
              node: Any = None) -> Tuple[Tuple[Any, ...], Dict[str, Any], List[str]]:
    """Modern (args, kwargs) for a Keras 1 or 2 call, and one note per old spelling found.
    A :class:`Refused` note means Keras 3 raises on the call."""
    notes: List[str] = []
    out: Dict[str, Any] = {}
    if written_name in REMOVED_LAYERS:
        modern = REMOVED_LAYERS[written_name]
        notes.append(Refused("KSH303", "%s was removed in Keras 3, which has no layer like it"
                             % written_name) if modern is None else
                     Refused("KSH301", "%s was removed in Keras 3: use %s" % (written_name, modern)))
    for key, value in kwargs.items():
        if key in REFUSED and key not in TAKES_OWN.get(cls, ()):
            code, advice = REFUSED[key]
            notes.append(Refused(code, "Keras 3 refuses %s= on a layer: %s" % (
                key, advice % _text(value) if "%s" in advice else advice)))
        elif key in REFUSED_FOR.get(cls, ()):
            notes.append(Refused("KSH303", "Keras 3's %s has no %s= argument" % (cls, key)))
            out[key] = value
        elif key == "output_dim" and cls in UNITS_LAYERS:
            notes.append("output_dim= is Keras 1: use units=")
            out["units"] = value
        elif new_keyword(cls, key) is not None:
            new = new_keyword(cls, key)
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
                         "kernel_size=%s, strides=%s: write %s(%s, (%s)) (not fixed automatically: the fix changes "
                         "what Keras 3 builds)" % (
                             written_name, _text(args[0]), ", ".join(_text(v) for v in positional),
                             "x".join(_text(v) for v in positional), _text(positional[0]),
                             _text(positional[1]), cls, _text(args[0]),
                             ", ".join(_text(v) for v in positional)))
    notes.extend(_int_sizes(cls, args, out, node))
    return args, out, notes


def _int_sizes(cls: str, args: Tuple[Any, ...], kwargs: Dict[str, Any], node: Any) -> List[str]:
    """Keras 3 raises on a size that is a float or a NumPy scalar (Keras 2 took int() of it).
    A NumPy scalar only where the call writes the NumPy call itself: ``int(np.prod(s))``
    is an int."""
    notes: List[str] = []
    for position, key in enumerate(INT_SIZES.get(cls, ())):
        value = kwargs[key] if key in kwargs else args[position] if len(args) > position else None
        numpy = isinstance(value, Unknown) and value.why == NUMPY_SCALAR and value.node is not None \
            and value.node in _written_arguments(node, key, position)
        if numpy or isinstance(value, float):
            notes.append(Refused("KSH301", "%s(%s=%s): Keras 3 takes only a Python int here (Keras 2 "
                                 "took int() of it): write int(...)" % (
                                     cls, key, source_text(value.node) if numpy else _text(value))))
    return notes


def _written_arguments(node: Any, key: str, position: int) -> List[Any]:
    """The expression a call writes for an argument, by keyword or position ([] if none)."""
    found = [k.value for k in getattr(node, "keywords", ()) if k.arg == key]
    positional = getattr(node, "args", [])
    if len(positional) > position and not any(isinstance(a, ast.Starred) for a in positional[:position + 1]):
        found.append(positional[position])
    return found


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any) -> str:
    return str(value)


# -- modules and backend functions (read from the import statements, see rules/keras3_imports.py)
# Keras 2.2.4's modules that Keras 3 cannot import, with the module that has their names now
# (KSH301) or None (KSH303). `from` imports of the first kind are fixed mechanically.
MOVED_MODULES = {
    "layers.advanced_activations": "layers", "layers.convolutional": "layers",
    "layers.convolutional_recurrent": "layers", "layers.core": "layers",
    "layers.cudnn_recurrent": "layers", "layers.embeddings": "layers", "layers.local": "layers",
    "layers.merge": "layers", "layers.noise": "layers", "layers.normalization": "layers",
    "layers.pooling": "layers", "layers.recurrent": "layers", "layers.wrappers": "layers",
    "utils.np_utils": "utils", "utils.vis_utils": "utils", "utils.data_utils": "utils",
    "objectives": "losses",
}
REMOVED_MODULES = frozenset({
    "engine", "engine.base_layer", "engine.input_layer", "engine.network", "engine.saving",
    "engine.sequential", "engine.topology", "engine.training", "legacy", "legacy.interfaces",
    "legacy.layers", "legacy.models", "preprocessing.text", "utils.conv_utils",
    "utils.generic_utils", "utils.io_utils", "utils.layer_utils", "utils.multi_gpu_utils",
    "utils.test_utils", "utils.training_utils", "wrappers", "wrappers.scikit_learn",
    "backend.cntk_backend", "backend.common", "backend.tensorflow_backend",
    "backend.theano_backend", "applications.mobilenetv2", "datasets.cifar"})
REMOVED_NAMES = {"utils.np_utils": "keras.utils (to_categorical, normalize)", "models.Input": "keras.Input"}
# keras.backend functions of Keras 2.2.4 that Keras 3's keras.backend lacks: where Keras 3
# has one that does the same, its name (mostly keras.ops, which has the same name for
# backend functions not listed here; see BACKEND_IN_OPS).
BACKEND_MODERN = {
    "image_dim_ordering": "keras.backend.image_data_format() ('channels_first' where it said 'th')",
    "set_image_dim_ordering": "keras.backend.set_image_data_format('channels_first' or 'channels_last')",
    "int_shape": "x.shape", "permute_dimensions": "keras.ops.transpose", "pow": "keras.ops.power",
    "repeat_elements": "keras.ops.repeat", "reverse": "keras.ops.flip", "gather": "keras.ops.take",
    "batch_flatten": "keras.ops.reshape(x, (keras.ops.shape(x)[0], -1))",
    "flatten": "keras.ops.reshape(x, (-1,))", "l2_normalize": "keras.ops.normalize",
    "random_normal": "keras.random.normal", "random_uniform": "keras.random.uniform",
    "truncated_normal": "keras.random.truncated_normal", "dropout": "keras.random.dropout",
    "resize_images": "keras.ops.image.resize", "placeholder": "keras.Input",
    "variable": "keras.Variable", "constant": "keras.ops.convert_to_tensor",
    "bias_add": "x + bias", "count_params": "layer.count_params()",
    "conv1d": "keras.ops.conv", "conv2d": "keras.ops.conv", "conv3d": "keras.ops.conv",
    "depthwise_conv2d": "keras.ops.depthwise_conv", "pool2d": "keras.ops.max_pool or average_pool",
    "ctc_batch_cost": "keras.ops.ctc_loss", "map_fn": "keras.ops.map",
    "get_value": "keras.ops.convert_to_numpy", "eval": "keras.ops.convert_to_numpy",
    "cast_to_floatx": "keras.ops.cast(x, keras.backend.floatx())",
}
BACKEND_IN_OPS = frozenset({
    "abs", "all", "any", "arange", "argmax", "argmin", "batch_normalization", "binary_crossentropy",
    "cast", "categorical_crossentropy", "clip", "concatenate", "cos", "ctc_decode", "cumprod",
    "cumsum", "dot", "dtype", "elu", "equal", "exp", "expand_dims", "eye", "greater",
    "greater_equal", "hard_sigmoid", "identity", "in_top_k", "is_tensor", "less", "less_equal",
    "log", "logsumexp", "max", "maximum", "mean", "min", "minimum", "ndim", "not_equal", "one_hot",
    "ones", "ones_like", "prod", "relu", "repeat", "reshape", "round", "shape", "sigmoid", "sign",
    "sin", "slice", "softmax", "softplus", "softsign", "sparse_categorical_crossentropy", "sqrt",
    "square", "squeeze", "stack", "std", "stop_gradient", "sum", "switch", "tanh", "tile",
    "transpose", "var", "zeros", "zeros_like"})
BACKEND_GONE = frozenset({
    "batch_dot", "batch_get_value", "batch_set_value", "conv2d_transpose", "conv3d_transpose",
    "ctc_label_dense_to_sparse", "foldl", "foldr", "function", "get_session",
    "get_variable_shape", "gradients", "in_test_phase", "in_train_phase", "is_placeholder",
    "is_sparse", "learning_phase", "local_conv1d", "local_conv2d", "manual_variable_initialization",
    "moving_average_update", "normalize_batch_in_training", "pool3d", "print_tensor",
    "random_binomial", "random_normal_variable", "random_uniform_variable", "reset_uids",
    "resize_volumes", "rnn", "separable_conv1d", "separable_conv2d", "set_learning_phase",
    "set_session", "set_value", "spatial_2d_padding", "spatial_3d_padding", "temporal_padding",
    "to_dense", "update", "update_add", "update_sub", "normalize_data_format"})

# Model attributes Keras 3 removed: a Sequential's input/output (it has them only once called
# on a tensor; inputs/outputs it has once built) and a layer's input_shape/output_shape.
SEQUENTIAL_ENDS = {"input": "inputs[0]", "output": "outputs[0]"}
LAYER_SHAPES = {"input_shape": "input.shape", "output_shape": "output.shape"}

# Model methods and keywords Keras 3 refuses (TypeError: unexpected keyword; AttributeError):
# the Keras 3 spelling where one does the same, None where none does. Keras 0/1 keywords of
# fit/evaluate/predict/compile, Keras 2's *_generator methods.
METHOD_KEYWORDS = {"nb_epoch": "epochs", "samples_per_epoch": None, "nb_val_samples": None,
                   "show_accuracy": None, "class_mode": None, "nb_worker": None,
                   "pickle_safe": None, "max_q_size": None}
RENAMED_METHODS = {"fit_generator": "fit", "evaluate_generator": "evaluate",
                   "predict_generator": "predict"}
REMOVED_METHODS = {"predict_proba": "model.predict(x)", "predict_classes": "the argmax of model.predict(x)"}
OPTIMIZERS = frozenset({"SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "Adamax", "Nadam", "Ftrl",
                        "AdamW", "Lion", "Adafactor", "LossScaleOptimizer"})
TRAINING_METHODS = frozenset({"fit", "evaluate", "predict", "compile", "train_on_batch"}) | set(RENAMED_METHODS)


def method_notes(method: str, keywords: List[str], positional: int) -> List[Refused]:
    """Findings for ``model.<method>(...)`` with these keyword names and this many positional
    arguments. A renamed method is fixed only when its arguments stay where they were: every
    argument after the data is a keyword (fit_generator's second is steps, fit's is y)."""
    notes: List[Refused] = []
    if method in RENAMED_METHODS:
        notes.append(Refused("KSH301", "model.%s was removed in Keras 3: use model.%s, which takes a "
                             "generator or a PyDataset" % (method, RENAMED_METHODS[method])))
    if method in REMOVED_METHODS:
        notes.append(Refused("KSH301", "model.%s was removed in Keras 3: use %s" % (method, REMOVED_METHODS[method])))
    if method in TRAINING_METHODS:
        for key in keywords:
            if key in METHOD_KEYWORDS:
                new = METHOD_KEYWORDS[key]
                notes.append(Refused("KSH301", "%s(%s=) is Keras 1: use %s=" % (method, key, new)) if new else
                             Refused("KSH303", "Keras 3's %s has no %s= argument" % (method, key)))
    return notes


def module_note(path: str) -> Optional[Refused]:
    """The finding for importing Keras's module ``path`` (below its root), if Keras 3 has none."""
    if path in MOVED_MODULES:
        return Refused("KSH301", "keras.%s is a Keras 2 module that Keras 3 does not have: import "
                       "from keras.%s" % (path, MOVED_MODULES[path]))
    if path in REMOVED_MODULES or path.split(".")[0] in ("engine", "legacy", "wrappers"):
        return Refused("KSH303", "keras.%s is a Keras 2 module that Keras 3 removed" % path)
    return None


def name_note(module: str, name: str) -> Optional[Refused]:
    """The finding for Keras's ``module.name`` (module below Keras's root), if Keras 3 lacks it."""
    if module == "layers" and name in REMOVED_LAYERS:
        modern = REMOVED_LAYERS[name]
        return Refused("KSH303", "keras.layers.%s was removed in Keras 3, which has no layer like "
                       "it" % name) if modern is None else Refused(
            "KSH301", "keras.layers.%s was removed in Keras 3: use %s" % (name, modern))
    if module + "." + name in REMOVED_NAMES:
        return Refused("KSH301", "keras.%s.%s was removed in Keras 3: use %s" % (
            module, name, REMOVED_NAMES[module + "." + name]))
    if module == "backend":
        said = "keras.backend.%s was removed in Keras 3" % name
        if name in BACKEND_MODERN:
            return Refused("KSH301", "%s: use %s" % (said, BACKEND_MODERN[name]))
        if name in BACKEND_IN_OPS:
            caveat = " (its axis defaults to 0, Keras 2's to -1)" if name == "concatenate" else ""
            return Refused("KSH301", "%s: use keras.ops.%s%s" % (said, name, caveat))
        if name in BACKEND_GONE:
            return Refused("KSH303", said)
    return None
