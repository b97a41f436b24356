"""Kinds met in a fourteenth round (1077 guidance funds, 1079 inbound tourism, 1081 express delivery, 1083 rare earths),
each read by hand from the lines named and tried on sentences of my own:

- an opening paragraph that ranks regions by a volume (`올해 1~10 월 성별 택배 업무량에서 광둥성과 저장성이 나란히 1, 2 위를`)
  dates its article, as one naming a value does (`업무량`, `처리량`, `물동량` … in data/measure_nouns.txt);
- a count closing a list after a word naming the set (`브라질, …, 우루과이 등 남미 5개국`) counts the list, and the
  last of the list is no subject of the clauses after it (`대상국은 47개국으로`);
- a place that is also a common word is read with `도` before a figure (`선전도 증가율이 5.6%에 그쳐`) and as the label
  of a list item (`▶ 선전: … 1.5배에서 1.1배로`);
- a count right before the copula (`… 우한(武汉) 5개 도시다.`) is checked against the list before it."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.typed.article_years import stated_year
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int | None = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_a_ranking_by_volume_dates_its_article(corpus_issue):
    # 1081 l.68: `올해 1~10 월 성별 택배 업무량에서 광둥성과 저장성이 나란히 1, 2 위를 지키며` (the issue of 2025.11.19);
    # l.70: `광둥성의 업무량은 346 억 3,000 만 건으로 전국 1 위를 기록했다`
    assert figures_at(corpus_issue(1081), 70)[:2] == [("광둥성", "34630000000", 1, None, 2025),
                                                      ("광둥성", "21.9", None, None, 2025)]
    import datetime as dt

    assert stated_year("올해 1~3분기 항만 물동량에서 닝보가 1위를 지켰다.", dt.date(2026, 11, 2)) == 2026


def test_a_count_closing_a_list_after_a_word_naming_the_set(corpus_issue):
    # 1079 l.88: `브라질, 아르헨티나, 칠레, 페루, 우루과이 등 남미 5개국 국민도 … 대상국은 47개국으로 확대됐다`
    assert figures_at(corpus_issue(1079), 88) == []
    assert _read("허페이, 우후 등 안후이성 2개 도시가 새로 지정되면서 시범도시는 12곳으로 늘었다.") == []


def test_a_word_place_with_do_and_as_a_label(corpus_issue):
    # 1079 l.133: `선전도 증가율이 5.6%에 그쳐 하위권에 머물렀다`
    assert figures_at(corpus_issue(1079), 133)[-1] == ("선전", "5.6", None, None, 2024)
    # 1077 l.117: `▶ 선전: 재투자 비율을 출자액의 1.5배에서 1.1배로 낮추고`
    assert figures_at(corpus_issue(1077), 117) == [("선전", "1.5", None, None, None), ("선전", "1.1", None, None, None)]
    # a word in a sentence stays a word
    assert _read("홍보와 선전: 두 가지 모두 3억 위안이 들었다.") == []


def test_a_count_before_the_copula(corpus_issue):
    # 1077 l.115: `최근 이 요건을 완화한 곳은 선전(深圳), 항저우(杭州), 허페이(合肥), 우한(武汉) 5개 도시다.`
    assert [line for line, _ in warnings_of(corpus_issue(1077), "count_mismatch")] == [115]
    assert sentence_counts("지정된 곳은 청두, 충칭, 시안 3개 도시다.") == [(3, "개 도시", ["청두", "충칭", "시안"], False)]


def test_the_copula_after_a_glossed_name_across_a_wrap():
    # 1079 l.86 as Ghostscript printed it: `… 구이저우성(贵州省)이` | `다. 이들 지역에서는`
    assert join_text("장시성(江西省), 구이저우성(贵州省)이", " 다. 이들", True, "") == "장시성(江西省), 구이저우성(贵州省)이다. 이들"
    # a particle after a gloss still ends its word
    assert join_text("허페이(合肥), 쑤저우(苏州)가", "이름을 올렸다.", True, "") == "허페이(合肥), 쑤저우(苏州)가 이름을 올렸다."
