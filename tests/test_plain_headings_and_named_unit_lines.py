"""Shapes held-out issues 569–572 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_headings_with_no_number_and_no_mark_open_their_articles(corpus_issue):
    # 572 prints its headings as plain lines: l.35 `2029 년 성별 R&D 경비 통계: 광둥·장쑤 양강 구도 굳어져` over l.36
    # `자료: 국가통계국(国家统计局)·…`, and l.192 `KIC 중국 선전 분소 개소, 웨강아오대만구 협력 거점 확대` alone, the whole
    # title the contents give (l.23–24, wrapped); the poster's own title at l.211 `2031 년 1 분기 KIC 중국 창업대회` is
    # only the first words of the entry `2031 년 1 분기 KIC 중국 창업대회 참가자 모집` (l.25) and opens nothing
    sections = [(s["title_line"], s["page_start"], s["category"]) for s in records_of(corpus_issue(572), "sections")]
    assert sections == [(35, 2, "이슈 브리프"), (81, 4, "이슈 브리프"), (117, 6, "이슈 브리프"), (134, 7, "이슈 브리프"),
                        (153, 8, "스타트업 인사이트"), (192, 10, "센터 소식"), (206, 11, "센터 소식")]


def test_a_unit_line_naming_each_column_and_its_unit_without_brackets(corpus_issue):
    # 572 l.91 `단위: 조성 면적 ㎢, 입주 한국기업 개사` over l.92 `지역	단지명	소재지	조성 면적	입주 한국기업` and l.95
    # `장쑤성	옌청한중산업원(盐城中韩产业园)	옌청시(盐城市)	52.0	312`
    result = corpus_issue(572)
    amounts = {(a["column_label"], a["raw"]): a["unit"] for a in records_of(result, "amounts") if a["line"] == 95}
    assert amounts == {("조성 면적", "52.0"): "㎢", ("입주 한국기업", "312"): "개사"}
    table = next(t for t in records_of(result, "tables") if t["header"][:2] == ["지역", "단지명"])
    assert table["unit"] is None and table["title"] == "<표 2> 창장삼각주 주요 한중 협력 단지 현황 (2030년 11월 기준)"


def test_a_margin_over_a_region_made_the_object_is_the_earlier_topics(corpus_issue):
    # 565 l.48 `장쑤성(江苏省)은 12 조 7,100 억 위안으로 2 위에 머물렀지만 성장률은 5.3%로 광둥성(4.6%)을 0.7%p 웃돌았다.`
    figures = [f for f in figures_at(corpus_issue(565), 48) if f[1] in ("5.3", "4.6", "0.7")]
    assert figures == [("장쑤성", "5.3", None, None, 2030), ("광둥성", "4.6", None, None, 2030),
                       ("장쑤성", "0.7", None, None, 2030)]


def test_a_region_that_is_also_a_word_before_an_approximate_figure(corpus_issue):
    # 569 l.146 `… 금액 기준으로는 상하이가 약 132억 위안으로 1위였고 선전이 약 97억 위안으로 2위에 올랐다.`: 선전 (also the
    # word 宣傳) names the city before its figure, `약` between them
    figures = figures_at(corpus_issue(569), 146)
    assert ("상하이", "13200000000", 1, None, 2030) in figures and ("선전", "9700000000", 2, None, 2030) in figures
    assert [f for f in figures if f[1] == "9700000000"] == [("선전", "9700000000", 2, None, 2030)]


def test_an_average_column_is_no_part_of_a_total_row(corpus_issue):
    # 570 l.123 `구분	투자 건수(건)	투자 금액(억 위안)	건당 평균(억 위안)` … l.128 `합계	166	208.0	1.25`: 1.25 is
    # 208.0 / 166, no sum of 1.09, 1.30, 1.40 and 1.14; the counts and amounts add up (38 + 45 + 52 + 31 = 166)
    assert [w for w in warnings_of(corpus_issue(570), "total_mismatch") if w[0] == 128] == []


def test_a_scope_of_the_ranks_below_one_and_last_of_a_part_of_the_country_state_no_rank(corpus_issue):
    # 572 l.124 `6위 이하에서는 지린성(吉林省)이 98만 대로 100만 대 문턱을 넘지 못했다.`: somewhere from 6th down, no rank;
    # l.141 `칭하이성은 수출입 규모가 100억 위안 미만으로 서부 지역 최하위에 머물렀다.`: last of the west, whose size the
    # text does not give
    result = corpus_issue(572)
    assert ("지린성", "980000", None, None, 2030) in figures_at(result, 124)
    assert ("칭하이성", "10000000000", None, "max", 2030) in figures_at(result, 141)
    # but 550 l.136 `4 위 이하는 광저우, 항저우, 쑤저우, 우한, 청두 순이었다. 이 가운데 우한은 … 17.3% 늘어 증가율이 가장
    # 높았다.`: the list from the 4th on, and 우한 first by its rate
    assert ("우한", "17.3", 1, None, 2030) in figures_at(corpus_issue(550), 136)


def test_a_quoted_mark_approached_and_the_subject_of_words_describing_another_place(corpus_issue):
    # 570 l.54 `청두시는 2025년 2조 5,410억 위안에서 지난해 2조 9,870억 위안으로 몸집을 키우며 '3조 위안' 문턱에 다가섰다.`:
    # a mark still to reach, no figure
    result = corpus_issue(570)
    assert [f for f in figures_at(result, 54) if f[1] == "3000000000000"] == []
    # l.107 `광둥성과 마카오가 공동 관리하는 헝친(横琴)에 등록된 마카오 자본 기업은 10월 말 기준 6,800개를 넘어섰다.`: the
    # firms registered in 헝친, not 광둥성's or 마카오's
    assert [f for f in figures_at(result, 107) if f[1] == "6800"] == [("헝친", "6800", None, "min", 2030)]


def test_an_articles_own_title_repeated_over_its_table_opens_no_article(corpus_issue):
    # 479 l.181 `1. 2029 년 1~2 월 중국 스타트업 투자 규모 Top 10` opens the article, and l.185 repeats the title over its table;
    # LibreOffice's print sets that line apart, alone, the contents entry's whole title (l.26): still the same article, and
    # `2. 체화지능(具身智能) 유망 스타트업 4 선: …` (l.210) the next
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    pdf = Path(__file__).resolve().parent / "data" / "pdf" / "kic-china-weekly-479.libreoffice.pdf"
    printed = [(s.title, s.page_start) for s in extract_issue(pdf, pdf.name, Settings()).records["sections"]]
    assert printed == [(s["title"], s["page_start"]) for s in records_of(corpus_issue(479), "sections")]
    assert printed[3:5] == [("2029년 1~2월 중국 스타트업 투자 규모 Top 10", 7),
                              ("체화지능(具身智能) 유망 스타트업 4 선: 휴머노이드에서 수중 로봇까지", 8)]
