"""What every model offers: ``model.layers``, ``get_layer``, the ``trainable`` setter, and
``isinstance`` over Keras's class tree."""
from __future__ import annotations

from typing import Any

from ..evaluator import constants
from ..evaluator.objects import Ref
from ..infer import infer_functional
from ..layers import REGISTRY
from ..names import MODEL_CLASSES, SUBCLASSES, canonical
from ..shapes import UNKNOWN
from ..values import LayerObj, ModelObj
from .sequential import is_input


class Model:
    def model_layers(self, model: ModelObj) -> Any:
        """``model.layers`` as Keras lists them (a Sequential's without its InputLayer), so
        ``for layer in model.layers[:3]: layer.trainable = False`` reaches the layers."""
        if model.uncertain:
            return UNKNOWN
        if model.kind == "Sequential":
            return [item for item in model.layers if not is_input(item)]
        if model.kind == "Functional":
            steps = infer_functional(model).steps
            return [s.layer or s.model or (LayerObj("InputLayer", (), {}, s.node, s.name)
                                           if s.cls == "InputLayer" else UNKNOWN)
                    for s in steps] if steps else UNKNOWN
        return UNKNOWN

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
