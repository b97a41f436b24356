"""Kinds met in a sixteenth round (1093 power markets and storage, 1095 games, 1097 youth jobs, 1099 farm machinery),
each read by hand from the lines named and tried on sentences of my own:

- `저장` (storage) in more of the energy phrases that hold it (`압축공기 저장(1.9%)`, `독립형 저장 발전소`) names no
  province (data/region_word_phrases.txt);
- a sentence opening with a set of things counted, words before it (`수입 게임 12건 가운데서는 한국 게임이 5건으로 가장
  많았고`), goes on about no region before it and ranks its own set."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int | None = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_storage_is_no_province(corpus_issue):
    # 1093 l.89: `기술별로는 리튬인산철 배터리가 … 96.1%를 차지해 …, 압축공기 저장(1.9%)과 흐름전지(0.9%)가 뒤를 이었다.`
    assert figures_at(corpus_issue(1093), 89) == []
    # 1093 l.91: `네이멍구자치구는 2025년 독립형 저장 발전소의 방전량 1kWh당 0.35위안의 보상금을 지급하기로 했고`
    assert figures_at(corpus_issue(1093), 91) == [("네이멍구자치구", "0.35", None, None, 2025)]
    # the province is still read with its suffix, its gloss, or listed with others
    assert _read("저장성은 압축공기 저장 설비 1.2GW를 새로 지었다.")[0][0] == "저장성"
    assert [r for r, *_ in _read("장쑤, 저장 두 곳은 각각 5.1%, 4.9% 성장했다.")] == ["장쑤", "저장"]


def test_a_set_of_things_counted_opens_its_own_ranking(corpus_issue):
    # 1095 l.90: `… 하이난성(海南省)도 8건을 받아 … 수입 게임 12건 가운데서는 한국 게임이 5건으로 가장 많았고 일본 게임이 4건으로
    # 뒤를 이었다.`: no 12건 of 하이난성, and 한국 1st, 일본 2nd of their own set
    assert figures_at(corpus_issue(1095), 90)[4:] == [("하이난성", "8", None, None, 2025), ("한국", "5", 1, None, 2025),
                                                      ("일본", "4", 2, None, 2025)]
    assert _read("선전은 21건을 유치했다. 외자 투자 9건 가운데서는 미국 기업이 4건으로 가장 많았다.") == [
        ("선전", "21", None, 2025), ("미국", "4", 1, 2025)]
