"""Tables and company cards in the shapes held-out issues 321–326 showed when first read
(tests/corpus/heldout): every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _table(result, caption_start):
    return next(t for t in records_of(result, "tables") if (t["title"] or "").startswith(caption_start))


def test_a_subtotal_row_shares_only_the_group_cells_left_of_its_label(corpus_issue):
    # 321 l.187 `소계\t\t\t\t21`: nothing to fill; 322 `화둥 … / \t소계\t\t27`: the region only
    rows = _table(corpus_issue(321), "〈표 5〉")["rows"]
    assert [r for r in rows if r[0] in ("소계", "총계")] == [
        ["소계", None, None, None, "21"], ["소계", None, None, None, "35"], ["총계", None, None, None, "56"]]
    rows = [r for t in records_of(corpus_issue(322), "tables") for r in t["rows"] if len(r) > 1 and r[1] == "소계"]
    assert [(r[0], r[2], r[-1]) for r in rows] == [("화베이", None, "20"), ("화둥", None, "27"), ("화난", None, "17"),
                                                   ("서부", None, "7")]


def test_a_row_cut_between_cells_whose_halves_fit_the_columns_it_stopped_at(corpus_issue):
    # 321 l.193 `\t쑤저우 공업원구 한중 협력센터\t苏州工业园区中韩合作中心` | page 9 | l.197 `장쑤성 쑤저우시\t8`
    result = corpus_issue(321)
    rows = _table(result, "〈표 5〉")["rows"]
    assert ["협력 창업단지", "쑤저우 공업원구 한중 협력센터", "苏州工业园区中韩合作中心", "장쑤성 쑤저우시", "8"] in rows
    # its 소계 (35) and 총계 (56) add up; the one total that does not is l.118's (7,486 for 7,846)
    assert [w.line for w in result.warnings if w.code == "total_mismatch"] == [118]


def test_a_rank_column_that_also_holds_the_total_label(corpus_issue):
    # 321 `〈표 1〉 … (단위: 억 위안, %)`: `순위` holds 1…10 and `합계`; the ranks are no amounts
    amounts = [a for a in records_of(corpus_issue(321), "amounts") if a["table_id"].endswith("/t01")]
    assert not [a for a in amounts if a["column_label"] == "순위"]
    assert [(a["raw"], a["value"], a["unit"]) for a in amounts if a["row_label"] == "광둥성"] == [
        ("141,634", "14163400000000", "위안"), ("146,320", "14632000000000", "위안"), ("4.1", "4.1", "%")]


def test_profiles_in_a_drawn_frame_with_fields_parted_by_dots(corpus_issue):
    # 322 ll.152–159 `┌ CARD 1 │ 톈수로봇(天枢机器人)` / `│ 설립 2022년 8월 · 본사 … · 대표 린하오(林浩)` /
    # `│ 분야 …` | page break | `│ 투자 엔젤 5,000만 위안(2022) → … → 시리즈 B+ 12억 위안(2026.1)` /
    # `│ 누적 조달 약 16억 위안` / `└ 한 줄 평: …`
    result = corpus_issue(322)
    cards = {c["name"]: c for c in records_of(result, "companies")}
    assert set(cards) == {"톈수로봇", "신웨이반도체", "윈항테크"}
    assert (cards["톈수로봇"]["name_zh"], cards["톈수로봇"]["founded_raw"]) == ("天枢机器人", "2022년 8월")
    got = [(a["raw"], a["cumulative"], a["approx"]) for a in records_of(result, "amounts")
           if a["table_id"] == cards["톈수로봇"]["table_id"]]
    assert got == [("5,000만 위안", False, False), ("3억 위안", False, False), ("12억 위안", False, False),
                   ("약 16억 위안", True, True)]


def test_profiles_under_a_marked_name_line_indented_and_cut_by_a_page_break(corpus_issue):
    # 321 ll.154–175 `◇ CARD 2 ─ 칭냐오디쿵(青鸟低空) | Bluebird Low-Altitude` over `  본사 ▸ …`,
    # `  설립 ▸ 2022년 6월 | 대표 ▸ 쑨야오(孙瑶)` | page 8 | `  분야 ▸ …`, `  투자 ▸ 2025년 8월 시리즈 A+ 1,500만 달러`
    result = corpus_issue(321)
    cards = {c["name"]: c for c in records_of(result, "companies")}
    assert [(c["name"], c["name_zh"]) for c in cards.values()] == [
        ("링시커지", "灵犀科技"), ("칭냐오디쿵", "青鸟低空"), ("쑤허생물", "苏禾生物")]
    got = [(a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts")
           if a["table_id"] == cards["칭냐오디쿵"]["table_id"]]
    assert got == [("1,500만 달러", "15000000", "달러")]


def test_an_indented_profile_ends_at_a_page_break_before_prose(corpus_issue):
    # 319 ll.156–164 `[03] 칭퉁둥리(擎同动力)` / `     투자 시리즈 A 5,000만 달러 / 누적 약 1억 달러` | page 7 |
    # `선전의 하드웨어 공급망을 바탕으로 …`: the paragraph is not the last field's value
    result = corpus_issue(319)
    card = {c["name"]: c for c in records_of(result, "companies")}["칭퉁둥리"]
    got = [(a["raw"], a["value"], a["approx"], a["cumulative"]) for a in records_of(result, "amounts")
           if a["table_id"] == card["table_id"]]
    assert got == [("5,000만 달러", "50000000", False, False), ("누적 약 1억 달러", "100000000", True, True)]
    # l.128 `독일행 수출은 18% 줄었다. 수출 평균 단가는 1 만 9,600 달러로 1 년 새 7.1% 떨어져`: not Germany's
    assert [f for f in records_of(result, "figures") if f["line"] == 128 and f["region_ko"] == "독일"] != []
    assert not [f for f in records_of(result, "figures") if f["line"] == 128 and f["value"] in ("19600", "-7.1")]


def test_profiles_framed_with_heavy_lines_and_bars_and_labels_of_several_words(corpus_issue):
    # 323 ll.124–128 `┏ 기업 카드 ① 싱허즈넝(星河智能) ─ 휴머노이드 로봇` / `┃ 본사 안후이성 허페이 │ 설립 2022년
    # 5월 │ 대표 왕젠궈(王建国)` / `┃ 최근 투자 2026년 1월 시리즈 B, 약 2억 달러 (…)` / `┃ 누적 투자 25억 위안 이상` /
    # `┗ 관절 모듈을 자체 생산해 …`
    result = corpus_issue(323)
    cards = {c["name"]: c for c in records_of(result, "companies")}
    card = cards["싱허즈넝"]
    assert (card["name_zh"], card["founded_raw"]) == ("星河智能", "2022년 5월")
    got = [(a["raw"], a["approx"], a["bound"], a["cumulative"]) for a in records_of(result, "amounts")
           if a["table_id"] == card["table_id"]]
    assert got == [("약 2억 달러", True, None, False), ("25억 위안 이상", False, "min", True)]
    # 324 ll.168–173 `◇ CARD 02 | 란신웨이(蓝芯微) LanXin Quantum` / `· 설립/본사: 2020년 11월 / …` /
    # `· 투자 이력: 시리즈 A 3,000만 달러(2024.9) → 시리즈 A+ 8,500만 달러(2026.1)` / `· 누적 유치액: 1억 1,500만 달러` /
    # `· 한 줄 평: … 임상 시험을 진행 중이다.`
    result = corpus_issue(324)
    card = {c["name"]: c for c in records_of(result, "companies")}["란신웨이"]
    assert card["founded_raw"] == "2020년 11월 / 안후이성 허페이시 고신구"
    got = [(a["raw"], a["cumulative"]) for a in records_of(result, "amounts") if a["table_id"] == card["table_id"]]
    assert got == [("3,000만 달러", False), ("8,500만 달러", False), ("1억 1,500만 달러", True)]


def test_a_caption_closed_by_its_unit_in_brackets(corpus_issue):
    # 326 l.46 `표 1) 2025년 성급 지역 GDP 상위 10위 (억 위안)` / `순위	지역	GDP	성장률(%)` / `1	광둥성	145,962	3.9`
    result = corpus_issue(326)
    table = _table(result, "표 1)")
    assert table["unit"] == "억 위안"
    got = [(a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["table_id"] == table["table_id"]]
    assert got[:2] == [("145,962", "14596200000000", "위안"), ("3.9", "3.9", "%")]


def test_profiles_whose_fields_end_with_a_line_of_prose(corpus_issue):
    # 325 ll.156–163 `[STARTUP 02] 광신웨이나(光芯微纳)` / `  ▪ 투자 유치 : 시리즈 B 1 억 2,000 만 달러(2026.01) / 누적
    # 1 억 8,000 만 달러 이상` / `  ▷ AI 연산센터 증설 붐을 타고 … 샘플 공급을 시작했다.`
    result = corpus_issue(325)
    card = {c["name"]: c for c in records_of(result, "companies")}["광신웨이나"]
    assert card["founded_raw"] == "2021년"
    got = [(a["raw"], a["bound"], a["cumulative"]) for a in records_of(result, "amounts") if a["table_id"] == card["table_id"]]
    assert got == [("1억 2,000만 달러", None, False), ("누적 1억 8,000만 달러 이상", "min", True)]
    # 326 ll.174–179 `■ START-UP 02 | 충딩항공(穹顶航空)` / `· 투자 : 시리즈 B+ 1억 달러 / 누적 2억 달러 이상` / `☞ 자체 개발한 …`
    result = corpus_issue(326)
    card = {c["name"]: c for c in records_of(result, "companies")}["충딩항공"]
    got = [(a["raw"], a["cumulative"]) for a in records_of(result, "amounts") if a["table_id"] == card["table_id"]]
    assert got == [("1억 달러", False), ("누적 2억 달러 이상", True)]
