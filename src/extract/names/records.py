"""Model of the glossary dataset."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from extract.models import LineNo, Record, Text

Form = Literal["standard", "sino", "variant", "other"]


class Ref(Record):
    issue_id: Text
    line: LineNo


class Seen(Record):
    text: Text = Field(description="the spelling as the text writes it (Korean or Latin)")
    form: Form
    count: Annotated[int, Field(ge=1)]
    issue_ids: list[Text]
    refs: list[Ref] = Field(description="every line the spelling was read from")


class GlossaryEntry(Record):
    zh: Text = Field(description="the name core in simplified characters")
    zh_hant: Text
    zh_written: list[Text] = Field(description="forms the text writes other than `zh` (traditional)")
    pinyin: Text
    ko: Text | None = Field(description="standard transliteration (외래어 표기법, 중국어 표기)")
    ko_sino: Text | None = Field(description="Sino-Korean reading, initial-sound rule applied")
    kind: Literal["person", "company", "organization", "region", "place", "name"]
    seen: list[Seen]
