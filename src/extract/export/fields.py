"""The columns of a record model, read from its pydantic fields: one logical type per field, the
same for every reader (pandas, Parquet, the data package).

A logical type is one of `string`, `integer`, `boolean`, `date`, `decimal` (an exact amount: a
JSON number of the older datasets, or the decimal text of `amounts` and `figures`), `array` and
`object` (nested records, kept nested).

>>> from kic_extract.typed.records import TableAmount
>>> cols = {c.name: c for c in columns(TableAmount)}
>>> cols["value"].kind, cols["value"].nullable, cols["bound"].kind, cols["bound"].enum
('decimal', False, 'string', ('min', 'max'))
>>> cols["page"].kind, cols["page"].nullable
('integer', True)
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, StringConstraints

from kic_extract.typed.records import DecimalText

#: the constraint that marks decimal text (`DecimalText`): such a string is an exact amount
_DECIMAL_TEXT = typing.get_args(DecimalText)[1]


@dataclass(frozen=True)
class Column:
    """One field of a record model as a column."""

    name: str
    kind: str                      # string, integer, boolean, date, decimal, array, object
    nullable: bool
    description: str | None
    enum: tuple[str, ...] | None   # the values a Literal field allows
    annotation: Any                # the field's type, for nested types (arrays and objects)


def _strip(tp) -> tuple[Any, list]:
    """The type under `Annotated`, and the metadata it carried."""
    meta: list = []
    while typing.get_origin(tp) is Annotated:
        args = typing.get_args(tp)
        tp, meta = args[0], meta + list(args[1:])
    return tp, meta


def _union_members(tp) -> tuple | None:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return typing.get_args(tp)
    return None


def split_optional(tp) -> tuple[Any, list, bool]:
    """(type without None, its metadata, whether None is allowed)."""
    tp, meta = _strip(tp)
    members = _union_members(tp)
    if members is None:
        return tp, meta, False
    rest = tuple(m for m in members if m is not type(None))
    nullable = len(rest) < len(members)
    if len(rest) == 1:
        inner, inner_meta = _strip(rest[0])
        return inner, meta + inner_meta, nullable
    return Union[rest], meta, nullable  # noqa: UP007 - rebuilt from a runtime tuple


def kind_of(tp, meta: list) -> tuple[str, tuple[str, ...] | None]:
    """The logical type of a (non-optional) annotation, and its allowed values for a Literal."""
    members = _union_members(tp)
    if members is not None:
        plain = {_strip(m)[0] for m in members}
        if plain == {int, float}:
            return "decimal", None
        raise TypeError(f"no column type for the union {tp!r}")
    if typing.get_origin(tp) is Literal:
        return "string", tuple(typing.get_args(tp))
    if tp is str:
        if any(isinstance(m, StringConstraints) and m == _DECIMAL_TEXT for m in meta):
            return "decimal", None
        return "string", None
    if tp is bool:
        return "boolean", None
    if tp is int:
        return "integer", None
    if tp is float:
        return "decimal", None
    if tp is dt.date:
        return "date", None
    if typing.get_origin(tp) is list:
        return "array", None
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return "object", None
    raise TypeError(f"no column type for {tp!r}")


def columns(model: type[BaseModel]) -> list[Column]:
    """The model's fields as columns, in the model's order."""
    out = []
    for name, info in model.model_fields.items():
        tp, meta, nullable = split_optional(info.annotation)
        kind, enum = kind_of(tp, meta + list(info.metadata))
        out.append(Column(name, kind, nullable, info.description, enum, tp))
    return out
