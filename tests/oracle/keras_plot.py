"""What Keras's own ``model_to_dot`` (plot_model's graph; pydot, no Graphviz) draws, as JSON.

    KERAS_BACKEND=jax python tests/oracle/keras_plot.py FILE MODEL EXPAND

Output: {"boxes": [layer names], "edges": [[source name, target name], ...]}, the boxes of
nested models included when EXPAND is 1. Test-only (tests/test_plot.py).
"""
import contextlib
import io
import json
import os
import runpy
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_keras  # noqa: E402,F401  (the tensorflow shim and zero initializers)
from keras.src.utils.model_visualization import model_to_dot  # noqa: E402


def _names(model, found):
    for layer in getattr(model, "_operations", None) or model.layers:
        found[str(id(layer))] = layer.name
        if hasattr(layer, "layers"):
            _names(layer, found)
    return found


def _walk(graph, boxes, edges, names):
    boxes.extend(names[n.get_name()] for n in graph.get_nodes() if n.get_name() in names)
    edges.extend([names[e.get_source()], names[e.get_destination()]] for e in graph.get_edges())
    for sub in graph.get_subgraphs():
        _walk(sub, boxes, edges, names)


if __name__ == "__main__":
    path, name, expand = sys.argv[1:4]
    with contextlib.redirect_stdout(io.StringIO()):
        model = runpy.run_path(path, run_name="__main__")[name]
    boxes, edges = [], []
    _walk(model_to_dot(model, show_shapes=True, expand_nested=expand == "1"), boxes, edges,
          _names(model, {}))
    print(json.dumps({"boxes": boxes, "edges": edges}))
