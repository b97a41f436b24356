"""Kinds met in a fifty-first round (1373 curtains, 1375 vacuum flasks, 1377 towels, 1379 insecticides): a unit line going
on to a note after a spaced slash (`단위: 억 위안 / 2025년은 추정치`) still gives the table its unit; a funding cell a page
break cut off its row (`누적 1억 5,000만 위안` alone on the next page) is the row's last cell; a count of the main ones
(`6 개 주요 산지`) is checked against the places before it, each perhaps located by its province, two joined by `와`; two
places picked within a third (`저장성 안에서는 하이닝이 … 사오싱이 …`) are the ones `두 도시의 … 각각` gives figures in turn;
and a top seat kept (`여전히 최대 시장의 자리를 지켰다`) ranks no change; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_unit_line_going_on_to_a_note_gives_the_table_its_unit(corpus_issue):
    # 1373 l.151: `전동 커튼(트랙형) | 68.5 | 81.2 | 97.4 | 113.0`, l.155 under the rows: `단위: 억 위안 / 2025년은 추정치`
    rows = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1373), "amounts") if a["line"] == 151]
    assert rows == [("6850000000", "위안"), ("8120000000", "위안"), ("9740000000", "위안"), ("11300000000", "위안")]


def test_a_funding_cell_cut_off_its_row_by_a_page_break_is_its_last_cell(corpus_issue):
    # 1375 l.248: `3 | 칭베이(轻杯) | 선전 | 티타늄 초경량 보온병 | 시리즈 A+`, page break, l.254: `누적 1억 5,000만 위안`
    table = next(t for t in records_of(corpus_issue(1375), "tables") if t["line_start"] <= 248 <= t["line_end"])
    assert table["rows"][2] == ["3", "칭베이(轻杯)", "선전", "티타늄 초경량 보온병", "시리즈 A+", "누적 1억 5,000만 위안"]
    assert table["rows"][3][-1] == "8,000만 위안"


def test_a_count_of_the_main_places_is_checked_against_the_places_before_it(corpus_issue):
    # 1377 l.157: `중국의 타월 생산은 허베이성 가오양현, 산둥성 가오미시(高密市)와 빈저우시(滨州市), 장쑤성 난퉁시(南通市), 저장성
    # 주지시(诸暨市) 6 개 주요 산지에 집중돼 있다.`
    assert warnings_of(corpus_issue(1377), "count_mismatch") == [
        (157, "the text says 6개 주요 산지 but lists 5: 허베이성 가오양현, 산둥성 가오미시(高密市), 빈저우시(滨州市), "
              "장쑤성 난퉁시(南通市), 저장성 주지시(诸暨市)")]


def test_places_picked_within_another_are_the_ones_counted_in_turn(corpus_issue):
    # 1373 l.69: `저장성 안에서는 하이닝(海宁)이 7억 1,000만 달러로 가장 많았고 사오싱(绍兴)이 5억 4,000만 달러로 뒤를 이었다. 두
    # 도시의 수출은 1년 전보다 각각 6.2%, 4.8% 늘었다.`
    assert figures_at(corpus_issue(1373), 69) == [
        ("하이닝", "710000000", 1, None, 2025), ("사오싱", "540000000", 2, None, 2025),
        ("하이닝", "6.2", None, None, 2025), ("사오싱", "4.8", None, None, 2025)]


def test_a_top_seat_kept_ranks_no_change(corpus_issue):
    # 1377 l.100: `… 미국이 13 억 5,000 만 달러로 가장 많았고 …. 미국 수출은 1.9% 감소했지만 여전히 최대 시장의 자리를 지켰다.`
    assert ("미국", "-1.9", None, None, 2025) in figures_at(corpus_issue(1377), 100)
