"""Shapes held-out issues 661–668 showed when first read (tests/corpus/heldout): a caption's units over columns one of
which names its own, a page break after a particle ending in `다`, a rate of the region a level passed, a rank beside
a change in points, a card's rounds on a line under its table, a list after `즉` closed by its verb's subject, a count
of cities over a table of hubs. Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of


def _amounts_at(result, line: int) -> list[tuple]:
    return [(a["row_label"], a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts")
            if a["line"] == line]


def test_a_captions_units_over_a_column_that_names_its_own(corpus_issue):
    # 665 l.45-57 `표 1) 2032 년 상반기 GDP 상위 6 개 성 (단위: 억 위안, %)` over `지역 | 2031년 상반기 | 2032년 상반기 |
    # 성장률(%)`: `%` is the rate column's, `억 위안` the two others'; l.47 `광둥성	94,150	98,420	4.5`
    result = corpus_issue(665)
    assert _amounts_at(result, 47) == [("광둥성", "2031년 상반기", "9415000000000", "위안"),
                                       ("광둥성", "2032년 상반기", "9842000000000", "위안"),
                                       ("광둥성", "성장률(%)", "4.5", "%")]
    # l.57 `합계	392,870	412,510	4.7`: the 2032 column's six rows add up to 411,510
    warnings = warnings_of(result, "total_mismatch")
    assert [line for line, _ in warnings] == [57] and "412,510" in warnings[0][1] and "411,510" in warnings[0][1]


def test_a_page_break_after_a_word_closed_by_a_particle_in_da(corpus_issue):
    # 666 l.84 `… 광둥성(广东省)은 투자 건수가 150건 미만에 그쳐 지난해보다` | furniture | l.88 `19.4% 줄었다.`:
    # `보다` ends no sentence, so the paragraph goes on past the break
    figures = figures_at(corpus_issue(666), 84)
    assert figures[-2:] == [("광둥성", "150", None, "max", 2032), ("광둥성", "-19.4", None, None, 2032)]


def test_the_rate_of_the_region_a_level_passed(corpus_issue):
    # 666 l.39 `충칭(重庆)은 7.1%를 기록해 청두(成都)의 6.8%를 0.3%p 앞섰다.`
    figures = figures_at(corpus_issue(666), 39)
    assert [f for f in figures if f[0] in ("충칭", "청두")] == [
        ("충칭", "7.1", None, None, 2032), ("청두", "6.8", None, None, 2032), ("충칭", "0.3", None, None, 2032)]


def test_a_rank_goes_to_the_rate_not_to_its_change_in_points(corpus_issue):
    # 667 l.70 `… 선전(深圳)의 연구개발(R&D) 투자 비중은 GDP 의 6.2%로 전년보다 0.4%p 높아지며 주요 도시 가운데 1 위를
    # 차지했다. 허페이(合肥)와 시안(西安)도 같은 해 각각 4%를 넘어 …`
    assert figures_at(corpus_issue(667), 70) == [("선전", "6.2", 1, None, 2031), ("선전", "0.4", None, None, 2031),
                                                 ("허페이", "4", None, "min", 2031), ("시안", "4", None, "min", 2031)]
    # 511 l.76 `… 시짱자치구가 6.8%로 가장 높아 전국 평균을 2.2%p 웃돌았다.`: the same, first place
    assert figures_at(corpus_issue(511), 76)[:2] == [("시짱자치구", "6.8", 1, None, 2029), ("시짱자치구", "2.2", None, None, 2029)]


def test_a_cards_rounds_on_a_line_right_under_its_table(corpus_issue):
    # 667 l.109-111 `기업	윈주로보틱스 …	창립연도	2028.03.14` / `본사	…	자금조달 상황	시리즈 B` / `▶투자 이력: 엔젤 2,000 만
    # 위안(2028.09) → 시리즈 A 1 억 5,000 만 위안(2030.06) → 시리즈 B 4 억 5,000 만 위안(2032.07), 누적 6 억 2,000 만 위안`
    result = corpus_issue(667)
    card = next(t for t in records_of(result, "tables") if t["line_start"] == 109)
    assert (card["kind"], card["line_end"], card["row_lines"]) == ("company_card", 111, [109, 110, 111])
    assert [(a["value"], a["unit"], a["cumulative"]) for a in records_of(result, "amounts") if a["line"] == 111] == [
        ("20000000", "위안", False), ("150000000", "위안", False), ("450000000", "위안", False), ("620000000", "위안", True)]
    # (the line under the rounds, `▶기업 소개: …`, after a blank line, is prose)
    assert not any(a["line"] == 113 for a in records_of(result, "amounts"))


def test_a_list_after_namely_closed_by_the_subject_of_its_verb(corpus_issue):
    # 666 l.90 `국가급 바이오의약 산업 클러스터 4곳, 즉 베이징 다싱(大兴), 상하이 장장(张江), 쑤저우(苏州) BioBAY, 우한
    # 광구(光谷), 광저우 국제바이오섬이 투자 건수의 상당 부분을 흡수했다.`: four said, five listed
    warnings = warnings_of(corpus_issue(666), "count_mismatch")
    assert [line for line, _ in warnings] == [90] and "says 4곳 but lists 5" in warnings[0][1]
    # 493 l.272 `- 지원 내용: 3 개 도시, 즉 베이징, 상하이, 선전 현지 실증 파트너 매칭, 법인 설립·세무 컨설팅, …`: what is done
    # in the three cities, no list of them to count
    assert [line for line, _ in warnings_of(corpus_issue(493), "count_mismatch")] == [131]  # (l.131's own, six said)


def test_a_count_of_cities_over_a_table_of_what_they_hold(corpus_issue):
    # 662 l.120 `KIC 중국은 현재 다섯 개 도시에서 … 중국 진출 거점을 운영하고 있다. 거점별 현황은 아래와 같다.` over a table
    # of six hubs in six cities (베이징, 상하이, 선전, 쑤저우, 청두, 우한)
    warnings = warnings_of(corpus_issue(662), "count_mismatch")
    assert [line for line, _ in warnings] == [120]
    assert warnings[0][1].endswith("the text says 5개 도시 but lists 6: 베이징, 상하이, 선전, 쑤저우, 청두, 우한")


def test_a_cards_rounds_set_apart_under_its_table(tmp_path):
    # 667 l.109-111 as a PDF's reader sets them, a blank line between the ruled card and the line under it
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    lines = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-667.txt").read_text(encoding="utf-8").split("\n")
    path = tmp_path / "kic-china-weekly-667.txt"
    path.write_text("\n".join(lines[:110] + [""] + lines[110:]), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    card = next(t for t in records_of(result, "tables") if t["line_start"] == 109)
    assert (card["line_end"], card["row_lines"]) == (112, [109, 110, 112])
    assert [a["value"] for a in records_of(result, "amounts") if a["line"] == 112] == [
        "20000000", "150000000", "450000000", "620000000"]
    company = next(c for c in records_of(result, "companies") if c["name"] == "윈주로보틱스")
    assert company["funding"].startswith("엔젤 2,000만 위안(2028.09) → 시리즈 A")
