"""Shapes held-out issues 561–568 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_title_in_angle_brackets_and_its_unit_line_set_apart_over_a_table(corpus_issue):
    # 561 l.148–149 `< 제 8 차 '작은거인' 지역별 지정 현황 >` / `단위: 개사`, a blank line, then l.151 `지역	8차 신규	1~8차 누적
    # 누적 비중(%)` and l.152 `광둥성	428	2,215	13.4`: counts of firms, and a share of the cumulative count that sums nothing
    result = corpus_issue(561)
    table = next(t for t in records_of(result, "tables") if t["header"][:2] == ["지역", "8차 신규"])
    assert (table["title"], table["unit"]) == ("< 제8차 '작은거인' 지역별 지정 현황 >", "개사")
    amounts = {a["raw"]: (a["value"], a["unit"], a["cumulative"]) for a in records_of(result, "amounts")
               if a["line"] == table["row_lines"][0]}
    assert amounts == {"428": ("428", "개사", False), "2,215": ("2215", "개사", False), "13.4": ("13.4", "%", False)}


def test_a_total_row_naming_what_it_totals(corpus_issue):
    # 562 l.47 `지표	단위	2028년	…`, l.52 `수출액	조 위안	20.1	…`, l.53 `수입액	조 위안	14.6	…`, l.54 `수출입 합계	조 위안
    # 34.7	36.2	37.8`: 수출 and 수입 only, not GDP, retail sales or investment above them (20.1 + 14.6 = 34.7)
    assert [w for w in warnings_of(corpus_issue(562), "total_mismatch") if w[0] == 54] == []


def test_the_margin_a_subject_leads_its_object_by_goes_on_as_the_subjects(corpus_issue):
    # 563 l.51 `광둥성이 장쑤성을 앞선 폭은 지난해 같은 기간 4,540 억 위안이었으나 올해는 3,540 억 위안으로 1,000 억 위안
    # 줄었다.` (in the paragraph opening at l.46)
    figures = [f for f in figures_at(corpus_issue(563), 46) if f[1] in ("454000000000", "354000000000", "-100000000000")]
    assert figures == [("광둥성", "454000000000", None, None, 2029), ("광둥성", "354000000000", None, None, 2030),
                       ("광둥성", "-100000000000", None, None, 2030)]


def test_a_count_before_its_namely_list_is_none_of_the_listed_places(corpus_issue):
    # 561 l.269 `… 상위 30위 안에 든 이 지역 고신구는 6곳, 즉 청두고신구(成都高新区), 충칭고신구(重庆高新区), …다.`
    assert [f for f in figures_at(corpus_issue(561), 269) if f[1] == "6"] == []
    # but 562 l.69 `… 장쑤성이 6곳, 즉 쑤저우·난징·우시·난퉁·창저우·쉬저우로 가장 많았다.`: 장쑤성's six
    assert figures_at(corpus_issue(562), 69)[0][:3] == ("장쑤성", "6", 1)


def test_a_provinces_reading_that_is_a_korean_word_names_no_region_alone(corpus_issue):
    # 565 l.229 `▶ 기업 소개: … 영하 30℃ 에서도 용량 유지율 85% 이상을 보여 …`: 영하 (零下, below zero) is 寧夏's
    # Sino-Korean reading too (data/sino_words.txt)
    assert figures_at(corpus_issue(565), 229) == []


def test_the_same_period_opening_a_part_is_the_articles(corpus_issue):
    # 565, titled `2030 년 1~3 분기 31 개 성·시 경제 성적표 발표`: after a table whose note names 2028 and 2029, the part
    # `2) 성장률: 중서부 약진, 동북 부진` opens (l.92) `같은 기간 성장률로 보면 시짱자치구(西藏自治区)가 6.8%로 가장 높았고, …`
    assert figures_at(corpus_issue(565), 92)[0] == ("시짱자치구", "6.8", 1, None, 2030)


def test_a_pdf_drops_a_line_over_the_page_number_on_two_pages_word_for_word():
    # 568's prints set `ⓒ 글로벌혁신센터(KIC 중국) — 출처를 밝히면 자유롭게 활용할 수 있습니다.` (l.113, l.176) right over the page
    # number (`5 / 10`) on two of ten pages; left in, it parted table 2 `구분(만 kW)	2027년 …` from its rows after the break
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.read import drop_running_lines

    def line(page: int, top: float, text: str) -> VisualLine:
        return VisualLine(page, top, top + 8, 50, 400, 7.5, text, 20)

    footer = "ⓒ 글로벌혁신센터(KIC 중국) — 출처를 밝히면 자유롭게 활용할 수 있습니다."
    pages = [[line(k, 300, f"본문 {k}") for _ in range(3)] + ([line(k, 800, footer)] if k in (4, 7) else [])
             + [line(k, 815, f"{k + 1} / 10")] for k in range(10)]
    kept = drop_running_lines(pages, [842.0] * 10, 36.0)
    assert not [ln for page in kept for ln in page if ln.text == footer]
    assert sum(len(page) for page in kept) == 30
