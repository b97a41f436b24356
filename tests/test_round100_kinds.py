"""Round 100 of unseen issues (1765 air fryers and small kitchen appliances, and the issues written beside it), written to
the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted with the
values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.places import named_bare


def test_towns_named_bare_with_their_figures_in_brackets(corpus_issue):
    # 1765 l.119 `… 베이자오진(北滘镇), 룽장진(龙江镇), 러충진, 천춘진이다`, then l.121 `2024년 진별 생산액은 베이자오가 612억
    # 위안으로 가장 많았고, 다음으로 룽장(148억 위안), 러충(96억 위안) 순이었다`
    assert named_bare({"룽장진": "龙江镇"}, ["다음으로 룽장(148억 위안), 러충(96억 위안) 순이었다"]) == {"룽장": "龙江"}
    assert figures_at(corpus_issue(1765), 121)[:3] == [
        ("베이자오", "61200000000", 1, None, 2024), ("룽장", "14800000000", 2, None, 2024), ("러충", "9600000000", 3, None, 2024)]


def test_shares_of_wholes_listed_are_the_subjects(corpus_issue):
    # 1765 l.95 `2025년 1분기 츠시의 에어프라이어 수출액은 닝보 전체의 62.4%, 전국의 31.5%에 해당했다`
    assert figures_at(corpus_issue(1765), 95)[:2] == [("츠시", "62.4", None, None, 2025), ("츠시", "31.5", None, None, 2025)]
