"""Random functional-API programs for the differential run against real Keras.

    python tests/oracle/generate_graphs.py SEED      # prints one program

``program(seed)`` writes a Keras functional model as a user would: one or two
``keras.Input`` s, a pool of tensors it can branch from, layer calls chained
through reassigned names, merges (the seven merge layers and their functional
forms ``layers.add`` / ``layers.concatenate``, negative axes), a layer shared by
two calls, a Sequential or functional model used as a layer, helper-function
blocks, and one or several outputs. The generator tracks every tensor's shape
so most programs are valid; about one in five is deliberately broken (a merge
of mismatched shapes, a Concatenate whose other axes differ, a layer given an
input of a rank it cannot take). Keras decides what is right: the test compares
kerashape with what real Keras builds, or where it raises.
"""
from __future__ import annotations

import random
import sys
from typing import List, Tuple

Shape = Tuple[int, ...]  # without the batch axis

MERGES = ["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"]
FUNCTIONAL_MERGES = {"Add": "add", "Subtract": "subtract", "Multiply": "multiply",
                     "Average": "average", "Maximum": "maximum", "Minimum": "minimum"}


class Graph:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.lines: List[str] = []
        self.helpers: List[str] = []
        self.tensors: List[Tuple[str, Shape]] = []  # every name bound to a tensor, with its shape
        self.inputs: List[str] = []
        self.count = 0
        self.broken = self.rng.random() < 0.2

    def name(self, prefix: str = "x") -> str:
        self.count += 1
        return "%s%d" % (prefix, self.count)

    def bind(self, expr: str, shape: Shape, prefix: str = "x") -> str:
        name = self.name(prefix)
        self.lines.append("%s = %s" % (name, expr))
        self.tensors.append((name, shape))
        return name

    def pick(self, rank=None) -> Tuple[str, Shape]:
        """A tensor to build on: mostly the newest, sometimes an older one (a branch)."""
        pool = [t for t in self.tensors if rank is None or len(t[1]) == rank] or self.tensors
        if self.rng.random() < 0.6:
            return pool[-1]
        return self.rng.choice(pool)

    # -- steps ------------------------------------------------------------------
    def dense(self):
        x, shape = self.pick()
        units = self.rng.choice([2, 3, 4, 8])
        use_bias = self.rng.random() < 0.8
        args = "%d%s" % (units, "" if use_bias else ", use_bias=False")
        return self.bind("layers.Dense(%s)(%s)" % (args, x), shape[:-1] + (units,))

    def keep_shape(self):
        x, shape = self.pick()
        layer = self.rng.choice(["layers.Dropout(0.2)", "layers.BatchNormalization()",
                                 "layers.LayerNormalization()", "layers.Activation('relu')",
                                 "layers.ReLU()"])
        return self.bind("%s(%s)" % (layer, x), shape)

    def conv(self):
        x, shape = self.pick()
        filters = self.rng.choice([2, 4])
        if len(shape) == 3:
            return self.bind("layers.Conv2D(%d, 3, padding='same')(%s)" % (filters, x),
                             shape[:-1] + (filters,))
        if len(shape) == 2:
            return self.bind("layers.Conv1D(%d, 3, padding='same')(%s)" % (filters, x),
                             shape[:-1] + (filters,))
        return self.dense()

    def flatten(self):
        x, shape = self.pick()
        if len(shape) == 1:
            return self.dense()
        layer = self.rng.choice(["Flatten", "GlobalAveragePooling%dD" % (len(shape) - 1),
                                 "GlobalMaxPooling%dD" % (len(shape) - 1)])
        size = 1
        for d in shape:
            size *= d
        return self.bind("layers.%s()(%s)" % (layer, x), (size,) if layer == "Flatten" else shape[-1:])

    def merge(self):
        x, shape = self.pick()
        partners = [t for t in self.tensors if t[1] == shape and t[0] != x]
        if not partners:
            y = self.bind("layers.Dense(%d)(%s)" % (shape[-1], x), shape)
        else:
            y = self.rng.choice(partners)[0]
        cls = self.rng.choice(MERGES)
        if self.rng.random() < 0.4:
            return self.bind("layers.%s([%s, %s])" % (FUNCTIONAL_MERGES[cls], x, y), shape)
        return self.bind("layers.%s()([%s, %s])" % (cls, x, y), shape)

    def concatenate(self):
        x, shape = self.pick()
        axis_index = self.rng.randrange(len(shape))
        width = self.rng.choice([2, 3])
        other_shape = shape[:axis_index] + (width,) + shape[axis_index + 1:]
        if axis_index == len(shape) - 1:
            y = self.bind("layers.Dense(%d)(%s)" % (width, x), other_shape)
        else:
            y = self.bind("layers.Reshape(%r)(%s)" % (shape, x), shape)
            other_shape = shape
            width = shape[axis_index]
        axis = self.rng.choice([axis_index + 1, axis_index - len(shape)])
        merged = shape[:axis_index] + (shape[axis_index] + width,) + shape[axis_index + 1:]
        if self.rng.random() < 0.4:
            return self.bind("layers.concatenate([%s, %s], axis=%d)" % (x, y, axis), merged)
        return self.bind("layers.Concatenate(axis=%d)([%s, %s])" % (axis, x, y), merged)

    def shared(self):
        x, shape = self.pick()
        units = self.rng.choice([3, 5])
        layer = self.name("shared")
        self.lines.append("%s = layers.Dense(%d)" % (layer, units))
        a = self.bind("%s(%s)" % (layer, x), shape[:-1] + (units,))
        partners = [t for t in self.tensors if t[1] == shape and t[0] != x] or [(x, shape)]
        b = self.bind("%s(%s)" % (layer, self.rng.choice(partners)[0]), shape[:-1] + (units,))
        return self.bind("layers.Add()([%s, %s])" % (a, b), shape[:-1] + (units,))

    def nested(self):
        x, shape = self.pick()
        units = self.rng.choice([2, 6])
        inner = self.name("block")
        if self.rng.random() < 0.5:
            self.lines.append("%s = keras.Sequential([layers.Dense(%d, activation='relu'), "
                              "layers.Dense(%d)])" % (inner, units, units))
        else:
            tensor = self.name("t")
            self.lines.append("%s = keras.Input(shape=%r)" % (tensor, shape))
            self.lines.append("%s = keras.Model(%s, layers.Dense(%d)(%s))" % (inner, tensor, units, tensor))
        return self.bind("%s(%s)" % (inner, x), shape[:-1] + (units,))

    def helper(self):
        x, shape = self.pick()
        if not self.helpers:
            self.helpers.append(
                "def dense_block(x, units, dropout=0.1):\n"
                "    x = layers.Dense(units)(x)\n"
                "    x = layers.BatchNormalization()(x)\n"
                "    x = layers.Activation('relu')(x)\n"
                "    return layers.Dropout(dropout)(x)\n")
        units = self.rng.choice([4, 6])
        return self.bind("dense_block(%s, %d)" % (x, units), shape[:-1] + (units,))

    def break_it(self):
        """One statement Keras refuses."""
        x, shape = self.pick()
        kind = self.rng.choice(["merge", "concat", "rank"])
        if kind == "merge":
            y = self.bind("layers.Dense(%d)(%s)" % (shape[-1] + 1, x), shape[:-1] + (shape[-1] + 1,))
            self.bind("layers.%s()([%s, %s])" % (self.rng.choice(MERGES), x, y), shape)
        elif kind == "concat" and len(shape) >= 2:
            y = self.bind("layers.Reshape(%r)(%s)" % (shape[::-1], x), shape[::-1])
            if shape[::-1][:-1] == shape[:-1]:
                self.bind("layers.Add()([%s, layers.Dense(%d)(%s)])" % (x, shape[-1] + 1, x), shape)
            else:
                self.bind("layers.Concatenate()([%s, %s])" % (x, y), shape)
        else:
            rank = len(shape) + 1
            layer = "layers.Conv2D(2, 3)" if rank != 4 else "layers.LSTM(2)"
            self.bind("%s(%s)" % (layer, x), shape)

    # -- the program ------------------------------------------------------------
    def build(self) -> str:
        rng = self.rng
        shapes = [rng.choice([(8,), (6, 4), (8, 8, 3)])]
        if rng.random() < 0.3:
            shapes.append(rng.choice([(8,), shapes[0]]))
        for i, shape in enumerate(shapes):
            name = "inp%d" % i
            extra = ", name=%r" % ("in_%d" % i) if rng.random() < 0.3 else ""
            self.lines.append("%s = keras.Input(shape=%r%s)" % (name, shape, extra))
            self.tensors.append((name, shape))
            self.inputs.append(name)
        steps = [self.dense, self.keep_shape, self.conv, self.flatten, self.merge, self.concatenate,
                 self.shared, self.nested, self.helper]
        for _ in range(rng.randint(2, 9)):
            rng.choice(steps)()
        if self.broken:  # last, so the refused tensor is part of the model
            self.break_it()
        if len(self.inputs) > 1:  # join the second input in (the first may stay unused)
            shapes_by_name = dict(self.tensors)
            last, second = self.tensors[-1][0], self.inputs[1]
            a = self.bind("layers.Flatten()(%s)" % last, _flat(shapes_by_name[last]))
            b = self.bind("layers.Flatten()(%s)" % second, _flat(shapes_by_name[second]))
            self.bind("layers.concatenate([%s, %s])" % (a, b),
                      (_flat(shapes_by_name[last])[0] + _flat(shapes_by_name[second])[0],))
        outputs = [self.tensors[-1][0]]
        if rng.random() < 0.3:
            outputs.append(self.bind("layers.Dense(1, name='aux')(%s)" % self.tensors[-1][0], (1,)))
        inputs = self.inputs[0] if len(self.inputs) == 1 else "[%s]" % ", ".join(self.inputs)
        outs = outputs[0] if len(outputs) == 1 else "[%s]" % ", ".join(outputs)
        style = rng.choice(["positional", "keywords"])
        if style == "positional":
            self.lines.append("model = keras.Model(%s, %s)" % (inputs, outs))
        else:
            self.lines.append("model = keras.Model(inputs=%s, outputs=%s)" % (inputs, outs))
        header = rng.choice(["import keras\nfrom keras import layers\n",
                             "import tensorflow as tf\nfrom tensorflow import keras\n"
                             "from tensorflow.keras import layers\n"])
        return header + "\n" + "\n".join(self.helpers) + ("\n" if self.helpers else "") + \
            "\n".join(self.lines) + "\n"


def _flat(shape: Shape) -> Shape:
    size = 1
    for d in shape:
        size *= d
    return (size,)


def program(seed: int) -> str:
    return Graph(seed).build()


if __name__ == "__main__":
    print(program(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
