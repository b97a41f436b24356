"""Shapes met in held-out issues 933–936 and 939–940, each read by kind: a contents entry with a long dash between its
page and its title (`05 ─ 〈정책분석〉 …`); a caption's closing brackets naming several columns, each with its unit
(`(입주기업: 개, 산업 규모: 억 위안)`); `남짓` after an amount as a lower bound; a count whose counter takes the syllable after it
(`10개국`), which names no noun the items of a list would each hold; a name wrapped where its reading splits (`위` |
`베이구(渝北区)`); `맨 윗자리` as the first rank, and a rank standing after a gap ranking the level given before the gap; a
bound set named by joined kinds (`성·자치구는`) passing to each place listed, `각` after a subject giving its figure to
each place joined before, a country naming its currency (`미국 달러`), a figure qualifying the region after it over its
measure (`5.6%의 성장률을 올린 안후이성도`), and a count naming the list after it in a sentence naming no region. Values read
by hand from the issues' lines."""

from conftest import records_of, warnings_of


def test_a_long_dash_between_an_entry_s_page_and_its_title(corpus_issue):
    # 936 l.18 `03 ─ 11 월 국민경제 주요 지표 발표 / 국가통계국(国家统计局)`,
    # l.22 `05 ─ 〈정책분석〉 국가 인공지능 혁신응용 선도구 2 차 지정 / 과학기술부(科学技术部)`
    result = corpus_issue(936)
    toc = [(e["page"], e["tag"], e["title"], e["source"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[1] == (3, None, "11월 국민경제 주요 지표 발표", "국가통계국")
    assert toc[3] == (5, "정책분석", "국가 인공지능 혁신응용 선도구 2차 지정", "과학기술부")
    assert [s["title"] for s in records_of(result, "sections")][3] == "국가 인공지능 혁신응용 선도구 2차 지정"
    assert warnings_of(result, "toc_title_differs") == []


def test_each_column_a_caption_s_brackets_name_takes_its_unit(corpus_issue):
    # 936 l.90 `국가 인공지능 혁신응용 선도구 현황 (입주기업: 개, 산업 규모: 억 위안)` over
    # `번호 | 선도구 | 중문 명칭 | 소재지 | 입주기업 | 산업 규모`; l.92 `1	베이징 하이뎬 선도구	…	2,140`
    result = corpus_issue(936)
    cells = [(a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 92]
    assert cells[-1] == ("산업 규모", "214000000000", "위안")
    assert cells[0][0] == "입주기업" and cells[0][2] == "개"


def test_a_little_over_an_amount_is_a_lower_bound(corpus_issue):
    # 936 l.88 `안후이성은 규모가 1,100 억 위안 남짓이지만 …`
    figures = [(f["region_ko"], f["value"], f["bound"]) for f in records_of(corpus_issue(936), "figures") if f["line"] == 88]
    assert ("안후이성", "110000000000", "min") in figures


def test_a_counter_taking_the_syllable_after_it_names_no_items(corpus_issue):
    # 934 l.160 `▶ … '중국-아세안 청년 창업 주간'에 동남아 10개국 스타트업이 참가해 …` over two more `▶` news items,
    # one of them holding `외국인`, the other `중국`: no list of 10 countries; l.57's count of five zones listing four
    # is still warned of
    assert [line for line, _ in warnings_of(corpus_issue(934), "count_mismatch")] == [57]


def test_a_name_wrapped_where_its_reading_is_split_is_joined_whole():
    from kic_extract.pdf.wraps import join_text

    # 936 l.113 `… 시내에서는 위베이구(渝北区)가 …`, a print wrapping after `위`: the halves read the gloss after them
    # (`北` reads two syllables, so no syllable count finds it), one name; 268's `푸젠성 닝더시(福建省宁德市)`, one
    # gloss over two names printed apart, keeps its space where the producer wraps between words
    assert join_text("시내에서는 위", "베이구(渝北区)가 선도구로", True, "") == "시내에서는 위베이구(渝北区)가 선도구로"
    assert join_text("시내에서는 위", "베이구(渝北区)가 선도구로", False, "") == "시내에서는 위베이구(渝北区)가 선도구로"
    assert join_text("배터리 기업인 푸젠성", "닝더시(福建省宁德市)에", False, "") == "배터리 기업인 푸젠성 닝더시(福建省宁德市)에"


def test_the_top_seat_is_the_first_rank_and_a_rank_after_a_gap_ranks_the_level_before_it(corpus_issue):
    # 933 l.35 `… 광둥성(广东省)이 17조 2,830억 위안으로 올해도 맨 윗자리를 지켰다. 장쑤성(江苏省)은 17조 640억 위안을
    # 기록하며 광둥성과의 격차를 2,190억 위안까지 좁혔고 2위에 이름을 올렸다.`: the gap holds no rank
    figures = [(f["region_ko"], f["value"], f["rank"]) for f in records_of(corpus_issue(933), "figures") if f["line"] == 35]
    assert figures == [("광둥성", "17283000000000", 1), ("장쑤성", "17064000000000", 2), ("장쑤성", "219000000000", None)]


def test_a_rank_after_a_gap_falls_to_the_level_its_region_was_given(corpus_issue):
    # 499 l.247 `… 둥관시(东莞市) 4 만 1,000 세트 순이었다. 광저우시는 3 만 9,500 세트를 생산해 둥관시에 1,500 세트 뒤지며
    # 4 위로 밀려났다.`
    figures = [(f["region_ko"], f["value"], f["rank"]) for f in records_of(corpus_issue(499), "figures") if f["line"] == 247]
    assert figures[2:] == [("둥관시", "41000", 3), ("광저우시", "39500", 4), ("광저우시", "1500", None)]


def test_a_bound_set_named_by_joined_kinds_passes_to_each_place_listed(corpus_issue):
    # 940 l.29 `목표를 5% 이상으로 잡은 성·자치구는 모두 9곳으로, 시짱자치구·하이난성·…·후베이성(湖北省)이다.`: each of
    # the eight listed set 5% or more (and the count of nine is warned of)
    result = corpus_issue(940)
    bounded = [f["region_ko"] for f in records_of(result, "figures")
               if f["line"] == 29 and (f["value"], f["unit"], f["bound"]) == ("5", "%", "min")]
    assert bounded == ["시짱자치구", "하이난성", "신장위구르자치구", "닝샤후이족자치구", "간쑤성", "구이저우성", "장시성", "후베이성"]
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [29]


def test_each_after_a_subject_gives_the_figure_to_every_place_joined_before_it(corpus_issue):
    # 940 l.52 `지역별로는 장시성과 후난성(湖南省)이 각 2곳, 쓰촨성·광시좡족자치구(广西壮族自治区)·지린성(吉林省)·
    # 네이멍구자치구(内蒙古自治区)가 각 1곳을 받았다.`
    figures = [(f["region_ko"], f["value"], f["unit"]) for f in records_of(corpus_issue(940), "figures") if f["line"] == 52]
    assert figures == [("장시성", "2", "곳"), ("후난성", "2", "곳"), ("쓰촨성", "1", "곳"), ("광시좡족자치구", "1", "곳"),
                       ("지린성", "1", "곳"), ("네이멍구자치구", "1", "곳")]


def test_a_country_naming_its_currency_is_no_place_of_the_figure(corpus_issue):
    # 939 l.155 `홍콩특별행정구(香港特别行政区)에서 결성된 미국 달러 표시 펀드의 … 신규 출자 약정액은 12억 달러로 전월 대비
    # 35% 늘었고`: `미국 달러` is the money; the fund is Hong Kong's
    figures = [(f["region_ko"], f["value"], f["unit"]) for f in records_of(corpus_issue(939), "figures") if f["line"] == 155]
    assert figures[:2] == [("홍콩특별행정구", "1200000000", "달러"), ("홍콩특별행정구", "35", "%")]
    assert all(region != "미국" for region, _, _ in figures)


def test_a_gap_verb_right_after_an_amount_is_that_amount_s_not_the_level_after_it(corpus_issue):
    # 934 l.80 `… 상하이시는 702개로 2위였다. 선전시는 상하이시에 13개 뒤진 689개로 3위에 자리했다.`: the 13 is the gap
    # (no rank), the 689 the level ranked 3; 441 l.260 `… 우한시(1 만 3,800 개)와의 격차를 2,600 개로 좁혔다`: a gap
    # noun after another's figure still makes the 2,600 the subject's gap
    figures = [(f["region_ko"], f["value"], f["rank"]) for f in records_of(corpus_issue(934), "figures") if f["line"] == 80]
    assert figures[2:] == [("선전시", "13", None), ("선전시", "689", 3)]
    gap = [f["region_ko"] for f in records_of(corpus_issue(441), "figures") if f["line"] == 260 and f["value"] == "2600"]
    assert gap == ["허페이시"]


def test_a_figure_then_its_measure_and_verb_describe_the_region_after_them(corpus_issue):
    # 935 l.62 `… 간쑤성이 각각 6.1%, 5.9%로 그다음이었다. 5.6%의 성장률을 올린 안후이성도 동부 경제대성 가운데
    # 돋보였다.`: the 5.6% is 안후이성's, ranked nothing
    figures = [(f["region_ko"], f["value"], f["rank"]) for f in records_of(corpus_issue(935), "figures") if f["line"] == 62]
    assert figures[2:5] == [("간쑤성", "5.9", 3), ("안후이성", "5.6", None), ("톈진시", "1.3", None)]


def test_a_count_naming_its_own_list_is_no_figure_of_the_region_before(corpus_issue):
    # 934 l.57 `하이난성의 … 58억 달러로 전국 9위였다. 중점 산업단지 가운데 외국인 투자가 가장 많이 몰린 5곳은
    # 양푸경제개발구, 하이커우장둥신구, 싼야야저우완과기성, 원창국제항천성이다.`: the 5 counts the parks listed (four, so a
    # warning), not 하이난성's figure, and `가장 많이` ranks nothing
    result = corpus_issue(934)
    figures = [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in records_of(result, "figures") if f["line"] == 57]
    assert figures == [("하이난성", "5800000000", "달러", 9)]
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [57]
