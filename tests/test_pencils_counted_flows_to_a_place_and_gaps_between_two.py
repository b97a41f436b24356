"""Kinds met in a fiftieth round (1365 stationery, 1367 tofu and soy, 1369 board games, 1371 candles): pens and pencils
are counted in `자루` (`129억 5,000만 자루`, a header's `(억 자루)`); a place whose name is also a word, the destination
of a flow a figure follows (`인도로의 수출은 … 18.4% 늘어난`), is the figure's; a gap between two places (`헤이룽장성과 1위
광둥성 사이에는 … 216억 위안의 격차가`) is the first's; a body's plan (`기패운동관리중심은 2027 년까지 … 20 곳 이상으로`) is
no place's before it; and Chromium's print of `胶` as `㬵` (one glyph in Noto Sans CJK KR) reads `胶`; read by hand from the
lines named."""

from __future__ import annotations

from conftest import figures_at, records_of
from kic_extract.clean import fix_text


def test_pencils_are_counted_in_their_own_unit(corpus_issue):
    result = corpus_issue(1365)
    # l.188: `2024년 중국의 연필 생산량은 129억 5,000만 자루로 전년보다 4.4% 증가했으며, 세계 생산량의 약 80%를 차지했다.`
    assert figures_at(result, 188)[:2] == [("중국", "12950000000", None, None, 2024), ("중국", "4.4", None, None, 2024)]
    # l.191: `연도 | 생산량(억 자루) | 수출량(억 자루) | 수출액(억 달러)`, l.192: `2019년 | 118.4 | 72.6 | 5.81`
    rows = [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 192]
    assert rows == [("11840000000", "자루"), ("7260000000", "자루"), ("581000000", "달러")]
    # l.205: `2024년 성별 생산량은 저장성이 41억 자루로 가장 많았고 장시성 27억 자루, 상하이 18억 자루, 안후이성 12억 자루 순이었다.`
    assert figures_at(result, 205)[:4] == [
        ("저장성", "4100000000", 1, None, 2024), ("장시성", "2700000000", 2, None, 2024),
        ("상하이", "1800000000", 3, None, 2024), ("안후이성", "1200000000", 4, None, 2024)]


def test_a_flow_to_a_place_named_like_a_word_is_its_figure(corpus_issue):
    # 1365 l.207: `… 인도로의 수출은 전년보다 18.4% 늘어난 반면, 미국으로의 수출은 6.2% 감소해 대조를 보였다.`
    assert figures_at(corpus_issue(1365), 207)[3:] == [("인도", "18.4", None, None, 2024), ("미국", "-6.2", None, None, 2024)]


def test_a_gap_between_two_places_is_the_firsts(corpus_issue):
    # 1367 l.147: `… 전년보다 11.3% 늘어 증가율로는 전국 1위였다. 헤이룽장성과 1위 광둥성 사이에는 여전히 216억 위안의 격차가 있다.`
    assert figures_at(corpus_issue(1367), 147) == [
        ("헤이룽장성", "9600000000", None, None, 2024), ("헤이룽장성", "11.3", 1, None, 2024),
        ("헤이룽장성", "21600000000", None, None, 2024)]


def test_a_bodys_plan_is_no_place_before_it(corpus_issue):
    # 1369 l.146: `… 청두의 거점은 등록 동호회가 58 곳으로 가장 많았다. 기패운동관리중심은 2027 년까지 시범 거점을 20 곳 이상으로
    # 늘리고, 거점별로 연 2 회 이상 공개 대회를 열도록 할 방침이다.`
    assert figures_at(corpus_issue(1369), 146) == [("청두", "58", 1, None, 2025)]


def test_a_chinese_character_a_cjk_font_draws_with_one_glyph_reads_as_written():
    # 1371 l.281 as Chromium prints it: `자오저우경제기술개발구 㬵州经济技术开发区`
    assert fix_text("자오저우경제기술개발구 㬵州经济技术开发区") == "자오저우경제기술개발구 胶州经济技术开发区"
