"""Round 100 of unseen issues (1765 air fryers and small kitchen appliances, 1771 walnuts, jujubes and dried nuts), written
to the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted with the
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


def test_a_noun_ending_like_a_particle_is_no_partner(corpus_issue):
    # 1771 l.129 `시장조사기관 아이메이쯔쉰에 따르면 2024년 중국 견과 간식 시장 규모는 2,189억 위안으로 전년보다 7.6% 커졌다`
    from kic_extract.typed.region_marks import mark_after

    assert mark_after("중국 견과 간식 시장 규모는 2,189억 위안", 2) == "topic"
    assert mark_after("중국 투자기관과 36 건의 상담", 2) == "partner"
    assert figures_at(corpus_issue(1771), 129)[:2] == [("중국", "218900000000", None, None, 2024), ("중국", "7.6", None, None, 2024)]


def test_a_band_of_ranks_moved_within_is_no_rank(corpus_issue):
    # 1771 l.204 `다야오현은 생산량 15만 8,000톤으로 성 내 3~5위권을 오르내리며 펑칭현, 양비현과 선두 그룹을 이룬다`
    assert figures_at(corpus_issue(1771), 204)[-1] == ("다야오현", "158000", None, None, 2024)
