"""keras/src/layers/rnn: SimpleRNN, LSTM, GRU, RNN over cells (StackedRNNCells),
ConvLSTM1D/2D/3D and the Bidirectional and TimeDistributed wrappers.

Weights per cell (keras/src/layers/rnn/<cell>.py ``build``): kernel
``inputs × gates·units``, recurrent kernel ``units × gates·units``, bias
``gates·units`` (GRU with reset_after: two biases).
"""
from ..shapes import UNKNOWN, known, product
from . import NotStatic, Out, choice, dim, dims_tuple, flag, layer, num, run, run_wrapped
from .convolutional import channel_axes, conv
from ..values import LayerObj


def recurrent(x, units, gates, use_bias, return_sequences, return_state, biases=1, states=1):
    units, inputs = dim(units), x[-1]
    bias = biases * gates * units if flag(use_bias) else 0
    params = gates * units * (inputs + units) + bias
    seq = (x[0], x[1], units) if flag(return_sequences) else (x[0], units)
    shape = [seq] + [(x[0], units)] * states if flag(return_state) else seq
    formula = "%d × %s × (%s + %s)%s: gates × units × (inputs + units)%s" % (
        gates, num(units), num(inputs), num(units),
        " + %s" % num(bias) if flag(use_bias) else "", " + bias" if flag(use_bias) else "")
    return Out(shape, params, formula=formula)


@layer("SimpleRNN", ndim=3)
def simple_rnn(x, units, activation="tanh", use_bias=True, *_, return_sequences=False,
               return_state=False, **__):
    return recurrent(x, units, 1, use_bias, return_sequences, return_state)


@layer("LSTM", ndim=3)
def lstm(x, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True, *_,
         return_sequences=False, return_state=False, **__):
    return recurrent(x, units, 4, use_bias, return_sequences, return_state, states=2)


@layer("GRU", ndim=3)
def gru(x, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True, *_,
        return_sequences=False, return_state=False, reset_after=True, **__):
    return recurrent(x, units, 3, use_bias, return_sequences, return_state,
                     biases=2 if flag(reset_after) else 1)


# A cell's arguments are its layer's, in the same order (simple_rnn_cell.py, lstm_cell.py,
# gru_cell.py): a cell is counted as its layer on the same input. Value: (layer, states).
CELLS = {"SimpleRNNCell": ("SimpleRNN", 1), "LSTMCell": ("LSTM", 2), "GRUCell": ("GRU", 1)}


def _cells(cell):
    """RNN's ``cell``: one cell, a list of cells or StackedRNNCells(cells), as (cells, stacked)."""
    if isinstance(cell, LayerObj) and cell.cls == "StackedRNNCells":
        cell = cell.args[0] if cell.args else cell.kwargs.get("cells")
        if not isinstance(cell, (list, tuple)):
            raise NotStatic("StackedRNNCells is given cells kerashape cannot list")
    stacked = isinstance(cell, (list, tuple))
    cells = list(cell) if stacked else [cell]
    if not cells or not all(isinstance(c, LayerObj) and c.cls in CELLS for c in cells):
        raise NotStatic("a cell that is not SimpleRNNCell, LSTMCell or GRUCell")
    return cells, stacked


@layer("RNN", ndim=3)
def rnn(x, cell, return_sequences=False, return_state=False, *_, **__):
    """rnn.py: the cells run in turn at each step, each on the one before's output; the
    states are the last step's, a list per cell when stacked (nested for LSTMCell)."""
    cells, stacked = _cells(cell)
    trainable = non_trainable = 0
    states, counts = [], []
    inputs = x[-1]
    for c in cells:
        cls, count = CELLS[c.cls]
        out = run(LayerObj(cls, c.args, c.kwargs, c.node, c.name), (x[0], x[1], inputs))
        trainable, non_trainable = trainable + out.trainable, non_trainable + out.non_trainable
        inputs = out.shape[-1]
        counts.append("%s %s" % (c.cls, num(out.trainable + out.non_trainable)))
        states.append([(x[0], inputs)] * count)
    seq = (x[0], x[1], inputs) if flag(return_sequences) else (x[0], inputs)
    shape = seq
    if flag(return_state):
        if stacked and any(len(s) > 1 for s in states):
            raise NotStatic("stacked LSTMCell states are nested lists")
        shape = [seq] + [s for cell_states in states for s in cell_states]
    return Out(shape, trainable, non_trainable, formula=" + ".join(counts))


@layer("Bidirectional", ndim=3)
def bidirectional(x, layer, merge_mode="concat", weights=None, backward_layer=None, *_, **__):
    """bidirectional.py: the outputs merged by merge_mode; with return_state, the forward
    states and then the backward ones follow (after both outputs where merge_mode is None)."""
    if not isinstance(layer, LayerObj):
        raise NotStatic("the wrapped layer is not a Keras layer kerashape knows")
    forward = run(layer, x)
    backward = forward if backward_layer is None else run(backward_layer, x)
    mode = merge_mode if merge_mode is None else choice(merge_mode, ("concat", "sum", "mul", "ave"))
    if mode is None and merge_mode is not None:
        raise NotStatic("merge_mode has no static value")
    if isinstance(forward.shape, list) != isinstance(backward.shape, list):
        raise NotStatic("one direction returns its states and the other does not")
    fwd, states = (forward.shape[0], forward.shape[1:]) if isinstance(forward.shape, list) else (
        forward.shape, [])
    bwd, back_states = (backward.shape[0], backward.shape[1:]) if isinstance(
        backward.shape, list) else (backward.shape, [])
    if not isinstance(fwd, tuple) or not isinstance(bwd, tuple):
        raise NotStatic("the wrapped layer's output is unknown")
    if mode == "concat":
        outputs = [fwd[:-1] + (fwd[-1] + bwd[-1],)]
    elif mode is None:
        outputs = [fwd, bwd]
    else:
        outputs = [fwd]
    shape = outputs + states + back_states
    return Out(shape[0] if len(shape) == 1 else shape, forward.trainable + backward.trainable,
               forward.non_trainable + backward.non_trainable,
               formula="forward %s + backward %s" % (num(forward.trainable), num(backward.trainable)))


@layer("TimeDistributed", min_ndim=3)
def time_distributed(x, layer, *_, **__):
    inner = run_wrapped(layer, (x[0],) + x[2:])  # a layer, or a whole model (a per-frame CNN)
    shape = inner.shape
    if isinstance(shape, tuple):
        shape = (shape[0], x[1]) + shape[1:]
    else:
        shape = UNKNOWN
    return Out(shape, inner.trainable, inner.non_trainable, inner.formula)


def conv_lstm(x, rank, cls, filters, kernel_size, strides, padding, data_format, dilation_rate,
              use_bias, return_sequences, return_state):
    """conv_lstm.py: the cell convolves each step (the input without its time axis) as a
    Conv<rank>D would; kernel ``k × inputs × 4·filters``, recurrent kernel
    ``k × filters × 4·filters``, bias ``4·filters``."""
    steps = dims_tuple(strides, rank)
    dilation = dims_tuple(dilation_rate, rank)
    if any(known(s) is None for s in steps + dilation):
        raise NotStatic("strides or dilation_rate has no static value")
    if max(known(s) for s in steps) > 1 and max(known(d) for d in dilation) > 1:
        raise NotStatic("Keras refuses strides > 1 with dilation_rate > 1 at construction")
    step = (x[0],) + x[2:]
    shaped = conv(step, rank, cls, filters, kernel_size, strides, padding, data_format,
                  dilation_rate, 1, flag(use_bias))
    filters, kernel = dim(filters), product(dims_tuple(kernel_size, rank))
    inputs = step[channel_axes(step, data_format)[1]]
    bias = 4 * filters if flag(use_bias) else 0
    params = kernel * inputs * 4 * filters + kernel * filters * 4 * filters + bias
    state = shaped.shape
    out = (x[0], x[1]) + state[1:] if flag(return_sequences) else state
    shape = [out, state, state] if flag(return_state) else out
    formula = "%s × (%s + %s) × 4 × %s%s: kernel × (inputs + filters) × 4 gates × filters%s" % (
        num(kernel), num(inputs), num(filters), num(filters),
        " + %s" % num(bias) if flag(use_bias) else "", " + bias" if flag(use_bias) else "")
    return Out(shape, params, formula=formula)


@layer("ConvLSTM1D", ndim=4)
def conv_lstm1d(x, filters, kernel_size, strides=1, padding="valid", data_format=None,
                dilation_rate=1, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                *_, return_sequences=False, return_state=False, **__):
    return conv_lstm(x, 1, "ConvLSTM1D", filters, kernel_size, strides, padding, data_format,
                     dilation_rate, use_bias, return_sequences, return_state)


@layer("ConvLSTM2D", ndim=5)
def conv_lstm2d(x, filters, kernel_size, strides=1, padding="valid", data_format=None,
                dilation_rate=1, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                *_, return_sequences=False, return_state=False, **__):
    return conv_lstm(x, 2, "ConvLSTM2D", filters, kernel_size, strides, padding, data_format,
                     dilation_rate, use_bias, return_sequences, return_state)


@layer("ConvLSTM3D", ndim=6)
def conv_lstm3d(x, filters, kernel_size, strides=1, padding="valid", data_format=None,
                dilation_rate=1, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                *_, return_sequences=False, return_state=False, **__):
    return conv_lstm(x, 3, "ConvLSTM3D", filters, kernel_size, strides, padding, data_format,
                     dilation_rate, use_bias, return_sequences, return_state)
