"""What every model offers: ``model.layers``, ``get_layer``, the ``trainable`` setter, and
``isinstance`` over Keras's class tree."""
from __future__ import annotations

from typing import Any

from ..evaluator import constants
from ..evaluator.objects import Ref
from ..infer import infer_functional, infer_sequential
from ..layers import Out
from ..layers import REGISTRY
from ..names import MODEL_CLASSES, SUBCLASSES, canonical
from ..shapes import UNKNOWN
from ..values import LayerObj, ModelObj, TensorObj
from .sequential import is_input


class Model:
    def model_layers(self, model: ModelObj) -> Any:
        """``model.layers`` as Keras lists them (a Sequential's without its InputLayer), so
        ``for layer in model.layers[:3]: layer.trainable = False`` reaches the layers."""
        if model.uncertain:
            return UNKNOWN
        if model.kind == "Sequential":
            self.sequential_graph(model)  # so that `layer.output` is the tensor Keras's build made
            return [item for item in model.layers if not is_input(item)]
        if model.kind == "Functional":
            steps = infer_functional(model).steps
            ends = model.inputs if isinstance(model.inputs, list) else [model.inputs]
            inputs = {id(t.node): t for t in ends if isinstance(t, TensorObj)}
            return [s.layer or s.model or (self.input_layer(s, inputs.get(id(s.node)))
                                           if s.cls == "InputLayer" else UNKNOWN)
                    for s in steps] if steps else UNKNOWN
        return UNKNOWN

    @staticmethod
    def input_layer(step: Any, tensor: Any) -> LayerObj:
        """A functional model's InputLayer, whose ``output`` is its input tensor."""
        layer = LayerObj("InputLayer", (), {}, step.node, step.name)
        if tensor is not None:
            layer.call_outputs.append(tensor)
        return layer

    def sequential_graph(self, model: ModelObj) -> Any:
        """A built Sequential's graph, as Keras's build makes it (sequential.py ``build``):
        its input, then each layer called once on the one before's output. Made when the code
        reads it (``model.inputs``, ``model.layers[i].output``) and again after layers are
        added (Keras rebuilds: each layer then has several outputs, and ``output`` refuses)."""
        graph = model.attrs.get("graph")
        if graph is not None and graph[0] == len(model.layers):
            return graph[1]
        result = infer_sequential(model)
        if not result.built or not isinstance(result.input_shape, tuple) or any(
                s.model for s in result.steps):
            return None
        first = model.layers[0] if model.layers else None
        tensor = TensorObj(result.input_shape, node=getattr(first, "node", model.node),
                           name=first.name if isinstance(first, TensorObj)
                           else model.attrs.get("input_layer"))
        tensors = [tensor]
        for step in result.steps:
            out = Out(step.output, step.trainable, step.non_trainable, step.formula, step.variables)
            tensor = TensorObj(step.output, step.layer, (tensor,), 0, step.node, out, step.error,
                               step.layer.calls, in_shape=step.input)
            step.layer.calls += 1
            step.layer.call_outputs.append(tensor)
            tensors.append(tensor)
        model.attrs["graph"] = (len(model.layers), tensors)
        return tensors

    def get_layer(self, model: ModelObj, args: tuple, kwargs: dict) -> Any:
        """``model.get_layer(name)`` or ``model.get_layer(index=i)``."""
        layers = self.model_layers(model)
        if not isinstance(layers, list):
            return UNKNOWN
        name = args[0] if args else kwargs.get("name")
        if isinstance(name, str):
            found = [item for item in layers if getattr(item, "name", None) == name
                     or getattr(item, "keras_name", None) == name]
            return found[0] if found else UNKNOWN
        index = kwargs.get("index", args[1] if len(args) > 1 else None)
        if isinstance(index, int) and not isinstance(index, bool) and -len(layers) <= index < len(layers):
            return layers[index]
        return UNKNOWN

    def set_trainable(self, owner: Any, value: Any) -> None:
        """``layer.trainable = False``: the flag the model's counts read at the end. Set where
        kerashape cannot tell whether the assignment ran, it is unknown unless unchanged."""
        if not isinstance(owner, (LayerObj, ModelObj)):
            return
        flag = constants.truth(value)
        current = True if owner.trainable_set is None else owner.trainable_set
        certain = flag is not None and (not self.uncertain or flag == current)
        owner.trainable_set = flag if certain else UNKNOWN
        if isinstance(owner, ModelObj):  # the setter sets every sublayer's flag too
            sublayers = owner.layers if owner.kind != "Functional" else self.model_layers(owner)
            for layer in sublayers if isinstance(sublayers, list) else ():
                if layer is not owner:
                    self.set_trainable(layer, value)


def is_instance(obj: Any, classes: Any) -> Any:
    """``isinstance(layer, layers.Dense)`` as Keras's class tree answers it; UNKNOWN where
    kerashape does not know the class (a custom layer, a class not from Keras)."""
    found: Any = False
    for ref in classes if isinstance(classes, tuple) else (classes,):
        name = canonical(ref.path) if isinstance(ref, Ref) else None
        if name is None or ref.path.startswith("<class>."):
            found = UNKNOWN
        elif isinstance(obj, ModelObj):
            if name in ("Layer", "Model") or name == obj.kind:
                return True
            if obj.kind == "Subclassed" or name not in REGISTRY and name not in MODEL_CLASSES:
                found = UNKNOWN
        elif name == obj.cls or name == "Layer" or obj.cls in (SUBCLASSES.get(name) or ()):
            return True
        elif obj.cls not in REGISTRY and obj.cls != "InputLayer" or \
                name not in REGISTRY and name not in MODEL_CLASSES:
            found = UNKNOWN
    return found
