"""Model of the glossary dataset."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from kic_extract.models import LineNo, Record, Text

Form = Literal["standard", "sino", "variant", "other"]


class Ref(Record):
    issue_id: Text = Field(description="the issue the spelling was read in")
    line: LineNo = Field(description="the raw line it was read from")


class Seen(Record):
    text: Text = Field(description="the spelling as the text writes it (Korean or Latin)")
    form: Form = Field(description="standard (the text uses `ko`), sino (`ko_sino`), variant or other")
    count: Annotated[int, Field(ge=1)] = Field(description="how many times the text writes it")
    issue_ids: list[Text] = Field(description="the issues that write it")
    refs: list[Ref] = Field(description="every line the spelling was read from")


class GlossaryEntry(Record):
    zh: Text = Field(description="the name core in simplified characters")
    zh_hant: Text = Field(description="the name core in traditional characters")
    zh_written: list[Text] = Field(description="forms the text writes other than `zh` (traditional)")
    pinyin: Text = Field(description="Mandarin reading in pinyin with tone marks")
    ko: Text | None = Field(description="standard transliteration (외래어 표기법, 중국어 표기)")
    ko_sino: Text | None = Field(description="Sino-Korean reading, initial-sound rule applied")
    kind: Literal["person", "company", "organization", "region", "place", "name"] = Field(
        description="what the name names: region is a province-level region")
    seen: list[Seen] = Field(description="every spelling the issues use for it")
