"""Models of the typed datasets (the contract's indicators, icbc_branches, companies, gdp)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from kic_extract.models import ISSUE_ID, RAW_LINE, SECTION_ID, TABLE_ID, LineNo, Page, Record, Spanned, Text

PDF_PAGE = Field(default=None, description="the PDF page the record was read from (null for text input)")

Number = int | float
Bound = Literal["min", "max"] | None


class Indicator(Record):
    table_id: Text = Field(description=TABLE_ID)
    issue_id: Text = Field(description=ISSUE_ID)
    n: Annotated[int, Field(ge=1)] = Field(description="the row's printed number, or its position when unnumbered")
    group: Text | None = Field(description="the `유형` column, filled down over merged cells")
    indicator: Text = Field(description="the indicator's name without its header unit or `*` mark")
    year: Annotated[int, Field(ge=1900, le=2100)] = Field(description="the year of the column")
    year_label: Text = Field(description="the year's column header as printed (`2027년(E)`: an estimate)")
    value: Number | None = Field(description="the value in base units (the header unit applied); null when the cell "
                                             "gives none")
    unit: Text | None = Field(description="the base unit (`%`, `위안`, `가구` …)")
    header_unit: Text | None = Field(description="the unit printed after the name, e.g. `억 가구`, that scales the values")
    raw: Text | None = Field(description="the cell as printed")
    approx: bool = Field(description="true for 약")
    bound: Bound = Field(description="`min` for 이상/초과/돌파/넘어, `max` for 이하/미만")
    cumulative: bool = Field(description="a `*` row the table's note marks cumulative")
    status: Text | None = Field(description="the `속성` column, or the status the table's note gives every row")
    line: LineNo = Field(description="the row's raw line")
    page: Page | None = PDF_PAGE


class IcbcBranch(Record):
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description=SECTION_ID)
    table_id: Text | None = Field(description="the table the row is read from; null for incubators, read from the "
                                              "prose")
    role: Literal["service_center", "incubator"] = Field(description="service_center (a row of the table) or incubator "
                                                                     "(a zone listed in the prose)")
    seq: Annotated[int, Field(ge=1)] = Field(description="the row's printed number, or the position in the prose list")
    bank_branch_ko: Text | None = Field(description="the ICBC branch, in Korean")
    bank_branch_zh: Text | None = Field(description="the ICBC branch, in Chinese")
    zone_ko: Text = Field(description="the high-tech zone served, in Korean")
    zone_zh: Text | None = Field(description="the zone, in Chinese")
    sub_branch_ko: Text | None = Field(description="the sub-branch serving the zone, in Korean")
    sub_branch_zh: Text | None = Field(description="the sub-branch, in Chinese")
    line: LineNo = Field(description=RAW_LINE)
    page: Page | None = PDF_PAGE


class Company(Spanned):
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description=SECTION_ID)
    table_id: Text = Field(description="the card's table (`tables.table_id`)")
    field: Text | None = Field(description="the heading above the card, without the word 분야")
    name: Text = Field(description="the company's name as the card writes it")
    name_zh: Text | None = Field(description="its Chinese name")
    brand_zh: Text | None = Field(description="the Chinese brand printed in brackets after the name (`51Job(前程无忧)`)")
    founded: dt.date | None = Field(description="the founding date")
    founded_raw: Text | None = Field(description="the founding date as printed (`1998.10` when only a month is given)")
    homepage: Text | None = Field(description="the homepage as printed")
    funding: Text | None = Field(description="the funding cell as printed")
    funding_value: Number | None = Field(description="the amount in `funding`, when it states one")
    funding_unit: Text | None = Field(description="the base unit of funding_value")
    funding_approx: bool | None = Field(description="약, 가량 before or after the amount; null without an amount")
    funding_bound: Bound = Field(description="`min` for 이상/초과, `max` for 이하/미만")
    funding_cumulative: bool | None = Field(description="누적: the amount sums every round so far")
    award: Text | None = Field(description="the awarded technology, from `▶수상 AI 기술: …`")
    award_line: LineNo | None = Field(description="the raw line of the award")
    page: Page | None = PDF_PAGE


GdpMetric = Literal[
    "gdp", "gdp_growth", "gdp_growth_2y_avg", "gdp_per_capita",
    "value_added_primary", "value_added_secondary", "value_added_tertiary",
    "value_added_primary_growth", "value_added_secondary_growth", "value_added_tertiary_growth",
]


class GdpFigure(Record):
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description=SECTION_ID)
    year: Annotated[int, Field(ge=1900, le=2100)] = Field(description="the year the figure is for")
    region_ko: Text = Field(description="the region as the text writes it")
    region_zh: Text | None = Field(description="the region's simplified Chinese name, `全国` for the country; null where "
                                               "ambiguous")
    metric: GdpMetric = Field(description="what the figure measures (contract: gdp.metric)")
    value: Number | None = Field(description="the value in base units; null for a rank stated without a value")
    unit: Text | None = Field(description="the base unit (`위안`, `달러`, `%`)")
    rank: Annotated[int, Field(ge=1)] | None = Field(description="the rank the text states for the metric")
    bound: Bound = Field(description="`min` for a more-than statement, `max` for a less-than one")
    approx: bool = Field(description="true for 약")
    raw: Text | None = Field(description="the figure as printed")
    line: LineNo = Field(description=RAW_LINE)
    page: Page | None = PDF_PAGE


DecimalText = Annotated[str, StringConstraints(pattern=r"^-?\d+(?:\.\d+)?$")]


class TableAmount(Record):
    issue_id: Text = Field(description=ISSUE_ID)
    table_id: Text = Field(description=TABLE_ID)
    row: Annotated[int, Field(ge=1)] = Field(description="the row in the table's `rows` (1-based)")
    column: Annotated[int, Field(ge=1)] = Field(description="the column (1-based)")
    row_label: Text | None = Field(description="the row's label cell (the first column of text), as printed")
    column_label: Text | None = Field(description="the column's header cell, as printed")
    raw: Text = Field(description="the amount as printed, with its qualifiers")
    value: DecimalText = Field(description="the exact value in base units as decimal text (`8.16` under "
                                           "`(조 위안)` → `8160000000000`), so that no reader rounds it")
    unit: Text | None = Field(description="the base unit (`위안`, `달러`, `%`, `%p`, `가구` …), null when the table gives none")
    scale: Text | None = Field(description="the unit spec taken from the row label, header or caption (`억 위안`); "
                                           "null when the cell writes its own unit")
    approx: bool = Field(description="약, 가량, 내외, 정도")
    bound: Bound = Field(description="`min` for 이상/초과/돌파, `max` for 이하/미만")
    cumulative: bool = Field(description="누적")
    line: LineNo = Field(description="the row's raw line")
    page: Page | None = PDF_PAGE


class RegionFigure(Record):
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description=SECTION_ID)
    region_ko: Text = Field(description="the region as the clause writes it (suffix kept, particle dropped); for a "
                                        "figure several regions have together (their sum or share), the regions as the "
                                        "text lists them (`광둥·장쑤·저장`)")
    region_zh: Text | None = Field(description="the region's simplified Chinese name (for several together, their names "
                                           "joined with `·`); null where the spelling is ambiguous or the text names a "
                                           "place the gazetteer does not know without its Chinese")
    value: DecimalText = Field(description="the exact value in base units as decimal text")
    unit: Text = Field(description="the base unit (`위안`, `달러`, `%`, `%p`, `건`, `개` …)")
    rank: Annotated[int, Field(ge=1)] | None = Field(description="stated (`3 위`), listed (`… 순`) or implied by order words")
    bound: Bound = Field(description="`min` for 이상/초과/돌파, `max` for 이하/미만/육박")
    approx: bool = Field(description="true for 약 and the like")
    year: Annotated[int, Field(ge=1900, le=2100)] | None = Field(description="the year written nearest before the figure")
    raw: Text = Field(description="the figure as printed")
    line: LineNo = Field(description=RAW_LINE)
    page: Page | None = PDF_PAGE


class ListEntry(Record):
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description=SECTION_ID)
    table_id: Text = Field(description=TABLE_ID)
    row: Annotated[int, Field(ge=1)] = Field(description="the row in the table's `rows` (1-based)")
    column: Annotated[int, Field(ge=1)] = Field(description="the column (1-based)")
    column_label: Text | None = Field(description="the column's header cell, as printed")
    row_label: Text | None = Field(description="the row's first cell when it holds no Chinese: its group (`화북`) or number")
    ko: Text = Field(description="the name in Korean (or Latin) as printed")
    zh: Text = Field(description="the name in Chinese as printed")
    line: LineNo = Field(description="the row's raw line")
    page: Page | None = PDF_PAGE
