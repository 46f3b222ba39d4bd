"""User code Keras runs: a ``keras.Model`` or ``Layer`` subclass of the file (its
``__init__``, ``build`` and ``call``, followed on a known input), ``add_weight``, and a
``Lambda`` layer's functions. What they give is recorded on the IR, so infer only reads it."""
from __future__ import annotations

import ast
from typing import Any

from ..evaluator import constants
from ..evaluator.limits import Budget
from ..evaluator.library import NOT_HANDLED
from ..evaluator.objects import FAILED, ClassObj, FuncObj, InstanceObj
from ..evaluator.scope import dotted_name
from ..infer import full_shape
from ..layers import ShapeError
from ..layers.core import lambda_key
from ..shapes import UNKNOWN, Poly, Unknown
from ..values import LayerObj, ModelObj, TensorObj
from .functional import tensors_in


class Subclassing:
    def new_subclass(self, cls: ClassObj, args: tuple, kwargs: dict, node: ast.Call) -> ModelObj:
        """``Net(...)``: run ``__init__`` with ``self`` bound to a new model; the layers it
        assigns to ``self`` (lists included) are the model's layers, in assignment order.
        A custom layer is built the same way but is no model of the file."""
        model = ModelObj("Subclassed", node, keras_name=self.name_for(cls.name, kwargs), cls=cls)
        init = cls.methods.get("__init__")
        if init is not None and self.interp.run_method(init, model, args, kwargs) is FAILED:
            model.uncertain = True
        collect_layers(model)
        if cls.kind == "model":
            self.keep(model)
        return model

    def configured_layer(self, cls: ClassObj, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``class MaxNormDense(keras.layers.Dense)`` that only passes other arguments to
        ``super().__init__``: that layer, named and shown by its own class, as Keras does.
        Where ``__init__`` does not reach ``super().__init__`` readably, the layer is opaque."""
        init = cls.methods.get("__init__")
        if init is not None:
            holder = InstanceObj(cls)
            if self.interp.run_method(init, holder, args, kwargs) is FAILED or _INIT not in holder.attrs:
                return LayerObj(cls.name, (), {}, node, self.auto_name(cls.name), self.image_data_format,
                                uncertain=self.uncertain > 0)
            args, kwargs = holder.attrs[_INIT]
        layer = self.new_layer(cls.library_data, cls.library_data, args, kwargs, node, shown_as=cls.name)
        return layer

    def super_call(self, target: Any, name: str, args: tuple, kwargs: dict) -> Any:
        """``super().__init__(...)`` in a class of the file: a configured layer's arguments
        are recorded; a Model or Layer subclass's base ``__init__`` changes no shape."""
        owner = target.owner
        if owner is None or owner.kind not in ("configured_layer", "model", "layer") or any(
                isinstance(b, ClassObj) and name in b.methods for b in owner.bases):
            return NOT_HANDLED
        configuring = owner.kind == "configured_layer" and isinstance(target.instance, InstanceObj)
        if name == "__init__" and configuring:
            target.instance.attrs[_INIT] = (tuple(args), dict(kwargs))
        return None if name == "__init__" else UNKNOWN

    def trace(self, model: ModelObj, inputs: Any) -> None:
        """Follow the model's ``build`` (if the file defines one) on the input shape, then its
        ``call`` on the input tensors, once, as its first call does: Keras builds a layer once,
        so a call kerashape could not follow to its end is not followed (nor built) again."""
        call = model.cls.methods.get("call") if model.cls else None
        if call is None or model.outputs is not None or model.followed:
            return
        model.followed = True
        build = model.cls.methods.get("build")
        output_shape = model.cls.methods.get("compute_output_shape")
        shapes = [getattr(t, "shape", UNKNOWN) for t in inputs] if isinstance(inputs, (list, tuple)) \
            else getattr(inputs, "shape", UNKNOWN)
        self._tracing.append(model)
        try:
            if build is not None and self.interp.run_method(build, model, (shapes,), {}) is FAILED:
                model.uncertain = True
            if output_shape is not None and not model.layers and model.cls.kind == "layer" \
                    and "compute_output_spec" not in model.cls.methods:
                # Keras asks an overridden compute_output_shape, not call(), for the output
                # (layer.py compute_output_spec); with sublayers to build, call() is followed.
                outputs = _as_tensors(self.interp.run_method(output_shape, model, (shapes,), {}))
            else:
                outputs = self.interp.run_method(call, model, (inputs,), {})
        finally:
            self._tracing.pop()
        collect_layers(model)  # build() may have made more
        model.inputs = inputs
        model.outputs = outputs if tensors_in(outputs) else None
        model.traced = model.outputs is not None

    def trace_build(self, model: ModelObj, shape: Any, node: ast.AST) -> None:
        """``model.build(shape)`` or a first call from a Sequential: trace on that shape."""
        try:
            tensor = TensorObj(full_shape(shape, with_batch=True), node=node)
        except ShapeError:
            return
        if isinstance(tensor.shape, tuple):
            try:
                self.trace(model, tensor)
            except (Budget, RecursionError):
                model.uncertain = True

    def add_weight(self, model: ModelObj, args: tuple, kwargs: dict) -> Any:
        """``self.add_weight(shape=..., trainable=...)`` in a subclass: a weight of that size.
        Keras 2 code passes the name first, so a positional shape is read only as a tuple."""
        shape = kwargs.get("shape", args[0] if args and isinstance(args[0], (tuple, list)) else None)
        trainable = kwargs.get("trainable", args[3] if len(args) > 3 else True)
        dims = constants.iterate(shape, 64) if shape is not None else None
        size: Any = UNKNOWN
        if dims is not None and all(isinstance(d, (int, Poly)) and not isinstance(d, bool) for d in dims):
            size = 1
            for d in dims:
                size = size * d
        if self.uncertain or not isinstance(trainable, bool):
            size, trainable = UNKNOWN, UNKNOWN
        model.weights.append((size, trainable))
        # The variable: a concrete value of that shape to the ops that use it, never a node.
        return TensorObj(tuple(dims), constant=True) if not isinstance(size, Unknown) else UNKNOWN

    def prepare(self, item: Any, x: Any) -> None:
        """Before a layer or model is applied to an input shape while the file is read: run
        the user code Keras runs there (a Lambda's functions, a subclass's first call) and
        build a Sequential by that use, recording what it gives on the IR."""
        if isinstance(x, Unknown):
            return
        if isinstance(item, LayerObj) and item.cls == "Lambda":
            self.trace_lambda(item, x)
        elif isinstance(item, ModelObj) and item.kind == "Subclassed" and not item.traced:
            self.trace_build(item, x, item.node)
        elif isinstance(item, ModelObj) and item.kind == "Sequential" and item.build_shape is None \
                and isinstance(x, tuple) and not item.uncertain:
            item.build_shape = x  # Keras builds a Sequential at its first use as a layer

    def trace_lambda(self, layer: LayerObj, x: Any) -> None:
        """A Lambda's function on placeholder tensors of the input shape(s) (Keras runs it on
        symbolic tensors; nothing it does joins a model or takes a name), and its
        ``output_shape`` function on the input shape: the results, by input, on each."""
        function = layer.kwargs.get("function", layer.args[0] if layer.args else None)
        output_shape = layer.kwargs.get("output_shape", layer.args[1] if len(layer.args) > 1 else None)
        arguments = layer.kwargs.get("arguments") or {}
        if isinstance(output_shape, FuncObj):
            output_shape.results[lambda_key(x, {})] = self.call_user(output_shape, (x,), {})
        if isinstance(function, FuncObj) and isinstance(arguments, dict):
            key = lambda_key(x, arguments)
            if key not in function.results:
                function.results[key] = self.lambda_shapes(function, x, arguments)

    def lambda_shapes(self, func: FuncObj, x: Any, arguments: dict) -> Any:
        if isinstance(x, tuple):
            inputs: Any = TensorObj(x)
        elif isinstance(x, list) and all(isinstance(s, tuple) for s in x):
            inputs = [TensorObj(s) for s in x]
        else:
            return UNKNOWN
        self._in_lambda += 1
        try:
            result = self.call_user(func, (inputs,), dict(arguments))
        finally:
            self._in_lambda -= 1
        if isinstance(result, TensorObj):
            return result.shape
        if tensors_in(result):
            return [t.shape for t in result]
        return UNKNOWN

    def call_user(self, func: FuncObj, args: tuple, kwargs: dict) -> Any:
        """A function of the file called while models are read (after the module ran)."""
        try:
            return self.interp.call_function(func, args, kwargs)
        except (Budget, RecursionError):
            return UNKNOWN

    def as_layer(self, value: Any, node: ast.expr) -> Any:
        """A call kerashape cannot read, used as a layer, is an opaque layer of that name."""
        if isinstance(value, Unknown) and isinstance(node, ast.Call):
            written = dotted_name(node.func)
            if written:
                cls = written.rsplit(".", 1)[-1]
                return LayerObj(cls, (), {}, node, self.auto_name(cls), self.image_data_format,
                                uncertain=self.uncertain > 0,
                                unread=value.reason or "`%s(...)` is not a call kerashape reads" % written)
        return value


def _as_tensors(shapes: Any) -> Any:
    """What compute_output_shape returned, as output tensors: one shape, or a list of them."""
    def is_shape(value: Any) -> bool:
        return isinstance(value, (tuple, list)) and all(
            d is None or isinstance(d, (Poly, Unknown)) or (isinstance(d, int) and not isinstance(d, bool))
            for d in value)
    if is_shape(shapes):
        return TensorObj(tuple(shapes))
    if isinstance(shapes, (tuple, list)) and shapes and all(is_shape(s) for s in shapes):
        return [TensorObj(tuple(s)) for s in shapes]
    return UNKNOWN


_INIT = " keras init"  # where a configured layer's super().__init__ arguments are kept


def collect_layers(model: ModelObj) -> None:
    """A subclass's layers: those its methods assigned to ``self`` (lists included), in order."""
    known = {id(layer) for layer in model.layers}
    for value in model.attrs.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, (LayerObj, ModelObj)) and id(item) not in known:
                known.add(id(item))
                model.layers.append(item)
