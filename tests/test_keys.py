"""Every table has a declared primary key that is unique, and every foreign key finds its row:
on the shipped issue and on the evaluation corpus run through the pipeline."""

from __future__ import annotations

import shutil

import pytest

from kic_extract.export.catalog import all_tables, dataset_models, read_table
from kic_extract.export.keys import KEYS, ORDINAL, add_ordinal
from kic_extract.runner import run

from conftest import ROOT, SHIPPED

CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    """The shipped issue and the corpus issues (text) extracted together."""
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    raw.mkdir()
    for path in [SHIPPED, *CORPUS]:
        shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("corpus-normalized")
    assert run(raw, out, jobs=2, progress=False) == 0
    return out


def _rows(folder) -> dict[str, list[dict]]:
    return {name: read_table(folder, name) for name in all_tables()}


def _key(row: dict, fields) -> tuple:
    return tuple(row[f] for f in fields)


def _check_keys(rows: dict[str, list[dict]]) -> dict[str, int]:
    """Assert uniqueness and referential integrity; return the rows checked per table."""
    tables = all_tables()
    index = {name: {_key(r, tables[name].keys.primary) for r in rows[name]} for name in rows}
    for name, table_rows in rows.items():
        keys = tables[name].keys
        seen = [_key(r, keys.primary) for r in table_rows]
        assert all(None not in k for k in seen), f"{name}: a primary key field is null"
        dups = {k for k in seen if seen.count(k) > 1}
        assert not dups, f"{name}: duplicate primary keys {sorted(dups)[:3]}"
        for fk in keys.foreign:
            target = {tuple(k[tables[fk.table].keys.primary.index(f)] for f in fk.reference) for k in index[fk.table]}
            for r in table_rows:
                value = _key(r, fk.fields)
                if None in value:
                    continue
                assert value in target, f"{name}.{','.join(fk.fields)} = {value} has no row in {fk.table}"
    return {name: len(r) for name, r in rows.items()}


def test_every_dataset_declares_a_primary_key_of_its_own_fields():
    for name, model in dataset_models().items():
        assert name in KEYS, f"{name} has no declared key"
        fields = set(model.model_fields) | ({ORDINAL} if KEYS[name].ordinal_over else set())
        assert set(KEYS[name].primary) <= fields, name
        for fk in KEYS[name].foreign:
            assert set(fk.fields) <= fields, (name, fk)


def test_keys_and_foreign_keys_hold_on_the_shipped_issue(out_dir):
    counts = _check_keys(_rows(out_dir))
    # the counts a reader finds in the shipped issue: 11 articles, 8 tables, 27 ICBC rows, 5 cards
    assert counts["sections"] == 11 and counts["tables"] == 8
    assert counts["icbc_branches"] == 27 and counts["companies"] == 5


def test_keys_and_foreign_keys_hold_on_the_corpus(corpus_out):
    counts = _check_keys(_rows(corpus_out))
    assert counts["issues"] == 1 + len(CORPUS)
    assert all(counts[name] > 0 for name in ("sections", "tables", "amounts", "figures", "glossary_refs"))


def test_duplicate_natural_keys_get_ordinals(out_dir):
    """ICBC prints the number 3 on two rows; a sentence states 8.2% for the country twice: the
    derived key tells them apart by line and ordinal."""
    icbc = read_table(out_dir, "icbc_branches")
    threes = [r for r in icbc if r["role"] == "service_center" and r["seq"] == 3]
    assert len(threes) == 2 and len({(r["line"], r["ordinal"]) for r in threes}) == 2
    figures = read_table(out_dir, "figures")
    twice = [r for r in figures if r["line"] == 156 and r["raw"] == "8.2%" and r["region_ko"] == "중국"]
    assert len(twice) == 2 and twice[0][ORDINAL] < twice[1][ORDINAL]
    on_line = [r[ORDINAL] for r in figures if r["issue_id"] == twice[0]["issue_id"] and r["line"] == 156]
    assert on_line == list(range(1, len(on_line) + 1))


def test_glossary_references_are_one_row_each(out_dir, data):
    refs = read_table(out_dir, "glossary_refs")
    assert len(refs) == sum(len(s["refs"]) for e in data["glossary"] for s in e["seen"])
    beijing = [r for r in refs if r["zh"] == "北京" and r["line"] == 392]
    assert [r[ORDINAL] for r in beijing] == list(range(1, len(beijing) + 1)) and len(beijing) >= 2


def test_ordinal_counts_within_the_group_in_order():
    rows = [{"issue_id": "a", "line": 3}, {"issue_id": "b", "line": 3}, {"issue_id": "a", "line": 3}]
    assert [r[ORDINAL] for r in add_ordinal(rows, ("issue_id", "line"))] == [1, 1, 2]


def test_keys_and_foreign_keys_hold_on_the_committed_output():
    counts = _check_keys(_rows(ROOT / "normalized"))
    assert counts["issues"] == 1 and counts["gdp"] > 0
