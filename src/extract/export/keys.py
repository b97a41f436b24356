"""Primary and foreign keys of every table the datasets give, and the tables drawn from them.

Most record types have a natural key (`section_id`, `table_id` + `row` + `column`, …). Where
the fields of a record do not identify it (two ICBC rows print the same number; a sentence can
state the same figure twice), the key is derived from stable fields: the issue, the raw line, and
`ordinal`, the record's 1-based position among the records of its dataset read from the same
line of the same issue, in the dataset's order. Outputs are written in a fixed order, so the
ordinal is the same on every run over the same inputs; it changes only when the extraction of
that line changes. The JSON datasets keep their fields: `ordinal` is added here, by the loaders
and the Parquet export alike.

>>> add_ordinal([{"line": 4}, {"line": 4}, {"line": 9}], ("line",))
[{'line': 4, 'ordinal': 1}, {'line': 4, 'ordinal': 2}, {'line': 9, 'ordinal': 1}]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from kic_extract.models import LineNo, Record, Text

ORDINAL = "ordinal"
ORDINAL_DESCRIPTION = ("1-based position among the records of this table read from the same line of the same "
                       "issue (for a glossary reference: of the same spelling), in file order; part of the key")


class GlossaryRef(Record):
    """One line a spelling of a glossary name was read from: `glossary.seen[].refs` as a table."""

    zh: Text = Field(description="the glossary entry's name core (simplified), its key")
    text: Text = Field(description="the spelling as the text writes it")
    form: Text = Field(description="the spelling's class: standard, sino, variant or other")
    issue_id: Text = Field(description="the issue the spelling was read in")
    line: LineNo = Field(description="the raw line it was read from")


def glossary_refs(entries: Iterable[dict]) -> list[dict]:
    """Every reference of every spelling of every glossary entry, one row each."""
    return [{"zh": e["zh"], "text": s["text"], "form": s["form"], "issue_id": r["issue_id"], "line": r["line"]}
            for e in entries for s in e["seen"] for r in s["refs"]]


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Keys:
    primary: tuple[str, ...]
    foreign: tuple[ForeignKey, ...] = ()
    ordinal_over: tuple[str, ...] | None = None  # add `ordinal` counting the rows that share these fields


def _fk(fields: str, table: str, reference: str | None = None) -> ForeignKey:
    return ForeignKey(tuple(fields.split()), table, tuple((reference or fields).split()))


_TO_ISSUE = _fk("issue_id", "issues")
_TO_SECTION = _fk("section_id", "sections")
_TO_TABLE = _fk("table_id", "tables")

#: table name → its keys; every dataset must have an entry (tests check it)
KEYS: dict[str, Keys] = {
    "issues": Keys(("issue_id",)),
    "sections": Keys(("section_id",), (_TO_ISSUE,)),
    "tables": Keys(("table_id",), (_TO_ISSUE, _TO_SECTION)),
    "indicators": Keys(("table_id", "line", "year"), (_TO_ISSUE, _TO_TABLE)),
    "icbc_branches": Keys(("issue_id", "line", ORDINAL), (_TO_ISSUE, _TO_SECTION, _TO_TABLE),
                          ordinal_over=("issue_id", "line")),
    "companies": Keys(("table_id",), (_TO_ISSUE, _TO_SECTION, _TO_TABLE)),
    "gdp": Keys(("issue_id", "line", ORDINAL), (_TO_ISSUE, _TO_SECTION), ordinal_over=("issue_id", "line")),
    "amounts": Keys(("table_id", "row", "column"), (_TO_ISSUE, _TO_TABLE)),
    "figures": Keys(("issue_id", "line", ORDINAL), (_TO_ISSUE, _TO_SECTION), ordinal_over=("issue_id", "line")),
    "list_entries": Keys(("table_id", "row", "column"), (_TO_ISSUE, _TO_SECTION, _TO_TABLE)),
    "glossary": Keys(("zh",)),
    "glossary_refs": Keys(("zh", "text", "issue_id", "line", ORDINAL), (_fk("zh", "glossary"), _TO_ISSUE),
                          ordinal_over=("zh", "text", "issue_id", "line")),
}


@dataclass(frozen=True)
class Table:
    """A table of the export: the dataset it is read from, its row model, how rows are drawn."""

    name: str
    dataset: str
    model: type[BaseModel]
    keys: Keys
    rows: Callable[[list[dict]], list[dict]] = field(default=list)


def add_ordinal(rows: list[dict], over: tuple[str, ...]) -> list[dict]:
    """Each row with `ordinal`: its 1-based position among the rows sharing the fields `over`."""
    seen: Counter = Counter()
    out = []
    for row in rows:
        group = tuple(row[f] for f in over)
        seen[group] += 1
        out.append({**row, ORDINAL: seen[group]})
    return out


def tables(datasets: dict[str, type[BaseModel]]) -> list[Table]:
    """The tables drawn from the datasets (name → record model): one per dataset, and the
    glossary's references. Raises KeyError naming a dataset that has no declared key."""
    missing = [name for name in datasets if name not in KEYS]
    if missing:
        raise KeyError(f"no primary key declared for {', '.join(missing)} (extract/export/keys.py KEYS)")
    out = [Table(name, name, model, KEYS[name]) for name, model in datasets.items()]
    if "glossary" in datasets:
        out.append(Table("glossary_refs", "glossary", GlossaryRef, KEYS["glossary_refs"], glossary_refs))
    return out


def table_rows(table: Table, records: list[dict]) -> list[dict]:
    """The table's rows from its dataset's records, with `ordinal` where the key needs it."""
    rows = table.rows(records)
    if table.keys.ordinal_over:
        rows = add_ordinal(rows, table.keys.ordinal_over)
    return rows
