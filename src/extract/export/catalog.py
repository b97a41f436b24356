"""The tables of an output folder: which exist, their columns, and their rows read exactly.

A dataset file is parsed with `json.loads(parse_float=Decimal)`, so no number passes through a
binary float; every column the models declare an exact amount becomes `Decimal` (from a JSON
number or from decimal text), every date a `datetime.date`, nested records are converted the
same way inside.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import BaseModel, ValidationError

from kic_extract.export.fields import Column, columns, kind_of, split_optional
from kic_extract.export.keys import ORDINAL, ORDINAL_DESCRIPTION, Table, table_rows, tables


class DatasetError(ValueError):
    """A dataset file that cannot be read as its model declares; the message names file and record."""


def dataset_models() -> dict[str, type[BaseModel]]:
    """Every dataset the pipeline writes, name → record model, in the manifest's order."""
    from kic_extract.names.records import GlossaryEntry
    from kic_extract.pipeline import DATASETS

    return {**DATASETS, "glossary": GlossaryEntry}


def all_tables() -> dict[str, Table]:
    """Every table of the export by name: the datasets and the tables drawn from them."""
    return {t.name: t for t in tables(dataset_models())}


def table_columns(table: Table) -> list[Column]:
    """The table's columns: its model's fields, then `ordinal` when its key needs one."""
    cols = columns(table.model)
    if table.keys.ordinal_over:
        cols.append(Column(ORDINAL, "integer", False, ORDINAL_DESCRIPTION, None, int))
    return cols


def _decimal(value) -> Decimal:
    if isinstance(value, bool):
        raise TypeError(f"{value!r} is not an amount")
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{value!r} is not decimal text") from None
    raise TypeError(f"{value!r} is not an amount")


def convert(value, annotation, meta: list | None = None):
    """A JSON value as the annotation declares it: amounts as Decimal, dates as date, nested
    records and lists converted inside; None stays None.

    >>> from kic_extract.typed.records import Number
    >>> convert(9007199254740993, Number | None)
    Decimal('9007199254740993')
    >>> convert("2011-12-16", dt.date | None)
    datetime.date(2011, 12, 16)
    """
    if value is None:
        return None
    tp, inner_meta, _ = split_optional(annotation)
    kind, _ = kind_of(tp, (meta or []) + inner_meta)
    if kind == "decimal":
        return _decimal(value)
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if kind == "array":
        (item,) = tp.__args__
        return [convert(v, item) for v in value]
    if kind == "object":
        return {name: convert(value.get(name), info.annotation, list(info.metadata))
                for name, info in tp.model_fields.items()}
    return value


def check_complete(folder: Path) -> None:
    """Raise DatasetError when a run's publish into folder is under way or was cut short: its
    files may then come from two runs (the next run restores the previous set)."""
    from kic_extract.publish import interrupted
    from kic_extract.write import STAGING_PREFIX

    cut = interrupted(Path(folder), STAGING_PREFIX)
    if cut:
        raise DatasetError(f"{folder}: a run is putting its outputs in place, or was stopped while doing so "
                           f"({cut[0].name}); wait for it, or run the pipeline again to restore a complete set")


def read_dataset(folder: Path, dataset: str) -> list[dict]:
    """The records of `<folder>/<dataset>.json`, numbers parsed exactly; refused while the folder
    holds an incomplete publish."""
    check_complete(folder)
    path = Path(folder) / f"{dataset}.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None
    if not isinstance(records, list):
        raise DatasetError(f"{path}: a dataset is a JSON array of records")
    return records


def typed_rows(table: Table, records: list[dict], path: str = "") -> list[dict]:
    """The table's rows with every value converted to its declared type."""
    cols = table_columns(table)
    fields = table.model.model_fields
    path = path or table.dataset
    try:
        rows = table_rows(table, records)
    except (KeyError, TypeError) as exc:
        raise DatasetError(f"{path}: its records do not give the {table.name} table: missing {exc}") from None
    what = "record" if table.name == table.dataset else f"{table.name} row"
    out = []
    for k, row in enumerate(rows):
        missing = [c.name for c in cols if c.name not in row]
        if missing:
            raise DatasetError(f"{path}: {what} {k}: no field {', '.join(missing)}")
        try:
            table.model.model_validate({key: value for key, value in row.items() if key != ORDINAL})
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"]))
            raise DatasetError(f"{path}: {what} {k}: {where}: {first['msg']} "
                               f"(got {first['input']!r})") from None
        try:
            out.append({c.name: convert(row[c.name], fields[c.name].annotation, list(fields[c.name].metadata))
                        if c.name in fields else row[c.name] for c in cols})
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"{path}: {what} {k}: {exc}") from None
    return out


def read_table(folder: Path, name: str) -> list[dict]:
    """The rows of one table of the output folder, typed."""
    known = all_tables()
    if name not in known:
        raise KeyError(f"no dataset {name!r}; there are {', '.join(known)}")
    table = known[name]
    return typed_rows(table, read_dataset(folder, table.dataset), str(Path(folder) / f"{table.dataset}.json"))
