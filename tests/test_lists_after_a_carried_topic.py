"""Amounts a clause gives `각각` to the places it lists go to those places in turn, whatever topic the sentence before
left (`… 전국 평균 95.9%였다. 95%에 못 미친 곳은 칭하이성(青海省)과 간쑤성 두 곳뿐으로, 각각 92.1%와 93.6%에 머물렀다`):
the nation carried from there is no member of the list. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_each_to_the_places_listed_after_a_nation(corpus_issue):
    # 1039 l.68
    assert figures_at(corpus_issue(1039), 68)[-2:] == [("칭하이성", "92.1", None, None, 2026), ("간쑤성", "93.6", None, None, 2026)]
    got = block_to_figures("수출 증가율은 전국 평균 5.9%였다. 4%를 밑돈 곳은 지린성과 랴오닝성 두 곳뿐으로, 각각 2.1%와 3.4%에 그쳤다.",
                           2025)[0]
    assert [(f["region_ko"], f["value"]) for f in got][-2:] == [("지린성", "2.1"), ("랴오닝성", "3.4")]


def test_each_after_the_places_counted_and_the_clause_going_on():
    # a list closed by its count and a comma goes on about the set (`… 다섯 개 지역으로, 면세 한도를 …`), but amounts given
    # `각각` right after the count are the places' in turn
    got = block_to_figures("수출 증가율은 전국 평균 5.9%였다. 이를 밑돈 곳은 지린성과 랴오닝성 두 곳으로, 각각 2.1%와 3.4%에 그쳤다.",
                           2025)[0]
    assert [(f["region_ko"], f["value"]) for f in got] == [("전국", "5.9"), ("지린성", "2.1"), ("랴오닝성", "3.4")]
