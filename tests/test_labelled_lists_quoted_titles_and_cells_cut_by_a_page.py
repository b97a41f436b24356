"""Shapes held-out issues 517, 519 and 520 showed when first read (tests/corpus/heldout): a region inside a quoted
report's title, places that alone pass a mark (`…만이`), a title's word that reads a name's opening, a list after
`즉` whose items are labelled (`대상의 …`), and a cell a page break cut in a table grouped by region. Every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, names_at, records_of


def test_a_region_in_a_quoted_title_is_the_titles(corpus_issue):
    # 517 l.125 `칭커연구센터가 최근 발표한 ‘2029년 3분기 중국 지분투자 시장 보고서’에 따르면 3분기 … 신규 투자는 2,318건,
    # 투자액은 1,642억 위안으로 집계됐다.`: the market's figures, no region's
    assert figures_at(corpus_issue(517), 125) == []
    # 500 l.213 `'주간 중국 창업'이 이번 호로 500호를 맞았다. … 독자 1,284명을 대상으로 …`: the newsletter's name
    assert [f for f in figures_at(corpus_issue(500), 213) if f[0] == "중국"] == []


def test_the_only_places_passing_a_mark(corpus_issue):
    # 447 l.90 `… 베이징시가 5 만 620 위안으로 2 위였다. 상하이시와 베이징시만 5 만 위안을 넘었고, 간쑤성은 1 만 5,000 위안
    # 미만이었다.`
    figures = figures_at(corpus_issue(447), 90)
    assert ("상하이시", "50000", None, "min", 2028) in figures and ("베이징시", "50000", None, "min", 2028) in figures


def test_a_titles_word_that_reads_the_names_opening(corpus_issue):
    # 519 l.252 `5	원장 의학성(温江医学城)	65.2	760	바이오의약, 의료기기`: 温江 read 원장, not a director's title
    assert names_at(519, 252) == [("원장 의학성", "温江医学城")]


def test_a_list_of_labelled_items_after_namely(corpus_issue):
    # 519 l.268 `심사 결과 수상 기업은 다섯 곳, 즉 대상의 뉴로핏랩, 최우수상의 에이치투그린, 우수상의 모먼트AI·씨앤바이오·로보랩스다.`:
    # five named, no mismatch; the issue's one wrong count (l.96 `6개 도시, 즉 구이양(贵阳), …, 우루무치(乌鲁木齐)`, seven) found
    warnings = [(w.line, w.message) for w in corpus_issue(519).warnings if w.code == "count_mismatch"]
    assert warnings == [(96, "the text says 6개 도시 but lists 7: 구이양(贵阳), 칭양(庆阳), 중웨이(中卫), 후허하오터(呼和浩特), "
                             "청두(成都), 충칭(重庆), 우루무치(乌鲁木齐)")]


def test_a_cell_a_page_break_cut_in_a_grouped_table(corpus_issue):
    # 520 l.218 `화남	선전	첸하이 선전-홍콩 청년몽공장(前海深港青年梦工场)	2019 년	42곳	선전 분소 겸 화남`, the footer and header,
    # l.224 `					권역 허브`
    table = next(t for t in records_of(corpus_issue(520), "tables") if t["line_start"] == 211)
    assert ["화남", "선전", "첸하이 선전-홍콩 청년몽공장(前海深港青年梦工场)", "2019년", "42곳", "선전 분소 겸 화남 권역 허브"] in table["rows"]
    assert len(table["rows"]) == 9
