"""Shapes held-out issues 617 and 618 showed when first read (tests/corpus/heldout), and earlier issues the same rules
set right. Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_group_cell_is_filled_down_above_a_total_row_printed_short(corpus_issue):
    # 617 l.68-82 `번호 | 성(직할시) | 도시 | …` / `1 | 쓰촨성 | 청두 | …` / `2 |  | 몐양 | …` / … / `합계 | 67.9 | 76`: the
    # total row's sums stand under the group column, which is still one of names
    result = corpus_issue(617)
    table = next(t for t in records_of(result, "tables") if t["header"] and t["header"][1] == "성(직할시)")
    assert [row[1] for row in table["rows"][:5]] == ["쓰촨성", "쓰촨성", "산시성", "후베이성", "후베이성"]
    assert table["filled"] == [[1, 1], [4, 1]]
    assert table["rows"][-1] == ["합계", "67.9", "76"]
    # 12.5 + 4.0 + 9.8 + 11.2 + 3.6 + 7.4 + 10.3 + 8.1 = 66.9, not 67.9
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [82]


def test_a_note_right_under_a_tables_rows_is_the_tables(corpus_issue):
    # 617 l.83-84 `* 지원 예산은 2032 년 중앙 재정 배정 계획 기준. 자료: 국가발전개혁위원회` / `도시별 2032 년 지원 예산은
    # 청두(成都)가 … 경제 규모가 상대적으로 작은 몐양(绵阳)과 샹양(襄阳)에는 각각 4 억 위안, 3 억 6,000 만 위안이 배정됐다.`
    result = corpus_issue(617)
    table = next(t for t in records_of(result, "tables") if t["header"] and t["header"][1] == "성(직할시)")
    assert table["notes"] == ["* 지원 예산은 2032년 중앙 재정 배정 계획 기준. 자료: 국가발전개혁위원회"]
    assert table["line_end"] == 83
    assert figures_at(result, 84) == [("청두", "1250000000", 1, None, 2032), ("우한", "1120000000", 2, None, 2032),
                                      ("충칭", "1030000000", 3, None, 2032), ("몐양", "400000000", None, None, 2032),
                                      ("샹양", "360000000", None, None, 2032)]
    # 599 l.47 `* 2033년 수치는 목표치임.` under its table's rows
    assert next(t for t in records_of(corpus_issue(599), "tables") if t["line_end"] == 47)["notes"] == ["* 2033년 수치는 목표치임."]


def test_a_count_after_a_closed_clause_lists_nothing(corpus_issue):
    # 617 l.33 `… 허난성(河南省)을 제치고 5 위로 올라섰는데, 상위 5 개 지역의 순서가 바뀐 것은 2029 년 이후 처음이다.`
    assert 33 not in [line for line, _ in warnings_of(corpus_issue(617), "count_mismatch")]


def test_a_numbered_heading_repeating_an_entry_opens_its_article_over_any_text(corpus_issue):
    # 617 l.152-155 `2. 2032 년 상반기 KIC 중국 액셀러레이팅 프로그램 모집` / `KIC 중국 액셀러레이팅 프로그램 ‘CHINA 路’
    # 2032 상반기 기수` / `모집 대상: …`: a subtitle, then fields, no paragraph
    sections = records_of(corpus_issue(617), "sections")
    assert [(s["title"], s["category"], s["page_start"], s["title_line"]) for s in sections[-2:]] == [
        ("2031 KIC 중국 한중 스타트업 데모데이 결과", "KIC 중국 NEWS", 9, 140),
        ("2032년 상반기 KIC 중국 액셀러레이팅 프로그램 모집", "KIC 중국 NEWS", 10, 152)]
    # 618 l.118-120 `… 협의하고 있다.` / `06 │ 12 월 KIC 중국 한중 투자 상담회 참가 기업 모집` / `일시: …`: the heading
    # straight after the last article's paragraph, no blank line
    sections = records_of(corpus_issue(618), "sections")
    assert len(sections) == 6
    assert (sections[-1]["title"], sections[-1]["page_start"], sections[-1]["title_line"]) == (
        "12월 KIC 중국 한중 투자 상담회 참가 기업 모집", 9, 119)
    assert sections[-2]["line_end"] == 118
    # 336 l.121-123: a tag over its heading, no blank line above it, stays the heading's (`【산업분석】` / `1. …`)
    sections = records_of(corpus_issue(336), "sections")
    assert all(b["text"] != "【산업분석】" for s in sections for b in s["blocks"])


def test_cards_further_down_their_text(corpus_issue):
    # 618 l.86-97 `① 거쉰환신(格循环新) │ 폐배터리 양극재 직접 재생` / `설립 2028.05 · 본사 장시성 이춘` / `투자 2029.02 시드 600 만
    # 위안 ▸ 2030.07 시리즈 A 1 억 1,000 만 위안 ▸ 2031.09 시리즈 B 3 억 8,000 만 위안` / `소개 …다.` / `② 루이탄커지(锐碳科技) │ …`
    # / … / `투자 2028.06 시리즈 A 3,500 만 위안 ▸ 2030.03 시리즈 B 1,500 만 달러 ▸ 2031.08 시리즈 C 4 억 5,000 만 위안 │ 누적 6 억
    # 위안 이상`, no blank line between the cards
    result = corpus_issue(618)
    cards = [(c["name"], c["name_zh"], c["founded_raw"], c["line_start"]) for c in records_of(result, "companies")]
    assert cards == [("거쉰환신", "格循环新", "2028.05", 86), ("루이탄커지", "锐碳科技", "2029.03", 90),
                     ("후이쉬안신넝", "回旋新能", "2027.11", 94)]
    amounts = [(a["line"], a["value"], a["unit"], a["approx"], a["bound"], a["cumulative"])
               for a in records_of(result, "amounts") if 86 <= a["line"] <= 97]
    assert amounts == [(88, "6000000", "위안", False, None, False), (88, "110000000", "위안", False, None, False),
                       (88, "380000000", "위안", False, None, False), (92, "12000000", "위안", False, None, False),
                       (92, "50000000", "위안", True, None, False), (96, "35000000", "위안", False, None, False),
                       (96, "15000000", "달러", False, None, False), (96, "450000000", "위안", False, None, False),
                       (96, "600000000", "위안", False, "min", True)]
    # 617 l.122-131: `1) 완성기: 윈펑즈항(云峰智航)` / `▶ 설립: …` / `▶ 투자 유치: 엔젤 800 만 위안(2026.09) → …` / `▶ 기업 소개: …`,
    # the first card under the editor's note
    names = [c["name"] for c in records_of(corpus_issue(617), "companies")]
    assert names == ["윈펑즈항", "칭위동력", "톈루항커"]


def test_a_month_after_a_year_before_angel_is_no_yen(corpus_issue):
    # 618 l.92 `투자 2029.10 엔젤 1,200 만 위안 ▸ …`; 612 l.105 `… 2029. 7 엔젤 2,500만 위안 → …`
    for number, line in ((618, 92), (612, 105)):
        assert [a["unit"] for a in records_of(corpus_issue(number), "amounts") if a["line"] == line and a["unit"] == "엔"] == []


def test_dates_over_a_total_row_printed_short_are_no_amounts(corpus_issue):
    # 618 l.106-117 `거점 | 도시 | 개소 | 입주 한국기업(개사) | 전담 멘토(명)` / `베이징 본부 | 베이징 | 2016.03 | 24 | 12` / … /
    # `계 | 61 | 31`
    result = corpus_issue(618)
    values = [a["raw"] for a in records_of(result, "amounts") if 107 <= a["line"] <= 117]
    assert "2016.03" not in values and values[:2] == ["24", "12"]


def test_a_unit_line_with_words_on_the_figures_before_its_unit(corpus_issue):
    # 621 l.36-42 `표 1) 2031 년 분기별 주요 경제지표` / `(단위: 전년 동기 대비 증가율, %)` / `지표 | 1 분기 | 2 분기 | 3 분기` /
    # `국내총생산(GDP) | 5.0 | 4.7 | 4.2` / … / `고정자산투자(농가 제외) | 2.9 | 2.1 | -0.6`
    result = corpus_issue(621)
    table = records_of(result, "tables")[0]
    assert (table["title"], table["unit"]) == ("표 1) 2031년 분기별 주요 경제지표", "%")
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] in (39, 42)]
    assert amounts == [(39, "5", "%"), (39, "4.7", "%"), (39, "4.2", "%"),
                       (42, "2.9", "%"), (42, "2.1", "%"), (42, "-0.6", "%")]


def test_a_card_label_whose_items_stand_on_the_lines_below_it(corpus_issue):
    # 621 l.96-104 `1) 물류 드론` / `기업명 : 윈차오항공(云巢航空)` / `설립 : 2027 년 5 월` / `본사 : …` / `투자 유치 :` /
    # `- 엔젤 (2027.09) 2,000만 위안` / `- 시리즈 A (2029.03) 1억 5,000만 위안` / `- 시리즈 B (2031.06) 6억 위안`
    result = corpus_issue(621)
    card = records_of(result, "tables")[3]
    assert card["kind"] == "company_card" and card["rows"][3:] == [
        ["투자 유치", None], ["투자 유치", "엔젤 (2027.09) 2,000만 위안"], ["투자 유치", "시리즈 A (2029.03) 1억 5,000만 위안"],
        ["투자 유치", "시리즈 B (2031.06) 6억 위안"]]
    assert card["filled"] == [[4, 0], [5, 0], [6, 0]]
    amounts = [(a["line"], a["value"], a["unit"]) for a in records_of(result, "amounts") if 100 <= a["line"] <= 104]
    assert amounts == [(101, "20000000", "위안"), (102, "150000000", "위안"), (103, "600000000", "위안")]
    assert [(c["name"], c["name_zh"]) for c in records_of(result, "companies")] == [
        ("윈차오항공", "云巢航空"), ("칭윈항공", "擎云航空"), ("톈수즈쿵", "天枢智控")]
    # 614 l.129-133 `- 투자 이력 :` / `  · 2027.12 엔젤 3,000만 위안` / … / `  · 누적 투자 유치액 7억 3,000만 위안`
    amounts = [(a["value"], a["cumulative"]) for a in records_of(corpus_issue(614), "amounts") if 130 <= a["line"] <= 133]
    assert amounts == [("30000000", False), ("200000000", False), ("500000000", False), ("730000000", True)]


def test_a_category_marked_with_a_black_circle(corpus_issue):
    # 624 l.7 `● 정책·거시 브리핑` in the contents, l.22 `━━ 정책·거시 브리핑 ━━` over the articles
    sections = records_of(corpus_issue(624), "sections")
    assert [(s["category"], s["page_start"]) for s in sections] == [
        ("정책·거시 브리핑", 2), ("정책·거시 브리핑", 3), ("스타트업 레이더", 5), ("스타트업 레이더", 6), ("센터 소식", 8)]


def test_an_opening_paragraph_dates_the_foreign_capital_it_reports(corpus_issue):
    # 624 l.57 `상무부(商务部)가 집계한 2031년 1~11월 실제 외자 이용액을 보면, …의 성적이 엇갈렸다.` (no figure), then l.59
    # `쓰촨성은 실제 외자 이용액 45억 3,000만 달러로 서부 1위를 지켰고, 충칭이 30억 7,000만 달러로 그 뒤를 이었다. 쓰촨성은
    # 2030년 한 해 동안 46억 달러를 유치한 바 있어 … 올해 1~11월 성도인 청두(成都) 한 곳에만 30억 달러를 넘는 외자가 들어왔다.`
    assert figures_at(corpus_issue(624), 59) == [("쓰촨성", "4530000000", 1, None, 2031), ("충칭", "3070000000", 2, None, 2031),
                                                 ("쓰촨성", "4600000000", None, None, 2030), ("청두", "3000000000", None, "min", 2031)]


def test_a_clipping_no_contents_entry_lists_under_its_own_banner(corpus_issue):
    # 621 l.129-132 `CHINA 뉴스 클리핑` / (blank) / `1. 中 배터리 재활용 스타트업, 유럽 공략 속도 (한중경제신문. 2031.12.02)` /
    # `유럽연합이 …`: neither the banner nor the article is in the contents
    sections = records_of(corpus_issue(621), "sections")
    clipping = next(s for s in sections if s["title_line"] == 131)
    assert (clipping["title"], clipping["category"], clipping["source"], str(clipping["source_date"]), clipping["page_start"]) == (
        "中 배터리 재활용 스타트업, 유럽 공략 속도", "CHINA 뉴스 클리핑", "한중경제신문", "2031-12-02", 7)
    assert [s["category"] for s in sections].count("CHINA 뉴스 클리핑") == 1 and len(sections) == 7


def test_this_rounds_and_earlier_rounds_are_funding(corpus_issue):
    # 624 l.86-89 `[주목 기업 ①] 하이란바이오(海澜生物)` / … / `· 이번 라운드: 시리즈 C 9억 5,000만 위안 (12월 8일 발표)` /
    # `· 이전 라운드: 시리즈 A 1억 8,000만 위안(2027년), 시리즈 B 4억 위안(2029년)`
    result = corpus_issue(624)
    amounts = [(a["line"], a["row_label"], a["value"]) for a in records_of(result, "amounts") if 88 <= a["line"] <= 89]
    assert amounts == [(88, "이번 라운드", "950000000"), (89, "이전 라운드", "180000000"), (89, "이전 라운드", "400000000")]
    card = next(c for c in records_of(result, "companies") if c["name"] == "하이란바이오")
    assert (card["funding_value"], card["funding_unit"]) == (950000000, "위안")


def test_a_year_set_against_dates_nothing_after_it(corpus_issue):
    # 622 l.62 `공업정보화부는 지난 9 일 ‘첨단 제조 시범도시’ 2 차 명단을 발표했다. 대도시 위주였던 2029 년 1 차 선정과 달리
    # 이번에는 … 지원 규모는 우시가 12 억 위안으로 가장 크고 우후가 10 억 위안으로 …`: 2029 is the first list's, not the funds'
    figures = figures_at(corpus_issue(622), 62)
    assert figures[:2] == [("우시", "1200000000", 1, None, None), ("우후", "1000000000", 2, None, None)]
