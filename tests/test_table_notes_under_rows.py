"""Notes under a table's rows (`주: …`, `* …`) are the table's, not paragraphs: right under the rows, across a page
break that follows them, or a blank line below with the next paragraph right under the note (as a Typst print of 934
set it; its text is moved here to that shape). Values read by hand from held-out 327's, 909's, 431's and 934's lines."""

from conftest import ROOT, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def _table(result, last_row_line: int) -> dict:
    return next(t for t in records_of(result, "tables") if t["row_lines"] and t["row_lines"][-1] == last_row_line)


def _paragraphs(result) -> list[str]:
    return [b["text"] for s in records_of(result, "sections") for b in s["blocks"] if b["kind"] == "paragraph"]


def test_a_note_labelled_ju_right_under_the_rows(corpus_issue):
    # 327 l.110–111 `합계	274	300	+23` / `주: 기업가치 10억 달러 이상 비상장 기업, 각 연도 말 기준`
    result = corpus_issue(327)
    table = _table(result, 110)
    assert (table["notes"], table["line_end"]) == (["주: 기업가치 10억 달러 이상 비상장 기업, 각 연도 말 기준"], 111)
    assert not any(t.startswith("주: 기업가치") for t in _paragraphs(result))


def test_a_note_before_a_page_break_ends_there(corpus_issue):
    # 909 l.110–115 `10	위안치이랴오(元启医疗)	…	5억 위안` / `주: 달러 투자는 … 순위를 매김` / page furniture /
    # `금액 기준으로는 체화지능 분야가 …`: the note has no sentence end, yet the page after it opens a paragraph of its own
    result = corpus_issue(909)
    table = _table(result, 110)
    assert table["notes"] == ["주: 달러 투자는 발표일 환율로 위안화 환산 후 순위를 매김"]
    assert any(t.startswith("금액 기준으로는 체화지능 분야가 121억 4,000만 위안으로") for t in _paragraphs(result))
    assert not any("매김" in t for t in _paragraphs(result))


def test_a_note_a_blank_line_below_the_rows(corpus_issue, tmp_path):
    # 431 l.194–197 `10	링퉁AI(灵瞳AI)	…	8,000만 달러` / `` / `* 달러 표시 금액은 원문 그대로 표기.` / `*출처: …`
    assert _table(corpus_issue(431), 194)["notes"] == ["* 달러 표시 금액은 원문 그대로 표기."]
    # 934 l.94–97, printed as a page setting paragraphs close does: the rows, a blank line, then the note with the next
    # paragraph right under it; the note's `전국 … 8,470개` is no figure of 중국's
    lines = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-934.txt").read_text(encoding="utf-8").split("\n")
    assert lines[93].startswith("합계\t") and lines[94].startswith("주: 전국 비중은") and lines[95] == ""
    path = tmp_path / "kic-china-weekly-934.txt"
    path.write_text("\n".join(lines[:94] + ["", lines[94]] + lines[96:]), encoding="utf-8")  # (the blank line moved up)
    result = extract_issue(path, path.name, Settings())
    notes = [t["notes"] for t in records_of(result, "tables") if t["notes"]]
    assert ["주: 전국 비중은 전국 '작은 거인' 기업 8,470개 대비. 자료: 공업정보화부, KIC 중국 정리"] in notes
    assert [f for f in records_of(result, "figures") if f["value"] == "8470"] == []
