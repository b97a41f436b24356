"""The Parquet export and its Frictionless data package: types from the models, exact amounts,
keys validated by the frictionless library, byte-identical re-runs, an all-or-nothing swap."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from frictionless import Package, Resource, Schema

from kic_extract.export.catalog import DatasetError, all_tables, table_columns
from kic_extract.export.write import export

from conftest import BIG, ROOT



@pytest.fixture()
def exported(out_dir, tmp_path):
    folder = tmp_path / "normalized"
    shutil.copytree(out_dir, folder)
    export(folder)
    return folder


def _bytes(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_one_parquet_file_per_table_and_a_datapackage(exported):
    files = sorted(p.name for p in (exported / "parquet").iterdir())
    assert files == sorted(["datapackage.json", *(f"{name}.parquet" for name in all_tables())])
    assert not [p.name for p in exported.iterdir() if p.name.startswith(".")]  # no staging left


def test_parquet_types_are_the_declared_ones(exported):
    expect = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32(),
              "decimal": pa.decimal128(38, 6)}
    for name, table in all_tables().items():
        schema = pq.read_schema(exported / "parquet" / f"{name}.parquet")
        cols = table_columns(table)
        assert schema.names == [c.name for c in cols], name
        for col in cols:
            field = schema.field(col.name)
            assert field.nullable == col.nullable, (name, col.name)
            if col.kind in expect:
                assert field.type == expect[col.kind], (name, col.name, field.type)
            elif col.kind == "array":
                assert pa.types.is_list(field.type), (name, col.name)
    sections = pq.read_schema(exported / "parquet" / "sections.parquet")
    block = sections.field("blocks").type.value_type
    assert block.field("level").type == pa.int64() and block.field("text").type == pa.string()
    assert sections.field("section_id").metadata[b"description"].startswith(b"the issue id and the article")


def test_parquet_values_equal_the_json(exported):
    gdp = pq.read_table(exported / "parquet" / "gdp.parquet").to_pylist()
    records = json.loads((exported / "gdp.json").read_text(encoding="utf-8"))
    assert len(gdp) == len(records)
    assert [r["value"] for r in gdp] == [None if r["value"] is None else Decimal(str(r["value"])) for r in records]
    issues = pq.read_table(exported / "parquet" / "issues.parquet").to_pylist()
    assert str(issues[0]["date"]) == "2022-02-23" and issues[0]["toc"][0]["section_id"] == "kic-china-weekly-268/s01"


def test_a_value_above_2_to_the_53_survives_parquet(big_values):
    folder = big_values
    export(folder)
    assert pq.read_table(folder / "parquet" / "gdp.parquet")["value"][0].as_py() == Decimal(BIG)
    assert str(pq.read_table(folder / "parquet" / "amounts.parquet")["value"][0].as_py()) == "9007199254740993.500000"


def test_an_amount_finer_than_the_scale_stops_the_export_and_keeps_the_previous_one(exported):
    before = _bytes(exported / "parquet")
    path = exported / "amounts.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    records[3]["value"] = "1.0000001"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=r"amounts\.json: column value"):
        export(exported)
    assert _bytes(exported / "parquet") == before
    assert not [p.name for p in exported.iterdir() if p.name.startswith(".")]


def test_a_broken_dataset_is_named_and_nothing_replaced(exported):
    before = _bytes(exported / "parquet")
    (exported / "figures.json").write_text('[{"issue_id": "x"', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"figures\.json: line 1: not JSON"):
        export(exported)
    assert _bytes(exported / "parquet") == before


def test_reexport_is_byte_identical(exported):
    first = _bytes(exported / "parquet")
    export(exported)
    assert _bytes(exported / "parquet") == first


def test_the_command_writes_the_export(out_dir, tmp_path):
    folder = tmp_path / "normalized"
    shutil.copytree(out_dir, folder)
    done = subprocess.run([sys.executable, "-m", "kic_extract.export", str(folder)], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (folder / "parquet" / "datapackage.json").is_file()
    missing = subprocess.run([sys.executable, "-m", "kic_extract.export", str(tmp_path / "nowhere")], capture_output=True,
                             text=True, cwd=ROOT)
    assert missing.returncode == 1 and "manifest.json: no manifest" in missing.stderr


def test_datapackage_declares_keys_and_types(exported):
    descriptor = json.loads((exported / "parquet" / "datapackage.json").read_text(encoding="utf-8"))
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == manifest["schema_version"]
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert resources["sections"]["schema"]["primaryKey"] == ["section_id"]
    assert {"fields": ["section_id"], "reference": {"resource": "sections", "fields": ["section_id"]}} in \
        resources["tables"]["schema"]["foreignKeys"]
    assert resources["gdp"]["schema"]["primaryKey"] == ["issue_id", "line", "ordinal"]
    value = next(f for f in resources["amounts"]["schema"]["fields"] if f["name"] == "value")
    assert value["type"] == "number" and "decimal128(38, 6)" in value["description"]
    bound = next(f for f in resources["gdp"]["schema"]["fields"] if f["name"] == "bound")
    assert bound["constraints"] == {"enum": ["min", "max"]}
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            assert field.get("description"), (resource["name"], field["name"])


def _package_from_parquet(folder) -> Package:
    """The data package with each resource's rows read from its Parquet file by pyarrow.

    frictionless reads Parquet through pandas, which turns a null in an integer column into NaN
    and a list into a numpy array; its validation is run on the rows as Parquet holds them."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resources = [Resource(name=r["name"], data=pq.read_table(folder / r["path"]).to_pylist(),
                          schema=Schema.from_descriptor(r["schema"])) for r in descriptor["resources"]]
    return Package(resources=resources)


def test_frictionless_validates_the_package(exported):
    descriptor = json.loads((exported / "parquet" / "datapackage.json").read_text(encoding="utf-8"))
    assert [e.message for e in Package.metadata_validate(descriptor)] == []
    report = _package_from_parquet(exported / "parquet").validate()
    assert report.valid, [(task.name, error.message) for task in report.tasks for error in task.errors][:5]
    assert {t.name: t.stats["rows"] for t in report.tasks}["sections"] == 11


def test_frictionless_finds_an_orphan_and_a_duplicate_key(exported):
    folder = exported / "parquet"
    tables = pq.read_table(folder / "tables.parquet")
    section = tables.column("section_id").to_pylist()
    section[0] = "kic-china-weekly-268/s99"
    pq.write_table(tables.set_column(tables.schema.get_field_index("section_id"),
                                     tables.schema.field("section_id"), pa.array(section)), folder / "tables.parquet")
    amounts = pq.read_table(folder / "amounts.parquet")
    pq.write_table(pa.concat_tables([amounts, amounts.slice(0, 1)]), folder / "amounts.parquet")
    report = _package_from_parquet(folder).validate()
    errors = {(task.name, error.type) for task in report.tasks for error in task.errors}
    assert ("tables", "foreign-key") in errors and ("amounts", "primary-key") in errors


def _properties(schema: dict):
    """Every (where, property schema) of a JSON Schema, in its $defs too."""
    for where, node in [("", schema), *schema.get("$defs", {}).items()]:
        for name, prop in node.get("properties", {}).items():
            yield f"{where}.{name}", prop


def test_every_committed_schema_has_an_id_and_describes_every_field():
    manifest = json.loads((ROOT / "normalized" / "manifest.json").read_text(encoding="utf-8"))
    paths = sorted((ROOT / "normalized" / "schema").glob("*.schema.json"))
    assert {p.name.split(".")[0] for p in paths} == {*manifest["datasets"], "manifest"}
    for path in paths:
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:kic-extract:contract:{manifest['schema_version']}:{path.name}"
        if schema.get("type") == "array":  # a dataset: its records are described in $defs
            assert schema["items"]["$ref"].startswith("#/$defs/")
        undescribed = [where for where, prop in _properties(schema) if not prop.get("description")]
        assert not undescribed, f"{path.name}: {undescribed}"


def test_version_names_the_tool_and_the_contract():
    from kic_extract import __version__
    from kic_extract.models import SCHEMA_VERSION

    done = subprocess.run([sys.executable, "-m", "kic_extract", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0
    assert done.stdout == f"kic-extract {__version__} (output contract {SCHEMA_VERSION})\n"
    usage = subprocess.run([sys.executable, "-m", "kic_extract", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert usage.stdout.startswith("usage: kic-extract ")
