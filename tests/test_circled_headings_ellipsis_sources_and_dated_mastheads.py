"""Shapes held-out issue 518 showed when first read (tests/corpus/heldout): a masthead giving its date before the
publisher on one line and a website beside its contacts, contents led by the page with the source after `⋯`, headings
numbered with circled figures that start again under each category (some tagged `[정책분석]`), a header's last cell
wrapped onto a row of tabs, and ranks written as `정상은 … 몫`, `단연 앞섰다`, `바로 다음 자리`. Every value asserted
here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, records_of


def test_a_masthead_dated_before_its_publisher(corpus_issue):
    # 518 l.5 `주간 중국 창업  Vol. 518`, l.7 `2029년 12월 14일 발행 | 글로벌혁신센터(KIC 중국)`,
    # l.8 `info@kicchina.org | +86-10-6780-8840 | www.kicchina.org`
    result = corpus_issue(518)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["date"], issue["publisher"], issue["phone"], issue["email"]) == (
        518, "2029-12-14", "글로벌혁신센터(KIC 중국)", "+86-10-6780-8840", "info@kicchina.org")
    assert [(w.line, w.message) for w in result.warnings if w.code == "masthead_unparsed"] == [
        (8, "part of a masthead line not understood: 'www.kicchina.org'")]
    # 462 l.5 `2028년 11월 17일 발행 | 글로벌혁신센터(KIC 중국) | www.kicchina.org` under l.3 `주간 중국 창업 · 통권 462호`
    issue = records_of(corpus_issue(462), "issues")[0]
    assert (issue["number"], issue["date"], issue["publisher"]) == (462, "2028-11-17", "글로벌혁신센터(KIC 중국)")


def test_contents_led_by_the_page_with_the_source_after_an_ellipsis(corpus_issue):
    # 518 l.13 `02  1~3분기 도시 GDP 순위: 상하이 첫 ‘4조 위안’ 돌파, 충칭 4위 수성 ⋯ 제일재경(第一财经)`, l.19–21
    # `05  [정책분석] …`, `07  [산업단지] 2029년 국가급 하이테크구 종합평가 상위 10곳 ⋯ 과기부횃불센터(科技部火炬中心)`
    toc = records_of(corpus_issue(518), "issues")[0]["toc"]
    assert [(t["page"], t["category"]) for t in toc] == [(2, "이슈 브리핑"), (3, "이슈 브리핑"), (4, "이슈 브리핑"),
                                                       (5, "스타트업 리포트"), (6, "스타트업 리포트"), (7, "스타트업 리포트"),
                                                       (8, "센터 소식"), (9, "센터 소식")]
    assert (toc[0]["title"], toc[0]["source"], toc[0]["source_zh"]) == (
        "1~3분기 도시 GDP 순위: 상하이 첫 ‘4조 위안’ 돌파, 충칭 4위 수성", "제일재경", "第一财经")
    assert (toc[5]["tag"], toc[5]["title"], toc[5]["source"]) == ("산업단지", "2029년 국가급 하이테크구 종합평가 상위 10곳",
                                                               "과기부횃불센터")


def test_headings_numbered_with_circled_figures_under_each_category(corpus_issue):
    # 518 l.33 `① 1~3분기 도시 GDP 순위: …` over l.34 `출처: 제일재경(第一财经)`, l.101 `① [정책분석] 성급 지역별 …`,
    # l.188 `① KIC 중국, 선전 난산구와 …`
    sections = records_of(corpus_issue(518), "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections] == [
        (33, 2, "이슈 브리핑"), (57, 3, "이슈 브리핑"), (81, 4, "이슈 브리핑"), (101, 5, "스타트업 리포트"),
        (126, 6, "스타트업 리포트"), (159, 7, "스타트업 리포트"), (188, 8, "센터 소식"), (203, 9, "센터 소식")]
    assert sections[3]["title"] == "성급 지역별 전정특신 ‘소거인(小巨人)’ 기업 분포"


def test_a_header_cell_wrapped_onto_a_row_of_tabs(corpus_issue):
    # 518 l.63 `지표	단위	2026년	2027년	2028년	2028년` over l.64 `					전년 대비 증감`, l.65 `지역총생산(GDP)	조 위안	15.12	…	5.4%`
    result = corpus_issue(518)
    table = next(t for t in records_of(result, "tables") if t["line_start"] == 62)
    assert table["header"] == ["지표", "단위", "2026년", "2027년", "2028년", "2028년 전년 대비 증감"]
    assert table["rows"][0] == ["지역총생산(GDP)", "조 위안", "15.12", "15.86", "16.71", "5.4%"]


def test_ranks_in_words_of_the_top_and_the_next(corpus_issue):
    result = corpus_issue(518)
    # l.38 `정상은 이번에도 상하이시(上海市)의 몫이었다. 상하이시의 1~3분기 GDP는 4조 1,560억 위안으로, …`
    assert figures_at(result, 38)[0] == ("상하이시", "4156000000000", 1, None, 2029)
    # l.48 `… 하이뎬구(海淀区)가 1조 260억 위안으로 2위를 차지했다. … 선전 난산구(南山区)는 8,640억 위안으로 바로 다음 자리에
    # 이름을 올렸다.`
    assert figures_at(result, 48)[-1] == ("난산구", "864000000000", 3, None, 2029)
    # l.88 `신장웨이우얼자치구(新疆维吾尔自治区)가 18.4%로 단연 앞섰다. 이어 시짱자치구(西藏自治区)가 12.7%, 윈난성(云南省)이 9.3%를
    # 나타냈다.`
    assert figures_at(result, 88) == [("신장웨이우얼자치구", "18.4", 1, None, 2029), ("시짱자치구", "12.7", 2, None, 2029),
                                      ("윈난성", "9.3", 3, None, 2029)]
    # l.44 `허페이(合肥)는 재작년 같은 기간 1조 840억 위안에서 올해 1조 2,310억 위안으로 몸집을 키우며 20위권 진입을 눈앞에
    # 뒀다.`: about to enter the top twenty, no rank
    assert [f for f in figures_at(result, 44) if f[0] == "허페이"] == [("허페이", "1084000000000", None, None, 2027),
                                                                    ("허페이", "1231000000000", None, None, 2029)]


def test_a_count_of_what_it_qualifies_before_its_list(corpus_issue):
    # 518 l.90 `… 맞닿은 다섯 곳의 주요 통상구(口岸), 즉 호르고스(霍尔果斯), 알라산커우(阿拉山口), 바크투(巴克图), 투르가르트(吐尔尕特),
    # 이르케시탐(伊尔克什坦), 지무나이(吉木乃)를 통해 …`: six named
    warnings = [(w.line, w.message) for w in corpus_issue(518).warnings if w.code == "count_mismatch"]
    assert warnings == [(90, "the text says 5곳 but lists 6: 호르고스(霍尔果斯), 알라산커우(阿拉山口), 바크투(巴克图), "
                             "투르가르트(吐尔尕特), 이르케시탐(伊尔克什坦), 지무나이(吉木乃)")]
