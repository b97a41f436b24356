"""Contents, categories, page furniture and mastheads in the shapes held-out issues 321 and 322
showed when first read (tests/corpus/heldout): every value asserted here was read off the issue's
text by hand."""

from __future__ import annotations

from pathlib import Path

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

from conftest import records_of

CORPUS = Path(__file__).resolve().parent / "corpus"


def _issue(result):
    return records_of(result, "issues")[0]


def _printed(tmp_path, number: int):
    """The pipeline's result for a held-out issue printed by reportlab (a PDF's text keeps no indent)."""
    from kic_extract.pdf.render.pages import text_to_pages
    from kic_extract.pdf.render.producers import render

    pages = text_to_pages((CORPUS / "heldout" / f"kic-china-weekly-{number}.txt").read_text(encoding="utf-8"))
    out = tmp_path / f"kic-china-weekly-{number}.pdf"
    render("reportlab", pages, out, fit=True)
    return extract_issue(out, out.name, Settings())


def test_contents_under_open_bullets_with_leader_dots_and_sources_in_angle_brackets(corpus_issue):
    # 321 l.13 `■ 지역경제 포커스` / l.14 `▷ 2025년 성급 지역 GDP 성적표… 〈제일재경(第一财经)〉 ······ 2`
    toc = _issue(corpus_issue(321))["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [
        (2, "지역경제 포커스"), (4, "지역경제 포커스"), (5, "지역경제 포커스"), (6, "스타트업·투자 동향"),
        (7, "스타트업·투자 동향"), (8, "스타트업·투자 동향"), (9, "KIC 중국 소식"), (10, "KIC 중국 소식")]
    assert (toc[1]["title"], toc[1]["source"], toc[1]["source_zh"]) == ("2026년 지방 양회 성장률 목표 일람", "신화통신", "新华社")
    assert (toc[3]["tag"], toc[3]["title"]) == ("투자결산", "2025년 중국 벤처투자, 하드테크로 더 쏠렸다")


def test_contents_under_circles_with_pages_in_jjok_and_bracketed_categories(corpus_issue):
    # 322 l.12 `[정책 브리핑]` / `○ … ─ 제일재경(第一财经) · 2쪽`; l.21 `[창업 생태계]` after a blank line
    toc = _issue(corpus_issue(322))["toc"]
    assert [e["page"] for e in toc] == [2, 3, 4, 4, 5, 6, 7, 9]
    assert [e["category"] for e in toc][-3:] == ["창업 생태계"] * 3
    assert (toc[4]["title"], toc[4]["source"]) == ("중서부 4대 거점 도시, 누가 앞섰나", "21세기경제보도")


def test_a_category_printed_right_above_its_first_article(corpus_issue):
    # 321 l.101 `■ 스타트업·투자 동향` / l.102 `1. 【투자결산】 2025년 중국 벤처투자, …` (no blank line between)
    sections = records_of(corpus_issue(321), "sections")
    assert [(s["category"], s["page_start"]) for s in sections] == [
        ("지역경제 포커스", 2), ("지역경제 포커스", 4), ("지역경제 포커스", 5), ("스타트업·투자 동향", 6),
        ("스타트업·투자 동향", 7), ("스타트업·투자 동향", 8), ("KIC 중국 소식", 9), ("KIC 중국 소식", 10)]
    assert (sections[3]["tag"], sections[3]["title"]) == ("투자결산", "2025년 중국 벤처투자, 하드테크로 더 쏠렸다")


def test_a_numbered_footer_with_no_blank_line_around_it(corpus_issue):
    # 322: `─ KIC 중국 1쪽 ─` then `주간 중국 창업 · 제322호 · 2026.02.27`, text right above and below
    result = corpus_issue(322)
    assert {25, 26, 48, 49, 70, 71, 204} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 3, 4, 4, 5, 6, 7, 9]
    # l.29 `1. 31개 성급 지역 2026년 성장 목표 일제히 공개 ─ 제일재경(第一财经)`: `─` before the source
    first = records_of(result, "sections")[0]
    assert (first["title"], first["source"]) == ("31개 성급 지역 2026년 성장 목표 일제히 공개", "제일재경")


def test_masthead_fields_side_by_side(corpus_issue):
    # 321 l.7 `펴낸 곳 : 글로벌혁신센터(KIC 중국) | 센터장 : 김종문`, l.8 `전화 : … | 메일 : …`
    issue = _issue(corpus_issue(321))
    assert (issue["publisher"], issue["director"], issue["phone"], issue["email"]) == (
        "글로벌혁신센터(KIC 중국)", "김종문", "+86-10-6780-8840", "info@kicchina.org")
    # 322 l.7 `연락처 : info@kicchina.org · +86-10-6780-8840`
    issue = _issue(corpus_issue(322))
    assert (issue["number"], issue["date"], issue["phone"], issue["email"]) == (
        322, "2026-02-27", "+86-10-6780-8840", "info@kicchina.org")


def test_pdf_text_is_nfc_whatever_the_font_maps(tmp_path, monkeypatch):
    # a font may map `〈` to U+2329, whose canonical form is U+3008: the issue is read, its records NFC
    import kic_extract.pdf.read as read

    text = (CORPUS / "kic-china-weekly-301.txt").read_text(encoding="utf-8")
    assert "〈" not in text
    text = text.replace("1. ", "1. \u2329특집\u232a ", 1)
    lines = text.count("\n") + 1
    monkeypatch.setattr(read, "read_pdf", lambda path, settings: read.PdfText(text, [1] * lines, [], [1] * lines))
    pdf = tmp_path / "kic-china-weekly-301.pdf"
    pdf.write_bytes(b"%PDF-1.4 stand-in")
    result = extract_issue(pdf, pdf.name, Settings())
    first = records_of(result, "sections")[0]
    # (read as `〈특집〉`, U+3008 and U+3009, the brackets a tag stands in: no U+2329 is left in the title)
    assert (first["tag"], first["title"]) == ("특집", "2025년 상반기 각 성 경제 성적 분석")


def test_categories_in_tortoise_shell_brackets_and_a_contents_title_between_rules(corpus_issue):
    # 323 l.7 `━ 이번 호 차례 ━`, l.9 `〔경제·정책 브리핑〕`; the body prints `경제·정책 브리핑`
    result = corpus_issue(323)
    toc = _issue(result)["toc"]
    assert sorted({e["category"] for e in toc}) == ["KIC 중국 소식", "경제·정책 브리핑", "창업·투자 포커스"]
    assert [(s["category"], s["page_start"]) for s in records_of(result, "sections")][:3] == [
        ("경제·정책 브리핑", 2), ("경제·정책 브리핑", 4), ("경제·정책 브리핑", 5)]


def test_contents_entries_numbered_as_a_pdfs_text_spaces_them():
    # 422's contents as its PDF prints read back: `01 2027년 … — 디이차이징(第一财经) ........ 2` (one space after the
    # number), an entry wrapped with no page (`03 2028년 지방 양회 개막, …`), `1. 제목` still an article's heading
    from kic_extract.segment.patterns import ARTICLE, TOC_ENTRY

    assert TOC_ENTRY.match("01 2027년 중국 주요 도시 GDP 순위 — 디이차이징(第一财经) ........ 2")["text"].startswith("2027년")
    assert TOC_ENTRY.match("03 2028년 지방 양회 개막, 각 지역 성장률 목표 일제히 공개")["text"].startswith("2028년")
    assert TOC_ENTRY.match("3 스타트업 동향 ······ 5")["text"] == "스타트업 동향 ······ 5"
    assert not TOC_ENTRY.match("01. 2027년 중국 주요 도시 GDP 순위") and ARTICLE.match("01. 2027년 중국 주요 도시 GDP 순위")
    assert not TOC_ENTRY.match("3 위는 장쑤성이었다.")


def test_contents_of_redesigned_issues(corpus_issue):
    # 423 l.15–21: `■ 이번 주 중국 경제` / `2027년 31개 성·자치구·직할시 경제 성적표: 광둥성 16조 위안 돌파,` /
    # `장쑤성과의 격차는 3,450억 위안으로 좁혀져 | 제일재경(第一财经) ·········· 2` (no bullet, wrapped before its page,
    # the source after a bar); 424 l.14–18: `< 경제·정책 브리핑 >` / `02 │ 2027년 중국 R&D 경비 … [국가통계국]` (the page
    # first, the source in square brackets) / `04 │ … 광둥은 관광객·수입` / `     모두 1위 [문화여유부]` (indented)
    toc = _issue(corpus_issue(423))["toc"]
    assert [(e["page"], e["category"], e["line_start"], e["line_end"]) for e in toc[:3]] == [
        (2, "이번 주 중국 경제", 17, 18), (4, "이번 주 중국 경제", 19, 19), (5, "이번 주 중국 경제", 20, 21)]
    assert (toc[0]["source"], toc[0]["source_zh"], toc[2]["source"]) == ("제일재경", "第一财经", "국가발전개혁위원회")
    toc = _issue(corpus_issue(424))["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [
        (2, "경제·정책 브리핑"), (4, "경제·정책 브리핑"), (5, "경제·정책 브리핑"), (6, "창업·투자 포커스"),
        (7, "창업·투자 포커스"), (8, "창업·투자 포커스"), (9, "KIC 중국 소식"), (10, "KIC 중국 소식")]
    assert (toc[1]["line_start"], toc[1]["line_end"], toc[1]["source"]) == (16, 17, "문화여유부")
    assert toc[1]["title"] == "2028년 춘절 연휴 관광 결산: 하이난·헤이룽장 '남북 쌍끌이', 광둥은 관광객·수입 모두 1위"


def test_mastheads_numbered_by_volume_or_by_tonggwon(corpus_issue):
    # 423 l.7 `VOL. 423  ·  2028년 2월 18일 금요일`, 424 l.6 `2028.02.25 (금)  │  통권 424호`: the issue's date is what
    # a bare month in a title and `올해` are read from (423's `1월 하드테크 투자 상위 10건` is January 2028's)
    assert [(_issue(corpus_issue(n))["number"], _issue(corpus_issue(n))["date"]) for n in (423, 424)] == [
        (423, "2028-02-18"), (424, "2028-02-25")]
    years = {(f["region_ko"], f["value"], f["year"]) for f in records_of(corpus_issue(423), "figures") if f["line"] == 161}
    assert ("베이징", "2", 2028) in years


def test_masthead_fields_printed_without_labels_and_colons(corpus_issue):
    # 423 l.9–10 `글로벌혁신센터(KIC 중국) 발행 | 센터장 김종문`, `Tel +86-10-6780-8840 | info@kicchina.org`
    issue = _issue(corpus_issue(423))
    assert (issue["publisher"], issue["director"], issue["phone"], issue["email"]) == (
        "글로벌혁신센터(KIC 중국)", "김종문", "+86-10-6780-8840", "info@kicchina.org")


def test_a_page_first_contents_entry_wrapped_in_a_pdfs_text(tmp_path):
    # 424 printed: `04 │ 2028년 춘절 연휴 관광 결산: … 광둥은 관광객·수입` / `모두 1위 [문화여유부]` (the indent of the
    # text's l.17 is gone in a PDF's text); the rest is the entry's, not a category
    toc = _issue(_printed(tmp_path, 424))["toc"]
    assert [(e["page"], e["category"]) for e in toc[:4]] == [
        (2, "경제·정책 브리핑"), (4, "경제·정책 브리핑"), (5, "경제·정책 브리핑"), (6, "창업·투자 포커스")]
    assert (toc[1]["title"], toc[1]["source"]) == (
        "2028년 춘절 연휴 관광 결산: 하이난·헤이룽장 '남북 쌍끌이', 광둥은 관광객·수입 모두 1위", "문화여유부")


def test_page_first_contents_and_a_short_total_row_in_a_pdfs_text(tmp_path):
    # 428 printed: its contents ` 10  KIC 중국 선전 사무소 개소…` come out `10 KIC 중국 …` (one space, no indent),
    # under `■ KIC 현장`; the total row `상위 10곳 합계 | 39.0` comes out with three empty cells after it
    result = _printed(tmp_path, 428)
    toc = _issue(result)["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [
        (2, "이슈 브리프"), (4, "이슈 브리프"), (5, "이슈 브리프"), (7, "스타트업 인사이트"), (8, "스타트업 인사이트"),
        (10, "KIC 현장"), (10, "KIC 현장")]
    assert [(s["page_start"], s["category"]) for s in records_of(result, "sections")][-2:] == [(10, "KIC 현장")] * 2
    total = [a for a in records_of(result, "amounts") if a["row_label"] == "상위 10곳 합계"]
    assert [(a["column"], a["value"], a["unit"]) for a in total] == [(5, "39000000000000", "위안")]


def test_headings_under_a_mark_that_repeat_their_contents_entry(corpus_issue):
    # 430: contents `02 ··· 선전시 2027 년 경제 성적표 공개… 난산구 독주 속 광밍구 고성장` over `        | 선전시 통계국(…)`
    # under `[ 이슈 & 브리핑 ]`; in the body the category as a plain line and each article under `■`, no number:
    # `■ 선전시 2027 년 경제 성적표 공개… 난산구 독주 속 광밍구 고성장` over `출처: 선전시 통계국(深圳市统计局)`
    result = corpus_issue(430)
    toc = _issue(result)["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [
        (2, "이슈 & 브리핑"), (4, "이슈 & 브리핑"), (5, "이슈 & 브리핑"), (6, "이슈 & 브리핑"), (6, "스타트업 레이더"),
        (7, "스타트업 레이더"), (9, "센터 소식"), (9, "센터 소식"), (10, "센터 소식")]
    assert (toc[0]["title"], toc[0]["source"]) == ("선전시 2027년 경제 성적표 공개… 난산구 독주 속 광밍구 고성장", "선전시 통계국")
    sections = records_of(result, "sections")
    assert [(s["seq"], s["page_start"], s["line_start"]) for s in sections] == [
        (1, 2, 38), (2, 4, 89), (3, 5, 113), (4, 6, 129), (1, 6, 140), (2, 7, 166), (1, 9, 199), (2, 9, 205), (3, 10, 221)]
    assert sections[0]["title"] == "선전시 2027년 경제 성적표 공개… 난산구 독주 속 광밍구 고성장"
    assert not [w for w in result.warnings if w.code in ("text_outside_section", "toc_no_page")]


def test_an_entrys_source_on_a_line_of_its_own_in_a_pdfs_text(tmp_path):
    # 430 printed: the indented `        | 선전시 통계국(…)` under its entry comes out `| 선전시 통계국(…)`, no indent
    result = _printed(tmp_path, 430)
    assert [e["page"] for e in _issue(result)["toc"]] == [2, 4, 5, 6, 6, 7, 9, 9, 10]
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 4, 5, 6, 6, 7, 9, 9, 10]


def test_a_marked_contents_entry_is_no_heading_of_its_own(corpus_issue):
    # 418 l.26 `▶ 【기업분석】 하늘길 여는 중국 저공경제 스타트업 3 곳 ··· 7`: an entry under a mark that repeats its
    # own title is the contents', not the body's first article; all six entries keep their pages
    result = corpus_issue(418)
    assert [e["page"] for e in _issue(result)["toc"]] == [2, 4, 6, 7, 9, 10]
    assert [(s["page_start"], s["tag"]) for s in records_of(result, "sections")][3:] == [
        (7, "기업분석"), (9, "KIC 네트워크"), (10, "KIC 행사")]


def test_contents_under_diamonds_with_dotted_entries_and_headings_after_a_bar(corpus_issue):
    # 436 l.12 `◆ 정책 & 지표` / l.13 `  · 2027 년 성급 지역 R&D 투자 통계 공보: … ·················· 2`: the diamond
    # heads the entries under it; l.31 `01 | 2027 년 성급 지역 R&D …` under l.29 `[ 정책 & 지표 ]`
    result = corpus_issue(436)
    toc = _issue(result)["toc"]
    assert [(e["category"], e["page"]) for e in toc] == [
        ("정책 & 지표", 2), ("정책 & 지표", 4), ("정책 & 지표", 5), ("스타트업 & 투자", 6), ("스타트업 & 투자", 7),
        ("스타트업 & 투자", 8), ("KIC 현장", 10), ("KIC 현장", 11)]
    assert toc[5]["title"] == "지역 탐방: '투자로 키운 도시' 허페이(合肥), 10년의 궤적과 다음 10년의 과제"
    sections = records_of(result, "sections")
    assert [(s["title"], s["category"], s["page_start"], s["line_start"]) for s in sections][:2] == [
        ("2027년 성급 지역 R&D 투자 통계 공보: 베이징 독주 속 중부 약진", "정책 & 지표", 2, 31),
        ("1~4월 지역별 외국인직접투자 동향: 상하이, 장쑤 제치고 1위 탈환", "정책 & 지표", 4, 78)]
    # 434 l.19 `04  [투자 리포트] 4 월 AI·로봇 분야 투자 라운드 TOP 8 ········ 6`: a kind in square brackets is the tag
    entry = _issue(corpus_issue(434))["toc"][3]
    assert (entry["tag"], entry["title"], entry["page"]) == ("투자 리포트", "4월 AI·로봇 분야 투자 라운드 TOP 8", 6)
    # (424 l.26–27 `09 │ 【KIC 행사】 … 성료` over `10 │ 【KIC 안내】 …`: numbered entries, no category between)
    assert [e["category"] for e in _issue(corpus_issue(424))["toc"]][-2:] == ["KIC 중국 소식"] * 2


def test_page_first_entries_wrapped_before_their_source_and_kickers_in_a_pdfs_text(tmp_path):
    # 444 printed: `05  청두·충칭 쌍성경제권(…) 첨단산업단지 입주 현황과` / `하이테크 기업 분포 / 쓰촨일보(四川日报)` (the
    # text's indent gone), and the articles under `정책 · 지역 │ 01` lines with their titles below
    result = _printed(tmp_path, 444)
    toc = _issue(result)["toc"]
    assert [(e["page"], e["category"]) for e in toc[:4]] == [
        (2, "정책 · 지역"), (4, "정책 · 지역"), (5, "정책 · 지역"), (6, "스타트업 & 투자")]
    assert (toc[2]["title"], toc[2]["source"]) == (
        "청두·충칭 쌍성경제권(成渝地区双城经济圈) 첨단산업단지 입주 현황과 하이테크 기업 분포", "쓰촨일보")
    assert [(s["page_start"], s["category"]) for s in records_of(result, "sections")][:3] == [
        (2, "정책 · 지역"), (4, "정책 · 지역"), (5, "정책 · 지역")]


def test_a_footer_some_pages_print_in_a_pdfs_text(tmp_path):
    # 446 printed: `www.kicchina.org` on three of its ten pages, one of them inside the unicorn table (l.116): a
    # footer, so the table goes on past it and its `계` is checked (313 printed, 303 added)
    result = _printed(tmp_path, 446)
    table = next(t for t in records_of(result, "tables") if t["header"][:2] == ["순위", "도시"])
    assert [row[1] for row in table["rows"]][-5:] == ["쑤저우", "허페이", "청두", "톈진", "-"] and len(table["rows"]) == 11
    assert [w.message.split(":")[1] for w in result.warnings if w.code == "total_mismatch"] == [
        " printed 313, but its 10 parts add up to 303"]
