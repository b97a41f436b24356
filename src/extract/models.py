"""Pydantic models for every record the pipeline writes: the contract in code.

The models reject what the contract forbids (empty strings, text that is not NFC, line ranges
that run backwards, unknown fields); `normalized/schema/*.schema.json` is generated from them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = "2.5.0"  # the contract's version (docs/contract.md, CHANGELOG.md)

#: descriptions of fields many records share
ISSUE_ID = "the issue: the raw file's stem (`kic-china-weekly-268`)"
SECTION_ID = "the article (`sections.section_id`)"
TABLE_ID = "the table (`tables.table_id`)"
RAW_LINE = "the raw line it was read from (1-based; for PDF input, a line of the extracted text)"


def _nfc(value: str) -> str:
    if not unicodedata.is_normalized("NFC", value):
        raise ValueError("text is not NFC-normalized")
    return value


Text = Annotated[str, StringConstraints(min_length=1), AfterValidator(_nfc)]
LineNo = Annotated[int, Field(ge=1)]
Page = Annotated[int, Field(ge=1)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Spanned(Record):
    line_start: LineNo = Field(description="the first raw line (1-based; for PDF input, of the extracted text)")
    line_end: LineNo = Field(description="the last raw line, inclusive")

    @model_validator(mode="after")
    def _ordered(self) -> Spanned:
        if self.line_end < self.line_start:
            raise ValueError(f"line_end {self.line_end} precedes line_start {self.line_start}")
        return self


class TocEntry(Spanned):
    category: Text | None = Field(description="the TOC's category heading above the entry, null when none")
    tag: Text | None = Field(description="the bracketed label (`【산업분석】` gives `산업분석`)")
    title: Text = Field(description="the title as the TOC prints it")
    source: Text | None = Field(description="the source as the TOC names it")
    source_zh: Text | None = Field(description="the source's Chinese name, where printed")
    page: Page | None = Field(description="the page the TOC gives")
    section_id: Text | None = Field(description="the article the entry stands for, null when the body has none")


class CategoryHeading(Record):
    category: Text = Field(description="the heading as printed")
    line: LineNo = Field(description=RAW_LINE)


class Issue(Spanned):
    issue_id: Text = Field(description=ISSUE_ID)
    title: Text | None = Field(description="the newsletter's title in the masthead")
    number: Annotated[int, Field(ge=1)] | None = Field(description="the issue number")
    date: dt.date | None = Field(description="the issue's date")
    publisher: Text | None = Field(description="the publisher named in the masthead")
    director: Text | None = Field(description="the director named in the masthead")
    phone: Text | None = Field(description="the contact phone number as printed")
    email: Text | None = Field(description="the contact e-mail address")
    rights: Text | None = Field(description="the rights line")
    toc: list[TocEntry] = Field(description="the table of contents, in printed order")
    categories: list[CategoryHeading] = Field(description="category headings printed in the body")


BlockKind = Literal["heading", "paragraph", "list_item", "table", "caption", "note", "source"]


class Block(Spanned):
    kind: BlockKind = Field(description="heading, paragraph, list_item, table, caption, note or source")
    level: Annotated[int, Field(ge=1, le=3)] | None = Field(description="1 for `1)` headings, 2 for `①` and unnumbered "
                                                                        "headings over a list, 3 for `▶` lead lines; 1 for list items; null for other blocks")
    text: Text | None = Field(description="null only for table blocks, which point at table_id")
    marker: Text | None = Field(description="the printed lead mark: `1)`, `①`, `▶`, `-`")
    table_id: Text | None = Field(description="the table a table block stands for (`tables.table_id`)")
    fixes: list[Text] = Field(description="cleaning steps that changed this block's text, in order")

    @model_validator(mode="after")
    def _table_or_text(self) -> Block:
        if (self.kind == "table") != (self.table_id is not None):
            raise ValueError("a table block, and only a table block, carries table_id")
        if self.kind != "table" and self.text is None:
            raise ValueError(f"a {self.kind} block needs text")
        return self


class Section(Spanned):
    section_id: Text = Field(description="the issue id and the article's position in the issue (`…/s01`)")
    issue_id: Text = Field(description=ISSUE_ID)
    category: Text | None = Field(description="the newsletter's section heading (`Weekly 뉴스`), null where the issue "
                                              "gives none")
    category_inferred: bool = Field(description="true when the category comes from the TOC, not a body heading")
    seq: Annotated[int, Field(ge=1)] = Field(description="the article's printed number within its category")
    tag: Text | None = Field(description="the bracketed label (`【산업분석】` gives `산업분석`)")
    title: Text = Field(description="the article's heading")
    source: Text | None = Field(description="the source named with the heading")
    source_zh: Text | None = Field(description="the source's Chinese name, where printed")
    source_date: dt.date | None = Field(description="the date the source gives")
    page_start: Page | None = Field(description="the page of the article's first line (from the TOC for text input "
                                                "without pages)")
    page_end: Page | None = Field(description="the page of the article's last line, null when the input cannot say")
    toc_index: Annotated[int, Field(ge=0)] | None = Field(description="index into the issue's toc")
    title_line: LineNo = Field(description="the heading's raw line")
    fixes: list[Text] = Field(description="cleaning steps that changed the heading")
    blocks: list[Block] = Field(description="the article's content, in order")


TableKind = Literal["indicator", "icbc_branches", "company_card", "other"]
Cell = Text | None


class Table(Spanned):
    table_id: Text = Field(description="the issue id and the table's position in the issue (`…/t01`)")
    issue_id: Text = Field(description=ISSUE_ID)
    section_id: Text = Field(description="the article the table is printed in")
    title: Text | None = Field(description="the caption above the table, or its title row")
    unit: Text | None = Field(description="the unit the table states for all its figures (`단위: 억 위안` → `억 위안`)")
    header: list[Cell] = Field(description="the header row as printed (blank cells null)")
    rows: list[list[Cell]] = Field(description="the rows as printed, a group cell merged over rows filled down")
    filled: list[list[Annotated[int, Field(ge=0)]]] = Field(
        description="[row, column] (0-based) of every cell filled down from the row above")
    row_lines: list[LineNo] = Field(description="the raw line of each row, in order")
    notes: list[Text] = Field(description="the lines printed under the table")
    kind: TableKind = Field(description="what the table holds: indicator, icbc_branches, company_card or other")
    page: Page | None = Field(default=None, description="the PDF page of the first row (null for text input)")


class Warning(Record):
    issue_id: Text = Field(description="the issue it concerns")
    code: Text = Field(description="the kind of problem, a stable code")
    message: Text = Field(description="what was noticed, with the figures")
    line: LineNo | None = Field(description="the raw line, null when it concerns no one line")


class Input(Record):
    path: Text = Field(description="the raw folder's name and the file's, with unprintable characters escaped")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = Field(
        description="null only when the file was refused unread (over the size limit)")
    issue_id: Text = Field(description="the id the input's records carry (the file's stem)")
    format: Literal["text", "pdf"] = Field(description="text or pdf")
    encoding: Text | None = Field(description="the encoding the text was decoded from; null for PDF and failed inputs")
    error: Text | None = Field(description="why the input failed; null when it did not")


class Coverage(Record):
    lines_nonblank: Annotated[int, Field(ge=0)] = Field(description="non-blank lines of the input")
    lines_assigned: Annotated[int, Field(ge=0)] = Field(description="non-blank lines a record was read from")
    unassigned: list[LineNo] = Field(description="non-blank lines no record was read from")
    furniture: list[LineNo] = Field(default_factory=list, description="lines dropped as page furniture: running "
                                    "headers and footers, page numbers")
    repeated: list[LineNo] = Field(default_factory=list, description="lines dropped as a table's header or `(계속)` "
                                   "caption printed again on a new page")


class DatasetInfo(Record):
    records: Annotated[int, Field(ge=0)] = Field(description="records in the dataset file")
    schema_: Text = Field(alias="schema", serialization_alias="schema",
                         description="its JSON Schema, relative to the output folder")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Skipped(Record):
    path: Text = Field(description="the file's path in the raw folder")
    reason: Text = Field(description="why it was not read")


class Manifest(Record):
    schema_version: Text = Field(description="the output contract's version (Semantic Versioning, see CHANGELOG.md)")
    inputs: list[Input] = Field(description="every input found, in name order, read or failed")
    datasets: dict[str, DatasetInfo] = Field(description="every dataset file written: its record count and its JSON "
                                                         "Schema")
    warnings: list[Warning] = Field(description="what the pipeline noticed and did not guess about, each with its line")
    coverage: dict[str, Coverage] = Field(description="by issue id: the lines records were read from")
    skipped: list[Skipped] = Field(default_factory=list,
                                   description="files of the raw folder not read (links leading out of it, "
                                               "broken links, special files, unusable or repeated issue ids)")
    files: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]] = Field(
        default_factory=dict, description="the sha256 of every file written beside the manifest (datasets and "
                                          "schemas), by path, so a reader can verify what it loads")
