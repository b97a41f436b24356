"""Pydantic models for every record the pipeline writes: the contract in code.

The models reject what the contract forbids (empty strings, text that is not NFC, line ranges
that run backwards, unknown fields); `normalized/schema/*.schema.json` is generated from them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = "2.0.0"  # the contract's version (docs/contract.md, CHANGELOG.md)


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
    line_start: LineNo
    line_end: LineNo

    @model_validator(mode="after")
    def _ordered(self) -> Spanned:
        if self.line_end < self.line_start:
            raise ValueError(f"line_end {self.line_end} precedes line_start {self.line_start}")
        return self


class TocEntry(Spanned):
    category: Text | None
    tag: Text | None
    title: Text
    source: Text | None
    source_zh: Text | None
    page: Page | None
    section_id: Text | None


class CategoryHeading(Record):
    category: Text
    line: LineNo


class Issue(Spanned):
    issue_id: Text
    title: Text | None
    number: Annotated[int, Field(ge=1)] | None
    date: dt.date | None
    publisher: Text | None
    director: Text | None
    phone: Text | None
    email: Text | None
    rights: Text | None
    toc: list[TocEntry]
    categories: list[CategoryHeading] = Field(description="category headings printed in the body")


BlockKind = Literal["heading", "paragraph", "list_item", "table", "caption", "note", "source"]


class Block(Spanned):
    kind: BlockKind
    level: Annotated[int, Field(ge=1, le=3)] | None
    text: Text | None = Field(description="null only for table blocks, which point at table_id")
    marker: Text | None = Field(description="the printed lead mark: `1)`, `①`, `▶`, `-`")
    table_id: Text | None
    fixes: list[Text] = Field(description="cleaning steps that changed this block's text, in order")

    @model_validator(mode="after")
    def _table_or_text(self) -> Block:
        if (self.kind == "table") != (self.table_id is not None):
            raise ValueError("a table block, and only a table block, carries table_id")
        if self.kind != "table" and self.text is None:
            raise ValueError(f"a {self.kind} block needs text")
        return self


class Section(Spanned):
    section_id: Text
    issue_id: Text
    category: Text | None
    category_inferred: bool = Field(description="true when the category comes from the TOC, not a body heading")
    seq: Annotated[int, Field(ge=1)]
    tag: Text | None
    title: Text
    source: Text | None
    source_zh: Text | None
    source_date: dt.date | None
    page_start: Page | None
    page_end: Page | None
    toc_index: Annotated[int, Field(ge=0)] | None = Field(description="index into the issue's toc")
    title_line: LineNo
    fixes: list[Text]
    blocks: list[Block]


TableKind = Literal["indicator", "icbc_branches", "company_card", "other"]
Cell = Text | None


class Table(Spanned):
    table_id: Text
    issue_id: Text
    section_id: Text
    title: Text | None = Field(description="the caption above the table, or its title row")
    unit: Text | None = Field(description="the unit the table states for all its figures (`단위: 억 위안` → `억 위안`)")
    header: list[Cell]
    rows: list[list[Cell]] = Field(description="the rows as printed, a group cell merged over rows filled down")
    filled: list[list[Annotated[int, Field(ge=0)]]] = Field(
        description="[row, column] (0-based) of every cell filled down from the row above")
    row_lines: list[LineNo] = Field(description="the raw line of each row, in order")
    notes: list[Text]
    kind: TableKind
    page: Page | None = Field(default=None, description="the PDF page of the first row (null for text input)")


class Warning(Record):
    issue_id: Text
    code: Text
    message: Text
    line: LineNo | None


class Input(Record):
    path: Text = Field(description="the raw folder's name and the file's, with unprintable characters escaped")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = Field(
        description="null only when the file was refused unread (over the size limit)")
    issue_id: Text
    format: Literal["text", "pdf"]
    encoding: Text | None
    error: Text | None


class Coverage(Record):
    lines_nonblank: Annotated[int, Field(ge=0)]
    lines_assigned: Annotated[int, Field(ge=0)]
    unassigned: list[LineNo]
    furniture: list[LineNo] = Field(default_factory=list, description="lines dropped as page furniture: running "
                                    "headers and footers, page numbers, a table header printed again on a new page")


class DatasetInfo(Record):
    records: Annotated[int, Field(ge=0)]
    schema_: Text = Field(alias="schema", serialization_alias="schema")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Skipped(Record):
    path: Text
    reason: Text


class Manifest(Record):
    schema_version: Text
    inputs: list[Input]
    datasets: dict[str, DatasetInfo]
    warnings: list[Warning]
    coverage: dict[str, Coverage]
    skipped: list[Skipped] = Field(default_factory=list,
                                   description="files of the raw folder not read (links leading out of it, "
                                               "broken links, special files, unusable or repeated issue ids)")
