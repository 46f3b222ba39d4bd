"""The dimension algebra: a dimension or parameter count is an ``int``, a symbolic
polynomial over names the source never binds (:class:`Poly`), or :data:`UNKNOWN`.

Arithmetic works on all three with ordinary operators, so a layer's formula reads
like Keras's (``inputs * units + units``). ``UNKNOWN`` absorbs everything it
touches. Comparisons are three-valued (:func:`compare`): a check that cannot be
decided answers ``None`` and no diagnostic may be built on it.

Bounds keep analysis finite on hostile input: integers past :data:`MAX_BITS` and
expressions past :data:`MAX_TERMS` or :data:`MAX_TEXT` become ``UNKNOWN``.
"""
from __future__ import annotations

import math
import re
from typing import Dict, Optional, Tuple, Union

MAX_BITS = 256
MAX_TERMS = 24
MAX_DEGREE = 8
MAX_TEXT = 240

# A name, dotted name or constant subscript: safe to multiply without parentheses.
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*|\[-?[0-9]+\])*\Z")


class Unknown:
    """A value kerashape cannot know. Every operation on it is unknown too.

    ``reason`` says why, with the line of its first cause ("`class_names` is filled in a
    loop over `os.listdir(...)`, line 9"); operations keep the first cause they meet.
    ``declared`` marks Keras's own ``None``: the batch axis and axes the code declares
    variable (``shape=(None, 8)``), which Keras prints as None and which are no gap in
    kerashape's knowledge. All unknowns compare equal, as a single unknown value did: two
    of them are never *known* to differ, so no check is decided on them.
    """

    __slots__ = ("why", "node", "declared")

    def __init__(self, why: Optional[str] = None, node: object = None, declared: bool = False):
        self.why = why  # the reason; a NUL in it stands for the node's source text
        self.node = node  # an ``ast`` node: its line, and its text for "%s" (made on demand)
        self.declared = declared

    @property
    def reason(self) -> Optional[str]:
        """Why the value is unknown, with the line of the cause; None when nobody said."""
        if self.why is None:
            return None
        text = self.why
        if "\0" in text:
            text = text.replace("\0", source_text(self.node), 1)
        line = getattr(self.node, "lineno", None)
        return text if line is None else "%s, line %d" % (text, line)

    def __repr__(self) -> str:
        return "NONE" if self.declared else "UNKNOWN" if self.why is None else "UNKNOWN(%r)" % self.reason

    def __bool__(self) -> bool:
        raise TypeError("the truth of an unknown value is unknown; use compare()")

    def __eq__(self, other: object) -> bool:
        return True if isinstance(other, Unknown) else NotImplemented

    def __hash__(self) -> int:
        return hash(Unknown)

    def _absorb(self, other: object = None) -> "Unknown":
        """An operation's result: unknown, by the first cause that is a gap in knowledge
        (a declared None axis combined with an unknown value is that unknown)."""
        if self.declared and isinstance(other, Unknown) and not other.declared:
            return other
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _absorb
    __floordiv__ = __rfloordiv__ = __neg__ = __pos__ = _absorb


UNKNOWN = Unknown()
NONE = Unknown(declared=True)  # Keras's None: the batch axis, an axis declared variable


def source_text(node: object, limit: int = 60) -> str:
    """A node's source as a reason quotes it: one line, at most ``limit`` characters."""
    import ast

    try:
        text = ast.unparse(node)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a reason must never cost the analysis
        return "?"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


Monomial = Tuple[Tuple[str, int], ...]


class Poly:
    """An integer polynomial over atoms (unresolved names or opaque sub-expressions).

    Instances are immutable and normalised; :func:`make` turns a constant
    polynomial back into an ``int``.
    """

    __slots__ = ("terms",)

    def __init__(self, terms: Dict[Monomial, int]):
        self.terms = terms

    # -- construction -------------------------------------------------------
    @staticmethod
    def symbol(text: str) -> "Dim":
        if len(text) > MAX_TEXT:
            return UNKNOWN
        return Poly({((text, 1),): 1})

    @staticmethod
    def lift(value: "Dim") -> "Poly":
        return value if isinstance(value, Poly) else Poly({(): value} if value else {})

    # -- arithmetic ---------------------------------------------------------
    def __add__(self, other: object) -> "Dim":
        if isinstance(other, Unknown):
            return other
        if not isinstance(other, (int, Poly)):
            return NotImplemented
        terms = dict(self.terms)
        for mono, coef in Poly.lift(other).terms.items():
            terms[mono] = terms.get(mono, 0) + coef
        return make(terms)

    __radd__ = __add__

    def __neg__(self) -> "Dim":
        return make({m: -c for m, c in self.terms.items()})

    def __pos__(self) -> "Poly":
        return self

    def __sub__(self, other: object) -> "Dim":
        if isinstance(other, Unknown):
            return other
        if not isinstance(other, (int, Poly)):
            return NotImplemented
        return self + (-other)

    def __rsub__(self, other: object) -> "Dim":
        if not isinstance(other, int):
            return NotImplemented
        return (-self) + other

    def __mul__(self, other: object) -> "Dim":
        if isinstance(other, Unknown):
            return other
        if not isinstance(other, (int, Poly)):
            return NotImplemented
        terms: Dict[Monomial, int] = {}
        for m1, c1 in self.terms.items():
            for m2, c2 in Poly.lift(other).terms.items():
                mono = _mono_mul(m1, m2)
                terms[mono] = terms.get(mono, 0) + c1 * c2
        return make(terms)

    __rmul__ = __mul__

    def __floordiv__(self, other: object) -> "Dim":
        if isinstance(other, Unknown):
            return other
        if isinstance(other, int) and not isinstance(other, bool):
            if other == 0:
                raise ZeroDivisionError("division of a dimension by zero")
            if other == 1:
                return self
            const = self.terms.get((), 0)
            rest = {m: c for m, c in self.terms.items() if m != ()}
            if other > 0 and all(c % other == 0 for c in rest.values()):
                # (q + c) // k == q/k + c//k when k divides every coefficient of q
                return make({m: c // other for m, c in rest.items()}) + const // other
            return _opaque("%s//%s" % (_paren(self), other))
        if isinstance(other, Poly):
            if other == self:
                return 1
            return _opaque("%s//%s" % (_paren(self), _paren(other)))
        return NotImplemented

    def __rfloordiv__(self, other: object) -> "Dim":
        if isinstance(other, int) and not isinstance(other, bool):
            return _opaque("%s//%s" % (other, _paren(self)))
        return NotImplemented

    # -- comparisons and identity --------------------------------------------
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Poly) and self.terms == other.terms

    def __hash__(self) -> int:
        return hash(frozenset(self.terms.items()))

    def __bool__(self) -> bool:
        raise TypeError("the truth of a symbolic value is unknown; use compare()")

    def atoms(self) -> set:
        return {atom for mono in self.terms for atom, _ in mono}

    # -- rendering ------------------------------------------------------------
    def __str__(self) -> str:
        return _render(self.terms)

    def __repr__(self) -> str:
        return "Poly(%r)" % str(self)


Dim = Union[int, Poly, Unknown]


def make(terms: Dict[Monomial, int]) -> Dim:
    """Normalise a term table: drop zeros, fold constants to ``int``, enforce the bounds."""
    terms = {m: c for m, c in terms.items() if c != 0}
    if not terms:
        return 0
    if len(terms) > MAX_TERMS or any(_too_big(c) for c in terms.values()):
        return UNKNOWN
    if any(sum(p for _, p in m) > MAX_DEGREE for m in terms):
        return UNKNOWN
    if list(terms) == [()]:
        return terms[()]
    poly = Poly(terms)
    if len(str(poly)) > MAX_TEXT:
        return UNKNOWN
    return poly


def _too_big(n: int) -> bool:
    return n.bit_length() > MAX_BITS


def bounded(n: int) -> Dim:
    """An int within the size bound, else UNKNOWN (``Dense(10**100**100)``)."""
    return UNKNOWN if _too_big(n) else n


def _mono_mul(a: Monomial, b: Monomial) -> Monomial:
    powers: Dict[str, int] = dict(a)
    for atom, p in b:
        powers[atom] = powers.get(atom, 0) + p
    return tuple(sorted(powers.items()))


def _opaque(text: str) -> Dim:
    return Poly.symbol(text)


def _atom_text(atom: str) -> str:
    return atom if _IDENT.match(atom) or atom.isdigit() else "(%s)" % atom


def _paren(p: Poly) -> str:
    text = str(p)
    if _IDENT.match(text):
        return text
    return "(%s)" % text


def _mono_text(mono: Monomial) -> str:
    parts = []
    for atom, p in mono:
        parts.extend([_atom_text(atom)] * p)
    return "*".join(parts)


def _sort_key(item: Tuple[Monomial, int]) -> tuple:
    mono, _ = item
    return (-sum(p for _, p in mono), _mono_text(mono))


def _render(terms: Dict[Monomial, int]) -> str:
    """Python-syntax text, with a common factor pulled out: ``n*(a*b + 1)``."""
    if len(terms) > 1:
        common = _common_factor(terms)
        if common is not None:
            factor, rest = common
            return "%s*(%s)" % (factor, _render(rest))
    out = []
    for mono, coef in sorted(terms.items(), key=_sort_key):
        sign = "-" if coef < 0 else "+"
        mag = abs(coef)
        if not mono:
            body = str(mag)
        elif mag == 1 and len(mono) == 1 and mono[0][1] == 1 and not (sign == "-" and not out):
            body = mono[0][0]  # a lone atom in a sum needs no parentheses: // binds tighter
        elif mag == 1:
            body = _mono_text(mono)
        else:
            body = "%d*%s" % (mag, _mono_text(mono))
        out.append((sign, body))
    text = ("-" if out[0][0] == "-" else "") + out[0][1]
    for sign, body in out[1:]:
        text += " %s %s" % (sign, body)
    return text


def _common_factor(terms: Dict[Monomial, int]):
    monos = list(terms)
    shared = dict(monos[0])
    for mono in monos[1:]:
        powers = dict(mono)
        shared = {a: min(p, powers[a]) for a, p in shared.items() if a in powers}
    coef_gcd = 0
    for c in terms.values():
        coef_gcd = math.gcd(coef_gcd, c)
    if all(c < 0 for c in terms.values()):
        coef_gcd = -coef_gcd
    if not shared and abs(coef_gcd) == 1:
        return None
    factor_mono = tuple(sorted(shared.items()))
    rest: Dict[Monomial, int] = {}
    for mono, c in terms.items():
        powers = dict(mono)
        for a, p in shared.items():
            powers[a] -= p
        rest[tuple(sorted((a, p) for a, p in powers.items() if p))] = c // coef_gcd
    if factor_mono:
        factor = _mono_text(factor_mono)
        if coef_gcd != 1:
            factor = "%d*%s" % (coef_gcd, factor) if coef_gcd != -1 else "-" + factor
    else:
        factor = str(coef_gcd)
    return factor, rest


# -- helpers the layer functions use --------------------------------------------

def is_dim(value: object) -> bool:
    return isinstance(value, (Poly, Unknown)) or (
        isinstance(value, int) and not isinstance(value, bool))


def known(value: object) -> Optional[int]:
    """The int a dimension is, or None when it is symbolic or unknown."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def compare(a: Dim, b: Dim) -> Optional[int]:
    """-1, 0 or 1 when the order of a and b is certain; None when it is not.

    Symbolic values are only compared when their difference is a constant.
    """
    if isinstance(a, Unknown) or isinstance(b, Unknown):
        return None
    diff = a - b
    if isinstance(diff, int):
        return (diff > 0) - (diff < 0)
    return None


def same(a: Dim, b: Dim) -> Optional[bool]:
    """True/False when a == b is certain, None when it is not."""
    c = compare(a, b)
    return None if c is None else c == 0


def product(dims) -> Dim:
    out: Dim = 1
    for d in dims:
        out = out * d
    return out


def total(values) -> Dim:
    out: Dim = 0
    for v in values:
        out = out + v
    return out


def ceil_div(a: Dim, b: Dim) -> Dim:
    """ceil(a / b), as Keras's ``padding="same"`` arithmetic uses it."""
    return (a + b - 1) // b


def unknown_axes(shape) -> object:
    """The axes of a shape kerashape cannot know (not Keras's None): a list of indices, a list
    of them per output for several outputs, or None when the whole shape is unknown."""
    if isinstance(shape, list):
        return [unknown_axes(s) for s in shape]
    if not isinstance(shape, tuple):
        return None
    return [i for i, d in enumerate(shape) if isinstance(d, Unknown) and not d.declared]


def to_json(value: object):
    """int stays int, symbolic becomes its text, unknown becomes null."""
    if isinstance(value, Poly):
        return str(value)
    if isinstance(value, Unknown) or value is None:
        return None
    return value


def shape_text(shape) -> str:
    """Keras's rendering: ``(None, 32, 4)``; a one-dim shape keeps its comma. Keras's own None
    (the batch axis, an axis declared None) prints as None; an axis kerashape cannot know, ?."""
    if shape is None or isinstance(shape, Unknown):
        return "?"
    if isinstance(shape, list):
        return "[%s]" % ", ".join(shape_text(s) for s in shape)
    parts = [("None" if d.declared else "?") if isinstance(d, Unknown) else str(d) for d in shape]
    if len(parts) == 1:
        return "(%s,)" % parts[0]
    return "(%s)" % ", ".join(parts)
