"""Calls of Keras's own names: ``keras.Input``, layer classes, ``Sequential``/``Model``, the
merge functions (``layers.add([a, b])``), ``keras.ops``, datasets and utilities."""
from __future__ import annotations

import ast
from typing import Any, Optional

from .. import legacy
from ..evaluator.objects import Ref
from ..infer import full_shape
from ..layers import REGISTRY, TAKES_A_TENSOR, Out, ShapeError
from ..names import MODEL_CLASSES, canonical, keras_path
from ..reasons import reason_of
from ..evaluator.flow import region_text
from ..shapes import UNKNOWN, Unknown, source_text
from ..values import LayerObj, ModelObj, TensorObj
from . import arrays
from .sequential import declares_shape, is_input, model_built

DATA_FORMATS = ("channels_first", "channels_last")
MERGE_FUNCTIONS = {"add": "Add", "subtract": "Subtract", "multiply": "Multiply",
                   "average": "Average", "maximum": "Maximum", "minimum": "Minimum",
                   "concatenate": "Concatenate", "dot": "Dot"}


class Constructors:
    def call_keras(self, ref: Ref, args: tuple, kwargs: dict, node: ast.Call, dynamic: bool):
        name = canonical(ref.path)
        if ref.path.startswith("<class>."):
            return self.new_layer(ref.path.split(".", 1)[1], ref.path, args,  # the file's class,
                                  kwargs, node, dynamic)  # never a Keras 1 name (legacy.translate)
        if name is None:
            return UNKNOWN
        if name in MODEL_CLASSES:
            return self.new_model(MODEL_CLASSES[name], args, kwargs, node)
        if name == "Input":
            layer_name = self.name_for("InputLayer", kwargs)
            try:
                return TensorObj(input_shape(args, kwargs), node=node, name=layer_name)
            except ShapeError as e:  # keras.Input(shape=784): KSH105 at the Input
                return TensorObj(UNKNOWN, node=node, error=e, name=layer_name)
        if (keras_path(ref.path) or "").startswith("applications."):
            return self.application(keras_path(ref.path), args, kwargs, node)
        if name == "is_keras_tensor" and len(args) == 1:
            return UNKNOWN if isinstance(args[0], Unknown) else isinstance(args[0], TensorObj)
        if (keras_path(ref.path) or "").startswith("ops."):
            return self.tensor_op(ref.path.rsplit(".", 1)[-1], args, kwargs, node)
        if name in MERGE_FUNCTIONS and (args or "inputs" in kwargs):
            # keras.layers.add([a, b]) is Add()([a, b]); concatenate(inputs, axis) and
            # dot(inputs, axes) pass what follows the inputs to the layer.
            inputs = args[:1] if args else (kwargs.pop("inputs"),)
            layer = self.new_layer(MERGE_FUNCTIONS[name], name, args[1:], dict(kwargs), node)
            return self.call_layer(layer, inputs, {}, node)
        if name == "epsilon" and not args:
            return 1e-07  # keras.backend.epsilon(), as configured by default
        path = keras_path(ref.path) or ""
        if path.startswith("datasets.") and name == "load_data" and not args:
            return arrays.load_data(path.split(".")[1], kwargs)
        if name == "to_categorical" and args:
            return arrays.to_categorical(args[0], args[1] if len(args) > 1 else kwargs.get("num_classes"))
        if name == "pad_sequences" and args:
            return arrays.pad_sequences(args[0], kwargs.get("maxlen", args[1] if len(args) > 1 else None))
        if name == "image_data_format":
            return self.image_data_format
        if name == "set_image_data_format":
            self.set_image_data_format(args[0] if args else kwargs.get("data_format"), node)
            return None
        if name == "set_image_dim_ordering":  # Keras 2 (KSH301 says so): 'th' meant channels_first
            value = args[0] if args else kwargs.get("dim_ordering")
            self.set_image_data_format(legacy.DIM_ORDERING.get(value, value), node)
            return None
        if name in REGISTRY or name == "InputLayer" or (
                name[:1].isupper() and ".layers." in "." + keras_path(ref.path) + "."):
            written = ref.path.rsplit(".", 1)[-1]
            return self.new_layer(name, written, args, kwargs, node, dynamic)
        return UNKNOWN

    def set_image_data_format(self, value: Any, node: ast.AST) -> None:
        """``keras.config.set_image_data_format(...)`` (or keras.backend's): the format layers
        made after it take. Set where kerashape cannot tell whether it ran, or to a value it
        cannot read, the format is unknown, and so is every shape that depends on it."""
        fmt = value.lower() if isinstance(value, str) and value.lower() in DATA_FORMATS else None
        if fmt is None:
            self.image_data_format = Unknown("`\0` sets an image data format kerashape cannot read", node)
        elif self.uncertain and fmt != self.image_data_format:
            self.image_data_format = Unknown("the image data format is set to %r in %s" % (
                fmt, region_text(self.interp.regions[-1])))
        else:
            self.image_data_format = fmt

    def new_layer(self, cls: str, written: str, args: tuple, kwargs: dict, node, dynamic=False,
                  shown_as: Optional[str] = None):
        args, kwargs, notes = legacy.translate(written, cls, args, kwargs, node)
        keras_name = self.name_for(shown_as or cls, kwargs)
        refused = any(isinstance(note, legacy.Refused) for note in notes)  # Keras 3 raises here:
        layer = LayerObj(cls, args, kwargs, node, keras_name, self.image_data_format, notes,  # nothing after is known
                         uncertain=self.uncertain > 0, dynamic_kwargs=dynamic or refused, shown_as=shown_as)
        if args and isinstance(args[0], TensorObj) and not args[0].constant and cls in REGISTRY \
                and cls not in TAKES_A_TENSOR and isinstance(node, ast.Call) and node.args:
            return self.tensor_to_constructor(layer, args[0], node)
        return layer

    def tensor_to_constructor(self, layer: LayerObj, tensor: TensorObj, node: ast.Call) -> TensorObj:
        """``Flatten(x)`` for ``Flatten()(x)``: Keras raises as the layer is made. What the line
        gives is a tensor of the graph with that error, so the model is reported where it fails."""
        written, given = source_text(node.func), source_text(node.args[0])
        error = ShapeError("KSH106", "%s(%s) gives the tensor to the layer's constructor, which "
                                     "Keras refuses: call the layer on it, %s()(%s)" % (written, given, written, given))
        return TensorObj(UNKNOWN, layer, (tensor,), 0, node, Out(UNKNOWN, UNKNOWN, UNKNOWN), error)

    def new_model(self, kind: str, args: tuple, kwargs: dict, node: ast.Call) -> ModelObj:
        model = ModelObj(kind, node, keras_name=self.name_for(kind, kwargs), depth=self.uncertain)
        if kind == "Sequential":
            layers = args[0] if args else kwargs.get("layers")
            if isinstance(layers, (list, tuple)):
                model.layers.extend(layers)
                if layers and declares_shape(layers[0]):
                    self.name_input_layer(model)
                if layers and (declares_shape(layers[0]) or len(layers) > 1 and is_input(layers[0])):
                    self.rebuilt(model)  # built at once: see _built
                elif len(layers) > 1 and model_built(layers[0]):
                    self.built(model)  # a built model first gives its input shape
            elif layers is not None:
                model.uncertain = True  # layers kerashape cannot list: how many is unknown
                model.why_uncertain = reason_of(layers) or "its layers are not a list kerashape can read"
        else:
            for old, new in legacy.MODEL_RENAMED.items():
                if old in kwargs and new not in kwargs:  # Keras 1's Model(input=..., output=...)
                    kwargs = dict(kwargs, **{new: kwargs[old]})
                    model.legacy.append("Model(%s=...) is Keras 1: write %s=..." % (old, new))
            model.inputs = args[0] if args else kwargs.get("inputs")
            model.outputs = args[1] if len(args) > 1 else kwargs.get("outputs")
        self.keep(model)  # every call builds a model: a helper called twice, two models
        return model


def input_shape(args: tuple, kwargs: dict) -> Any:
    """keras.Input(shape=..., batch_size=..., batch_shape=...) as a full shape."""
    if "batch_shape" in kwargs:
        return full_shape(kwargs["batch_shape"], with_batch=True)
    shape = args[0] if args else kwargs.get("shape")
    batch = args[1] if len(args) > 1 else kwargs.get("batch_size")
    return full_shape(shape, batch=batch)


def star_exports(name: Optional[str]) -> bool:
    """Whether ``from keras.<module> import *`` can have bound a name kerashape reads."""
    return name is not None and (name in REGISTRY or name in MODEL_CLASSES or name in MERGE_FUNCTIONS
                                 or name in ("Input", "InputLayer", "Layer"))
