"""``kerashape plot``: a model drawn as Keras's ``plot_model`` draws it, without Graphviz.

A box per layer (name, class, input and output shapes; parameters and FLOPs on request),
an edge per connection, a nested model drawn as its own layers on request. Three outputs
from one graph: standalone SVG (laid out here, in layers, for the chains and DAGs Keras
models are), Mermaid (which GitHub, GitLab and Jupyter render) and DOT (for Graphviz).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple
from xml.sax.saxutils import escape

from .flops import Cost, costs, nested_result
from .infer import ModelResult, Step
from .render import _count_text
from .shapes import shape_text
from .values import ModelObj, OpObj, TensorObj


@dataclass
class Box:
    id: str
    lines: List[str]  # the title first
    cluster: Optional[str] = None  # the nested model it belongs to, by its title


@dataclass
class Graph:
    title: str
    boxes: List[Box] = field(default_factory=list)
    edges: List[Tuple[str, str]] = field(default_factory=list)

    def connect(self, source: str, target: str) -> None:
        if (source, target) not in self.edges:  # plot_model draws one edge per pair too
            self.edges.append((source, target))


def build(result: ModelResult, params: bool = False, flops: bool = False,
          expand: bool = False) -> Graph:
    graph = Graph(result.model.keras_name or result.model.kind.lower())
    _add(graph, result, params, flops, expand, None, [0])
    return graph


def _add(graph: Graph, result: ModelResult, params: bool, flops: bool, expand: bool,
         cluster: Optional[str], counter: List[int]) -> Tuple[List[str], List[str]]:
    """Add a model's layers; returns (entry ids, exit ids) for the edges of an enclosing model."""
    step_costs = costs(result) if flops else [None] * len(result.steps)
    ids: Dict[Any, Tuple[List[str], List[str]]] = {}  # id(step), or a name -> entries and exits
    for step, cost in zip(result.steps, step_costs):
        inner = nested_result(step) if expand and step.model is not None else None
        if inner is not None and inner.steps:
            ids[id(step)] = _add(graph, inner, params, flops, expand,
                                 "%s (%s)" % (step.name or "?", step.cls), counter)
            continue
        box = Box("n%d" % counter[0], _lines(step, result.built, params, cost), cluster)
        counter[0] += 1
        graph.boxes.append(box)
        ids[id(step)] = ([box.id], [box.id])
    functional = result.model.kind == "Functional"
    key = (lambda s: s.name) if functional else id  # a functional model's names are unique
    links = _links(result) if functional else [
        (id(producer), id(step)) for step in result.steps for producer in step.producers]
    for op_name, tensor in _ops(result).items():  # keras.ops nodes: boxes of their own, as in Keras
        box = Box("n%d" % counter[0], ["%s (%s)" % (op_name, tensor.layer.function),
                                       "Input shape: %s" % shape_text([t.shape for t in tensor.inputs]),
                                       "Output shape: %s" % shape_text(tensor.shape)], cluster)
        counter[0] += 1
        graph.boxes.append(box)
        ids[op_name] = ([box.id], [box.id])
    for step in result.steps:
        ids.setdefault(key(step), ids[id(step)])
    consumed, fed = set(), set()
    for source, target in links:
        if source in ids and target in ids:
            consumed.add(source)
            fed.add(target)
            for a in ids[source][1]:
                for b in ids[target][0]:
                    graph.connect(a, b)
    entries = [i for s in result.steps if key(s) not in fed for i in ids[id(s)][0]]
    exits = [i for s in result.steps if key(s) not in consumed for i in ids[id(s)][1]]
    return entries, exits


def _name(tensor: TensorObj) -> Optional[str]:
    layer = tensor.layer
    if layer is None:
        return tensor.name
    return layer.keras_name if isinstance(layer, ModelObj) else layer.name


def _walk(result: ModelResult):
    """Every call in a functional model, from its outputs: the tensor each call made."""
    outputs = result.model.outputs
    stack = list(outputs.values() if isinstance(outputs, dict) else outputs
                 if isinstance(outputs, (list, tuple)) else [outputs])
    seen = set()
    while stack:
        tensor = stack.pop()
        if not isinstance(tensor, TensorObj) or tensor.layer is None:
            continue
        key = (id(tensor.layer), tensor.node_index)
        if key not in seen:
            seen.add(key)
            yield tensor
            stack.extend(tensor.inputs)


def _links(result: ModelResult) -> List[Tuple[Optional[str], Optional[str]]]:
    """Keras's plot edges: from the maker of each input of each call (a layer, an Input or a
    keras.ops node) to the call's layer, by names."""
    return [(_name(t), _name(tensor)) for tensor in _walk(result)
            for t in tensor.inputs if isinstance(t, TensorObj) and not t.constant]


def _ops(result: ModelResult) -> Dict[str, TensorObj]:
    if result.model.kind != "Functional":
        return {}
    return {t.layer.name: t for t in _walk(result) if isinstance(t.layer, OpObj) and t.layer.name}


def _lines(step: Step, built: bool, params: bool, cost: Optional[Cost]) -> List[str]:
    lines = ["%s (%s)" % (step.name or "?", step.cls),
             "Input shape: %s" % (shape_text(step.input) if built else "?"),
             "Output shape: %s" % (shape_text(step.output) if built and step.error is None
                                   else "error: " + step.error.code if step.error else "?")]
    if params:
        lines.append("Params: %s" % (_count_text(step.params) if built else "?"))
    if cost is not None:
        lines.append("FLOPs: %s" % _count_text(cost.flops))
    return lines


# -- Mermaid and DOT: text the renderers lay out -----------------------------------------

def mermaid(graph: Graph) -> str:
    out = ["---", "title: %s" % graph.title, "---", "flowchart TD"]
    for cluster, boxes in _clusters(graph):
        indent = "  "
        if cluster is not None:
            out.append('  subgraph c%d ["%s"]' % (len(out), _mermaid_text(cluster)))
            indent = "    "
        for box in boxes:
            out.append('%s%s["%s"]' % (indent, box.id, "<br/>".join(_mermaid_text(t) for t in box.lines)))
        if cluster is not None:
            out.append("  end")
    out.extend("  %s --> %s" % edge for edge in graph.edges)
    return "\n".join(out) + "\n"


def _mermaid_text(text: str) -> str:
    return text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def dot(graph: Graph) -> str:
    out = ["digraph %s {" % _dot_text(graph.title), "  rankdir=TB;",
           '  node [shape=box, fontname="Helvetica"];']
    for n, (cluster, boxes) in enumerate(_clusters(graph)):
        indent = "  "
        if cluster is not None:
            out.append("  subgraph cluster_%d {" % n)
            out.append("    label=%s; style=dashed;" % _dot_text(cluster))
            indent = "    "
        for box in boxes:
            out.append("%s%s [label=%s];" % (indent, box.id, _dot_text("\n".join(box.lines))))
        if cluster is not None:
            out.append("  }")
    out.extend("  %s -> %s;" % edge for edge in graph.edges)
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_text(text: str) -> str:
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _clusters(graph: Graph) -> List[Tuple[Optional[str], List[Box]]]:
    groups: Dict[Optional[str], List[Box]] = {}
    for box in graph.boxes:
        groups.setdefault(box.cluster, []).append(box)
    return list(groups.items())


# -- SVG: a layered layout of our own -------------------------------------------------------

CHAR_W, LINE_H, PAD, GAP_X, GAP_Y = 7.2, 16, 8, 24, 40


def layout(graph: Graph) -> Tuple[Dict[str, Tuple[float, float, float, float]],
                                  Dict[Tuple[str, str], List[Tuple[float, float]]]]:
    """(x, y, width, height) per box, and the points each edge passes through.

    Each box sits one row below its lowest producer (the longest path from an input); an
    edge that skips rows gets a waypoint in each (the Sugiyama scheme Graphviz's dot
    follows), so it runs beside the boxes, never through them. A row is ordered by the mean
    place of its producers in the row above."""
    preds: Dict[str, List[str]] = {b.id: [] for b in graph.boxes}
    for source, target in graph.edges:
        preds[target].append(source)
    rank: Dict[str, int] = {}
    for box in _topological(graph, preds):
        rank[box.id] = max((rank[p] + 1 for p in preds[box.id]), default=0)
    size = {b.id: (max(len(t) for t in b.lines) * CHAR_W + 2 * PAD, len(b.lines) * LINE_H + 2 * PAD)
            for b in graph.boxes}
    rows: List[List[str]] = [[] for _ in range(max(rank.values(), default=-1) + 1)]
    for box in graph.boxes:
        rows[rank[box.id]].append(box.id)
    waypoints: Dict[Tuple[str, str], List[str]] = {}
    for source, target in graph.edges:
        chain = ["%s>%s#%d" % (source, target, r) for r in range(rank[source] + 1, rank[target])]
        waypoints[(source, target)] = chain
        for r, point in zip(range(rank[source] + 1, rank[target]), chain):
            rows[r].append(point)
            size[point] = (0.0, 0.0)
            preds[point] = [([source] + chain)[chain.index(point)]]
        if chain:
            preds[target] = [chain[-1] if p == source else p for p in preds[target]]
    order: Dict[str, float] = {}
    for row in rows:
        row.sort(key=lambda i: sum(order[p] for p in preds[i]) / len(preds[i]) if preds[i] else 0)
        order.update((i, n) for n, i in enumerate(row))
    widths = [sum(size[i][0] for i in row) + GAP_X * (len(row) - 1) for row in rows]
    full = max(widths, default=0)
    places: Dict[str, Tuple[float, float, float, float]] = {}
    y = GAP_Y
    for row, width in zip(rows, widths):
        x = GAP_X + (full - width) / 2
        height = max(size[i][1] for i in row)
        for i in row:
            places[i] = (x, y, size[i][0], height if i not in rank else size[i][1])
            x += size[i][0] + GAP_X
        y += height + GAP_Y
    routes = {}
    for (source, target), chain in waypoints.items():
        sx, sy, sw, sh = places[source]
        tx, ty, tw, _ = places[target]
        points = [(sx + sw / 2, sy + sh)]
        for point in chain:
            px, py, _, ph = places[point]
            points.extend([(px, py - GAP_Y / 2), (px, py + ph + GAP_Y / 2)])
        points.append((tx + tw / 2, ty))
        routes[(source, target)] = points
    return {b.id: places[b.id] for b in graph.boxes}, routes


def _topological(graph: Graph, preds: Dict[str, List[str]]) -> List[Box]:
    done: set = set()
    ordered: List[Box] = []
    pending = list(graph.boxes)
    while pending:
        ready = [b for b in pending if all(p in done for p in preds[b.id])]
        if not ready:  # a cycle cannot come from Keras; draw what is left in file order
            ready = pending[:1]
            preds[ready[0].id] = [p for p in preds[ready[0].id] if p in done]
        for box in ready:
            done.add(box.id)
            ordered.append(box)
        pending = [b for b in pending if b.id not in done]
    return ordered


def svg(graph: Graph) -> str:
    places, routes = layout(graph)
    width = max((x + w for x, _, w, _ in places.values()), default=0) + GAP_X
    height = max((y + h for _, y, _, h in places.values()), default=0) + GAP_Y
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="monospace" font-size="12">' % (width, height, width, height),
           "<title>%s</title>" % escape(graph.title),
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
           'markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>',
           '<rect width="100%" height="100%" fill="white"/>']
    for source, target in graph.edges:
        points = routes[(source, target)]
        path = "M %.1f %.1f" % points[0]
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            middle = (y1 + y2) / 2  # a vertical S-curve between consecutive points
            path += " C %.1f %.1f %.1f %.1f %.1f %.1f" % (x1, middle, x2, middle, x2, y2)
        out.append('<path class="edge" data-source="%s" data-target="%s" d="%s" fill="none" '
                   'stroke="#555" marker-end="url(#arrow)"/>' % (source, target, path))
    for box in graph.boxes:
        x, y, w, h = places[box.id]
        out.append('<g class="layer" id="%s">' % box.id)
        fill = "#eef3fb" if box.cluster is None else "#f4f0fa"
        out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="4" fill="%s" stroke="#333"/>'
                   % (x, y, w, h, fill))
        for n, text in enumerate(box.lines):
            weight = ' font-weight="bold"' if n == 0 else ""
            out.append('<text x="%.1f" y="%.1f"%s>%s</text>'
                       % (x + PAD, y + PAD + (n + 0.8) * LINE_H, weight, escape(text)))
        if box.cluster is not None:
            out.append("<title>in %s</title>" % escape(box.cluster))
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


FORMATS = {".svg": svg, ".mmd": mermaid, ".dot": dot, ".gv": dot}
