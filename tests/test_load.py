"""`kic_extract.load`: every dataset as a pandas DataFrame typed as its model declares, amounts exact."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from decimal import Decimal

import pandas as pd
import pyarrow as pa
import pytest

from kic_extract import load
from kic_extract.datasets import PANDAS_DTYPES, names
from kic_extract.export.catalog import DatasetError, all_tables, table_columns

from conftest import BIG


def _expected_dtype(kind: str):
    return pd.ArrowDtype(pa.date32()) if kind == "date" else pd.api.types.pandas_dtype(PANDAS_DTYPES[kind])


@pytest.mark.parametrize("name", list(all_tables()))
def test_every_column_has_the_declared_dtype(out_dir, name):
    df = load(name, out_dir)
    cols = table_columns(all_tables()[name])
    assert list(df.columns) == [c.name for c in cols]
    for col in cols:
        assert df[col.name].dtype == _expected_dtype(col.kind), (name, col.name, df[col.name].dtype)


def test_values_read_as_a_person_reads_them(out_dir):
    issue = load("issues", out_dir).iloc[0]
    assert issue["date"] == dt.date(2022, 2, 23) and issue["number"] == 268
    companies = load("companies", out_dir)
    catl = companies[companies["name"] == "CATL"].iloc[0]
    assert catl["founded"] == dt.date(2011, 12, 16)
    assert pd.isna(catl["page"]) and companies["page"].dtype == "Int64"
    gdp = load("gdp", out_dir)
    national = gdp[(gdp["metric"] == "gdp") & (gdp["region_zh"] == "全国")].iloc[0]
    assert national["value"] == Decimal("114370000000000") and isinstance(national["value"], Decimal)
    indicators = load("indicators", out_dir)
    first = indicators.iloc[0]
    assert first["value"] == Decimal("7.8") and str(first["value"]) == "7.8"
    amounts = load("amounts", out_dir)
    software = amounts[(amounts["row_label"] == "소프트웨어 정보기술 서비스업 규모(조 위안)") & (amounts["column"] == 2)]
    assert software["value"].tolist() == [Decimal("8160000000000")]
    sections = load("sections", out_dir)
    assert sections["category_inferred"].dtype == "boolean" and sections["category_inferred"].tolist() == [False] * 8 + [True] * 3
    assert sections["blocks"].iloc[0][0]["kind"] == "paragraph"


def test_names_lists_every_dataset_and_derived_table():
    assert names()[:3] == ["issues", "sections", "tables"]
    assert {"gdp", "amounts", "figures", "glossary", "glossary_refs"} <= set(names())


def test_a_value_above_2_to_the_53_survives(big_values):
    assert float(BIG) != BIG  # the value a float reader would give is another number
    assert load("gdp", big_values)["value"].iloc[0] == Decimal(BIG)
    assert str(load("amounts", big_values)["value"].iloc[0]) == "9007199254740993.5"


def test_a_json_fraction_is_not_passed_through_a_float(out_dir, tmp_path):
    folder = tmp_path / "normalized"
    shutil.copytree(out_dir, folder)
    path = folder / "indicators.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"value": 7.8,', '"value": 0.1000000000000000055511,', 1),
                    encoding="utf-8")
    assert str(load("indicators", folder)["value"].iloc[0]) == "0.1000000000000000055511"


def test_unknown_dataset_and_missing_file_are_named(out_dir, tmp_path):
    with pytest.raises(KeyError, match="no dataset 'gpd'"):
        load("gpd", out_dir)
    with pytest.raises(FileNotFoundError):
        load("gdp", tmp_path)


def _edited_copy(out_dir, tmp_path, dataset: str, edit) -> tuple:
    """A copy of the output whose `dataset` records went through `edit`; (folder, path, records)."""
    folder = tmp_path / "normalized"
    shutil.copytree(out_dir, folder)
    path = folder / f"{dataset}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    edit(records)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return folder, path, records


def test_a_record_that_breaks_its_model_is_named(out_dir, tmp_path):
    def edit(records):
        records[1]["founded"] = "16 December 2011"
        del records[2]["homepage"]

    folder, path, records = _edited_copy(out_dir, tmp_path, "companies", edit)
    with pytest.raises(DatasetError, match=r"companies\.json: record 1: .*16 December 2011"):
        load("companies", folder)
    records[1]["founded"] = None
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"companies\.json: record 2: no field homepage"):
        load("companies", folder)


def test_a_field_the_model_does_not_know_is_refused(out_dir, tmp_path):
    folder, _, _ = _edited_copy(out_dir, tmp_path, "gdp", lambda records: records[4].update(valeu=1))
    with pytest.raises(DatasetError, match=r"gdp\.json: record 4: valeu: Extra inputs are not permitted"):
        load("gdp", folder)
