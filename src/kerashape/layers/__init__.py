"""Layer semantics: one function per Keras layer, registered by its Keras 3 class name.

A layer function takes the input shape first, then the Keras constructor's own
parameters in Keras's order, so positional and keyword arguments bind the way
Keras binds them::

    @layer("Dense", min_ndim=2, last_axis=True)
    def dense(x, units, activation=None, use_bias=True, *_, **__):
        units = dim(units)
        return Out(x[:-1] + (units,), trainable=x[-1] * units + (units if use_bias else 0))

It returns an :class:`Out` (output shape, trainable and non-trainable counts)
or raises :class:`ShapeError` with a KSH1xx code when Keras would refuse the
input. Anything it cannot know it leaves UNKNOWN. Adding a layer is one
function in the family module that mirrors ``keras/src/layers/<family>/``.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple, Union

from ..shapes import UNKNOWN, Dim, Poly, Unknown, bounded, is_dim
from ..values import LayerObj, ModelObj

Shape = Tuple[Dim, ...]
AnyShape = Union[Shape, List[Shape], Unknown]


class ShapeError(Exception):
    """Keras would raise at build time; ``code`` is the KSH1xx rule."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class NotStatic(Exception):
    """An argument has no static value; the layer's result is unknown."""


@dataclass
class Out:
    shape: Any
    trainable: Dim = 0
    non_trainable: Dim = 0
    formula: str = ""  # how the trainable count is made, for --explain and hovers
    # (trainable, non-trainable) as the model's totals count them, where that differs from
    # the layer's own split: a wrapper made with trainable=False (see run).
    variables: Optional[Tuple[Any, Any]] = None


@dataclass
class LayerSpec:
    name: str
    fn: Callable[..., Out]
    signature: inspect.Signature
    ndim: Optional[int] = None
    min_ndim: Optional[int] = None
    max_ndim: Optional[int] = None
    last_axis: bool = False  # acts on the last axis only (Dense): KSH201 applies
    family: str = ""

    def arguments(self, *args: Any, **kwargs: Any) -> Dict[str, Any]:
        """Every parameter's value in this call, defaults applied (``apply_defaults``)."""
        return {**self._defaults, **self.bind(*args, **kwargs).arguments}

    @cached_property
    def _defaults(self) -> Dict[str, Any]:
        kinds = {inspect.Parameter.VAR_POSITIONAL: (), inspect.Parameter.VAR_KEYWORD: MappingProxyType({})}
        return {p.name: kinds.get(p.kind, p.default) for p in self.signature.parameters.values()
                if p.default is not p.empty or p.kind in kinds}

    def bind(self, *args: Any, **kwargs: Any) -> inspect.BoundArguments:
        """``self.signature.bind(*args, **kwargs)``, the same arguments or TypeError, from a plan
        made once per shape of call (how many positional arguments, which keywords): inspect's
        binding was a tenth of the analysis of a large file, done for every layer twice."""
        key = (self.name, len(args), tuple(kwargs))
        plan = _PLANS.get(key, _NO_PLAN)
        if plan is _NO_PLAN:
            if len(_PLANS) > 4096:
                _PLANS.clear()
            plan = _PLANS[key] = _plan(self.signature, len(args), tuple(kwargs))
        if isinstance(plan, TypeError):
            raise plan
        arguments: Dict[str, Any] = {}
        for name, (kind, where) in plan:
            arguments[name] = args[where] if kind == "positional" else kwargs[where] \
                if kind == "keyword" else args[where:] if kind == "rest" else {k: kwargs[k] for k in where}
        return inspect.BoundArguments(self.signature, arguments)  # type: ignore[arg-type]


class _Slot(NamedTuple):
    """A placeholder for one argument while a plan is made: its position or keyword."""
    at: Union[int, str]


_NO_PLAN = object()
_PLANS: Dict[Tuple[str, int, Tuple[str, ...]], Any] = {}


def _plan(signature: inspect.Signature, positional: int, keywords: Tuple[str, ...]):
    """Where each parameter's value comes from in a call of this shape, as inspect binds
    placeholders: (name, (kind, where)), in inspect's order; or the TypeError it raises."""
    try:
        bound = signature.bind(*(_Slot(i) for i in range(positional)), **{k: _Slot(k) for k in keywords})
    except TypeError as e:
        return e
    plan = []
    for name, value in bound.arguments.items():
        if isinstance(value, _Slot):
            plan.append((name, ("positional" if isinstance(value.at, int) else "keyword", value.at)))
        elif isinstance(value, tuple):  # *args: the positional arguments from its first on
            plan.append((name, ("rest", value[0].at if value else positional)))
        else:  # **kwargs: these keywords
            plan.append((name, ("keywords", tuple(value))))
    return tuple(plan)


REGISTRY: Dict[str, LayerSpec] = {}


def layer(*names: str, ndim=None, min_ndim=None, max_ndim=None, last_axis=False):
    """Register ``fn`` as the semantics of the Keras classes ``names``."""

    def register(fn):
        family = fn.__module__.rsplit(".", 1)[-1]
        for name in names:
            REGISTRY[name] = LayerSpec(
                name, fn, inspect.signature(fn), ndim, min_ndim, max_ndim, last_axis,
                family=family)
        return fn

    return register


# -- argument helpers: Keras's own argument standardisation, static -------------

def dim(value: Any) -> Dim:
    """An int-valued argument as a dimension: ints and symbols pass, the rest is unknown."""
    if isinstance(value, bool):
        return UNKNOWN
    if isinstance(value, int):
        return bounded(value)
    if isinstance(value, (Poly, Unknown)):
        return value
    return UNKNOWN


def dims_tuple(value: Any, n: int) -> Tuple[Dim, ...]:
    """Keras's ``standardize_tuple``: an int is repeated n times; a tuple must have n items."""
    if is_dim(value):
        return (dim(value),) * n
    if isinstance(value, (tuple, list)):
        if len(value) != n:
            raise NotStatic("expected %d values, got %d" % (n, len(value)))
        return tuple(dim(v) for v in value)
    return (UNKNOWN,) * n


def choice(value: Any, allowed: Tuple[str, ...]) -> Optional[str]:
    """A string argument, lower-cased as Keras does, or None when unknown or not allowed."""
    if isinstance(value, str) and value.lower() in allowed:
        return value.lower()
    return None


def flag(value: Any, what: str = "a boolean argument") -> bool:
    """A boolean argument, as Keras tests it (``if self.use_bias:``): any constant by its
    truth, so ``use_bias="False"`` is True; an unknown one makes the result unknown."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return bool(value)
    raise NotStatic("%s has no static value" % what)


def need(condition: Optional[bool], code: str, message: str) -> None:
    """Raise ShapeError only when ``condition`` is definitely False (three-valued)."""
    if condition is False:
        raise ShapeError(code, message)


def axis_index(axis: Any, rank: int) -> int:
    """A (possibly negative) axis as an index into a shape of ``rank`` dims."""
    if not isinstance(axis, int) or isinstance(axis, bool):
        raise NotStatic("axis has no static value")
    idx = axis + rank if axis < 0 else axis
    if not 0 <= idx < rank:
        raise ShapeError("KSH101", "axis %d is out of range for an input of rank %d" % (axis, rank))
    return idx


def num(value: Dim) -> str:
    """A dimension as text in a formula: ``?`` when unknown."""
    return "?" if isinstance(value, Unknown) else str(value)


# Constructor arguments that change no output shape and no weight count, on every layer that
# takes them. Every other argument of a supported class is a parameter of its layer function
# (modelled, or making the result unknown with its reason): tests/test_signatures.py checks
# this against the installed Keras, so an argument a later Keras adds is noticed.
NO_SHAPE_EFFECT = frozenset({
    "name", "dtype", "seed", "activation", "activity_regularizer", "dropout", "recurrent_dropout",
    "rate", "noise_shape", "stddev", "unit_forget_bias", "go_backwards", "stateful", "unroll",
    "use_cudnn", "zero_output_for_mask", "l1", "l2", "alpha", "negative_slope", "max_value",
    "threshold", "mask_value", "mask_zero", "weights", "lora_alpha", "sliding_window",
    "flash_attention", "reverse_dtype", "logit_soft_cap", "salt", "oov_method", "sparse", "encoding",
    "scale", "offset", "factor", "value_range", "interpolation", "fill_mode", "fill_value",
    "height_factor", "width_factor", "x_factor", "y_factor", "brightness_factor", "contrast_factor",
    "saturation_factor", "hue_factor", "num_ops", "num_chains", "chain_depth", "all_ops",
    "addition_factor", "threshold_factor",
} | {"%s_%s" % (weight, kind) for weight in ("kernel", "bias", "recurrent", "depthwise", "pointwise",
                                             "embeddings", "beta", "gamma")
     for kind in ("initializer", "regularizer", "constraint")})
# The same, for arguments that do change shapes elsewhere (an axis, a data format, a kernel):
# on these layers, which keep their input's shape, they change none.
NO_SHAPE_EFFECT_ON = {
    "Softmax": {"axis"}, "UnitNormalization": {"axis"}, "RandomFlip": {"mode", "data_format"},
    "RandomGaussianBlur": {"kernel_size", "sigma", "data_format"},
    **{cls: {"data_format"} for cls in (
        "SpatialDropout2D", "SpatialDropout3D", "AugMix", "CutMix", "MixUp", "RandAugment",
        "RandomColorDegeneration", "RandomColorJitter", "RandomElasticTransform", "RandomErasing",
        "RandomGrayscale", "RandomHue", "RandomInvert", "RandomPerspective", "RandomPosterization",
        "RandomRotation", "RandomSaturation", "RandomSharpness", "RandomShear", "RandomTranslation",
        "RandomZoom")},
}

# Size arguments Keras 3 checks when a layer is made, before any input (ValueError): zero and
# negative ints are refused, and None too where True. Checked for every layer whose function
# names the argument, but the ones in UNCHECKED, which Keras makes without checking it.
POSITIVE_SIZES = {"units": True, "filters": False, "kernel_size": True, "dilation_rate": True,
                  "pool_size": True, "input_dim": True, "output_dim": True, "n": True, "size": True,
                  "num_heads": True, "key_dim": True, "depth_multiplier": False}
UNCHECKED = {("ConvLSTM%dD" % rank, "filters") for rank in (1, 2, 3)}
# Layers whose constructor checks ``0 <= value <= 1`` of one argument (dropout.py,
# alpha_dropout.py, gaussian_dropout.py, gaussian_noise.py; the spatial dropouts are Dropout's
# subclasses): the argument, and its default.
UNIT_INTERVAL = {"Dropout": ("rate", 0.5), "SpatialDropout1D": ("rate", 0.5),
                 "SpatialDropout2D": ("rate", 0.5), "SpatialDropout3D": ("rate", 0.5),
                 "AlphaDropout": ("rate", 0.5), "GaussianDropout": ("rate", 0.5),
                 "GaussianNoise": ("stddev", 0.5)}


# Layer classes whose constructor Keras 3 lets a symbolic tensor through as its first argument
# (it is taken as an axis, a scale, ...). Every other one raises on ``Flatten(x)``, the slip
# for ``Flatten()(x)`` (tests/test_signatures.py checks the set against the installed Keras).
TAKES_A_TENSOR = frozenset({
    "AdditiveAttention", "Attention", "Concatenate", "ELU", "Masking", "MixUp", "Pipeline",
    "RMSNormalization", "RandomColorJitter", "RandomFlip", "Rescaling", "Softmax"})


def refused_argument(spec: LayerSpec, layer: LayerObj) -> Optional[ShapeError]:
    """KSH106 where Keras refuses an argument as the layer is made: a size (``Dense(None)``
    left in an exercise template, ``Conv2D(32, 0)``), a rate outside [0, 1]
    (``SpatialDropout1D(Dropout(0.2))``, ``GaussianNoise(5)``)."""
    if spec.name in UNIT_INTERVAL:
        return _outside_unit_interval(spec.name, layer)
    if not any(_may_be_refused(v) for v in (*layer.args, *layer.kwargs.values())):
        return None  # the usual case, decided without binding the arguments again
    try:
        bound = spec.bind(None, *layer.args, **layer.kwargs).arguments
    except TypeError:
        return None
    for name, none_refused in POSITIVE_SIZES.items():
        if name not in bound or (spec.name, name) in UNCHECKED:
            continue
        value = bound[name]
        items = value if isinstance(value, (tuple, list)) else (value,)
        bad = value is None and none_refused or any(
            isinstance(v, int) and not isinstance(v, bool) and v <= 0 for v in items)
        if bad:
            return ShapeError("KSH106", "%s(%s=%r): Keras refuses it when the layer is made (%s must be "
                                        "a positive integer)" % (spec.name, name, value, name))
    return None


def _outside_unit_interval(cls: str, layer: LayerObj) -> Optional[ShapeError]:
    name, default = UNIT_INTERVAL[cls]
    value = layer.kwargs[name] if name in layer.kwargs else layer.args[0] if layer.args else default
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(value, LayerObj) or value is None or numeric and not 0 <= value <= 1:
        shown = "%s(...)" % value.cls if isinstance(value, LayerObj) else repr(value)
        return ShapeError("KSH106", "%s(%s=%s): Keras refuses it when the layer is made (%s must be a "
                                    "number from 0 to 1)" % (cls, name, shown, name))
    return None


def _may_be_refused(value: Any) -> bool:
    """None, or an int (alone or in a tuple) that is not positive."""
    items = value if isinstance(value, (tuple, list)) else (value,)
    return value is None or any(isinstance(v, int) and not isinstance(v, bool) and v <= 0 for v in items)


def run(layer: LayerObj, x: Any) -> Out:
    """Apply a layer instance's semantics to an input shape (or list of shapes).

    Checks the input rank against the layer's spec (KSH101), binds the
    constructor arguments the way Python (and so Keras) binds them, and turns
    "cannot know" into an unknown result. Only :class:`ShapeError` is a finding.
    """
    spec = REGISTRY.get(layer.cls)
    refused = None if spec is None or layer.dynamic_kwargs else refused_argument(spec, layer)
    if refused is not None:
        raise refused
    if spec is None or layer.dynamic_kwargs or isinstance(x, Unknown):
        return Out(UNKNOWN, UNKNOWN, UNKNOWN)
    if isinstance(x, tuple):
        _check_rank(spec, len(x))
    try:
        bound = spec.bind(x, *layer.args, **layer.kwargs)
    except TypeError:
        return Out(UNKNOWN, UNKNOWN, UNKNOWN)
    args, kwargs = (x, *layer.args), layer.kwargs  # bound as given: the call as written
    if "data_format" in spec.signature.parameters and bound.arguments.get("data_format") is None:
        bound.arguments["data_format"] = layer.data_format
        args, kwargs = bound.args, bound.kwargs
    try:
        out = spec.fn(*args, **kwargs)
    except ShapeError:
        raise
    except (NotStatic, TypeError, ValueError, ZeroDivisionError, IndexError, KeyError,
            AttributeError, OverflowError):
        # An argument of a kind the layer cannot use statically (a string where
        # an int goes, an unknown flag): the result is unknown, never guessed.
        return Out(UNKNOWN, UNKNOWN, UNKNOWN)
    if layer.trainable_set is not None:  # the setter overrides the constructor's flag
        return set_trainable(out, layer.trainable_set)
    trainable = layer.kwargs.get("trainable", True)
    if trainable is False:
        # Layer.__init__(trainable=False) marks the layer, not variables already made: a
        # wrapper's inner layer builds its weights trainable, and the model counts them so.
        wrapped = any(isinstance(v, LayerObj) for v in bound.arguments.values())
        return Out(out.shape, 0, out.trainable + out.non_trainable, out.formula,
                   (out.trainable, out.non_trainable) if wrapped else None)
    if not isinstance(trainable, bool):
        return Out(out.shape, UNKNOWN, UNKNOWN)
    return out


# How a whole model used as a wrapper's layer (TimeDistributed(cnn)) applies: infer's
# apply_model, registered by keras_api as it is imported (layers may not import infer).
MODEL_RUNNER: List[Callable[[Any, Any], Out]] = []


def run_wrapped(item: Any, x: Any) -> Out:
    """The layer a wrapper applies: a layer by its semantics, a model as a model applies."""
    if isinstance(item, LayerObj):
        return run(item, x)
    if MODEL_RUNNER and isinstance(item, ModelObj):
        return MODEL_RUNNER[0](item, x)
    raise NotStatic("the wrapped layer is not a Keras layer kerashape knows")


def set_trainable(out: Out, flag: Any) -> Out:
    """``layer.trainable = flag`` after construction (Layer.trainable's setter): False makes
    every weight of the layer and its sublayers non-trainable, True undoes it (a weight made
    non-trainable, like BatchNormalization's moving mean, stays so). None: never set."""
    if flag is None or flag is True:
        return out
    if flag is False:
        return Out(out.shape, 0, out.trainable + out.non_trainable, out.formula)
    return Out(out.shape, UNKNOWN, UNKNOWN, out.formula)


def _check_rank(spec: LayerSpec, rank: int) -> None:
    expected = None
    if spec.ndim is not None and rank != spec.ndim:
        expected = "%d" % spec.ndim
    elif spec.min_ndim is not None and rank < spec.min_ndim:
        expected = "%d or more" % spec.min_ndim
    elif spec.max_ndim is not None and rank > spec.max_ndim:
        expected = "%d or less" % spec.max_ndim
    if expected is not None:
        raise ShapeError("KSH101", "%s expects an input of rank %s (batch axis included), got rank %d"
                         % (spec.name, expected, rank))


from . import (  # noqa: E402,F401  (registration happens on import)
    activations, attention, convolutional, core, merging, normalization, pooling, preprocessing,
    regularization, reshaping, rnn,
)
