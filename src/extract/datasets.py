"""Load a dataset of `normalized/` as a pandas DataFrame with the types its model declares.

    from kic_extract import load
    gdp = load("gdp")                       # from normalized/gdp.json
    gdp["value"].iloc[0]                    # Decimal('114370000000000'), exact

Column types, the same for every dataset:

| declared | pandas dtype |
|---|---|
| text (and a fixed set of values) | `string` |
| whole number | `Int64` (nullable) |
| true/false | `boolean` (nullable) |
| date | `date32[pyarrow]` (values are `datetime.date`) |
| exact amount | `object` holding `decimal.Decimal` (or None) |
| list, nested record | `object` holding lists and dicts, amounts and dates inside converted too |

Exact amounts are read from the JSON without a binary float on the way (`json.loads` with
`parse_float=Decimal`): 9007199254740993 stays 9007199254740993. Tables whose records have no
natural key get `ordinal` (see `kic_extract.export.keys`); `load("glossary_refs")` gives the glossary's
references one per row.
"""

from __future__ import annotations

from pathlib import Path

from kic_extract.export.catalog import DatasetError, all_tables, read_table, table_columns

__all__ = ["DatasetError", "PANDAS_DTYPES", "load", "names"]

#: column kind → pandas dtype name (`date` is built from pyarrow, see `_dtype`)
PANDAS_DTYPES = {"string": "string", "integer": "Int64", "boolean": "boolean", "date": "date32[pyarrow]",
                 "decimal": "object", "array": "object", "object": "object"}


def names() -> list[str]:
    """Every dataset `load` can read, in the manifest's order, then the tables drawn from them."""
    return list(all_tables())


def _dtype(kind: str):
    import pandas as pd

    if kind == "date":
        import pyarrow as pa

        return pd.ArrowDtype(pa.date32())
    return PANDAS_DTYPES[kind]


def load(name: str, folder: str | Path = "normalized"):
    """The dataset `name` (`"sections"`, `"gdp"`, …) of `folder` as a pandas DataFrame, one column
    per field of its model, in the model's order, typed as the model declares.

    Raises KeyError for a name that is no dataset, FileNotFoundError for a missing file, and
    DatasetError (naming the file and the record) for a file that does not hold what its model
    declares."""
    import pandas as pd

    table = all_tables().get(name)
    rows = read_table(Path(folder), name)
    cols = table_columns(table)
    data = {}
    for col in cols:
        values = [row[col.name] for row in rows]
        dtype = _dtype(col.kind)
        if dtype == "object":
            series = pd.Series(values, dtype=object, name=col.name)
        else:
            series = pd.Series(pd.array(values, dtype=dtype), name=col.name)
        data[col.name] = series
    return pd.DataFrame(data, columns=[c.name for c in cols])
