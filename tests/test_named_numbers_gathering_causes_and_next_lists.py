"""Kinds met in a fifteenth round (1085 commercial space, 1087 the digital yuan, 1089 medical devices, 1091 county
economies), each read by hand from the lines named and tried on sentences of my own:

- a number inside a name its Chinese glosses (`창정 12호(长征十二号)가`) is no figure;
- a place where firms gather, told as the cause of the clause after (`청두(成都)에 … 기업이 몰리면서 | 처음으로 1,000억 위안
  이상을`), is no subject: the sentence's topic holds the figure;
- a level describing the place after it where something happens (`GDP 5 조 6,000 억 위안을 기록한 상하이시에서`) is that
  place's;
- `켤레` (pairs of shoes) is a unit;
- a count's list opening the next sentence and closed by `로 모두` (`새로 추가된 도시는 허페이(合肥), …, 난닝(南宁)으로 모두
  …`) is checked against it."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.count_next import next_sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int | None = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["bound"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_a_number_in_a_glossed_name(corpus_issue):
    # 1085 l.48: `하이난성의 발사 횟수는 2024년(9회)보다 … 2024년 11월 창정 12호(长征十二号)가 … 첫 비행에 성공한 뒤`
    assert figures_at(corpus_issue(1085), 48) == [("하이난성", "9", None, None, 2024)]
    assert _read("상하이는 선저우 21호(神舟二十一号) 부품 40%를 공급했다.") == [("상하이", "40", "%", None, 2025)]


def test_a_place_firms_gather_in_as_a_cause(corpus_issue):
    # 1085 l.86: `쓰촨성은 2025년 1,150억 위안으로 5위였으며, 청두(成都)에 위성 통신 단말 기업이 몰리면서 처음으로 1,000억 위안
    # 이상을 기록했다`
    assert figures_at(corpus_issue(1085), 86) == [("쓰촨성", "115000000000", 5, None, 2025),
                                                  ("쓰촨성", "100000000000", None, "min", 2025)]
    # a count gathered there is still the place's
    assert _read("이 가운데 91곳이 선전에 몰려 있다.") == [("선전", "91", "곳", None, 2025)]


def test_a_level_describing_where_something_happens(corpus_issue):
    # 1091 l.89: `2025 년 GDP 5 조 6,000 억 위안을 기록한 상하이시(上海市)에서 제조 기능이 빠져나가면서`
    assert figures_at(corpus_issue(1091), 89) == [("상하이시", "5600000000000", None, None, 2025)]
    # 1091 l.145: `2025 년 진장시의 신발 생산량은 약 15 억 켤레로 전국 생산량의 20%를 넘었다`
    assert figures_at(corpus_issue(1091), 145)[0] == ("진장시", "1500000000", None, None, 2025)


def test_a_list_in_the_next_sentence_closed_by_ro_modu(corpus_issue):
    # 1087 l.80: `5개 도시를 새로 시범 도시로 지정했다고 밝혔다. 새로 추가된 도시는 허페이(合肥), 시안(西安), 쿤밍(昆明),
    # 난닝(南宁)으로 모두 중서부 지역의 …`
    assert [line for line, _ in warnings_of(corpus_issue(1087), "count_mismatch")] == [80]
    text = "3개 성을 새로 지정했다. 새로 추가된 지역은 허난성, 후난성, 장시성으로 모두 중부 지역이다."
    assert next_sentence_counts(text) == [(3, "개 성", ["허난성", "후난성", "장시성"], False)]


def test_a_county_city_named_with_si_and_its_lead_over_a_level_in_brackets(corpus_issue):
    # 1091 l.83: `쿤산시는 이미 2025 년 마카오특별행정구(澳门特别行政区)의 GDP(약 3,800 억 위안)를 1,600 억 위안 이상 웃돈다`:
    # 쿤산시 (昆山市, no gloss in the issue) is a city of data/cities.tsv, and the amount after the other's level is its lead
    assert figures_at(corpus_issue(1091), 83) == [("마카오특별행정구", "380000000000", None, None, 2025),
                                                  ("쿤산시", "160000000000", None, "min", 2025)]
    # a Korean city read alike is not taken for the Chinese one
    from kic_extract.data import word_set

    assert {"안양시", "안산시"} <= word_set("korea_city_homonyms.txt")
