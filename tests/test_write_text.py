"""Records are written by pydantic's serializer, byte for byte what Python's json writes."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings
from kic_extract.write import dumps, model_json, model_text, record_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", [ROOT / "raw" / "kic-china-weekly-268.txt",
                                  *sorted((ROOT / "tests" / "corpus").glob("*.txt"))], ids=lambda p: p.stem)
def test_every_record_as_pythons_json_writes_it(path: Path):
    result = extract_issue(path, path.name, Settings())
    for rows in result.records.values():
        for record in rows:
            assert model_text(record) == record_text(record.model_dump(mode="json", by_alias=True))
    assert model_json(result.coverage) == dumps(result.coverage.model_dump(mode="json"))


class _Figure(BaseModel):
    text: str
    value: float | None = None
    values: list[float] = []


@pytest.mark.parametrize("value", [1e-05, 3.5e-07, 1e-09, 1e-10, float("inf"), float("-inf"), float("nan"), 0.0, 8.16,
                                   1e16, 8159999999999.999, 123456789.25])
def test_floats_pydantic_writes_otherwise_go_through_json(value):
    record = _Figure(text="广州 \x01 \u2028", value=value, values=[value, 2.5])
    assert model_text(record) == record_text(record.model_dump(mode="json"))
    assert model_json(record) == json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def test_a_value_neither_can_write_raises_valueerror():
    with pytest.raises(ValueError):
        model_text(_Figure(text="\udcff"))


class _Any(BaseModel):
    extra: dict[str, Any]


class _Share(BaseModel):
    share: float | None


class _Nested(BaseModel):
    inner: list[_Share]


class _Plain(BaseModel):
    number: int | None  # a field named `number` holds no float
    day: date | None
    names: list[str]


def test_which_records_may_hold_floats():
    """Records that may hold a float are checked before pydantic writes them; the others need not be."""
    from kic_extract.write import _may_hold_floats

    assert [_may_hold_floats(m) for m in (_Any, _Share, _Nested, _Plain)] == [True, True, True, False]
