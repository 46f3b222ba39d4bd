"""Random programs whose sizes come from outside the file, for the soundness run
(tests/test_soundness.py).

    python tests/oracle/generate_soundness.py SEED [stated]   # print one program

``program(seed)`` is a pure function of the seed. Its ``source`` reads its data
as a user's training script does: a directory listing (os.listdir, sorted, glob,
pathlib's iterdir), a file read line by line, json.load, sys.argv, os.environ,
random, and helpers imported from a module the file does not contain (at run
time a stub that mutates what it is given). The values flow through lists,
dicts, sets and attributes (append, extend, insert, update, item assignment,
+=, len, comprehensions, max, sum), conditions on them (if, while, try/except),
into layer sizes (Dense units, Conv filters, Embedding input_dim, Reshape
targets, Input shapes) of Sequential and functional models, mixed with constant
sizes. ``worlds`` are the data of two different runs (files, directories, argv,
environment, random seed, the stub module): every number that depends on them
differs between the runs, so a number kerashape states as an int must be wrong
in one of them unless it truly does not depend on the data.

``stated`` is the same program with the first world's data written in the file
(literal lists and dicts, in-file helpers, no try): there every number is
Keras's exact one and kerashape must state it.
"""
from __future__ import annotations

import json
import random
import sys
from typing import Dict, List, Optional

WORLDS = 2
STUB = "datatools"  # the module the programs import helpers from; only the runner has it


class World:
    """The data one run of a program sees."""

    def __init__(self, index: int):
        self.seed = index  # random.seed before the run
        self.files: Dict[str, str] = {}
        self.dirs: List[str] = []
        self.argv: List[str] = ["train.py"]
        self.env: Dict[str, str] = {}
        self.stub: List[str] = []  # the helper module's functions

    def as_json(self) -> dict:
        return {"seed": self.seed, "files": self.files, "dirs": self.dirs, "argv": self.argv,
                "env": self.env, "modules": {STUB: "\n\n".join(self.stub) + "\n"}}


class Size:
    """An int >= ``low`` a layer can use; ``values`` per world where the generator knows them."""

    def __init__(self, expr: str, low: int, values: Optional[List[int]], data: bool, how: str):
        self.expr, self.low, self.values, self.data, self.how = expr, low, values, data, how


class Program:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.ext: List[str] = []  # statements of the program that reads its data
        self.stated: List[str] = []  # the same with world 0's data written in
        self.worlds = [World(k) for k in range(WORLDS)]
        self.sizes: List[Size] = []
        self.int_lists: List[str] = []  # names of lists of ints >= 1 (a layer per element)
        self.str_lists: List[Size] = []  # Size of len(list) with the list's name in .list_name
        self.helpers: List[str] = []  # imported from the stub module
        self.stated_helpers: List[str] = []
        self.counter = 0
        self.models = 0
        self.how = ""  # the way the data reaches the value being made, for the report
        self.tags: Dict[str, List[str]] = {}  # expression or list name -> every `how` behind it

    # -- plumbing ---------------------------------------------------------------
    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return "%s_%d" % (prefix, self.counter)

    def emit(self, ext: str, stated: Optional[str] = None) -> None:
        """One statement (or block) in both versions; ``stated`` defaults to ``ext``."""
        self.ext.append(ext)
        self.stated.append(ext if stated is None else stated)

    def counts(self, low: int, high: int) -> List[int]:
        """One value per world, all different."""
        return self.r.sample(range(low, high + 1), WORLDS)

    def words(self, n: int, prefix: str = "w") -> List[str]:
        return ["%s%d" % (prefix, i) for i in range(n)]

    def helper(self, name: str, per_world, stated: str) -> str:
        """A helper the program imports from the stub module: ``per_world(k)`` is its source in
        world k, ``stated`` the in-file definition of the stated version."""
        name = self.fresh(name)
        for k, world in enumerate(self.worlds):
            world.stub.append(per_world(k).replace("NAME", name))
        self.helpers.append(name)
        self.stated_helpers.append(stated.replace("NAME", name))
        return name

    def add_size(self, expr: str, low: int, values=None, data: bool = True,
                 base: Optional[Size] = None) -> Size:
        """``base``: the value this one is computed from (its ways are this one's too)."""
        size = Size(expr, low, values, data, self.how)
        self.sizes.append(size)
        tags = self.tags.setdefault(expr, [])
        tags += [t for t in (self.tags[base.expr] if base else []) + [self.how] if t not in tags]
        return size

    # -- data sources -------------------------------------------------------------
    def listdir(self):
        root = "data/" + self.fresh("split")
        counts = self.counts(2, 7)
        for world, n in zip(self.worlds, counts):
            world.dirs += ["%s/%s" % (root, w) for w in self.words(n, "class")]
        stated = sorted(self.words(counts[0], "class"))
        name = self.fresh("class_names")
        form = self.r.randrange(5)
        self.how = ["os.listdir", "os.listdir loop append", "glob", "pathlib iterdir",
                    "os.listdir in a function"][form]
        if form == 0:
            self.emit("%s = sorted(os.listdir(%r))" % (name, root), "%s = sorted(%r)" % (name, stated))
        elif form == 1:
            body = "%s = []\nfor entry in sorted(os.listdir(%r)):\n    %s.append(entry)\n"
            self.emit(body % (name, root, name), body.replace("sorted(os.listdir(%r))", "%r")
                      % (name, stated, name))
        elif form == 2:
            paths = ["%s/%s" % (root, w) for w in stated]
            self.emit("%s = [os.path.basename(p) for p in sorted(glob.glob(%r))]" % (name, root + "/*"),
                      "%s = [p.split('/')[-1] for p in %r]" % (name, paths))
        elif form == 3:
            self.emit("%s = sorted(p.name for p in pathlib.Path(%r).iterdir() if p.is_dir())" % (name, root),
                      "%s = sorted(p for p in %r)" % (name, stated))
        else:
            function = self.fresh("load_classes")
            body = ("def %s(root):\n    found = []\n    for entry in os.listdir(root):\n"
                    "        found.append(entry)\n    return sorted(found)\n")
            self.emit(body % function, body.replace("os.listdir(root)", "root") % function)
            self.emit("%s = %s(%r)" % (name, function, root), "%s = %s(%r)" % (name, function, stated))
        self.str_list(name, counts)

    def str_list(self, name: str, counts: List[int]) -> None:
        size = self.add_size("len(%s)" % name, 2, counts)
        size.list_name = name
        self.str_lists.append(size)

    def lines(self):
        path = self.fresh("labels") + ".txt"
        counts = self.counts(2, 7)
        for world, n in zip(self.worlds, counts):
            world.files[path] = "".join(w + "\n" for w in self.words(n, "label"))
        stated = self.words(counts[0], "label")
        name = self.fresh("labels")
        form = self.r.randrange(3)
        self.how = ["file lines comprehension", "file lines loop append", "file splitlines"][form]
        if form == 0:
            self.emit("%s = [line.strip() for line in open(%r)]" % (name, path),
                      "%s = [line.strip() for line in %r]" % (name, [w + "\n" for w in stated]))
        elif form == 1:
            body = "%s = []\nwith open(%r) as f:\n    for line in f:\n        %s.append(line.strip())\n"
            self.emit(body % (name, path, name),
                      "%s = []\nfor line in %r:\n    %s.append(line.strip())\n" % (name, stated, name))
        else:
            self.emit("%s = open(%r).read().splitlines()" % (name, path), "%s = %r" % (name, stated))
        self.str_list(name, counts)

    def vocabulary(self):
        path = self.fresh("corpus") + ".txt"
        texts = []
        for world in self.worlds:
            n_words = self.r.randint(3, 12)
            vocab = self.words(n_words, "tok")
            lines = [" ".join(self.r.choice(vocab) for _ in range(self.r.randint(2, 6)))
                     for _ in range(self.r.randint(2, 5))]
            world.files[path] = "\n".join(lines) + "\n"
            texts.append(lines)
        if len({len(set(" ".join(t).split())) for t in texts}) == 1:
            self.worlds[1].files[path] += "extra\n"  # the two runs' vocabularies differ in size
            texts[1] = texts[1] + ["extra"]
        name = self.fresh("vocab")
        self.how = "vocab dict filled from a file"
        body = ("%s = {}\nwith open(%r) as f:\n    for line in f:\n        for word in line.split():\n"
                "            if word not in %s:\n                %s[word] = len(%s)\n")
        stated = ("%s = {}\nfor line in %r:\n    for word in line.split():\n"
                  "        if word not in %s:\n            %s[word] = len(%s)\n")
        self.emit(body % (name, path, name, name, name), stated % (name, texts[0], name, name, name))
        sizes = [len(set(" ".join(t).split())) for t in texts]
        self.add_size("len(%s) + 1" % name, 2, [s + 1 for s in sizes])
        if self.r.random() < 0.5:
            longest = self.fresh("maxlen")
            self.how = "max over file lines"
            self.emit("%s = max(len(line.split()) for line in open(%r))" % (longest, path),
                      "%s = max(len(line.split()) for line in %r)" % (longest, texts[0]))
            self.add_size(longest, 2, [max(len(line.split()) for line in t) for t in texts])

    def config(self):
        path = self.fresh("config") + ".json"
        units, classes = self.counts(4, 40), self.counts(2, 6)
        data = []
        for world, u, c in zip(self.worlds, units, classes):
            data.append({"units": u, "classes": self.words(c, "c"), "dropout": 0.25})
            world.files[path] = json.dumps(data[-1])
        name = self.fresh("cfg")
        self.how = "json.load"
        self.emit("with open(%r) as f:\n    %s = json.load(f)\n" % (path, name), "%s = %r" % (name, data[0]))
        self.add_size("%s[%r]" % (name, "units"), 4, units)
        self.add_size("len(%s[%r])" % (name, "classes"), 2, classes)
        if self.r.random() < 0.4:
            self.add_size("%s.get(%r, 8)" % (name, "filters"), 8, [8, 8], data=False)

    def argv(self):
        index = len(self.worlds[0].argv)
        self.how = "sys.argv"
        name = self.fresh("units" if self.r.random() < 0.5 else "hidden")
        if name.startswith("units"):
            values = self.counts(2, 48)
            for world, v in zip(self.worlds, values):
                world.argv.append(str(v))
            self.emit("%s = int(sys.argv[%d])" % (name, index), "%s = int(%r)" % (name, str(values[0])))
            self.add_size(name, 2, values)
        else:
            lists = [[self.r.choice([4, 8, 16, 32]) for _ in range(n)] for n in self.counts(1, 4)]
            for world, values in zip(self.worlds, lists):
                world.argv.append(",".join(map(str, values)))
            self.emit("%s = [int(a) for a in sys.argv[%d].split(',')]" % (name, index),
                      "%s = %r" % (name, lists[0]))
            self.int_lists.append(name)
            self.tags.setdefault(name, []).append(self.how)
            self.add_size("max(%s)" % name, 4, [max(v) for v in lists])
            self.add_size("sum(%s)" % name, 4, [sum(v) for v in lists])

    def environ(self):
        var = self.fresh("UNITS").upper()
        self.how = "os.environ"
        values = self.counts(2, 48)
        for world, v in zip(self.worlds, values):
            world.env[var] = str(v)
        name = var.lower()
        if self.r.random() < 0.5:
            self.emit("%s = int(os.environ.get(%r, '16'))" % (name, var), "%s = %d" % (name, values[0]))
        else:
            self.emit("%s = int(os.environ[%r])" % (name, var), "%s = int(%r)" % (name, str(values[0])))
        self.add_size(name, 2, values)

    def unknown_call(self):
        """A value returned by a helper the file does not have."""
        self.how = "value returned by an unknown helper"
        values = self.counts(2, 24)
        function = self.helper("count_classes", lambda k: "def NAME(root):\n    return %d\n" % values[k],
                               "def NAME(root):\n    return %d\n" % values[0])
        name = self.fresh("num_classes")
        self.emit("%s = %s('data')" % (name, function))
        self.add_size(name, 2, values)

    def randomness(self):
        name = self.fresh("width")
        self.how = "random"
        if self.r.random() < 0.5:
            low, high = self.r.choice([(2, 16), (8, 64), (4, 32)])
            self.emit("%s = random.randint(%d, %d)" % (name, low, high), "%s = %d" % (name, low + 1))
        else:
            choices = self.r.sample([4, 8, 12, 16, 24, 32, 48], 3)
            low = min(choices)
            self.emit("%s = random.choice(%r)" % (name, choices), "%s = %d" % (name, choices[0]))
        self.add_size(name, low)

    def literal(self):
        """Data the file states: exact in both versions."""
        name = self.fresh("classes")
        self.how = "literal list"
        items = self.words(self.r.randint(2, 6), "k")
        self.emit("%s = %r" % (name, items))
        size = self.add_size("len(%s)" % name, 2, [len(items)] * WORLDS, data=False)
        size.list_name = name
        self.str_lists.append(size)
        if self.r.random() < 0.5:
            name = self.fresh("widths")
            self.emit("%s = %r" % (name, [self.r.choice([4, 8, 16]) for _ in range(self.r.randint(1, 3))]))
            self.int_lists.append(name)
            self.tags.setdefault(name, []).append(self.how)

    def dataset_class(self):
        """Attributes set in methods, from a listing and the environment."""
        root = "data/" + self.fresh("images")
        counts, sides = self.counts(2, 6), self.counts(8, 20)
        var = self.fresh("IMG").upper()
        for world, n, side in zip(self.worlds, counts, sides):
            world.dirs += ["%s/%s" % (root, w) for w in self.words(n, "kind")]
            world.env[var] = str(side)
        cls, obj = self.fresh("Dataset"), self.fresh("ds")
        self.how = "attributes set in methods"
        body = ("class %s:\n    def __init__(self, root):\n        self.root = root\n"
                "        self.classes = []\n        self.image_size = int(os.environ.get(%r, '16'))\n\n"
                "    def load(self):\n        for entry in sorted(os.listdir(self.root)):\n"
                "            self.classes.append(entry)\n        return self\n")
        stated = body.replace("int(os.environ.get(%r, '16'))", "%r")
        stated = stated.replace("os.listdir(self.root)", "self.root")
        self.emit(body % (cls, var), stated % (cls, sides[0]))
        self.emit("%s = %s(%r).load()" % (obj, cls, root),
                  "%s = %s(%r).load()" % (obj, cls, self.words(counts[0], "kind")))
        self.add_size("len(%s.classes)" % obj, 2, counts)
        self.add_size("%s.image_size" % obj, 8, sides)

    # -- what may change a value under control flow kerashape cannot decide ------------
    def grow_list(self):
        """A list of names grown in one of many ways, some behind a condition on the data."""
        if not self.str_lists:
            return
        size = self.r.choice(self.str_lists)
        name = size.list_name
        form = self.r.randrange(7)
        self.how = ["append", "+=", "insert", "extend under an undecidable if",
                    "extend under if os.path.exists", "list passed to an unknown helper",
                    "list inside a dict passed to an unknown helper"][form]
        old = size.values
        extra = 1
        if form == 0:
            self.emit("%s.append('background')" % name)
        elif form == 1:
            self.emit("%s += ['other', 'unknown']" % name)
            extra = 2
        elif form == 2:
            self.emit("%s.insert(0, 'none')" % name)
        elif form == 3:
            threshold = min(old) if old else 3
            self.emit("if len(%s) > %d:\n    %s.extend(['rare', 'misc'])\n" % (name, threshold, name))
            extra = None
        elif form == 4:
            flag = self.fresh("extra") + ".txt"
            self.worlds[0].files[flag] = "x\n"
            self.emit("if os.path.exists(%r):\n    %s.extend(['rare', 'misc'])\n" % (flag, name),
                      "%s.extend(['rare', 'misc'])" % name)
            extra = 2
            old = None
        elif form == 5:
            function = self.helper("add_extra_classes", lambda k: "def NAME(names):\n    names.extend(%r)\n"
                                   % self.words(k + 1, "x"),
                                   "def NAME(names):\n    names.extend(%r)\n" % self.words(1, "x"))
            self.emit("%s(%s)" % (function, name))
            extra = 1
            old = None
        else:
            function = self.helper("register", lambda k: "def NAME(info):\n    info['names'].extend(%r)\n"
                                   % self.words(2 * k + 1, "y"),
                                   "def NAME(info):\n    info['names'].extend(%r)\n" % self.words(1, "y"))
            self.emit("%s({'names': %s, 'root': 'data'})" % (function, name))
            old = None
        values = [v + extra for v in old] if old and extra else None
        self.add_size("len(%s)" % name, 2, values, data=size.data or form >= 4, base=size)

    def derived(self):
        """A new name computed from the data: comprehension, set, condition, while, try."""
        base = self.r.choice(self.sizes)
        name = self.fresh("n")
        form = self.r.randrange(7)
        if form in (0, 1) and not hasattr(base, "list_name"):
            form = 6
        self.how = ["comprehension", "set add", "if on data", "while on data", "try reads a file",
                    "dict.update in try", "dict passed to an unknown helper"][form]
        if form == 0:
            self.emit("%s = len([c for c in %s if not c.startswith('.')])" % (name, base.list_name))
            self.add_size(name, 2, base.values, base.data, base)
        elif form == 1:
            self.emit("%s = set(%s)\n%s.add('padding')\n" % (name + "_set", base.list_name, name + "_set"))
            self.add_size("len(%s_set)" % name, 2, None, base.data, base)
        elif form == 2:
            threshold = min(base.values) if base.values else 8
            a, b = self.r.sample([8, 16, 32, 64], 2)
            self.emit("if %s > %d:\n    %s = %d\nelse:\n    %s = %d\n"
                      % (base.expr, threshold, name, a, name, b))
            self.add_size(name, 8, None, base.data, base)
        elif form == 3:
            self.emit("%s = 1\nwhile %s < %s:\n    %s *= 2\n" % (name, name, base.expr, name))
            self.add_size(name, 2, None, base.data, base)
        elif form == 4:
            path = self.fresh("override") + ".txt"
            value = self.r.randint(4, 40)
            self.worlds[0].files[path] = "%d\n" % value
            default = self.r.choice([8, 16, 32])
            self.emit("%s = %d\ntry:\n    with open(%r) as f:\n        %s = int(f.read())\n"
                      "except (OSError, ValueError):\n    pass\n" % (name, default, path, name),
                      "%s = %d\n%s = %d\n" % (name, default, name, value))
            self.add_size(name, 4, [value, default])
        elif form == 5:
            path = self.fresh("extra") + ".json"
            value = self.r.randint(4, 40)
            self.worlds[1].files[path] = json.dumps({"units": value})
            default = self.r.choice([8, 16, 32])
            self.emit("%s = {'units': %d, 'rate': 0.1}\ntry:\n    with open(%r) as f:\n"
                      "        %s.update(json.load(f))\nexcept OSError:\n    pass\n"
                      % (name, default, path, name), "%s = {'units': %d, 'rate': 0.1}\n" % (name, default))
            self.add_size("%s['units']" % name, 4, [default, value])
        else:
            function = self.helper("apply_overrides",
                                   lambda k: "def NAME(config):\n    config['units'] = %d\n" % (12 + 10 * k),
                                   "def NAME(config):\n    config['units'] = 12\n")
            self.emit("%s = {'units': %d}\n%s(%s)\n" % (name, self.r.choice([8, 16]), function, name))
            self.add_size("%s['units']" % name, 4, [12 + 10 * k for k in range(WORLDS)])

    def int_list_from_helper(self):
        """A list of widths the file states, then grown by a helper the file does not have."""
        name = self.fresh("hidden")
        self.how = "int list passed to an unknown helper"
        self.tags.setdefault(name, []).append(self.how)
        self.emit("%s = [%d, %d]" % (name, self.r.choice([8, 16]), self.r.choice([4, 8])))
        function = self.helper("extend_hidden", lambda k: "def NAME(widths):\n    widths.extend(%r)\n"
                               % ([8] * k,), "def NAME(widths):\n    widths.extend([])\n")
        self.emit("%s(%s)" % (function, name))
        self.int_lists.append(name)

    def rebound(self):
        """One name bound twice to different data (issue 13's `units` example)."""
        name = self.fresh("units")
        paths = [self.fresh("a") + ".txt", self.fresh("b") + ".txt"]
        first, second = self.counts(3, 12), None
        second = [first[0] - 1, first[1] + 2]  # world 0: first == second + 1, world 1 not
        for world, a, b in zip(self.worlds, first, second):
            world.files[paths[0]] = "x" * a
            world.files[paths[1]] = "y" * b
        return name, paths, first, second

    # -- models -------------------------------------------------------------------
    def size(self, low: int = 2, constants=(4, 8, 16, 32)) -> str:
        pool = [s for s in self.sizes if s.low >= low]
        if pool and self.r.random() < 0.65:
            return self.r.choice(pool).expr
        return str(self.r.choice(constants))

    def model_name(self) -> str:
        self.models += 1
        return "model_%d" % self.models

    def sequential_list(self):
        layers = ["keras.Input(shape=(%s,))" % self.size()]
        for _ in range(self.r.randint(1, 3)):
            layers.append("layers.Dense(%s, activation='relu')" % self.size())
            if self.r.random() < 0.3:
                layers.append(self.r.choice(["layers.Dropout(0.2)", "layers.BatchNormalization()"]))
        if self.r.random() < 0.4:
            width = self.size()
            layers.append("layers.Dense(%s * 4)" % _parenthesized(width))
            layers.append("layers.Reshape((%s, 4))" % width)
            layers.append(self.r.choice(["layers.Flatten()", "layers.LSTM(%s)" % self.size(),
                                         "layers.Conv1D(%s, 3, padding='same')" % self.size(),
                                         "layers.GlobalAveragePooling1D()"]))
        layers.append("layers.Dense(%s, activation='softmax')" % self.size())
        self.emit("%s = keras.Sequential([\n    %s,\n])\n" % (self.model_name(), ",\n    ".join(layers)))

    def sequential_add(self):
        name = self.model_name()
        self.emit("%s = keras.Sequential()\n%s.add(keras.Input(shape=(%s,)))\n" % (name, name, self.size()))
        if self.int_lists and self.r.random() < 0.8:
            widths = self.r.choice(self.int_lists)
            self.emit("for width in %s:\n    %s.add(layers.Dense(width, activation='relu'))\n"
                      % (widths, name))
        else:
            self.emit("for _ in range(min(%s, 6)):\n    %s.add(layers.Dense(%s))\n"
                      % (self.size(), name, self.r.choice([4, 8])))
        if self.r.random() < 0.5:
            self.emit("%s.add(layers.Dropout(0.5))" % name)
        self.emit("%s.add(layers.Dense(%s, activation='softmax'))" % (name, self.size()))

    def text_model(self):
        inp, x, name = self.fresh("tokens"), self.fresh("x"), self.model_name()
        lines = ["%s = keras.Input(shape=(%s,))" % (inp, self.size()),
                 "%s = layers.Embedding(%s, %s)(%s)" % (x, self.size(), self.size(constants=(4, 8)), inp)]
        kind = self.r.randrange(3)
        if kind == 0:
            lines.append("%s = layers.Conv1D(%s, 3, padding='same', activation='relu')(%s)"
                         % (x, self.size(), x))
            lines.append("%s = layers.GlobalMaxPooling1D()(%s)" % (x, x))
        elif kind == 1:
            lines.append("%s = layers.LSTM(%s)(%s)" % (x, self.size(), x))
        else:
            lines.append("%s = layers.Flatten()(%s)" % (x, x))
        if self.r.random() < 0.4:
            width = self.size()
            a, b = self.fresh("a"), self.fresh("b")
            lines.append("%s = layers.Dense(%s)(%s)" % (a, width, x))
            lines.append("%s = layers.Dense(%s, activation='relu')(%s)" % (b, width, x))
            if self.r.random() < 0.5:
                lines.append("%s = layers.Add()([%s, %s])" % (x, a, b))
            else:
                lines.append("%s = layers.Concatenate()([%s, layers.Dense(%s)(%s)])" % (x, a, self.size(), b))
        lines.append("%s = keras.Model(%s, layers.Dense(%s, activation='softmax')(%s))"
                     % (name, inp, self.size(), x))
        self.emit("\n".join(lines) + "\n")

    def image_model(self):
        inp, x, name = self.fresh("image"), self.fresh("x"), self.model_name()
        side = self.size(low=8, constants=(16, 32))
        lines = ["%s = keras.Input(shape=(%s, %s, 3))" % (inp, side, side), "%s = %s" % (x, inp)]
        for _ in range(self.r.randint(1, 2)):
            lines.append("%s = layers.Conv2D(%s, 3, padding='same', activation='relu')(%s)"
                         % (x, self.size(), x))
            lines.append("%s = layers.MaxPooling2D(2)(%s)" % (x, x))
        lines.append("%s = layers.%s()(%s)" % (x, self.r.choice(["Flatten", "GlobalAveragePooling2D"]), x))
        lines.append("%s = keras.Model(%s, layers.Dense(%s, activation='softmax')(%s))"
                     % (name, inp, self.size(), x))
        self.emit("\n".join(lines) + "\n")

    def heads_model(self):
        """One output per class name: a layer per element of a list the data may size."""
        names = self.r.choice(self.str_lists).list_name
        inp, x, heads, name = self.fresh("features"), self.fresh("x"), self.fresh("heads"), self.model_name()
        self.emit("%s = keras.Input(shape=(%s,))\n%s = layers.Dense(%s, activation='relu')(%s)\n%s = []\n"
                  "for label in %s:\n    %s.append(layers.Dense(1, activation='sigmoid')(%s))\n"
                  "%s = keras.Model(%s, layers.Concatenate()(%s))\n"
                  % (inp, self.size(), x, self.size(), inp, heads, names, heads, x, name, inp, heads))

    def rebound_model(self):
        name, paths, _, _ = self.rebound()
        self.tags.setdefault(name, []).append("name rebound to a second file's length")
        inp, a, b = self.fresh("inputs"), self.fresh("left"), self.fresh("right")
        model = self.model_name()
        self.emit("%s = keras.Input(shape=(8,))\n%s = len(open(%r).read())\n%s = layers.Dense(%s)(%s)\n"
                  "%s = len(open(%r).read())\n%s = layers.Dense(%s + 1)(%s)\n"
                  "%s = keras.Model(%s, layers.Add()([%s, %s]))\n"
                  % (inp, name, paths[0], a, name, inp, name, paths[1], b, name, inp, model, inp, a, b),
                  "%s = keras.Input(shape=(8,))\n%s = %d\n%s = layers.Dense(%s)(%s)\n"
                  "%s = %d\n%s = layers.Dense(%s + 1)(%s)\n"
                  "%s = keras.Model(%s, layers.Add()([%s, %s]))\n"
                  % (inp, name, len(self.worlds[0].files[paths[0]]), a, name, inp,
                     name, len(self.worlds[0].files[paths[1]]), b, name, inp, model, inp, a, b))

    # -- the program ----------------------------------------------------------------
    def build(self) -> None:
        r = self.r
        sources = [self.listdir, self.lines, self.vocabulary, self.config, self.argv, self.environ,
                   self.randomness, self.literal, self.dataset_class, self.unknown_call]
        for _ in range(r.randint(2, 4)):
            r.choice(sources)()
        if not self.str_lists:
            self.literal()
        for _ in range(r.randint(1, 3)):
            r.choice([self.grow_list, self.derived, self.derived, self.int_list_from_helper])()
        models = [self.sequential_list, self.sequential_add, self.text_model, self.image_model,
                  self.heads_model, self.rebound_model]
        weights = [4, 3, 3, 2, 2, 1]
        chosen = [r.choices(models, weights)[0] for _ in range(r.randint(1, 3))]
        for make in sorted(chosen, key=lambda m: m == self.rebound_model):  # Keras may refuse it: last
            make()

    def render(self, stated: bool) -> str:
        head = "import glob\nimport json\nimport os\nimport pathlib\nimport random\nimport sys\n\n" \
               "import keras\nfrom keras import layers\n"
        if self.helpers and not stated:
            head += "from %s import %s\n" % (STUB, ", ".join(self.helpers))
        body = list(self.stated_helpers) + self.stated if stated else self.ext
        return head + "\n" + "\n".join(s.rstrip("\n") + "\n" for s in body)


def _parenthesized(expr: str) -> str:
    return "(%s)" % expr if " " in expr else expr


class Generated:
    """One program: ``source`` reads its data, ``stated`` writes world 0's data in."""

    def __init__(self, seed: int):
        p = Program(seed)
        p.build()
        self.seed = seed
        self.source = p.render(stated=False)
        self.stated = p.render(stated=True)
        self.worlds = [w.as_json() for w in p.worlds]
        self.tags = p.tags


def program(seed: int) -> Generated:
    return Generated(seed)


if __name__ == "__main__":
    generated = program(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    if len(sys.argv) > 2 and sys.argv[2] == "stated":
        print(generated.stated)
    else:
        print(generated.source)
        print("# worlds:", json.dumps(generated.worlds, indent=1))
