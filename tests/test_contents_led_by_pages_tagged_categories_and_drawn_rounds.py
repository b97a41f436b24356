"""Shapes held-out issues 693–700 showed when first read (tests/corpus/heldout): contents titled with their English in
brackets, entries led by their page and an ellipsis or by `p.N` and spaces, a heading mark over an article at a page's
top, categories led by a bracketed tag, a source after a slash glossed with digits, a card's rounds listed under a label
standing alone in a drawn frame, a count over a table grouped by what it counts, a city locating a district in a list of
places passing a mark; and a glossed name a PDF's line wraps. Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text


def _toc(result):
    return [(e["category"], e["title"], e["page"], e["source"]) for e in records_of(result, "issues")[0]["toc"]]


def _sections(result):
    return [(s["category"], s["title"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")]


def test_contents_entries_led_by_their_page_and_an_ellipsis(corpus_issue):
    # 694 l.9-17 `CONTENTS` / `◆ 거시·정책` / `  02 … 인민은행, 과학기술 혁신 재대출 한도 확대` / … / `  09 … 한중 청년 창업
    # 교류회 톈진서 열려`; the body's headings `■ 인민은행, …` (l.26), `■ 창장·주장 …` (l.46), `■ 체화지능 …` (l.85),
    # `■ KIC 중국 협력 거점 현황` (l.112), `■ 한중 청년 …` (l.132)
    result = corpus_issue(694)
    assert _toc(result) == [("거시·정책", "인민은행, 과학기술 혁신 재대출 한도 확대", 2, None),
                            ("거시·정책", "창장·주장 삼각주 주요 도시 1분기 성적표", 3, None),
                            ("스타트업 레이더", "체화지능 로봇 스타트업 2곳 집중 분석", 6, None),
                            ("스타트업 레이더", "KIC 중국 협력 거점 현황", 8, None),
                            ("센터 소식", "한중 청년 창업 교류회 톈진서 열려", 9, None)]
    assert [(s[0], s[2], s[3]) for s in _sections(result)] == [("거시·정책", 2, 26), ("거시·정책", 3, 46),
                                                               ("스타트업 레이더", 6, 85), ("스타트업 레이더", 8, 112),
                                                               ("센터 소식", 9, 132)]
    # l.128 `계	-	-	32	261`: the branch list's total, read once the article opens
    assert [r[0] for r in next(t for t in records_of(result, "tables") if t["line_start"] <= 128 <= t["line_end"])["rows"]][-1] == "계"


def test_contents_titled_with_their_english_and_entries_led_by_p_and_spaces(corpus_issue):
    # 698 l.7 `이번 호 차례 (CONTENTS)`, l.9-19 `[ 포커스 차이나 ]` / `p.2  중국 벤처투자 시장, 3 년 만에 반등 신호 /
    # 칭커연구센터(清科研究中心)` / … / `p.9  【모집】 2033 년 하반기 KIC 중국 액셀러레이팅 프로그램 참가 기업 모집`, a blank line,
    # l.21 `※ 이번 호부터 지면 구성이 바뀌었습니다. …` (no part of the entry); l.126 `● 【모집】 2033 년 하반기 …` at the top of
    # page 9, over a blank line and its text (l.128): a heading, not a line its text goes on from
    result = corpus_issue(698)
    toc = _toc(result)
    assert toc[0] == ("포커스 차이나", "중국 벤처투자 시장, 3년 만에 반등 신호", 2, "칭커연구센터")
    assert toc[5] == ("센터 소식", "2033년 하반기 KIC 중국 액셀러레이팅 프로그램 참가 기업 모집", 9, None)
    assert [(s[0], s[2], s[3]) for s in _sections(result)] == [
        ("포커스 차이나", 2, 28), ("포커스 차이나", 4, 56), ("스타트업 리포트", 6, 87), ("스타트업 리포트", 7, 106),
        ("센터 소식", 8, 117), ("센터 소식", 9, 126)]
    assert _sections(result)[5][1] == "2033년 하반기 KIC 중국 액셀러레이팅 프로그램 참가 기업 모집"


def test_categories_led_by_a_bracketed_tag_and_a_source_after_a_slash(corpus_issue):
    # 696 l.9-19 `[브리핑] 이슈 브리핑` / `  · 창장삼각주 1 분기 창업 지표 점검 / 21세기경제보도(21世纪经济报道) ·········· 02` /
    # … / `[KIC] KIC 소식`; l.27 `01. 창장삼각주 1 분기 창업 지표 점검 / 21세기경제보도(21世纪经济报道)`
    result = corpus_issue(696)
    assert [e[0] for e in _toc(result)] == ["이슈 브리핑", "이슈 브리핑", "스타트업 포커스", "스타트업 포커스", "KIC 소식",
                                            "KIC 소식"]
    first = records_of(result, "sections")[0]
    assert (first["category"], first["title"], first["source"], first["source_zh"], first["page_start"]) == \
        ("이슈 브리핑", "창장삼각주 1분기 창업 지표 점검", "21세기경제보도", "21世纪经济报道", 2)


def test_rounds_listed_under_a_label_standing_alone_in_a_drawn_card(corpus_issue):
    # 696 l.98-105 `┌ 카드 1 ─ 즈싱로봇(智行机器人)` / `│ 설립 2030.06 · 본사 …` / `│ 투자 유치 이력` / `│  - 시드 1,500 만 위안
    # (2030.09)` / … / `│  - 시리즈 B 1 억 2,000 만 달러 (2033.03)` / `└ 주력 제품: …`; l.112-119 the second card, its rounds
    # then `│ 누적 투자액 약 6 억 6,000 만 위안`
    result = corpus_issue(696)
    cards = [(c["name"], c["name_zh"], c["founded_raw"], c["line_start"], c["line_end"]) for c in records_of(result, "companies")]
    assert cards == [("즈싱로봇", "智行机器人", "2030.06", 98, 105), ("뤼허바이오", "绿合生物", "2029.11", 112, 119)]
    amounts = {(a["line"], a["value"], a["unit"], a["approx"], a["cumulative"]) for a in records_of(result, "amounts")}
    assert {(101, "15000000", "위안", False, False), (104, "120000000", "달러", False, False),
            (117, "500000000", "위안", True, False), (118, "660000000", "위안", True, True)} <= amounts
    assert warnings_of(result, "card_no_name") == []


def test_a_count_over_a_table_grouped_by_what_it_counts(corpus_issue):
    # 700 l.137 `이번 기수에는 3개 분야에서 한국 스타트업이 참가해 … 분야별 참가 현황은 아래와 같다.` over a table whose
    # column `분야` groups its tracks: AI·소프트웨어, 하드웨어, 바이오·헬스 — three, as the text says
    assert [m for _, m in warnings_of(corpus_issue(700), "count_mismatch") if "분야" in m] == []
    # 696 l.39 `… 100 건을 넘은 곳은 다섯 곳으로, … 허페이(合肥)가 이름을 올렸다`: four listed, five said
    assert [line for line, _ in warnings_of(corpus_issue(696), "count_mismatch")] == [39]


def test_a_city_locating_a_district_among_places_passing_a_mark(corpus_issue):
    # 696 l.39 (in the paragraph opening at l.38) `도시·구 단위로 보면 1 분기 투자 건수가 100 건을 넘은 곳은 다섯 곳으로, 상하이 푸둥신구(浦东新区),
    # 항저우(杭州), 쑤저우(苏州), 허페이(合肥)가 이름을 올렸다.`: each passed 100; Shanghai only locates its district
    figures = [f for f in figures_at(corpus_issue(696), 38) if f[1] == "100"]
    assert figures == [("푸둥신구", "100", None, "min", 2033), ("항저우", "100", None, "min", 2033),
                       ("쑤저우", "100", None, "min", 2033), ("허페이", "100", None, "min", 2033)]


def test_a_name_glossed_elsewhere_joins_across_a_wrap():
    # WeasyPrint's print of 698 wraps l.108 `… 단지 관리위원회에 따르면 빈하이` | `신구의 합성생물 기업은 …`; the issue writes
    # `빈하이신구(滨海新区)` on the same line, and `톈진 빈하이 합성생물 산업단지` (l.16, l.106) with `빈하이` alone
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-698.txt").read_text(encoding="utf-8")
    text = text.replace("따르면 빈하이신구의", "따르면 빈하이\n신구의")  # (the print's lines, as its reader sees them)
    joined = join_text("단지 관리위원회에 따르면 빈하이", "신구의 합성생물 기업은 2032 년 말", True, text)
    assert joined == "단지 관리위원회에 따르면 빈하이신구의 합성생물 기업은 2032 년 말"
