"""A Frictionless data package (`datapackage.json`) describing the Parquet files: one resource
per table with its fields' types, descriptions and allowed values, its primary key and its
foreign keys, so that any tool reading Table Schema knows the types without this project's code.

Table Schema types by column kind: `string`, `integer`, `boolean`, `date`, `number` (an exact
amount: Parquet `decimal128(38, 6)`), `array` (a list, of scalars or of records) and `object`.
"""

from __future__ import annotations

from kic_extract.export.catalog import table_columns
from kic_extract.export.keys import Table
from kic_extract.export.parquet import DECIMAL_PRECISION, DECIMAL_SCALE

PROFILE = "tabular-data-package"
_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "date": "date", "decimal": "number",
          "array": "array", "object": "object"}


def field_descriptor(column) -> dict:
    """One Table Schema field."""
    out: dict = {"name": column.name, "type": _TYPES[column.kind]}
    description = column.description or ""
    if column.kind == "decimal":
        description = (description + " " if description else "") + \
            f"(exact: Parquet decimal128({DECIMAL_PRECISION}, {DECIMAL_SCALE}))"
    if description:
        out["description"] = description
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        out["constraints"] = constraints
    return out


def resource_descriptor(table: Table) -> dict:
    """One tabular resource: the table's Parquet file and its schema with keys."""
    keys = table.keys
    schema: dict = {"fields": [field_descriptor(c) for c in table_columns(table)],
                    "primaryKey": list(keys.primary)}
    if keys.foreign:
        schema["foreignKeys"] = [{"fields": list(fk.fields),
                                  "reference": {"resource": fk.table, "fields": list(fk.reference)}}
                                 for fk in keys.foreign]
    doc = (table.model.__doc__ or "").strip()
    described = {"description": doc.splitlines()[0]} if doc and table.name != table.dataset else {}
    return {"name": table.name, "path": f"{table.name}.parquet", "profile": "tabular-data-resource",
            "format": "parquet", "mediatype": "application/vnd.apache.parquet", **described,
            "schema": schema}


def package_descriptor(tables: list[Table], tool_version: str, contract_version: str) -> dict:
    """The whole data package; foreign keys only to tables that are part of it."""
    present = {t.name for t in tables}
    resources = []
    for table in tables:
        res = resource_descriptor(table)
        fks = [fk for fk in res["schema"].get("foreignKeys", []) if fk["reference"]["resource"] in present]
        if fks:
            res["schema"]["foreignKeys"] = fks
        else:
            res["schema"].pop("foreignKeys", None)
        resources.append(res)
    return {
        "profile": PROFILE,
        "name": "kic-china-weekly",
        "title": "주간 중국 창업 (KIC 중국): typed datasets",
        "description": "The datasets of normalized/ as Parquet, generated from the record models; "
                       "normalized/*.json is the canonical form (docs/contract.md).",
        "version": contract_version,
        "kic_extract_version": tool_version,
        "resources": resources,
    }
