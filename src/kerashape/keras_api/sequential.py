"""``keras.Sequential``: its layers as the code adds them, and when Keras builds it (and so
names an InputLayer and a Functional of its own: sequential.py ``build``/``_maybe_rebuild``)."""
from __future__ import annotations

import ast
from typing import Any

from ..evaluator.flow import region_text
from ..shapes import UNKNOWN
from ..values import LayerObj, ModelObj, TensorObj
from . import labels


class Sequential:
    def name_input_layer(self, model: ModelObj) -> None:
        """A Sequential given a shape makes an InputLayer of its own, which takes the next
        ``input_layer`` name (so later Inputs are named as Keras names them)."""
        if not model.input_layer_named and model.kind == "Sequential" and not (
                model.layers and is_input(model.layers[0])):
            model.input_layer_named = True
            model.attrs["input_layer"] = self.auto_name("InputLayer")

    def built(self, model: ModelObj) -> None:
        """Keras builds a Sequential as a Functional of its own, named ``functional_N``
        (sequential.py ``build``), so later models' names count it."""
        if model.kind == "Sequential":
            self.name_input_layer(model)
            self.rebuilt(model)

    def rebuilt(self, model: ModelObj) -> None:
        """Each (re)build of a Sequential calls its layers on a new Input, which builds a
        Sequential among them that was never built (its names first), then makes a Functional."""
        for item in model.layers[model.rebuilt_upto:]:  # the ones before were built by then
            if isinstance(item, ModelObj) and item.kind == "Sequential" and not item.input_layer_named \
                    and not model_built(item):
                self.built(item)
        model.rebuilt_upto = len(model.layers)
        self.auto_name("Functional")

    def model_method(self, target: ModelObj, name: str, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``model.add``, ``pop``, ``build``, ``get_layer``, ``add_weight`` (in a subclass);
        ``summary``, ``compile`` and the rest change no shape."""
        if name == "add_weight" and target.kind == "Subclassed":
            return self.add_weight(target, args, kwargs)
        labels.record(target, name, args, kwargs, node)  # fit/compile: the labels and loss the code states
        if name == "add" and args:
            self.add(target, self.as_layer(args[0], node.args[0]))
        elif name == "get_layer":
            return self.get_layer(target, args, kwargs)
        elif name == "pop" and target.layers:
            if self.uncertain <= target.depth:
                target.rebuilt_upto = min(target.rebuilt_upto, len(target.layers) - 1)
                return target.layers.pop()
            self.lose_count(target, "a layer is popped in " + region_text(self.interp.regions[-1]))
        elif name == "build":
            shape = args[0] if args else kwargs.get("input_shape")
            target.build_shape = shape
            target.build_node = node
            self.built(target)
            if target.kind == "Subclassed":
                self.trace_build(target, shape, node)
        return None if name in ("add", "build", "summary", "compile") else UNKNOWN

    def add(self, target: ModelObj, item: Any) -> None:
        """``model.add(layer)``: in code that may not run, the model's layers are uncertain.
        Every add rebuilds it (see ``built``) once its InputLayer has a layer after it; a
        first layer with input_shape= brings an InputLayer of its own."""
        if self.uncertain > target.depth:
            if isinstance(item, LayerObj):
                item.uncertain = True
            self.lose_count(target, "layers are added in " + region_text(self.interp.regions[-1]))
        if not target.layers and declares_shape(item):
            self.name_input_layer(target)
        target.layers.append(item)
        first = target.layers[0]
        if declares_shape(first) or len(target.layers) > 1 and is_input(first):
            self.rebuilt(target)
        elif len(target.layers) > 1 and model_built(first):
            self.built(target)

    @staticmethod
    def lose_count(model: ModelObj, why: str) -> None:
        """Which layers the model has is no longer certain: shapes after that are unknown."""
        model.uncertain = True
        model.why_uncertain = model.why_uncertain or why


def model_built(item: Any, depth: int = 0) -> bool:
    """Whether a model has an input shape (Keras's ``input_shape`` property), so a Sequential
    it starts builds at once (sequential.py ``_maybe_rebuild``)."""
    if not isinstance(item, ModelObj) or depth > 8:
        return False
    if item.kind == "Functional":
        return True
    first = item.layers[0] if item.layers else None
    return item.kind == "Sequential" and (item.build_shape is not None or len(item.layers) > 1 and (
        declares_shape(first) or is_input(first) or model_built(first, depth + 1)))


def declares_shape(item: Any) -> bool:
    return isinstance(item, LayerObj) and item.cls != "InputLayer" and item.shape_arg()[0] is not None


def is_input(item: Any) -> bool:
    return isinstance(item, TensorObj) or isinstance(item, LayerObj) and item.cls == "InputLayer"
