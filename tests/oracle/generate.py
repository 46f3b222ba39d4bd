"""Random Sequential model programs for the differential test (tests/test_differential.py).

    python tests/oracle/generate.py SEED [COUNT]     # print programs, for a look

``program(seed)`` is a pure function of the seed: one small ``Sequential`` model
as a user would write it, drawn from the layers kerashape supports and every
argument that changes a shape or a parameter count. The generator tracks the
current shape (batch axis left out) so it picks layers valid for the current
rank and windows that fit; about one program in five is broken on purpose
(a rank error, a window larger than its axis with padding="valid", a Reshape
of the wrong size), and Keras must refuse it where kerashape flags it.
"""
from __future__ import annotations

import random
import re
import sys
from math import prod
from typing import List, Optional, Sequence, Tuple

Shape = Tuple[Optional[int], ...]  # None: a dimension left unspecified, as in Input(shape=(None, 8))

IMPORT_STYLES = ("keras", "layers", "names", "tf_layers", "tf")
INPUT_STYLES = ("Input", "InputLayer", "input_shape", "build", "input_dim")
# Keras 3's other names for the same classes (keras/src/layers/__init__.py)
ALIASES = {
    "Conv1D": "Convolution1D", "Conv2D": "Convolution2D", "Conv3D": "Convolution3D",
    "Conv1DTranspose": "Convolution1DTranspose", "Conv2DTranspose": "Convolution2DTranspose",
    "Conv3DTranspose": "Convolution3DTranspose", "SeparableConv1D": "SeparableConvolution1D",
    "SeparableConv2D": "SeparableConvolution2D",
    **{"%sPooling%dD" % (kind, n): "%sPool%dD" % (short, n)
       for kind, short in (("Max", "Max"), ("Average", "Avg")) for n in (1, 2, 3)},
    **{"Global%sPooling%dD" % (kind, n): "Global%sPool%dD" % (short, n)
       for kind, short in (("Max", "Max"), ("Average", "Avg")) for n in (1, 2, 3)},
}
MAX_SIZE = 4096  # values per sample: keeps Dense layers (and Keras's build) small
MAX_DIM = 64


def size_of(shape: Sequence[Optional[int]]) -> int:
    """Values per sample, an unspecified dimension counted as 1 (for the size caps)."""
    return prod(1 if d is None else d for d in shape)


def fits(shape: Sequence[Optional[int]]) -> bool:
    dims = [d for d in shape if d is not None]
    return (not dims or min(dims) >= 1 and max(dims) <= MAX_DIM) and size_of(shape) <= MAX_SIZE


def conv_length(n: Optional[int], kernel: int, stride: int, padding: str, dilation: int = 1):
    """keras/src/ops/operation_utils.py compute_conv_output_shape (and pooling's)."""
    if n is None:
        return None
    if padding == "valid":
        return (n - dilation * (kernel - 1) - 1) // stride + 1
    return (n - 1) // stride + 1


def transpose_length(n: Optional[int], kernel: int, stride: int, padding: str,
                     output_padding: Optional[int], dilation: int):
    """keras/src/backend/common/backend_utils.py _get_output_shape_given_tf_padding."""
    if n is None:
        return None
    kernel = (kernel - 1) * dilation + 1
    if padding == "valid":
        if output_padding is None:
            output_padding = max(kernel, stride) - kernel
        return (n - 1) * stride + kernel + output_padding
    if output_padding is None:
        return n * stride
    return (n - 1) * stride + kernel % 2 + output_padding


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.style = self.r.choice(IMPORT_STYLES)
        self.names: List[str] = []  # layer classes used, for `from keras.layers import ...`
        self.constants: List[str] = []  # module-level assignments the layers refer to
        self.probe = False  # a functional model follows the Sequential: needs Model imported

    # -- spelling ---------------------------------------------------------------
    def L(self, cls: str) -> str:
        """How this program names the layer class ``cls``."""
        if cls in ALIASES and self.r.random() < 0.15:
            cls = ALIASES[cls]
        if self.style == "keras":
            return "keras.layers." + cls
        if self.style in ("layers", "tf_layers"):
            return "layers." + cls
        if self.style == "tf":
            return "tf.keras.layers." + cls
        if cls not in self.names:
            self.names.append(cls)
        return cls

    def input_call(self) -> str:
        if self.style == "keras":
            return "keras.Input"
        if self.style in ("layers", "tf_layers"):
            return self.r.choice(("keras.Input", "layers.Input"))
        if self.style == "tf":
            return "tf.keras.Input"
        return self.L("Input")

    def sequential(self) -> str:
        if self.style in ("keras", "layers", "tf_layers"):
            return self.r.choice(("keras.Sequential", "keras.models.Sequential"))
        if self.style == "tf":
            return "tf.keras.Sequential"
        return "Sequential"

    def header(self) -> str:
        if self.style == "keras":
            return "import keras\n"
        if self.style == "layers":
            return "import keras\nfrom keras import layers\n"
        if self.style == "tf_layers":
            return "from tensorflow import keras\nfrom tensorflow.keras import layers\n"
        if self.style == "tf":
            return "import tensorflow as tf\n"
        models = self.r.choice(("from keras.models import Sequential", "from keras import Sequential"))
        models += ", Model" if self.probe else ""
        return "from keras.layers import %s\n%s\n" % (", ".join(self.names), models)

    # -- argument helpers -------------------------------------------------------
    def call(self, cls: str, pos: Sequence[Tuple[str, str]], kw: Sequence[Tuple[str, str]] = ()) -> str:
        """``cls(...)``: ``pos`` are required (name, value) pairs, written positionally or
        by keyword; ``kw`` are optional ones, always by keyword."""
        parts = []
        positional = self.r.random() < 0.7
        for name, value in pos:
            value = self.maybe_constant(name, value)
            parts.append(value if positional else "%s=%s" % (name, value))
        parts += ["%s=%s" % (name, value) for name, value in kw]
        return "%s(%s)" % (self.L(cls), ", ".join(parts))

    def padding_text(self, padding: str) -> str:
        """Convolutions lower-case padding (standardize_padding): 'SAME' is 'same'. Pooling
        does not: Keras raises on MaxPooling2D(padding='SAME'), so pooling never gets it."""
        return repr(padding.upper() if self.r.random() < 0.05 else padding)

    def maybe_constant(self, name: str, value: str) -> str:
        """Now and then an int argument is a module-level constant or an expression."""
        if not value.isdigit():
            return value
        coin = self.r.random()
        if coin < 0.08:
            const = "%s_%d" % (name.upper(), len(self.constants))
            self.constants.append("%s = %s" % (const, value))
            return const
        if coin < 0.12 and int(value) > 1:
            a = self.r.randint(1, int(value) - 1)
            return "%d + %d" % (a, int(value) - a)
        return value

    def window(self, sizes: Sequence[int]) -> str:
        """A kernel/pool/stride tuple, as an int when all equal and the coin says so."""
        if len(set(sizes)) == 1 and self.r.random() < 0.6:
            return str(sizes[0])
        if self.r.random() < 0.1:
            return "[%s]" % ", ".join(map(str, sizes))
        return self.tup(sizes)

    @staticmethod
    def tup(shape: Sequence[Optional[int]]) -> str:
        return "(%s%s)" % (", ".join(map(str, shape)), "," if len(shape) == 1 else "")

    def layout(self, shape: Shape, ndim: int) -> Tuple[str, List[int], int]:
        """(data_format, spatial axis indices, channel axis index) for an ND layer on ``shape``."""
        fmt = "channels_first" if self.r.random() < 0.2 else "channels_last"
        if fmt == "channels_first":
            return fmt, list(range(1, ndim + 1)), 0
        return fmt, list(range(0, ndim)), ndim

    def fmt_kw(self, fmt: str) -> List[Tuple[str, str]]:
        if fmt == "channels_first":
            return [("data_format", "'channels_first'")]
        return [("data_format", "'channels_last'")] if self.r.random() < 0.15 else []

    def bias_kw(self) -> List[Tuple[str, str]]:
        return [("use_bias", "False")] if self.r.random() < 0.25 else []

    # -- layers: each returns (source, output shape) or None when it does not fit -
    def dense(self, shape: Shape):
        if shape[-1] is None:
            return None  # Keras: "the last dimension of the inputs to a Dense layer should be defined"
        units = self.r.randint(1, 16)
        return self.call("Dense", [("units", str(units))], self.bias_kw()), shape[:-1] + (units,)

    def conv(self, shape: Shape, ndim: int, kind: str = "Conv", broken: bool = False):
        """Conv{n}D, SeparableConv{n}D, DepthwiseConv{n}D and Conv{n}DTranspose."""
        fmt, spatial, caxis = self.layout(shape, ndim)
        channels = shape[caxis]
        if channels is None:
            return None  # Keras: "the channel dimension of the inputs should be defined"
        transpose = kind == "Transpose"
        padding = self.r.choice(("valid", "same", "causal") if kind == "Conv" and ndim == 1
                                else ("valid", "same"))
        if broken:
            padding = "valid"
        strides = [1] * ndim
        dilation = [1] * ndim
        mode = self.r.random()
        if mode < 0.35:
            strides = [self.r.randint(1, 3) for _ in range(ndim)]
        elif mode < 0.5:
            dilation = [self.r.randint(1, 2) for _ in range(ndim)]
        kernel = []
        for i, axis in enumerate(spatial):
            n = shape[axis]
            if n is None:
                kernel.append(self.r.randint(1, 5))
                continue
            if broken:
                kernel.append(n + self.r.randint(1, 3))
                dilation[i] = 1
                continue
            top = n if padding == "valid" and not transpose else 5
            if padding == "valid" and not transpose:
                top = (n - 1) // dilation[i] + 1
            kernel.append(self.r.randint(1, max(1, min(5, top))))
        out = list(shape)
        output_padding = None
        if transpose and self.r.random() < 0.4:
            output_padding = [self.r.randint(0, s - 1) for s in strides]
            if max(strides) == 1:
                output_padding = None
        for i, axis in enumerate(spatial):
            if transpose:
                op = None if output_padding is None else output_padding[i]
                out[axis] = transpose_length(shape[axis], kernel[i], strides[i], padding, op, dilation[i])
            else:
                out[axis] = conv_length(shape[axis], kernel[i], strides[i], padding, dilation[i])
        kw: List[Tuple[str, str]] = []
        if any(s != 1 for s in strides) or self.r.random() < 0.1:
            kw.append(("strides", self.window(strides)))
        if padding != "valid" or self.r.random() < 0.2:
            kw.append(("padding", self.padding_text(padding)))
        if output_padding is not None:
            kw.append(("output_padding", self.window(output_padding)))
        if any(d != 1 for d in dilation):
            kw.append(("dilation_rate", self.window(dilation)))
        kw += self.fmt_kw(fmt)
        kw += self.bias_kw()
        size = self.window(kernel)
        if kind == "Depthwise":
            mult = self.r.choice((1, 1, 2, 3))
            if mult != 1:
                kw.append(("depth_multiplier", str(mult)))
            out[caxis] = channels * mult
            cls = "DepthwiseConv%dD" % ndim
            return self.call(cls, [("kernel_size", size)], kw), tuple(out)
        filters = self.r.randint(1, 12)
        if kind == "Separable":
            mult = self.r.choice((1, 1, 2))
            if mult != 1:
                kw.append(("depth_multiplier", str(mult)))
            cls = "SeparableConv%dD" % ndim
        elif transpose:
            cls = "Conv%dDTranspose" % ndim
        else:
            cls = "Conv%dD" % ndim
            divisors = [g for g in range(2, channels + 1) if channels % g == 0]
            if divisors and self.r.random() < 0.2:
                groups = self.r.choice(divisors)
                filters = groups * self.r.randint(1, 3)
                kw.append(("groups", str(groups)))
        out[caxis] = filters
        return self.call(cls, [("filters", str(filters)), ("kernel_size", size)], kw), tuple(out)

    def pool(self, shape: Shape, ndim: int, broken: bool = False):
        fmt, spatial, _ = self.layout(shape, ndim)
        kind = self.r.choice(("Max", "Average"))
        padding = "valid" if broken else self.r.choice(("valid", "same"))
        sizes = []
        for axis in spatial:
            n = shape[axis]
            if n is None:
                sizes.append(self.r.randint(1, 3))
            elif broken:
                sizes.append(n + self.r.randint(1, 2))
            else:
                sizes.append(self.r.randint(1, min(3, n) if padding == "valid" else 3))
        strides = None
        if self.r.random() < 0.4:
            strides = [self.r.randint(1, 3) for _ in range(ndim)]
        out = list(shape)
        for i, axis in enumerate(spatial):
            step = sizes[i] if strides is None else strides[i]
            out[axis] = conv_length(shape[axis], sizes[i], step, padding)
        kw: List[Tuple[str, str]] = []
        if strides is not None:
            kw.append(("strides", self.window(strides)))
        if padding != "valid" or self.r.random() < 0.2:
            kw.append(("padding", repr(padding)))  # pooling takes no 'SAME' (see padding_text)
        kw += self.fmt_kw(fmt)
        # only MaxPooling has a default pool_size (2); AveragePooling's is required
        default = kind == "Max" and all(s == 2 for s in sizes) and not kw and self.r.random() < 0.5
        pos = [] if default else [("pool_size", self.window(sizes))]
        return self.call("%sPooling%dD" % (kind, ndim), pos, kw), tuple(out)

    def global_pool(self, shape: Shape, ndim: int):
        fmt, spatial, caxis = self.layout(shape, ndim)
        kind = self.r.choice(("Max", "Average"))
        kw = self.fmt_kw(fmt)
        if self.r.random() < 0.3:
            kw.append(("keepdims", "True"))
            out = tuple(1 if i in spatial else d for i, d in enumerate(shape))
        else:
            out = (shape[caxis],)
        return self.call("Global%sPooling%dD" % (kind, ndim), [], kw), out

    def pad_crop_up(self, shape: Shape, ndim: int, broken: bool = False):
        kind = "Cropping" if broken else self.r.choice(("ZeroPadding", "Cropping", "UpSampling"))
        fmt, spatial, _ = self.layout(shape, ndim) if ndim > 1 else ("channels_last", [0], 1)
        kw = self.fmt_kw(fmt) if ndim > 1 else []
        if kind == "ZeroPadding" and ndim == 1 and fmt == "channels_last" and self.r.random() < 0.3:
            fmt, spatial, kw = "channels_first", [1], [("data_format", "'channels_first'")]
        out = list(shape)
        if kind == "UpSampling":
            sizes = [self.r.randint(1, 3) for _ in spatial]
            for axis, s in zip(spatial, sizes):
                out[axis] = None if shape[axis] is None else shape[axis] * s
            if not fits(out):
                return None
            size = str(sizes[0]) if ndim == 1 else self.window(sizes)  # UpSampling1D: an int only
            return self.call("UpSampling%dD" % ndim, [("size", size)], kw), tuple(out)
        pairs = []
        for axis in spatial:
            n = shape[axis]
            if kind == "ZeroPadding" or n is None:
                pair = (self.r.randint(0, 2), self.r.randint(0, 2))
            elif broken:
                left = self.r.randint(0, n)
                pair = (left, n - left + self.r.randint(0, 1))
            else:
                if n < 2:
                    return None
                left = self.r.randint(0, (n - 1) // 2)
                pair = (left, self.r.randint(0, n - 1 - left))
            pairs.append(pair)
            if n is None:
                out[axis] = None
            else:
                out[axis] = n + pair[0] + pair[1] if kind == "ZeroPadding" else n - pair[0] - pair[1]
        if not fits(out) and not broken:
            return None
        if all(a == b for a, b in pairs) and len(set(pairs)) == 1 and self.r.random() < 0.5:
            arg = str(pairs[0][0])
        elif ndim == 1:
            arg = self.tup(pairs[0])
        elif all(a == b for a, b in pairs) and self.r.random() < 0.5:
            arg = self.tup([a for a, _ in pairs])
        else:
            arg = "(%s)" % ", ".join(self.tup(p) for p in pairs)
        name = "padding" if kind == "ZeroPadding" else "cropping"
        return self.call("%s%dD" % (kind, ndim), [(name, arg)], kw), tuple(out)

    def reshape(self, shape: Shape, broken: bool = False):
        if None in shape:
            # Keras cannot check the size: a -1 becomes unspecified, fixed sizes are taken as given
            last = shape[-1]
            if broken or last is None:
                return None
            width = self.r.choice([d for d in range(1, last + 1) if last % d == 0])
            if self.r.random() < 0.7:
                return self.call("Reshape", [("target_shape", self.tup((-1, width)))]), (None, width)
            return self.call("Reshape", [("target_shape", self.tup((2, width)))]), (2, width)
        size = prod(shape)
        if broken:
            size += self.r.randint(1, 5)
        factors = []
        rest = size
        for _ in range(self.r.randint(0, 2)):
            divisors = [d for d in range(2, min(rest, MAX_DIM) + 1) if rest % d == 0]
            if not divisors:
                break
            d = self.r.choice(divisors)
            factors.append(d)
            rest //= d
        if rest > MAX_DIM and not broken:
            return None
        target = factors + [rest]
        self.r.shuffle(target)
        out = tuple(target)
        if self.r.random() < 0.4 and not broken:
            target[self.r.randrange(len(target))] = -1
        arg = self.tup(target) if self.r.random() < 0.8 else "[%s]" % ", ".join(map(str, target))
        return self.call("Reshape", [("target_shape", arg)]), out

    def permute(self, shape: Shape):
        dims = list(range(1, len(shape) + 1))
        self.r.shuffle(dims)
        return self.call("Permute", [("dims", self.tup(dims))]), tuple(shape[d - 1] for d in dims)

    def normalization(self, shape: Shape):
        """Batch/LayerNormalization over axes whose size is known (Keras needs it to build)."""
        rank = len(shape) + 1
        known_axes = [a for a in range(1, rank) if shape[a - 1] is not None]
        if shape[-1] is None and not known_axes:
            return None
        kw: List[Tuple[str, str]] = []

        def spell(axis):  # as a positive index or counted from the end
            return axis if self.r.random() < 0.5 else axis - rank

        if self.r.random() < 0.5:
            cls = "BatchNormalization"
            if shape[-1] is None or self.r.random() < 0.3:
                kw.append(("axis", str(spell(self.r.choice(known_axes)))))
        else:
            cls = "LayerNormalization"
            if shape[-1] is None or self.r.random() < 0.3 and len(known_axes) > 1:
                axes = sorted(self.r.sample(known_axes, self.r.randint(1, len(known_axes))))
                if len(axes) == 1 and self.r.random() < 0.5:
                    kw.append(("axis", str(spell(axes[0]))))
                else:
                    kw.append(("axis", "[%s]" % ", ".join(str(spell(a)) for a in axes)))
            elif self.r.random() < 0.2:
                kw.append(("axis", str(self.r.choice((-1, rank - 1)))))
        for name in ("center", "scale"):
            if self.r.random() < 0.2:
                kw.append((name, "False"))
        return self.call(cls, [], kw), shape

    def elementwise(self, shape: Shape):
        if self.r.random() < 0.5:
            return self.call("Dropout", [("rate", self.r.choice(("0.1", "0.25", "0.5")))]), shape
        activation = self.r.choice(("'relu'", "'tanh'", "'softmax'"))
        return self.call("Activation", [("activation", activation)]), shape

    def rnn_layer(self, shape: Shape, force_seq: Optional[bool] = None):
        if shape[-1] is None:
            return None
        cls = self.r.choice(("SimpleRNN", "LSTM", "GRU"))
        units = self.r.randint(1, 12)
        seq = self.r.random() < 0.5 if force_seq is None else force_seq
        kw: List[Tuple[str, str]] = []
        if seq:
            kw.append(("return_sequences", "True"))
        kw += self.bias_kw()
        if cls == "GRU" and self.r.random() < 0.3:
            kw.append(("reset_after", "False"))
        out = (shape[0], units) if seq else (units,)
        return self.call(cls, [("units", str(units))], kw), out

    def rnn(self, shape: Shape):
        made = self.rnn_layer(shape)
        if made is None:
            return None
        inner, out = made
        if self.r.random() < 0.35:
            mode = self.r.choice(("concat", "sum", "mul", "ave"))
            kw = [] if mode == "concat" and self.r.random() < 0.5 else [("merge_mode", repr(mode))]
            if mode == "concat":
                out = out[:-1] + (out[-1] * 2,)
            return self.call("Bidirectional", [("layer", inner)], kw), out
        return inner, out

    def time_distributed(self, shape: Shape):
        if len(shape) == 4 and self.r.random() < 0.7:
            made = self.conv(shape[1:], 2)
        else:
            made = self.dense(shape[1:])
        if made is None:
            return None
        inner, out = made
        return self.call("TimeDistributed", [("layer", inner)]), (shape[0],) + out

    def embedding(self, shape: Shape):
        vocab, width = self.r.randint(2, 50), self.r.randint(1, 8)
        pos = [("input_dim", str(vocab)), ("output_dim", str(width))]
        return self.call("Embedding", pos), shape + (width,)

    # -- choosing ----------------------------------------------------------------
    def step(self, shape: Shape):
        """One random layer valid for ``shape``: (source, new shape)."""
        rank = len(shape)
        options = ["dense", "elementwise", "normalization", "reshape"]
        if rank >= 2:
            options += ["permute", "time_distributed", "flatten"]
        if rank == 1 and shape[0] is not None:
            options += ["repeat"]
        if rank == 2:
            options += ["rnn", "rnn"]
        if 2 <= rank <= 4:
            options += ["conv", "conv", "transpose", "pool", "pool", "global_pool", "pad_crop_up"]
        if rank in (2, 3):
            options += ["separable", "depthwise"]
        for _ in range(20):
            pick = self.r.choice(options)
            n = rank - 1
            if pick == "dense":
                made = self.dense(shape)
            elif pick == "elementwise":
                made = self.elementwise(shape)
            elif pick == "normalization":
                made = self.normalization(shape)
            elif pick == "reshape":
                made = self.reshape(shape)
            elif pick == "flatten":
                # an unspecified axis leaves the size unspecified (and no Dense can follow)
                made = self.call("Flatten", []), (None if None in shape else prod(shape),)
            elif pick == "permute":
                made = self.permute(shape)
            elif pick == "repeat":
                times = self.r.randint(1, 6)
                made = self.call("RepeatVector", [("n", str(times))]), (times,) + shape
            elif pick == "rnn":
                made = self.rnn(shape)
            elif pick == "time_distributed":
                made = self.time_distributed(shape)
            elif pick == "conv":
                made = self.conv(shape, n)
            elif pick == "transpose":
                made = self.conv(shape, n, "Transpose")
            elif pick == "separable":
                made = self.conv(shape, n, "Separable")
            elif pick == "depthwise":
                made = self.conv(shape, n, "Depthwise")
            elif pick == "pool":
                made = self.pool(shape, n)
            elif pick == "global_pool":
                made = self.global_pool(shape, n)
            else:
                made = self.pad_crop_up(shape, n)
            if made is None:
                continue
            if fits(made[1]):
                return made
        return self.elementwise(shape)

    def broken(self, shape: Shape):
        """The source of a layer Keras refuses on ``shape``."""
        rank = len(shape)
        kinds = ["rank"]
        if None not in shape:  # Keras cannot check a window or a size on an unspecified axis
            kinds += ["reshape"] + (["window", "window"] if 2 <= rank <= 4 else [])
        kind = self.r.choice(kinds)
        if kind == "reshape":
            return self.reshape(shape, broken=True)[0]
        if kind == "window":
            n = rank - 1
            what = self.r.choice(("conv", "pool", "crop"))
            if what == "conv":
                kinds = ("Conv", "Conv", "Separable", "Depthwise") if n < 3 else ("Conv",)
                return self.conv(shape, n, self.r.choice(kinds), broken=True)[0]
            if what == "pool":
                return self.pool(shape, n, broken=True)[0]
            return self.pad_crop_up(shape, n, broken=True)[0]
        # a rank error: a layer that takes a rank other than this one
        wrong = [r for r in (2, 3, 4) if r != rank]
        target = self.r.choice(wrong)
        n = target - 1
        fake = (8,) * target
        what = self.r.choice(("conv", "pool", "rnn", "global_pool") if target == 2 else
                             ("conv", "pool", "global_pool"))
        if what == "conv":
            return self.conv(fake, n)[0]
        if what == "pool":
            return self.pool(fake, n)[0]
        if what == "global_pool":
            return self.global_pool(fake, n)[0]
        return self.rnn(fake)[0]


def added(var: str, body: List[str], r: random.Random) -> str:
    """``var.add(...)`` per layer; a run of plain ``Dense(n)`` sometimes as a for loop."""
    out, i = [], 0
    while i < len(body):
        m = re.fullmatch(r"(.*Dense)\((\d+)\)", body[i])
        j = i + 1
        while m and j < len(body) and re.fullmatch(re.escape(m.group(1)) + r"\((\d+)\)", body[j]):
            j += 1
        if m and j - i >= 2 and r.random() < 0.7:
            units = ", ".join(re.fullmatch(r".*\((\d+)\)", b).group(1) for b in body[i:j])
            out.append("for units in (%s):\n    %s.add(%s(units))\n" % (units, var, m.group(1)))
            i = j
            continue
        out.append("%s.add(%s)\n" % (var, body[i]))
        i += 1
    return "".join(out)


def program(seed: int) -> str:
    """One random Sequential program; a pure function of ``seed``."""
    g = Gen(seed)
    r = g.r
    rank = r.choice((1, 1, 2, 2, 3, 3, 4))
    if rank == 1:
        shape: Shape = (r.randint(1, 40),)
    elif rank == 2:
        shape = (r.randint(2, 16), r.randint(1, 8))
    elif rank == 3:
        shape = (r.randint(3, 16), r.randint(3, 16), r.randint(1, 4))
    else:
        shape = (r.randint(2, 6), r.randint(3, 8), r.randint(3, 8), r.randint(1, 3))
    embedding = rank == 1 and r.random() < 0.2
    if rank > 1 and r.random() < 0.25:
        # unspecified axes (a sequence length, an image size); the last one stays known
        axes = r.sample(range(rank - 1), r.randint(1, rank - 1))
        shape = tuple(None if i in axes else d for i, d in enumerate(shape))
    elif embedding and r.random() < 0.3:
        shape = (None,)
    input_style = r.choice(INPUT_STYLES[:4]) if rank > 1 or embedding else r.choice(INPUT_STYLES)
    count = r.randint(1, 12)
    broken_at = r.randrange(count) if r.random() < 0.2 else None
    if input_style == "build":
        # Keras raises at the model.build(...) line, kerashape flags the layer itself: the
        # oracle's "flag in the failing statement" cannot pair them, so build() programs are valid
        broken_at = None
    layers: List[str] = []
    inputs: List[Shape] = []  # the input shape of each layer
    current = shape
    if embedding:
        made = g.embedding(current)
        inputs.append(current)
        layers.append(made[0])
        current = made[1]
    elif input_style == "input_dim":
        made = g.dense(current)
        inputs.append(current)
        layers.append(made[0])
        current = made[1]
    while len(layers) < count:
        if broken_at is not None and len(layers) == broken_at:
            layers.append(g.broken(current))
            break
        inputs.append(current)
        src, current = g.step(current)
        if r.random() < 0.05 and not src.endswith("()"):
            src = src[:-1] + ", trainable=False)"  # its weights count as non-trainable
        layers.append(src)
    shape_src = g.tup(shape)
    if rank >= 2 and None not in shape[:2] and r.random() < 0.15:
        g.constants.append("rows, cols = %d, %d" % shape[:2])  # the mnist-example way
        shape_src = g.tup(("rows", "cols") + shape[2:])
    if input_style in ("input_shape", "input_dim"):
        extra = "input_dim=%d" % shape[0] if input_style == "input_dim" else "input_shape=%s" % shape_src
        first = layers[0]
        layers[0] = first[:-1] + (", " if not first.endswith("()") else "") + extra + ")"
        first_layers = []
    elif input_style == "build":
        first_layers = []
    else:
        call = g.input_call() if input_style == "Input" else g.L("InputLayer")
        coin = r.random()
        if coin < 0.1:
            args = "shape=%s, batch_size=%d" % (shape_src, r.randint(1, 8))
        elif coin < 0.2:
            args = "batch_shape=(%s, %s" % (r.choice(("None", str(r.randint(1, 8)))), shape_src[1:])
        elif coin < 0.35:
            args = shape_src  # positionally
        else:
            args = "shape=%s" % shape_src
        first_layers = ["%s(%s)" % (call, args)]
    var = r.choice(("model", "m", "net"))
    seq = g.sequential()
    block = ""
    lone = 1 if input_style in ("input_shape", "input_dim") else 0  # the layer with the shape stays
    if broken_at is None and len(layers) - lone >= 2 and r.random() < 0.12:
        # a run of layers as a Sequential of its own, used as one layer of the model: with an
        # Input of its own, or built by that use (Keras builds it on the outer model's shape)
        i = r.randrange(lone, len(layers) - 1)
        j = r.randint(i + 1, len(layers))
        own = ["%s(shape=%s)" % (g.input_call(), g.tup(inputs[i]))] if r.random() < 0.5 else []
        block = "block = %s([\n%s\n])\n" % (
            seq, "".join("    %s,\n" % b for b in own + layers[i:j]).rstrip("\n"))
        layers[i:j] = ["block"]
    body = first_layers + layers
    if r.random() < 0.5:
        opening = "%s([" % seq if r.random() < 0.8 else "%s(layers=[" % seq
        closing = "])" if r.random() < 0.8 else "], name=%r)" % r.choice(("encoder", "classifier"))
        items = "".join("    %s,\n" % b for b in body).rstrip("\n")
        text = "%s = %s\n%s\n%s\n" % (var, opening, items, closing)
    else:
        text = "%s = %s()\n%s" % (var, seq, added(var, body, r))
    if input_style == "build":
        full = "(None, %s" % shape_src[1:]
        text += "%s.build(%s)\n" % (var, full if r.random() < 0.5 else "input_shape=" + full)
    if broken_at is None and r.random() < 0.5:
        # A functional model after it: Keras names it (and its layers) by counting every name
        # the Sequential took, InputLayers and the Functional of each rebuild included.
        g.probe = True
        model = {"keras": "keras.Model", "layers": "keras.Model", "tf_layers": "keras.Model",
                 "tf": "tf.keras.Model"}.get(g.style, "Model")
        text += "probe_in = %s(shape=(1,))\nprobe = %s(probe_in, %s(1)(probe_in))\n" % (
            g.input_call(), model, g.L("Dense"))
    constants = "".join(c + "\n" for c in g.constants)
    return g.header() + "\n" + constants + block + text


if __name__ == "__main__":
    start = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    for seed in range(start, start + (int(sys.argv[2]) if len(sys.argv) > 2 else 1)):
        print("# seed %d\n%s" % (seed, program(seed)))
