"""Configuration: ``[tool.kerashape]`` in the nearest pyproject.toml.

Keys: select, ignore, constants, image_data_format, dtype, max_params, exclude.
A bad file or value is one message naming the file, the key and what is allowed
(ConfigError); the files it governs are not checked.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11
    import tomli as tomllib

DTYPE_BYTES = {"float16": 2, "bfloat16": 2, "float32": 4, "float64": 8, "int8": 1, "uint8": 1,
               "int16": 2, "int32": 4, "int64": 8, "mixed_float16": 4, "mixed_bfloat16": 4}


class ConfigError(Exception):
    """A configuration value kerashape will not guess about; exit status 2."""


@dataclass
class Config:
    select: List[str] = field(default_factory=list)  # code prefixes; empty = the defaults
    ignore: List[str] = field(default_factory=list)
    constants: Dict[str, Any] = field(default_factory=dict)
    image_data_format: str = "channels_last"
    dtype: str = "float32"
    max_params: Optional[int] = None
    exclude: List[str] = field(default_factory=list)
    source: Optional[Path] = None

    @property
    def dtype_bytes(self) -> int:
        return DTYPE_BYTES[self.dtype]

    def enabled(self, code: str, default: bool) -> bool:
        if any(code.startswith(prefix) for prefix in self.ignore):
            return False
        if self.select:
            return any(code.startswith(prefix) for prefix in self.select)
        return default


def known_codes() -> List[str]:
    from .rules import RULES

    return sorted(RULES) + ["KSH900"]


def find_pyproject(start: Path) -> Optional[Path]:
    start = start.resolve()
    for folder in [start] + list(start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load(start: Optional[Path] = None) -> Config:
    """The configuration of the nearest pyproject.toml above ``start`` (default: cwd)."""
    path = find_pyproject(start or Path.cwd())
    return Config() if path is None else load_file(path)


def for_path(path: str, cache: Dict[Optional[Path], Config]) -> Config:
    """The configuration in force for a file or directory: its nearest pyproject.toml."""
    start = Path(path) if Path(path).is_dir() else Path(path).parent
    found = find_pyproject(start)
    if found not in cache:
        cache[found] = Config() if found is None else load_file(found)
    return cache[found]


def load_file(path: Path) -> Config:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        document = tomllib.loads(data.decode("utf-8"))
    except OSError as e:
        raise ConfigError("%s: cannot read: %s" % (path, e.strerror or e))
    except UnicodeDecodeError as e:  # TOML is UTF-8 only
        from .files import byte_position

        raise ConfigError("%s: cannot read: not valid UTF-8 at line %d, column %d (%s)"
                          % ((path,) + byte_position(data, e.start) + (e.reason,)))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("%s: cannot read: %s" % (path, e))
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError("%s: tool must be a table, got %s" % (path, toml_type(tool)))
    table = tool.get("kerashape")
    if table is None:
        return Config(source=path)
    if not isinstance(table, dict):
        raise ConfigError("%s: [tool.kerashape] must be a table, got %s" % (path, toml_type(table)))
    return from_table(table, path)


def toml_type(value: Any) -> str:
    """What TOML calls a value's type: ``[[tool.kerashape]]`` is an array of tables."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "an array of tables"
    for kind, name in ((bool, "a boolean"), (int, "an integer"), (float, "a float"),
                       (str, "a string"), (list, "an array"), (dict, "a table")):
        if isinstance(value, kind):
            return name
    return "a date or time"


def from_table(table: Dict[str, Any], path: Optional[Path] = None) -> Config:
    where = "%s: [tool.kerashape]" % (path or "configuration")
    config = Config(source=path)
    for key, value in table.items():
        if key in ("select", "ignore", "exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError("%s %s must be a list of strings, got %r" % (where, key, value))
            if key != "exclude":
                if "" in value:  # "" is a prefix of every code: ignore = [""] would turn all off
                    raise ConfigError("%s %s has an empty code; name codes or prefixes such as "
                                      "\"KSH2\"" % (where, key))
                unknown = [v for v in value if not any(code.startswith(v) for code in known_codes())]
                if unknown:
                    raise ConfigError("%s %s names unknown code(s) %s; known: %s"
                                      % (where, key, ", ".join(unknown), ", ".join(known_codes())))
            setattr(config, key, list(value))
        elif key == "constants":
            if not isinstance(value, dict) or not all(
                    _number(v) or isinstance(v, str) or
                    isinstance(v, list) and all(_number(x, int) for x in v) for v in value.values()):
                raise ConfigError("%s constants must be a table of numbers, strings or lists "
                                  "of ints, got %r" % (where, value))
            config.constants = {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
        elif key == "image_data_format":
            if value not in ("channels_last", "channels_first"):
                raise ConfigError("%s image_data_format must be \"channels_last\" or "
                                  "\"channels_first\", got %r" % (where, value))
            config.image_data_format = value
        elif key == "dtype":
            if not isinstance(value, str) or value not in DTYPE_BYTES:
                raise ConfigError("%s dtype must be one of %s, got %r"
                                  % (where, ", ".join(sorted(DTYPE_BYTES)), value))
            config.dtype = value
        elif key == "max_params":
            if not _number(value, int) or value < 0:
                raise ConfigError("%s max_params must be a non-negative integer, got %r" % (where, value))
            config.max_params = value
        else:
            raise ConfigError("%s has an unknown key %r; allowed: select, ignore, constants, "
                              "image_data_format, dtype, max_params, exclude" % (where, key))
    return config


def _number(value: Any, kinds: Any = (int, float)) -> bool:
    """A finite number and not a boolean (which Python counts as an int)."""
    return (isinstance(value, kinds) and not isinstance(value, bool)
            and (isinstance(value, int) or math.isfinite(value)))
