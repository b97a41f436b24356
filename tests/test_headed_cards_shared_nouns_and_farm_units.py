"""A count over company cards each under a numbered heading (`다음 세 곳을 골라 소개한다. | 1) 그린수소 생산 | <card> | …`)
is checked against the cards, not against the first heading alone; a count's noun written again after its list
(`5개 도시군으로, 상하이시(62곳)·…·허베이성(41곳) 도시군이 여기에 해당한다`) closes the list; a gap stated after a share
of the nation's whole is the subject's, not the whole's (`헤이룽장성 한 곳이 중국 전체 생산량의 11.3%를 차지했으며, 2위
허난성과의 격차는 1,282만 톤`); and `무` (亩, farmland) and `kg` are units (`단위면적 생산량(kg/무)`, `10만 무를 넘어섰고`).
Values read by hand from the lines of 1035 and 1039."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def _read(sentence: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["bound"]) for f in block_to_figures(sentence, 2025)[0]]


def test_a_count_over_cards_under_numbered_headings(corpus_issue):
    # 1039 l.154–…: `다음 세 곳을 골라 소개한다.` over `1) 그린수소 생산`, `2) 해상풍력 설비`, `3) PEM 수전해 장비`, a card
    # under each: three named, three cards; the one count that does not add up is l.111's
    assert [line for line, _ in warnings_of(corpus_issue(1039), "count_mismatch")] == [111]


def test_a_counts_noun_written_again_after_its_list(corpus_issue):
    # 1039 l.111: five city clusters said, four named
    assert warnings_of(corpus_issue(1039), "count_mismatch") == [
        (111, "the text says 5개 도시군 but lists 4: 상하이시, 광둥성, 베이징시, 허베이성")]
    assert sentence_counts("시범 지역은 4개 도시권으로, 청두·충칭·시안 도시권이 그 대상이다.") == [
        (4, "개 도시권", ["청두", "충칭", "시안"], False)]


def test_a_gap_after_a_share_of_the_whole_is_the_subjects(corpus_issue):
    # 1035 l.58: 헤이룽장성 8,001만 톤 (first), 11.3% of the nation's, 1,282만 톤 ahead of 허난성
    assert ("헤이룽장성", "12820000", None, None, 2024) in figures_at(corpus_issue(1035), 58)
    assert all(f[0] != "중국" for f in figures_at(corpus_issue(1035), 58))
    assert _read("광둥성은 전국 수출의 23.4%를 차지했고, 장쑤성과의 격차는 1조 2,000억 위안으로 벌어졌다.") == [
        ("광둥성", "23.4", "%", None), ("광둥성", "1200000000000", "위안", None)]


def test_farmland_and_its_yields_have_units(corpus_issue):
    # 1035 l.50: `단위면적 생산량(kg/무)	386.8	389.7	394.7	1.3`
    yields = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1035), "amounts") if a["line"] == 50]
    assert yields[:3] == [("386.8", "kg/무"), ("389.7", "kg/무"), ("394.7", "kg/무")]
    # 1035 l.216: `둥잉시는 2024년 염알칼리 토지 개량 면적이 10만 무를 넘어섰고`
    assert ("둥잉시", "100000", None, "min", 2024) in figures_at(corpus_issue(1035), 216)
    # a bare `무` in running text is a word, no unit (`무 농가`), as `주`, `기` are
    assert _read("허난성의 경지는 1억 2,000만 무에 이른다. 무 재배 농가 3곳이 참여했다.") == [
        ("허난성", "120000000", "무", None), ("허난성", "3", "곳", None)]


def test_cups_are_a_unit_of_their_own_row(corpus_issue):
    # 1055 l.48: `1인당 연간 소비량(잔)	14.2	15.1	17.8	19.6` under a caption in `(억 위안)`: cups, not hundred millions of yuan
    cells = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1055), "amounts") if a["line"] == 48]
    assert cells == [("14.2", "잔"), ("15.1", "잔"), ("17.8", "잔"), ("19.6", "잔")]
