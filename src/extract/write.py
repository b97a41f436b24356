"""Write datasets, schemas and the manifest: all files staged first, then renamed into place, so
an interrupted run leaves the previous outputs whole. Output is byte-identical on re-run."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, TypeAdapter


def dumps(value) -> str:
    """Stable JSON text: UTF-8 characters kept, keys in model order, one trailing newline."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def dataset_schema(name: str, model: type[BaseModel]) -> dict:
    """JSON Schema of a dataset file: an array of the model's records."""
    schema = TypeAdapter(list[model]).json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"{name}.json", **schema}


class ArrayWriter:
    """Streams records into a JSON array, byte for byte what `dumps(list_of_records)` gives,
    so a dataset never has to be held in memory whole."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.count = 0

    def extend(self, records) -> None:
        for record in records:
            body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
            self.fh.write(("[\n " if self.count == 0 else ",\n ") + body)
            self.count += 1

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "[]\n")
        self.fh.close()


class StagedWriter:
    """Collects files as temporary siblings of their targets; `commit` renames them all."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.staged: list[tuple[Path, Path]] = []
        self.arrays: list[ArrayWriter] = []

    def _stage(self, relpath: str):
        target = self.out_dir / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.chmod(tmp, 0o644)
        self.staged.append((Path(tmp), target))
        return os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def add(self, relpath: str, text: str) -> None:
        with self._stage(relpath) as fh:
            fh.write(text)

    def open_array(self, relpath: str) -> ArrayWriter:
        array = ArrayWriter(self._stage(relpath))
        self.arrays.append(array)
        return array

    def commit(self) -> None:
        for array in self.arrays:
            array.close()
        self.arrays.clear()
        for tmp, target in self.staged:
            os.replace(tmp, target)
        self.staged.clear()

    def discard(self) -> None:
        for array in self.arrays:
            array.fh.close()
        self.arrays.clear()
        for tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()
