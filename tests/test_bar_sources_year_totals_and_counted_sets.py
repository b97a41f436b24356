"""Shapes held-out issues 497–500 showed when first read (tests/corpus/heldout), met again in 493: a body heading
closed by a bar and its source, a cell going on under a table's header printed again, a total column of one
year's periods, a count of kinds, a unit note a blank line below its table, figures of a counted set, and a
name whose first word reads the Chinese after words that are not the name's. Every value asserted here was read
off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import figures_at, names_at, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

HELDOUT = Path(__file__).parent / "corpus" / "heldout"



def test_a_body_heading_closed_by_a_bar_and_its_source(corpus_issue):
    # 498 l.35 `01 | 중국 디지털경제 주요 지표… 데이터 거래 시장 처음으로 ‘1 조 위안’ 돌파 | 국가데이터국(国家数据局)`,
    # l.80 `02 | 2028 년 도시별 상주인구 변화… 항저우 증가 폭 1 위 | 각 시 통계공보`
    result = corpus_issue(498)
    sections = records_of(result, "sections")
    assert [(s["line_start"], s["title"], s["source"]) for s in sections[:2]] == [
        (35, "중국 디지털경제 주요 지표… 데이터 거래 시장 처음으로 ‘1조 위안’ 돌파", "국가데이터국"),
        (80, "2028년 도시별 상주인구 변화… 항저우 증가 폭 1위", "각 시 통계공보")]
    assert [s["page_start"] for s in sections[:3]] == [2, 4, 5]
    assert not [w for w in result.warnings if w.code == "toc_title_differs"]


def test_a_cell_going_on_under_a_header_printed_again(corpus_issue):
    # 498 l.52 `	기가비트 광대역	만 가구	28,400	33,150	37,920` | page 2 → 3, header again (l.58) | l.59 `	가입자 수`,
    # in a table whose rows all print figures (`데이터 거래소	곳	46	52	58` too)
    tables = records_of(corpus_issue(498), "tables")
    indicators = next(t for t in tables if t["header"][:3] == ["구분", "지표", "단위"])
    assert ["디지털 인프라", "기가비트 광대역 가입자 수", "만 가구", "28,400", "33,150", "37,920"] in indicators["rows"]
    assert len(indicators["rows"]) == 12
    assert not [w for w in corpus_issue(498).warnings if w.code == "indicator_missing"]


def test_a_total_column_of_one_years_periods(corpus_issue):
    # 500 l.80 `품목	2027년	2028년	2029년 1분기	2029년 2분기	2029년 상반기 합계`: the total sums the quarters; the one
    # fault, l.84 `리튬이온 배터리	1,540	1,710	420	470	980` (420 + 470 = 890)
    warnings = [(w.line, w.message) for w in corpus_issue(500).warnings if w.code == "total_mismatch"]
    assert warnings == [(84, "kic-china-weekly-500/t01 리튬이온 배터리 2029년 상반기 합계 column: printed 980, but its 2 parts "
                             "add up to 890")]


def test_a_count_of_kinds_lists_its_kinds(corpus_issue):
    # 500 l.196 `하이난성은 봉관 이후 일곱 개 분야, 즉 관광업, 현대 서비스업, 첨단기술 산업, 열대 고효율 농업, 해양 경제,
    # 의료·건강 산업을 중점 육성 산업으로 지정했다.`: six listed
    warnings = [(w.line, w.message) for w in corpus_issue(500).warnings if w.code == "count_mismatch"]
    assert warnings == [(196, "the text says 7개 분야 but lists 6: 관광업, 현대 서비스업, 첨단기술 산업, 열대 고효율 농업, 해양 경제, "
                              "의료·건강 산업")]


def test_a_unit_note_a_blank_line_below_its_table(tmp_path):
    # 500 l.89 `※ 단위: 억 위안. 상반기 합계는 1·2분기 합산.` right under the table, and as a printer sets it, a blank line below
    text = (HELDOUT / "kic-china-weekly-500.txt").read_text(encoding="utf-8").split("\n")
    assert text[88].startswith("※ 단위: 억 위안")
    spaced = tmp_path / "kic-china-weekly-500.txt"
    spaced.write_text("\n".join(text[:88] + [""] + text[88:]), encoding="utf-8")
    for path in (HELDOUT / "kic-china-weekly-500.txt", spaced):
        amounts = records_of(extract_issue(path, path.name, Settings()), "amounts")
        first = next(a for a in amounts if a["raw"] == "35,120")
        assert (first["value"], first["unit"]) == ("3512000000000", "위안")


def test_figures_of_a_counted_set_are_no_regions(corpus_issue):
    # 493 l.54 `상하이시(上海市)가 2,843 억 2,000 만 위안으로 그 뒤를 이었고, 상위 6 개 지역의 R&D 경비를 합하면 2 조 6,833 억
    # 5,000 만 위안으로 전국의 54.8%에 달했다.`; l.79 `저장성(浙江省)과 안후이성(安徽省)도 3%를 넘어 모두 7 개 지역이 3% 선을 웃돌았다.`
    figures = [(f["line"], f["region_ko"], f["value"], f["bound"]) for f in records_of(corpus_issue(493), "figures")
               if f["line"] in (54, 79)]
    assert (54, "상하이시", "284320000000", None) in figures
    assert not [f for f in figures if f[2] in ("2683350000000", "54.8")]
    assert [f for f in figures if f[0] == 79 and f[2] == "3"] == [(79, "저장성", "3", "min"), (79, "안후이성", "3", "min")]


def test_a_name_whose_first_word_reads_the_chinese_after_other_words():
    # 498 l.118 `… 주하이시(珠海市)와 맞닿은 헝친 광둥-마카오 심도협력구(横琴粤澳深度合作区)…`
    assert ("헝친 광둥-마카오 심도협력구", "横琴粤澳深度合作区") in names_at(498, 118)
    # 394 l.88 `▶ 인프라: 전국 통합 컴퓨팅 네트워크(全国一体化算力网)의 …`
    assert ("전국 통합 컴퓨팅 네트워크", "全国一体化算力网") in names_at(394, 88)
    # not a place the name opens with again: 460 l.197 `선전 난산구 소재 선전만창업광장(深圳湾创业广场)`, 403 l.97 `서부 지역이
    # 서부육해신통로(西部陆海新通道)`
    assert ("선전만창업광장", "深圳湾创业广场") in names_at(460, 197)
    assert ("서부육해신통로", "西部陆海新通道") in names_at(403, 97)



def test_falls_written_as_negative_growth_or_after_a_word_of_degree(corpus_issue):
    # 497 l.85 `헤이룽장성(黑龙江省)은 올해 상반기 0.6% 역성장하며 감소세로 돌아섰고`
    assert ("헤이룽장성", "-0.6", None, None, 2029) in figures_at(corpus_issue(497), 85)
    # 499 l.85 `… 올해 상반기에는 전년보다 0.6%p 더 떨어졌다.`
    assert ("허난성", "-0.6", None, None, 2029) in [(f[0], f[1], f[2], f[3], f[4]) for f in figures_at(corpus_issue(499), 85)]


def test_followers_of_the_sentence_before_make_its_region_first(corpus_issue):
    # 500 l.91 `도시별로는 선전시가 1조 2,110억 위안(5.2% 증가)의 수출을 기록해 성 전체 수출의 38.8%를 차지했다.
    # 둥관시(东莞市) 4,980억 위안, 광저우시 4,310억 위안이 그 뒤를 이었다.`
    figures = figures_at(corpus_issue(500), 91)
    assert [f for f in figures if f[2] is not None] == [
        ("선전시", "1211000000000", 1, None, 2029), ("둥관시", "498000000000", 2, None, 2029),
        ("광저우시", "431000000000", 3, None, 2029)]
    # 435 l.206 `… 선전시의 GDP는 3조 9,870억 위안으로 전년보다 5.6% 늘었다. 광저우시가 3조 2,150억 위안으로 그 뒤를 이었다.`
    assert [f[:3] for f in figures_at(corpus_issue(435), 206) if f[2]] == [("선전시", "3987000000000", 1),
                                                                         ("광저우시", "3215000000000", 2)]
    # but not a mark of another unit: 353 l.198 (the paragraph from l.195) `선전시의 드론 물류 배송 건수는 지난해 76만 건을 돌파했다. 장쑤성(845억
    # 위안)과 저장성(640억 위안)이 2, 3위로 뒤를 이었다.`
    assert ("선전시", "760000", None, "min", 2025) in figures_at(corpus_issue(353), 195)


def test_a_place_first_in_a_change_holds_its_change_not_its_level(corpus_issue):
    # 498 l.84 `작년 한 해 상주인구 증가 폭이 가장 컸던 도시는 항저우시(杭州市)였다. 항저우시의 상주인구는 2028 년 말 1,298 만
    # 명으로 1 년 새 17 만 3,000 명 늘었다.`
    assert figures_at(corpus_issue(498), 84)[:2] == [("항저우시", "12980000", None, None, 2028),
                                                   ("항저우시", "173000", 1, None, 2028)]


def test_firms_of_one_country_counted_where_they_are_with_a_word_of_their_field(corpus_issue):
    # 498 l.195 `사우디아라비아에 법인을 세운 중국 테크 기업은 2028 년 말 310 곳으로, 2026 년(140 곳)의 두 배를 넘었다.`
    figures = figures_at(corpus_issue(498), 195)
    assert ("사우디아라비아", "310", None, None, 2028) in figures
    assert ("사우디아라비아", "140", None, None, 2026) in figures
    # but local firms are not the country's firms elsewhere: 412 l.203 `한국에서 건너온 스타트업 12곳과 중국 현지 스타트업
    # 9곳 등 21개 팀이` (the nine are not Korea's)
    assert ("한국", "12", None, None, 2027) in figures_at(corpus_issue(412), 203)
    assert not [f for f in figures_at(corpus_issue(412), 203) if f[0] == "한국" and f[1] != "12"]
