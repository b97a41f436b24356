"""JSON records written in parts, so that a record whose lists grow with the archive (the
manifest's inputs, warnings and coverage; a glossary spelling's issues and line references) is
never held in memory whole.

pydantic writes a container (indent=1) as its items one under the other, each indented one
space deeper than the line holding the container's key. A long list is written apart, a chunk
of items at a time, and spliced into the place its empty container holds in the text of the
rest of the record: the bytes are those of the whole record written at once.

    >>> from pydantic import BaseModel
    >>> class R(BaseModel):
    ...     name: str
    ...     refs: list[int]
    >>> whole = R(name="a", refs=[1, 2, 3]).model_dump_json(indent=1)
    >>> head = R(name="a", refs=[]).model_dump_json(indent=1)
    >>> ints = TypeAdapter(list[int])
    >>> "".join(spliced(head, [("refs", [items_text(ints, [1, 2]), ",\\n", items_text(ints, [3])])])) == whole
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import TypeAdapter


def items_text(adapter: TypeAdapter, values) -> str:
    """Values validated and written as the items of their container, without its brackets, as
    pydantic indents them inside it (`[\\n 1,\\n 2\\n]` → ` 1,\\n 2`); empty for no values.

    >>> items_text(TypeAdapter(list[int]), [1, 2]), items_text(TypeAdapter(dict[str, int]), {"a": 1})
    (' 1,\\n 2', ' "a": 1')
    """
    if not values:
        return ""
    return adapter.dump_json(adapter.validate_python(values), indent=1).decode("utf-8")[2:-2]


def spliced(template: str, fills: Iterable[tuple[str, Iterable[str]]]) -> Iterator[str]:
    """`template` (a record written by pydantic with indent=1) with the empty container of each
    key in `fills`, in the order the keys appear, filled with the pieces given for it: its items'
    text as `items_text` writes it, cut anywhere (items of separate chunks joined by `,\\n`). A
    key given no text keeps its empty container.

    >>> "".join(spliced('{\\n "a": [],\\n "b": {}\\n}', [("a", [" 1,\\n", " 2"]), ("b", [])]))
    '{\\n "a": [\\n  1,\\n  2\\n ],\\n "b": {}\\n}'
    """
    pos = 0
    for key, pieces in fills:
        start = template.index(f'"{key}": ', pos)
        opening = start + len(key) + 4
        empty = template[opening:opening + 2]
        if empty not in ("[]", "{}"):
            raise ValueError(f"{key!r} holds {empty!r} in the template, not an empty container")
        indent = "\n" + " " * (start - template.rfind("\n", 0, start) - 1)
        yield template[pos:opening + 1]
        started = False
        for piece in pieces:
            if piece:
                yield ("" if started else indent) + piece.replace("\n", indent)
                started = True
        yield indent + empty[1] if started else empty[1]
        pos = opening + 2
    yield template[pos:]


class Spool:
    """The items of one container, written to a file as they come (validated by `adapter`) and
    read back in blocks when the record is written."""

    BLOCK = 1 << 16

    def __init__(self, path: Path, adapter: TypeAdapter) -> None:
        self.path = path
        self.adapter = adapter
        self.count = 0
        self._fh = path.open("w+", encoding="utf-8", newline="\n")

    def add(self, values) -> None:
        """Append items (a list's values, or a dict's entries)."""
        text = items_text(self.adapter, values)
        if text:
            self._fh.write((",\n" if self.count else "") + text)
            self.count += len(values)

    def pieces(self) -> Iterator[str]:
        """The items' text, a block at a time."""
        self._fh.flush()
        self._fh.seek(0)
        while block := self._fh.read(self.BLOCK):
            yield block

    def close(self) -> None:
        self._fh.close()
        self.path.unlink(missing_ok=True)
