"""Cleaning steps on real lines of the newsletter (golden cases in tests/golden/fixes.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kic_extract.clean import FIXES, fix_and_explain, fix_text, lines_to_chunks
from kic_extract.ingest import bytes_to_text, text_to_lines
from kic_extract.settings import Settings

from conftest import SHIPPED


def _golden():
    path = Path(__file__).parent / "golden" / "fixes.tsv"
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        category, line, given, expected = row.split("\t")
        yield pytest.param(given, expected, id=f"{category}-L{line}-{given[:12]}")


@pytest.mark.parametrize(("given", "expected"), list(_golden()))
def test_golden_fix(given, expected):
    assert fix_text(given) == expected


def test_golden_inputs_are_real_lines():
    text = SHIPPED.read_text(encoding="utf-8")
    for param in _golden():
        given = param.values[0]
        assert given.replace("\t", "") in text, given


def test_fixes_are_idempotent_on_the_whole_issue():
    for line in SHIPPED.read_text(encoding="utf-8").splitlines():
        once = fix_text(line)
        assert fix_text(once) == once


def test_fix_and_explain_names_the_steps_in_order():
    text, steps = fix_and_explain("▶**기업 소개:** CATL 은 2018 년 6 월")
    assert text == "▶기업 소개: CATL은 2018년 6월"
    assert steps == ["strip_markdown_strong", "join_number_counter", "join_word_particle"]
    assert [f.__name__ for f in FIXES][:2] == ["strip_markdown_strong", "unwrap_autolinks"]


@pytest.fixture(scope="module")
def joined_lines():
    lines = text_to_lines(bytes_to_text(SHIPPED.read_bytes())[0])
    chunks = lines_to_chunks(lines, Settings())
    return {j.line: (j.kind, ln.text) for c in chunks for ln in c.lines for j in ln.joins}, chunks


def test_every_page_break_join_of_the_issue(joined_lines):
    joins, _ = joined_lines
    expected = {
        111: ("word", "신형 디지털 산업에서 새로운 우위를 창출한다."),
        138: ("word", "중요 산업 핵심 정보 인프라에 대한"),
        169: ("space", "동시에 산둥성의 GDP 는 새롭게"),
        313: ("word", "NIO, 샤오픈, 리샤은 다양한"),
        381: ("word", "미리 보기·복습·시험 준비"),
        400: ("word", "감지 디바이스를 포함하며"),
        588: ("word", "거리는 베이징과 장자커우 거리와"),
    }
    assert set(joins) == set(expected)
    for line, (kind, fragment) in expected.items():
        assert joins[line][0] == kind, line
        assert fragment in joins[line][1], line


def test_no_join_across_a_real_paragraph_end(joined_lines):
    joins, chunks = joined_lines
    # line 600 ends a paragraph without a full stop (`…모집을 목표로 한다`): the next stays apart
    starts = {c.line_start for c in chunks}
    assert 602 in starts and 600 not in joins
    # section headings and captions are never the first half of a join
    assert not {154, 167, 258, 283, 398, 417} & set(joins)


def test_tables_continued_across_a_page_break(joined_lines):
    _, chunks = joined_lines
    breaks = [b for c in chunks for b in c.table_breaks]
    assert breaks == [218, 448]
