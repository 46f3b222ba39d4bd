"""KSI001 model-parameters (information)."""
from ..flops import model_cost
from ..shapes import Poly, known
from . import Diagnostic, Rule, register


def human_bytes(count: int) -> str:
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return ("%d %s" % (size, unit)) if unit == "B" else ("%.2f %s" % (size, unit))
        size /= 1024
    return "%d B" % count


@register
class ModelParameters(Rule):
    """## What it does
    Reports each model's parameter totals at the model's line, as information, with the
    multiply-accumulates and FLOPs of one forward pass of one sample (README, "MACs and FLOPs"):
    ``KSI001 Sequential 'model': 216 params (216 trainable, 0 non-trainable), 864 B as float32;
    189 MACs, 405 FLOPs per sample``.
    Off by default in flake8 (``--enable-extensions=KSI``).
    """
    code = "KSI001"
    name = "model-parameters"
    summary = "information: the model's parameter totals"
    default_enabled = False

    def check(self, result, ctx):
        model = result.model
        label = "%s '%s'" % (model.kind, model.name) if model.name else model.kind
        if not result.built:
            text = "%s: unbuilt (no input shape), parameters unknown" % label
        else:
            total = result.total
            count = known(total)
            if count is not None:
                size = "%s as %s" % (human_bytes(count * ctx.dtype_bytes), ctx.dtype)
            elif isinstance(total, Poly):
                size = "%s bytes as %s" % (total * ctx.dtype_bytes, ctx.dtype)
            else:
                size = "size unknown"
            cost = model_cost(result)
            text = "%s: %s params (%s trainable, %s non-trainable), %s; %s MACs, %s FLOPs per sample" % (
                label, _count(total), _count(result.trainable), _count(result.non_trainable), size,
                _count(cost.macs), _count(cost.flops))
        yield Diagnostic(self.code, text, model.node)


def _count(value):
    n = known(value)
    if n is not None:
        return str(n)
    return "?" if not isinstance(value, Poly) else str(value)
