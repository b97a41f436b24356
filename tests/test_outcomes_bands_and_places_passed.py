"""Kinds met in a nineteenth round (1117 tea drinks, 1119 offshore wind, 1121 housing, 1123 contract drug makers): a
target's outcome (`목표 달성률`) is no target, a band places form together (`상위 5위권을 이뤘다`) ranks none, a price band
(`4~8위안대`) no ranks, a place passed with its figure in brackets is not what the next sentence is about, places dotted
right before a count are its list, and a bracketed breakdown with counts is none; read by hand from the lines named,
and on sentences of my own."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.gdp import ranks_in
from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_a_targets_outcome_is_no_target(corpus_issue):
    # 1119 l.98: `2024년 말 기준 목표 달성률은 장쑤성이 91%로 가장 높았다. 반면 광둥성은 62%에 머물렀고, 산둥성은 48%로 …`
    assert figures_at(corpus_issue(1119), 98)[:3] == [("장쑤성", "91", 1, None, 2024), ("광둥성", "62", None, None, 2024),
                                                      ("산둥성", "48", None, None, 2024)]
    # a target is still one: its year dates that sentence only
    assert _read("2027년 목표는 광둥성이 5%다. 광둥성은 4.1% 성장했다.", 2026)[1] == ("광둥성", "4.1", None, 2026)


def test_a_band_formed_together_ranks_none(corpus_issue):
    # 1117 l.67: `… 쓰촨성과 허난성은 나란히 2만 8,000개를 넘어서며 상위 5위권을 이뤘다.`
    assert figures_at(corpus_issue(1117), 67)[3:] == [("쓰촨성", "28000", None, "min", 2025),
                                                      ("허난성", "28000", None, "min", 2025)]
    # a band of ranks formed in turn still ranks (552 l.37: `… 각각 4,160 억 위안, 3,730 억 위안, 3,380 억 위안으로 3~5 위권을
    # 형성했다`), and a band entered alone is its last rank
    assert [f[2] for f in figures_at(corpus_issue(552), 37)[2:5]] == [3, 4, 5]
    assert ranks_in("5조 5,213억 위안으로 10위권에 턱걸이했다")[0] == [10]


def test_a_price_band_is_no_rank(corpus_issue):
    # 1117 l.198: `미쉐빙청은 4~8위안대 아이스크림과 …. 2025년 말 현재 본사가 있는 허난성에서만 4,100개가 넘는 매장을 운영한다.`
    assert figures_at(corpus_issue(1117), 198) == [("허난성", "4100", None, "min", 2025)]
    assert ranks_in("4~8위안대 제품")[0] == [] and ranks_in("3~5위를 차지했다")[0] == [3, 4, 5]


def test_a_place_passed_is_not_what_follows(corpus_issue):
    # 1117 l.127: `윈난성의 2025년 차 재배 면적은 760만 무로 구이저우성(720만 무)을 앞지르고 전국 1위에 올랐다. 찻잎 생산량은
    # 59만 톤으로 푸젠성에 이어 두 번째다.`
    assert ("윈난성", "590000", 2, None, 2025) in figures_at(corpus_issue(1117), 127)
    # so one compared with (`…보다`)
    assert _read("윈난성은 760만 무로 구이저우성(720만 무)보다 많았다. 생산량은 59만 톤으로 2위다.")[-1] == ("윈난성", "590000", 2, 2025)


def test_counts_and_the_places_next_to_them(corpus_issue):
    # 1121 l.158: `… 1선 도시는 베이징·상하이·광저우·선전 4곳을 가리키며, 2선 도시는 항저우·청두·우한 등 …`; l.190: `광둥성이
    # 5곳(선전 3곳, 광저우 2곳)으로 가장 많았고`: no count mismatch; l.48 (`5개 성`, four listed) is one
    assert [line for line, _ in warnings_of(corpus_issue(1121), "count_mismatch")] == [48]
    assert sentence_counts("1선 도시는 베이징·상하이·광저우·선전 4곳을 가리키며, 2선 도시는 항저우·청두·우한 등이다.") == [
        (4, "곳", ["베이징", "상하이", "광저우", "선전"], False)]
    assert sentence_counts("광둥성이 5곳(선전 3곳, 광저우 2곳)으로 가장 많았다.") == []
