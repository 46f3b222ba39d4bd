"""``keras.applications``: each backbone is built by reading its description (Keras code that
ships with kerashape, see :mod:`kerashape.applications`) with the same evaluator, on the user's
arguments, so it is a model like any the file builds: nested as one Functional layer, in full
in its own summary, with ``.layers``, ``get_layer`` and ``.trainable`` as Keras gives them.

A description is read only when a file calls an application, once per file analysed. Its
layers are shown at the user's call (their code is Keras's, not the user's), and it runs with
the budget, depth and certainty of its own: how the user reached the call (a helper, a branch)
does not change what Keras builds inside it.
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, List, Optional

from .. import applications
from ..evaluator.objects import FuncObj
from ..evaluator.scope import Raised
from ..shapes import UNKNOWN, Unknown
from ..values import ModelObj

DESCRIPTIONS = Path(applications.__file__).resolve().parent
# Backbones read per file: each has a budget of its own, so a loop that builds many must end.
MAX_APPLICATIONS = 16


def description(path: str) -> Optional[str]:
    """The description module of ``applications.ResNet50``, ``applications.resnet.ResNet50``
    or ``applications.resnet.preprocess_input`` (a path below Keras's root), if there is one."""
    parts = path.split(".")[1:]
    if len(parts) == 1:
        return applications.MODELS.get(parts[0])
    if len(parts) == 2 and parts[0] in applications.MODULES:
        module = applications.MODULES[parts[0]]
        exported = applications.MODULE_EXPORTS.get(parts[0])
        if parts[1] == "preprocess_input" or applications.MODELS.get(parts[1]) == module and (
                exported is None or parts[1] in exported):
            return module
    return None


class Applications:
    _application_calls: List[ast.AST]
    _applications_read = 0

    def application(self, path: str, args: tuple, kwargs: dict, node: ast.Call) -> Any:
        """``keras.applications.X(...)``: the description's ``X`` run on these arguments."""
        module_name = description(path)
        module = module_name and self.interp.library_module(DESCRIPTIONS / (module_name + ".py"))
        found, func = module.scope.lookup(path.rsplit(".", 1)[-1]) if module else (False, None)
        if not found or not isinstance(func, FuncObj):
            return UNKNOWN  # decode_predictions, imagenet_utils: nothing with a shape
        unexpected = _unexpected_keywords(func, kwargs)
        if unexpected:  # keras_applications' backend=, layers=, ...: Keras 3 raises TypeError
            return self._refused(path, node, "unexpected keyword argument %r" % unexpected[0])
        if self._applications_read >= MAX_APPLICATIONS:
            return Unknown("kerashape reads at most %d keras.applications calls per file"
                           % MAX_APPLICATIONS, node)
        self._applications_read += 1
        interp = self.interp
        saved = interp.regions, interp.call_depth, interp.steps
        interp.regions, interp.call_depth, interp.steps = [], 0, 0
        self._application_calls.append(node)
        try:
            result = interp.call_function(func, args, kwargs, node=node)
        except Raised as refusal:  # Keras raises here: a model that is never built
            result = self._refused(path, node, refusal.message)
        finally:
            self._application_calls.pop()
            interp.regions, interp.call_depth, interp.steps = saved
        if isinstance(result, ModelObj):
            result.node = node
        return result

    def _refused(self, path: str, node: ast.AST, message: str) -> ModelObj:
        """The model of a call Keras raises on: never built, with the reason (KSH106)."""
        why = "Keras refuses keras.applications.%s(...): %s" % (path.rsplit(".", 1)[-1], message)
        model = ModelObj("Functional", node, refused=why, why_uncertain=why)
        self.keep(model)
        return model

    def shown_at(self, node: Any) -> Any:
        """Where a Keras object made now is shown: inside an application, at the user's call."""
        return self._application_calls[0] if self._application_calls else node


def _unexpected_keywords(func: FuncObj, kwargs: dict) -> List[str]:
    """Keywords the description's signature (Keras's) does not take."""
    params = func.node.args
    if params.kwarg is not None:
        return []
    names = {a.arg for a in params.posonlyargs + params.args + params.kwonlyargs}
    return [key for key in kwargs if isinstance(key, str) and key not in names]
