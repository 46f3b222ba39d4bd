"""Keras's names: ``name=`` where given, else the class's snake-case prefix and a counter
per prefix (``dense``, ``dense_1``), counted in the order Keras makes the objects."""
from __future__ import annotations

from typing import Optional

from ..names import to_snake_case


class Naming:
    def name_for(self, cls: str, kwargs: dict) -> Optional[str]:
        """Keras's name for a new layer or model: ``name=`` if given, else the next auto name.
        A name given but unreadable is unknown, and takes no auto name from later layers."""
        explicit = kwargs.get("name")
        if explicit is None:
            return self.auto_name(cls)
        return explicit if isinstance(explicit, str) else None

    def auto_name(self, cls: str) -> str:
        prefix = to_snake_case(cls)
        count = self._uids.get(prefix, 0)
        self._uids[prefix] = count + 1
        return prefix if count == 0 else "%s_%d" % (prefix, count)
