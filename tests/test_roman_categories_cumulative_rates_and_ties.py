"""Shapes held-out issues 733–740 showed when first read (tests/corpus/heldout): categories numbered in Roman numerals,
rates over the year so far and sums named last before their unit, a tie that only says both, a count whose list the
next sentence opens with the copula going on, contents entries a PDF's text printed with one space after their
number; and, in a PDF, particles past a wrap, a past-tense ending, a name glossed whole after the wrap. Values read
by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def test_categories_numbered_in_roman_numerals(corpus_issue):
    # 738 l.9 `Ⅰ. 정책·거시`, l.12 `Ⅱ. 스타트업 리포트`, l.15 `Ⅲ. 센터 소식`; l.23 `━━ Ⅰ. 정책·거시 ━━━━━━━━━━━━━━━━`
    result = corpus_issue(738)
    assert [(e["category"], e["page"]) for e in records_of(result, "issues")[0]["toc"]] == [
        ("정책·거시", 2), ("정책·거시", 4), ("스타트업 리포트", 5), ("스타트업 리포트", 7), ("센터 소식", 9), ("센터 소식", None)]
    assert [(s["category"], s["title_line"]) for s in records_of(result, "sections")] == [
        ("정책·거시", 26), ("정책·거시", 60), ("스타트업 리포트", 79), ("스타트업 리포트", 109), ("센터 소식", 135),
        ("센터 소식", 143)]


def _amounts_at(result, line: int) -> list[tuple]:
    return [(a["value"], a["unit"], a["cumulative"]) for a in records_of(result, "amounts") if a["line"] == line]


def test_rates_over_the_year_so_far_and_sums_named_before_their_unit_are_cumulative(corpus_issue):
    # 736 l.37 `고정자산투자 증가율(누적, %)	3.9	3.4	2.8	2.5`; l.36 `산업생산 증가율(%)	5.1	4.8	4.5	4.2` is not
    result = corpus_issue(736)
    assert _amounts_at(result, 37) == [("3.9", "%", True), ("3.4", "%", True), ("2.8", "%", True), ("2.5", "%", True)]
    assert {a[2] for a in _amounts_at(result, 36)} == {False}
    # 682 l.69 `고정자산투자 누적 증가율(%)	3.1	2.8	2.5	2.2`
    assert {a[2] for a in _amounts_at(corpus_issue(682), 69)} == {True}
    # 740 l.33 `1인당 가처분소득 누적(위안)	12,940	23,120	34,810	46,380`
    assert _amounts_at(corpus_issue(740), 33) == [("12940", "위안", True), ("23120", "위안", True),
                                                  ("34810", "위안", True), ("46380", "위안", True)]


def test_a_tie_before_its_figure_says_both_and_ranks_nothing(corpus_issue):
    # 735 l.87 `… 2034년 성장률 목표를 보면 시짱자치구가 7% 이상으로 가장 높았고, 광둥성과 장쑤성은 나란히 4.5%를 제시했다.`
    assert [f for f in figures_at(corpus_issue(735), 87) if f[1] == "4.5"] == [
        ("광둥성", "4.5", None, None, 2034), ("장쑤성", "4.5", None, None, 2034)]
    # but one that follows on is tied for the next rank: 423 l.79 `… 하이난성이 8.4% 늘어 증가율 1위를 차지했고, 그 뒤를 이어
    # 충칭시와 안후이성이 나란히 6.9%를 …`
    assert [f[2] for f in figures_at(corpus_issue(423), 79) if f[1] == "6.9"] == [2, 2]


def test_a_count_whose_list_the_next_sentence_opens_going_on(corpus_issue):
    # 734 l.140 `… 올해 다섯 개 도시에 협력 거점을 새로 연다고 밝혔다. 신규 거점 도시는 청두, 우한(武汉), 허페이(合肥), 시안이며, …`
    assert warnings_of(corpus_issue(734), "count_mismatch") == [
        (140, "the text says 5개 도시 but lists 4: 청두, 우한(武汉), 허페이(合肥), 시안")]


def test_contents_entries_with_one_space_after_their_number():
    # 736 l.18 `  09  KIC 중국, 베이징 이좡 로봇산업단지와 업무협약`, l.19 `  10  2월 온라인 투자설명회(IR) 결과`, as
    # Ghostscript's print gives them (tests/data/pdf): no indent, one space after the number
    path = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-736.ghostscript.pdf"
    result = extract_issue(path, path.name, Settings())
    assert [(e["category"], e["page"]) for e in records_of(result, "issues")[0]["toc"]] == [
        ("경제·정책", 2), ("경제·정책", 3), ("지역 리포트", 4), ("지역 리포트", 6), ("스타트업 포커스", 7), ("센터 소식", 9),
        ("센터 소식", 10)]
    assert [(s["category"], s["page_start"]) for s in records_of(result, "sections")][-2:] == [("센터 소식", 9), ("센터 소식", 10)]


def test_words_rejoined_across_a_pdf_wrap():
    # LibreOffice's print of 735 wraps `… 투자액 역시 2,462억 위안으로 가` | ` 장 많았다.`: the document writes `가장`, and
    # its `가` only as a particle (`(KIC 중국)가`, `GDP` | `가 1만 …`)
    vocabulary = "기업 수도 가장 많았다.\n글로벌혁신센터(KIC 중국)가 밝혔다. 1인당 GDP\n가 1만 달러를"
    assert join_text("2,462억 위안으로 가", " 장 많았다.", True, vocabulary) == "2,462억 위안으로 가장 많았다."
    # LibreOffice's 736: `… 안후이성이 3만 3,910개사로 뒤를 이` | ` 었다.`
    assert join_text("3만 3,910개사로 뒤를 이", " 었다. 증가율에서는", True, "") == "3만 3,910개사로 뒤를 이었다. 증가율에서는"
    # LibreOffice's and WeasyPrint's 733: `관련 기업이 몰린` | `수산구(蜀山区)에는`: the name read whole from its gloss
    assert join_text("관련 기업이 몰린", "수산구(蜀山区)에는 2033 년", True, "몰린 수산구") == \
        "관련 기업이 몰린 수산구(蜀山区)에는 2033 년"
