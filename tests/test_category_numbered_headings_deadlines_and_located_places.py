"""Shapes held-out issues 669–676 showed when first read (tests/corpus/heldout): headings numbered within their category
with their source in single angle quotes, an index's points, a deadline in an opening paragraph, a city its province
locates, places summed, a count of funds, `N대` before a band noun, hyphen-joined places before a gloss, a count of
places named as what it covers; and a fall word wrapped inside a PDF's line. Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, names_at, records_of, warnings_of


def test_headings_numbered_within_their_category_with_a_source_in_single_angle_quotes(corpus_issue):
    # 676 l.8-17 `◎ 거시·지역 경제` / `  02 ··· 11 월 소매판매로 본 지역별 소비 회복 지도 ‹21세기경제보도›` / …; l.24-26
    # `━━ 거시·지역 경제 ━━` / `1-1. 11 월 소매판매로 본 지역별 소비 회복 지도 ‹21세기경제보도(21世纪经济报道)›`, l.88
    # `2-1. 체화 지능 로봇에 몰리는 투자, 주목할 스타트업 ‹36커(36氪)›`, l.131 `3-1. KIC 중국, 청두(成都)서 …`
    result = corpus_issue(676)
    toc = [(e["category"], e["page"], e["source"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc == [("거시·지역 경제", 2, "21세기경제보도"), ("거시·지역 경제", 4, "경제참고보"), ("스타트업 현장", 6, "36커"),
                   ("스타트업 현장", 8, "칭커연구센터"), ("KIC 소식", 9, None), ("KIC 소식", 10, None)]
    sections = [(s["category"], s["title"], s["page_start"], s["title_line"], s["source"], s["source_zh"])
                for s in records_of(result, "sections")]
    assert sections[0] == ("거시·지역 경제", "11월 소매판매로 본 지역별 소비 회복 지도", 2, 26, "21세기경제보도", "21世纪经济报道")
    assert sections[2] == ("스타트업 현장", "체화 지능 로봇에 몰리는 투자, 주목할 스타트업", 6, 88, "36커", "36氪")
    assert [s[3] for s in sections] == [26, 56, 88, 117, 131, 141]
    # (the heading is no paragraph's first line: l.28 opens the article's text)
    assert records_of(result, "sections")[0]["blocks"][0]["line_start"] == 28


def test_an_index_in_points(corpus_issue):
    # 676 l.35 `소비자신뢰지수(pt)	91.2	92.8	93.5	94.1`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(676), "amounts") if a["line"] == 35]
    assert amounts == [("91.2", "pt"), ("92.8", "pt"), ("93.5", "pt"), ("94.1", "pt")]


def test_a_deadline_in_the_opening_paragraph_dates_no_figure(corpus_issue):
    # 669 l.75 `… 6 개 도시를 2 차 시범도시로 지정했다. 이들 도시에는 2033 년 말까지 … 3 개 분야에 중앙 재정 지원금이
    # 배정된다.` (issue of 2032-11-05); l.95 `지원 규모는 선전시가 18 억 5,000 만 위안으로 가장 크고, 청두시(12 억 위안)와
    # 항저우시(11 억 3,000 만 위안)가 뒤를 이었다.`: no year given them
    assert figures_at(corpus_issue(669), 95)[:3] == [("선전시", "1850000000", 1, None, None),
                                                     ("청두시", "1200000000", 2, None, None),
                                                     ("항저우시", "1130000000", 3, None, None)]


def test_a_city_its_province_locates_holds_the_rank(corpus_issue):
    # 669 l.107 `… 장쑤성 창저우시(常州市)가 38GWh 로 1 위였고, 푸젠성 닝더시(宁德市)가 31GWh 로 그 뒤를 이었다. 3 위는 24GWh 를
    # 확보한 광둥성 후이저우시(惠州市)였다.`
    assert [f[:3] for f in figures_at(corpus_issue(669), 107)] == [("창저우시", "38", 1), ("닝더시", "31", 2), ("후이저우시", "24", 3)]


def test_places_summed_and_a_count_of_funds(corpus_issue):
    # 671 l.78 `… 류저우(柳州) 등 6 개 도시가 이름을 올렸으며, 2031 년 발표된 1 차 명단 8 개 도시를 더하면 시범도시는 모두 14 곳이
    # 된다.`: the sum of both lists, no city's figure
    assert not any(f[1] == "14" for f in figures_at(corpus_issue(671), 78))
    # 674 l.92 `… 후베이성은 3개 기금에 215억 위안을 모았다.`; l.70 `… 난창 간장신구(赣江新区)를 3대 혁신 거점으로 지정하고`: three
    # leading hubs, no count of anything
    result = corpus_issue(674)
    assert [f for f in figures_at(result, 92) if f[0] == "후베이성"] == [("후베이성", "3", None, None, 2032),
                                                                        ("후베이성", "21500000000", None, None, 2032)]
    assert not any(f[1] == "3" for f in figures_at(result, 70))


def test_places_joined_by_hyphens_before_a_gloss_of_the_last(corpus_issue):
    # 674 l.66 `우한-창사(长沙)-난창(南昌)을 잇는 축을 중심으로`: 长沙 reads the last of the joined places
    assert [pair for pair in names_at(674, 66) if pair[1] in ("长沙", "南昌")] == [("창사", "长沙"), ("난창", "南昌")]


def test_a_count_of_places_named_as_what_it_covers(corpus_issue):
    # 674 l.93 `… 별도로 둔 곳은 다섯 곳으로, 장쑤성·광둥성·안후이성·쓰촨성이 여기에 해당한다.`: five said, four named
    warnings = warnings_of(corpus_issue(674), "count_mismatch")
    assert [line for line, _ in warnings] == [93] and warnings[0][1].endswith("says 5곳 but lists 4: 장쑤성, 광둥성, 안후이성, 쓰촨성")


def test_a_fall_word_wrapped_inside_a_pdf_line_keeps_the_sign():
    # 653 l.81 as Ghostscript's print wraps it: `… 투자 건수는 4,812건으로 1년 전보다 6.4% 감` | `소했다. …`; the issue writes
    # `감소` nowhere else, but a word making a rate a fall (data/figure_cues.tsv) is known whole
    from kic_extract.pdf.wraps import join_text

    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-653.txt").read_text(encoding="utf-8")
    line = text.split("\n")[80]
    cut = line.index("6.4% 감") + len("6.4% 감")
    left, right = line[:cut], line[cut:]
    assert right.startswith("소했다.") and text.count("감소") == 1
    vocabulary = text.replace(line, f"{left}\n{right}")
    assert join_text(left, right, True, vocabulary) == line


def test_a_card_whose_fields_run_on_into_a_marked_line_or_the_next_card(corpus_issue):
    # 442 l.144-149 `② 쥐펑로봇(巨峰机器人) | 선전` / `   법인명 深圳巨峰机器人有限公司` / … / `   자금 유치 시리즈 C 6억 5,000만
    # 위안, 누적 15억 위안 이상` / `   ▷ 두 팔과 …` cut by a page break: the line after the fields opens with a mark, as a card's
    # next card's or heading's would where a PDF's reader sets them with no blank line between (ReportLab's 674)
    companies = [(c["name"], c["funding_value"], c["funding_unit"], c["line_start"], c["line_end"])
                 for c in records_of(corpus_issue(442), "companies")]
    assert ("쥐펑로봇", 650000000, "위안", 144, 148) in companies
    # 381 l.153-158 `┃ 신루이광쉐(芯睿光学)` / `┃ 설립 2022년 3월 · …` / … / `┃ 포인트 …` cut by a page break
    companies = [(c["name"], c["funding_value"], c["line_start"]) for c in records_of(corpus_issue(381), "companies")]
    assert companies[0] == ("신루이광쉐", 400000000, 153)
