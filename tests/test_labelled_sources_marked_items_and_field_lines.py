"""Shapes 765–772 showed: a heading's source after a bar and a label, a source of four or five words naming an
organisation, items each under a mark after a count named in several words, a measure glossed before `대비`, the lines
of an event's fields each a sentence of its own, and a recalling verb form closing its word at a wrap. Values read by
hand from the issues' lines and prints."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pipeline import extract_issue
from kic_extract.segment.toc import names_source
from kic_extract.settings import Settings


def test_a_source_after_a_bar_and_a_label_or_naming_an_organisation(corpus_issue):
    # 766 l.85 `03  합성생물학, 실험실에서 공장으로 | 출처: 36Kr, KIC 중국 정리`
    section = next(s for s in records_of(corpus_issue(766), "sections") if s["title_line"] == 85)
    assert (section["title"], section["source"], section["page_start"]) == (
        "합성생물학, 실험실에서 공장으로", "36Kr, KIC 중국 정리", 5)
    # 769 l.21-22 `- ▶ 【KIC 행사】 2034 한중 청년 창업캠프 참가자 모집` / `— KIC 중국 창업캠프 사무국 p10`
    entry = records_of(corpus_issue(769), "issues")[0]["toc"][-1]
    assert (entry["title"], entry["source"], entry["page"]) == (
        "2034 한중 청년 창업캠프 참가자 모집", "KIC 중국 창업캠프 사무국", 10)
    # 620's contents labelled their sources (`자료: 증권시보`): the label is no part of the name
    assert [e["source"] for e in records_of(corpus_issue(620), "issues")[0]["toc"][:3]] == ["증권시보", "차이신", "칭커연구센터"]
    assert not names_source("스타트업 카드 ─ 저공경제·합성생물·산업 AI 기업 3곳")


def test_items_under_marks_after_a_count_named_in_several_words(corpus_issue):
    # 766 l.30 `지침이 1차로 지정한 다섯 개 시범 협력 축은 ▲광둥성 ↔ 광시(广西) ▲상하이 ↔ 윈난(云南) ▲장쑤성 ↔ 산시(陕西)
    # ▲저장성 ↔ 쓰촨(四川)이다.`
    assert warnings_of(corpus_issue(766), "count_mismatch") == [
        (30, "the text says 5개 시범 협력 축 but lists 4: 광둥성 ↔ 광시(广西), 상하이 ↔ 윈난(云南), 장쑤성 ↔ 산시(陕西), "
             "저장성 ↔ 쓰촨(四川)")]


def test_a_measure_glossed_before_its_ratio_is_no_year_compared(corpus_issue):
    # 770 l.55 `2033년 지역내총생산(GDP) 대비 R&D 지출 비중, 즉 R&D 투자 강도가 4%를 넘은 도시는 다섯 곳으로 선전시(深圳市)
    # 6.3%, 광저우시(广州市) 4.4%, 둥관시(东莞市) 4.2%, 주하이시(珠海市) 4.1% 순이었다.`
    assert figures_at(corpus_issue(770), 55) == [
        ("선전시", "6.3", 1, None, 2033), ("광저우시", "4.4", 2, None, 2033), ("둥관시", "4.2", 3, None, 2033),
        ("주하이시", "4.1", 4, None, 2033)]


def test_an_events_place_is_no_subject_of_the_fields_after_it(corpus_issue):
    # 769 l.153-158 `일 시: …` / `장 소: 베이징 중관춘(中关村) 창업대가 및 톈진 빈하이신구(滨海新区)` / `참가대상: … 30팀 내외` /
    # … / `대상 (1팀) 30,000RMB` / `우수상 (2팀) 10,000RMB`: the teams are the event's
    assert [f for f in records_of(corpus_issue(769), "figures") if f["unit"] == "팀"] == []
    # 739 the same under `장 소: 베이징 중관춘(中关村) 혁신센터`
    assert [f for f in records_of(corpus_issue(739), "figures") if f["unit"] == "팀"] == []


def test_a_recalling_verb_form_closes_its_word_at_a_wrap():
    # Ghostscript's print of 762 (tests/data/pdf) wraps `… 충칭시가 14 만 위안을 넘어 서부 지역에서 가장 높았던` | `반면, 쓰촨성은
    # 10 만 위안 미만에 머물렀다.` (l.46)
    path = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-762.ghostscript.pdf"
    result = extract_issue(path, path.name, Settings())
    texts = [b["text"] for s in records_of(result, "sections") for b in s["blocks"] if b.get("text")]
    assert any("가장 높았던 반면, 쓰촨성은 10만 위안 미만에" in t for t in texts)
    assert not any("높았던반면" in t for t in texts)
    figures = [(f["region_ko"], f["value"], f["rank"], f["bound"]) for f in records_of(result, "figures") if f["unit"] == "위안"
               and f["value"] in ("140000", "100000")]
    assert figures == [("충칭시", "140000", 1, "min"), ("쓰촨성", "100000", None, "max")]
