"""The dimension algebra: ints, symbols, UNKNOWN; values checked by arithmetic."""
import pytest

from kerashape.shapes import (NONE, UNKNOWN, Poly, ceil_div, compare, make, product, shape_text, to_json,
                              unknown_axes)

a, b = Poly.symbol("img_rows"), Poly.symbol("img_cols")


def test_constants_fold_to_int():
    assert (a - a) == 0 and isinstance(a - a, int)
    assert (a + 3) - a == 3


def test_expression_text_is_python_and_factored():
    n = Poly.symbol("nb_classes")
    assert str(n * (a * b + 1)) == "nb_classes*(img_cols*img_rows + 1)"
    assert str(a * b) == "img_cols*img_rows"
    assert str(-a + 1) == "-img_rows + 1"


def test_unknown_absorbs():
    assert a * UNKNOWN is UNKNOWN
    assert 3 + UNKNOWN is UNKNOWN
    assert product([2, UNKNOWN, 3]) is UNKNOWN
    assert to_json(UNKNOWN) is None


def test_floor_division():
    assert (2 * a + 6) // 2 == a + 3
    assert (2 * a - 3) // 2 == a - 2  # (2a - 3)//2 == a + (-3)//2 for integer a
    odd = (a - 3) // 2 + 1
    assert isinstance(odd, Poly) and str(odd) == "(img_rows - 3)//2 + 1"
    assert ceil_div(7, 2) == 4 and ceil_div(8, 2) == 4


def test_three_valued_compare():
    assert compare(3, 4) == -1
    assert compare(a + 1, a) == 1
    assert compare(a, b) is None
    assert compare(UNKNOWN, 3) is None


def test_bounds():
    assert make({(): 1 << 300}) is UNKNOWN
    big = a
    for _ in range(12):
        big = big * a
    assert big is UNKNOWN  # degree past the bound


def test_shape_text():
    # Keras's None (the batch axis, a declared None) prints as Keras prints it; a gap as ?.
    assert shape_text((NONE, 784, 4)) == "(None, 784, 4)"
    assert shape_text((NONE,)) == "(None,)"
    assert shape_text((NONE, UNKNOWN, 4)) == "(None, ?, 4)"
    assert unknown_axes((NONE, UNKNOWN, 4)) == [1] and unknown_axes([(NONE, 2), UNKNOWN]) == [[], None]


# Read from keras.src.ops.operation_utils.broadcast_shapes (Keras 3.15): None meets k as k.
@pytest.mark.parametrize("a, b, out", [
    ((None, 1), (1, 5), (None, 5)), ((None, 3), (3,), (None, 3)), ((None,), (4,), (4,)),
    ((4,), (None,), (4,)), ((None,), (1,), (None,)), ((None,), (None,), (None,)),
    ((2, 1, 3), (4, 1), (2, 4, 3)),
])
def test_ops_broadcast_is_keras(a, b, out):
    from kerashape.keras_api.ops import broadcast

    def ours(shape):
        return tuple(UNKNOWN if d is None else d for d in shape)

    assert broadcast(ours(a), ours(b)) == ours(out)
