"""Shapes held-out issues 535 and 536 showed when first read (tests/corpus/heldout), and what they showed of earlier
issues: a contents entry's source on the line under its page, a headline's second part after an ellipsis, company
cards printed as tab-separated label/value pairs whatever their labels, a card's `이번 투자`, a count whose list is the
next sentence's (`… 도시를 6 개로 꼽았다. …가 여기에 해당한다`), a fall given as a topic in people, growth `마이너스`,
and names glossed with their Chinese in brackets, read whole. Every value asserted here was read off the issue's text
by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import figures_at, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def test_a_contents_source_under_the_entrys_page_and_a_headline_after_an_ellipsis(corpus_issue):
    # 536 l.17–18 `01  중국 주요 도시 2029 년 경제 규모 순위 … 청두·우한 성장세 두드러져 ·········· 2` /
    # `    21세기경제보도(21世纪经济报道)`; l.19–21 an entry wrapped over two lines, its source under them
    toc = records_of(corpus_issue(536), "issues")[0]["toc"]
    assert [(e["page"], e["source"]) for e in toc] == [
        (2, "21세기경제보도"), (3, "제일재경"), (4, None), (5, None), (7, None), (8, None), (10, None)]
    assert toc[0]["title"] == "중국 주요 도시 2029년 경제 규모 순위 … 청두·우한 성장세 두드러져"
    assert toc[0]["source_zh"] == "21世纪经济报道"
    assert toc[3]["title"] == "웨강아오대만구(粤港澳大湾区) 11개 도시 경제 성적 … 홍콩·마카오 회복세"


def test_cards_printed_as_label_value_pairs_whatever_their_labels(corpus_issue):
    # 535 l.209–211 `기업	윈투즈자(云途智驾)	설립연도	2022.7.5` / `분야	…	소재지	…` / `홈페이지	…	자금조달 상황	누적 3억 달러
    # 이상`; 435 l.176–177 `기업	싱하이즈넝(星海智能)	설립	2023.6` / `분야	…	투자 유치	누적 약 35억 위안 (시리즈 C)`
    kinds = [(t["line_start"], t["kind"]) for t in records_of(corpus_issue(535), "tables")]
    assert kinds == [(56, "other"), (126, "other"), (166, "other"), (195, "company_card"), (209, "company_card"),
                     (219, "company_card")]
    cards = {c["name"]: c for c in records_of(corpus_issue(535), "companies")}
    assert (cards["윈투즈자"]["name_zh"], cards["윈투즈자"]["founded"]) == ("云途智驾", "2022-07-05")
    assert (cards["윈투즈자"]["funding_value"], cards["윈투즈자"]["funding_unit"], cards["윈투즈자"]["funding_bound"]) == (
        300000000, "달러", "min")
    cards = {c["name"]: c for c in records_of(corpus_issue(435), "companies")}
    assert (cards["싱하이즈넝"]["name_zh"], cards["싱하이즈넝"]["founded_raw"]) == ("星海智能", "2023.6")
    assert (cards["싱하이즈넝"]["funding_value"], cards["싱하이즈넝"]["funding_approx"]) == (3500000000, True)


def test_a_cards_funding_this_round(corpus_issue):
    # 536 l.128–132 `① 톈지로봇(天机机器人)` … `▶ 이번 투자: 시리즈 B, 7 억 위안`; l.140 `▶ 이번 투자: 시리즈 A+, 1 억 2,000 만 달러`
    cards = {c["name"]: c for c in records_of(corpus_issue(536), "companies")}
    assert (cards["톈지로봇"]["name_zh"], cards["톈지로봇"]["funding_value"], cards["톈지로봇"]["funding_unit"]) == (
        "天机机器人", 700000000, "위안")
    assert (cards["모인커지"]["funding_value"], cards["모인커지"]["funding_unit"]) == (120000000, "달러")


def test_a_count_whose_list_is_the_next_sentence(corpus_issue):
    # 536 l.164 `보고서는 휴머노이드 로봇 산업 클러스터가 형성된 도시를 6 개로 꼽았다. 베이징시, 상하이시, 선전시, 항저우시,
    # 우한시, 허페이시, 쑤저우시가 여기에 해당한다.`: seven named
    warnings = [(w.line, w.message) for w in corpus_issue(536).warnings if w.code == "count_mismatch"]
    assert warnings == [(164, "the text says 6개 but lists 7: 베이징시, 상하이시, 선전시, 항저우시, 우한시, 허페이시, 쑤저우시")]


def test_a_fall_in_people_as_a_topic_and_growth_below_zero(corpus_issue):
    # 536 l.60 `감소 폭은 헤이룽장성이 27 만 명으로 가장 컸고, 지린성(-19 만 명)과 랴오닝성(-14 만 명)이 뒤를 이었다.`;
    # l.48 `헤이룽장성 다칭시(大庆)는 … GDP 가 2,610 억 위안에 머물며 1.2% 마이너스 성장을 기록했다.`
    assert figures_at(corpus_issue(536), 60)[:3] == [
        ("헤이룽장성", "-270000", 1, None, 2029), ("지린성", "-190000", 2, None, 2029), ("랴오닝성", "-140000", 3, None, 2029)]
    assert ("다칭시", "-1.2", None, None, 2029) in figures_at(corpus_issue(536), 48)


def test_names_glossed_in_brackets_are_read_whole(corpus_issue):
    # 423 l.222 `국제과학기술원(国际科技园)	디지털헬스·AI 신약	0.6	190`; 417 l.171 `기업명 : 싱하이로봇(星海机器人)`
    entries = [(e["ko"], e["zh"]) for e in records_of(corpus_issue(423), "list_entries") if e["line"] == 222]
    assert entries == [("국제과학기술원", "国际科技园")]
    cards = {c["name"]: c["name_zh"] for c in records_of(corpus_issue(417), "companies")}
    assert cards["싱하이로봇"] == "星海机器人"


def test_cells_of_several_glossed_names(corpus_issue):
    # 466 l.204 `광역지자체	서울특별시	베이징(北京) 차오양구(朝阳区)	2006	4`: a city before its district;
    # 417 l.148 `…	중커창투(中科创投),` going on at the page's head with `쑤저우위안허(苏州元禾)`: two investors
    entries = {(e["line"], e["column"]): (e["ko"], e["zh"]) for e in records_of(corpus_issue(466), "list_entries")}
    assert entries[(204, 3)] == ("베이징 차오양구", "北京朝阳区")
    entries = {(e["line"], e["column"]): (e["ko"], e["zh"]) for e in records_of(corpus_issue(417), "list_entries")}
    assert entries[(148, 6)] == ("중커창투, 쑤저우위안허", "中科创投, 苏州元禾")


def test_contents_sources_under_their_pages_as_a_pdfs_text_sets_them(tmp_path):
    # 536 l.17–21 as every print of it reads: no indent, so `제일재경(第一财经)` stands under `감소 지속 ·········· 3`,
    # the rest of a wrapped entry, not under a numbered line
    source = Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-536.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "kic-china-weekly-536.txt"
    path.write_text("\n".join(lines[:16] + [line.strip() for line in lines[16:21]] + lines[21:]), encoding="utf-8")
    toc = records_of(extract_issue(path, path.name, Settings()), "issues")[0]["toc"]
    assert [(e["page"], e["category"], e["source"]) for e in toc[:4]] == [
        (2, "이슈 & 트렌드", "21세기경제보도"), (3, "이슈 & 트렌드", "제일재경"), (4, "이슈 & 트렌드", None),
        (5, "이슈 & 트렌드", None)]
