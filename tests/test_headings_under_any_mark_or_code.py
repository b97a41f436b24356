"""A heading that repeats a contents entry is found whatever mark or numbering a layout sets before it, in the body and
in the contents alike: a glyph the code has no list of (`❶`, `★`, `◁`), a numbering token (`(1)`, `#1`, `가.`, `01)`),
a code of the category's letter and a number (`A1 │ 제목`, `A-1 ◆ 제목`), as 886, 888 and 892 lettered theirs, or of a
part (`1-1 ┃`, `Q1.`, `§1`, `제1장`, `STORY 01 │`); and a
running head opening with the page's number (`P.02 ─ KIC CHINA WEEKLY 890 ─ 정책 브리핑`) is furniture. Values read by
hand from the issues' lines; the rewritten issue is scored against its hand-written key."""

import json

import pytest
import regex

from conftest import ROOT, records_of
from kic_extract.pipeline import extract_issue
from kic_extract.segment.reconcile import skeleton
from kic_extract.settings import Settings


def _sections(result) -> list[tuple]:
    return [(s["title_line"], s["category"], s["seq"], s["page_start"]) for s in records_of(result, "sections")]


def test_articles_lettered_by_a_code_and_a_bar(corpus_issue):
    # 886 l.24 `A. 정책 브리핑 ────…`, l.26 `A1 │ 2037 년부터 이렇게 달라진다: …`; contents l.10 `  02 ····· A1 2037 년부터 …
    # 〈신화통신(新华社)〉`; pages close with `1 / 10` … `10 / 10`
    result = corpus_issue(886)
    assert _sections(result) == [
        (26, "정책 브리핑", 1, 2), (54, "정책 브리핑", 2, 3), (67, "지역 경제 리포트", 1, 4), (80, "지역 경제 리포트", 2, 5),
        (100, "스타트업 & 투자", 1, 6), (126, "스타트업 & 투자", 2, 8), (143, "센터 소식", 1, 9), (160, "센터 소식", 2, 10)]
    first = records_of(result, "sections")[0]
    assert first["title"] == "2037년부터 이렇게 달라진다: 새해 시행 경제정책 8 가지"
    issue, = records_of(result, "issues")
    assert (issue["toc"][0]["title"], issue["toc"][0]["source"], issue["toc"][0]["page"]) == (
        "2037년부터 이렇게 달라진다: 새해 시행 경제정책 8 가지", "신화통신", 2)


def test_entries_led_by_their_page_and_a_code_with_a_source_after_a_mark(corpus_issue):
    # 888 l.10 ` p.2 │ A1 2036 년 중국 성급 지역 GDP 잠정 집계 ◁ 경제일보(经济日报)`; body l.22 `■ [A] 정책·거시 브리핑`,
    # l.24 `A1 ▍2036 년 중국 성급 지역 GDP 잠정 집계`
    result = corpus_issue(888)
    assert _sections(result) == [
        (24, "정책·거시 브리핑", 1, 2), (54, "정책·거시 브리핑", 2, 4), (72, "스타트업 & 투자", 1, 5),
        (107, "스타트업 & 투자", 2, 7), (144, "센터 소식", 1, 10), (163, "센터 소식", 2, 11)]
    issue, = records_of(result, "issues")
    entry = issue["toc"][0]
    assert (entry["title"], entry["source"], entry["source_zh"], entry["page"]) == (
        "2036년 중국 성급 지역 GDP 잠정 집계", "경제일보", "经济日报", 2)


def test_articles_lettered_by_a_code_and_a_mark(corpus_issue):
    # 892 l.27 `A-1 ◆ 국가발전개혁위원회, ‘신질생산력’ 종합 시범구 1 차 지정`; contents l.10 `02 ┃ … ┃ 국가발전개혁위원회(…)`
    result = corpus_issue(892)
    assert _sections(result) == [
        (27, "정책 브리핑", 1, 2), (40, "정책 브리핑", 2, 3), (52, "지역 경제", 1, 4), (83, "지역 경제", 2, 6),
        (97, "스타트업 & 투자", 1, 7), (116, "스타트업 & 투자", 2, 8), (144, "센터 소식", 1, 10), (161, "센터 소식", 2, 11)]
    issue, = records_of(result, "issues")
    assert (issue["toc"][1]["title"], issue["toc"][1]["source"], issue["toc"][1]["page"]) == (
        "국가데이터국, 공공데이터 수권 운영 지침 시행", "인민일보", 3)


def test_running_heads_opening_with_the_page_s_number(corpus_issue):
    # 890 l.23 `P.02 ─ KIC CHINA WEEKLY 890 ─ 정책 브리핑` over l.26 `A-1  국무원, …`; l.128 `P.10 ─ … ─ KIC 센터 소식`
    result = corpus_issue(890)
    assert [(line, page) for line, _, _, page in _sections(result)] == [
        (26, 2), (46, 3), (56, 4), (68, 5), (93, 7), (111, 8), (131, 10), (149, 11)]
    texts = [b["text"] or "" for s in records_of(result, "sections") for b in s["blocks"]]
    assert not [t for t in texts if "KIC CHINA WEEKLY 890" in t]


# 306's contents bullet its entries `- ▶ … p3` and its body numbers its articles `1. …` under each category; the same
# issue printed with another mark or numbering before both must read as its key gives it
_MARKS = {
    "dingbat": lambda n: "❶❷❸❹❺❻❼❽❾❿"[n - 1],
    "star": lambda n: "★",
    "paren": lambda n: f"({n})",
    "hash": lambda n: f"#{n}",
    "gana": lambda n: "가나다라마바사아자차"[n - 1] + ".",
    "closing": lambda n: f"{n:02d})",
    "slash": lambda n: f"{n:02d} /",
    "ellipse": lambda n: f"{n:02d} ▸",
    "code_bar": lambda n: f"1-{n} ┃",
    "question": lambda n: f"Q{n}.",
    "section_sign": lambda n: f"§{n}",
    "chapter": lambda n: f"제{n}장",
    "story": lambda n: f"STORY {n:02d} │",
    "keycap": lambda n: f"{n}\ufe0f\u20e3",
}


@pytest.mark.parametrize("mark", sorted(_MARKS))
def test_a_layout_s_own_mark_before_headings_and_entries(mark, tmp_path):
    folder = ROOT / "tests" / "corpus" / "heldout"
    key = json.loads((folder / "kic-china-weekly-306.key.json").read_text(encoding="utf-8"))
    lines = (folder / "kic-china-weekly-306.txt").read_text(encoding="utf-8").split("\n")
    entry = article = 0
    for k, line in enumerate(lines):
        if line.startswith("- ▶ "):
            entry += 1
            lines[k] = f"{_MARKS[mark](entry)} {line[4:]}"
        elif k + 1 in {s["line"] for s in key["sections"]}:
            article += 1
            lines[k] = regex.sub(r"^\d\.\s", f"{_MARKS[mark](article)} ", line)
    path = tmp_path / "kic-china-weekly-306.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_issue(path, "kic-china-weekly-306.txt", Settings())
    sections = records_of(result, "sections")
    assert [(skeleton(s["title"]), s["category"], s["page_start"]) for s in sections] == [
        (skeleton(s["title"]), s["category"], s["page_start"]) for s in key["sections"]]
    issue, = records_of(result, "issues")
    assert [(skeleton(t["title"]), t["page"]) for t in issue["toc"]] == [(skeleton(t["title"]), t["page"]) for t in key["toc"]]
