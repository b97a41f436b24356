"""Shapes held-out issues 641–648 showed when first read (tests/corpus/heldout): a masthead parted by heavy bars,
categories numbered in square brackets over entries led by their page, headings under a mark running straight into
their text, a title opening with its own number, a caption read into the paragraph above its table, ordinals joined by
`와`, the first place named after its figure, a number alone at the top of a PDF's page. Values read by hand from the
issues' lines."""

from conftest import figures_at, records_of, unindented, warnings_of


def test_categories_numbered_in_brackets_over_entries_led_by_a_dashed_leader(corpus_issue):
    # 644 l.1-15 `주간 중국 창업 ┃ 제644호` / `2032년 5월 14일 금요일 ┃ 발행 글로벌혁신센터(KIC 중국) ┃ 센터장 이도윤` / … /
    # `IN THIS ISSUE ─ 이번 호 차례` / `[01] 이슈 브리핑` / `  02 ┈ 1분기 소비·투자 지표로 본 지역 경기 / 21세기경제보도(…)` / …
    result = corpus_issue(644)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["date"], issue["publisher"], issue["director"]) == (
        644, "2032-05-14", "글로벌혁신센터(KIC 중국)", "이도윤")
    toc = [(e["category"], e["title"], e["page"], e["source"]) for e in issue["toc"]]
    assert toc[:2] == [("이슈 브리핑", "1분기 소비·투자 지표로 본 지역 경기", 2, "21세기경제보도"),
                       ("이슈 브리핑", "광둥성, 혁신바우처 공동 사용 도시 확대", 4, "남방일보")]
    assert [e[2] for e in toc] == [2, 4, 5, 7, 9, 10]


def test_marked_headings_over_a_source_line_or_straight_over_their_text(corpus_issue):
    # 644 l.19-21 `[01] 이슈 브리핑` / `▣ 1분기 소비·투자 지표로 본 지역 경기` / `21세기경제보도(21世纪经济报道) 2032.05.10`;
    # l.86-87 `▣ 반도체·바이오 스타트업 2곳` / `이번 호에서는 …`; l.114-115 `▣ 5월 KIC 멘토링 데이 일정` / `KIC 중국은 …`
    sections = [(s["category"], s["title"], s["page_start"], s["title_line"]) for s in records_of(corpus_issue(644), "sections")]
    assert sections == [("이슈 브리핑", "1분기 소비·투자 지표로 본 지역 경기", 2, 20),
                        ("이슈 브리핑", "광둥성, 혁신바우처 공동 사용 도시 확대", 4, 49),
                        ("스타트업 포커스", "4월 스타트업 투자 리뷰", 5, 60),
                        ("스타트업 포커스", "반도체·바이오 스타트업 2곳", 7, 86),
                        ("센터 소식", "KIC 중국, 항저우 한중 스타트업 교류회 개최", 9, 105),
                        ("센터 소식", "5월 KIC 멘토링 데이 일정", 10, 114)]


def test_a_count_whose_places_close_with_a_gloss_and_the_copula(corpus_issue):
    # 644 l.52 `… 바우처를 쓸 수 있는 도시를 다섯 곳으로 늘린다고 밝혔다. 대상 도시는 광저우시(广州市), 선전시(深圳市),
    # 주하이시(珠海市), 포산시(佛山市)다.`: five said, four listed
    warnings = warnings_of(corpus_issue(644), "count_mismatch")
    assert [line for line, _ in warnings] == [52] and "lists 4" in warnings[0][1]


def test_a_title_opening_with_its_own_number(corpus_issue):
    # 642 l.11 `   4 월 중앙정치국 회의, ‘내수 확대’에 방점 ··········· 2`, l.17 `   5 월 센터 주요 일정 ··········· 8`
    result = corpus_issue(642)
    toc = [(e["title"], e["page"]) for e in records_of(result, "issues")[0]["toc"]]
    assert toc[0] == ("4월 중앙정치국 회의, ‘내수 확대’에 방점", 2) and toc[-1] == ("5월 센터 주요 일정", 8)
    assert [s["title"] for s in records_of(result, "sections")][0] == "4월 중앙정치국 회의, ‘내수 확대’에 방점"


def test_first_place_named_after_its_figure_and_ordinals_joined(corpus_issue):
    # 642 l.60 `6 개 성 가운데 경제 규모가 가장 큰 곳은 1 분기 GDP 1 조 6,940 억 위안의 쓰촨성이었다. 허난성은 1 조 6,510 억 위안으로
    # 근소한 차이의 2 위였다.`; l.79 `… 충칭시가 6.0%로 선두에 섰는데, … 쓰촨성(5.8%)과 후베이성(5.6%)이 각각 두 번째와 세 번째로
    # 높았고, 허난성은 4.4%에 그쳤다.`
    result = corpus_issue(642)
    assert figures_at(result, 60) == [("쓰촨성", "1694000000000", 1, None, 2032), ("허난성", "1651000000000", 2, None, 2032)]
    ranked = [(f[0], f[1], f[2]) for f in figures_at(result, 79) if f[2] is not None]
    assert ranked == [("충칭시", "6", 1), ("쓰촨성", "5.8", 2), ("후베이성", "5.6", 3)]


def test_next_most_after_a_place_named(corpus_issue):
    # 638 l.100 `선전시(深圳市)의 2031 년 … '작은 거인' 기업은 1,020 곳으로 도시 가운데 베이징 다음으로 많았다.`; 516 l.192
    # `몐양시는 4,860억 위안으로 청두시 다음으로 컸고, …`
    assert [f for f in figures_at(corpus_issue(638), 100) if f[1] == "1020"] == [("선전시", "1020", 2, None, 2031)]
    assert [f for f in figures_at(corpus_issue(516), 192) if f[1] == "486000000000"] == [("몐양시", "486000000000", 2, None, 2028)]


def test_a_count_gathered_where_deals_were_made(corpus_issue):
    # 648 l.83 `… 1 억 달러 이상 대형 거래는 11 건이었는데 이 가운데 6 건이 베이징에서 성사됐다.`
    assert ("베이징", "6", None, None, 2032) in figures_at(corpus_issue(648), 83)


def test_a_caption_read_into_the_paragraph_above_its_table(corpus_issue):
    # 646 l.35-38 `지했다. 두 성 모두 … 이어질 것으로 보인다.` / `주요 성 연간 경제성장률 추이 (단위: %)` / header /
    # `후베이성\t5.9\t5.5\t5.7\t5.5`, no blank line between
    result = corpus_issue(646)
    table = next(t for t in records_of(result, "tables") if t["line_start"] <= 38 <= t["line_end"])
    assert (table["line_start"], table["unit"]) == (36, "%")
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 38] == [
        ("5.9", "%"), ("5.5", "%"), ("5.7", "%"), ("5.5", "%")]


def test_a_pdf_keeps_a_number_alone_at_a_page_top_that_is_no_page_number():
    # 647's prints: `청두\t615\t382` at the foot of page 5, its last cell `17` alone at the top of page 6, under the
    # running head; the pages number themselves `- 5 -` at the foot
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.read import drop_running_lines

    def line(page: int, top: float, text: str) -> VisualLine:
        return VisualLine(page, top, top + 8, 50, 400, 7.5, text, 20)

    pages = [[line(k, 20, "주간 중국 창업 | 제 647 호")] + ([line(k, 40, "17")] if k == 5 else [])
             + [line(k, 300, f"본문 {k}")] + [line(k, 815, f"- {k + 1} -")] for k in range(10)]
    kept = drop_running_lines(pages, [842.0] * 10, 36.0)
    assert [[ln.text for ln in page] for page in kept][4:6] == [["본문 4"], ["17", "본문 5"]]


def test_numbered_categories_as_a_pdfs_text_gives_them_with_no_indent(tmp_path):
    # 644 l.7-15 as the PDF reader gives them, the entries' indent gone: `[01] 이슈 브리핑` / `02 ┈ 1분기 … / 21세기경제보도(…)`
    toc = [(e["category"], e["title"], e["page"]) for e in records_of(unindented(644, 7, 15, tmp_path), "issues")[0]["toc"]]
    assert toc[0] == ("이슈 브리핑", "1분기 소비·투자 지표로 본 지역 경기", 2)
    assert [(category, page) for category, _, page in toc] == [
        ("이슈 브리핑", 2), ("이슈 브리핑", 4), ("스타트업 포커스", 5), ("스타트업 포커스", 7), ("센터 소식", 9), ("센터 소식", 10)]


def test_a_heading_numbered_under_a_mark(corpus_issue):
    # 656 l.40 `■ 01  7 월 제조업 경기와 31 개 성 소비 지도` under `▌마켓 브리프`, numbered again under each category
    sections = [(s["category"], s["seq"], s["title"], s["page_start"], s["title_line"])
                for s in records_of(corpus_issue(656), "sections")]
    assert sections == [("마켓 브리프", 1, "7월 제조업 경기와 31개 성 소비 지도", 3, 40),
                        ("마켓 브리프", 2, "저공경제 시범 지역 확대, 보조금 가이드라인 공개", 5, 75),
                        ("스타트업 포커스", 1, "하늘길 여는 저공경제 스타트업 3 곳", 6, 93),
                        ("스타트업 포커스", 2, "숫자로 본 선전 바오안의 드론 생태계", 8, 119),
                        ("센터 다이어리", 1, "'K-스타트업 차이나 데모데이' 참가 기업 모집", 9, 132)]


def test_a_caption_read_into_the_marked_lines_above_its_table(corpus_issue):
    # 654 l.32-35 ` ○ 지방정부 산업펀드의 … 면책` / `<표> 혁신창업 거점도시별 1차 지원 예산 (단위: 억 위안)` / header /
    # `청두\t12.0\t18.5\t30.5`
    result = corpus_issue(654)
    table = next(t for t in records_of(result, "tables") if t["line_start"] <= 35 <= t["line_end"])
    assert (table["line_start"], table["unit"]) == (33, "억 위안")
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 35] == [
        ("1200000000", "위안"), ("1850000000", "위안"), ("3050000000", "위안")]


def test_a_count_a_verb_goes_on_from_is_no_set_picked_from(corpus_issue):
    # 648 l.85 `항저우에서는 2032 년 5 월 한 달 동안 로봇 관련 투자가 21 건 이뤄져 도시 가운데 로봇 분야 거래가 가장 활발했는데, …`
    assert ("항저우", "21", 1, None, 2032) in figures_at(corpus_issue(648), 85)


def test_card_labels_set_off_by_two_spaces(corpus_issue):
    # 658 l.101-104 `[STARTUP] 선위안바이오(神源生物)` / `  · 설립 2027. 10  · 본사 베이징 창핑구(昌平区)  · 창업자 …` /
    # `  · 투자 이력  엔젤 1,500 만 위안(2028) → 시리즈 A 6,000 만 위안(2029) → 시리즈 B 3,500 만 달러(2031)` /
    # `  · 한 줄 소개  유전자 편집과 AI 표현형 분석을 결합한 내건성 옥수수 종자 개발`
    result = corpus_issue(658)
    card = next(t for t in records_of(result, "tables") if t["kind"] == "company_card" and t["line_start"] == 101)
    assert [row[0] for row in card["rows"]] == ["설립", "투자 이력", "한 줄 소개"]
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 103] == [
        ("15000000", "위안"), ("60000000", "위안"), ("35000000", "달러")]
    assert [f for f in records_of(result, "figures") if f["region_ko"] == "창핑구"] == []


def test_an_area_in_hectares(corpus_issue):
    # 658 l.83 `지역별로는 헤이룽장성(黑龙江省)의 스마트 농기계 작업 면적이 2031 년 620 만 헥타르로 전국 1 위였고, …`
    assert ("헤이룽장성", "6200000", 1, None, 2031) in figures_at(corpus_issue(658), 83)


def test_a_pdfs_numbered_heading_closed_by_its_source_takes_no_line_after_it():
    # 654's LibreOffice and Ghostscript prints: `[04] 동북 3성, 인구 감소 속 창업 생태계 재편 / 랴오닝일보(辽宁日报)` filling its line to
    # the right edge, the article's first paragraph (`헤이룽장성(黑龙江省)·… 이어지고 있다.`) on the next line, same type
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.paragraphs import lines_to_paragraphs

    heading = VisualLine(1, 100, 110, 50, 545, 9.5, "[04] 동북 3성, 인구 감소 속 창업 생태계 재편 / 랴오닝일보(辽宁日报)", 60)
    body = VisualLine(1, 114, 124, 50, 545, 9.5, "헤이룽장성(黑龙江省)·지린성(吉林省)·랴오닝성(辽宁省) 등 동북 3성의 인구 감소가", 60)
    wrapped = VisualLine(1, 128, 138, 50, 300, 9.5, "이어지고 있다.", 40)
    paragraphs = [parts for parts, _ in lines_to_paragraphs([heading, body, wrapped], 545.0, 1.55, tuple) if parts]
    assert paragraphs == [[heading.text], [body.text, wrapped.text]]


def test_a_cards_short_last_field_ends_at_a_page_break(corpus_issue):
    # 519 l.217-226 `▶ 톈수커지(天枢科技)` / … / `· 투자 유치: 엔젤~시리즈 B 누적 5,600만 달러` at the foot of page 7, the card's line on
    # the company (`소형 위상배열 레이더와 관제 소프트웨어를 …`) at the top of page 8: not the field's value
    company = next(c for c in records_of(corpus_issue(519), "companies") if c["line_start"] == 217)
    assert (company["funding"], company["funding_value"], company["line_end"]) == ("엔젤~시리즈 B 누적 5,600만 달러", 56000000, 220)
