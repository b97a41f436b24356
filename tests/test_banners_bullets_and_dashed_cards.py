"""Shapes held-out issues 597–600 showed when first read (tests/corpus/heldout), and earlier issues the same rules
set right. Values read by hand from the issues' lines."""

from conftest import records_of, warnings_of


def test_the_bodys_first_category_banner_is_no_contents_entry(corpus_issue):
    # 598 l.16-22: `[ KIC 라운지 ]` / `09 | …` / `10 | 7월 KIC 중국 주요 일정` / `1 / 10` / … / `◆ 이슈 브리핑`: the banner
    # of the category the contents opened with, over the body's first article
    result = corpus_issue(598)
    sections = [(s["title"], s["page_start"], s["category"]) for s in records_of(result, "sections")]
    assert sections[0] == ("2030년 중국 벤처투자 결산, 투자액 3년 만에 반등", 2, "이슈 브리핑")
    assert len(sections) == 7 and [s for s in sections if s[0] == "이슈 브리핑"] == []
    assert [e["title"] for e in records_of(result, "issues")[0]["toc"]][-1] == "7월 KIC 중국 주요 일정"
    # 600 l.17-26: `◆ KIC 다이어리` / entries / `— 1 —` / … / `◆ 포커스 차이나`
    sections = records_of(corpus_issue(600), "sections")
    assert [(s["title"], s["category"]) for s in sections[:1]] == [("6월 제조업 PMI, 석 달 만에 확장 국면 복귀", "포커스 차이나")]
    assert len(sections) == 7


def test_these_places_counted_after_their_ranking_are_checked_against_it(corpus_issue):
    # 598 l.62 `… 베이징 91.4점, 선전(深圳) 88.7점, 상하이 87.9점, 항저우 82.3점 순이었으며, 이들 다섯 개 도시가 …`: four
    assert [line for line, _ in warnings_of(corpus_issue(598), "count_mismatch")] == [62]
    # 345 l.128 `베이징시가 47 건으로 가장 많았다. 이어 상하이시 39 건, 선전시 35 건, 항저우시 21 건 순으로, 이들 4 개
    # 도시가`: the first of the four is the sentence before's; nothing to warn of
    assert 128 not in [line for line, _ in warnings_of(corpus_issue(345), "count_mismatch")]


def test_a_count_of_places_whose_list_follows_by_place_is_checked(corpus_issue):
    # 600 l.145 `KIC 중국은 하반기 다섯 개 도시에서 ‘코리아 스타트업 로드쇼’를 열어 … 주선한다. 도시별 일정과 중점 분야는
    # 다음과 같다.` then four lines `· 9월 16일 항저우(杭州) ─ 인공지능·클라우드`, …, `· 12월 9일 시안(西安) ─ …`
    warnings = warnings_of(corpus_issue(600), "count_mismatch")
    assert [line for line, _ in warnings] == [145] and "lists 4" in warnings[0][1]


def test_a_line_opened_by_a_dot_and_a_space_is_a_list_item(corpus_issue):
    # 326 l.244-246 `■ 본선 안내` / `· 일시 : 2026년 4월 24일(금) 14:00` / `· 장소 : 베이징 중관춘 창업대가 전시홀` (the
    # marked line alone heads the items)
    blocks = [b for s in records_of(corpus_issue(326), "sections") for b in s["blocks"] if 244 <= b["line_start"] <= 246]
    assert [(b["kind"], b["line_start"]) for b in blocks] == [("heading", 244), ("list_item", 245), ("list_item", 246)]
    # 504 l.210 `· 1회차  9월 17일(월) 14:00~17:00  베이징 왕징(望京) KIC 중국 창업센터  -  …`: a schedule, no figure of 왕징's
    assert [f for f in records_of(corpus_issue(504), "figures") if f["region_ko"] == "왕징"] == []


def test_a_card_label_parted_from_its_value_by_a_dash(corpus_issue):
    # 600 l.103-106 `[CARD 1] 구지신에너지(固极新能源)` / `설립 2026.04 │ 본사 … │ 분야 전고체 배터리` / `투자 이력 ─ 엔젤
    # 5,000만 위안(2026.09) ▸ 시리즈 A 3억 위안(2028.02) ▸ 시리즈 B 12억 위안(2029.08) ▸ 시리즈 C 2억 8,000만 달러(2031.06)` /
    # `누적 투자 유치 ─ 약 35억 위안`
    result = corpus_issue(600)
    card = next(c for c in records_of(result, "companies") if c["name"] == "구지신에너지")
    assert (card["name_zh"], card["founded_raw"], card["line_start"], card["line_end"]) == ("固极新能源", "2026.04", 103, 106)
    amounts = [(a["value"], a["unit"], a["approx"], a["cumulative"]) for a in records_of(result, "amounts")
               if 105 <= a["line"] <= 106]
    assert amounts == [("50000000", "위안", False, False), ("300000000", "위안", False, False),
                       ("1200000000", "위안", False, False), ("280000000", "달러", False, False),
                       ("3500000000", "위안", True, True)]


def test_a_price_per_watt_hour_in_a_row_label(corpus_issue):
    # 597 l.112 `평균 셀 단가(위안/Wh)\t0.92\t0.88\t0.83\t0.79`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(597), "amounts") if a["line"] == 112]
    assert amounts == [("0.92", "위안/Wh"), ("0.88", "위안/Wh"), ("0.83", "위안/Wh"), ("0.79", "위안/Wh")]
