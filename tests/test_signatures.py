"""The constructor-signature audit: every argument of every layer class kerashape supports,
as the installed Keras declares it, is modelled (a parameter of the layer's function, which
counts it or leaves the layer unknown with its reason) or listed as changing no shape and no
weight (layers.NO_SHAPE_EFFECT, NO_SHAPE_EFFECT_ON). An argument a later Keras adds fails here
until it is placed.

Needs the ``oracle`` extra (keras); skipped with a reason without it.
"""
import importlib.util
import inspect

import pytest

from kerashape.layers import NO_SHAPE_EFFECT, NO_SHAPE_EFFECT_ON, REGISTRY

pytestmark = [pytest.mark.oracle,
              pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                                 reason="the oracle extra (keras + jax) is not installed")]

# Supported names Keras 3 no longer has: older spellings kerashape reads in old code.
NOT_IN_KERAS_3 = {"ThresholdedReLU": "Keras 2 (Keras 3 has ReLU(threshold=...))",
                  "GroupedQueryAttention": "the Keras 3.0 name of GroupQueryAttention"}


def _keras_layers():
    import os
    os.environ.setdefault("KERAS_BACKEND", "jax")
    import keras
    return keras.layers


def _arguments(function, skip_first):
    params = list(inspect.signature(function).parameters.values())[skip_first:]
    return [p.name for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            and not p.name.startswith("_")]


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_argument_is_placed(name):
    cls = getattr(_keras_layers(), name, None)
    if cls is None:
        assert name in NOT_IN_KERAS_3, "%s is not a class of the installed Keras" % name
        return
    modelled = set(_arguments(REGISTRY[name].fn, 1))
    harmless = NO_SHAPE_EFFECT | NO_SHAPE_EFFECT_ON.get(name, set())
    keras_arguments = _arguments(cls.__init__, 1)
    unplaced = [a for a in keras_arguments if a not in modelled and a not in harmless]
    assert unplaced == [], "%s: arguments neither modelled nor known to change no shape" % name
    assert sorted(modelled - set(keras_arguments)) == [], "%s: parameters Keras does not have" % name


def test_the_tables_name_only_arguments_keras_has():
    keras_layers = _keras_layers()
    everywhere = set()
    for name in REGISTRY:
        cls = getattr(keras_layers, name, None)
        if cls is not None:
            everywhere |= set(_arguments(cls.__init__, 1))
    assert sorted(NO_SHAPE_EFFECT - everywhere) == []
    for name, arguments in NO_SHAPE_EFFECT_ON.items():
        assert sorted(arguments - set(_arguments(getattr(keras_layers, name).__init__, 1))) == [], name


def test_every_argument_of_a_cell_is_its_layers():
    """RNN's cells are counted as their layers (layers/rnn.py CELLS): each argument of a cell
    is one of its layer's, or changes no shape."""
    from kerashape.layers.rnn import CELLS

    keras_layers = _keras_layers()
    for cell, (layer, _) in CELLS.items():
        modelled = set(_arguments(REGISTRY[layer].fn, 1))
        unplaced = [a for a in _arguments(getattr(keras_layers, cell).__init__, 1)
                    if a not in modelled and a not in NO_SHAPE_EFFECT]
        assert unplaced == [], cell


def test_the_constructors_that_take_a_tensor_are_the_ones_keras_lets_through():
    """``Flatten(x)`` for ``Flatten()(x)`` is KSH106 for every supported layer but those whose
    constructor Keras 3 lets a symbolic tensor through (layers.TAKES_A_TENSOR)."""
    import warnings

    from kerashape.layers import TAKES_A_TENSOR

    keras_layers = _keras_layers()
    import keras
    x = keras.Input((8, 8, 3))
    taken = set()
    for name in sorted(REGISTRY):
        cls = getattr(keras_layers, name, None)
        if cls is None:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cls(x)
            taken.add(name)
        except Exception:  # noqa: BLE001 - Keras refusing it, any way it does, is the point
            pass
    assert taken == set(TAKES_A_TENSOR)
