"""Stage 4: typed datasets drawn from the sections and tables.

`TYPED_DATASETS` maps a dataset name to its record model and its builder. A builder takes a
`TypedContext` and returns (records, raw lines it read).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kic_extract.ingest import Line
from kic_extract.report import Report

from kic_extract.typed.companies import build_companies
from kic_extract.typed.counts import check_counts
from kic_extract.typed.gdp import build_gdp, check_gdp
from kic_extract.typed.icbc import build_icbc
from kic_extract.typed.indicators import build_indicators
from kic_extract.typed.records import Company, GdpFigure, IcbcBranch, Indicator, ListEntry, RegionFigure, TableAmount
from kic_extract.typed.lists import build_list_entries
from kic_extract.typed.prose_articles import build_figures
from kic_extract.typed.table_amounts import build_amounts


@dataclass(frozen=True, slots=True)
class TypedContext:
    """What a typed-dataset builder reads: one issue's sections and tables, and its raw lines."""

    issue_id: str
    sections: list[dict]
    tables: list[dict]
    report: Report
    lines: list[Line]
    issue_date: dt.date | None = None  # the masthead's date: what `올해` and a bare `9 월` are read from
    records: dict[str, list[dict]] = field(default_factory=dict)  # the datasets built so far, by name

    @property
    def issue_year(self) -> int | None:
        return self.issue_date.year if self.issue_date else None


#: checks run once every dataset is built: they warn and write nothing
CHECKS = (check_counts, check_gdp)

TYPED_DATASETS: dict = {
    "indicators": (Indicator, build_indicators),
    "icbc_branches": (IcbcBranch, build_icbc),
    "companies": (Company, build_companies),
    "gdp": (GdpFigure, build_gdp),
    "amounts": (TableAmount, build_amounts),
    "figures": (RegionFigure, build_figures),
    "list_entries": (ListEntry, build_list_entries),
}
