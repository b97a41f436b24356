"""Kinds 975–976 (a writer of a new round, unseen: long sentences, figures in brackets, tables cut by page breaks)
led to: a table cell a page break cut inside its bracket (`화중과기대학(华中科技大` | `学)`), and a cut cell of Korean
joined as the document writes its words; a name cut by a page break read whole by the names stage; a Korean name with
Latin letters inside spaced apart (`왕징 KIC 라운지`); a region's name opening a compound (`한국과학기술원`,
`중관춘과학성`) no region; a tie after a set of its own (`… 가운데서는 광둥(4.6%)과 장쑤(4.6%)가 나란히`) ranking nothing;
a province locating a city glossed after it (`하이난성의 원창(文昌) 상업우주발사장이`); a count of places each with its
province (`간쑤성 주취안과 …, 하이난성 원창이 여기에 해당하는데`). Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.names.mentions import mentions_across
from kic_extract.ingest import text_to_lines
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "corpus" / "heldout"


def _table_rows(result, cell):
    """The rows of the table holding a cell that begins with `cell`."""
    return next(t["rows"] for t in records_of(result, "tables") if any(c.startswith(cell) for row in t["rows"] for c in row))


def test_a_cell_cut_inside_its_bracket_is_one_cell(corpus_issue):
    # 976 l.230–235 `\t화중과기대학(华中科技大` | furniture | `学)\t4 팀\t`, under `후베이성\t우한대학(武汉大学)\t3 팀\t`
    result = corpus_issue(976)
    rows = _table_rows(result, "베이징이공대학")
    assert ["후베이성", "화중과기대학(华中科技大学)", "4 팀", None] in rows
    assert len(rows) == 13 and rows[-1][:3] == ["계", None, "34 팀"]
    # the parts add up to the total printed: no warning
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [160]


def test_a_cut_korean_cell_joins_as_the_document_writes_it(corpus_issue):
    # 975 l.255 `\t광저우 난사 과창센` | furniture | `터(广州南沙科创中心)\t난사구(南沙区)\t15 개사\t2037.11`
    rows = _table_rows(corpus_issue(975), "중관춘 한중창업원")
    assert ["광둥성", "광저우 난사 과창센터(广州南沙科创中心)", "난사구(南沙区)", "15 개사", "2037.11"] in rows
    # 446 l.162–171 `쑤저우시\t쑤저우헬싱키혁신센터(…)\t핀란드` | furniture | `헬싱키\t…`: two words the break fell
    # between stay two
    assert any("핀란드 헬싱키" in row for row in _table_rows(corpus_issue(446), "쑤저우시"))


def test_a_name_cut_by_a_page_break_is_read_whole(corpus_issue):
    result = corpus_issue(975)
    lines = text_to_lines((HELDOUT / "kic-china-weekly-975.txt").read_text(encoding="utf-8"))
    pairs = [(m.text, m.zh, m.line) for m in mentions_across(lines, result.rejoined)]
    assert ("광저우 난사 과창센터", "广州南沙科创中心", 255) in pairs
    assert not any(text == "터" for text, _, _ in pairs)
    # 975 l.251 `\t왕징 KIC 라운지(望京KIC创业空间)\t…`: the words around the Latin letters give the name
    assert ("왕징 KIC 라운지", "望京KIC创业空间", 251) in pairs
    # 396 l.88 `… 특히` | furniture | `중관춘(中关村)이 자리한 …`: a name read whole by its gloss opens a word
    section = next(s for s in records_of(corpus_issue(396), "sections") if s["section_id"].endswith("s02"))
    assert any("뒤를 이었다. 특히 중관춘(中关村)이 자리한" in (b["text"] or "") for b in section["blocks"])


def test_a_region_opening_a_compound_name_is_none(corpus_issue):
    # 976 l.219 `캠프는 KIC 중국, 한국과학기술원, 창업진흥원 3 곳이 공동 주관하며`: no figure of Korea's
    assert figures_at(corpus_issue(976), 219) == []
    # 335 l.185 `중관춘과학기술원은 모두 16개 분원으로 이뤄져 있다. …`: the park's name, no figure of 중관춘
    assert all(region != "중관춘" for region, *_ in figures_at(corpus_issue(335), 185))


def test_a_tie_after_a_set_of_its_own_ranks_nothing(corpus_issue):
    # 976 l.69 `… 네이멍구자치구 5.9% 순이었는데, … 연해 대형 경제권 가운데서는 광둥(4.6%)과 장쑤(4.6%)가 나란히 중국 평균에
    # 근접한 증가율을 보였다.`
    figures = figures_at(corpus_issue(976), 69)
    assert figures[4] == ("네이멍구자치구", "5.9", 5, None, 2038)
    assert figures[-2:] == [("광둥", "4.6", None, None, 2038), ("장쑤", "4.6", None, None, 2038)]


def test_a_city_its_province_locates_holds_the_figure(corpus_issue):
    # 975 l.172 `발사장별로는 하이난성의 원창(文昌) 상업우주발사장이 지난해 19 회의 발사를 소화해 가장 많았고 간쑤성
    # 주취안(酒泉)이 14 회로 그 뒤를 이었으며, 산둥성 해역에서 이뤄진 해상 발사도 9 회에 달해 …`
    assert figures_at(corpus_issue(975), 172) == [("원창", "19", 1, None, 2037), ("주취안", "14", 2, None, 2037),
                                                 ("산둥성", "9", None, None, 2037)]
    # 909 l.179 `광둥성의 한국과의 교역액은 2036년 1,120억 달러로 성급 지역 가운데 1위다`: a partner abroad locates nothing
    assert ("광둥성", "112000000000", 1, None, 2036) in figures_at(corpus_issue(909), 179)


def test_places_each_with_its_province_are_counted(corpus_issue):
    # 975 l.174 `… 발사장은 5 곳으로, 간쑤성 주취안과 산시성 타이위안(太原), 쓰촨성 시창(西昌), 하이난성 원창이 여기에
    # 해당하는데, …`: four named
    found = warnings_of(corpus_issue(975), "count_mismatch")
    assert [line for line, _ in found] == [174]
    assert found[0][1] == "the text says 5곳 but lists 4: 간쑤성 주취안, 산시성 타이위안(太原), 쓰촨성 시창(西昌), 하이난성 원창"


def test_places_named_just_above_the_last_take_the_ranks_above_it(corpus_issue):
    # 976 l.65 `반대로 31 개 지역 가운데 소득 수준이 가장 낮은 곳은 간쑤성으로, 1 만 6,480 위안에 그쳐 올해도 최하위를 벗어나지
    # 못했고, 그 바로 위를 구이저우성(1 만 7,020 위안)과 시짱자치구(1 만 7,350 위안)가 차례로 차지해 …`
    assert figures_at(corpus_issue(976), 65) == [("간쑤성", "16480", 31, None, 2038), ("구이저우성", "17020", 30, None, 2038),
                                                ("시짱자치구", "17350", 29, None, 2038)]


def test_a_side_to_something_holds_no_figure(corpus_issue):
    # 976 l.217 `… 베이징에서 열리는 '2038 한중 대학 연합 창업캠프'의 중국 측 참가 대학을 확정했다고 밝혔는데, 이번 캠프에는
    # 7 개 지역 12 개 대학에서 선발된 34 개 팀이 참가해 …`: the camp's own counts, neither China's nor Beijing's
    assert figures_at(corpus_issue(976), 217) == []
    # 476 l.189 `한국 청년 창업가 24 명과 중국 측 대학생 창업팀 20 여 개 팀이 참가해`
    assert all(value != "20" for _, value, *_ in figures_at(corpus_issue(476), 189))
