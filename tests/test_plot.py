"""``kerashape plot``: every format parsed back (SVG as XML, DOT by pydot, Mermaid by its
structure) and compared with the boxes and edges Keras's own ``model_to_dot`` draws."""
import importlib.util
import json
import os
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kerashape.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "test_data"
SVG = "{http://www.w3.org/2000/svg}"

# (file, model, expand nested): a Sequential, a ResNet with skips, a U-Net with skips and
# attention, a graph of two inputs, two outputs and a shared layer, a nested model both ways,
# a graph of keras.ops calls and Lambdas.
MODELS = [
    ("sequential/mnist_cnn.py", "model", False),
    ("realworld/resnet_named_blocks.py", "model", False),
    ("functional/unet_attention.py", "model", False),
    ("functional/graph_zoo.py", "model", False),
    ("functional/graph_zoo.py", "m2", False),
    ("functional/graph_zoo.py", "m2", True),
    ("realworld/ops_and_lambdas.py", "model", False),  # keras.ops nodes are boxes too
    ("applications/vgg16_fine_tuning.py", "model", False),  # a keras.applications backbone
    ("applications/vgg16_fine_tuning.py", "model", True),
    ("applications/vgg16_fine_tuning.py", "conv_base", False),
    ("applications/unbound_backbone.py", "classifier", False),
]


def draw(tmp_path, path, model, suffix, *flags):
    out = tmp_path / ("plot" + suffix)
    assert main(["plot", str(DATA / path), "--model", model, "-o", str(out), *flags]) == 0
    return out.read_text(encoding="utf-8")


def _name(label):
    return label.split(" (")[0]


def parse_svg(text):
    """(box names, edges by name); asserts one rect per box and no two boxes overlapping."""
    root = ET.fromstring(text)
    boxes = root.findall("%sg[@class='layer']" % SVG)
    rects, names = {}, {}
    for box in boxes:
        [rect] = box.findall(SVG + "rect")
        rects[box.get("id")] = [float(rect.get(k)) for k in ("x", "y", "width", "height")]
        names[box.get("id")] = _name(box.find(SVG + "text").text)
    for a in rects:
        for b in rects:
            ax, ay, aw, ah = rects[a]
            bx, by, bw, bh = rects[b]
            assert a == b or ax + aw <= bx or bx + bw <= ax or ay + ah <= by or by + bh <= ay, (a, b)
    edges = []
    for path in root.findall("%spath[@class='edge']" % SVG):
        source, target = path.get("data-source"), path.get("data-target")
        numbers = [float(n) for n in re.findall(r"-?\d+\.?\d*", path.get("d"))]
        sx, sy, sw, sh = rects[source]
        tx, ty, tw, _ = rects[target]
        # It leaves the bottom of its source and ends on the top of its target.
        assert numbers[:2] == [round(sx + sw / 2, 1), round(sy + sh, 1)]
        assert numbers[-2:] == [round(tx + tw / 2, 1), round(ty, 1)]
        edges.append((names[source], names[target]))
    return [names[b.get("id")] for b in boxes], edges


def parse_dot(text):
    import pydot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pydot's own use of pyparsing
        [graph] = pydot.graph_from_dot_data(text)
    names, edges = {}, []

    def walk(g):
        for node in g.get_nodes():
            label = node.get_label()
            if label:
                names[node.get_name()] = _name(label.strip('"'))
        edges.extend((e.get_source(), e.get_destination()) for e in g.get_edges())
        for sub in g.get_subgraphs():
            walk(sub)

    walk(graph)
    return list(names.values()), [(names[a], names[b]) for a, b in edges]


def parse_mermaid(text):
    """Mermaid's flowchart grammar for what we write: a front matter, ``flowchart TD``, nodes
    ``id["label"]``, ``subgraph id ["title"]`` ... ``end`` blocks and ``a --> b`` edges."""
    lines = text.splitlines()
    assert lines[0] == "---" and lines[1].startswith("title: ") and lines[2] == "---"
    assert lines[3] == "flowchart TD"
    names, edges, depth = {}, [], 0
    for line in lines[4:]:
        line = line.strip()
        if re.fullmatch(r'subgraph \w+ \["[^"]*"\]', line):
            depth += 1
        elif line == "end":
            depth -= 1
            assert depth >= 0
        elif re.fullmatch(r"\w+ --> \w+", line):
            a, b = line.split(" --> ")
            edges.append((a, b))
        else:
            match = re.fullmatch(r'(\w+)\["([^"]*)"\]', line)
            assert match, line
            names[match.group(1)] = _name(match.group(2).split("<br/>")[0])
    assert depth == 0
    return list(names.values()), [(names[a], names[b]) for a, b in edges]


PARSERS = {".svg": parse_svg, ".dot": parse_dot, ".mmd": parse_mermaid}


def drawn(tmp_path, path, model, expand):
    """The (boxes, edges) every format draws; they must all agree."""
    flags = ["--expand-nested"] if expand else []
    found = {suffix: parse(draw(tmp_path, path, model, suffix, *flags))
             for suffix, parse in PARSERS.items()}
    boxes, edges = found[".svg"]
    for suffix, (b, e) in found.items():
        assert sorted(b) == sorted(boxes) and sorted(e) == sorted(edges), suffix
    assert len(set(edges)) == len(edges)
    return boxes, edges


def test_sequential(tmp_path):
    boxes, edges = drawn(tmp_path, "sequential/mnist_cnn.py", "model", False)
    # Keras's automatic names, chained in order (a Sequential's plot has no input box).
    names = ["conv2d", "conv2d_1", "max_pooling2d", "dropout", "flatten", "dense", "dropout_1", "dense_1"]
    assert boxes == names and edges == list(zip(names, names[1:]))


def test_unet_skips(tmp_path):
    boxes, edges = drawn(tmp_path, "functional/unet_attention.py", "model", False)
    assert len(boxes) == 20 and len(edges) == 22  # 19 layers and the input; 3 two-input layers
    assert ("batch_normalization", "concatenate_1") in edges  # the long skip
    assert ("batch_normalization_1", "concatenate") in edges
    assert ("reshape", "multi_head_attention") in edges and ("reshape", "add") in edges


def test_nested_model_drawn_whole_or_expanded(tmp_path):
    boxes, edges = drawn(tmp_path, "functional/graph_zoo.py", "m2", False)
    assert boxes == ["input_layer_1", "sequential"] and edges == [("input_layer_1", "sequential")]
    boxes, edges = drawn(tmp_path, "functional/graph_zoo.py", "m2", True)
    assert sorted(edges) == [("dense_2", "dense_3"), ("input_layer_1", "dense_2")]
    assert 'subgraph cluster_1 {\n    label="sequential (Sequential)"' in draw(
        tmp_path, "functional/graph_zoo.py", "m2", ".dot", "--expand-nested")


def test_optional_rows(tmp_path):
    text = draw(tmp_path, "sequential/mnist_cnn.py", "model", ".mmd", "--params", "--flops")
    # conv2d: 3*3*1*32 + 32 = 320 params; 26*26*32 outputs of 9 multiply-adds, + a bias each.
    assert ('n0["conv2d (Conv2D)<br/>Input shape: (None, 28, 28, 1)<br/>Output shape: '
            '(None, 26, 26, 32)<br/>Params: 320<br/>FLOPs: 411,008"]') in text


def test_bad_requests_say_so_in_one_line(tmp_path, capsys):
    path = str(DATA / "functional/graph_zoo.py")
    assert main(["plot", path]) == 2
    assert capsys.readouterr().err == ("kerashape: %s has models model, enc, m2, seqm: choose one "
                                       "with --model NAME\n" % path)
    assert main(["plot", path, "--model", "m2", "-o", str(tmp_path / "m.png")]) == 2
    assert capsys.readouterr().err == "kerashape: cannot draw to %s: use .svg, .mmd or .dot\n" % (
        tmp_path / "m.png")
    assert main(["plot", path, "--model", "nope"]) == 2
    assert "no model 'nope'" in capsys.readouterr().err


def test_readme_diagram_is_what_plot_draws(tmp_path):
    committed = (ROOT / "test_data" / "functional" / "unet_attention.svg").read_text(encoding="utf-8")
    assert draw(tmp_path, "functional/unet_attention.py", "model", ".svg", "--flops") == committed


@pytest.mark.oracle
@pytest.mark.skipif(importlib.util.find_spec("keras") is None,
                    reason="the oracle extra (keras + jax) is not installed")
@pytest.mark.parametrize("path,model,expand", MODELS)
def test_plot_draws_what_keras_draws(tmp_path, path, model, expand):
    """The boxes and edges of Keras's own model_to_dot (plot_model's graph)."""
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "oracle" / "keras_plot.py"),
                           str(DATA / path), model, "1" if expand else "0"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    truth = json.loads(proc.stdout.strip().splitlines()[-1])
    boxes, edges = drawn(tmp_path, path, model, expand)
    assert sorted(boxes) == sorted(truth["boxes"])
    assert sorted(edges) == sorted(map(tuple, truth["edges"]))
