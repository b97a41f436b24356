"""Round 97 of unseen issues (1741 swimwear, 1743 trampolines and playground equipment, 1745 artificial turf and flowers,
1747 hammocks and camping bedding), written to the harder brief and scored once before anything was changed for them: the
kinds they showed, each asserted with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.places import named_bare
from kic_extract.typed.prose_clauses import clauses


def test_a_district_named_bare_is_never_a_unit_word(corpus_issue):
    # 1747 l.190 `안후이성 루안시 위안구` (裕安区) and l.212 `… 생산액은 186억 위안으로 전년보다 12.4% 증가했다`: `위안` stays the
    # currency, and the figures are 루안시's
    assert named_bare({"위안구": None}, ["루안시 위안구", "생산액은 186억 위안으로"]) == {}
    assert figures_at(corpus_issue(1747), 212) == [
        ("루안시", "14000000", None, None, 2024), ("루안시", "18600000000", None, None, 2024), ("루안시", "12.4", None, None, 2024)]


def test_the_market_named_as_the_subject_holds_its_share(corpus_issue):
    # 1747 l.86: `중국 캠핑 침구의 최대 시장은 미국으로 전체 수출의 27.4%를 차지했고, 독일(9.1%)과 일본(7.6%)이 그 뒤를 이었다`
    assert figures_at(corpus_issue(1747), 86)[:3] == [
        ("미국", "27.4", 1, None, 2025), ("독일", "9.1", 2, None, 2025), ("일본", "7.6", 3, None, 2025)]


def test_a_rank_word_closed_by_a_comma_ends_its_clause(corpus_issue):
    # 1741 l.180: `베이징이 71위안으로 두 번째, 선전과 항저우가 나란히 64위안으로 공동 3위였다`
    assert [c for c, _ in clauses("베이징이 71위안으로 두 번째, 선전과 항저우가 나란히 64위안으로 공동 3위였다.")] == [
        "베이징이 71위안으로 두 번째, ", "선전과 항저우가 나란히 64위안으로 공동 3위였다."]
    assert figures_at(corpus_issue(1741), 180) == [
        ("상하이", "78", 1, None, 2025), ("전국", "20.8", None, None, 2025), ("베이징", "71", 2, None, 2025),
        ("선전", "64", 3, None, 2025), ("항저우", "64", 3, None, 2025)]


def test_counts_in_words_newly_opened(corpus_issue):
    # 1743 l.94: `다만 란저우에는 같은 해 트램펄린 파크가 세 곳 새로 문을 열었다`
    assert figures_at(corpus_issue(1743), 94)[-1] == ("란저우", "3", None, None, 2025)


def test_print_joins_a_name_glossed_before_its_generic_word():
    from kic_extract.pdf.wraps import glossed_elsewhere

    # 1745's LibreOffice and WeasyPrint prints: `2024년 칭장푸` | `구의 생산량은`, the document writing `칭장푸(清江浦)구와`
    assert glossed_elsewhere("칭장푸", "구의", "화이안시 칭장푸(清江浦)구와 쑤첸(宿迁)시")
    assert not glossed_elsewhere("칭장푸", "구역", "화이안시 칭장푸(清江浦)구와")


def test_a_tier_of_cities_and_a_firm_at_its_seat_are_no_place(corpus_issue):
    # 1743 l.96: `… 선전이 150위안을 웃돌아 가장 높았다. 3선 이하 도시의 매출 증가율은 34.6%로 1선 도시(9.8%)를 크게 앞질렀다`
    assert figures_at(corpus_issue(1743), 96)[-1] == ("선전", "150", 1, "min", 2025)
    # l.78: `… 이 회사는 인투진(银涂镇)에 본사를 두고 11개 부품 계열사를 거느리고 있다`
    assert figures_at(corpus_issue(1743), 78) == []
