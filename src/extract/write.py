"""Write datasets, schemas and the manifest: every file is written into one staging folder inside
the output folder, then the whole set is put in place all or nothing (`kic_extract.publish`), so an
interrupted run leaves the previous outputs whole. What a killed run left is undone by the next
run (`clean_stale`). Output is byte-identical on re-run."""

from __future__ import annotations

import errno
import hashlib
import json
import math
import os
import shutil
from functools import cache
from pathlib import Path

from pydantic import BaseModel, TypeAdapter

from kic_extract.errors import OutputError as OutputError  # raised here, caught by the command line
from kic_extract.publish import interrupted, publish, roll_back

STAGING_PREFIX = ".staging-"


def dumps(value) -> str:
    """Stable JSON text: UTF-8 characters kept, keys in model order, one trailing newline."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def dataset_schema(name: str, model: type[BaseModel], array: bool = True) -> dict:
    """JSON Schema of a dataset file: an array of the model's records (the model itself when not
    `array`), identified by the contract's version."""
    from kic_extract.models import SCHEMA_VERSION

    schema = TypeAdapter(list[model] if array else model).json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:kic-extract:contract:{SCHEMA_VERSION}:{name}.schema.json", "title": f"{name}.json", **schema}


def record_text(record) -> str:
    """One record as it sits in a dataset array; raises ValueError for a value JSON or UTF-8
    cannot hold, before anything is written."""
    body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
    body.encode("utf-8")
    return body


#: pydantic core schema types whose values are never floats (anything else may hold one: `float`,
#: `any`, `decimal`, a plain or wrapping function, a type not listed here)
_FLOAT_FREE = frozenset({"str", "int", "bool", "none", "date", "datetime", "time", "literal", "enum", "nullable",
                         "default", "list", "set", "frozenset", "tuple", "dict", "union", "tagged-union", "model",
                         "model-fields", "model-field", "definitions", "definition-ref", "function-after",
                         "function-before", "no-info", "with-info", "chain", "lax-or-strict", "json-or-python"})
_ANY_INSIDE = {"list": "items_schema", "set": "items_schema", "frozenset": "items_schema", "dict": "values_schema"}


def _core_may_hold_floats(node) -> bool:
    if isinstance(node, dict):
        kind = node.get("type")
        if isinstance(kind, str) and (kind not in _FLOAT_FREE or kind in _ANY_INSIDE and _ANY_INSIDE[kind] not in node):
            return True  # a float type, or a container of anything
        return any(_core_may_hold_floats(v) for k, v in node.items() if k != "metadata")
    if isinstance(node, (list, tuple)):
        return any(_core_may_hold_floats(v) for v in node)
    return False


@cache
def _may_hold_floats(model: type[BaseModel]) -> bool:
    """Whether a record of the model can hold a float: a float field, a field of any type, or a
    type or serializer this cannot see into (read from the model's core schema, which pydantic
    built with the class).

    >>> class A(BaseModel):
    ...     number: int | None
    ...     names: list[str]
    >>> class B(BaseModel):
    ...     share: float | None
    >>> _may_hold_floats(A), _may_hold_floats(B)
    (False, True)
    """
    schema = model.__pydantic_core_schema__
    return not isinstance(schema, dict) or _core_may_hold_floats(schema)  # a model not built yet: it may


def _plain_floats(value) -> bool:
    """Whether pydantic writes every float in value as Python's json does: it drops the exponent's
    leading zero (1e-5, not 1e-05) from 1e-9 to 1e-4 and writes inf and nan as null.

    >>> _plain_floats({"a": [1.5, 2, 0.0]}), _plain_floats([0.00001]), _plain_floats(float("inf"))
    (True, False, False)
    """
    if isinstance(value, float):
        return math.isfinite(value) and not 0 < abs(value) < 1e-4
    if isinstance(value, dict):
        return all(_plain_floats(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(_plain_floats(v) for v in value)
    return True


def model_text(record: BaseModel) -> str:
    """A validated record as it sits in a dataset array: byte for byte `record_text` of its
    `model_dump(mode="json", by_alias=True)`, written by pydantic's serializer where that gives
    the same bytes (Python's json otherwise, and for a record pydantic cannot write, so the error
    is the same).

    >>> from kic_extract.models import Warning
    >>> print(model_text(Warning(issue_id="a", code="c", message="广州", line=3)))
    {
      "issue_id": "a",
      "code": "c",
      "message": "广州",
      "line": 3
     }
    """
    return _pydantic_json(record).replace("\n", "\n ")


def model_json(record: BaseModel) -> str:
    """A validated model as a file of its own: byte for byte `dumps` of its
    `model_dump(mode="json", by_alias=True)` (see `model_text`)."""
    return _pydantic_json(record) + "\n"


@cache
def _list_adapter(model: type[BaseModel]) -> TypeAdapter:
    return TypeAdapter(list[model])


def models_text(records: list[BaseModel]) -> str:
    """Records of one model as they sit in a dataset array, joined by `,\\n `: byte for byte
    `",\\n ".join(model_text(r) for r in records)`, written by one pydantic call for them all
    where every record can be (else record by record, so an error names its record).

    >>> from kic_extract.models import Warning
    >>> rows = [Warning(issue_id="a", code="c", message="广州", line=n) for n in (1, 2)]
    >>> models_text(rows) == ",\\n ".join(model_text(r) for r in rows)
    True
    """
    if not records:
        return ""
    model = type(records[0])
    if all(type(r) is model for r in records) and (
            not _may_hold_floats(model) or all(_plain_floats(r.model_dump(mode="json", by_alias=True)) for r in records)):
        try:
            return _list_adapter(model).dump_json(records, indent=1, by_alias=True).decode("utf-8")[3:-2]
        except ValueError:
            pass
    return ",\n ".join(model_text(r) for r in records)


def _pydantic_json(record: BaseModel) -> str:
    if not _may_hold_floats(type(record)) or _plain_floats(record.model_dump(mode="json", by_alias=True)):
        try:
            return record.model_dump_json(indent=1, by_alias=True)
        except ValueError:
            pass
    text = json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=1)
    text.encode("utf-8")
    return text


class ArrayWriter:
    """Streams records into a JSON array (a file opened for bytes), byte for byte what
    `dumps(list_of_records)` gives in UTF-8, so a dataset never has to be held in memory whole."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.count = 0
        self.digest = hashlib.sha256()  # of the bytes as written, so the file is never read back
        self.closed = False

    def _write(self, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.fh.write(data)
        self.digest.update(data)

    def append_text(self, body: str) -> None:
        """Add one record already made text by `record_text`."""
        self._write(("[\n " if self.count == 0 else ",\n ") + body)
        self.count += 1

    def append_joined(self, bodies: str | bytes, count: int) -> None:
        """Add `count` records already made text and joined by `,\\n ` (see `models_text`), as
        text or as its UTF-8 bytes."""
        if count:
            self._write("[\n " if self.count == 0 else ",\n ")
            self._write(bodies)
            self.count += count

    def append_parts(self, parts) -> None:
        """Add one record whose text comes in parts (`kic_extract.spliced`), never held whole."""
        self._write("[\n " if self.count == 0 else ",\n ")
        for part in parts:
            self._write(part)
        self.count += 1

    def extend(self, records) -> None:
        for record in records:
            self.append_text(record_text(record))

    def close(self) -> None:
        if self.closed:
            return
        self._write("\n]\n" if self.count else "[]\n")
        self.fh.close()
        self.closed = True


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(out_dir: Path) -> list[str]:
    """Undo what killed runs left in out_dir: a publish cut short is rolled back to the set it
    was replacing, then staging folders of processes that no longer run and the
    `.<name>.<random>.tmp` files of earlier versions are removed. Returns the names removed."""
    removed = []
    for stage in interrupted(out_dir, STAGING_PREFIX):
        pid = stage.name[len(STAGING_PREFIX):]
        if pid.isdigit() and (int(pid) == os.getpid() or not _pid_alive(int(pid))):
            roll_back(stage, out_dir)
    for folder in (out_dir, out_dir / "schema"):
        if not folder.is_dir():
            continue
        for entry in os.scandir(folder):
            name = entry.name
            if folder == out_dir and name.startswith(STAGING_PREFIX) and entry.is_dir(follow_symlinks=False):
                pid = name[len(STAGING_PREFIX):]
                if pid.isdigit() and (int(pid) == os.getpid() or not _pid_alive(int(pid))):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed.append(name)
            elif name.startswith(".") and name.endswith(".tmp") and ".json." in name and entry.is_file(
                    follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(name)
    return removed


def _why(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "cannot write there (permission denied or read-only)"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return "cannot create it: part of the path is a file"
    return f"cannot write there ({exc.strerror or exc})"


def prepare(out_dir: Path) -> Path:
    """Make sure out_dir is a folder we can write, clean what killed runs left, and create this
    run's staging folder in it. Raises OutputError naming the problem."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError("is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        clean_stale(out_dir)
        stage = out_dir / f"{STAGING_PREFIX}{os.getpid()}"
        stage.mkdir()
    except OSError as exc:
        raise OutputError(_why(exc)) from exc
    return stage


class StagedWriter:
    """Writes files into one staging folder in out_dir; `commit` renames them all into place."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.stage = prepare(out_dir)
        self.staged: list[str] = []
        self.arrays: list[tuple[str, ArrayWriter]] = []
        self.digests: dict[str, str] = {}  # relpath → sha256 of what was written
        self.committed = False

    def _stage(self, relpath: str, binary: bool = False):
        path = self.stage / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        self.staged.append(relpath)
        return path.open("wb") if binary else path.open("w", encoding="utf-8", newline="\n")

    def add(self, relpath: str, text: str) -> None:
        with self._stage(relpath) as fh:
            fh.write(text)
        self.digests[relpath] = hashlib.sha256(text.encode("utf-8")).hexdigest()

    def add_parts(self, relpath: str, parts) -> None:
        """Write a file whose text comes in parts (`kic_extract.spliced`), never held whole."""
        digest = hashlib.sha256()
        with self._stage(relpath) as fh:
            for part in parts:
                fh.write(part)
                digest.update(part.encode("utf-8"))
        self.digests[relpath] = digest.hexdigest()

    def open_array(self, relpath: str) -> ArrayWriter:
        array = ArrayWriter(self._stage(relpath, binary=True))
        self.arrays.append((relpath, array))
        return array

    def finish_arrays(self) -> dict[str, str]:
        """Close every streamed dataset; the sha256 of every file written so far, by path."""
        for relpath, array in self.arrays:
            array.close()
            self.digests[relpath] = array.digest.hexdigest()
        return dict(sorted(self.digests.items()))

    def commit(self) -> None:
        self.finish_arrays()
        self.arrays.clear()
        publish(self.stage, self.out_dir, self.staged)
        self.staged.clear()
        self.committed = True
        shutil.rmtree(self.stage, ignore_errors=True)

    def discard(self) -> None:
        for _, array in self.arrays:
            array.fh.close()
        self.arrays.clear()
        self.staged.clear()
        shutil.rmtree(self.stage, ignore_errors=True)
