"""Write datasets, schemas and the manifest: every file is written into one staging folder inside
the output folder, then renamed into place, so an interrupted run leaves the previous outputs
whole. Staging folders left by a run that was killed are removed by the next run. Output is
byte-identical on re-run."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

from pydantic import BaseModel, TypeAdapter

STAGING_PREFIX = ".staging-"


class OutputError(Exception):
    """The output folder cannot be used; the message says why."""


def dumps(value) -> str:
    """Stable JSON text: UTF-8 characters kept, keys in model order, one trailing newline."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def dataset_schema(name: str, model: type[BaseModel], array: bool = True) -> dict:
    """JSON Schema of a dataset file: an array of the model's records (the model itself when not
    `array`), identified by the contract's version."""
    from extract.models import SCHEMA_VERSION

    schema = TypeAdapter(list[model] if array else model).json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:kic-extract:contract:{SCHEMA_VERSION}:{name}.schema.json", "title": f"{name}.json", **schema}


def record_text(record) -> str:
    """One record as it sits in a dataset array; raises ValueError for a value JSON or UTF-8
    cannot hold, before anything is written."""
    body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
    body.encode("utf-8")
    return body


class ArrayWriter:
    """Streams records into a JSON array, byte for byte what `dumps(list_of_records)` gives,
    so a dataset never has to be held in memory whole."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.count = 0

    def append_text(self, body: str) -> None:
        """Add one record already made text by `record_text`."""
        self.fh.write(("[\n " if self.count == 0 else ",\n ") + body)
        self.count += 1

    def extend(self, records) -> None:
        for record in records:
            self.append_text(record_text(record))

    def close(self) -> None:
        self.fh.write("\n]\n" if self.count else "[]\n")
        self.fh.close()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(out_dir: Path) -> list[str]:
    """Remove what killed runs left in out_dir: staging folders of processes that no longer run,
    and the `.<name>.<random>.tmp` files of earlier versions. Returns the names removed."""
    removed = []
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
        self.arrays: list[ArrayWriter] = []
        self.committed = False

    def _stage(self, relpath: str):
        path = self.stage / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        self.staged.append(relpath)
        return path.open("w", encoding="utf-8", newline="\n")

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
        for relpath in self.staged:
            target = self.out_dir / relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.stage / relpath, target)
        self.staged.clear()
        self.committed = True
        shutil.rmtree(self.stage, ignore_errors=True)

    def discard(self) -> None:
        for array in self.arrays:
            array.fh.close()
        self.arrays.clear()
        self.staged.clear()
        shutil.rmtree(self.stage, ignore_errors=True)
