"""Parquet files written with pyarrow from the record models.

Arrow types by column kind: text `string`, whole numbers `int64`, true/false `bool`, dates
`date32`, exact amounts `decimal128(38, 6)` (an amount needing more than 6 decimal places, or more
than 32 digits before the point, stops the export with the record named: nothing is rounded),
lists `list<…>` and nested records `struct<…>` of the same types. A column the model declares
non-null is a non-nullable Arrow field. Each field's description is kept in its metadata.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from kic_extract.export.fields import kind_of, split_optional

DECIMAL_PRECISION = 38
DECIMAL_SCALE = 6

_SCALARS = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32(),
            "decimal": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)}


def arrow_type(annotation, meta: list | None = None) -> pa.DataType:
    """The Arrow type of a model field's annotation.

    >>> from kic_extract.models import Block
    >>> arrow_type(list[int])
    ListType(list<item: int64>)
    >>> arrow_type(Block).field("level").type
    DataType(int64)
    """
    tp, inner_meta, _ = split_optional(annotation)
    kind, _ = kind_of(tp, (meta or []) + inner_meta)
    if kind == "array":
        (item,) = tp.__args__
        return pa.list_(arrow_type(item))
    if kind == "object":
        return pa.struct(model_fields(tp))
    return _SCALARS[kind]


def model_fields(model: type[BaseModel]) -> list[pa.Field]:
    """Arrow fields of a nested record model."""
    out = []
    for name, info in model.model_fields.items():
        _, _, nullable = split_optional(info.annotation)
        out.append(pa.field(name, arrow_type(info.annotation, list(info.metadata)), nullable=nullable,
                            metadata={"description": info.description} if info.description else None))
    return out


def arrow_schema(columns) -> pa.Schema:
    """The Arrow schema of a table's columns (`kic_extract.export.fields.Column`)."""
    return pa.schema([pa.field(c.name, arrow_type(c.annotation) if c.kind in ("array", "object") else _SCALARS[c.kind],
                               nullable=c.nullable,
                               metadata={"description": c.description} if c.description else None)
                      for c in columns])


def arrow_table(columns, rows: list[dict], where: str) -> pa.Table:
    """The typed rows as an Arrow table; raises ValueError naming `where` and the column when a
    value does not fit its type (an amount with more decimal places than the scale)."""
    schema = arrow_schema(columns)
    arrays = []
    for field in schema:
        values = [row[field.name] for row in rows]
        try:
            arrays.append(pa.array(values, type=field.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
            raise ValueError(f"{where}: column {field.name}: {exc}") from None
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one table; the same rows give the same bytes."""
    pq.write_table(table, path, compression="zstd", store_schema=True, write_statistics=True)
