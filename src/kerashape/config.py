"""Configuration: ``[tool.kerashape]`` in the nearest pyproject.toml.

Keys: select, ignore, constants, image_data_format, dtype, max_params, exclude.
A bad value stops with one message naming the file, the key and what is allowed.
"""
from __future__ import annotations

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
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError("%s: cannot read: %s" % (path, e))
    table = data.get("tool", {}).get("kerashape")
    if table is None:
        return Config(source=path)
    return from_table(table, path)


def from_table(table: Dict[str, Any], path: Optional[Path] = None) -> Config:
    where = "%s: [tool.kerashape]" % (path or "configuration")
    config = Config(source=path)
    for key, value in table.items():
        if key in ("select", "ignore", "exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError("%s %s must be a list of strings, got %r" % (where, key, value))
            if key != "exclude":
                unknown = [v for v in value if not any(code.startswith(v) for code in known_codes())]
                if unknown:
                    raise ConfigError("%s %s names unknown code(s) %s; known: %s"
                                      % (where, key, ", ".join(unknown), ", ".join(known_codes())))
            setattr(config, key, list(value))
        elif key == "constants":
            if not isinstance(value, dict) or not all(
                    isinstance(v, (int, float, str)) and not isinstance(v, bool) or
                    isinstance(v, list) and all(isinstance(x, int) for x in v) for v in value.values()):
                raise ConfigError("%s constants must be a table of numbers, strings or lists "
                                  "of ints, got %r" % (where, value))
            config.constants = {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
        elif key == "image_data_format":
            if value not in ("channels_last", "channels_first"):
                raise ConfigError("%s image_data_format must be \"channels_last\" or "
                                  "\"channels_first\", got %r" % (where, value))
            config.image_data_format = value
        elif key == "dtype":
            if value not in DTYPE_BYTES:
                raise ConfigError("%s dtype must be one of %s, got %r"
                                  % (where, ", ".join(sorted(DTYPE_BYTES)), value))
            config.dtype = value
        elif key == "max_params":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError("%s max_params must be a non-negative integer, got %r" % (where, value))
            config.max_params = value
        else:
            raise ConfigError("%s has an unknown key %r; allowed: select, ignore, constants, "
                              "image_data_format, dtype, max_params, exclude" % (where, key))
    return config
