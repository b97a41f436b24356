"""A contents whose title stands right over its first category, with no blank line between (`CONTENTS` / `Weekly 뉴스`),
opens there: the category is the first entries', not a masthead line (1053's lines 15–21). And, from 1049 and 1051: an
article opening with a half or a quarter of no year (`상반기 신규 상장사 …`) reports the issue's year; a caption naming
its column's unit in a phrase (`(입주 기업 수 단위: 개)`) gives it to the column the phrase shortens (`입주 기업`); a budget
cut (`12.5% 삭감했다`) is a fall. Read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_the_first_category_under_the_contents_title(corpus_issue):
    result = corpus_issue(1053)
    toc = [(e["title"], e["category"]) for e in records_of(result, "issues")[0]["toc"]][:3]
    assert toc == [("1~10월 사회소비품 소매총액 41조 6,106억 위안, 전년 대비 4.3% 증가", "Weekly 뉴스"),
                   ("2025 '쌍11' 결산: 전체 거래액 1조 6,950억 위안, 17.6% 늘어", "Weekly 뉴스"),
                   ("상무부, 소비 진작 후속 조치 발표… 국제소비중심도시 육성 가속", "Weekly 뉴스")]
    assert not [w for w in warnings_of(result, "masthead_unparsed") if "CONTENTS" in w[1] or "Weekly" in w[1]]


def test_an_article_opening_with_a_half_of_no_year(corpus_issue):
    # 1049 (dated 2025.7.16) l.80: `상반기 신규 상장사 51개사 가운데 43개사가 상위 8개 성·시에서 나와 …`; l.82: `장쑤성(江苏省)은
    # 10개사를 상장시켜 3년 연속 1위를 지켰고, 광둥성(广东省)이 9개사로 2위에 올랐다`
    assert figures_at(corpus_issue(1049), 82)[:2] == [("장쑤성", "10", 1, None, 2025), ("광둥성", "9", 2, None, 2025)]


def test_a_caption_naming_its_columns_unit_in_a_phrase(corpus_issue):
    # 1051 l.182: `표 4) 중국 주요 로봇산업단지 (입주 기업 수 단위: 개)` over `… | 입주 기업`; l.186 `… 베이징시 다싱구	107`
    cells = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1051), "amounts") if a["line"] in (184, 186, 191)]
    assert cells == [("96", "개"), ("107", "개"), ("585", "개")]


def test_a_budget_cut_is_a_fall(corpus_issue):
    # 1051 l.72: `톈진시는 재정 여건을 이유로 2025년 관련 예산을 전년보다 12.5% 삭감했다`
    assert ("톈진시", "-12.5", None, None, 2025) in figures_at(corpus_issue(1051), 72)


def test_a_figure_describing_a_place_contrasted_and_a_base_of_a_multiple(corpus_issue):
    # 1053 l.99: `충칭과 광저우는 … 온라인 판매 비중이 20% 미만에 머물러 34.6%인 상하이와 대비를 이뤘다`
    assert figures_at(corpus_issue(1053), 99)[:3] == [("충칭", "20", None, "max", 2025), ("광저우", "20", None, "max", 2025),
                                                      ("상하이", "34.6", None, None, 2025)]
    # 1045 l.203: `하이난성의 … 21.6% 증가했다. 같은 기간 광둥성 증가율(4.1%)의 5 배를 웃도는 수준이다`: 하이난성's multiple
    assert ("하이난성", "5", None, "min", 2026) in figures_at(corpus_issue(1045), 203)
    # 415 l.83: `… 2023년 기준 4.96%인 한국이나 3.45%인 미국과 비교하면`
    assert figures_at(corpus_issue(415), 83)[-2:] == [("한국", "4.96", None, None, 2023), ("미국", "3.45", None, None, 2023)]


def test_a_rate_given_in_all_places_of_a_list(corpus_issue):
    # 1053 l.84: `충칭, 창사(长沙), 정저우(郑州) 등 중서부 도시에서 모두 150% 이상으로`
    assert figures_at(corpus_issue(1053), 84)[:3] == [("충칭", "150", None, "min", 2025), ("창사", "150", None, "min", 2025),
                                                      ("정저우", "150", None, "min", 2025)]
    # a count after `모두` is the places' total, not spread over them: 344 l.212 `한국과 중국에서 모두 86 개 팀이 지원해` (its
    # key gives it to no place; the pipeline still gives it to the last named, 중국)
    assert [f for f in figures_at(corpus_issue(344), 212) if f[0] == "한국"] == []


def test_a_count_checked_against_a_ranking_with_figures_in_brackets(corpus_issue):
    # 1049 l.106: five cities said; `선전시(深圳市)가 6개사로 가장 많았고 상하이시(5개사), 쑤저우시(苏州市, 4개사), 항저우시(杭州市,
    # 3개사) 순이었다` names four
    assert warnings_of(corpus_issue(1049), "count_mismatch") == [
        (106, "the text says 5곳 but lists 4: 선전시, 상하이시, 쑤저우시, 항저우시")]
