"""KSH302 parameter-budget."""
from ..shapes import known
from . import Diagnostic, Rule, register


@register
class ParameterBudget(Rule):
    """## What it does
    Reports a model with more parameters than the configured budget
    (``max_params`` in ``[tool.kerashape]``, or ``--kerashape-max-params``).

    ## Why is this bad?
    Teams shipping to phones and microcontrollers have a hard memory budget;
    this catches the layer change that breaks it before training does.

    ## Options
    ``max_params`` (int): off when unset.
    """
    code = "KSH302"
    name = "parameter-budget"
    summary = "the model has more parameters than the configured budget"

    def check(self, result, ctx):
        count = known(result.total) if result.built else None
        if ctx.max_params is not None and count is not None and count > ctx.max_params:
            yield Diagnostic(self.code, "%s %s has %s params, over the budget of %s (max_params)"
                             % (result.model.kind, _name(result), f"{count:,}", f"{ctx.max_params:,}"),
                             result.model.node)


def _name(result):
    return "'%s'" % result.model.name if result.model.name else "model"
