"""A share a flow from or to a place holds of the nation's whole is the place's (`홍콩(香港)발 투자는 중국 본토 실제사용
외자의 68.3%를 차지해`), not the nation's, whose whole it is measured against; the whole may take a few words before its
`의` (`중국 본토 실제사용 외자의`). Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(sentence: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(sentence, 2025)[0]]


def test_a_flows_share_of_the_nations_whole(corpus_issue):
    # 1033 l.44: `홍콩(香港)발 투자는 중국 본토 실제사용 외자의 68.3%를 차지해` (the rates before it are the origins')
    assert figures_at(corpus_issue(1033), 44)[-1] == ("홍콩", "68.3", None, None, 2025)
    assert _read("일본(日本)발 투자는 중국 제조업 외국인직접투자의 9.4%를 차지했다.") == [("일본", "9.4", "%", None)]
    assert _read("한국행 수출은 중국 전체 수출의 4.5%에 그쳤다.") == [("한국", "4.5", "%", None)]


def test_a_whole_of_three_words_is_still_the_whole():
    assert _read("광둥성은 중국 본토 수출입 총액의 20.1%를 차지해 1위를 지켰다.") == [("광둥성", "20.1", "%", 1)]
    # the nation's own figure is still its own where nothing else is named (a fall is signed)
    assert _read("중국의 실제사용 외자는 8,262억 위안으로 27.1% 줄었다.") == [
        ("중국", "826200000000", "위안", None), ("중국", "-27.1", "%", None)]
