"""The functional API: ``layer(x)`` makes a tensor that remembers its producer, tensor
arithmetic and ``keras.ops`` make nodes that are not layers, and a model's ends are its
tensors (``model.inputs``, ``layer.output``)."""
from __future__ import annotations

import ast
from typing import Any

from ..evaluator.builtins import call_builtin
from ..evaluator.constants import NOT_CONST
from ..evaluator.library import NOT_HANDLED
from ..infer import apply_model
from ..layers import MODEL_RUNNER, Out, ShapeError, run
from ..names import BUILD_SUBLAYERS
from ..shapes import UNKNOWN, Unknown
from ..values import JOIN, OPAQUE, LayerObj, ModelObj, OpObj, TensorObj
from . import arrays, ops
from .sequential import model_built

MODEL_RUNNER.append(apply_model)  # a model wrapped as a layer, TimeDistributed(cnn): layers.run_wrapped


class Functional:
    def call_layer(self, layer: Any, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``layer(x)`` in the functional API: a new tensor that remembers its producer."""
        inputs = args[0] if args else kwargs.get("inputs")
        # Attention layers: layer(query, value[, key]), positionally or by keyword.
        named = [kwargs[k] for k in ("query", "value", "key") if k in kwargs]
        if len(args) + len(named) > 1 and all(isinstance(a, TensorObj) for a in args + tuple(named)):
            inputs = list(args) + named
        if isinstance(inputs, TensorObj):
            tensors, shape = (inputs,), inputs.shape
        elif isinstance(inputs, (list, tuple)) and inputs and all(isinstance(t, TensorObj) for t in inputs):
            tensors, shape = tuple(inputs), [t.shape for t in inputs]
        else:
            layer.calls += 1  # Keras did call (and build) it, on something kerashape cannot read
            return UNKNOWN
        constant = all(t.constant for t in tensors)  # an eager call: builds the layer, makes no node
        # Keras's node lists every tensor of the call: mask=, initial_state=, ... after the inputs
        for key in sorted(k for k in kwargs if k not in ("inputs", "query", "value", "key")):
            extra = kwargs[key]
            for t in extra if isinstance(extra, (list, tuple)) else (extra,):
                if isinstance(t, TensorObj):
                    tensors += (t,)
        tensors = tuple(t for t in tensors if not t.constant)
        if isinstance(layer, ModelObj) and layer.kind == "Subclassed":
            self.trace(layer, inputs)
        if isinstance(layer, ModelObj) and layer.kind == "Sequential" and not model_built(layer) \
                and isinstance(shape, tuple):
            layer.build_shape = shape  # calling a Sequential on a tensor builds it, as in Keras
            self.built(layer)
        error = None
        try:
            self.prepare(layer, shape)
            out = apply_model(layer, shape, self.prepare) if isinstance(
                layer, ModelObj) else run(layer, shape)
        except ShapeError as e:
            error, out = e, Out(UNKNOWN, UNKNOWN, UNKNOWN)
        call, layer.calls = layer.calls, layer.calls + 1
        if call == 0 and isinstance(layer, LayerObj) and error is None:
            for sublayer in BUILD_SUBLAYERS.get(layer.cls, ()):
                self.auto_name(sublayer)
        made = [TensorObj(s, layer, tensors, i, node, out, error, call, constant=constant, in_shape=shape)
                for i, s in enumerate(out.shape)] if isinstance(out.shape, list) else \
            TensorObj(out.shape, layer, tensors, 0, node, out, error, call, constant=constant, in_shape=shape)
        if self._tracing:
            self._tracing[-1].first_calls.setdefault(id(layer), made[0] if isinstance(made, list) else made)
        if isinstance(layer, LayerObj):
            layer.call_outputs.append(made)
        return made

    def tensor_op(self, function: str, args: tuple, kwargs: dict, node: ast.AST) -> Any:
        """A keras.ops call (or an operator) on symbolic tensors: a node of the graph that is
        not a layer. Without a tensor among its arguments it is plain numpy: unknown."""
        tensors = [t for a in args for t in (a if isinstance(a, (list, tuple)) else (a,))
                   if isinstance(t, TensorObj)]
        if function == "arange" and not tensors:  # arange(start, stop=None, step=1, dtype=None)
            bounds = list(args[:3]) + [kwargs.get(k) for k in ("start", "stop", "step")[len(args):]]
            while bounds and bounds[-1] is None:
                bounds.pop()
            size = call_builtin("len", (call_builtin("range", tuple(bounds), {}),), {})
            return TensorObj((size,), constant=True) if isinstance(size, int) else UNKNOWN
        if function == "extract_patches" and kwargs.get("data_format") is None:
            kwargs = dict(kwargs, data_format=self.image_data_format)  # the format in force
        if function in ("convert_to_tensor", "array") and not tensors and args:
            shape = arrays.literal_shape(args[0])  # ops.convert_to_tensor([0.1, 0.2, 0.3])
            return UNKNOWN if shape is None else TensorObj(shape, constant=True)
        if not tensors:
            return UNKNOWN
        if function == "shape" and isinstance(args[0], TensorObj):
            return args[0].shape  # the static shape, as a tuple (None where unknown)
        symbolic = tuple(t for t in tensors if not t.constant)

        def shape_of(value):
            if isinstance(value, TensorObj):
                return value.shape
            if isinstance(value, list) and value and all(isinstance(v, TensorObj) for v in value):
                return [v.shape for v in value]
            return value

        if function == "get_item":
            shape = ops.get_item(args[0].shape, args[1])
        else:
            shape = ops.output_shape(function, tuple(shape_of(a) for a in args), kwargs)
        if not symbolic:  # eager, on concrete values: no operation, no name
            return TensorObj(shape, constant=True)
        # In a Lambda's function or a subclass's call, Keras runs the ops on tracers: no names.
        eager = self._in_lambda or self._tracing
        op = OpObj(function, None if eager else self.auto_name(ops.name_prefix(function)))
        error = None  # Keras raises where the operands cannot broadcast (in code that surely runs)
        if function in ops.BINARY and len(args) == 2 and not self.uncertain and all(
                isinstance(a, TensorObj) for a in args):
            mismatch = ops.broadcast_mismatch(args[0].shape, args[1].shape)
            error = mismatch and ShapeError("KSH104", "`%s` gets tensors of shapes %s" % (function, mismatch))
        return TensorObj(shape, op, symbolic, 0, node, Out(shape, 0, 0), error)

    def opaque(self, args: tuple, kwargs: dict, node: ast.AST, reason: Unknown) -> Any:
        """Something kerashape cannot read called on symbolic tensors (a helper it cannot find,
        a model given as an argument): a node of the graph whose layers, shape and counts are
        unknown, so the layers around it are still the model's."""
        tensors = tuple(t for value in list(args) + list(kwargs.values())
                        for t in (value if isinstance(value, (list, tuple)) else (value,))
                        if isinstance(t, TensorObj) and not t.constant)
        if not tensors:
            return None
        return TensorObj(reason, OpObj(OPAQUE, None, reason.reason), tensors, 0, node,
                         Out(reason, UNKNOWN, UNKNOWN))

    def join(self, values: list, reason: Any) -> Any:
        """The tensor a name holds after paths kerashape cannot choose between: one node over
        every tensor they leave, of their shape where all agree. The model built on it lists
        the layers of every path and leaves its counts unknown (see infer_functional)."""
        tensors = [v for v in values if isinstance(v, TensorObj) and not v.constant]
        if not tensors or any(not isinstance(v, (TensorObj, Unknown)) for v in values):
            return NOT_HANDLED
        shape = tensors[0].shape
        if len(tensors) < len(values) or not isinstance(shape, tuple) or any(
                t.shape != shape for t in tensors):
            shape = reason
        return TensorObj(shape, OpObj(JOIN, None, reason.reason), tuple(tensors), 0, None, Out(shape, 0, 0))

    def tensor_key(self, part: ast.expr, scope) -> Any:
        """An index of a tensor: ints, slices of ints, None, ``...`` and tuples of them."""
        if isinstance(part, ast.Tuple):
            return tuple(self.tensor_key(p, scope) for p in part.elts)
        if isinstance(part, ast.Slice):
            bounds = [None if b is None else self.interp.eval(
                b, scope) for b in (part.lower, part.upper, part.step)]
            ok = all(b is None or isinstance(b, int) and not isinstance(b, bool) for b in bounds)
            return slice(*bounds) if ok else NOT_CONST
        if isinstance(part, ast.Constant) and part.value is Ellipsis:
            return Ellipsis
        value = self.interp.eval(part, scope)
        return value if value is None or isinstance(value, int) else NOT_CONST


GRAPH_ENDS = ("input", "inputs", "output", "outputs")  # a functional model's tensors


def tensors_in(value: Any) -> bool:
    if isinstance(value, TensorObj):
        return True
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(v, TensorObj) for v in value)
