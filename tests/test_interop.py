"""The Parquet export reads with the same, declared types in polars and DuckDB as in pyarrow and
`load`: every column of every table, the exact amounts, and a text run and a PDF run whose tables
stack without a cast."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from kic_extract.export.catalog import all_tables, table_columns
from kic_extract.export.write import export
from kic_extract.runner import run

from conftest import BIG, ROOT

pl = pytest.importorskip("polars")
duckdb = pytest.importorskip("duckdb")

#: declared kind → (polars type name, DuckDB type name)
TYPES = {"string": ("String", "VARCHAR"), "integer": ("Int64", "BIGINT"), "boolean": ("Boolean", "BOOLEAN"),
         "date": ("Date", "DATE"), "decimal": ("Decimal(precision=38, scale=6)", "DECIMAL(38,6)")}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The shipped issue (text) and the PDF sample, each run and exported into its own folder."""
    folders = {}
    for kind, source in (("text", ROOT / "raw" / "kic-china-weekly-268.txt"),
                         ("pdf", ROOT / "tests" / "data" / "pdf" / "sample.reportlab.pdf")):
        raw = tmp_path_factory.mktemp(kind) / "raw"
        raw.mkdir()
        shutil.copy(source, raw / f"kic-china-weekly-{kind}{source.suffix}")
        out = raw.parent / "normalized"
        assert run(raw, out, jobs=1, progress=False) == 0
        export(out)
        folders[kind] = out / "parquet"
    return folders


@pytest.mark.parametrize("name", list(all_tables()))
def test_polars_and_duckdb_read_the_declared_types(exported, name):
    path = exported["text"] / f"{name}.parquet"
    polars_types = {col: str(dtype) for col, dtype in pl.read_parquet(path).schema.items()}
    duck_types = {row[0]: row[1] for row in duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    for col in table_columns(all_tables()[name]):
        if col.kind in TYPES:
            assert (polars_types[col.name], duck_types[col.name]) == TYPES[col.kind], (name, col.name)
        elif col.kind == "array":
            assert polars_types[col.name].startswith("List(") and duck_types[col.name].endswith("[]"), (name, col.name)


@pytest.mark.parametrize("name", list(all_tables()))
def test_a_text_run_and_a_pdf_run_stack_without_a_cast(exported, name):
    text = pl.read_parquet(exported["text"] / f"{name}.parquet")
    pdf = pl.read_parquet(exported["pdf"] / f"{name}.parquet")
    assert text.schema == pdf.schema, name
    assert pl.concat([text, pdf]).height == text.height + pdf.height


def test_a_value_above_2_to_the_53_survives_polars_and_duckdb(big_values):
    export(big_values)
    gdp, amounts = (big_values / "parquet" / f"{name}.parquet" for name in ("gdp", "amounts"))
    assert pl.read_parquet(gdp)["value"][0] == Decimal(BIG)
    assert duckdb.sql(f"SELECT value FROM '{gdp}' LIMIT 1").fetchall()[0][0] == Decimal(BIG)
    assert str(duckdb.sql(f"SELECT value FROM '{amounts}' LIMIT 1").fetchall()[0][0]) == f"{BIG}.500000"
