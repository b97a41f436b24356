"""Shapes issues 307 and 308 showed when they were first read, unseen (tests/corpus): every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from kic_extract.ingest import text_to_lines
from kic_extract.names.mentions import lines_to_mentions

from conftest import ROOT, paragraph_figures, records_of

CORPUS = Path(__file__).resolve().parent / "corpus"


def _count_mismatches(result):
    return [(w.line, w.message.split(":")[0]) for w in result.warnings if w.code == "count_mismatch"]


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["bound"], f["year"]) for f in paragraph_figures(result, line)]


def test_running_heads_that_print_the_page_number_are_furniture(corpus_issue):
    # `주간 중국 창업 제 307 호 | 1~10 월 각 성 재정수입 분석 | p. 2` under the footer `KIC 중국 · www…`
    result = corpus_issue(307)
    assert {39, 41, 66, 68, 411} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 3, 4, 5, 6, 8, 9, 10, 10, 11]


def test_page_numbers_between_long_dashes(corpus_issue):
    result = corpus_issue(308)  # `— 2 —` … `— 10 —` at the foot of each page
    assert {70, 118, 157} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 3, 4, 5, 6, 6, 7, 8, 8, 9, 10]


def test_a_row_cut_between_two_cells_by_a_page_break_is_one_row(corpus_issue):
    tables = records_of(corpus_issue(307), "tables")
    rows = [row for t in tables for row in t["rows"] if row and row[0] == "9"]
    assert rows == [["9", "우한", "후베이성", "15,763", "5.5"]]  # lines 226 and 232


def test_a_city_named_with_its_chinese_is_a_place_for_the_whole_issue(corpus_issue):
    result = corpus_issue(307)
    # `하이커우(海口)의 … 1,680 억 위안으로 가장 많았고, 싼야(三亚)가 710 억 위안으로 뒤를 이었다.
    #  싼야를 찾은 관광객은 같은 기간 2,100 만 명을 넘어섰다.`
    assert _figures(result, 208) == [("하이커우", "168000000000", "위안", 1, None, 2025),
                                     ("싼야", "71000000000", "위안", 2, None, 2025),
                                     ("싼야", "21000000", "명", None, "min", 2025)]


def test_a_year_compared_with_is_not_the_figures_year(corpus_issue):
    # `2025 년 1~3 분기 … 순위는 전년과 같았다. 상하이가 4 조 216 억 위안으로 1 위를 지켰고`
    assert _figures(corpus_issue(307), 214)[0] == ("상하이", "4021600000000", "위안", 1, None, 2025)


def test_a_list_closed_by_sun_goes_on_from_the_first_place_before_it(corpus_issue):
    # `베이징이 160 곳으로 가장 많고, 상하이 95 곳, 산시성(陕西省) 72 곳, 쓰촨성 64 곳 순이다.`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(corpus_issue(307), 291)] == [
        ("베이징", "160", 1), ("상하이", "95", 2), ("산시성", "72", 3), ("쓰촨성", "64", 4)]


def test_a_share_of_the_nations_whole_belongs_to_the_province(corpus_issue):
    # `광둥성은 전국 스마트 안경 생산량의 65% 이상을 차지하며`
    assert _figures(corpus_issue(308), 237) == [("광둥성", "65", "%", None, "min", None)]


def test_a_per_capita_word_does_not_end_the_phrase_a_region_qualifies(corpus_issue):
    # `2025년 1~3분기 전국 주민 1인당 가처분소득은 3만 2,509위안으로 … 5.1% 증가했고, … 실질 증가율은 5.2%였다.`
    assert [(r, v) for r, v, *_ in _figures(corpus_issue(308), 44)] == [("전국", "32509"), ("전국", "5.1"), ("전국", "5.2")]


def test_counts_with_any_counter_and_lists_that_end_where_their_markers_change(corpus_issue):
    # 307 l.138 `핵심 내용은 다음 5 가지다.` then ① … ④; 308 l.383 `다음 3개 팀에 돌아갔다` then two, and
    # l.407 `방문 기관은 다음 4곳이다.` then ① … ④ and a ▶ list (four: no warning)
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(307).warnings if w.code == "count_mismatch"] == [
        (138, "the text says 5가지 but lists 4")]
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(308).warnings if w.code == "count_mismatch"] == [
        (383, "the text says 3개 팀 but lists 2")]


@pytest.mark.parametrize(("line", "ko", "zh"), [
    (338, "IT쥐쯔", "IT桔子"), (334, "36Kr", "36氪"),
])
def test_names_whose_chinese_holds_latin_or_digits(line, ko, zh):
    text = (CORPUS / "kic-china-weekly-307.txt").read_text(encoding="utf-8").splitlines()[line - 1]
    assert (ko, zh) in [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text))]


@pytest.mark.parametrize(("issue", "ko", "zh"), [
    ("heldout/kic-china-weekly-312", "즈푸AI", "智谱AI"), ("heldout/kic-china-weekly-314", "주토피아2", "疯狂动物城2"),
    ("heldout/kic-china-weekly-314", "탕탄1900", "唐探1900"),
])
def test_names_whose_chinese_ends_in_latin_or_digits(issue, ko, zh):
    # `즈푸AI(智谱AI)는 …`, `11 월 말 개봉한 주토피아2(疯狂动物城2)는`
    text = (CORPUS / f"{issue}.txt").read_text(encoding="utf-8")
    assert (ko, zh) in [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text))]


@pytest.mark.parametrize(("line", "ko", "zh"), [
    (280, "1구16원", "一区十六园"), (291, "다싱-이좡원", "大兴-亦庄园"),
])
def test_names_written_with_a_number_or_a_hyphen(line, ko, zh):
    text = (CORPUS / "kic-china-weekly-308.txt").read_text(encoding="utf-8").splitlines()[line - 1]
    assert (ko, zh) in [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text))]


@pytest.mark.parametrize(("issue", "ko", "zh"), [
    ("heldout/kic-china-weekly-319", "대형 모델", "大模型"),
    ("heldout/kic-china-weekly-395", "과기부 횃불센터", "科技部火炬中心"),
    ("heldout/kic-china-weekly-403", "과학기술부 횃불고기술산업개발센터", "科技部火炬高技术产业开发中心"),
    ("heldout/kic-china-weekly-403", "중국-라오스 철도", "中老铁路"),
    ("heldout/kic-china-weekly-375", "G60 과학혁신회랑", "G60科创走廊"),
    ("heldout/kic-china-weekly-384", "선전만 과학기술생태원", "深圳湾科技生态园"),
    ("heldout/kic-china-weekly-403", "중국-유럽 화물열차", "中欧班列"),
])
def test_names_translated_into_two_words(issue, ko, zh):
    # `산업용 대형 모델(大模型)의`, `자료: 과학기술부 횃불고기술산업개발센터(…)`: the word before opens
    # as the Chinese does (its first character's reading, its first two's transliteration, its
    # Latin letters), the last word does not
    text = (CORPUS / f"{issue}.txt").read_text(encoding="utf-8")
    pairs = [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text))]
    assert (ko, zh) in pairs
    assert (ko.split(" ")[-1], zh) not in pairs


def test_a_clause_giving_each_region_something_but_no_figure_reads_none():
    from kic_extract.typed.prose_figures import block_to_figures

    # 308 l.345 has this shape (`…는 슬로바키아에, …는 헝가리에 각각 생산 기지를 짓고 있다`)
    assert block_to_figures("궈쉬안가오커는 장쑤성에, 이브에너지는 광둥성에 각각 생산 기지를 짓고 있다.", 2025)[0] == []


def test_a_region_describing_another_regions_noun_is_not_the_subject(corpus_issue):
    # 308 l.343 `헝가리의 중국 기업 투자 유치액은 2024년 47억 유로로 유럽 국가 가운데 1위를 차지했다.`
    assert ("헝가리", "4700000000", "유로", 1, None, 2024) in _figures(corpus_issue(308), 343)


def test_power_in_kilowatts_is_a_unit(corpus_issue):
    # 310 l.235 (held out; scored unseen first) `장쑤성이 2,870 만 kW 로 1 위를 차지했고, 산둥성이 2,510 만 kW 로
    # 그 뒤를 이었다. 3 위는 허베이성(2,240 만 kW)이었다.`
    result = corpus_issue(310)
    assert [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in records_of(result, "figures") if f["line"] == 235][:3] \
        == [("장쑤성", "28700000", "kW", 1), ("산둥성", "25100000", "kW", 2), ("허베이성", "22400000", "kW", 3)]


@pytest.mark.parametrize(("text", "written", "zh"), [
    ("신장 위구르 자치구의 GDP", "신장 위구르 자치구", "新疆"),     # as Korean news spaces it
    ("신장 위구르자치구는 35%", "신장 위구르자치구", "新疆"),       # a PDF line wrapped inside the name
    ("광시 좡족 자치구에서", "광시 좡족 자치구", "广西"),
    ("홍콩 특별행정구의", "홍콩 특별행정구", "香港"),
])
def test_an_autonomous_regions_full_name_may_be_spaced(text, written, zh):
    from kic_extract.gazetteer import find_regions

    assert [(m.written, m.zh) for m in find_regions(text)] == [(written, zh)]


def test_a_name_that_is_also_a_word_needs_its_suffix_even_spaced():
    from kic_extract.gazetteer import find_regions

    assert find_regions("신장 지역의 성장 둔화") == []


def test_a_count_of_the_regions_just_listed_is_no_figure(data):
    # 268 l.186 `안후이성, 후난성, 장시성, 랴오닝성, 산시성 5 개 성은 처음으로 1 만 달러를 넘어섰다.`
    on_186 = [(f["region_ko"], f["value"], f["unit"]) for f in data["figures"] if f["line"] == 186]
    assert ("산시성", "5", "개") not in on_186 and ("산시성", "10000", "달러") in on_186


def test_one_on_one_is_a_ratio_not_a_count(corpus_issue):
    # 310 l.364 `항저우 투자기관과의 1 대 1 상담이 진행됐다`
    assert [(r, v, u) for r, v, u, *_ in _figures(corpus_issue(310), 364) if u == "대"] == []


def test_a_place_glossed_in_a_table_is_known_in_the_prose(corpus_issue):
    # 309 (held out; scored unseen first): the table glosses `칭양(庆阳)` and `사오관(韶关)` (l.218, 208);
    # l.228 `간쑤성 칭양에는 … 400억 위안 이상의 … 투자가 이뤄졌다. 반면 광둥성 사오관의 데이터센터 가동률은 … 40% 미만`
    assert [(r, v, u, b) for r, v, u, _, b, _ in _figures(corpus_issue(309), 228)] == [
        ("칭양", "40000000000", "위안", "min"), ("사오관", "40", "%", "max")]


def test_first_place_stated_as_the_largest_improvement(corpus_issue):
    # 309 l.141 `닝샤후이족자치구가 종합 지수를 전년 대비 4.2점 끌어올려 가장 크게 개선됐고,
    # 신장위구르자치구(3.1점)가 그 뒤를 이었다.`
    assert [(r, v, rank) for r, v, unit, rank, *_ in _figures(corpus_issue(309), 141) if unit == "점"] == [
        ("닝샤후이족자치구", "4.2", 1), ("신장위구르자치구", "3.1", 2)]


def _table_amounts(result, line):
    return [(a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == line]


def test_a_rate_column_keeps_its_percent_beside_row_units(corpus_issue):
    # header `구분 2024년 2025년(E) 증감률(%)`; row `시장 규모(억 위안) 28 82 192.9`
    result = corpus_issue(311)
    assert _table_amounts(result, 133) == [("28", "2800000000", "위안"), ("82", "8200000000", "위안"),
                                           ("192.9", "192.9", "%")]
    assert _table_amounts(result, 134)[-1] == ("-15.2", "-15.2", "%")  # `평균 단가(만 위안) 53.8 45.6 -15.2`


def test_a_column_of_months_is_dates_not_amounts(corpus_issue):
    # `기업 본사 최근 조달액(억 위안) 조달 시기` / `즈푸AI 智谱AI 베이징 30 2025.7`
    assert _table_amounts(corpus_issue(312), 136) == [("30", "3000000000", "위안")]


def test_weeks_are_a_unit_in_a_header_but_not_in_running_text(corpus_issue):
    # header `트랙 모집 규모(팀) 프로그램 기간(주) 1팀당 지원금(위안)`
    weeks = [a for a in records_of(corpus_issue(309), "amounts") if a["unit"] == "주"]
    assert [(a["line"], a["value"]) for a in weeks] == [(395, "12"), (396, "16"), (397, "12")]
    from kic_extract.typed.cells import read_cell
    assert read_cell("전국 12 주요 도시", whole=False) == []


def test_a_band_of_leaders_is_counted_against_the_list_that_follows(corpus_issue):
    # `회의가 제시한 2026 년 8 대 중점 과제는 다음과 같다.` then ① … ⑦
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(312).warnings if w.code == "count_mismatch"] == [
        (42, "the text says 8대 중점 but lists 7")]


@pytest.mark.parametrize(("text", "read"), [
    ("장쑤성은 모든 지급시가 전국 100대 도시에 드는 구조를 갖췄다", []),
    ("4대 국유은행이 모두 참여했다", []),
    ("산업용 로봇 5,200대를 출하했다", [("5200", "대")]),
    ("연간 100만 대를 판매했다", [("1000000", "대")]),
])
def test_n_dae_before_a_band_noun_is_no_quantity(text, read):
    from kic_extract.typed.cells import read_cell
    assert [(str(a.value), a.unit) for a in read_cell(text, whole=False)] == read


def test_koreas_own_regions_are_regions(corpus_issue):
    # `방문지별로는 서울이 2025 년 11 월 중국인 방문객의 78.2%를 차지했고, 제주특별자치도를 찾은 중국인
    #  방문객은 전년 동월 대비 31.5% 증가했다. 부산은 … 2025 년 11 월 중국인 방문객이 5 만 명을 넘어섰다.`
    figures = [(f["region_ko"], f["region_zh"], f["value"], f["unit"], f["bound"])
               for f in records_of(corpus_issue(310), "figures") if f["line"] == 142]
    assert figures == [("서울", "首尔", "78.2", "%", None), ("제주특별자치도", "济州", "31.5", "%", None),
                       ("부산", "釜山", "50000", "명", "min")]


def test_a_korean_region_that_is_also_a_word_needs_its_chinese_or_a_list():
    from kic_extract.gazetteer import find_regions
    levels = frozenset({"foreign_region"})
    text = "경기 회복세가 이어졌다. 서울·경기 지역과 광주(光州), 광저우를 광주(广州)로 쓴 글, 세종학당"
    assert [(m.written, m.zh) for m in find_regions(text, levels)] == [
        ("서울", "首尔"), ("경기", "京畿道"), ("광주(光州)", "光州")]


def test_a_contrasting_ending_closes_a_clause_and_its_rank(corpus_issue):
    # `광둥성은 131 억 위안으로 4 위에 그쳤으나 투자 건수는 158 건으로 가장 많았다.`
    assert _figures(corpus_issue(311), 205)[-2:] == [("광둥성", "13100000000", "위안", 4, None, 2025),
                                                     ("광둥성", "158", "건", 1, None, 2025)]


def test_the_same_month_a_year_before_is_compared_with_not_dated(corpus_issue):
    # `2025 년 11 월 중국 … 투자 건수는 전년 동월 대비 8.3% 증가했지만 투자 금액은 2.1% 감소했다.`
    assert _figures(corpus_issue(311), 203)[-2:] == [("중국", "8.3", "%", None, None, 2025),
                                                ("중국", "-2.1", "%", None, None, 2025)]


def test_a_growth_rank_stated_alone_ranks_the_rate_not_the_level(corpus_issue):
    # `청두는 1 조 7,580 억 위안으로 5.8% 성장하며 서부 도시 가운데 가장 빠른 성장세를 보였다.`
    assert _figures(corpus_issue(311), 103)[-2:] == [("청두", "1758000000000", "위안", None, None, 2025),
                                                     ("청두", "5.8", "%", 1, None, 2025)]


@pytest.mark.parametrize(("issue", "line"), [
    (311, 237),  # `한국 스타트업과 현지 제조 협력사 간 1 대 1 매칭 상담이 28 건 진행됐으며`
    (312, 224),  # `한국 스타트업 12 개 사가 중국 투자기관과 36 건의 상담을 진행했으며`
    (311, 71),   # `신장위구르자치구는 중앙아시아 5 개국과의 국경 무역 확대로 증가율 1 위에 올랐다.`
])
def test_partners_and_counted_nouns_are_not_the_regions_figures(corpus_issue, issue, line):
    assert [f for f in _figures(corpus_issue(issue), line) if f[2] in ("건", "개국", "개")] == []


def test_a_district_named_after_its_city_is_the_subject(corpus_issue):
    # l.253 `… 선전의 난산구(南山区)가 7,046 억 위안으로 2 위에 올랐다.`
    figures = [(f["region_ko"], f["rank"]) for f in records_of(corpus_issue(307), "figures") if f["value"] == "704600000000"]
    assert figures == [("난산구", 2)]


def test_page_n_of_m_footers_and_card_fields_that_recur(corpus_issue):
    # footers `글로벌혁신센터(KIC 중국) · Korea Innovation Center China` / `Page 6 of 10`; the cards'
    # `- 설립연도: 2016 년` lines recur too but stand inside their cards (ll. 143, 154, 162)
    result = corpus_issue(314)
    assert {150, 151, 229, 230} <= set(result.coverage.furniture)
    assert not {143, 154, 162} & set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 3, 5, 5, 6, 7, 8, 9]


def test_a_row_cut_before_its_numbers_and_one_cut_inside_a_chinese_cell(corpus_issue):
    # 314 ll. 196/201: `가속 지원 CHINA 梦 12` | page break | `930 4`
    rows = [r for t in records_of(corpus_issue(314), "tables") for r in t["rows"] if "CHINA 梦" in r]
    assert rows == [["가속 지원", "CHINA 梦", "12", "930", "4"]]
    # 313 ll. 95/101: `… 东兴国家重点开发` | page break | `开放试验区 팡청강시 둥싱시 국경 주민 호시 무역`
    rows = [r for t in records_of(corpus_issue(313), "tables") for r in t["rows"] if r and r[0].startswith("둥싱")]
    assert rows == [["둥싱 국가중점개발개방시험구", "东兴国家重点开发开放试验区", "팡청강시 둥싱시", "국경 주민 호시 무역"]]


def test_ranks_in_words_and_lists_that_go_on_in_order(corpus_issue):
    # 314 l.59 `상하이가 24 억 6,000 만 위안으로 정상에 올랐고 베이징이 21 억 위안으로 두 번째였다. 다음으로
    #  선전(深圳) 14 억 위안, 청두(成都) 13 억 위안, 광저우(广州) 12 억 위안 순이었다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(corpus_issue(314), 59)] == [
        ("상하이", 1), ("베이징", 2), ("선전", 3), ("청두", 4), ("광저우", 5)]
    # 313 l.70 `… 닝샤후이족자치구가 11.8%로 바로 뒤를 따랐다. 네이멍구자치구(10.4%), 신장위구르자치구(9.7%),
    #  하이난성(8.9%)이 차례로 상위 5 위 안에 들었다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(corpus_issue(313), 70)][1:] == [
        ("닝샤후이족자치구", 2), ("네이멍구자치구", 3), ("신장위구르자치구", 4), ("하이난성", 5)]
    # 313 l.159 `소재지별 상위 3 개 지역은 베이징(87 곳), 상하이(64 곳), 광둥성(58 곳)이었고, 저장성이 41 곳으로 4 위`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(corpus_issue(313), 159)][-4:] == [
        ("베이징", "87", 1), ("상하이", "64", 2), ("광둥성", "58", 3), ("저장성", "41", 4)]


def test_bounds_written_as_falling_short_or_exceeding(corpus_issue):
    result = corpus_issue(314)
    # l.61 `시짱자치구의 연간 박스오피스는 1 억 위안에 못 미쳐`; l.87 `1,300 억 달러를 조금 웃돌 전망이다`;
    # l.104 `중국의 빙설 경제 규모가 2025 년 1 조 위안을 웃돈 것으로`
    assert ("시짱자치구", "100000000", "위안", None, "max", 2025) in _figures(result, 61)
    assert ("한국", "130000000000", "달러", None, "min", 2025) in _figures(result, 87)
    assert ("중국", "1000000000000", "위안", None, "min", 2025) in _figures(result, 104)


def test_the_same_period_names_the_year_named_last(corpus_issue):
    result = corpus_issue(313)
    # l.88 `같은 기간 자치구 내 도시별 수출입액은 … 충쭤(崇左)가 1,286 억 위안으로 가장 많았다.` (2025 named above)
    assert _figures(result, 88)[0] == ("충쭤", "128600000000", "위안", 1, None, 2025)
    # l.155 `… 2025 년 46 억 위안에 이를 것으로 전망된다. 같은 해 미국의 BCI 시장 규모는 17 억 달러로`
    assert _figures(result, 155)[-1] == ("미국", "1700000000", "달러", None, None, 2025)


def test_a_region_things_centre_on_and_card_field_lines_give_no_figure(corpus_issue):
    # 314 l.134 `안후이성은 허페이(合肥)를 중심으로 15 건을 기록해 5 위에 올랐다.`
    assert _figures(corpus_issue(314), 134)[-1] == ("안후이성", "15", "건", 5, None, 2025)
    # 313 ll.190-191 `설립 2015 년 | 저장성 항저우(杭州) | …` / `투자 현황: 2025 년 신규 라운드, 1억 달러 이상`
    assert _figures(corpus_issue(313), 190) == []


def test_a_caption_giving_one_unit_per_column(corpus_issue):
    # 314 `표 1) 2025 년 중국 박스오피스 상위 5 편 (단위: 억 위안, 만 명)` / `1 너자2(…) 2025. 1. 29 154.5 32,400`
    assert _table_amounts(corpus_issue(314), 46) == [("154.5", "15450000000", "위안"), ("32,400", "324000000", "명")]


@pytest.mark.parametrize(("number", "date"), [(310, "2025-12-05"), (312, "2025-12-19")])
def test_a_masthead_parting_number_and_date_with_a_dot(corpus_issue, number, date):
    # `제310호 · 2025년 12월 5일(금)`
    issue = records_of(corpus_issue(number), "issues")[0]
    assert (issue["number"], str(issue["date"])) == (number, date)


def test_a_caption_giving_an_amount_unit_then_a_rate(corpus_issue):
    # 316 `(단위: 억 위안, %)` over `지역 2024년 GDP 2025년 GDP 2025년 성장률 2026년 목표`;
    # l.47 `산둥성 98,566 103,900 5.5 5 이상`; l.46 `장쑤성 … 5.3 5 이상`; l.45 `광둥성 … 4.1 4.5 안팎`
    assert _table_amounts(corpus_issue(316), 47) == [
        ("98,566", "9856600000000", "위안"), ("103,900", "10390000000000", "위안"), ("5.5", "5.5", "%"),
        ("5 이상", "5", "%")]
    approx = [a["approx"] for a in records_of(corpus_issue(316), "amounts") if a["line"] == 45]
    assert approx == [False, False, False, True]


def test_a_count_after_the_list_it_names(corpus_issue):
    # 316 l.78 `상무부, 국가발전개혁위원회(国家发展和改革委员会), 재정부(财政部), 문화관광부(文化和旅游部),
    #  국가체육총국(国家体育总局) 6개 부처가 공동으로 마련했다.` — five are named
    warnings = [w for w in corpus_issue(316).warnings if w.code == "count_mismatch"]
    assert [(w.line, w.message.split(":")[0]) for w in warnings] == [(78, "the text says 6개 부처 but lists 5")]


def test_an_outlet_and_a_korean_date_after_a_title(corpus_issue):
    # 316 l.196 `1. 中 '은발경제' 급성장, 한국 시니어 산업에 기회 (서울경제 / 2026년 1월 13일)`
    section = [s for s in records_of(corpus_issue(316), "sections") if s["title_line"] == 196][0]
    assert (section["title"], section["source"], str(section["source_date"])) == (
        "中 '은발경제' 급성장, 한국 시니어 산업에 기회", "서울경제", "2026-01-13")


def test_first_place_and_followers_in_other_words(corpus_issue):
    result = corpus_issue(315)
    # l.64 `광둥성이 … 112 만 대를 팔아 맨 앞에 섰고, 저장성(98 만 대)과 장쑤성(91 만 대)이 그 뒤를 바짝 쫓았다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 64)] == [
        ("광둥성", 1), ("저장성", 2), ("장쑤성", 3), ("허난성", 4)]
    # l.66 `하이난성의 … 81.3%로 성급 지역 중 최고였고, 상하이(72.6%)와 톈진(69.4%)이 차례로 그다음 자리를
    #  차지했다. 이와 달리 헤이룽장성과 지린성은 침투율이 30%를 밑돌아`
    assert _figures(result, 66) == [
        ("하이난성", "81.3", "%", 1, None, 2025), ("상하이", "72.6", "%", 2, None, 2025),
        ("톈진", "69.4", "%", 3, None, 2025), ("헤이룽장성", "30", "%", None, "max", 2025),
        ("지린성", "30", "%", None, "max", 2025)]


def test_a_rate_per_people_and_a_share_of_the_nations_whole(corpus_issue):
    result = corpus_issue(315)
    # l.68 `류저우(柳州)는 인구 1,000 명당 신에너지차 보유 대수가 168 대로 전국 도시 가운데 가장 많아`
    assert _figures(result, 68)[-1] == ("류저우", "168", "대", 1, None, 2025)
    # l.113 `신장위구르자치구의 대중앙아시아 교역액은 3,010 억 위안으로 자치구 전체의 61.9%였고, 전국
    #  대중앙아시아 교역의 43%를 차지했다.`
    assert [(r, v) for r, v, *_ in _figures(result, 113)][-3:] == [
        ("신장위구르자치구", "301000000000"), ("신장위구르자치구", "61.9"), ("신장위구르자치구", "43")]


def test_a_city_glossed_in_its_own_language_and_trains_counted(corpus_issue):
    # 315 l.111 `호르고스(霍尔果斯)`; l.115 `아라산커우(阿拉山口)가 7,380 편으로 가장 많았고, 호르고스가
    #  7,020 편으로 간발의 차로 2 위에 머물렀다.`
    assert _figures(corpus_issue(315), 115) == [("아라산커우", "7380", "편", 1, None, 2025),
                                                ("호르고스", "7020", "편", 2, None, 2025)]


def test_ties_falls_listed_before_their_verb_and_followers_in_a_clause_of_their_own(corpus_issue):
    result = corpus_issue(316)
    # l.64 `저장성과 쓰촨성은 나란히 5.6%를 기록해 공동 3위에 올랐다.`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 64)][2:4] == [
        ("저장성", "5.6", 3), ("쓰촨성", "5.6", 3)]
    # l.104 `선전과 베이징도 각각 3.9%, 1.2% 내렸다.`
    assert [(r, v) for r, v, *_ in _figures(result, 104)][1:3] == [("선전", "-3.9"), ("베이징", "-1.2")]
    # l.106 `… 난징으로 전년 동월 대비 8.7% 떨어졌고, 다롄과 우한이 각각 8.1%, 7.9% 하락해 그 뒤를 이었다.`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 106)][:3] == [
        ("난징", "-8.7", 1), ("다롄", "-8.1", 2), ("우한", "-7.9", 3)]


def test_targets_stated_over_several_sentences_keep_their_year(corpus_issue):
    # 316 l.70 `2026년 성장률 목표는 대부분 '5% 안팎'으로 제시됐다. 후베이성은 6%를 목표로 잡아 … 광둥성은
    #  4.5% 안팎으로 1년 전보다 0.5%p 낮췄다.`
    assert _figures(corpus_issue(316), 70)[:3] == [
        ("후베이성", "6", "%", 1, None, 2026), ("광둥성", "4.5", "%", None, None, 2026),
        ("광둥성", "-0.5", "%p", None, None, 2026)]


def test_a_count_of_listed_cities_under_a_longer_noun_is_no_figure(corpus_issue):
    # 316 l.88 `베이징, 상하이, 광저우, 톈진, 충칭 5개 국제소비중심도시에`
    assert _figures(corpus_issue(316), 88) == []


def test_a_rank_after_a_level_and_its_growth_ranks_the_level(corpus_issue):
    # 316 l.118 `산시성의 기술계약 거래액은 4,812억 위안으로 전년 대비 12.7% 늘어 베이징, 광둥성, 장쑤성에
    #  이어 전국 4위에 올랐다.`
    assert [(v, rank) for _, v, _, rank, _, _ in _figures(corpus_issue(316), 118)][:2] == [
        ("481200000000", 4), ("12.7", None)]


def test_places_named_after_their_province_and_partners_named_with_their_chinese(corpus_issue):
    # 316 l.90 `구이저우성 룽장(榕江)의 아마추어 축구 리그 … 연인원 750만 명 이상이 몰렸다`
    assert ("룽장", "7500000", "명", None, "min", 2025) in _figures(corpus_issue(316), 90)
    result = corpus_issue(315)
    # 315 l.131 `… 중국핵융합에너지공사(中国聚变能源有限公司)가 등록자본금 150 억 위안으로 상하이에 설립됐다.`
    assert _figures(result, 131) == []
    # 315 l.76 `31 개 성·자치구·직할시의`; l.254 `20~30 대 소비자`; l.266 `…소개했고, 입주 기업 5 개 사가`
    assert _figures(result, 76) == [] and _figures(result, 266) == []
    assert [f for f in _figures(result, 254) if f[2] == "대"] == []


def test_card_fields_parted_by_bars_or_wide_colons_are_not_prose(corpus_issue):
    # 315 l.171 `【넝량치뎬(能量奇点) ─ 2021 년 설립 · 상하이 린강(临港)】` / `자금 | 누적 약 8억 위안 (…)`;
    # 316 l.185 `No.3 신스위저우(心识宇宙)` / `설립：2022년 2월 본사：베이징시 하이뎬구(海淀区)` / `투자：… 5,000만 달러`
    assert _figures(corpus_issue(315), 171) == [] and _figures(corpus_issue(316), 185) == []


def test_a_table_row_whose_label_a_page_break_cut_before_its_first_tab(corpus_issue):
    # 315 l.53 `신에너지 승용차 수` | page break | l.59 `출(만 대) 128 201 57.0`
    rows = [r for t in records_of(corpus_issue(315), "tables") for r in t["rows"] if r and "128" in r]
    assert rows == [["신에너지 승용차 수출(만 대)", "128", "201", "57.0"]]


def test_a_masthead_numbering_the_issue_in_latin():
    from kic_extract.segment.masthead import number_and_date
    assert number_and_date("No. 316 ｜ 2026-01-16") == (316, ("2026", "01", "16"))  # 316's masthead


@pytest.mark.parametrize(("issue", "name", "zh", "founded", "value", "unit", "cumulative"), [
    # 313 `① 나오후커지(脑虎科技) · NeuroXess` / `설립 2021 년 | 상하이(上海) | …` / `투자 현황: 시리즈 B+ 완료, 누적 약 12억 위안`
    (313, "나오후커지", "脑虎科技", "2021년", 1200000000, "위안", True),
    # 314 `◎ 칭타오에너지(清陶能源)` / `- 설립연도: 2016 년` / … / `- 자금 조달: 누적 100억 위안 이상`
    (314, "칭타오에너지", "清陶能源", "2016년", 10000000000, "위안", True),
    # 315 `【눠와쥐볜(诺瓦聚变) ─ 2025 년 설립 · …】` / `자금 | 엔젤+ 라운드 2억 위안 (누적 7억 위안 이상)`
    (315, "눠와쥐볜", "诺瓦聚变", None, 200000000, "위안", False),
    # 316 `No.3 신스위저우(心识宇宙)` / `설립：2022년 2월 본사：…` / `투자：엔젤~시리즈 A, 누적 5,000만 달러`
    (316, "신스위저우", "心识宇宙", "2022년 2월", 50000000, "달러", True),
])
def test_profiles_printed_as_lines_of_fields_are_company_cards(corpus_issue, issue, name, zh, founded, value, unit,
                                                               cumulative):
    cards = {c["name"]: c for c in records_of(corpus_issue(issue), "companies")}
    card = cards[name]
    assert (card["name_zh"], card["founded_raw"], card["funding_value"], card["funding_unit"],
            card["funding_cumulative"]) == (zh, founded, value, unit, cumulative)
    assert not [w for w in corpus_issue(issue).warnings if w.code.startswith("card")]


def test_event_details_as_fields_are_no_company_card():
    # #268 ll.629-632 `후원기관: …`, `일 시: 2022년 3월 25일`, `장 소: …` under an event
    from kic_extract.segment.cards import profile_span
    from kic_extract.clean.pagebreaks import TextLine
    from kic_extract.ingest import Line
    lines = [TextLine.from_line(Line(n, t)) for n, t in enumerate(["일 시: 2022년 3월 25일", "장 소: CROWN PLAZA"], 1)]
    assert profile_span(lines) is None


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_cut_label_rejoins_its_row_whether_or_not_a_blank_line_parts_it_from_the_table(gap):
    # 315's `신에너지 승용차 수` | page break | `출(만 대) 128 201 57.0`; a PDF reader may print the
    # fragment a blank line under the table
    from kic_extract.clean.pagebreaks import lines_to_chunks
    from kic_extract.pdf.breaks import page_breaks
    from kic_extract.settings import Settings
    text = f"구분\t2024 년\t2025 년\n승용차 수출(만 대)\t474\t582\n{gap}신에너지 승용차 수\n\n출(만 대)\t128\t201\n승용차 소매판매액\t3.92\t4.07\n"
    lines = text_to_lines(text)
    pages = [1] * (len(lines) - 3) + [2, 2, 2]
    chunks = lines_to_chunks(lines, Settings(), page_breaks(lines, pages))
    assert [line.text for line in chunks[0].lines][-3:] == [
        "승용차 수출(만 대)\t474\t582", "신에너지 승용차 수출(만 대)\t128\t201", "승용차 소매판매액\t3.92\t4.07"]
    assert len(chunks) == 1


def test_more_wordings_of_first_and_next_and_counts_of_the_set_picked_from(corpus_issue):
    result = corpus_issue(318)
    # l.113 `칭하이성이 58.3%로 31개 성급 지역 중 으뜸이었고, 간쑤성이 46.1%로 그 바로 아래였다. …
    #  닝샤후이족자치구가 6.2kW로 가장 컸다.`
    got = [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 113)]
    assert ("칭하이성", "58.3", 1) in got and ("간쑤성", "46.1", 2) in got and ("닝샤후이족자치구", "6.2", 1) in got
    assert not [f for f in got if f[1] == "31"]
    # 317 l.59 `총인구는 14 억 470 만 명으로 1 년 새 210 만 명 줄었고`
    assert ("중국", "-2100000", "명", None, None, 2025) in _figures(corpus_issue(317), 59)


def test_a_caption_giving_an_amount_unit_and_a_rate_for_rows(corpus_issue):
    # 317 `(단위: 억 위안, %)` over rows `사회소비품 소매판매총액 124,671 …` and
    # `고정자산투자 증가율(누계, %) 4.2 2.8 -0.5 -2.3 -2.3`
    result = corpus_issue(317)
    assert _table_amounts(result, 52)[0] == ("124,671", "12467100000000", "위안")
    assert [u for _, _, u in _table_amounts(result, 55)] == ["%"] * 5


def test_a_last_cell_ending_alone_on_the_next_page_and_other_mastheads(corpus_issue):
    # 318 l.84 `… 섬 간 물류·관광 비` | page break | l.88 `행`, then `\t간쑤성 둔황시 …` (group cell filled)
    rows = [r for t in records_of(corpus_issue(318), "tables") for r in t["rows"] if "海南省三亚市" in r or "甘肃省敦煌市" in r]
    assert [(r[0], r[-1]) for r in rows] == [("2차(2023년)", "섬 간 물류·관광 비행"), ("2차(2023년)", "사막 장거리 비행")]
    issue = records_of(corpus_issue(318), "issues")[0]  # `2026년 1월 30일 발행 · Vol. 318`
    assert (issue["number"], str(issue["date"])) == (318, "2026-01-30")


def test_a_ranked_list_whose_amounts_come_before_the_names_and_bar_drawn_profiles(corpus_issue):
    result = corpus_issue(317)
    # l.203 `2 1억 5,000만 달러 링시둥리(灵犀动力) 시리즈 B+ …` under `순위 금액 기업 라운드 분야 / 소재지`
    assert _table_amounts(result, 203) == [("1억 5,000만 달러", "150000000", "달러")]
    # ll.169-172 `┃ 훙신정밀(宏芯精密)` / `┃ 2019. 9 설립 ｜ …` / `┃ 자금 ▸ 시리즈 C 약 8억 위안, 누적 20억 위안 이상`
    card = {c["name"]: c for c in records_of(result, "companies")}["훙신정밀"]
    assert (card["name_zh"], card["funding_value"], card["funding_approx"]) == ("宏芯精密", 800000000, True)


def test_a_count_in_native_numerals_and_a_total_over_subtotals(corpus_issue):
    # 318 l.69 `새로 이름을 올린 세 곳은 후난성 주저우(株洲), 장시성 난창(南昌), 산둥성 둥잉(东营), 쓰촨성 쯔궁(自贡)이다.`
    warnings = [(w.line, w.message.split(":")[0]) for w in corpus_issue(318).warnings if w.code == "count_mismatch"]
    assert warnings == [(69, "the text says 3곳 but lists 4")]
    # 317 l.143 `합계 486 690 …` over `소계(전공정) 405 571` and two rows outside it: 571 + 38 + 71 = 680
    totals = [(w.line, w.message.split(": ")[-1]) for w in corpus_issue(317).warnings if w.code == "total_mismatch"]
    assert totals == [(143, "printed 690, but its 6 parts add up to 680")]


def test_each_of_a_list_of_cities_named_after_their_provinces(corpus_issue):
    # 317 l.149 `장쑤성 우시(无锡)와 저장성 항저우는 각각 64 억 위안, 52 억 위안으로 3, 4 위에 자리했다.`
    got = [(r, v, rank) for r, v, _, rank, _, _ in _figures(corpus_issue(317), 149)]
    assert ("우시", "6400000000", 3) in got and ("항저우", "5200000000", 4) in got
    # 317 l.96 `… 허난성, 후베이성에 이어 셋째 자리에 올랐다.`; l.228 `중국발 크루즈 38 척이 입항할 예정이다`
    assert _figures(corpus_issue(317), 96)[0][3] == 3
    assert ("부산", "38", "척", None, None, 2026) in _figures(corpus_issue(317), 228)


def test_profiles_drawn_as_a_tree(corpus_issue):
    # 318 `▣ 린웨바이오(麟跃生物)` / `  ├ 설립: 2022년 8월 / …` / `  └ 투자: 엔젤~Pre-A, 누적 8,000만 달러`
    card = {c["name"]: c for c in records_of(corpus_issue(318), "companies")}["린웨바이오"]
    assert (card["name_zh"], card["funding_value"], card["funding_unit"], card["funding_cumulative"]) == (
        "麟跃生物", 80000000, "달러", True)


def test_cities_in_a_list_of_regions_with_bracketed_figures(corpus_issue):
    # 318 l.165 `베이징(41억 위안)이 2위, 톈진(31억 위안)·창저우(24억 위안)·웨이팡(19억 위안)이 3~5위였다.` (웨이팡, unglossed,
    # is a city the gazetteer names bare since 853–860)
    got = [(f["region_ko"], f["region_zh"], f["value"], f["rank"]) for f in records_of(corpus_issue(318), "figures")
           if f["line"] == 165 and f["rank"] in (3, 4, 5)]
    assert got == [("톈진", "天津", "3100000000", 3), ("창저우", "常州", "2400000000", 4), ("웨이팡", "潍坊", "1900000000", 5)]


def test_more_from_unseen_319(corpus_issue):
    result = corpus_issue(319)
    # l.43 `장쑤성이 5.4%로 동부 연해 지역에서 가장 빨랐고 산둥성(5.3%), 저장성(5.2%)이 차례로 뒤를 이었다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 43)][:3] == [("장쑤성", 1), ("산둥성", 2), ("저장성", 3)]
    # l.130 `안후이성은 수출 대수가 41 만 대로 3 위에 올랐는데, 1 년 전보다 62% 급증한 수치다.`
    assert [(v, rank) for _, v, _, rank, _, _ in _figures(result, 130)][-2:] == [("410000", 3), ("62", None)]
    # l.132 `한국의 중국산 승용 전기차 수입은 6 만 4,000 대로 전년의 2.3 배에 달했다.`
    assert ("한국", "2.3", "배", None, None, 2025) in _figures(result, 132)
    # l.68 `톈진은 … 목표를 지난해보다 0.5%p 낮춘 '4.5% 안팎'으로 정했다.` (this year's target)
    assert _figures(result, 68)[:2] == [("톈진", "-0.5", "%p", None, None, 2026), ("톈진", "4.5", "%", None, None, 2026)]
    # ll.144-146 `[01] 싱하이즈넝(星海智能)` / `설립 2023. 05 · …` / `투자 시리즈 B 약 7억 위안 / 누적 15억 위안 이상`
    card = {c["name"]: c for c in records_of(result, "companies")}["싱하이즈넝"]
    assert (card["funding_value"], card["funding_approx"]) == (700000000, True)


def test_a_destination_or_an_origin_written_with_hang_or_bal(corpus_issue):
    # 317 l.116 `반면 일본행 예약은 중일 관계 냉각의 여파로 전년 대비 43% 줄었다.`
    assert ("일본", "-43", "%", None, None, 2026) in _figures(corpus_issue(317), 116)
    # 319 l.128 `반면 상계관세 여파로 독일행 수출은 18% 줄었다.`
    assert ("독일", "-18", "%", None, None, 2025) in _figures(corpus_issue(319), 128)
    # 317 l.228 `부산에는 올해 1~2 월 중국발 크루즈 38 척이 입항할 예정이다.`: the port's figure
    assert [f[:3] for f in _figures(corpus_issue(317), 228) if f[2] == "척"] == [("부산", "38", "척")]


def test_the_region_ahead_of_the_subject_and_followers_that_imply_a_leader(corpus_issue):
    # 317 l.71 `간쑤성은 2025 년 5.7% 성장해 … 시짱자치구(5.8%)의 뒤를 이어 두 번째로 높은 성장률을`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(corpus_issue(317), 71)][:2] == [
        ("간쑤성", "5.7", 2), ("시짱자치구", "5.8", 1)]
    # 317 l.116 `… 베트남(37%)이 뒤따랐다. … 한국행 가운데서는 서울이 전체 예약의 71%를 차지했고
    # 제주(14%)와 부산(9%)이 뒤를 이었다.`: a ranking of its own, led by 서울
    got = [(r, v, rank) for r, v, _, rank, _, _ in _figures(corpus_issue(317), 116)]
    assert got[-3:] == [("서울", "71", 1), ("제주", "14", 2), ("부산", "9", 3)]
    # 316 l.102 `상하이가 5.1%로 70개 도시 가운데 1위였다. 시안(2.0%)과 항저우(1.6%)가 상하이 다음으로 높았다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(corpus_issue(316), 102)] == [
        ("상하이", 1), ("시안", 2), ("항저우", 3)]
    # 319 l.128 `벨기에가 31 만 8,000 대로 최대 수출 시장이었고 영국(27 만 대), 브라질(22 만 4,000 대)이 2, 3 위를`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(corpus_issue(319), 128)][:3] == [
        ("벨기에", 1), ("영국", 2), ("브라질", 3)]


def test_a_share_of_another_regions_whole(corpus_issue):
    # 320 l.90 `한국으로부터의 집적회로 수입은 612 억 달러로 중국 전체 수입의 15.5%를 차지했다.`
    assert ("한국", "15.5", "%", None, None, 2025) in _figures(corpus_issue(320), 90)


def test_a_figure_of_several_regions_together(corpus_issue):
    # 321 l.55 `광둥·장쑤·산둥·저장의 2025년 GDP를 합하면 48조 6,580억 위안으로 전국의 34.7%에 이른다.
    # 이 가운데 광둥성과 장쑤성 두 곳만 더해도 지난해 28조 8,500억 위안이다.`
    got = [(f["region_ko"], f["region_zh"], f["value"]) for f in records_of(corpus_issue(321), "figures") if f["line"] == 55]
    assert got == [("광둥·장쑤·산둥·저장", "广东·江苏·山东·浙江", "48658000000000"),
                   ("광둥·장쑤·산둥·저장", "广东·江苏·山东·浙江", "34.7"), ("광둥성과 장쑤성", "广东·江苏", "28850000000000")]
    # 322 l.135 `베이징·상하이·광둥·장쑤·저장 5개 지역이 전체 건수의 78%를 가져가`: the five's share
    assert ("베이징·상하이·광둥·장쑤·저장", "78") in [(r, v) for r, v, *_ in _figures(corpus_issue(322), 135)]


def test_ranks_from_passing_ties_and_a_rank_stated_before_its_figure(corpus_issue):
    result = corpus_issue(322)
    # l.135 `상하이가 286건으로 베이징(271건)을 근소하게 앞지르며 1위를 차지했고, 광둥성은 198건으로 세 번째였다.`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 135)][:3] == [
        ("상하이", "286", 1), ("베이징", "271", 2), ("광둥성", "198", 3)]
    # l.112 `청두가 6.0%로 네 도시 가운데 가장 빨랐다. 충칭과 우한은 5.6%로 어깨를 나란히 했고, …`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 112)][:3] == [("청두", 1), ("충칭", 2), ("우한", 2)]
    # l.95 `미국이 1위를 지켰지만 비중은 11.2%로 떨어지며`: a fall to a level, ranked first;
    # `러시아(俄罗斯)와의 교역액은 2,100억 달러 미만으로`: the partner heading its sentence is described
    got = _figures(result, 95)
    assert ("미국", "11.2", "%", 1, None, 2025) in got
    assert ("러시아", "210000000000", "달러", None, "max", 2025) in got


def test_bounds_past_a_mark_and_a_noun_that_ends_like_a_district(corpus_issue):
    # 321 l.34 `산둥성 경제 규모가 10조 위안 선을 넘어서면서`
    assert ("산둥성", "10000000000000", "위안", None, "min", 2025) in _figures(corpus_issue(321), 34)
    # 322 l.114 `청두의 상주인구는 작년 말 2,150만 명을 넘어섰고` (상주인구 常住人口 is no district)
    assert ("청두", "21500000", "명", None, "min", 2025) in _figures(corpus_issue(322), 114)


def test_results_in_an_article_about_targets_are_dated_by_the_text(corpus_issue):
    # 322 l.29 `1. 31개 성급 지역 2026년 성장 목표 일제히 공개`; l.33 `광둥성(广东省)이 14조 7,200억 위안으로
    # 선두를 지켰고`: last year's result (the opening paragraph's `중국의 지난해 국내총생산`), not 2026
    assert ("광둥성", "14720000000000", "위안", 1, None, 2025) in _figures(corpus_issue(322), 33)
    # 319 l.68 `톈진은 … 목표를 지난해보다 0.5%p 낮춘 '4.5% 안팎'으로 정했다.`: a target, the title's year
    assert ("톈진", "4.5", "%", None, None, 2026) in _figures(corpus_issue(319), 68)


def test_counts_whose_list_ends_in_kkaji_or_follows_euro(corpus_issue):
    # 322 l.57 `…, 교육부(教育部), 국가데이터국(国家数据局)까지 7개 부처가`: six named
    result = corpus_issue(322)
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [57]
    # 321 l.83 `낮추지 않은 곳은 모두 7개 지역으로, 저장성·후베이성·톈진시(天津市)·충칭시(重庆市)·
    # 신장위구르자치구·칭하이성(青海省)이었다.`: six named
    result = corpus_issue(321)
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [83]


def test_ranks_before_a_name_or_parted_by_a_dot_and_a_year_a_lead_dates_from(corpus_issue):
    result = corpus_issue(321)
    # l.108 `금액은 1,426억 위안으로 2위 상하이시(1,508억 위안)에 밀려 3위에 머물렀다.`
    got = [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 108)]
    assert ("광둥성", "142600000000", 3) in got and ("상하이시", "150800000000", 2) in got
    # l.216 `장쑤성이 1조 2,000억 원으로 가장 많았고 산둥성(6,800억 원), 광둥성(5,900억 원)이 2·3위를 기록했다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 216)][1:4] == [("장쑤성", 1), ("산둥성", 2), ("광둥성", 3)]
    # l.32 `1989년부터 이어 온 선두 자리를 지켰지만, 실질 성장률은 4.1%로`: 1989 is when the lead began
    assert ("광둥성", "4.1", "%", None, None, 2025) in _figures(result, 32)
    # ll.57–61 (a paragraph across a page break) `31개 지역 가운데 유일하게 3%에도 미치지 못했다.`
    assert ("헤이룽장성", "3", "%", None, "max", 2025) in _figures(result, 57)


def test_partners_whose_dealings_are_the_subject_and_joined_municipalities_each_below_a_bound(corpus_issue):
    result = corpus_issue(318)
    # l.45 `미국과의 교역이 4조 1,000억 위안으로 14.6% 감소한 반면, 한국과의 교역액은 2조 2,600억 위안으로 1.2% 늘었다.`
    assert [(r, v) for r, v, *_ in _figures(result, 45)] == [
        ("미국", "4100000000000"), ("미국", "-14.6"), ("한국", "2260000000000"), ("한국", "1.2")]
    # l.113 `베이징·상하이·톈진 3개 직할시는 비중이 모두 5%를 밑돌았다.`
    got = [(r, v, b) for r, v, _, _, b, _ in _figures(result, 113)]
    assert [g for g in got if g[1] == "5"] == [("베이징", "5", "max"), ("상하이", "5", "max"), ("톈진", "5", "max")]


def test_a_count_whose_list_follows_ro_without_a_comma(corpus_issue):
    # 324 l.105 `이번에 선정된 곳은 모두 12개 도시로 선전(深圳), 광저우(广州), …, 정저우(郑州)다.`: eleven named
    assert [w.line for w in corpus_issue(324).warnings if w.code == "count_mismatch"] == [105]


def test_bounds_passed_with_neomgyeo_and_a_bracketed_group_sharing_a_whole(corpus_issue):
    # 323 l.147 `핵심 기업 수는 광둥성이 2,300곳을 넘겨 단연 1위다.`
    assert ("광둥성", "2300", "곳", 1, "min", 2025) in _figures(corpus_issue(323), 147)
    # 324 l.124 `지난해 상위 5개 지역(베이징·상하이·광둥성·장쑤성·저장성)이 전체 투자 금액의 77.4%를 차지해`
    assert ("베이징·상하이·광둥성·장쑤성·저장성", "77.4") in [(r, v) for r, v, *_ in _figures(corpus_issue(324), 124)]


def test_an_opening_paragraph_dates_the_article_by_the_year_its_quantities_state(corpus_issue):
    # 322 l.127 (opening) `올해 1월 1일부터 2월 22일까지 공개된 1차 시장(비상장) 투자는 1,268건, 1,540억 위안`;
    # l.135 `지역별로는 상하이가 286건으로 베이징(271건)을 근소하게 앞지르며 1위를 차지했고, 광둥성은 198건으로 세 번째였다.`
    assert [(r, v, rank, y) for r, v, _, rank, _, y in _figures(corpus_issue(322), 135)][:3] == [
        ("상하이", "286", 1, 2026), ("베이징", "271", 2, 2026), ("광둥성", "198", 3, 2026)]


def test_the_same_period_is_the_one_the_last_figures_are_for(corpus_issue):
    # 320 l.53 ends `역대 최대였던 지난해 흥행작의 기저효과로 뒷걸음질쳤다` (a year dating no figure);
    # l.55 `같은 기간 … 광둥성의 고속도로 통행량은 하루 평균 1,260 만 대로 전국에서 가장 많았고`: the holiday of 2026
    assert _figures(corpus_issue(320), 55)[0] == ("광둥성", "12600000", "대", 1, None, 2026)


def test_a_rank_held_by_a_region_with_no_figure(corpus_issue):
    # 323 l.75 `싱가포르가 1위 자리를 지킨 가운데 한국이 지난해 51억 2,000만 달러를 투자해 그 뒤를 이었다.`
    assert _figures(corpus_issue(323), 75)[0] == ("한국", "5120000000", "달러", 2, None, 2025)
    # 324 l.38 `1위 자리는 이번에도 광둥성(广东省)의 몫이었다. 광둥성은 14조 7,620억 위안을 기록했다.`
    result = corpus_issue(324)
    assert _figures(result, 38)[:2] == [("광둥성", "14762000000000", "위안", 1, None, 2025),
                                        ("장쑤성", "14387000000000", "위안", 2, None, 2025)]
    # l.42 `2025년 성장률 순위표의 맨 위에는 시짱자치구(西藏自治区)가 6.3%로 이름을 올렸다.`
    assert _figures(result, 42)[0] == ("시짱자치구", "6.3", "%", 1, None, 2025)


def test_a_year_compared_with_its_own_figure_in_brackets_is_not_the_same_year(corpus_issue):
    # 323 l.73 `증가율은 -3.4%로 2024년(-27.1%)에 비해 낙폭이 크게 줄었다. 같은 해 … 외자기업은 6만 1,357개로`
    # (`지난해` of an issue of 2026: the same year is 2025); `중국` as written
    got = _figures(corpus_issue(323), 73)
    assert ("중국", "61357", "개", None, None, 2025) in got
    assert ("중국", "-27.1", "%", None, None, 2024) in got  # the year's own figure, in brackets after it


def test_a_figure_in_brackets_after_a_region_and_regions_joined_before_one_figure(corpus_issue):
    # 321 l.204 `… 비중은 약 19%에 머물러 미국(18.5%)과의 차이가 크지 않았다`: 미국's, not a gap of 한국's
    assert ("미국", "18.5", "%", None, None, 2025) in _figures(corpus_issue(321), 204)
    # 322 l.35 `경제 규모 4강은 광둥성 4.5%, 장쑤성·산둥성 5%, 저장성 5.5%를 각각 목표로 잡았다.`
    got = [(r, v) for r, v, *_ in _figures(corpus_issue(322), 35)]
    assert [g for g in got if g[1] in ("4.5", "5", "5.5")] == [
        ("광둥성", "4.5"), ("장쑤성", "5"), ("산둥성", "5"), ("저장성", "5.5")]


def test_a_count_whose_list_the_next_sentence_opens_with(corpus_issue):
    # 323 l.61 `1차 시범도시로 6개 도시를 지정했다. 명단에는 베이징, 상하이, 선전(深圳), 항저우(杭州), 허페이(合肥)가
    # 들어갔으며`: five named
    warnings = [w for w in corpus_issue(323).warnings if w.code == "count_mismatch"]
    assert [w.line for w in warnings] == [61] and "6개 도시 but lists 5" in warnings[0].message


def test_the_regions_listed_as_passing_a_mark_each_have_it(corpus_issue):
    # 323 l.28 `31개 성·자치구·직할시 가운데 GDP가 10조 위안을 넘긴 곳은 광둥성(广东省), 장쑤성(江苏省),
    # 산둥성(山东省) 세 곳이다.`: each passed 10조; 31 is the set they are picked from, not a count of them
    result = corpus_issue(323)
    assert [f for f in _figures(result, 28) if f[1] == "10000000000000"] == [
        (r, "10000000000000", "위안", None, "min", 2025) for r in ("광둥성", "장쑤성", "산둥성")]
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [61]


def test_a_mark_passed_beside_a_level_takes_no_rank_and_a_region_qualifying_an_object_is_no_subject(corpus_issue):
    # 321 l.34 `푸젠성(福建省)은 지난해 6조 280억 위안으로 처음 6조 위안을 돌파하며 8위에 올랐다.`
    got = _figures(corpus_issue(321), 34)
    assert ("푸젠성", "6028000000000", "위안", 8, None, 2025) in got
    assert ("푸젠성", "6000000000000", "위안", None, "min", 2025) in got
    # 322 l.135 `안후이성(安徽省)은 허페이의 반도체·신에너지 기업을 앞세워 투자 금액이 120억 위안을 돌파했다.`
    assert ("안후이성", "12000000000", "위안", None, "min", 2026) in _figures(corpus_issue(322), 135)


def test_counts_whose_list_is_bracketed_or_named_by_the_next_sentence(corpus_issue):
    # 325 l.117 `… 8 개 도시를 선정했다고 밝혔다. 이름을 올린 곳은 베이징, 상하이, 선전, 항저우, 허페이, 청두, 우한이다.`
    assert [w.line for w in corpus_issue(325).warnings if w.code == "count_mismatch"] == [117]
    # 326 l.236 `5개 도시(베이징·상하이·선전·칭다오)에서 열렸다`; l.115 `싱가포르가 19개로 중국·인도에 이어` is no list
    assert [w.line for w in corpus_issue(326).warnings if w.code == "count_mismatch"] == [236]


def test_figures_of_325_and_326_whose_owner_year_or_rank_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(325)
    # l.73 `… 성장률은 3.9%에 그쳐 전국 평균보다 1.1%p 낮았다. … 5.3% 성장한 장쑤성은 광둥성과의 격차를 1 년 전
    # 4,626 억 위안에서 3,570 억 위안으로 좁혔다.`
    got = _figures(result, 73)
    assert ("광둥성", "1.1", "%p", None, None, 2025) in got and not [g for g in got if g[0] == "전국"]
    assert ("장쑤성", "5.3", "%", None, None, 2025) in got
    assert ("장쑤성", "462600000000", "위안", None, None, 2024) in got
    # l.77 `쓰촨성(6 조 7,860 억 위안), 허난성(…), 후베이성(…), 푸젠성(…)이 차례로 5~8 위를 차지했고, 상하이시(…)와
    # 후난성(…)이 9, 10 위로 뒤를 이었다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 77)] == [
        ("쓰촨성", 5), ("허난성", 6), ("후베이성", 7), ("푸젠성", 8), ("상하이시", 9), ("후난성", 10)]
    # l.113 `홍콩특별행정구(…)의 2025 년 경제성장률은 3.3%로 전년(2.5%)보다 개선됐다.`
    assert ("홍콩특별행정구", "2.5", "%", None, None, 2024) in _figures(result, 113)
    # l.197 `… '1 구 16 원' 체제로 확장됐다. 베이징시과학기술위원회(…)에 따르면 … 총수입은 9 조 8,000 억 위안을 넘어섰다.`
    assert not [g for g in _figures(result, 197) if g[0].startswith(("베이징", "중관춘"))]

    result = corpus_issue(326)
    # l.40 `… 성장률은 3.9%로 전국 평균을 1.1%p 밑돌았다. 장쑤성(江苏省)은 5.3% 성장한 14조 2,108억 위안으로 2위를 기록하며`
    got = _figures(result, 40)
    assert ("광둥성", "1.1", "%p", None, None, 2025) in got
    assert ("장쑤성", "5.3", "%", None, None, 2025) in got and ("장쑤성", "14210800000000", "위안", 2, None, 2025) in got
    # l.42 `산둥성(山东省)은 사상 처음으로 10조 위안을 돌파했다. 지난해 GDP는 10조 3,275억 위안으로 3위 자리를 굳혔고, 이로써
    # … 광둥성·장쑤성·산둥성 3곳으로 늘었다. … 성장률은 산둥성과 저장성이 나란히 5.5%를 기록했다.`
    got = _figures(result, 42)
    assert ("산둥성", "10327500000000", "위안", 3, None, 2025) in got
    assert not [g for g in got if g[2] == "곳"]
    assert [g for g in got if g[1] == "5.5"] == [("산둥성", "5.5", "%", None, None, 2025), ("저장성", "5.5", "%", None, None, 2025)]
    # l.206 `지난해 선전시의 저공경제 산업 규모는 1,000억 위안을 넘어섰고, 광둥성 전체 … 차지하는 비중은 60% 안팎에 이른다.`
    assert ("선전시", "60", "%", None, None, 2025) in _figures(result, 206)


def test_last_place_ranks_by_the_set_compared_and_a_bracketed_figure_a_word_after_its_region(corpus_issue):
    result = corpus_issue(322)
    # l.112 `청두가 6.0%로 네 도시 가운데 가장 빨랐다. 충칭과 우한은 5.6%로 어깨를 나란히 했고, 시안은 4.9%에 그쳐 최하위로 밀렸다.`
    assert [(r, rank) for r, v, _, rank, _, _ in _figures(result, 112) if v != "0.3"] == [
        ("청두", 1), ("충칭", 2), ("우한", 2), ("시안", 4)]
    # l.107 `… 합치면 9조 5,700억 위안으로, 저장성 한 곳(9조 4,800억 위안)보다 조금 많은 수준이다.`
    assert ("저장성", "9480000000000", "위안", None, None, 2025) in _figures(result, 107)
    # 323 l.149 `청두(成都)는 올해 1월 시험 비행 공역을 1,200㎢로 넓혔고`: square kilometres are a unit
    assert ("청두", "1200", "㎢", None, None, 2026) in _figures(corpus_issue(323), 149)


def test_shapes_327_and_328_showed_in_ranks_owners_and_counts(corpus_issue):
    result = corpus_issue(327)
    # l.94 `국가별로는 미국이 758곳으로 1위를 지켰고 중국이 2위, 인도(71곳)와 영국(55곳)이 그 뒤를 이었다.`
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 94)] == [
        ("미국", "758", 1), ("인도", "71", 3), ("영국", "55", 4)]
    # l.96 `유니콘 기업을 20곳 이상 보유한 도시는 6곳으로 베이징, 상하이, 선전, 항저우, 광저우다.`: five named;
    # l.110 `합계	274	300	+23`: the 2025 column adds up to 297 (counts are exact, nothing to round)
    assert [(w.code, w.line) for w in result.warnings if w.code in ("count_mismatch", "total_mismatch")] == [
        ("count_mismatch", 96), ("total_mismatch", 110)]
    # l.66 `후베이성(湖北省)은 1조 4,258억 위안으로 7위를 지키며 5.8%의 성장률을 냈고, 푸젠성, 상하이시, 후난성이 차례로
    # 8~10위에 이름을 올렸다.`: the ranks are the regions' named with them, not 후베이성's rate's
    assert ("후베이성", "5.8", "%", None, None, 2026) in _figures(result, 66)

    result = corpus_issue(328)
    # l.40 `국가통계국이 지난 16일 발표한 …`: `지난` before a date is no city (济南)
    assert not [f for f in _figures(result, 40) if f[0] == "지난"]
    # l.48 `경제 규모가 가장 큰 광둥성은 4.4%로 전국 평균을 밑돌았다.`: the largest, but its rate ranks nothing
    assert ("광둥성", "4.4", "%", None, None, 2026) in _figures(result, 48)
    # l.72 `4위 저장성(9조 4,160억 위안)은 5.6% 성장해 전년보다 성장률을 0.1%p 끌어올렸다.`
    assert ("저장성", "0.1", "%p", None, None, 2025) in _figures(result, 72)
    # l.126 `규모로는 베이징시가 200억 위안으로 가장 크고 상하이시가 180억 위안으로 두 번째다.`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(result, 126)][:2] == [("베이징시", 1), ("상하이시", 2)]
    # l.209 `이 가운데 베트남과의 교역액만 2,010억 위안에 달했다.`: the partner whose dealings are the subject
    assert ("베트남", "201000000000", "위안", None, None, 2025) in _figures(result, 209)


def test_profiles_with_open_triangle_marks_and_a_founding_date_shared_with_the_place(corpus_issue):
    # 328 ll.167–172 `[스타트업 ②] 웨이란넝위안(微澜能源) ― 나트륨이온 배터리` / `  ▷ 설립·본사 : 2021년 9월, 안후이성
    # 허페이시(合肥市)` / `  ▷ 투자 유치 : 누적 20억 위안 이상 / 2025년 11월 시리즈 B+ 6억 위안`
    result = corpus_issue(328)
    card = {c["name"]: c for c in records_of(result, "companies")}["웨이란넝위안"]
    assert card["founded_raw"] == "2021년 9월, 안후이성 허페이시(合肥市)"
    got = [(a["raw"], a["bound"], a["cumulative"]) for a in records_of(result, "amounts") if a["table_id"] == card["table_id"]]
    assert got == [("누적 20억 위안 이상", "min", True), ("6억 위안", None, False)]
    assert not [w for w in result.warnings if w.code in ("card_date_unreadable", "card_label_unknown")]


def test_an_index_titled_by_its_edition_is_dated_by_the_date_its_data_are_as_of(corpus_issue):
    # 327 l.92 `3. 2026 후룬 글로벌 유니콘 지수: 중국 도시별 분포`; l.94 `… 2025년 12월 31일 기준 …`;
    # l.96 `중국 본토 도시별로는 베이징이 82곳으로 선두를 지켰다.`
    assert _figures(corpus_issue(327), 96)[0] == ("베이징", "82", "곳", 1, None, 2025)


def test_a_count_of_places_is_the_named_regions_but_not_a_carried_ones(corpus_issue):
    # 325 l.109 `… 이로써 중국의 GDP 1 조 위안 이상 도시는 29 개로 늘었다.`: 중국's
    assert ("중국", "29", "개", None, None, 2025) in _figures(corpus_issue(325), 109)
    # 327 l.113 `증가세로는 허페이가 가장 돋보였다. 신에너지차와 … 3곳이 새로 추가되며 9곳이 됐고, … 지난해 처음으로
    # 유니콘을 배출한 도시도 4곳에 이른다.`: 허페이 3 and 9, but the four cities are no figure of 허페이's
    got = [(r, v) for r, v, *_ in _figures(corpus_issue(327), 113)]
    assert ("허페이", "3") in got and ("허페이", "9") in got and ("허페이", "4") not in got


def test_a_region_qualifying_the_place_something_happens_is_not_the_subject(corpus_issue):
    # 324 l.124 `저장성은 같은 해 620억 위안을 유치했고, 항저우의 AI 기업에 돈이 몰리면서 건수도 1,100건을 넘었다.`
    got = _figures(corpus_issue(324), 124)
    assert ("저장성", "1100", "건", None, "min", 2025) in got and not [g for g in got if g[0] == "항저우"]


def test_a_company_located_in_a_region_has_its_own_figures(corpus_issue):
    # 323 l.67 `한편 허페이에 본사를 둔 휴머노이드 로봇 기업 싱허즈넝(星河智能)은 지난해 매출이 4억 3,000만 위안으로`
    assert not [g for g in _figures(corpus_issue(323), 67) if g[0] == "허페이"]
    # 324 l.114 `광저우에 본사를 둔 이항(亿航)은 지난해 무인 eVTOL 'EH216-S'를 200대 넘게 인도했고`
    assert not [g for g in _figures(corpus_issue(324), 114) if g[0] == "광저우"]


def test_regions_listed_before_gak_each_have_its_figure_and_an_unknown_item_takes_its_own(corpus_issue, data):
    # `참가 기업은 서울 5 개 사, 성남 2 개 사, 대전과 광주 각 1 개 사였다.`: 대전 and 광주 (a word and a
    # Sino-Korean reading of 广州 alone) are Korea's, listed with 서울; 성남's 2 is not 서울's
    assert [(r, v, u) for r, v, u, _, _, _ in _figures(corpus_issue(319), 180)] == [
        ("서울", "5", "개사"), ("대전", "1", "개사"), ("광주", "1", "개사")]
    # `후베이성, 간쑤성, 후난성 각각 11.1%, 10.1%, 9.3%`: `각각` before several figures is respectively
    assert [(f["region_ko"], f["value"]) for f in data["figures"] if f["line"] == 192] == [
        ("후베이성", "11.1"), ("간쑤성", "10.1"), ("후난성", "9.3")]


def test_a_list_closed_by_deung_and_a_count_shares_the_whole_as_one_group(corpus_issue):
    # `금액 기준으로는 베이징·상하이·선전 등 상위 3개 도시에 전체의 58.4%가 몰렸다.`
    assert ("베이징·상하이·선전", "58.4", "%", None, None, 2026) in _figures(corpus_issue(323), 97)


def test_regions_joined_as_the_topic_of_one_quoted_figure_each_have_it(corpus_issue):
    # `올해 목표로는 청두가 '6% 안팎', 충칭과 우한이 '5.5% 이상', 시안이 '5% 이상'을 제시했다.`
    assert [(r, v, b) for r, v, _, _, b, _ in _figures(corpus_issue(322), 114)][-4:] == [
        ("청두", "6", None), ("충칭", "5.5", "min"), ("우한", "5.5", "min"), ("시안", "5", "min")]


def test_a_place_made_the_topic_with_eneun_goes_on_into_the_next_clause(corpus_issue):
    # `구이안신구(贵安新区)에는 대형·초대형 데이터센터 24곳이 들어서 있으며, 서버 수용 능력은 지난해 말 250만 대를 넘어섰다.`
    assert ("구이안신구", "2500000", "대", None, "min", 2025) in _figures(corpus_issue(327), 198)


def test_a_change_qualifying_the_level_it_led_to_takes_no_rank(corpus_issue):
    # `항저우는 1년 새 4곳이 늘어난 29곳으로 4위 자리를 굳혔다. 유니콘 기업을 20곳 이상 보유한 도시는 6곳으로 베이징,
    # 상하이, 선전, 항저우, 광저우…`: the change and the level ranked, then the mark the city passed
    assert [(r, v, rank, bound) for r, v, _, rank, bound, _ in _figures(corpus_issue(327), 96) if r == "항저우"] == [
        ("항저우", "4", None, None), ("항저우", "29", 4, None), ("항저우", "20", None, "min")]


def test_figures_about_a_set_of_places_described_by_a_clause_are_no_regions(corpus_issue):
    # `…후베이성(湖北省)은 1조 4,258억 위안으로 7위를 지키며 … 1분기 GDP가 1조 위안을 웃돈 지역은 지난해와 같은 12곳이었다.`
    assert [(r, v) for r, v, *_ in _figures(corpus_issue(327), 66)][:3] == [
        ("후베이성", "1425800000000"), ("후베이성", "5.8"), ("허베이성", "987600000000")]
    # `… 헤이룽장성(黑龙江省)은 3.1% 성장에 머물렀고, 성장률이 5%에 못 미친 지역은 모두 7곳으로 집계됐다.`
    assert ("헤이룽장성", "3.1", "%", None, None, 2026) in _figures(corpus_issue(327), 68)
    assert not [f for f in _figures(corpus_issue(327), 68) if f[1] in ("5", "7")]


def test_shapes_329_and_330_showed_in_years_ranks_and_destinations(corpus_issue):
    # `베이징의 투자액은 2023년 1,410억 위안에서 2024년 1,105억 위안으로 쪼그라들었다가 1년 만에 16.5%
    #  반등했다. … 상하이시가 1,150억 위안으로 2위였고, 장쑤성(1,020억 위안)이 그 다음이었다.`
    line_92 = _figures(corpus_issue(330), 92)
    assert ("베이징", "110500000000", "위안", None, None, 2024) in line_92
    assert ("베이징", "16.5", "%", None, None, 2025) in line_92
    assert ("상하이시", "115000000000", "위안", 2, None, 2025) in line_92
    assert ("장쑤성", "102000000000", "위안", 3, None, 2025) in line_92
    # `미국향 수출 비중은 18.4%로 전년보다 6.2%p 낮아진 반면`: the destination's
    assert [r for r, v, *_ in _figures(corpus_issue(330), 148) if v in ("18.4", "-6.2")] == ["미국", "미국"]
    # `광둥성은 전국 소비용 드론 생산량의 95% 이상을 책임지고 있고, … 등 선두 기업이`: no first place
    assert [rank for r, v, _, rank, *_ in _figures(corpus_issue(330), 127) if v == "95"] == [None]
    # `반면 경제 규모 1위인 광둥성은 4.6% 성장에 그쳐 전국 평균을 0.6%p 밑돌았다.`: the rank describes
    assert [(v, rank) for r, v, _, rank, *_ in _figures(corpus_issue(330), 58) if v in ("4.6", "0.6")] == [("4.6", None), ("0.6", None)]
    # `헤이룽장성(黑龙江省)은 성장률이 4.1%에 머물러 31개 성 가운데 꼴찌로 밀려났다.`
    assert ("헤이룽장성", "4.1", "%", 31, None, 2026) in _figures(corpus_issue(330), 67)
    # `헤이룽장성(黑龙江省)의 성장률은 3.7%로 31개 지역 중 최하위였고, 톈진(天津)은 4.0%로 끝에서 두 번째에`
    assert [(r, rank) for r, _, _, rank, *_ in _figures(corpus_issue(329), 70)] == [("헤이룽장성", 31), ("톈진", 30)]


def test_the_topics_regions_take_figures_each_in_turn_and_a_nationwide_count_is_not_chinas(corpus_issue):
    # `사우디아라비아와 아랍에미리트의 국부펀드가 지난해 중국 내 펀드에 출자한 금액은 각각 약 12억 달러, 8억 달러로`
    assert [(r, v) for r, v, *_ in _figures(corpus_issue(330), 94)] == [
        ("사우디아라비아", "1200000000"), ("아랍에미리트", "800000000")]
    # `과학기술부가 전국 10개 국가기술이전 지역센터에 대한 … 10개 센터가 지난해 중개한 기술계약은 2만 3,600건`
    assert _figures(corpus_issue(330), 98) == []
    # `전국 178 개 국가급 첨단기술산업개발구(이하 국가고신구)의 지난해 영업수입은 61 조 3,000 억 위안으로`
    assert _figures(corpus_issue(327), 72) == []


def test_counts_whose_list_follows_a_long_opening_or_belongs_to_the_last_count_of_its_sentence(corpus_issue):
    # 330 l.129 `… 「저공경제 고품질 발전 행동방안」에서 선전, 광저우(广州), 주하이(珠海), 포산(佛山) 5개 도시를`
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(330).warnings if w.code == "count_mismatch"] == [
        (129, "the text says 5개 도시 but lists 4")]
    # 329 l.203 `홍콩·마카오 2개 특별행정구와 주장삼각주 9개 도시로 이뤄진다. 9개 도시는 광저우, 선전, …, 자오칭이다.`
    # (nine listed: the nine cities'); l.115 `6개 도시` lists five
    assert [w.line for w in corpus_issue(329).warnings if w.code == "count_mismatch"] == [115]


def test_last_years_same_period_percentage_points_and_an_editors_note(corpus_issue):
    # `장쑤성의 1분기 GDP는 지난해 같은 기간 3조 3,317억 위안에서 1,791억 위안 늘었다.`
    assert ("장쑤성", "3331700000000", "위안", None, None, 2025) in _figures(corpus_issue(329), 41)
    # `네이멍구자치구(内蒙古自治区)의 성장률은 5.5%로 지난해 같은 기간(5.8%)보다 0.3%포인트 둔화됐다.`: the rate fell by
    # 0.3 points (5.8 → 5.5), and a fall is negative
    assert [(v, u, y) for r, v, u, _, _, y in _figures(corpus_issue(329), 68) if r == "네이멍구자치구"] == [
        ("5.5", "%", 2026), ("5.8", "%", 2025), ("-0.3", "%p", 2026)]
    # `편집자 주: … 중국 휴머노이드 로봇 시장이 2025년 82억 위안에서 2030년에는 1,500억 위안을 넘어설 것으로
    #  내다봤다. 1분기 투자 유치에 성공한 기업 가운데 4곳을 소개한다.`
    assert _figures(corpus_issue(329), 162) == [("중국", "8200000000", "위안", None, None, 2025),
                                                ("중국", "150000000000", "위안", None, "min", 2030)]


def test_a_place_glossed_once_whose_name_is_a_word_stays_a_word_elsewhere(data):
    # 268 l.228 glosses `지난(济南)`; l.330 `편집자 주: 지난 호에 이어 … 5 개 분야에서` is no figure of 济南
    assert [f for f in data["figures"] if f["line"] == 330] == []


def test_a_region_the_clause_before_made_its_object_goes_on_up_to_a_comma(corpus_issue):
    # `마카오특별행정구(澳门特别行政区)를 찾은 방문객은 지난해 4,000만 명을 넘어서며 종전 최고치인 2019년의 3,940만 명을 갈아치웠다.`
    assert ("마카오특별행정구", "39400000", "명", None, None, 2019) in _figures(corpus_issue(329), 207)


def test_places_counted_and_an_organisations_own_counts_are_no_regions_figures(corpus_issue):
    # 322 l.76 `… 난징(南京), 칭다오(青岛)로, 지난해 지정된 1차 시범도시 6곳을 합하면 모두 11곳이 된다.`
    assert [v for r, v, *_ in _figures(corpus_issue(322), 76) if r == "칭다오"] == []
    # 330 l.37 `이어 31개 성(자치구·직할시 포함)이 1분기 경제 지표를 잇따라 내놓으면서`
    assert [v for r, v, *_ in _figures(corpus_issue(330), 37) if v == "31"] == []
    # 322 l.179 `KIC 중국은 한국 스타트업의 현지 안착을 돕기 위해 화베이·화둥·화난·서부 4개 권역의 …`
    assert [v for r, v, *_ in _figures(corpus_issue(322), 179) if v in ("4", "9")] == []


def test_counts_and_totals_from_unseen_331_and_332(corpus_issue):
    # 332 l.206 `합계	-	-	-	14,711` under parks whose 입주기업 add up to 14,511: 합계 in the 번호 column
    totals = [w.message for w in corpus_issue(332).warnings if w.code == "total_mismatch"]
    assert totals == ["kic-china-weekly-332/t09 합계 입주기업(개사): printed 14,711, but its 6 parts add up to 14,511"]
    # 332 l.101 `첫 시범 지역으로는 6개 도시가 선정됐다. 베이징시, 상하이시, 선전시, 허페이시(合肥市), 항저우시(杭州市)다.`
    # (l.192 `6개 기업은 딥시크, …, 딥로보틱스(云深处科技), 브레인코(强脑科技), 매니코어(群核科技)다`: six, no warning)
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(332).warnings if w.code == "count_mismatch"] == [
        (101, "the text says 6개 도시 but lists 5")]
    # 331 l.139 `… 시험구 5개 도시를 추가로 지정했는데, 톈진시(天津市), 우후시(芜湖市), 안양시(安阳市), 쯔궁시가 그 대상이다.`
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(331).warnings if w.code == "count_mismatch"] == [
        (139, "the text says 5개 도시 but lists 4")]


def test_a_row_labels_unit_in_hours_scales_its_cells(corpus_issue):
    # 331 l.128 `무인기 비행 시간(만 시간)	1,067	2,311	2,666	3,130`
    amounts = [a for a in records_of(corpus_issue(331), "amounts") if a["line"] == 128]
    assert [(a["value"], a["unit"]) for a in amounts] == [
        ("10670000", "시간"), ("23110000", "시간"), ("26660000", "시간"), ("31300000", "시간")]


def test_figures_of_331_whose_owner_year_or_rank_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(331)
    # `장쑤성(江苏省)은 1분기 GDP 3조 5,412억 위안으로 3조 4,980억 위안에 그친 광둥성(广东省)을 제치고 지난해 4분기에
    #  이어 선두를 지켰다. … 산둥성(山东省)은 2조 5,836억 위안으로 3위`: the figure before the region it describes;
    #  a period a lead goes on from dates nothing
    line_40 = _figures(result, 40)
    assert ("광둥성", "3498000000000", "위안", 2, None, 2026) in line_40
    assert ("산둥성", "2583600000000", "위안", 3, None, 2026) in line_40
    # `쓰촨성(四川省)이 1조 6,420억 위안으로 허난성(河南省)을 315억 위안 앞서 5위에 올랐고`: the lead is 쓰촨성's
    assert [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 42)][:2] == [
        ("쓰촨성", "1642000000000", 5), ("쓰촨성", "31500000000", None)]
    # `2위 쓰촨성은 청두시(成都市)와 쯔궁시(自贡市)를 축으로 620억 위안 규모의 …`: the objects are not the subject
    assert ("쓰촨성", "62000000000", "위안", 2, None, 2025) in _figures(result, 137)
    # `지역별로는 광둥성이 독주하고 있다. 광둥성의 2025년 저공경제 규모는 1,850억 위안으로`
    assert ("광둥성", "185000000000", "위안", 1, None, 2025) in _figures(result, 135)
    # `횃불센터는 … 전국 1,602곳의 국가급 과학기술기업 인큐베이터를 대상으로 … A등급(우수)은 412곳으로`
    assert _figures(result, 98) == []


def test_figures_of_332_whose_owner_year_or_bound_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(332)
    # `베트남이 중국 기업의 신규 프로젝트 612건을 유치해 1위였고`: firms of one country, where the clause's subject is
    assert ("베트남", "612", "건", 1, None, 2025) in _figures(result, 217)
    # `2025년 싱가포르에 새로 지역 본부를 세운 중국 기업은 140곳으로 집계됐다.`
    assert ("싱가포르", "140", "곳", None, None, 2025) in _figures(result, 221)
    # `광둥성과의 격차를 전년 4,626억 위안에서 3,672억 위안으로 좁혔다.`: the change starts from last year's
    assert [(v, y) for r, v, _, _, _, y in _figures(result, 53)][1:] == [("462600000000", 2024), ("367200000000", 2025)]
    # `청년 창업가에게 최대 500만 위안의 무담보 창업 대출을 지원한다.`: at most
    assert ("항저우시", "5000000", "위안", None, "max", 2026) in _figures(result, 209)


def test_figures_of_333_ranked_by_a_list_in_order_behind_by_a_gap_and_of_affiliated_funds(corpus_issue):
    result = corpus_issue(333)
    # `4개 직할시의 순위는 상하이시(上海市), 베이징시(北京市), 충칭시(重庆市), 톈진시(天津市) 순으로 변동이 없었다.
    #  상하이시가 5조 6,720억 위안을 기록했고 베이징시는 5조 1,960억 위안으로 … 충칭시와 톈진시는 각각 …`
    assert [(r, rank) for r, _, _, rank, bound, _ in _figures(result, 76) if bound is None] == [
        ("상하이시", 1), ("베이징시", 2), ("충칭시", 3), ("톈진시", 4)]
    # `5위 광저우시는 7,760억 위안으로 4위 충칭시(7,980억 위안)에 220억 위안 뒤처졌다.`: 광저우시's gap
    assert ("광저우시", "22000000000", "위안", None, None, 2026) in _figures(result, 92)
    # `해외 자금 가운데서는 싱가포르계 펀드의 참여가 57건으로 가장 많았다.`
    assert ("싱가포르", "57", "건", 1, None, 2026) in _figures(result, 142)
    # `둥후고신구(东湖高新区)`: a zone named like a district
    assert ("둥후고신구", "315000000000") in [(r, v) for r, v, *_ in _figures(result, 199)]


def test_a_count_whose_list_names_each_place_with_its_figure(corpus_issue):
    # 333 l.94 `… 1분기 성장률 상위 5개 도시는 허페이시(合肥市) 6.9%, 우한시 6.5%, 청두시 6.3%, 선전시 6.2% 순이었다.`
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(333).warnings if w.code == "count_mismatch"] == [
        (94, "the text says 5개 도시 but lists 4")]


def test_figures_of_334_a_lead_while_another_follows_a_quoted_rank_and_a_break_before_a_place(corpus_issue):
    result = corpus_issue(334)
    # `광둥성이 3조 5,870억 위안으로 선두를 지킨 가운데 장쑤성이 3조 4,950억 위안으로 바짝 뒤쫓았다. 장쑤성은 광둥성과의
    #  격차를 1년 전 1,380억 위안에서 920억 위안까지 좁히며 ‘1위 탈환’ 가능성을 키웠다.`
    line_42 = [(r, v, rank) for r, v, _, rank, _, _ in _figures(result, 42)]
    assert line_42[:2] == [("광둥성", "3587000000000", 1), ("장쑤성", "3495000000000", 2)]
    assert ("장쑤성", "92000000000", None) in line_42
    # `… 베트남과 국경을 맞댄 | (page break) | 광시좡족자치구(广西壮族自治区)의 수출입도 2,300억 위안을 돌파했다.`
    assert ("광시좡족자치구", "230000000000", "위안", None, "min", 2026) in _figures(result, 109)


def test_forecasts_date_nothing_rates_ranked_by_a_rate_clause_and_the_nations_level_compared_with(corpus_issue):
    result = corpus_issue(334)
    # the article opens `… 2030년에는 중국 체화지능 시장이 4,000억 위안 이상으로 커질 것이라는 관측도 나온다.`: a
    # forecast, no year for `관련 기업 수는 베이징시 210개, 상하이시 185개, 선전시 172개 순으로 많았다.`
    assert [(r, rank, y) for r, _, _, rank, _, y in _figures(result, 132)][:3] == [
        ("베이징시", 1, None), ("상하이시", 2, None), ("선전시", 3, None)]
    # `신장위구르자치구는 … 수출입이 1,620억 위안으로 24.5% 급증, 증가율 기준 전국 1위에 올랐다.`
    assert [(v, rank) for r, v, _, rank, _, _ in _figures(result, 109) if r == "신장위구르자치구"] == [
        ("162000000000", None), ("24.5", 1)]
    # `톈진시(4.2%)와 상하이시(4.4%) 역시 중국 전체 성장률 5.2%에 미치지 못했다.`
    assert ("중국", "5.2", "%", None, None, 2026) in _figures(result, 68)


def test_a_unit_column_an_address_column_and_units_alone_in_a_captions_brackets(corpus_issue):
    result = corpus_issue(335)
    amounts = records_of(result, "amounts")
    # l.40 `국내총생산(GDP)	조 위안	126.06	134.91	140.19` under `지표	단위	2023년	2024년	2025년`
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 40] == [
        ("126060000000000", "위안"), ("134910000000000", "위안"), ("140190000000000", "위안")]
    # l.54 `1	광둥성	147,825	4.1` under `<표 2> 2025년 지역별 GDP 상위 10위 (억 위안, %)`
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 54] == [("14782500000000", "위안"), ("4.1", "%")]
    # l.192 `1	하이뎬원	海淀园	베이징시 하이뎬구 중관춘대가 27호	11,860`: a street number is no amount
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 192] == [("11860", "곳")]


def test_a_tag_on_its_own_line_above_a_heading_and_contacts_parted_by_a_slash(corpus_issue):
    result = corpus_issue(336)
    sections = records_of(result, "sections")
    # `【산업분석】` on l.122, `1. 체화지능 로봇, 투자 열기 속 옥석 가리기 시작 — 36커(36氪)` on l.123
    assert [(s["title"], s["tag"], s["line_start"]) for s in sections if s["category"] == "CHINA 창업"][0] == (
        "체화지능 로봇, 투자 열기 속 옥석 가리기 시작", "산업분석", 123)
    assert len(sections) == 8
    # l.11 `전화 : +86-10-6780-8840 / 메일 : info@kicchina.org`
    (issue,) = records_of(result, "issues")
    assert (issue["phone"], issue["email"]) == ("+86-10-6780-8840", "info@kicchina.org")


def test_masthead_contacts_asked_with_munui_and_a_rights_line_that_asks_for_the_source(corpus_issue):
    # 324 l.8 `문의 : +86-10-6780-8840 | info@kicchina.org`; 326 l.10 `… 'KIC 중국'을 출처로 밝혀 주시기 바랍니다.`
    (issue,) = records_of(corpus_issue(324), "issues")
    assert (issue["phone"], issue["email"]) == ("+86-10-6780-8840", "info@kicchina.org")
    (issue,) = records_of(corpus_issue(326), "issues")
    assert issue["rights"].startswith("※ 본지 기사는 중국 현지 언론·기관 자료를 번역·요약한 것입니다.")


def test_figures_of_336_whose_owner_rank_or_year_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(336)
    # `쓰촨성은 1조 6,312억 위안으로 허난성(1조 6,205억 위안)을 107억 위안 차로 따돌리고 5위에 올랐고,`
    assert _figures(result, 84) == [("쓰촨성", "1631200000000", "위안", 5, None, 2026),
                                    ("허난성", "1620500000000", "위안", 6, None, 2026),
                                    ("쓰촨성", "10700000000", "위안", None, None, 2026)]
    # `… 베이징 하이뎬구(2,875억 위안)와 선전 난산구(2,250억 위안)가 2, 3위에 올랐다.`
    assert ("난산구", "225000000000", "위안", 3, None, 2026) in _figures(result, 94)
    # `바오안구는 … 5,316억 위안으로 선전시 10개 구(신구 포함) 가운데 난산구(9,310억 위안)에 이어 2위였다.`
    assert _figures(result, 207) == [("바오안구", "531600000000", "위안", 2, None, 2025),
                                     ("난산구", "931000000000", "위안", 1, None, 2025)]
    # `… 6.4% 증가해 올해 들어 가장 높은 증가율을 기록했다.`: highest this year, no rank among regions
    assert ("중국", "6.4", "%", None, None, 2026) in _figures(result, 37)
    # `올해 1~5월 … 약 428억 위안으로 지난해 연간 규모에 이미 근접했다. 지역별로는 베이징시가 41건으로 가장 많았고`
    assert ("베이징시", "41", "건", 1, None, 2026) in _figures(result, 127)


def test_a_name_in_a_table_cell_listing_several(corpus_issue):
    # 336 l.138 `…	1억 5,000만 달러	훙산중국(红杉中国), 베이징로봇산업펀드	2026.01`
    from kic_extract.ingest import Line
    from kic_extract.names.mentions import lines_to_mentions

    line = Line(138, "싱허즈자오(星河智造)\t베이징 하이뎬구\t시리즈 C\t1억 5,000만 달러\t훙산중국(红杉中国), 베이징로봇산업펀드\t2026.01")
    assert [(m.text, m.zh) for m in lines_to_mentions([line])] == [("싱허즈자오", "星河智造"), ("훙산중국", "红杉中国")]


def test_counts_and_cards_from_unseen_337_and_338(corpus_issue):
    # 337 l.78 (a paragraph from l.77) `… 국가는 5개국으로, 스위스(+38.2%)·일본(+21.5%)·영국(+17.4%)·한국(+14.6%)이
    # 이름을 올렸다.`: warned on the line that prints the count
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(337).warnings if w.code == "count_mismatch"] == [
        (78, "the text says 5개국 but lists 4")]
    # 338 l.114 `민항국은 올해 초 선전·광저우·허페이·청두 5개 도시를 …`
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(338).warnings if w.code == "count_mismatch"] == [
        (114, "the text says 5개 도시 but lists 4")]
    # 338 l.167 `투자 단계: 시리즈 B | 누적 투자액: 약 25억 위안`
    amounts = [a for a in records_of(corpus_issue(338), "amounts") if a["line"] == 167]
    assert [(a["value"], a["approx"], a["cumulative"]) for a in amounts] == [("2500000000", True, True)]
    # 337 l.143 `투자사 ▸ 항저우 지방정부 산업기금, 전략적 투자자 2곳`: no amount of money
    assert [a for a in records_of(corpus_issue(337), "amounts") if a["line"] == 143] == []


def test_a_year_compared_with_dates_its_own_figure_and_nothing_after(corpus_issue):
    # 337 l.77 `1분기 … 2,635억 위안으로, 전년 동기 대비 증감률이 지난해 연간(-9.5%)보다 크게 개선된 -2.1%를 기록했다.`
    assert ("중국", "-2.1", "%", None, None, 2026) in _figures(corpus_issue(337), 77)
    # 323 l.149 `우한(武汉)은 지난해 관련 산업 생산액이 전년보다 31% 늘었다`: still last year's growth
    assert ("우한", "31", "%", None, None, 2025) in _figures(corpus_issue(323), 149)


def test_regions_with_bracketed_levels_take_the_rates_after_them_in_turn(corpus_issue):
    # 338 l.55 `3위 산둥성(2조 5,740억 위안)과 4위 저장성(2조 2,938억 위안)은 각각 5.7%, 6.0% 성장했다.`
    assert _figures(corpus_issue(338), 55) == [("산둥성", "2574000000000", "위안", 3, None, 2026),
                                               ("저장성", "2293800000000", "위안", 4, None, 2026),
                                               ("산둥성", "5.7", "%", None, None, 2026),
                                               ("저장성", "6", "%", None, None, 2026)]


def test_a_rank_column_of_another_year_and_a_latest_round_beside_a_cumulative_total(corpus_issue):
    # 333 l.49 under `… 전년 순위`: ranks, no amounts
    amounts = records_of(corpus_issue(333), "amounts")
    assert [a["raw"] for a in amounts if a["line"] == 49 and a["column_label"] == "전년 순위"] == []
    # 334 l.162 `투자 유치 : 누적 약 25억 위안 (2026년 5월 시리즈 B 1억 5,000만 달러)`: the round is no cumulative sum
    card = [(a["raw"], a["cumulative"]) for a in records_of(corpus_issue(334), "amounts") if a["line"] == 162]
    assert card == [("누적 약 25억 위안", True), ("1억 5,000만 달러", False)]


def test_shapes_339_and_340_showed_in_parts_cards_ranks_and_counts(corpus_issue):
    # 339: the part `1) 경제 규모` opens with figures dated by the article (`… 장쑤성은 2024년에는 광둥성에 4,626억 위안
    # 뒤졌다.` names 2024 only after them): the next paragraph's are 2025's
    assert ("산둥성", "10246000000000", "위안", 3, None, 2025) in _figures(corpus_issue(339), 45)
    # 339 l.183 `   [투자] 2026년 4월 시리즈 B 3억 위안 유치, 누적 약 8억 위안` under `◇ 칭란신넝위안(青岚新能源)`
    card = [(a["raw"], a["cumulative"]) for a in records_of(corpus_issue(339), "amounts") if a["line"] == 183]
    assert card == [("3억 위안", False), ("누적 약 8억 위안", True)]
    # 340 l.52 `3~4위 자리에도 변동이 없었다. 산둥성(山东省)은 5조 2,610억 위안, 저장성(浙江省)은 4조 7,150억 위안을`
    assert [(r, rank) for r, _, _, rank, _, _ in _figures(corpus_issue(340), 52)][:2] == [("산둥성", 3), ("저장성", 4)]
    # 340 l.189 `홍콩(香港)은 지난 3월 … 27건을 선정했다.`: `지난` is no city after a topic's particle
    assert ("홍콩", "27", "건", None, None, 2026) in _figures(corpus_issue(340), 189)
    # 340 l.185 `… 곳은 6개 도시로, 선전·광저우·허페이·우후(芜湖)·쑤저우다.`
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(340).warnings if w.code == "count_mismatch"] == [
        (185, "the text says 6개 도시 but lists 5")]


def test_a_name_a_figure_follows_owns_only_that_figure(corpus_issue):
    # 339 l.156 `상하이는 푸둥신구(浦东新区)·민항구·자딩구 3개 구를 축으로 2027년까지 … 500억 위안 이상으로`
    assert ("상하이", "50000000000", "위안", None, "min", 2027) in _figures(corpus_issue(339), 156)


def test_firms_of_regions_joined_are_counted_where_they_are_registered(corpus_issue):
    # 339 l.215 `… 광저우시 난사구(南沙区)에 등록된 홍콩·마카오 자본 기업도 3,400곳에 달했다.`
    assert ("난사구", "3400", "곳", None, None, 2025) in _figures(corpus_issue(339), 215)


def test_counts_from_unseen_341_and_342(corpus_issue):
    # 341 l.81 `… 증가한 곳은 5개 성·시로 안후이성, 후베이성, 쓰촨성, 충칭시가 이름을 올렸다.`; l.223 `30개 팀이 무대에 올라
    # AI, 바이오, 콘텐츠 분야의 사업 모델을 선보였다.` lists no teams
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(341).warnings if w.code == "count_mismatch"] == [
        (81, "the text says 5개 성·시 but lists 4")]
    # 342 l.113 `… 신설된 데 이어, 중국민용항공국(中国民用航空局)은 … 1차 시범도시로 선전, 허페이, 청두(成都), 항저우(杭州),
    # 우한(武汉) 6개 도시를 선정했다.`: the list is the run of short items before the count
    assert [(w.line, w.message.split(":")[0]) for w in corpus_issue(342).warnings if w.code == "count_mismatch"] == [
        (113, "the text says 6개 도시 but lists 5")]


def test_a_group_cell_is_filled_in_a_column_whose_total_row_prints_a_dash(corpus_issue):
    # 342 l.208 `4		첸하이 선강 청년몽공장	…` under `3	선전	…`, the table closed by `합계	-	-	-	-	29`
    (row,) = [r for t in records_of(corpus_issue(342), "tables") for r in t["rows"] if r and r[0] == "4" and len(r) == 6]
    assert row[:3] == ["4", "선전", "첸하이 선강 청년몽공장"]


def test_a_region_qualifying_what_the_topic_falls_short_of_is_not_the_subject(corpus_issue):
    # 341 l.96 `윈난성(云南省)은 교역 규모가 광시의 절반에도 못 미치지만 증가율은 11.2%로 더 가팔랐다.`
    assert ("윈난성", "11.2", "%", None, None, 2026) in _figures(corpus_issue(341), 96)


def test_an_events_date_or_a_look_back_dates_its_own_sentence_and_a_top_group_is_no_first_place(corpus_issue):
    result = corpus_issue(341)
    # l.96 `2021년 말 개통한 중국-라오스 철도(中老铁路)가 … 덕분이다. 증가율만 따지면 하이난성(海南省)이 14.1%로 가장 높았다.`
    assert ("하이난성", "14.1", "%", 1, None, 2026) in _figures(result, 96)
    # l.40 `지난해 상반기만 해도 1,757억 위안 뒤처져 있었던 점을 감안하면 … 성장률 역시 5.4%로 광둥성을 웃돌았다.`
    assert ("장쑤성", "5.4", "%", None, None, 2026) in _figures(result, 40)
    # l.189 `… 비중은 2025년 6.71%로 전국 주요 도시 가운데 최상위권이다.`
    assert ("선전시", "6.71", "%", None, None, 2025) in _figures(result, 189)


def test_a_captions_units_go_to_the_columns_whose_header_names_none(corpus_issue):
    # 343 l.119 `창장삼각주	2,846	1,952.4	12.3` under `단위: 건, 억 위안` and `권역	투자 건수	투자 금액	금액 증감률(%)`
    amounts = [a for a in records_of(corpus_issue(343), "amounts") if a["line"] == 119]
    assert [(a["value"], a["unit"]) for a in amounts] == [("2846", "건"), ("195240000000", "위안"), ("12.3", "%")]


def test_the_one_passed_ranks_next_and_the_gap_is_the_subjects(corpus_issue):
    # 344 l.44 `허난성(河南省)이 3 조 3,150 억 위안을 기록해 3 조 3,020 억 위안에 그친 쓰촨성(四川省)을 130 억 위안
    # 차이로 제치고 1 년 만에 5 위 자리를 되찾았다.`: the subject's level is in the clause before
    got = _figures(corpus_issue(344), 44)
    assert ("허난성", "3315000000000", "위안", 5, None, 2026) in got
    assert ("쓰촨성", "3302000000000", "위안", 6, None, 2026) in got
    assert ("허난성", "13000000000", "위안", None, None, 2026) in got
    assert not [f for f in got if f[0] == "쓰촨성" and f[1] == "13000000000"]


def test_a_list_going_on_to_close_a_band_and_regions_added_with_kkaji(corpus_issue):
    # 344 l.46 `이어 후베이성(湖北省) 3 조 470 억 위안, 푸젠성(福建省) 2 조 8,390 억 위안, 상하이(上海) 2 조 7,360 억
    # 위안, 후난성(湖南省) 2 조 6,410 억 위안 순으로 10 위권을 형성했다. … 베이징(北京)·허베이성(河北省)·산시성(陕西省)까지
    # 반기 GDP 가 2 조 위안을 넘어서면서 상반기에만 2 조 위안 고지를 밟은 지역은 모두 14 곳으로 늘었다.`
    got = _figures(corpus_issue(344), 46)
    assert [(f[0], f[3]) for f in got if f[3] is not None] == [
        ("후베이성", 7), ("푸젠성", 8), ("상하이", 9), ("후난성", 10), ("안후이성", 11)]
    assert [f for f in got if f[1] == "2000000000000"] == [
        (r, "2000000000000", "위안", None, "min", 2026) for r in ("베이징", "허베이성", "산시성")]


def test_figures_shared_out_with_gakgak_among_what_a_sentence_lists_are_no_carried_regions(corpus_issue):
    # 344 l.79 `미국(美国)으로의 수출이 8.7% 줄며 … 반면 아세안(ASEAN)과 유럽연합(EU)으로의 수출은 각각 13.9%, 7.5% 늘어`
    assert [f for f in _figures(corpus_issue(344), 79) if f[0] == "미국"] == [("미국", "-8.7", "%", None, None, 2026)]


def test_the_cities_listed_as_passing_a_mark_after_their_count(corpus_issue):
    # 344 l.103 `투자액이 100 억 위안을 넘어선 5 개 도시는 우란차부(乌兰察布), 어얼둬쓰(鄂尔多斯), 칭양(庆阳), 중웨이(中卫)다.`
    got = _figures(corpus_issue(344), 103)
    assert [f for f in got if f[1] == "10000000000"] == [
        (r, "10000000000", "위안", None, "min", 2026) for r in ("우란차부", "어얼둬쓰", "칭양", "중웨이")]
    assert [w.line for w in corpus_issue(344).warnings if w.code == "count_mismatch"] == [103]


def test_a_look_back_some_years_a_mark_passed_side_by_side_and_first_place_by_gajang_apseotda(corpus_issue):
    result = corpus_issue(343)
    # l.41 `1 년 전만 해도 장쑤성은 광둥성에 3,100 억 위안 뒤처져 있었다.`: the year before the issue's
    assert ("장쑤성", "310000000000", "위안", None, None, 2025) in _figures(result, 41)
    # l.43 `4 위 저장성(浙江省)은 … 쓰촨성(四川省)과 허난성(河南省)은 나란히 3 조 위안을 넘어섰으며`: no tie for 5th
    got = _figures(result, 43)
    assert ("쓰촨성", "3000000000000", "위안", None, "min", 2026) in got
    assert ("허난성", "3000000000000", "위안", None, "min", 2026) in got
    # l.75 `상하이시(上海市)가 2 조 7,780 억 위안으로 가장 앞섰고 베이징시(北京市) 2 조 5,410 억 위안, 충칭시(重庆市)
    # 1 조 5,960 억 위안, 톈진시(天津市) 8,920 억 위안 순이었다.`
    assert [(f[0], f[3]) for f in _figures(result, 75) if f[3] is not None] == [
        ("상하이시", 1), ("베이징시", 2), ("충칭시", 3), ("톈진시", 4)]


def test_a_flow_made_the_topic_goes_on_and_a_region_in_a_quoted_name_names_no_clause(corpus_issue):
    result = corpus_issue(343)
    # l.104 `멕시코향 수출은 1 년 새 두 배 가까이 늘어 6 만 5,000 대에 달했지만, 러시아는 … 4 만 1,000 대에 그쳤다.`
    got = _figures(result, 104)
    assert ("멕시코", "65000", "대", None, None, 2026) in got and ("러시아", "41000", "대", None, None, 2026) in got
    # l.128 `… 항저우시(杭州市)가 눈길을 끌었다. '항저우 6 소룡'으로 불리는 딥시크(深度求索), … 486 억 위안을
    # 끌어모았는데, 이는 전년 동기보다 42.5% 급증한 규모다.`
    got = _figures(result, 128)
    assert ("항저우시", "48600000000", "위안", None, None, 2026) in got and ("항저우시", "42.5", "%", None, None, 2026) in got
    # 319 l.128 `독일행 수출은 18% 줄었다. 수출 평균 단가는 1 만 9,600 달러로`: the flow goes on in its sentence only
    assert [f[1] for f in _figures(corpus_issue(319), 128) if f[0] == "독일"] == ["-18"]


def test_counts_whose_places_the_next_sentence_opens_with_and_a_breakdown_by_counts(corpus_issue):
    # 345 l.69 `반면 성장률이 3%대에 머문 지역도 5 곳이나 됐다. 톈진시(3.6%), 헤이룽장성(3.2%), 광시좡족자치구(3.9%),
    # 칭하이성(3.8%)으로, …`: four; l.220 `인공지능 5 개 팀, 바이오헬스 4 개 팀, 신에너지·신소재 3 개 팀이다` lists none
    warnings = [w for w in corpus_issue(345).warnings if w.code == "count_mismatch"]
    assert [(w.line, w.message.split(":")[0]) for w in warnings] == [(69, "the text says 5곳 but lists 4")]
    # 346 l.200 `올해 행사는 5개 도시에서 열린다. 9월 15일 베이징을 시작으로 상하이(9월 17일), 선전(9월 19일),
    # 청두(9월 22일)를 차례로 찾는다.`; l.41 `31개 성급 지역이 모두 … 공개했으며` is every province, no list
    warnings = [w for w in corpus_issue(346).warnings if w.code == "count_mismatch"]
    assert [(w.line, w.message.split(":")[0]) for w in warnings] == [(200, "the text says 5개 도시 but lists 4")]


def test_profiles_under_numbered_tags_are_one_card_each_and_a_funding_value_goes_on_past_a_bar(corpus_issue):
    # 345 l.151 `[기업 ①] 훙윈항공(鸿云航空)` … l.154 `최근 투자 2026 년 6 월 시리즈 B │ 약 7 억 위안`; the next
    # card, `[기업 ②] 링펑즈페이(凌峰智飞)`, follows a page break and `한 줄 평 …` with no full stop
    companies = records_of(corpus_issue(345), "companies")
    assert [(c["name"], c["name_zh"], c["funding_value"], c["funding_approx"]) for c in companies] == [
        ("훙윈항공", "鸿云航空", 700000000, True), ("링펑즈페이", "凌峰智飞", 300000000, False),
        ("윈두즈항", "云渡智航", 50000000, False), ("톈수항공", "天枢航空", 15000000, False)]
    # 346 l.138 `[01] 톈수로보틱스 | Tianshu Robotics` … `· 최근 융자 : 시리즈 B+ 1억 5,000만 달러 (2026년 5월)`
    companies = records_of(corpus_issue(346), "companies")
    assert [(c["name"], c["funding_value"], c["funding_unit"]) for c in companies][:2] == [
        ("톈수로보틱스", 150000000, "달러"), ("모리커지", 30000000, "위안")]


def test_names_of_places_joined_by_hyphens_and_a_chinese_name_with_a_dash():
    from kic_extract.ingest import Line
    from kic_extract.names.mentions import lines_to_mentions

    def pairs(number, line):
        path = ROOT / "tests" / "corpus" / "heldout" / f"kic-china-weekly-{number}.txt"
        text = path.read_text(encoding="utf-8").splitlines()[line - 1]
        return {(m.text, m.zh) for m in lines_to_mentions([Line(line, text)])}

    # 345 l.231 `광둥성 선전시 첸하이(前海)의 선전-홍콩 청년 혁신창업 몽공장(深港青年创新创业梦工场)에`
    assert ("선전-홍콩 청년 혁신창업 몽공장", "深港青年创新创业梦工场") in pairs(345, 231)
    # 346 l.194 `매년 열리는 중국-아세안박람회(中国—东盟博览会)는`
    assert ("중국-아세안박람회", "中国—东盟博览会") in pairs(346, 194)


def test_figures_of_345_whose_owner_year_or_rank_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(345)
    # l.41 `광둥성은 … 성장률은 4.6%에 그쳐 중국 전체 평균보다 0.6%p 낮았다`: the country is compared with
    got = _figures(result, 41)
    assert ("광둥성", "0.6", "%p", None, None, 2026) in got and not [g for g in got if g[0] == "중국"]
    # l.43 `1 년 전(1,758 억 위안)과 비교하면`: the year before's
    assert ("장쑤성", "175800000000", "위안", None, None, 2025) in _figures(result, 43)
    # l.120 `지난해 12 월 18 일 섬 전체 봉관(封关) 운영을 시작한 하이난성(海南省)은 외자 유입이 31.4% 급증해 증가율 1 위`
    assert ("하이난성", "31.4", "%", 1, None, 2026) in _figures(result, 120)
    # l.128 `베이징시가 47 건으로 가장 많았다. 이어 상하이시 39 건, 선전시 35 건, 항저우시 21 건 순으로, 이들 4 개
    # 도시가 전체의 76%를 차지했다.`: the list goes on from first place; the share is the four's
    assert _figures(result, 128) == [(r, n, "건", k, None, 2026) for r, n, k in (
        ("베이징시", "47", 1), ("상하이시", "39", 2), ("선전시", "35", 3), ("항저우시", "21", 4))]
    # l.108 `한국, 독일, 영국 3 개국이 됐다`: the count of the countries just listed
    assert not [g for g in _figures(result, 108) if g[2] == "개국"]
    # l.133 `베이징로봇산업발전투자펀드(北京机器人产业发展投资基金) 등 … 펀드가 참여한 거래가 전체의 40%를 넘었다`
    assert not [g for g in _figures(result, 133) if g[0] == "베이징"]


def test_figures_of_346_whose_owner_year_or_rank_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(346)
    # l.69 `성장률 3% 미만을 기록한 곳은 헤이룽장성 한 곳뿐이었고`
    assert ("헤이룽장성", "3", "%", None, "max", 2026) in _figures(result, 69)
    # l.106 `청두시(成都市)가 18만 4,200대로 처음 정상에 올랐다. 지난해 1위였던 항저우시(杭州市)는 17만 9,600대에 그쳐
    # 청두시에 4,600대 뒤진 2위로 내려앉았고, 상하이시는 16만 8,000대로 3위였다.`
    assert _figures(result, 106) == [
        ("청두시", "184200", "대", 1, None, 2026), ("항저우시", "179600", "대", 2, None, 2026),
        ("항저우시", "4600", "대", None, None, 2026), ("상하이시", "168000", "대", 3, None, 2026),
        ("광둥성", "780000", "기", None, "min", 2026)]  # (`… 광둥성 … 78만 기를 돌파`, further on)
    # l.121 `분기 거래가 50건을 넘은 곳은 쑤저우시(苏州市)와 허페이시(合肥市) 두 곳뿐이었다.`
    got = _figures(result, 121)
    assert ("쑤저우시", "50", "건", None, "min", 2026) in got and ("허페이시", "50", "건", None, "min", 2026) in got
    # l.190 `친저우시(钦州市)의 컨테이너 처리량은 지난해 1,012만 TEU로 처음 1,000만 TEU 고지를 밟았다.`
    assert _figures(result, 190)[-2:] == [("친저우시", "10120000", "TEU", None, None, 2025),
                                         ("친저우시", "10000000", "TEU", None, "min", 2025)]


def test_figures_of_347_whose_owner_year_rank_or_bound_the_sentence_shape_decides(corpus_issue):
    result = corpus_issue(347)
    # l.46 `2위 장쑤성(江苏省)은 6조 9,870억 위안으로, 지난해 상반기 1,758억 위안이던 광둥성과의 격차를 1,590억 위안까지`
    got = _figures(result, 46)
    assert ("장쑤성", "175800000000", "위안", None, None, 2025) in got
    assert ("장쑤성", "159000000000", "위안", None, None, 2026) in got
    # l.66 `후베이성(湖北省)은 5.9% 성장하며 처음으로 '반기 3조 위안 클럽'에 이름을 올렸다.`: the club's mark passed
    assert ("후베이성", "3000000000000", "위안", None, "min", 2026) in _figures(result, 66)
    # l.68 `충칭시(重庆市)는 … 규모 면에서는 상하이·베이징에 못 미치지만 5.6%의 성장률로 직할시 가운데 가장 빠르게
    # 성장했다. 반면 톈진시(天津市)는 9,210억 위안에 그쳐 반기 1조 위안 고지를 밟지 못했다.`
    got = _figures(result, 68)
    assert ("충칭시", "5.6", "%", 1, None, 2026) in got and not [g for g in got if g[0] in ("상하이", "베이징")]
    assert ("톈진시", "1000000000000", "위안", None, "max", 2026) in got
    # l.72 `헤이룽장성은 3.1%로 꼴찌를 기록했고, 랴오닝성은 4.3%로 사정이 나았지만 전국 평균과는 여전히 0.9%p 차이가 났다.`
    assert ("랴오닝성", "0.9", "%p", None, None, 2026) in _figures(result, 72)
    # 343 l.43 `후베이성(湖北省)도 3 조 240 억 위안을 기록하며 이른바 '3 조 위안 클럽'에`: the level stated, no mark
    assert not [g for g in _figures(corpus_issue(343), 43) if g[0] == "후베이성" and g[4] == "min"]


def test_a_period_since_an_event_and_profiles_under_hangul_dots(corpus_issue):
    result = corpus_issue(348)
    # l.97 `하이난성(海南省)은 지난해 12월 자유무역항 봉관(封关) 운영을 시작한 이후 외자 유입이 23.5% 급증했다.`
    got = _figures(result, 97)
    assert ("하이난성", "23.5", "%", None, None, 2026) in got and ("홍콩", "72.4", "%", None, None, 2026) in got
    # l.135 ` ㆍ투자｜누적 약 6억 위안 (최근 2026년 6월 시리즈 B, 2억 위안 이상)`
    amounts = [(a["value"], a["approx"], a["bound"], a["cumulative"])
               for a in records_of(result, "amounts") if a["line"] == 135]
    assert amounts == [("600000000", True, None, True), ("200000000", False, "min", False)]


def test_a_mark_reached_after_its_line_word_a_set_closed_by_a_bound_and_a_share_of_a_bracketed_whole(corpus_issue):
    result = corpus_issue(333)
    # l.41 `경제 규모 10조 위안 고지에 오른 지역은 광둥성(广东省), 장쑤성(江苏省), 산둥성(山东省) 3곳으로 늘었다`
    assert [g for g in _figures(result, 41) if g[1] == "10000000000000"] == [
        (r, "10000000000000", "위안", None, "min", 2025) for r in ("광둥성", "장쑤성", "산둥성")]
    # l.66 `안후이성(安徽省)이 5조 3,240억 위안으로 11위에 자리했고, 이로써 GDP 5조 위안 이상 지역은 모두 12곳이 됐다.`
    assert [g[1] for g in _figures(result, 66) if g[0] == "안후이성"] == ["5324000000000"]
    # l.199 `이곳은 2025년 지역총생산 3,150억 위안을 기록해 우한시 GDP(2조 2,150억 위안)의 14.2%를 차지했다.`
    got = _figures(result, 199)
    assert ("우한시", "2215000000000", "위안", None, None, 2025) in got and ("둥후고신구", "14.2", "%", None, None, 2025) in got
    # 325 l.109 `이로써 중국의 GDP 1 조 위안 이상 도시는 29 개로 늘었다.`: a set of the region's own
    assert ("중국", "29", "개", None, None, 2025) in _figures(corpus_issue(325), 109)


def test_a_region_naming_the_set_the_subject_is_picked_from_owns_none_of_its_figures(corpus_issue):
    # 342 l.194 `한국은 상반기 광시의 교역 상대국 가운데 9위로, 교역액은 96억 위안이었다.`
    got = _figures(corpus_issue(342), 194)
    assert ("한국", "9600000000", "위안", 9, None, 2026) in got and not [g for g in got if g[0] == "광시"]


def test_round_349_350_totals_with_a_unit_districts_gathered_figures_and_numbered_names(corpus_issue):
    # 349 l.201 `6	허베이성	52	141	203` under `… 국가 등록 메이커스페이스(곳)	합계(곳)`: 52 + 141 is 193
    warnings = [w for w in corpus_issue(349).warnings if w.code == "total_mismatch"]
    assert [w.line for w in warnings] == [201] and "printed 203, but its 2 parts add up to 193" in warnings[0].message
    result = corpus_issue(349)
    # l.74 `청두(成都), 항저우(杭州), 쑤저우(苏州), 우한(武汉) 4개 도시도 상반기에만 1조 위안을 돌파하면서 '1조 위안 클럽'
    # 도시는 모두 9곳`
    got = _figures(result, 74)
    assert [g[0] for g in got if g[1] == "1000000000000"] == ["청두", "항저우", "쑤저우", "우한"]
    assert not [g for g in got if g[2] == "곳"]
    # l.207 `구 단위로 보면 베이징시 하이뎬구에만 국가급 인큐베이터 38곳이 자리 잡고 있어 전국에서 가장 많다.`
    assert [g[0] for g in _figures(result, 207) if g[1] == "38"] == ["하이뎬구"]
    # 346 l.121 `베이징시 거래의 62%는 하이뎬구(海淀区)에 집중됐고`
    assert ("하이뎬구", "62", "%", None, None, 2026) in _figures(corpus_issue(346), 121)
    # 350 l.62 (paragraph from l.59) `반면 1위 광둥성의 성장률은 4.6%로 전국 평균을 0.5%p 밑돌았다.`: 1st by size, not by growth
    assert [g for g in _figures(corpus_issue(350), 59) if g[0] == "광둥성"] == [
        ("광둥성", "4.6", "%", None, None, 2026), ("광둥성", "0.5", "%p", None, None, 2026)]


def test_names_written_with_numbers_take_in_the_words_the_chinese_holds():
    from kic_extract.names.mentions import text_mentions

    def pairs(text):
        return [(m.text, m.zh) for m in text_mentions(text)]

    # 349 `… 윈선추커지(云深处科技) 등 '항저우 6소룡(杭州六小龙)'으로 불`, 350 `'1구 16원(一区十六园)' 체제로`
    assert ("항저우 6소룡", "杭州六小龙") in pairs("윈선추커지(云深处科技) 등 '항저우 6소룡(杭州六小龙)'으로 불린다")
    assert pairs("베이징시 전역에 분원을 둔 '1구 16원(一区十六园)' 체제로") == [("1구 16원", "一区十六园")]
    # written without digits, the words before stay out: 312 `2026년은 십오오(十五五)`
    assert pairs("2026년은 십오오(十五五) 계획의 첫해다") == [("십오오", "十五五")]


def test_numbered_steps_printed_a_paragraph_each_are_a_list_not_articles(tmp_path):
    # 351 l.224–227 `신청 방법` then `1. … 내려받기`, `2. … 제출`, `3. … 통보`: the PDF prints read them as a
    # paragraph each, with blank lines between
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    lines = (ROOT / "tests/corpus/heldout/kic-china-weekly-351.txt").read_text(encoding="utf-8").splitlines()
    spaced = lines[:224] + [x for line in lines[224:227] for x in (line, "")] + lines[227:]
    path = tmp_path / "kic-china-weekly-351.txt"
    path.write_text("\n".join(spaced) + "\n", encoding="utf-8")
    sections = records_of(extract_issue(path, path.name, Settings()), "sections")
    assert len(sections) == 8 and not [s for s in sections if "내려받기" in s["title"]]


def test_a_unit_line_naming_its_columns_and_cards_under_a_spaced_numbered_tag(corpus_issue):
    result = corpus_issue(352)
    # l.183–185 `표 5) 쑤저우공업원구 주요 산업단지 현황` / `단위: 입주기업(개), 면적(만㎡)` / `… 입주기업	면적`
    (table,) = [t for t in records_of(result, "tables") if t["line_start"] == 183]
    assert table["title"] == "표 5) 쑤저우공업원구 주요 산업단지 현황" and table["unit"] is None
    amounts = [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 186]
    assert amounts == [("620", "개"), ("1030000", "㎡")]
    # l.154 `[기업 카드 ②] 리즈둥리(力智动力)` after a page break: a card of its own
    assert [c["name"] for c in records_of(result, "companies")] == ["윈링로봇", "리즈둥리", "쥐싱과기", "링시즈넝"]


def test_cards_parted_by_a_page_break_and_labelled_fields_parted_by_bars(corpus_issue):
    # 334 l.166 `[주목할 기업 ②] 신위안반도체(芯源半导体)` / `설립 : 2019년 8월 │ 본사 : 안후이성 허페이시` / …, the page
    # break at l.169–170, then `주력 제품 : …` / `투자 유치 : 누적 40억 위안 이상 (최근 시리즈 C 약 10억 위안)` / …
    result = corpus_issue(334)
    companies = [(c["name"], c["founded_raw"], c["funding_value"], c["funding_bound"], c["line_end"])
                 for c in records_of(result, "companies")]
    assert companies[1] == ("신위안반도체", "2019년 8월", 4000000000, "min", 174)
    assert [c[0] for c in companies] == ["윈카이로보틱스", "신위안반도체", "톈충항공", "쉰즈바이오"]
    assert not [w for w in result.warnings if w.code.startswith("card")]


def test_figures_of_351_and_352_whose_owner_bound_or_block_the_shape_decides(corpus_issue):
    result = corpus_issue(351)
    # l.69 `청두·항저우·우한 3개 도시도 상반기 GDP가 1조 위안을 넘겼다.`
    assert [g[0] for g in _figures(result, 69) if g[4] == "min"] == ["청두", "항저우", "우한"]
    # l.186 `한국은 허페이의 4위 교역 상대국이며, 지난해 교역액은 52억 3,000만 달러로 전년 대비 9.6% 증가했다.`
    assert _figures(result, 186) == [("한국", "5230000000", "달러", 4, None, 2025), ("한국", "9.6", "%", None, None, 2025)]
    # l.214–220 `일 시: …` … `문 의: info@kicchina.org / +86-10-6780-8840`, a blank line, then prose: the
    # fields are no prose and the prose after them is not their line's continuation
    assert not [g for g in _figures(result, 214)]
    # 352 l.67 `1조 5,000억 위안을 넘어선 도시는 상하이·베이징·선전·충칭·광저우 5곳이다.`
    assert [g[0] for g in _figures(corpus_issue(352), 67) if g[4] == "min"] == ["상하이", "베이징", "선전", "충칭", "광저우"]


def test_round_353_354_units_of_the_columns_a_word_names_counts_closed_by_a_copula_and_last_provinces(corpus_issue):
    result = corpus_issue(354)
    # l.225 `▣ 시상 내역 (상금 단위: 만 위안)` over `구분	팀 수	팀당 상금	상금 소계`, l.227 `대상	1	3	3`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 227] == [
        ("1", "팀"), ("30000", "위안"), ("30000", "위안")]
    # l.125 `100개를 넘은 도시는 베이징, 상하이, 선전, 쑤저우 5곳이었다.`: four named
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [125]
    # l.75 `반면 헤이룽장성(黑龙江省)은 3.6%에 그쳐 최하위에 머물렀고`: last of the 31
    assert ("헤이룽장성", "3.6", "%", 31, None, 2026) in _figures(result, 75)
    # l.44 `성장률에서 광둥성을 1.0%p 앞선 5.4%를 기록한 장쑤성은 광둥성과의 격차를 1,084억 위안까지 좁혔다.`
    got = _figures(result, 44)
    assert ("장쑤성", "5.4", "%", None, None, 2026) in got and ("장쑤성", "108400000000", "위안", None, None, 2026) in got
    # 324 l.126 `[표 3] 2025년 지역별 VC·PE 투자 현황 (금액 단위: 억 위안)`: a unit of the 금액 columns, not of all
    (table,) = [t for t in records_of(corpus_issue(324), "tables") if t["line_start"] == 126]
    assert table["unit"] is None


def test_an_opening_paragraph_counting_back_days_from_the_issue_dates_its_article(corpus_issue):
    # 354 l.104 `공업정보화부는 지난 14일 제8차 전정특신(专精特新) '작은 거인' 기업 3,512곳을 새로 지정했다. 이로써 2019년
    # 제1차 지정 이후 …`; l.106 `지역별로는 광둥성이 398개로 가장 많았고 장쑤성(372개)과 저장성(355개)이 2, 3위로`
    assert _figures(corpus_issue(354), 106) == [
        ("광둥성", "398", "개", 1, None, 2026), ("장쑤성", "372", "개", 2, None, 2026), ("저장성", "355", "개", 3, None, 2026)]


def test_first_among_a_part_yields_to_the_rank_stated_and_points_over_an_object_are_a_difference(corpus_issue):
    got = _figures(corpus_issue(335), 69)
    # 335 l.69 `후베이성(湖北省)은 5.7%로 경제 규모 상위 10개 지역 가운데 가장 높은 성장률을 기록하며 전국 3위에 올랐다.`
    assert ("후베이성", "5.7", "%", 3, None, 2025) in got
    # l.48 `장쑤성의 성장률은 5.3%로 광둥성을 1.2%p 웃돌았고`: a difference, not a bound
    assert ("장쑤성", "1.2", "%p", None, None, 2025) in _figures(corpus_issue(335), 48)


def test_round_355_356_counts_named_in_quotes_units_labels_acronyms_and_ranks_of_the_compared(corpus_issue):
    # 355 l.109 `… 6개 도시를 '저공경제 발전 1차 시범도시'로 지정했다고 밝혔다. 명단에는 선전시, 허페이시(合肥市), 항저우시(杭州市),
    # 청두시(成都市), 우후시(芜湖市)가 …`: five
    assert [w.line for w in corpus_issue(355).warnings if w.code == "count_mismatch"] == [109]
    # l.105 `R&D 투입강도는 베이징시가 6.71%로 독보적인 1위를 유지했으며, 상하이시(4.62%)와 톈진시(3.81%)가 각각 2위와 3위에`
    got = _figures(corpus_issue(355), 105)
    assert ("상하이시", "4.62", "%", 2, None, 2025) in got and ("톈진시", "3.81", "%", 3, None, 2025) in got
    # l.42 `그러나 성장률이 4.6%에 머물면서 2위 장쑤성(江苏省)과의 차이는 눈에 띄게 줄었다.`: 2nd is 장쑤성's
    assert ("광둥성", "4.6", "%", None, None, 2026) in _figures(corpus_issue(355), 42)
    result = corpus_issue(356)
    # l.81 `산업용 로봇 생산량(만 세트)	21.2	43.0	55.6	70.1`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 81][:2] == [
        ("212000", "세트"), ("430000", "세트")]
    # l.159 `  최근 라운드 : 시리즈 C 1억 5,000만 달러 (2026년 7월)`
    assert records_of(result, "companies")[0]["funding_value"] == 150000000
    # l.194 `선전시가 2025년 GDP 3조 8,700억 위안으로 대만구 1위이며, 광저우시(广州市)를 약 6,700억 위안 앞섰다.`
    assert ("선전시", "670000000000", "위안", None, None, 2025) in [g[:4] + g[4:] for g in _figures(result, 194)]


def test_a_place_the_chinese_opens_with_is_taken_into_the_name():
    from kic_extract.names.mentions import text_mentions

    # 356 `KIC 중국은 11월 3일 선전시 과학기술혁신국(深圳市科技创新局)과`; 355 `장쑤성 쑤저우시 쑤저우공업원구(苏州工业园区)`
    assert [(m.text, m.zh) for m in text_mentions("KIC 중국은 11월 3일 선전시 과학기술혁신국(深圳市科技创新局)과")] == [
        ("선전시 과학기술혁신국", "深圳市科技创新局")]
    assert [(m.text, m.zh) for m in text_mentions("본사: 장쑤성 쑤저우시 쑤저우공업원구(苏州工业园区)")] == [
        ("쑤저우공업원구", "苏州工业园区")]


def test_teams_counted_with_gae_are_teams(corpus_issue):
    # 334 l.217 `지원 팀의 활동 지역은 베이징시 23개 팀, 상하이시 14개 팀, 광둥성 11개 팀이었고`
    got = [g for g in _figures(corpus_issue(334), 217) if g[2] in ("팀", "개")]
    assert [(g[0], g[1], g[2]) for g in got] == [("베이징시", "23", "팀"), ("상하이시", "14", "팀"), ("광둥성", "11", "팀")]


def test_round_357_358_box_drawn_page_numbers_counts_after_jeuk_and_figure_kinds(corpus_issue):
    result = corpus_issue(358)
    # l.30–32 `주간 중국 창업 │ 제358호 │ KIC 중국` / `─ 1 ─` / `2026.11.20 · Weekly China Startup Report`, no blank line around
    assert {30, 31, 32, 62, 63, 64, 198} <= set(result.coverage.furniture)
    # l.39 `지난해 같은 기간의 격차(5,171억 위안)와 비교하면`; l.107 `미국이 3,987억 달러로 여전히 최대 교역 상대국이었지만`
    assert ("장쑤성", "517100000000", "위안", None, None, 2025) in _figures(result, 39)
    assert ("미국", "398700000000", "달러", 1, None, 2026) in _figures(result, 107)
    # 357 l.112 `… 5개 도시, 즉 베이징·상하이·선전·항저우로의 자금 쏠림이`: four
    assert [w.line for w in corpus_issue(357).warnings if w.code == "count_mismatch"] == [112]
    # l.83 `반면 동북의 지린성과 화북의 톈진은 성장률이 3% 미만에 그치며`; l.91 `… 쑤저우를 25억 위안 이상 앞질렀다`
    assert [g[0] for g in _figures(corpus_issue(357), 83) if g[4] == "max"] == ["지린성", "톈진"]
    assert ("허페이", "2500000000", "위안", None, "min", 2026) in _figures(corpus_issue(357), 91)


def test_round_359_360_ranks_in_turn_after_the_figures_and_counts_of_events_a_year_is_compared_with(corpus_issue):
    result = corpus_issue(359)
    # l.72 `간쑤성(甘肃省)과 네이멍구자치구(内蒙古自治区)는 각각 6.0%, 5.9%를 기록해 3위와 4위에 이름을 올렸다.`
    got = _figures(result, 72)
    assert ("간쑤성", "6", "%", 3, None, 2026) in got and ("네이멍구자치구", "5.9", "%", 4, None, 2026) in got
    # l.48 `베이징시(北京市)는 4조 312억 위안으로 안후이성 바로 뒤에 자리했다.` after `11위 안후이성(安徽省)은`
    assert ("베이징시", "4031200000000", "위안", 12, None, 2026) in _figures(result, 48)
    # l.119 `… 346건으로 이미 지난해 연간 건수를 넘어섰다. 지역별로는 베이징시가 86건, …`: last year is compared with
    assert ("베이징시", "86", "건", 1, None, 2026) in _figures(result, 119)
    # 360 l.98 `안후이성(安徽省)이 14.2%로 가장 가팔랐고`; l.248–254 a notice's fields with a ※ note under them
    assert ("안후이성", "14.2", "%", 1, None, 2025) in _figures(corpus_issue(360), 98)
    assert not _figures(corpus_issue(360), 248)


def test_round_361_362_counts_and_ranks_the_shape_decides(corpus_issue):
    # 361 l.148 `… 늘어난 도시는 5곳으로, 허페이(合肥)가 31.4%로 가장 높았고 우한(武汉) 27.8%, 창사(长沙) 24.5%,
    # 시안(西安) 21.2% 순이었다.`: four ranked
    assert [w.line for w in corpus_issue(361).warnings if w.code == "count_mismatch"] == [148]
    # l.146 `광둥성은 투자 건수에서는 베이징시를 앞섰지만 금액 기준으로는 587억 위안에 그쳐 5위로 내려앉았다.`
    assert ("광둥성", "58700000000", "위안", 5, None, 2026) in _figures(corpus_issue(361), 146)
    # l.201 `인근 닝샤후이족자치구 중웨이시(中卫市)에서도 데이터센터 표준 랙이 …`: the province locates the city
    assert {g[0] for g in _figures(corpus_issue(361), 201) if g[2] == "%"} == {"중웨이시"}
    result = corpus_issue(362)
    # l.84 `… 모두 6 개 도시가 이름을 올렸다. 선전시, 광저우시, 청두시(成都市), 허페이시(合肥市), 항저우시(杭州市)가 그 주인공으로`;
    # l.197 `… 고신구 8 곳 현황은 다음과 같다.` over eight rows and a 합계 row: no warning
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [84]
    # l.52 `쓰촨성(四川省)은 5 조 683 억 위안으로 6 위 허난성(河南省, 4 조 9,927 억 위안)을 756 억 위안 차이로 따돌리고 5 위를`
    got = _figures(result, 52)
    assert ("쓰촨성", "5068300000000", "위안", 5, None, 2026) in got and ("허난성", "4992700000000", "위안", 6, None, 2026) in got


def test_round_363_364_counts_of_districts_with_their_city_lists_after_a_phrase_and_own_counts_next(corpus_issue):
    # 363 l.97 `이번에 이름을 올린 6개 시범구는 베이징시 하이뎬구(海淀区), …, 허페이시 고신구다.`: five districts
    # l.212 `… 기존 5곳에서 8곳으로 늘린다. 새로 합류하는 곳은 청두 고신구, … 3곳이다.`: the next sentence counts its own
    assert [w.line for w in corpus_issue(363).warnings if w.code == "count_mismatch"] == [97]
    # 364 l.96 `대학·연구기관형에는 칭화대(清华大学), 저장대(浙江大学), 시안교통대(西安交通大学) 등 3개 대학이`: three
    assert 96 not in [w.line for w in corpus_issue(364).warnings if w.code == "count_mismatch"]


def test_round_367_368_units_after_a_qualifier_bands_of_ranks_and_the_year_a_change_starts_from(corpus_issue):
    result = corpus_issue(367)
    # l.52 `도시 조사실업률(연평균, %)	5.1	5.2	5.1`: the unit after the word qualifying the figures
    assert _table_amounts(result, 52) == [("5.1", "5.1", "%"), ("5.2", "5.2", "%"), ("5.1", "5.1", "%")]
    assert {(i["indicator"], i["unit"]) for i in records_of(result, "indicators") if i["line"] == 52} \
        == {("도시 조사실업률", "%")}
    # l.64–67 `지난 1월 중순까지 … 종합하면, 2026년 GDP가 10조 위안을 넘어선 지역은 | 광둥성(广东省), 장쑤성(江苏省),
    # 산둥성(山东省) 3곳이다.`: the places past a mark, in no order (the `중순` before is no `… 순`)
    assert _figures(result, 64) == [(r, "10000000000000", "위안", None, "min", 2026) for r in ("광둥성", "장쑤성", "산둥성")]
    result = corpus_issue(368)
    # l.44 `… 후난성(湖南省) 5조 7,604억 위안 순이었다. 10위권 밖에서는 허베이성(河北省)이 처음으로 5조 위안을 돌파해`
    got = _figures(result, 44)
    assert ("후난성", "5760400000000", "위안", 10, None, 2026) in got
    assert ("허베이성", "5000000000000", "위안", None, "min", 2026) in got
    # l.40 `광둥성 GDP는 2024년 14조 1,634억 위안에서 2년 만에 9,602억 위안 불어났지만, 실질 성장률은 4.3%로`
    got = _figures(result, 40)
    assert ("광둥성", "14163400000000", "위안", None, None, 2024) in got
    assert ("광둥성", "960200000000", "위안", None, None, 2026) in got and ("광둥성", "4.3", "%", None, None, 2026) in got
    # l.88 `미국은 여전히 중국의 최대 단일 수출국이었지만 수출 비중은 13.1%까지 낮아졌고`
    assert ("미국", "13.1", "%", None, None, 2026) in _figures(result, 88)
    # l.108–113 `장쑤성 투자 금액은 쑤저우(苏州)·난징·창저우의 … 프로젝트가 몰리며 전년 대비 | 14.7% 늘었다.`
    assert ("장쑤성", "14.7", "%", None, None, 2026) in _figures(result, 108)
    # l.155 `… 룽강구(龙岗区)가 … 2026년 말 기준 210곳이 넘는 관련 기업을 품고 있다.`
    assert ("룽강구", "210", "곳", None, "min", 2026) in _figures(result, 155)


def test_round_365_366_a_report_days_date_a_club_joined_and_cards_parted_by_heavy_bars(corpus_issue):
    result = corpus_issue(366)
    # l.36 `제일재경이 1월 13일까지 발표된 … 잠정치를 집계한 결과, 광둥성(广东省)은 15조 3,870억 위안으로 전국 1위`:
    # the day the figures came out (in the issue's year, 2027) dates none of them
    got = _figures(result, 36)
    assert ("광둥성", "15387000000000", "위안", 1, None, 2026) in got
    assert ("광둥성", "15000000000000", "위안", None, "min", 2026) in got
    # l.65 `3위 선전(深圳)은 4조 90억 위안으로 4조 위안 클럽에 새로 가입했고`
    got = _figures(result, 65)
    assert ("선전", "4009000000000", "위안", 3, None, 2026) in got
    assert ("선전", "4000000000000", "위안", None, "min", 2026) in got
    # l.128–131 `설립 2022년 5월 ┃ 본사 …` and `투자 현황 누적 약 18억 위안 (최근 라운드: 시리즈 B)`
    cards = {c["name"]: c for c in records_of(result, "companies")}
    assert cards["윈징즈넝"]["founded_raw"] == "2022년 5월"
    assert (cards["윈징즈넝"]["funding_value"], cards["윈징즈넝"]["funding_approx"],
            cards["윈징즈넝"]["funding_cumulative"]) == (1800000000, True, True)
    # l.138 `투자 현황 누적 3억 달러 이상 (최근 라운드: 시리즈 C 1억 5,000만 달러)`: both amounts
    assert _table_amounts(result, 138) == [("누적 3억 달러 이상", "300000000", "달러"), ("1억 5,000만 달러", "150000000", "달러")]


def test_round_369_370_a_subject_glossed_lists_made_the_list_first_place_before_a_contrast(corpus_issue):
    result = corpus_issue(369)
    # l.148 `후난성(湖南省)은 전국 최초로 … 지역이다. 지난해 말까지 개설한 저공 비행 항로는 128개로, 2024년(97개)보다 31개 늘었다.`
    got = _figures(result, 148)
    assert ("후난성", "128", "개", None, None, 2026) in got and ("후난성", "97", "개", None, None, 2024) in got
    # l.120 `방안은 우선 6개 도시를 1차 산업기지로 지정했다. 구이양(贵阳), …, 시안(西安)이 이름을 올렸으며`: five
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [120]
    # l.124 `… 베이징시가 2,430곳으로 가장 많은 반면 광시좡족자치구(广西壮族自治区)는 180곳, 칭하이성(青海省)은 40곳 미만`
    got = _figures(result, 124)
    assert ("베이징시", "2430", "곳", 1, None, 2026) in got and ("칭하이성", "40", "곳", None, "max", 2026) in got
    # l.122 `네이멍구자치구(内蒙古自治区)의 스마트 컴퓨팅 규모도 같은 시점 3만 PFlops를 넘어섰다.`
    assert ("네이멍구자치구", "30000", "PFLOPS", None, "min", 2026) in _figures(result, 122)
    # 344 l.67 `경제 규모 10 위권 가운데서는 저장성이 5.8%로 선전한 반면`: among a band, no rank
    assert ("저장성", "5.8", "%", None, None, 2026) in _figures(corpus_issue(344), 67)


def test_round_363_an_editions_year_first_place_told_by_the_figure_before_its_region_and_own_shares(corpus_issue):
    result = corpus_issue(363)
    # l.103 `공업정보화부는 이달 초 2026년도 제8차 … '작은 거인(小巨人)' 기업 명단을 공시했다.` dates the counts after it:
    # l.105 `지역별 신규 선정 기업 수는 장쑤성이 402곳으로 가장 많았다. … 광둥성은 386곳으로 2위로 밀려났고`
    got = _figures(result, 105)
    assert ("장쑤성", "402", "곳", 1, None, 2026) in got and ("광둥성", "386", "곳", 2, None, 2026) in got
    # l.62 `4대 직할시 가운데 성장 속도가 가장 빨랐던 곳은 5.7%를 기록한 충칭시였다.`
    assert ("충칭시", "5.7", "%", 1, None, 2026) in _figures(result, 62)
    # l.156 `… 광둥성 기업의 비중이 38%, 상하이시 기업의 비중이 27%에 달했다.`: each its own share
    got = _figures(result, 156)
    assert ("광둥성", "38", "%", None, None, 2026) in got and ("상하이시", "27", "%", None, None, 2026) in got


def test_a_paragraph_framed_per_head_is_per_head_throughout(corpus_issue):
    # 369 l.79 `1인당 GDP에서는 베이징시(北京市)가 25만 3,000위안으로 … 선두를 달렸다. 상하이시(上海市)가 23만 6,000위안으로
    # 2위, 장쑤성이 17만 6,000위안으로 3위였고`: no ranking of provinces' whole GDP, and no warning saying so
    result = corpus_issue(369)
    metrics = {(r["region_ko"], r["metric"]) for r in records_of(result, "gdp") if r["line"] == 79}
    assert {("상하이시", "gdp_per_capita"), ("장쑤성", "gdp_per_capita")} <= metrics
    assert not [w for w in result.warnings if w.code == "gdp_rank_order" and "23만 6,000위안" in w.message]


def test_round_371_372_years_compared_in_words_firms_of_a_country_in_a_place_and_marks_still_to_reach(corpus_issue):
    result = corpus_issue(371)
    # l.53 `장쑤성의 추격은 2025년(격차 3,770억 위안)보다 한층 매서워졌다`: a year's own figure, a word before it
    assert ("장쑤성", "377000000000", "위안", None, None, 2025) in _figures(result, 53)
    # l.37 `중국 경제 성장률은 2025년의 5.0%보다 0.2%p 낮아졌지만`: the gap is this year's
    got = _figures(result, 37)
    assert ("중국", "5", "%", None, None, 2025) in got and ("중국", "-0.2", "%p", None, None, 2026) in got
    # l.226 `선전시 난산구에는 한국계 기업 약 150곳이 진출해 있다.`
    assert [f for f in _figures(result, 226) if f[2] == "곳"] == [("난산구", "150", "곳", None, None, 2026)]
    # l.190 `… 3성1시(상하이시·장쑤성·저장성·안후이성)에서 본부와 7개 분센터를 운영하고 있다.`: the centre's
    assert _figures(result, 190) == []
    # 372 l.55 `4위 저장성(浙江省)은 9조 8,960억 위안을 기록해 10조 위안 고지까지 1,040억 위안만을 남겨뒀다.`
    assert [f for f in _figures(corpus_issue(372), 55) if f[0] == "저장성"] == [
        ("저장성", "9896000000000", "위안", 4, None, 2026), ("저장성", "104000000000", "위안", None, None, 2026)]


def test_round_373_374_ranks_filled_between_described_regions_marks_approached_and_one_warning_a_count(corpus_issue, data):
    result = corpus_issue(373)
    # l.111 `상하이시가 약 1,320억 위안을 … 1위에 올랐다. 베이징시는 1,270억 위안, 선전시(深圳市)는 980억 위안이었다.
    # 항저우시(杭州市)와 쑤저우시(苏州市)는 각각 610억 위안, 540억 위안으로 4, 5위를 차지했다.`
    got = _figures(result, 111)
    assert [(g[0], g[3]) for g in got if g[2] == "위안"] == [
        ("상하이시", 1), ("베이징시", 2), ("선전시", 3), ("항저우시", 4), ("쑤저우시", 5)]
    # l.47 `2위 장쑤성(江苏省)은 15조 120억 위안, 성장률 5.1%를 기록하며`: the rank is the level's
    got = _figures(result, 47)
    assert ("장쑤성", "15012000000000", "위안", 2, None, 2026) in got and ("장쑤성", "5.1", "%", None, None, 2026) in got
    # l.49 `4위 저장성(浙江省)은 9조 7,860억 위안으로 10조 위안 문턱에 바짝 다가섰고`: a mark approached is no figure
    assert [g[1] for g in _figures(result, 49) if g[0] == "저장성" and g[2] == "위안"] == ["9786000000000"]
    # 374 l.75 `… 6개 성·자치구는 쓰촨성, …, 신장위구르자치구(新疆维吾尔自治区)였다.`: one warning for one count
    assert [w.line for w in corpus_issue(374).warnings if w.code == "count_mismatch"] == [75]
    # 268 l.194 `장쑤성은 5 조 1,775 억 … 전국 1 위를 차지했고, 광둥성이 5 조 219 억 1,900 만 위안으로 그 뒤를 이으며
    # … 산둥성과 저장성은 … 전국 3, 4 위를 차지했다.`
    shipped = [(f["region_ko"], f["value"], f["rank"]) for f in data["figures"] if f["line"] == 194]
    assert ("광둥성", "5021919000000", 2) in shipped


def test_a_list_that_made_the_count_after_its_clause(corpus_issue):
    # 373 l.154 `민항국은 2025년 말 1차 ‘저공 항로 시범 도시’로 6개 도시를 지정했는데, 선전·광저우·허페이·항저우·청두가
    # 여기에 이름을 올렸다.`: five
    assert [w.line for w in corpus_issue(373).warnings if w.code == "count_mismatch"] == [154]


def test_amounts_listed_in_turn_with_a_mark_passed_side_by_side(corpus_issue):
    # 374 l.88 `4위 항저우시(杭州市)와 5위 쑤저우시(苏州市)는 각각 1,036건, 1,012건으로 나란히 처음 1,000건을 넘어섰다.`
    got = _figures(corpus_issue(374), 88)
    assert ("항저우시", "1036", "건", 4, None, 2026) in got and ("쑤저우시", "1012", "건", 5, None, 2026) in got
    assert ("항저우시", "1000", "건", None, "min", 2026) in got and ("쑤저우시", "1000", "건", None, "min", 2026) in got


def test_zones_named_without_a_generic_word(corpus_issue):
    # 365 l.222 `선전시 첸하이(前海)에는 홍콩 자본 기업 1만 2,000곳 이상이 … 주하이시 헝친(横琴)의 마카오 자본 기업은 2026년
    # 11월 기준 6,480개로` (the count of 첸하이 dated by the paragraph before, `광둥성은 2026년 말 기준 … 88곳을`, in an
    # article whose title and opening date nothing)
    got = _figures(corpus_issue(365), 222)
    assert ("첸하이", "12000", "곳", None, "min", 2026) in got and ("헝친", "6480", "개", None, None, 2026) in got


def test_round_375_376_lists_sharing_a_figure_followers_in_brackets_sets_set_by_a_target_and_bottom_bands(corpus_issue):
    result = corpus_issue(376)
    # l.70 `랴오닝성(辽宁省)이 4.1%로 체면치레를 했을 뿐 지린성(吉林省)과 헤이룽장성(黑龙江省)은 나란히 4% 미만에 머물렀다.`
    got = _figures(result, 70)
    assert ("랴오닝성", "4.1", "%", None, None, 2026) in got
    assert ("지린성", "4", "%", None, "max", 2026) in got and ("헤이룽장성", "4", "%", None, "max", 2026) in got
    # l.103 `베이징시가 1,356억 위안을 유치해 1위 자리를 지켰다. 상하이시(1,218억 위안)와 광둥성(1,147억 위안)이 뒤를 이으며`
    got = _figures(result, 103)
    assert ("상하이시", "121800000000", "위안", 2, None, 2026) in got and ("광둥성", "114700000000", "위안", 3, None, 2026) in got
    # l.76 `2027년 성장률 목표를 6% 이상으로 잡은 지역은 시짱자치구, 하이난성(海南省), 신장위구르자치구, 간쑤성 5곳이다.`
    assert [g[0] for g in _figures(result, 76) if g[1] == "6"] == ["시짱자치구", "하이난성", "신장위구르자치구", "간쑤성"]
    # l.74 `간쑤성은 5만 4,000위안으로 최하위권에 머물렀다.`: the bottom band, not last place
    assert ("간쑤성", "54000", "위안", None, None, 2026) in _figures(result, 74)
    # l.195 `허페이시의 신에너지차 생산량은 173만 대로 시안시(西安市)의 186만 대에 이어 전국 도시 가운데 2위였다.`
    got = _figures(result, 195)
    assert ("허페이시", "1730000", "대", 2, None, 2026) in got and ("시안시", "1860000", "대", 1, None, 2026) in got


def test_a_region_sharing_a_tie_and_a_list_that_is_what_the_count_counts(corpus_issue):
    result = corpus_issue(375)
    # l.90 `충칭(重庆)은 5.5%로 저장성과 함께 공동 4 위에 올랐다.`
    got = _figures(result, 90)
    assert ("충칭", "5.5", "%", 4, None, 2026) in got and ("저장성", "5.5", "%", 4, None, 2026) in got
    # l.126 `… 지역도 6 개 성·시로 늘었는데, 저장성·광둥성·장쑤성·산둥성·베이징이 여기에 해당한다.`: five
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [126]


def test_round_377_378_cumulative_columns_seats_lists_that_are_its_protagonists_and_prices_per_unit(corpus_issue):
    result = corpus_issue(377)
    # l.109–124 `<표 3> … 단위: 개사` (l.112 `동부	광둥성	412	2,215`) / `권역	지역	제7차 신규	누적`: the `누적` column sums over time
    got = [(a["raw"], a["unit"], a["cumulative"]) for a in records_of(result, "amounts") if a["line"] == 112]
    assert got == [("412", "개사", False), ("2,215", "개사", True)]
    # l.65 `GDP 5조 위안대와 6조 위안대에 포진한 지역은 모두 7곳이다. 허난성·…·안후이성(安徽省)이 여기에 해당하며`: six
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [65]
    # l.204 `네이멍구의 대형 데이터센터 평균 전기요금은 kWh당 0.28위안으로`
    assert ("네이멍구", "0.28", "위안/kWh", None, None, 2026) in _figures(result, 204)
    result = corpus_issue(378)
    # l.109 `5개 도시가 저공경제 전용 산업기금을 새로 띄웠는데, 선전(深圳), 허페이, 청두(成都), 우한(武汉)이 그 주인공이다.`
    assert [w.line for w in result.warnings if w.code == "count_mismatch"] == [109]
    # l.213 `번호	거점명	중문 명칭	주소	제공 좌석(석)`: seats counted
    assert {a["unit"] for a in records_of(result, "amounts") if a["column_label"] == "제공 좌석(석)"} == {"석"}


def test_a_page_opening_with_the_last_syllables_of_a_word_and_labels_opening_with_a_year(corpus_issue):
    # 377 l.173–176 `▶ 한 줄 평: … 비중을 꾸준히 높이고 있` | furniture | `다.`: one line; so the card above is a card,
    # with l.171 `┃ 2026년 매출: 약 9억 위안` one of its fields
    cards = {c["name"]: c for c in records_of(corpus_issue(377), "companies")}
    assert (cards["하이징로봇"]["funding_value"], cards["하이징로봇"]["funding_unit"]) == (280000000, "달러")
    # 354 l.150–155 `편집자 주: … 독일이 12.8%로 2위였` | furniture | `다.`
    got = _figures(corpus_issue(354), 150)
    assert ("미국", "31.5", "%", 1, None, 2025) in got and ("독일", "12.8", "%", 2, None, 2025) in got


def test_a_running_header_right_under_a_footer_that_prints_the_page_number(corpus_issue):
    # 379 l.31–32 `글로벌혁신센터 KIC 중국  |  www.kicchina.org  |  1 / 8` then `주간 중국 창업 제379호 ─ 2027. 04. 16`,
    # page after page, with no blank line around them: both are furniture, and the pages run 1 to 8
    result = corpus_issue(379)
    assert {31, 32, 65, 66, 91, 92, 120, 121, 150, 151, 177, 178, 207, 208} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 3, 3, 4, 5, 6, 7, 8]


def test_round_381_382_marks_passed_even_listed_amounts_passing_together_shares_from_one_place_and_causes(corpus_issue):
    result = corpus_issue(382)
    # l.118 `… 불과 3년 만에 5,000억 위안 고지마저 돌파했다.`
    assert ("신장", "500000000000", "위안", None, "min", 2026) in _figures(result, 118)
    # l.43 `전국 GDP의 10.4%가 광둥 한 곳에서 나온 셈이다.`
    assert ("광둥", "10.4", "%", None, None, 2026) in _figures(result, 43)
    # l.126 `윈난성(云南省)은 중국-라오스 철도 화물 수송이 늘면서 교역액이 3,250억 위안으로 11.8% 증가했다.`
    assert {g[0] for g in _figures(result, 126) if g[1] in ("325000000000", "11.8")} == {"윈난성"}
    # 381 l.203 `닝샤후이족자치구(宁夏回族自治区)와 네이멍구자치구(内蒙古自治区)는 … 각각 12 만 개, 28 만 개를 넘어섰다.`
    got = _figures(corpus_issue(381), 203)
    assert ("닝샤후이족자치구", "120000", "개", None, "min", 2026) in got
    assert ("네이멍구자치구", "280000", "개", None, "min", 2026) in got


def test_toc_leaders_before_a_p_page_and_items_joining_two_words_with_a_middle_dot(corpus_issue):
    result = corpus_issue(384)
    # l.23 `▶ 【기업분석】 체화지능·하드테크 유망 스타트업 4곳 ··· p.5`: the leader is no part of the title
    toc = records_of(result, "issues")[0]["toc"]
    assert ("체화지능·하드테크 유망 스타트업 4곳", 5) in [(e["title"], e["page"]) for e in toc]
    # l.192 `… 인공지능·빅데이터, 바이오·헬스케어, 신에너지·친환경, 첨단제조·로봇, 콘텐츠·플랫폼 5개 분야로`: five, no warning
    assert 192 not in [w.line for w in result.warnings if w.code == "count_mismatch"]
    # l.170 `… 상하이시 쑹장구(松江区)와 저장성 자싱시(嘉兴市)·항저우시(杭州市)·…, 장쑤성 쑤저우시(苏州市), 안후이성
    # 허페이시(合肥市)·우후시(芜湖市)·쉬안청시(宣城市) 9개 도시`: nine, in groups under their provinces; not three
    assert 170 not in [w.line for w in result.warnings if w.code == "count_mismatch"]


def test_ranks_still_to_come_and_a_region_chasing_others_to_a_rank(corpus_issue):
    result = corpus_issue(380)
    # l.43 `3~5위 구도는 변함이 없었다. 산둥성 … 3위, 저장성 … 4위 … 쓰촨성은 … 5위를 지켰다. … 허난성(河南省)은 6조 9,120억
    # 위안에 그쳐`: the ranks announced were all taken; 허난성 has none
    assert ("허난성", "6912000000000", "위안", None, None, 2026) in _figures(result, 43)
    # l.70 `… 베이징·선전(深圳)·충칭(重庆)이 차례로 뒤를 이었다. … 우한(武汉)은 2조 3,100억 위안으로 청두, 항저우를 바짝
    # 뒤쫓으며 9위에 이름을 올렸다.`
    assert ("우한", "2310000000000", "위안", 9, None, 2026) in _figures(result, 70)


def test_card_fields_opening_with_a_shape(corpus_issue):
    # 383 l.157–163 `[기업 ①] 윈중항커(云中航科)` / ` ◇ 창업자: …` / ` ◇ 투자 현황: 시리즈 B 완료, 누적 약 12억 위안`
    cards = {c["name"]: c for c in records_of(corpus_issue(383), "companies")}
    assert (cards["윈중항커"]["funding_value"], cards["윈중항커"]["funding_approx"], cards["윈중항커"]["funding_cumulative"]) \
        == (1200000000, True, True)
    assert not _figures(corpus_issue(383), 158)


def test_the_whole_a_counted_set_of_regions_has_a_share_of_owns_no_figure(corpus_issue):
    # 331 l.62 `상위 10개 지역의 GDP 합계는 20조 7,108억 위안으로 전국의 61.6%를 차지해 1년 전(61.2%)보다 0.4%p
    # 높아졌다.`: the top ten's share, none of the nation's
    assert not _figures(corpus_issue(331), 62)
    # 371 l.94 `… 이들 4개 성·시의 거래액이 전국의 39.4%를 차지했다.`
    assert "39.4" not in [g[1] for g in _figures(corpus_issue(371), 94)]
    # 353 l.45 `광둥성의 상반기 GDP는 7조 1,580억 위안으로 중국 전체의 10.3%에 해당하지만, 성장률은 4.6%에 그쳐 전국
    # 평균을 밑돌았다.`: the whole is no topic the next clause goes on about
    got = _figures(corpus_issue(353), 45)
    assert ("광둥성", "4.6", "%", None, None, 2026) in got
    assert ("광둥성", "10.3", "%", None, None, 2026) in got
    assert "중국" not in [g[0] for g in got]


def test_a_citys_sino_korean_reading_alone_is_a_word_not_the_city(corpus_issue):
    # 385 l.115 `안후이성(安徽省)은 성도 허페이(合肥)의 양자·반도체 대형 거래에 힘입어 투자 금액이 … 112% 급증했다.`:
    # `성도` is the provincial capital, not 成都, and the cause's region is not the subject
    assert ("안후이성", "112", "%", None, None, 2027) in _figures(corpus_issue(385), 115)
    # 384 l.211 `거점에는 상주 매니저 2명이 배치돼`: `상주` (resident) is no 常州
    assert "상주" not in [g[0] for g in _figures(corpus_issue(384), 211)]


def test_counts_named_by_a_list_that_belongs_to_them_and_lists_of_clauses(corpus_issue):
    result = corpus_issue(385)
    mismatches = {w.line: w.message for w in result.warnings if w.code == "count_mismatch"}
    # l.98 `… 서부 지역은 5개 성·자치구로, 시짱자치구·간쑤성·신장위구르자치구·닝샤후이족자치구(宁夏回族自治区)가 여기에
    # 속한다.`: five said, four listed
    assert "5개 성·자치구 but lists 4" in mismatches[98]
    # l.187 `… 난산구(南山区) 한 곳에만 58개사가 몰려 부품·완제품·소프트웨어로 이어지는 …`: no list of the 58
    assert 187 not in mismatches and 189 not in mismatches


def test_a_place_alone_a_rank_compared_with_a_set_widened_and_spelt_units(corpus_issue):
    result = corpus_issue(385)
    # l.64 `… 반면 광둥성은 4.6% 성장에 그쳐 외형 1위와 달리 … 하위권에 머물렀다. 범위를 31개 지역 전체로 넓히면
    # 시짱자치구가 6.9%로 선두를 달렸고 간쑤성(甘肃省) 6.3%, 신장위구르자치구(…) 6.1%, 하이난성(海南省) 6.0% 순으로`
    got = _figures(result, 64)
    assert ("광둥성", "4.6", "%", None, None, 2026) in got
    assert [g[3] for g in got if g[0] in ("시짱자치구", "간쑤성", "신장위구르자치구", "하이난성") and g[2] == "%"] == [1, 2, 3, 4]
    assert "31" not in [g[1] for g in got]
    # l.40 `1위 광둥성과는 불과 3,410억 위안 차이로`: compared with, so the gap is 장쑤성's
    assert ("장쑤성", "341000000000", "위안", None, None, 2026) in _figures(result, 40)
    # l.102 `… 2026년 말 1억 5,800만 킬로와트(kW)로 성급 지역 가운데 가장 많았다.`
    assert ("네이멍구자치구", "158000000", "kW", 1, None, 2026) in _figures(result, 102)
    # l.187 `특히 선전의 난산구(南山区) 한 곳에만 58개사가 몰려`, l.189 `저장성에서는 항저우(杭州)에만 61개사가`
    assert ("난산구", "58", "개사", None, None, 2026) in _figures(result, 187)
    assert ("항저우", "61", "개사", None, None, 2026) in _figures(result, 189)
    # l.141 `○ 대표 제품: HT-2 (…)` is a card field: the card goes on to `○ 투자: 시리즈 B 1억 5,000만 달러 │ …`
    card = {c["name"]: c for c in records_of(result, "companies")}["훙투로봇"]
    assert (card["funding_value"], card["funding_unit"]) == (150000000, "달러")


def test_a_cause_names_no_subject_and_a_measured_year_dates_an_article(corpus_issue):
    # 386 l.177 `시짱자치구(西藏自治区)는 수출입 규모가 186억 위안에 불과하지만 네팔 교역 회복에 힘입어 증가율이 27.3%로
    # 31개 성급 지역 가운데 1위였다.`
    assert ("시짱자치구", "27.3", "%", 1, None, 2026) in _figures(corpus_issue(386), 177)
    # 386 l.166 opens its article: `… 2026년 수출입 증가율 상위 다섯 곳 가운데 네 곳이 서부 지역이었다.`; l.171 states no year
    assert ("광시좡족자치구", "786000000000", "위안", None, None, 2026) in _figures(corpus_issue(386), 171)
    # 380 l.99 `… 5개 자치구는 지난해 모두 전국 평균을 웃도는 성장률을 기록했다.` dates l.101
    assert ("광시좡족자치구", "3124000000000", "위안", 1, None, 2026) in _figures(corpus_issue(380), 101)


@pytest.mark.parametrize("issue, line, says", [
    # 379 l.88 `… 주요국은 싱가포르·한국·독일(德国)·영국(英国) 5개국으로, …`: countries listed before their count
    (379, 88, "the text says 5개국 but lists 4"),
    # 366 l.92 `… 고신구는 모두 5곳으로, 상하이 장장(张江)고신구, 쑤저우공업원구(苏州工业园区), 항저우(杭州)고신구, 허페이(合肥)
    # 고신구가 포함됐다.`: zones named with their Chinese before the generic word
    (366, 92, "the text says 5곳 but lists 4"),
])
def test_counts_of_countries_and_of_zones_glossed_inside_their_name(corpus_issue, issue, line, says):
    mismatches = {w.line: w.message for w in corpus_issue(issue).warnings if w.code == "count_mismatch"}
    assert mismatches[line].startswith(says)


def test_a_list_starts_after_a_clause_closed_by_a_bound_noun(corpus_issue):
    # 379 l.82 `… 산시성(陕西省)만이 전국 평균을 웃돌았을 뿐, 하이난성(海南省), 칭하이성(青海省), 시짱자치구 3곳은 …`: three
    assert 82 not in [w.line for w in corpus_issue(379).warnings if w.code == "count_mismatch"]


def test_places_listed_after_the_set_that_passed_a_mark_in_more_wordings(corpus_issue):
    # 380 l.66 `1인당 GDP가 20만 위안을 웃도는 곳은 베이징과 상하이 두 곳뿐이다.`
    got = _figures(corpus_issue(380), 66)
    assert ("베이징", "200000", "위안", None, "min", 2026) in got and ("상하이", "200000", "위안", None, "min", 2026) in got
    # 385 l.66 `반대로 GDP가 5,000억 위안에 못 미치는 곳은 칭하이성(青海省)과 시짱자치구 2곳뿐이었다.`
    assert [g[0] for g in _figures(corpus_issue(385), 66) if g[4] == "max"] == ["칭하이성", "시짱자치구"]
    # 341 l.81 `지난해 고신구 영업수입이 10% 넘게 증가한 곳은 5개 성·시로 안후이성, 후베이성, 쓰촨성, 충칭시가 이름을 올렸다.`
    assert [g[0] for g in _figures(corpus_issue(341), 81) if g[1:5] == ("10", "%", None, "min")] \
        == ["안후이성", "후베이성", "쓰촨성", "충칭시"]


def test_ranks_a_list_holds_without_figures_go_to_the_figures_that_follow(corpus_issue):
    # 384 l.71 `… 베이징시, 선전시(深圳市), 충칭시(重庆市), 광저우시(广州市)가 2~5위에 자리했다. 선전시는 3조 9,620억 위안,
    # 충칭시는 3조 5,140억 위안을 기록했다.`
    got = _figures(corpus_issue(384), 71)
    assert ("선전시", "3962000000000", "위안", 3, None, 2026) in got and ("충칭시", "3514000000000", "위안", 4, None, 2026) in got
    # 384 l.63 `5~7위는 쓰촨성(四川省), 허난성(河南省), 후베이성(湖北省)이 차지했다. 이 가운데 쓰촨성은 처음으로 7조 위안을 돌파했다.`
    assert ("쓰촨성", "7000000000000", "위안", 5, "min", 2026) in _figures(corpus_issue(384), 63)
    # 385 l.72 `2026년 도시별 순위는 상하이·베이징·선전(深圳)·충칭(重庆)·광저우(广州) 순으로 상위 5위권에 변동이 없었다. 선전은
    # 4조 560억 위안, 충칭은 3조 5,480억 위안, 광저우는 3조 2,830억 위안을 기록했다.`
    assert [(g[0], g[3]) for g in _figures(corpus_issue(385), 72) if g[2] == "위안"] == [("선전", 3), ("충칭", 4), ("광저우", 5)]


def test_a_total_rows_cell_its_column_disagrees_with_is_one_fault_and_labelled_items_list_their_names(corpus_issue):
    # 363 l.112–118: the 합계 row prints 1,638 under 제8차(2026년), whose cells add up to 1,683; that one cell is the
    # fault, so its row (8,370 + 1,638 against 10,053) is not warned a second time
    warned = [w.message for w in corpus_issue(363).warnings if w.code == "total_mismatch"]
    assert len(warned) == 1 and "printed 1,638" in warned[0] and "1,683" in warned[0]
    # 364 l.212–216 `수상 4개 팀은 다음과 같다.` then `- 대상: 뉴로비전(…) — …`, `- 최우수상: 그린셀랩(…) — …`, `- 우수상:
    # 마음결(AI 심리상담), 팜링크(스마트 농업 센서) — 각 상금 5,000위안`: four teams
    assert 212 not in [w.line for w in corpus_issue(364).warnings if w.code == "count_mismatch"]


def test_a_footer_ending_in_its_page_number_and_a_unit_line_with_an_aside(corpus_issue):
    result = corpus_issue(388)
    # l.29–30 `글로벌혁신센터(KIC 중국)  ·  www.kicchina.org  ·  1` then `주간 중국 창업 | 2027.06.18 | 제388호`, no blank
    # line around them: a page break, so each article is on the page its contents line gives
    pages = {s["title"]: s["page_start"] for s in records_of(result, "sections")}
    assert pages["외자 유치 동향: 감소 폭 줄고 유럽 자본 돌아온다"] == 5
    assert pages["'동수서산(东数西算)' 5년, 국가 컴퓨팅 허브 점검"] == 8
    assert "text_outside_section" not in [w.code for w in result.warnings]
    # l.184 `단위: 만 개(표준 랙 환산), %` over `권역 | 허브 | 2025년 | 2026년 | 증가율`; l.186 `창장삼각주 75.6 88.1 16.5`
    got = [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 186]
    assert got == [("756000", "개"), ("881000", "개"), ("16.5", "%")]


def test_years_of_an_opening_series_and_a_year_since_ranks_from_the_end_and_sharp_falls(corpus_issue):
    result = corpus_issue(388)
    # l.103 `… 실제 사용 외자는 2024년 27.1%, 2025년 9.5% 급감한 데 이어 2026년에는 7,310억 위안으로 2.1% 줄어드는 데 그쳤다.`
    got = _figures(result, 103)
    assert ("중국", "-27.1", "%", None, None, 2024) in got and ("중국", "-9.5", "%", None, None, 2025) in got
    # l.105 (the next paragraph) `… 홍콩특별행정구(香港特别行政区)가 전체의 68.7%를 차지해 압도적인 1위였고`: the latest year
    assert ("홍콩특별행정구", "68.7", "%", 1, None, 2026) in _figures(result, 105)
    # l.39 `경제 규모 1위는 올해도 광둥성(广东省)이었다. 광둥성의 2026년 지역총생산은 15조 1,260억 위안으로, 1989년 이후 …
    # 다만 성장률은 4.6%에 그쳐 … 비중은 10.3%로 전년보다 0.1%p 낮아졌다.`: 1989 is no year of a series
    got = _figures(result, 39)
    assert ("광둥성", "4.6", "%", None, None, 2026) in got and ("광둥성", "-0.1", "%p", None, None, 2026) in got
    # l.68 `… 지린성(吉林省)의 2026년 성장률은 3.1%로 31개 지역 가운데 가장 낮았고, 헤이룽장성(黑龙江省)이 3.4%로 뒤에서 두
    # 번째였다.`
    assert ("헤이룽장성", "3.4", "%", 30, None, 2026) in _figures(result, 68)
    # l.180 `… 프로젝트가 2022년 2월 본격 가동된 지 5년이 지났다. … 8대 국가 컴퓨팅 허브의 2026년 운영 현황을 공개했다.`
    assert ("간쑤성", "37.5", "%", 1, None, 2026) in _figures(result, 197)
    # l.72 `1인당 GDP가 10만 위안을 웃도는 성급 지역은 2025년 11곳에서 2026년 12곳으로 늘었다.`: the set's, not 장쑤성's
    assert [g[0] for g in _figures(result, 72) if g[2] in ("곳",) or g[4]] == []


def test_counts_written_some_more_than_a_number_and_firms_of_an_origin(corpus_issue):
    result = corpus_issue(387)
    # l.115–120 (a paragraph parted by a page break) `이 가운데 선전시는 2026년 드론 관련 기 | 업이 1,900여 곳으로 도시별
    # 1위이며`: `1,900여 곳` is an approximate count, and `여` ends no clause
    got = [f for f in paragraph_figures(result, 115) if f["unit"] == "곳"]
    assert [(f["region_ko"], f["value"], f["rank"], f["approx"], f["year"]) for f in got] == [("선전시", "1900", 1, True, 2026)]
    # l.191 `광저우시 난사구(南沙区)에 등록된 홍콩·마카오 투자 기업은 2024년 3,260곳, …`: the firms' origin is no subject
    assert [g[0] for g in _figures(result, 191)] == ["난사구", "난사구", "난사구"]


def test_a_sum_of_part_of_a_table_and_a_total_column_named_with_its_measure(corpus_issue):
    # 389 l.63 `	상위 10개 합계	892,730	-`: a sum row, so the rank above is not filled down into it
    rows = {line: row for t in records_of(corpus_issue(389), "tables") for row, line in zip(t["rows"], t["row_lines"])}
    assert rows[63] == [None, "상위 10개 합계", "892,730", "-"]
    # 341 l.100–105: the `수출입 합계` column is a total of 수출 and 수입; the 합계 row's 5,547 is the one fault, warned
    # once (by its column), not again by its row (3,353 + 2,094)
    warned = [w.message for w in corpus_issue(341).warnings if w.code == "total_mismatch"]
    assert warned == ["kic-china-weekly-341/t03 합계 수출입 합계: printed 5,547, but its 4 parts add up to 5,447"]


def test_kinds_a_count_falls_into_and_this_years_standing_again(corpus_issue):
    result = corpus_issue(389)
    # l.213 `신규 유니콘 56곳 가운데 22곳이 AI·로봇·반도체 분야였다.`: the fields, not the 22 listed
    assert 213 not in [w.line for w in result.warnings if w.code == "count_mismatch"]
    # l.42 `경제 규모 1위는 올해도 광둥성(广东省)이었다. 광둥성의 GDP는 15조 3,860억 위안으로 … 성장률은 4.6%에 그쳐` in an
    # article on 2026 in an issue of 2027: `올해도` says again, not 2027
    got = _figures(result, 42)
    assert ("광둥성", "15386000000000", "위안", 1, None, 2026) in got and ("광둥성", "4.6", "%", None, None, 2026) in got


def test_lists_closed_by_the_count_they_make_up_and_an_address_column_named_by_its_owner(corpus_issue):
    # 391 l.102 `… 유니콘 31곳은 모두 베이징, 상하이, 선전, 항저우시(杭州市)의 5개 도시에서 나왔다.`
    # 392 l.115 `… 5개 도시를 추가 지정했다. 새로 이름을 올린 곳은 허페이시, 청두시, 시안시, 정저우시다.`
    for issue, line in ((391, 102), (392, 115)):
        mismatches = {w.line: w.message for w in corpus_issue(issue).warnings if w.code == "count_mismatch"}
        assert mismatches[line].startswith("the text says 5개 도시 but lists 4")
    # 391 l.138 `… 광둥성·상하이시·베이징시·저장성·장쑤성의 5곳이 주도하고 있다.`: their count, no region's figure
    assert not [g for g in _figures(corpus_issue(391), 138) if g[2] == "곳" and g[1] == "5"]
    # 391 l.208–215 `번호 | 분원명 | 中文名称 | 관리위원회 주소`: `하이뎬구 단링제 16호` is a street number, no amount
    assert not [a for a in records_of(corpus_issue(391), "amounts") if 208 <= a["line"] <= 216]


def test_a_note_under_a_table_ends_there_and_a_month_counted_back_dates_an_article(corpus_issue):
    result = corpus_issue(392)
    # l.105 `※ 2027년 6월 기준, 동부 직할시(베이징·상하이·톈진)는 별도 집계` (a blank line) l.107 `광둥성은 이번에 262곳이
    # 추가되며 누적 1,790곳으로 1위 자리를 굳혔다.`: the note is no half of a sentence the paragraph ends
    notes = [b for s in records_of(result, "sections") for b in s["blocks"] if b["line_start"] == 105]
    assert notes and notes[0]["line_end"] == 105
    # l.83 `공업정보화부는 지난 6월 말 제7차 … 명단을 공개했다.` in an issue of 2027.07.16: the article's year
    got = _figures(result, 107)
    assert ("광둥성", "262", "곳", None, None, 2027) in got and ("광둥성", "1790", "곳", 1, None, 2027) in got


def test_a_short_bare_name_among_places_named_with_their_chinese_is_a_place_of_the_list(corpus_issue):
    # 380 l.114 `… 1차 대상으로 서부 5개 도시를 확정했다. 구이양(贵阳), 후허하오터(呼和浩特), 칭양(庆阳), 중웨이가 그 주인공이다.`
    mismatches = {w.line: w.message for w in corpus_issue(380).warnings if w.code == "count_mismatch"}
    assert mismatches[114].startswith("the text says 5개 도시 but lists 4")


def test_a_forecasts_year_a_year_of_what_the_subject_did_and_counts_in_notes(corpus_issue):
    # 395 l.45 `… 저장성은 5.5% 성장해 이르면 올해 네 번째 '10조 위안 클럽' 회원이 될 것으로 보인다. 이어 쓰촨성(四川省) 7조
    # 860억 위안, 허난성(河南省) 6조 9,120억 위안, 후베이성(湖北省) 6조 6,350억 위안 순이었다.`: the forecast's year dates it alone
    got = _figures(corpus_issue(395), 45)
    assert [(g[0], g[3], g[5]) for g in got if g[0] in ("쓰촨성", "허난성", "후베이성")] \
        == [("쓰촨성", 5, 2026), ("허난성", 6, 2026), ("후베이성", 7, 2026)]
    # 396 l.56 `2025년 처음으로 10조 위안 고지를 돌파한 산둥성(山东省)은 10조 7,410억 위안으로 3위 자리를 굳혔고, …`
    got = _figures(corpus_issue(396), 56)
    assert ("산둥성", "10741000000000", "위안", 3, None, 2026) in got and ("쓰촨성", "7032000000000", "위안", 5, None, 2026) in got
    # 395 l.148 `편집자 주: … 1차 명단에 오른 5개 도시는 베이징, 상하이, 선전, 항저우다.`: a note's count is checked too
    mismatches = {w.line: w.message for w in corpus_issue(395).warnings if w.code == "count_mismatch"}
    assert mismatches[148].startswith("the text says 5개 도시 but lists 4")


def test_places_a_count_names_after_gok_up_to_what_they_qualify(corpus_issue):
    # 398 l.220 `… 이번 교류회에는 서부 5개 도시, 곧 청두·충칭·시안(西安)·쿤밍(昆明)의 투자기관과 산업단지 관계자들이 참석해`
    mismatches = {w.line: w.message for w in corpus_issue(398).warnings if w.code == "count_mismatch"}
    assert mismatches[220].startswith("the text says 5개 도시 but lists 4")


def test_a_city_is_never_named_in_one_syllable():
    from kic_extract.places import glossed_places

    # a PDF print's wrap cut `베이하이(北海)` as `베이하 이(北海)`: `이` (a particle) names no city, in all the issue's prose
    assert glossed_places("광시 베이하 이(北海)는 항구 도시다. 쯔궁(自贡)이 그 뒤를") == {"쯔궁": "自贡"}


@pytest.mark.parametrize("issue, footer, header, row_line, value", [
    (399, 59, 60, 62, "6103000000000"),  # `ⓒ KIC 중국  www.kicchina.org  2` over `주간 중국 창업 | No.399 | …`
    (400, 61, 62, 64, "6593000000000"),  # `p. 2 │ kicchina.org` over `주간 중국 창업 ━ 제400호 (…)`
])
def test_a_footer_printing_its_page_number_with_no_separator_is_a_page_break(corpus_issue, issue, footer, header,
                                                                               row_line, value):
    result = corpus_issue(issue)
    assert {footer, header} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")][:3] == [2, 3, 4]
    (continued,) = [t for t in records_of(result, "tables") if t["line_start"] < footer < t["line_end"]]
    assert len(continued["rows"]) == {399: 12, 400: 11}[issue]  # the header printed again is no row
    assert value in [a["value"] for a in records_of(result, "amounts") if a["line"] == row_line and a["page"] == 3]


@pytest.mark.parametrize("issue", [399, 400, 365, 332])
def test_gdp_consistency_warnings_only_compare_what_both_readers_read_alike(corpus_issue, issue):
    # 399 l.43 `1위와의 격차를 2,870억 위안까지 좁혔다` (a gap, not 장쑤성's GDP), l.51 `자치구 가운데서는
    # 광시좡족자치구가 … 1위` (first among a part), 400 l.77 `장쑤성(17만 4,000위안)이 3위` (per head): none of
    # these contradicts the provinces' GDP ranking; 365 and 332 drew 47 and 44 such warnings
    codes = [w.code for w in corpus_issue(issue).warnings]
    assert "gdp_rank_order" not in codes and "gdp_conflict" not in codes


def test_round_399_400_a_place_glossed_after_a_break_the_set_a_region_becomes_and_sets_of_levels(corpus_issue):
    # 399 l.115–118: `… 딥시크(深度求索)의 본거지인` | page break | `항저우시(杭州市)가 96건으로 뒤를 이었다`
    result = corpus_issue(399)
    assert ("항저우시", "96", "건", 2, None, 2026) in _figures(result, 115)
    assert not [f for f in records_of(result, "figures") if f["region_ko"].startswith("본거지")]
    # 399 l.69 `헤이룽장성(黑龙江省)은 2.9% 성장에 그치며 성장률이 3%에 못 미친 유일한 지역이 됐다`
    assert ("헤이룽장성", "3", "%", None, "max", 2026) in _figures(result, 69)
    # 400 l.77 `… 장쑤성(17만 4,000위안)이 3위였다. 1인당 GDP가 10만 위안을 넘어선 성·시·자치구는 모두 10곳으로,
    # 1년 전보다 2곳 늘었다`: the set's figures, not 장쑤성's
    assert _figures(corpus_issue(400), 77) == [("베이징시", "238000", "위안", 1, None, 2026),
                                               ("상하이시", "226000", "위안", 2, None, 2026),
                                               ("장쑤성", "174000", "위안", 3, None, 2026)]


def test_first_place_compared_with_is_no_rank_and_the_fastest_pace_is_first(corpus_issue):
    result = corpus_issue(400)
    # l.49 `저장성은 성장률도 5.5%에 달해 선두권과의 거리를 좁혔다`: closer to the leaders, not first
    assert ("저장성", "5.5", "%", None, None, 2026) in _figures(result, 49)
    # l.51 `후베이성(湖北省)은 지난해 5.8% 성장해 상위 10개 지역 가운데 가장 빠른 속도를 보였다`
    assert ("후베이성", "5.8", "%", 1, None, 2026) in _figures(result, 51)


def test_an_era_opened_with_a_figure_passes_its_mark(corpus_issue):
    # 402 l.50 `광시좡족자치구(广西壮族自治区)는 자치구 가운데 처음으로 ‘GDP 3조 위안 시대’를 열었다`
    assert _figures(corpus_issue(402), 50) == [("푸젠성", "6000000000000", "위안", None, "min", 2026),
                                               ("안후이성", "5500000000000", "위안", None, "min", 2026),
                                               ("광시좡족자치구", "3000000000000", "위안", None, "min", 2026)]


def test_a_subtotal_sums_the_rows_of_its_own_group(corpus_issue):
    # 404 l.128–133: `주강삼각주 | 광둥성 | 27` (a one-row group, no 소계), then `기타 | 안후이성 8`, `후베이성 6`,
    # `쓰촨성 5`, `기타 지역 9`, `소계 28`: 8+6+5+9 = 28; only the total row is off (147 printed, 144 summed)
    totals = [(w.line, w.message.split(": ", 1)[1]) for w in corpus_issue(404).warnings if w.code == "total_mismatch"]
    assert totals == [(133, "printed 147, but its 10 parts add up to 144")]


def test_a_count_whose_places_the_next_sentence_ranks(corpus_issue):
    # 403 l.65 `… 1%포인트 이상 웃돈 곳은 5개 지역이었다. 시짱자치구(西藏自治区)가 6.8%로 가장 높았고 간쑤성(甘肃省) 6.3%,
    # 하이난성(海南省) 6.1%, 신장위구르자치구(新疆维吾尔自治区) 6.0% 순이었다.`: five said, four ranked
    warnings = [(w.line, w.message) for w in corpus_issue(403).warnings if w.code == "count_mismatch"]
    assert warnings == [(65, "the text says 5개 지역 but lists 4: 시짱자치구, 간쑤성, 하이난성, 신장위구르자치구")]


def test_a_rank_after_a_series_of_years_is_the_latest_years(corpus_issue):
    # 403 l.40 `장쑤성(江苏省)은 2024년 13조 7,008억 위안, 2025년 14조 1,900억 위안에 이어 지난해 14조 6,210억 위안을
    # 기록하며 2위를 유지했고`: only the last is ranked
    ranks = {f[1]: f[3] for f in _figures(corpus_issue(403), 40) if f[0] == "장쑤성"}
    assert (ranks["13700800000000"], ranks["14190000000000"], ranks["14621000000000"]) == (None, None, 2)


def test_a_fall_written_once_after_each_and_a_band_named_as_a_scope(corpus_issue):
    # 403 l.93 `헤이룽장성은 1.2%, 칭하이성(青海省)은 3.4% 각각 감소했다`: both fell
    assert _figures(corpus_issue(403), 93) == [("헤이룽장성", "-1.2", "%", None, None, 2026),
                                               ("칭하이성", "-3.4", "%", None, None, 2026)]
    # 404 l.48 `후베이성은 5.6% 성장해 10위권 지역 중 저장성에 이어 두 번째로 높은 성장률을`: 2nd, not 10th
    assert ("후베이성", "5.6", "%", 2, None, 2026) in _figures(corpus_issue(404), 48)


def test_round_405_an_event_a_clause_goes_on_from_and_a_list_chosen_as_a_count(corpus_issue):
    result = corpus_issue(405)
    # l.44 `산둥성은 2025년 처음으로 10조 위안을 넘어선 데 이어 몸집을 한층 불렸다. 저장성(浙江省)이 9조 8,740억
    # 위안으로 4위였고`: 2025 dates the mark passed, not the figures after it
    assert ("산둥성", "10000000000000", "위안", None, "min", 2025) in _figures(result, 44)
    assert ("저장성", "9874000000000", "위안", 4, None, 2026) in _figures(result, 44)
    # l.86 `… 가장 활발한 5개 도시로 청두(成都), 충칭시(重庆市), 시안(西安), 허페이시를 꼽았다`: four named
    warnings = [(w.line, w.message) for w in result.warnings if w.code == "count_mismatch"]
    assert warnings == [(86, "the text says 5개 도시 but lists 4: 청두(成都), 충칭시(重庆市), 시안(西安), 허페이시")]


def test_round_407_names_glossed_inside_and_a_share_of_a_measure(corpus_issue):
    result = corpus_issue(407)
    # l.115 `구이저우성 구이안(贵安)신구의 데이터센터 누적 투자액은 2026년 말 1,200억 위안을 넘어섰고, … 허린거얼(和林格尔)
    # 신구는 …`, l.187 `광저우시 난사(南沙)구의 2026년 GDP는 3,150억 위안으로 7.4% 성장해`: each written whole
    assert ("구이안신구", "120000000000", "위안", None, "min", 2026) in _figures(result, 115)
    assert ("난사구", "315000000000", "위안", None, None, 2026) in _figures(result, 187)
    # l.63 `2026년 GDP 대비 디지털경제 비중은 베이징시가 63.2%로 가장 높았고`: 2026 is the year, GDP the base
    assert ("베이징시", "63.2", "%", 1, None, 2026) in _figures(result, 63)


def test_a_caption_naming_a_column_and_its_unit(corpus_issue):
    # 408 l.182 `광둥성 주요 홍콩·마카오 청년 창업 기지 (입주 창업팀: 개, 2026년 말 기준)` over `… | 입주 창업팀`
    amounts = [(a["raw"], a["value"], a["unit"]) for a in records_of(corpus_issue(408), "amounts") if a["line"] == 184]
    assert amounts == [("586", "586", "개")]


def test_a_place_inside_a_cause_leaves_the_figure_to_the_topic(corpus_issue):
    # 408 l.85 (a paragraph from l.81, parted by a page break) `닝샤후이족자치구(宁夏回族自治区)도 중웨이(中卫)시에 조성된
    # '동수서산(东数西算)' 데이터센터 클러스터에 힘입어 15% 이상 성장했다`: 중웨이시 is where the cause is, 닝샤 grew
    got = _figures(corpus_issue(408), 81)
    assert ("닝샤후이족자치구", "15", "%", None, "min", 2026) in got
    assert not [f for f in got if f[0] == "중웨이시"]


def test_round_409_410_a_fall_named_before_its_rate_and_places_held(corpus_issue):
    # 410 l.104 `반면 일본은 7.3% 줄었고, 미국은 감소 폭이 12.8%에 달했다. 싱가포르는 63억 8,000만 달러로 홍콩에 이어
    # 두 번째 투자국 자리를 지켰다.`
    got = _figures(corpus_issue(410), 104)
    assert ("미국", "-12.8", "%", None, None, 2027) in got
    assert ("싱가포르", "6380000000", "달러", 2, None, 2027) in got
    # 409 l.118 `안후이성은 투자액 증가율이 24.7%에 달해 주요 지역 중 가장 가파른 오름세를 보였다`
    assert ("안후이성", "24.7", "%", 1, None, 2026) in _figures(corpus_issue(409), 118)


def test_what_a_region_passed_is_the_others_own_level(corpus_issue):
    # 406 l.91 `한국과의 교역액은 2 조 3,400 억 위안으로 일본의 2 조 2,100 억 위안을 웃돌았다`: 일본's is no mark
    got = _figures(corpus_issue(406), 91)
    assert ("한국", "2340000000000", "위안", None, None, 2026) in got
    assert ("일본", "2210000000000", "위안", None, None, 2026) in got


@pytest.mark.parametrize("issue, lines, first, names", [
    # 411 l.156–162: `[주목 스타트업 ①] 징위안둥리(镜元动力)`, `  ○ 설립 / 본사 : 2023년 3월 / 광둥성 선전시 난산구`,
    # `  ○ 사업 분야 : 휴머노이드 로봇용 일체형 관절 모듈(감속기·모터·드라이버 통합)`, …, `  ○ 투자 유치 : 시리즈 B 4억 위안
    # (누적 약 7억 위안)`
    (411, (156, 190), ("징위안둥리", "镜元动力", 400000000, "위안"), {"징위안둥리", "시광신커", "루이허성커", "톈수칭넝"}),
    # 416 l.156–161: `◆ 싱하이로보틱스(星海机器人)`, `  ㅇ 설립 / 본사 : 2023년 3월 / 상하이시 푸둥신구(浦东新区) 장장(张江)`,
    # …, `  ㅇ 투자 유치 : 시리즈 C 1억 5,000만 달러(2026년 11월) / 누적 약 18억 위안`
    (416, (156, 190), ("싱하이로보틱스", "星海机器人", 150000000, "달러"), {"싱하이로보틱스", "선위안반도체", "치윈항공", "즈청데이터"}),
])
def test_cards_whose_fields_open_with_a_bullet_shape(corpus_issue, issue, lines, first, names):
    # fields behind `○` or the letter `ㅇ` before any label and its colon: a card, its funding read, no
    # region figure made of its lines
    result = corpus_issue(issue)
    cards = {c["name"]: (c["name"], c["name_zh"], c["funding_value"], c["funding_unit"])
             for c in records_of(result, "companies")}
    assert cards[first[0]] == first
    assert set(cards) == names
    assert not [f for f in records_of(result, "figures") if lines[0] <= f["line"] <= lines[1]]


def test_a_count_whose_list_names_what_it_counts(corpus_issue):
    # 412 l.111 `평가에서 '우수' 등급을 받은 5개 센터는 동부센터, 남방센터, 중부센터, 쑤난센터다.`: four
    warnings = [(w.line, w.message) for w in corpus_issue(412).warnings if w.code == "count_mismatch"]
    assert warnings == [(111, "the text says 5개 센터 but lists 4: 동부센터, 남방센터, 중부센터, 쑤난센터")]


def test_a_count_closed_by_the_past_copula_after_its_list(corpus_issue):
    # 413 l.111 `… 100곳을 넘어선 곳은 베이징시·상하이시·선전시(深圳市)·쑤저우시(苏州市) 5개 도시였다`: four
    warnings = [(w.line, w.message) for w in corpus_issue(413).warnings if w.code == "count_mismatch"]
    assert warnings == [(111, "the text says 5개 도시 but lists 4: 베이징시, 상하이시, 선전시(深圳市), 쑤저우시(苏州市)")]


def test_a_figure_these_places_all_have(corpus_issue):
    # 413 l.62 `쓰촨성(四川省)·허난성(河南省)·후베이성(湖北省) 3개 성이 5~7위로 그 뒤를 이었는데, 2026년 이들 지역의 GDP는
    # 모두 6조 5,000억 위안을 웃돌았다`: each passed the mark, in the ranks the clause before gave them
    got = [f for f in _figures(corpus_issue(413), 62) if f[1] == "6500000000000"]
    assert got == [("쓰촨성", "6500000000000", "위안", 5, "min", 2026), ("허난성", "6500000000000", "위안", 6, "min", 2026),
                   ("후베이성", "6500000000000", "위안", 7, "min", 2026)]


def test_a_ranking_of_another_measure_opens_anew(corpus_issue):
    # 412 l.48 ranks R&D spending in 위안 (1~5위); l.50, the next paragraph, ranks its ratio to GDP:
    # `베이징시의 … 비율은 6.58%로 …, 상하이시(上海市) 4.62%, 톈진시(天津市) 3.81%, 광둥성 3.72%, 장쑤성 3.55% 순으로
    # 뒤를 이었다` starts again at 1, not at 6
    assert _figures(corpus_issue(412), 50) == [
        ("베이징시", "6.58", "%", 1, None, 2026), ("상하이시", "4.62", "%", 2, None, 2026),
        ("톈진시", "3.81", "%", 3, None, 2026), ("광둥성", "3.72", "%", 4, None, 2026),
        ("장쑤성", "3.55", "%", 5, None, 2026)]


def test_a_total_row_sums_the_rows_of_its_own_indicator(corpus_issue):
    # 418 l.80–91: `지역 | 지표 | 단위 | 2025 년 …`, each city's indicators in rows, then `합계 | 지역총생산 | 억 위안 |
    # 58,000 …` and (filled down) `합계 | 상주인구 | 만 명 | 5,338 …`: each total sums its own indicator's rows
    # (24,500 + 33,500, 2,152 + 3,186), not every row above it; the one wrong total is l.179's
    result = corpus_issue(418)
    assert [(w.line, w.message.split(": ", 1)[1]) for w in result.warnings if w.code == "total_mismatch"] == [
        (179, "printed 28, but its 7 parts add up to 27")]


def test_a_contents_entry_whose_page_wraps_onto_a_line_of_its_own(corpus_issue):
    # 417 l.27–28: `- ▶ 【기업분석】 대형 투자 유치 기업 3 곳 집중 분석: …` / `p9`, the pages numbered `- N -`
    result = corpus_issue(417)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["line_start"], e["line_end"]) for e in toc if e["tag"] == "기업분석"] == [(9, 27, 28)]
    assert 28 not in result.coverage.furniture and {35, 36, 235} <= set(result.coverage.furniture)


def test_a_pdf_whose_text_keeps_a_lone_page_number_shape_takes_its_own_pages(tmp_path):
    # the `p9` line of 417's contents is all a PDF's text keeps of a page number's shape: the PDF's own
    # page breaks give the sections their pages
    from kic_extract.pdf.render.pages import text_to_pages
    from kic_extract.pdf.render.producers import render
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    pages = text_to_pages((CORPUS / "heldout" / "kic-china-weekly-417.txt").read_text(encoding="utf-8"))
    out = tmp_path / "kic-china-weekly-417.pdf"
    assert render("reportlab", pages, out, fit=True)[0] == len(pages) == 11
    result = extract_issue(out, out.name, Settings())
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 5, 6, 7, 9, 10, 11]


def test_counts_of_places_named_after_a_comma_and_namely(corpus_issue):
    # 417 l.94 `중부 지역의 5 곳, 즉 허페이(合肥), 우한(武汉), 창사(长沙), 정저우(郑州)는 …`; 418 l.107 `시범 도시를 6 곳,
    # 즉 선전(深圳), …, 충칭(重庆)으로 확정했다`: a count of 곳 closed by the comma, its places after `즉`
    assert _count_mismatches(corpus_issue(417)) == [(94, "the text says 5곳 but lists 4")]
    assert _count_mismatches(corpus_issue(418)) == [(107, "the text says 6곳 but lists 7")]


def test_years_written_with_a_curly_apostrophe(corpus_issue):
    # 417 l.119 `그 차이는 ’26 년(410 건)에 비해`: the bracketed figure is 2026's; 418 l.45 `’26 년의 9 조 3,900 억
    # 위안과 비교하면 3.1% 늘어난 규모다`: the level is 2026's, the rise compared with it the article's 2027
    assert ("베이징시", "410", "건", None, None, 2026) in _figures(corpus_issue(417), 119)
    assert _figures(corpus_issue(418), 45)[1:3] == [
        ("광둥성", "9390000000000", "위안", None, None, 2026), ("광둥성", "3.1", "%", None, None, 2027)]


def test_a_cell_left_open_at_a_page_break_goes_on_in_the_row_after_it(corpus_issue):
    # 417 l.148–151: `5\t루이스광전(锐视光电)\t…\t1 억 5,000 만 달러\t중커창투(中科创投),` | page furniture |
    # `\t\t\t\t\t쑤저우위안허(苏州元禾)`: one row, its investors cell going on (not a sixth row filled down)
    tables = [t for t in records_of(corpus_issue(417), "tables") if t["header"][:1] == ["순위"]]
    assert [len(t["rows"]) for t in tables] == [8]
    assert tables[0]["rows"][4] == ["5", "루이스광전(锐视光电)", "차량용 라이다", "시리즈 D", "1억 5,000만 달러",
                                    "중커창투(中科创投), 쑤저우위안허(苏州元禾)"]
    assert tables[0]["filled"] == []


def test_a_title_saying_what_goes_on_into_a_period_does_not_date_the_article(corpus_issue):
    # 402 (2027-09-24): `임바디드 AI 투자 열기, 하반기에도 이어진다` opens with `2026년 한 해 이 분야에서만 312건 …`;
    # l.120's ranking is 2026's, not this year's second half
    assert _figures(corpus_issue(402), 120) == [
        ("상하이", "87", "건", 1, None, 2026), ("베이징", "71", "건", 2, None, 2026), ("선전", "64", "건", 3, None, 2026)]


def test_a_mark_passed_may_be_quoted_before_its_line_word(corpus_issue):
    # 361 l.63 `후난성(湖南省)이 4 조 870 억 위안을 기록하며 처음으로 '4 조 위안' 문턱을 넘어섰고`
    assert ("후난성", "4000000000000", "위안", None, "min", 2026) in _figures(corpus_issue(361), 63)


def test_a_rank_stated_after_the_regions_ahead_ranks_the_sentence_before(corpus_issue):
    # 383 l.117 `광시좡족자치구(广西壮族自治区)의 2026년 대아세안 교역액은 3,862억 위안을 기록했다. 성급 지역 가운데
    # 광둥성·장쑤성·저장성에 이어 네 번째 규모다.`; l.126 `… 2026년 대외무역액이 5,318억 위안에 달했다. 서부 12개 성급
    # 지역 가운데 쓰촨성, 충칭시에 이어 3위다.`: the regions of the rank's sentence are only the ones ahead
    result = corpus_issue(383)
    assert ("광시좡족자치구", "386200000000", "위안", 4, None, 2026) in _figures(result, 117)
    assert ("신장위구르자치구", "531800000000", "위안", 3, None, 2026) in _figures(result, 126)
    assert [f for f in _figures(result, 117) + _figures(result, 126) if f[0] in ("광둥성", "장쑤성", "저장성", "쓰촨성", "충칭시")] == []


def test_a_rank_before_the_region_whose_figure_was_passed_is_that_regions(corpus_issue):
    # 365 l.50 `광둥성의 1~3분기 GDP는 10조 7,820억 위안으로, 2위 장쑤성(江苏省)의 10조 6,950억 위안을 870억 위안
    # 차이로 앞섰다`: 장쑤성's level is 2nd; the gap is 광둥성's and unranked
    figures = _figures(corpus_issue(365), 50)
    assert ("장쑤성", "10695000000000", "위안", 2, None, 2026) in figures
    assert ("광둥성", "87000000000", "위안", None, None, 2026) in figures


def test_contents_pages_wrapped_with_their_leader_dots_are_not_page_numbers(corpus_issue):
    # 420 l.18–19 `▶ 2027 년 31 개 성 상주인구 변동: … — 제일재경(第一财经)` / `········ 4`, the pages numbered in
    # heads ending `| 2 / 10`: two lines of that shape are contents, not furniture
    result = corpus_issue(420)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["line_start"], e["line_end"]) for e in toc][2:5] == [(4, 18, 19), (5, 22, 22), (7, 23, 24)]
    assert {19, 24}.isdisjoint(result.coverage.furniture) and {31, 33} <= set(result.coverage.furniture)


def test_a_header_cells_unit_wrapped_onto_a_second_header_row(corpus_issue):
    # 419 l.62–63 `지역\t2026 년\t2027 년\t실질 성장률` / `\t\t\t(%)` under `(조 위안)`, both rows printed again on the
    # next page: one header, the rates in %, the levels in 조 위안
    tables = [t for t in records_of(corpus_issue(419), "tables") if t["header"][:1] == ["지역"]]
    assert tables[0]["header"] == ["지역", "2026년", "2027년", "실질 성장률(%)"]
    assert len(tables[0]["rows"]) == 11 and tables[0]["rows"][0] == ["광둥성", "15.52", "16.21", "4.6"]
    amounts = [(a["raw"], a["value"], a["unit"]) for a in records_of(corpus_issue(419), "amounts") if a["line"] == 63]
    assert amounts == [("15.52", "15520000000000", "위안"), ("16.21", "16210000000000", "위안"), ("4.6", "4.6", "%")]


def test_a_count_of_the_leaders_must_count_the_list(corpus_issue):
    # 419 l.88 `경제 규모 상위 10 개 지역 중에서는 쓰촨성(5.8%), 후베이성(5.7%), 저장성(5.6%) 세 곳의 성장세가
    # 두드러졌다`: the ten are the set they are picked from, not a ranking of the three
    assert [f[3] for f in _figures(corpus_issue(419), 88)[:3]] == [None, None, None]


def test_counts_whose_places_close_with_a_particle_or_stand_in_brackets(corpus_issue):
    # 419 l.106 `7 개 도시, 즉 상하이, 난징(南京), …, 허페이에 우선 설치된다`; 420 l.63 `다섯 곳(베이징, …, 우한)을`
    assert _count_mismatches(corpus_issue(419)) == [(106, "the text says 7개 도시 but lists 6")]
    assert _count_mismatches(corpus_issue(420)) == [(63, "the text says 5곳 but lists 6")]


def test_the_lead_named_with_the_copula_and_a_figure_describing_the_next_region(corpus_issue):
    # 420 l.41 `선두는 이번에도 선전시(深圳市)였다. 선전시의 지난해 GDP 는 4 조 1,500 억 위안으로 … 2 위 자리는 3 조
    # 4,200 억 위안을 기록한 광저우시(广州市)가 지켰고, 홍콩특별행정구(…)는 … 3 조 1,400 억 위안으로 3 위에`
    assert _figures(corpus_issue(420), 41)[:4] == [
        ("선전시", "4150000000000", "위안", 1, None, 2027), ("선전시", "4000000000000", "위안", None, "min", 2027),
        ("광저우시", "3420000000000", "위안", 2, None, 2027), ("홍콩특별행정구", "3140000000000", "위안", 3, None, 2027)]


def test_cards_with_arrow_bullets_under_a_name_line_printed_apart(corpus_issue):
    # 419 l.197–201 `① 링시로봇(灵犀机器人)` / blank / `▶ 설립: 2023 년 5 월 (상하이 푸둥신구)` / `▶ 분야: …` /
    # `▶ 투자 유치: 누적 약 25억 위안 (2027 년 시리즈 B 포함)`
    result = corpus_issue(419)
    cards = [(c["name"], c["name_zh"], c["founded_raw"], c["funding_value"], c["funding_approx"], c["funding_bound"],
              c["funding_cumulative"]) for c in records_of(result, "companies")]
    assert cards == [
        ("링시로봇", "灵犀机器人", "2023년 5월 (상하이 푸둥신구)", 2500000000, True, None, True),
        ("톈구지능", "天骨智能", "2024년 2월 (장쑤성 쑤저우)", 300000000, False, "min", False),
        ("보이즈넝", "博易智能", "2022년 11월 (베이징 하이뎬구)", 120000000, False, None, True),
        ("샤오허로봇", "小禾机器人", "2025년 3월 (광둥성 선전 난산구)", 80000000, True, None, False)]
    assert not [w for w in result.warnings if w.code == "card_date_unreadable"]


def test_the_year_before_last_and_a_region_naming_the_set_passed_within(corpus_issue):
    # 420 (2028-01-28) l.41 `광저우시는 홍콩을 2,800 억 위안 차이로 앞섰는데, 재작년(1,600 억 위안)보다 격차가
    # 커졌다`; l.47 `선전 난산구(南山区)가 지난해 GDP 1 조 300 억 위안을 기록해 광둥성의 구·현 가운데 처음으로 1 조
    # 위안을 넘어섰다`: the mark is 난산구's, 광둥성 only names the set
    result = corpus_issue(420)
    assert ("광저우시", "160000000000", "위안", None, None, 2026) in _figures(result, 41)
    assert _figures(result, 47)[:2] == [("난산구", "1030000000000", "위안", None, None, 2027),
                                         ("난산구", "1000000000000", "위안", None, "min", 2027)]


def test_places_joined_by_middle_dots_before_a_name_are_part_of_it():
    # 306: `광둥·홍콩·마카오 대만구(粤港澳大湾区)`, each place one character of the Chinese (as with hyphens)
    text = (CORPUS / "heldout" / "kic-china-weekly-306.txt").read_text(encoding="utf-8")
    pairs = {(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text))}
    assert ("광둥·홍콩·마카오 대만구", "粤港澳大湾区") in pairs and ("마카오 대만구", "粤港澳大湾区") not in pairs


def test_a_count_whose_places_the_rest_of_its_sentence_names_with_their_figures(corpus_issue):
    # 390 l.78 `6%대에 올라선 곳은 모두 5개 지역으로, 시짱자치구(西藏自治区)가 6.4%로 선두에 섰고 간쑤성(甘肃省)이 6.2%로 뒤를
    # 이었으며 네이멍구자치구(内蒙古自治区)는 6.1%, 후베이성은 6.0%를 기록했다`: four places for five
    assert _count_mismatches(corpus_issue(390)) == [(78, "the text says 5개 지역 but lists 4")]


def test_a_count_whose_places_stand_in_apposition_after_its_noun(corpus_issue):
    # 411 l.195 `서부 5개 허브인 네이멍구자치구, 구이저우성(贵州省), 간쑤성, 닝샤후이족자치구(宁夏回族自治区)가`
    assert _count_mismatches(corpus_issue(411)) == [(195, "the text says 5개 허브 but lists 4")]


def test_the_rank_a_region_was_pushed_to_and_the_countrys_largest(corpus_issue):
    # 395 l.71 `푸젠성(福建省)은 14만 9,700위안으로 저장성(14만 8,100위안)을 5위로 밀어내고 4위로 한 계단 올라섰다`;
    # l.95 `R&D 경비 총액으로는 광둥성이 5,430억 위안으로 9년째 전국 최대였다`
    result = corpus_issue(395)
    assert _figures(result, 71)[-2:] == [("푸젠성", "149700", "위안", 4, None, 2026), ("저장성", "148100", "위안", 5, None, 2026)]
    assert ("광둥성", "543000000000", "위안", 1, None, 2026) in _figures(result, 95)
    # 349 l.124 `항저우시가 38건으로 3위에 오르며 선전시(35건)를 4위로 밀어냈는데`
    assert _figures(corpus_issue(349), 124)[-2:] == [("항저우시", "38", "건", 3, None, 2026), ("선전시", "35", "건", 4, None, 2026)]


def test_contents_numbered_without_bullets_and_headings_with_a_byline(corpus_issue):
    # 422: `[이주의 뉴스]` / `01  2027년 중국 주요 도시 GDP 순위: … — 디이차이징(第一财经) ........ 2`; in the body
    # `01. 2027년 중국 주요 도시 GDP 순위: '1조 위안 클럽' 재편` with `글: 디이차이징(第一财经) 보도 종합` right under it
    result = corpus_issue(422)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [(2, "이주의 뉴스"), (3, "이주의 뉴스"), (4, "이주의 뉴스"),
                                                         (5, "이주의 뉴스"), (5, "중국 창업 동향"), (7, "중국 창업 동향"),
                                                         (7, "중국 창업 동향"), (8, "KIC 중국 소식"), (9, "KIC 중국 소식")]
    assert toc[0]["title"] == "2027년 중국 주요 도시 GDP 순위: '1조 위안 클럽' 재편"
    sections = records_of(result, "sections")
    assert [(s["page_start"], s["category"]) for s in sections[:4]] == [(2, "이주의 뉴스"), (3, "이주의 뉴스"),
                                                                      (4, "이주의 뉴스"), (5, "이주의 뉴스")]
    assert not [w for w in result.warnings if w.code == "text_outside_section"]


def test_header_rows_wrapped_row_units_and_a_total_column_of_the_parts_unit(corpus_issue):
    # 422 l.144–145 `고신구 | 중문 명칭 | 소재지 | 지정 | 국내 기업 | 외자 기업 | 계` over `| | | 연도 | (개사) | (개사) |`;
    # l.150 `청두고신구 | … | 9,650 | 580 | 10,320`, the total 90 more than its parts; l.85 `충전 인프라 | … | 만 기 | 1,280 …`
    result = corpus_issue(422)
    tables = {t["line_start"]: t for t in records_of(result, "tables")}
    assert tables[143]["header"] == ["고신구", "중문 명칭", "소재지", "지정 연도", "국내 기업(개사)", "외자 기업(개사)", "계"]
    amounts = [(a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] in (85, 150)]
    assert amounts == [("1,280", "12800000", "기"), ("1,690", "16900000", "기"), ("2,120", "21200000", "기"),
                       ("9,650", "9650", "개사"), ("580", "580", "개사"), ("10,320", "10320", "개사")]
    assert [(w.line, w.message.split(": ", 1)[1]) for w in result.warnings if w.code == "total_mismatch"] == [
        (150, "printed 10,320, but its 2 parts add up to 10,230")]
    # 421: `주요` over `투자기관` in the funding table's header
    assert ["순위", "기업명", "분야", "투자 라운드", "조달 금액", "주요 투자기관"] in [
        t["header"] for t in records_of(corpus_issue(421), "tables")]


def test_a_short_row_going_on_in_its_own_columns_after_a_page_break(corpus_issue):
    # 422 l.191 `2027.12.05\t톈궁반도체(天工半导体)\t차량용 전력반도체`, page furniture, then l.197
    # `\t\t(SiC) 모듈\t선전증권거래소 창업판\t19억 5,000만 위안`
    ipo = next(t for t in records_of(corpus_issue(422), "tables") if t["header"][:1] == ["상장일"])
    assert len(ipo["rows"]) == 7 and ipo["rows"][4] == [
        "2027.12.05", "톈궁반도체(天工半导体)", "차량용 전력반도체 (SiC) 모듈", "선전증권거래소 창업판", "19억 5,000만 위안"]


def test_rankings_going_on_with_a_next_word_or_a_sentence_opened_by_ieo(corpus_issue):
    # 421 l.53 `그 다음은 저장성(10조 4,650억 위안)이었고, 쓰촨성(…)·허난성(…)·후베이성(…)이 5~7위로 뒤를 이었다` after
    # ranks 1–3; l.134 `광둥성이 9조 2,300억 위안으로 압도적인 1위였다. 이어 장쑤성이 5조 7,100억 위안, 저장성이 5조
    # 5,600억 위안을 기록했다`
    result = corpus_issue(421)
    assert _figures(result, 53)[0] == ("저장성", "10465000000000", "위안", 4, None, 2027)
    assert _figures(result, 134)[1:3] == [("장쑤성", "5710000000000", "위안", 2, None, 2027),
                                          ("저장성", "5560000000000", "위안", 3, None, 2027)]


def test_the_front_place_named_with_the_copula_and_a_ranked_region_it_was_ahead_of(corpus_issue):
    # 422 l.43 `도시 순위 맨 앞자리는 상하이시(上海市)였다. 상하이시의 지난해 GDP는 6조 1,740억 위안으로, 2위 베이징시(5조
    # 5,300억 위안)를 6,440억 위안 앞섰다.`
    assert _figures(corpus_issue(422), 43)[:3] == [
        ("상하이시", "6174000000000", "위안", 1, None, 2027), ("베이징시", "5530000000000", "위안", 2, None, 2027),
        ("상하이시", "644000000000", "위안", None, None, 2027)]


def test_a_rank_after_a_mark_passed_ranks_the_level_stated_before_it(corpus_issue):
    # 375 l.101 `선전(深圳)이 4 조 600 억 위안을 기록해 | 처음으로 4 조 위안을 넘어서며 | 상하이·베이징에 이어 3 위를 굳혔다`
    assert _figures(corpus_issue(375), 101)[:2] == [("선전", "4060000000000", "위안", 3, None, 2026),
                                                    ("선전", "4000000000000", "위안", None, "min", 2026)]


def test_a_caption_giving_the_levels_units_in_turn_and_then_the_rate(corpus_issue):
    # 424 l.71–73 `<표 2> … (단위: 만 명, 억 위안, %)` over `지역 | 관광객 | 증감률 | 관광 수입 | 증감률`,
    # `광둥성 | 6,120 | 8.2 | 742 | 10.5`
    amounts = [(a["raw"], a["value"], a["unit"]) for a in records_of(corpus_issue(424), "amounts") if a["line"] == 73]
    assert amounts == [("6,120", "61200000", "명"), ("8.2", "8.2", "%"), ("742", "74200000000", "위안"),
                       ("10.5", "10.5", "%")]


def test_places_that_passed_a_mark_named_after_their_count_and_namely(corpus_issue):
    # 424 l.91 `상주인구가 1년 새 10만 명 이상 늘어난 도시는 일곱 곳, 즉 항저우(杭州)·청두(成都)·…·우한(武汉)으로`
    figures = _figures(corpus_issue(424), 91)
    assert [f[0] for f in figures if f[1:5] == ("100000", "명", None, "min")] == [
        "항저우", "청두", "허페이", "선전", "창사", "정저우", "시안", "우한"]


def test_a_figure_each_of_the_places_joined_before_it_has(corpus_issue):
    # 423 l.161 `나머지는 상하이·허페이·선전·쑤저우·우시·항저우·시안·청두에 1건씩 고르게 분포했다`
    assert [f[0] for f in _figures(corpus_issue(423), 161) if f[1:3] == ("1", "건")] == [
        "상하이", "허페이", "선전", "쑤저우", "우시", "항저우", "시안", "청두"]


def test_first_in_the_country_is_a_scope_not_the_countrys_figure(corpus_issue):
    # 423 l.45 `광둥성(广东省)은 16조 870억 위안으로 전국 1위 자리를 지켰다. 전국에서 처음으로 16조 위안을 넘어선 것이다.`
    assert _figures(corpus_issue(423), 45)[:2] == [("광둥성", "16087000000000", "위안", 1, None, 2027),
                                                   ("광둥성", "16000000000000", "위안", None, "min", 2027)]


def test_right_behind_in_the_copula_goes_on_from_the_last_rank(corpus_issue):
    # 423 l.73 `내몽골자치구(内蒙古自治区)는 5.9%로 5위, 닝샤후이족자치구(宁夏回族自治区)는 5.8%로 그 바로 뒤였다.`
    assert ("닝샤후이족자치구", "5.8", "%", 6, None, 2027) in _figures(corpus_issue(423), 73)


def test_amounts_listed_before_the_currency_they_share(corpus_issue):
    # 423 l.49 `이어 푸젠성(福建省) 6조 5,720억, 상하이시(上海市) 6조 1,050억, 후난성(湖南省) 6조 180억 위안 순으로
    # 8~10위를 형성했다.`: both readers take the unit written once for the three
    issue = corpus_issue(423)
    assert [f for f in _figures(issue, 49) if f[3] in (8, 9, 10)] == [
        ("푸젠성", "6572000000000", "위안", 8, None, 2027), ("상하이시", "6105000000000", "위안", 9, None, 2027),
        ("후난성", "6018000000000", "위안", 10, None, 2027)]
    assert [(g["region_ko"], g["value"], g["rank"], g["raw"]) for g in records_of(issue, "gdp") if g["line"] == 49
            and g["rank"] in (8, 9, 10)] == [("푸젠성", 6572000000000, 8, "6조 5,720억"),
                                            ("상하이시", 6105000000000, 9, "6조 1,050억"),
                                            ("후난성", 6018000000000, 10, "6조 180억 위안")]


def test_a_blank_line_after_a_labelled_item_is_no_page_break_where_pages_are_marked(corpus_issue):
    # 421 l.293 `· 시상: 대상 1팀 30,000위안, …, 우수상 2팀 각 5,000위안`, a blank line, l.295 `수상 기업에는 협력
    # 인큐베이터 입주와 …`: the issue marks its page breaks with furniture, so the two are apart, and the
    # prizes are no figures of 베이징, the place the item above names (`· 본선 일정: 2028년 3월 27일, 베이징`)
    # (each `· ` line a list item)
    result = corpus_issue(421)
    blocks = {b["line_start"]: b for s in records_of(result, "sections") for b in s["blocks"]}
    assert (blocks[293]["kind"], blocks[293]["line_end"]) == ("list_item", 293)
    assert blocks[293]["text"].endswith("우수상 2팀 각 5,000위안")
    assert blocks[295]["text"].startswith("수상 기업에는 협력 인큐베이터 입주와")
    assert [f for line in range(289, 296) for f in _figures(result, line)] == []


def test_a_subject_marked_by_yeoksi_and_counts_of_places_that_are_no_figures(corpus_issue):
    # 420 l.89 `허베이성(河北省) 역시 29 만 명 줄어 감소세를 이어갔다`: 역시 marks the subject as a particle would
    issue = corpus_issue(420)
    assert ("허베이성", "-290000", "명", None, None, 2027) in _figures(issue, 89)
    # 420 l.39 `웨강아오 대만구(粤港澳大湾区)를 구성하는 11 개 도시, 즉 … 광둥성 9 개 도시와 홍콩·마카오 2 개
    # 특별행정구의`: how many places a set has is no figure of a place
    assert [f for f in _figures(issue, 39) if f[2] == "개"] == []
    # 354 l.125 `신규 지정 기업이 100개를 넘은 도시는 베이징, 상하이, 선전, 쑤저우`: a mark the places passed still is
    assert [f[0] for f in _figures(corpus_issue(354), 125) if f[1:3] == ("100", "개")] == [
        "베이징", "상하이", "선전", "쑤저우"]


def test_a_note_under_a_table_saying_a_column_is_cumulative(corpus_issue):
    # 424 l.169–181 `<표 4>` over `… | 입주 기업 | …` (`약 1,200개`, `800개 이상`, …), its source line under it
    # `자료: 각 과학기술원 홈페이지, KIC 중국 정리(입주 기업은 누적 인큐베이팅 기업 기준)`
    amounts = [(a["line"], a["raw"], a["cumulative"]) for a in records_of(corpus_issue(424), "amounts")
               if 171 <= a["line"] <= 180]
    assert amounts == [(171, "약 1,200개", True), (172, "800개 이상", True), (173, "약 450개", True),
                       (174, "약 380개", True), (178, "약 260개", True), (179, "약 300개", True), (180, "약 150개", True)]


def test_headings_numbered_as_the_contents_number_their_entries(corpus_issue):
    # 426 numbers its contents `01  2027년 중국 도시 GDP 지형도: … ·········· 2` and its headings the same way
    # with no full stop, `01 2027년 중국 도시 GDP 지형도: '1조 위안 클럽' 30곳 시대` over `자료: 각 시 통계국, …`;
    # `06 KIC 중국 협력 거점 11곳으로 확대… …와 업무협약` stands over a blank line and its first paragraph
    result = corpus_issue(426)
    sections = records_of(result, "sections")
    assert [(s["seq"], s["page_start"], s["category"], s["line_start"]) for s in sections] == [
        (1, 2, "이슈 브리핑", 33), (2, 4, "이슈 브리핑", 62), (3, 5, "이슈 브리핑", 85), (4, 7, "스타트업 포커스", 116),
        (5, 8, "스타트업 포커스", 145), (6, 10, "KIC 현장", 188), (7, 11, "KIC 현장", 214)]
    assert sections[5]["title"] == "KIC 중국 협력 거점 11곳으로 확대… 상하이 린강신구(临港新片区)와 업무협약"
    assert [e["page"] for e in records_of(result, "issues")[0]["toc"]] == [2, 4, 5, 7, 8, 10, 11]
    assert not [w for w in result.warnings if w.code in ("text_outside_section", "toc_no_page")]


def test_the_largest_named_with_euro_and_a_ranking_going_on_in_the_next_paragraph(corpus_issue):
    # 426 l.77 `대만구 안에서 지난해 GDP가 가장 큰 도시는 선전으로 4조 2,300억 위안을 기록했고, 광저우(3조 4,600억
    # 위안)와 홍콩(약 3조 2,300억 위안)이 뒤를 이었다.`: 선전 (a word too, 宣傳) named as what the topic is
    issue = corpus_issue(426)
    assert [f[:4] for f in _figures(issue, 77)[:3]] == [("선전", "4230000000000", "위안", 1),
                                                        ("광저우", "3460000000000", "위안", 2),
                                                        ("홍콩", "3230000000000", "위안", 3)]
    # l.90 `지난해 상주인구 순유입은 항저우가 16만 2,000명으로 가장 많았고, … 쑤저우(10만 8,000명) 순이었다.`, then l.92
    # `상하이는 9만 6,000명으로 4위에 머물렀고, 난징이 8만 1,000명으로 5위를 차지했다.`: the ranking's year goes on
    assert _figures(issue, 92)[:2] == [("상하이", "96000", "명", 4, None, 2027), ("난징", "81000", "명", 5, None, 2027)]


def test_a_rank_before_a_region_with_its_figure_in_brackets_and_places_something_centres_on(corpus_issue):
    # 425 l.88 `베이징시는 2 위 상하이시(23 만 7,000 위안)보다 1 만 6,000 위안 많았다.`
    issue = corpus_issue(425)
    assert ("상하이시", "237000", "위안", 2, None, 2027) in _figures(issue, 88)
    # l.121 `베이징시는 하이뎬구(海淀区)와 이좡(亦庄)을 중심으로 2030년까지 50억 위안을 투입해`: 베이징시's money
    assert ("베이징시", "5000000000", "위안", None, None, 2030) in _figures(issue, 121)
    assert not [f for f in _figures(issue, 121) if f[0] == "하이뎬구"]


def test_a_tie_in_a_change_a_bound_before_a_period_word_and_a_threshold_defining_a_term(corpus_issue):
    issue = corpus_issue(426)
    # l.143 `… 상하이(15개)와 광둥성(13개)이 차례로 2, 3위에 올랐다. … 쓰촨성과 충칭시도 나란히 2개씩 증가했다.`:
    # side by side in a change, not tied 4th
    assert [f for f in _figures(issue, 143) if f[0] in ("쓰촨성", "충칭시")] == [
        ("쓰촨성", "2", "개", None, None, 2027), ("충칭시", "2", "개", None, None, 2027)]
    # l.102 `허페이는 석사 이상 졸업자에게 최대 월 3,000위안의 주거 보조금을 준다`: at most, per month
    assert [f[:5] for f in _figures(issue, 102) if f[0] == "허페이"] == [("허페이", "3000", "위안", None, "max")]
    # l.119 `2027년 중국에서 새로 탄생한 유니콘 기업(기업가치 10억 달러 이상 비상장 기업)은 79곳으로`
    assert not [f for f in _figures(issue, 119) if f[2] == "달러"]


def test_the_one_ahead_ranked_nowhere_before_leads_a_list_in_order(corpus_issue):
    # 389 l.208 `… 베이징시가 81곳으로 샌프란시스코와 뉴욕에 이어 세계 3위를 지켰다. 중국 내에서는 베이징에 이어
    # 상하이시 67곳, 선전시 39곳, 광저우시 26곳, 항저우시 24곳 순이었다.`
    assert [f[:4] for f in _figures(corpus_issue(389), 208)] == [
        ("베이징시", "81", "곳", 3), ("상하이시", "67", "곳", 2), ("선전시", "39", "곳", 3), ("광저우시", "26", "곳", 4),
        ("항저우시", "24", "곳", 5)]


def test_units_read_only_in_labels_after_a_large_number_in_text(corpus_issue):
    # 334 l.84 `… 후난성은 지난해 통용항공 비행시간이 8만 5,000시간에 달해`; 392 l.122 `… 4만 2,000시간으로`;
    # 346 l.106 `… 78만 기를 돌파`: 시간 and 기 begin common words, but not after 5,000 or 78만
    assert ("후난성", "85000", "시간", None, None, 2025) in _figures(corpus_issue(334), 84)
    assert ("후난성", "42000", "시간", None, None, 2026) in _figures(corpus_issue(392), 122)
    assert ("광둥성", "780000", "기", None, "min", 2026) in _figures(corpus_issue(346), 106)


def test_a_quoted_mark_before_a_count_and_namely_and_a_set_named_after_its_places(corpus_issue):
    # 422 l.106 `올해 목표를 '6% 이상'으로 제시한 지역은 네 곳, 즉 시짱자치구(西藏自治区), 하이난성, … 닝샤후이족자치구다`
    assert [f[0] for f in _figures(corpus_issue(422), 106) if f[1:5] == ("6", "%", None, "min")] == [
        "시짱자치구", "하이난성", "신장위구르자치구", "간쑤성", "닝샤후이족자치구"]
    # 424 l.98 `충칭(重庆, 3,178만 명), 상하이(2,471만 명), 베이징(2,163만 명), 청두(2,158만 명) 순으로 2,000만 명이
    # 넘는 도시는 네 곳이다`: the four in order, and each passed the mark the set is named by
    figures = _figures(corpus_issue(424), 98)
    assert [f[:4] for f in figures if f[4] is None][:4] == [("충칭", "31780000", "명", 1), ("상하이", "24710000", "명", 2),
                                                       ("베이징", "21630000", "명", 3), ("청두", "21580000", "명", 4)]
    assert [f[0] for f in figures if f[1:5] == ("20000000", "명", None, "min")] == ["충칭", "상하이", "베이징", "청두"]


def test_firms_listed_on_a_places_market_and_last_years_figure(corpus_issue):
    # 412 l.91 `2026년 홍콩특별행정구(香港特别行政区) 증시에 새로 상장한 중국 본토 기업은 87곳으로 전년의 64곳보다
    # 23곳 많았다. 같은 기간 미국 증시에 입성한 중국 기업은 19곳에 머물렀다.`: the listings are the markets'
    assert _figures(corpus_issue(412), 91) == [
        ("홍콩특별행정구", "87", "곳", None, None, 2026), ("홍콩특별행정구", "64", "곳", None, None, 2025),
        ("홍콩특별행정구", "23", "곳", None, None, 2026), ("미국", "19", "곳", None, None, 2026)]
    # 319 l.132 `지난해 한국의 … 수입은 6 만 4,000 대로 전년의 2.3 배에 달했다`: this year's, measured by last year's
    assert ("한국", "2.3", "배", None, None, 2025) in _figures(corpus_issue(319), 132)


def test_regions_before_the_first_rank_stated_fill_the_ranks_above_it(corpus_issue):
    # 333 l.90 `상하이시는 1분기 GDP 1조 3,250억 위안으로 5.3% 성장했고, 베이징시는 1조 2,700억 위안으로 5.5% 늘었다.
    # 3위 선전시는 9,320억 위안을 기록해`: the two before the third, in descending order, are first and second
    figures = _figures(corpus_issue(333), 90)
    assert [f[:4] for f in figures if f[2] == "위안" and f[4] is None] == [
        ("상하이시", "1325000000000", "위안", 1), ("베이징시", "1270000000000", "위안", 2),
        ("선전시", "932000000000", "위안", 3)]
    # `처음으로 분기 9,000억 위안대에 진입했다`: a range entered is a mark passed
    assert ("선전시", "900000000000", "위안", None, "min", 2026) in figures


def test_contents_with_the_page_first_and_two_spaces_and_a_short_total_row(corpus_issue):
    # 428: ` 02  31개 성급 지역, 2028년 성장률 목표 일제히 공개 | 21세기경제보도`, … ` 10  …`, ` 10  …`: numbers out of a
    # count's steps before entries with no page after them are the pages; ` 05  … ‘3강’ 구도` wraps onto
    # `     굳어져 | 남방일보`
    result = corpus_issue(428)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["source"]) for e in toc] == [(2, "21세기경제보도"), (4, "재정부"), (5, "남방일보"), (7, None),
                                                      (8, None), (10, None), (10, None)]
    assert toc[2]["title"] == "웨강아오대만구 도시 경제 성적표: 선전·홍콩·광저우 ‘3강’ 구도 굳어져"
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 4, 5, 7, 8, 10, 10]
    # l.134–145 `순위 | 고신구 | 중문 명칭 | 소재지 | 2027년 영업수입(조 위안)` … `상위 10곳 합계 | 39.0`: the rank column
    # holds the total's label, and the short total row's figure is the last column's
    amounts = [(a["line"], a["column"], a["raw"], a["value"]) for a in records_of(result, "amounts") if a["line"] >= 144
               and a["line"] <= 145]
    assert amounts == [(144, 5, "1.9", "1900000000000"), (145, 5, "39.0", "39000000000000")]


def test_a_card_cut_by_a_page_break_and_order_words_standing_alone(corpus_issue):
    # 428 l.163–169 `[기업 2] 란쉬안커지(蓝旋科技)` / `설립 2022년 7월 / 본사 … / 분야 2인승 eVTOL`, a page break,
    # `자금 조달: 시리즈 A+, 약 5억 5,000만 위안`: one card
    result = corpus_issue(428)
    card = next(t for t in records_of(result, "tables") if t["line_start"] == 163)
    assert card["kind"] == "company_card" and card["rows"][-1] == ["자금 조달", "시리즈 A+, 약 5억 5,000만 위안"]
    # l.118–123 `… 마카오특별행정구(…)는 … GDP가 3.2% 쪼그라들며` (a page break inside); l.125 `홍콩이 약 36만 위안으로 선전(약 22만 위안)과 …`
    assert ("마카오특별행정구", "-3.2", "%", None, None, 2027) in _figures(result, 118)
    assert ("선전", "220000", "위안", None, None, 2027) in _figures(result, 125)
    issue = corpus_issue(427)
    # 427 l.82 `실질 성장률 1위는 6.8%의 시짱자치구였고, 그 뒤를 이어 간쑤성(甘肃省)과 신장위구르자치구(…)가 각각 6.2%, 6.1%`
    assert [f[:4] for f in _figures(issue, 82)[:3]] == [("시짱자치구", "6.8", "%", 1), ("간쑤성", "6.2", "%", 2),
                                                        ("신장위구르자치구", "6.1", "%", 3)]
    # l.246 `베이징이 29개사로 가장 많고, 그 다음은 상하이(16개사)다`; l.44 `1위와의 격차는 … 4,430억 위안으로` ranks nothing
    assert [f[:4] for f in _figures(issue, 246)] == [("베이징", "29", "개사", 1), ("상하이", "16", "개사", 2)]
    assert ("장쑤성", "443000000000", "위안", None, None, 2027) in _figures(issue, 44)
    # 423 l.79 `… 하이난성이 8.4% 늘어 증가율 1위를 차지했고, 그 뒤를 이어 충칭시와 안후이성이 나란히 6.9%를`: tied
    assert [f[3] for f in _figures(corpus_issue(423), 79) if f[1] == "6.9"] == [2, 2]
    # l.179–187: card ② goes on past the page break with `· 투자 유치: 시리즈 B, 3억 위안 이상`
    assert next(t for t in records_of(issue, "tables") if t["line_start"] == 179)["line_end"] == 187


def test_a_count_something_is_first_in_and_a_mark_just_passed(corpus_issue):
    # 430 l.58 `… 1 조 420 억 위안으로, 선전 10 개 구(신구 포함) 가운데 처음으로 1 조 위안 선을 넘어섰다`: the set the
    # district is first in lists nothing to check
    result = corpus_issue(430)
    assert not [w for w in result.warnings if w.code == "count_mismatch" and w.line == 58]
    # l.106 `… 다롄시(大连市)와 쿤밍시(昆明市)로, 두 도시 모두 1 조 위안을 갓 넘었다`: just passed is passed
    assert ("쿤밍시", "1000000000000", "위안", None, "min", 2027) in _figures(result, 106)


def test_a_region_passed_with_apseo_and_a_fall_written_as_less(corpus_issue):
    issue = corpus_issue(429)
    # l.109 `… 광둥성은 3.77%로 톈진시(3.69%)를 근소하게 앞서 3 위에 올랐다`: 톈진시 ranks next
    assert [f[:4] for f in _figures(issue, 109)][-2:] == [("광둥성", "3.77", "%", 3), ("톈진시", "3.69", "%", 4)]
    # l.177 `충칭시(重庆市) 투자액도 감소세로 돌아서 전년보다 5.1% 적은 210 억 위안에 그쳤다`
    assert ("충칭시", "-5.1", "%", None, None, 2027) in _figures(issue, 177)
    # (`가장 앞섰고`, `상하이시를 앞섰지만 … 3위에`: 앞섰 alone passes no one: 382 l.107 keeps its 1, 2)
    assert [f[3] for f in _figures(corpus_issue(382), 107)][:2] == [1, 2]


def test_a_cards_field_under_a_mark_is_never_page_furniture(corpus_issue):
    # 431 l.205, 218, 238 `▷ 설립: 2022 년 8 월`, `▷ 설립: 2023 년 5 월`, `▷ 설립: 2021 년 11 월`: one shape, three
    # times, after a blank line, but each its card's first field
    result = corpus_issue(431)
    assert not {205, 218, 238} & set(result.coverage.furniture)
    cards = [t for t in records_of(result, "tables") if t["kind"] == "company_card"]
    assert [(t["line_start"], t["rows"][0]) for t in cards] == [
        (203, ["설립", "2022년 8월"]), (216, ["설립", "2023년 5월"]), (236, ["설립", "2021년 11월"])]


def test_an_opening_about_last_years_results_and_a_multiple_of_a_year(corpus_issue):
    issue = corpus_issue(432)
    # l.72 opens `… 12 개 성급 지역 … 의 지난해 경제 성적표를 보면`: the article reports 2027 (issue of 2028-04-21), so
    # l.74 `쓰촨성이 7 조 4,012 억 위안으로 서부 1 위` and l.80 `시짱자치구 6.8%, 간쑤성 6.3%, …의 순` are 2027's
    assert ("쓰촨성", "7401200000000", "위안", 1, None, 2027) in _figures(issue, 74)
    assert [f[:4] + f[5:] for f in _figures(issue, 80)] == [
        ("시짱자치구", "6.8", "%", 1, 2027), ("간쑤성", "6.3", "%", 2, 2027), ("쓰촨성", "5.8", "%", 3, 2027),
        ("닝샤후이족자치구", "5.4", "%", 4, 2027)]
    # l.82 `경제 규모가 가장 작은 축에 속하는 칭하이성의 GDP 는 4,500 억 위안에 못 미쳤다`: among the smallest, not last
    assert ("칭하이성", "450000000000", "위안", None, "max", 2027) in _figures(issue, 82)
    # l.93 the opening names `'2027 년 광둥-홍콩-마카오 대만구 과학기술 혁신 보고'`: l.104, naming no year, is 2027's
    assert ("황푸구", "41000000000", "위안", 1, None, 2027) in _figures(issue, 104)
    # l.41 `… 423 만 9,000 대로 2025 년(261 만 5,000 대)의 1.6 배로`: the multiple is of 2025's, and of the year reported
    assert [f[1:] for f in _figures(issue, 41)] == [("4239000", "대", None, None, 2027),
                                                    ("2615000", "대", None, None, 2025), ("1.6", "배", None, None, 2027)]


def test_a_multiple_is_its_subjects_and_of_the_region_after_it(corpus_issue):
    # 431 l.107 `1 위 상하이시의 소득은 간쑤성의 3.9 배로, 2026 년(4.0 배)보다`: 상하이시's multiple of 간쑤성's, and
    # the rank describing 상하이시 ranks its income, not the multiple
    assert [f for f in _figures(corpus_issue(431), 107) if f[2] == "배"] == [
        ("상하이시", "3.9", "배", None, None, 2027), ("상하이시", "4", "배", None, None, 2026)]


def test_a_gloss_cut_from_its_name_by_a_page_break_and_a_total_beside_a_location(corpus_issue):
    result = corpus_issue(433)
    table = next(t for t in records_of(result, "tables") if t["line_start"] <= 233 <= t["line_end"])
    # l.233 `\t난징생명과학기술소진\t430\t9`, then past the page and the repeated header l.240 `\t(南京生命科技小镇)`
    assert table["rows"][4] == ["장쑤성", "난징생명과학기술소진(南京生命科技小镇)", "430", "9"]
    # l.243 `합계\t7곳\t5,650\t138` under `소재지 | 산업단지 | 입주 기업 | 상장사`: 1,420 + 520 + 680 + 1,150 + 430 +
    # 960 + 390 = 5,550
    assert [w.message for w in result.warnings if w.code == "total_mismatch" and w.line == 243] == [
        "kic-china-weekly-433/t06 합계 입주 기업: printed 5,650, but its 7 parts add up to 5,550"]
    # l.185, 198, 211 `■ 설립: 2023년 6월` …: a card's first field under a mark, never page furniture
    assert not {185, 198, 211} & set(result.coverage.furniture)
    # l.276 `수상팀은 4개 팀, 즉 대상 ‘모아로보틱스’, 최우수상 ‘그린셀’, 우수상 ‘하이퍼랩’과 ‘누리바이오’`: four
    assert not [w for w in result.warnings if w.code == "count_mismatch" and w.line == 276]


def test_units_a_line_gives_measure_by_measure_and_lists_announced_as_following(corpus_issue):
    result = corpus_issue(436)
    # l.54 `단위: 억 위안, %` over `R&D 경비 2026년 | R&D 경비 2027년 | R&D 강도 2027년`; l.57 `동부 광둥성 5,080 5,410 3.49`
    row = [(a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 57]
    assert row == [("R&D 경비 2026년", "508000000000", "위안"), ("R&D 경비 2027년", "541000000000", "위안"),
                   ("R&D 강도 2027년", "3.49", "%")]
    # l.97 `… 8개 중점 과제를 다음과 같이 제시했다.` over seven items ①–⑦
    assert [(w.line, w.message[:31]) for w in result.warnings if w.code == "count_mismatch"] == [
        (97, "the text says 8개 중점 but lists 7")]
    # 435 l.244 `결선에 오른 8개 팀 가운데 수상의 영예를 안은 4개 팀은 다음과 같다.` over four ▶ items: they are the four
    # (its one count_mismatch is l.85's `7개 도시, 즉 …` over six)
    assert [w.line for w in corpus_issue(435).warnings if w.code == "count_mismatch"] == [85]
    # 434 l.197 `합계\t\t52\t`: its tabs place the 52 under `입주 한국 기업(개사)`
    assert [(a["column_label"], a["value"], a["unit"]) for a in records_of(corpus_issue(434), "amounts")
            if a["line"] == 197] == [("입주 한국 기업(개사)", "52", "개사")]


def test_a_rank_then_a_figure_of_the_region_after_it_and_a_particle_ending_a_page(corpus_issue):
    # 433 l.71 `5위는 1조 7,820억 위안의 쓰촨성(四川省), 6위는 1조 7,310억 위안의 허난성(河南省)이었다.`
    assert [f[:4] for f in _figures(corpus_issue(433), 71)][:2] == [("쓰촨성", "1782000000000", "위안", 5),
                                                                     ("허난성", "1731000000000", "위안", 6)]
    # (356 l.227 `선전시에는 … 약 1,100곳의 한국계 기업이`: a region naming a kind of thing after `의` holds no figure)
    assert [f[:3] for f in _figures(corpus_issue(356), 227)] == [("선전시", "1100", "곳")]
    # 434 l.72 `… 각각 4.8%, 4.6%로` | page break | l.78 `전년(5.1%, 4.8%)보다 둔화했다.`: the particle ends its word
    block = next(b for s in records_of(corpus_issue(434), "sections") for b in s["blocks"] if b["line_start"] == 72)
    assert block["text"].endswith("각각 4.8%, 4.6%로 전년(5.1%, 4.8%)보다 둔화했다.")


def test_the_rest_of_a_cell_alone_past_a_page_break(corpus_issue):
    # 434 l.139 `4\t셴지동력\t先机动力\t휴머노이드 로봇\t시리즈 B\t약 10억 위안`, past the page l.145 `\t\t\t핵심 부품(관절
    # 모듈)`: too few words to be a row of a table whose rows all print their number
    table = next(t for t in records_of(corpus_issue(434), "tables") if t["line_start"] <= 139 <= t["line_end"])
    assert table["rows"][3] == ["4", "셴지동력", "先机动力", "휴머노이드 로봇 핵심 부품(관절 모듈)", "시리즈 B", "약 10억 위안"]
    assert len(table["rows"]) == 8


def test_shapes_of_437_and_438(corpus_issue):
    # 437 l.96 `… 저장성(4.5%)이 2위, 상하이시와 장쑤성(각 4.1%)이 공동 3위였다`: each of the two
    assert [f[:4] for f in _figures(corpus_issue(437), 96)][2:4] == [("상하이시", "4.1", "%", 3), ("장쑤성", "4.1", "%", 3)]
    issue = corpus_issue(438)
    # l.72 `쓰촨성(四川省)이 2조 1,000억 위안으로 서부 최대였다. 다음으로 충칭시(重庆市)가 1조 3,500억 위안, 산시성 …`
    assert [f[:4] for f in _figures(issue, 72)][:3] == [("쓰촨성", "2100000000000", "위안", 1),
                                                        ("충칭시", "1350000000000", "위안", 2),
                                                        ("산시성", "1120000000000", "위안", 3)]
    # l.205 `저장성은 806억 위안으로 전년(912억 위안)보다 11.6% 줄며 5위로`: the level compared with takes no rank
    assert [f[:4] + f[5:] for f in _figures(issue, 205) if f[0] == "저장성" and f[2] == "위안"] == [
        ("저장성", "80600000000", "위안", 5, 2027), ("저장성", "91200000000", "위안", None, 2026)]
    # l.100 `… 없는 도시는 세 곳으로, 자오칭, 장먼, 중산, 마카오다`: cities the gazetteer names only in Chinese
    assert [w.line for w in issue.warnings if w.code == "count_mismatch"] == [100]
    # (416 l.128 `서부 최대 도시인 충칭은 100건 미만에 그쳤다`: describing the city, no rank)
    assert ("충칭", "100", "건", None, "max", 2026) in _figures(corpus_issue(416), 128)


def test_shapes_of_439_and_440(corpus_issue):
    issue = corpus_issue(439)
    table = next(t for t in records_of(issue, "tables") if t["line_start"] <= 53 <= t["line_end"])
    # l.51–52 a header wrapped onto a second row (`전년 대비` over `실질 성장률(%)`), printed on one row past the page
    assert table["header"][-1] == "전년 대비 실질 성장률(%)" and len(table["rows"]) == 7
    # l.126 `6개 성·시·자치구, 즉 쓰촨성, 충칭시, 산시성(陕西省), …` lists five; l.128 `다섯 곳, 즉 청두·충칭(成渝), …` five
    assert [(w.line, w.message.split(":")[0]) for w in issue.warnings if w.code == "count_mismatch"] == [
        (126, "the text says 6개 성·시·자치구 but lists 5")]
    issue = corpus_issue(440)
    # l.5 `2028년 6월 16일(금) 발행`; l.9 `Tel. +86-10-6780-8840 | E-mail. info@kicchina.org`
    head = records_of(issue, "issues")[0]
    assert (head["number"], head["date"], head["phone"], head["email"]) == (
        440, "2028-06-16", "+86-10-6780-8840", "info@kicchina.org")
    # l.35 `01  1~5월 지역 경제 지표: …` over its byline l.36 `자료: … | 정리: KIC 중국 리서치팀`, a blank line, its text
    sections = records_of(issue, "sections")
    assert [(s["title"], s["line_start"]) for s in sections][0] == ("1~5월 지역 경제 지표: 소비는 서부, 투자는 동부가 견인", 35)
    assert sections[0]["blocks"][0]["text"] == "자료: 국가통계국(国家统计局), 각 성 통계국 | 정리: KIC 중국 리서치팀"


def test_shapes_of_441_to_444(corpus_issue):
    issue = corpus_issue(444)
    # l.31 `정책 · 지역 │ 01` over l.33 `2027 년 전국 과학기술경비 통계공보: …` and its source: the category and the number
    # of the article (a line recurring on three pages, never page furniture: a page has no leading zero)
    sections = records_of(issue, "sections")
    assert [(s["title"], s["category"], s["page_start"]) for s in sections][:2] == [
        ("2027년 전국 과학기술경비 통계공보: 31개 성 R&D 투입 비교", "정책 · 지역", 2),
        ("1~5월 지역별 수출입 동향, 중서부 ‘약진’ 동부 ‘주춤’", "정책 · 지역", 4)]
    assert 31 not in set(issue.coverage.furniture)
    # l.15–16 `02  2027 년 전국 과학기술경비 통계공보: …` / `    / 국가통계국(国家统计局)`: page first, source after a slash
    entry = records_of(issue, "issues")[0]["toc"][0]
    assert (entry["page"], entry["source"], entry["source_zh"]) == (2, "국가통계국", "国家统计局")
    # l.43 `단위: 억 위안, %` over `권역 | 지역 | 2025 년 | 2026 년 | 2027 년 | 투자강도(2027 년)`: the years one measure
    row = [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 45]
    assert row == [("561000000000", "위안"), ("602000000000", "위안"), ("645000000000", "위안"), ("3.72", "%")]
    # l.90 `… 네 곳으로, 신장위구르자치구(新疆维吾尔自治区, 18.4%), 윈난성(云南省, 12.7%), 하이난성(海南省, 11.2%)이었다`
    assert [w.line for w in issue.warnings if w.code == "count_mismatch"] == [90]
    issue = corpus_issue(441)
    # l.130–131 `표 2) …` / `단위: 개사 (입주 기업 수, 2028년 5월 말 기준)`, a page break, then the table (l.139)
    table = next(t for t in records_of(issue, "tables") if t["line_start"] <= 140 <= t["line_end"])
    assert (table["title"], table["unit"]) == ("표 2) 국가급 저고도경제 선행구 지정 현황", "개사")
    # l.246 `… 전략산업은 6 개 분야, 즉 디스플레이, 반도체, 신에너지차, 인공지능, 양자정보다.`: five
    assert [(w.line, w.message.split(":")[0]) for w in issue.warnings if w.code == "count_mismatch"] == [
        (246, "the text says 6개 분야 but lists 5")]
    # 442 l.99 `판매량(계)	만 대	1,649	1,880	2,098` over `내수` and `수출`: 1,548 + 322 = 1,870
    assert [w.message for w in corpus_issue(442).warnings if w.code == "total_mismatch"] == [
        "kic-china-weekly-442/t02 판매량(계) 2026년: printed 1,880, but its 2 parts add up to 1,870"]


def test_card_labels_for_a_legal_name_and_funding_raised(corpus_issue):
    # 403 l.144 `  - 법인명 | 灵枢机器人科技(上海)有限公司`: a label of its own (its Chinese was read as a bare value)
    card = next(t for t in records_of(corpus_issue(403), "tables") if t["line_start"] <= 144 <= t["line_end"])
    assert card["rows"][0] == ["법인명", "灵枢机器人科技(上海)有限公司"]
    # 442 l.161 `   자금 유치 엔젤+·시리즈 A 누적 약 3억 위안`: the funding of card ③
    amounts = [(a["value"], a["approx"], a["cumulative"]) for a in records_of(corpus_issue(442), "amounts") if a["line"] == 161]
    assert amounts == [("300000000", True, True)]


def test_shapes_of_445_to_448(corpus_issue):
    issue = corpus_issue(446)
    # l.14 `[포커스 차이나]` right over l.15 `지역별 상반기 대외무역 성적표 ····· 2`: a category, not an entry's first line
    assert [(e["category"], e["page"]) for e in records_of(issue, "issues")[0]["toc"]][:2] == [
        ("포커스 차이나", 2), ("포커스 차이나", 4)]
    # l.85–86 `03 中 저고도경제 …` over `인민망 한국어판 | 2028.07.24`; l.178–179 `07 …` over `글 · KIC 중국`: bylines
    assert [(s["line_start"], s["category"]) for s in records_of(issue, "sections")][2::4] == [
        (85, "포커스 차이나"), (178, "센터 소식")]
    # a row split by a page break, the header printed between its halves: `쑤저우시 … 핀란드` | `헬싱키 2021 31`
    rows = [r for t in records_of(issue, "tables") for r in t["rows"] if r[0] == "쑤저우시"]
    assert rows == [["쑤저우시", "쑤저우헬싱키혁신센터(苏州赫尔辛基创新中心)", "핀란드 헬싱키", "2021", "31"]]
    # 445 l.160 `소계	위안화 거래 7 건	…	약 29억 5,000만 위안`: the seven 위안 rows, not the 달러 one, add up
    assert not [w for w in corpus_issue(445).warnings if w.code == "total_mismatch" and w.line == 160]
    # 447 l.133 `설립 : 2022 년 5 월` after a blank line on page after page: a card's field, no furniture
    assert not {133, 142, 155, 164} & set(corpus_issue(447).coverage.furniture)
    # 448 l.21–22 `05  스타트업 카드: … 주목할 기업` over `    3 곳 ··········· 8`: the entry's rest
    entry = records_of(corpus_issue(448), "issues")[0]["toc"][4]
    assert (entry["title"], entry["page"]) == ("스타트업 카드: 체화지능(具身智能)부터 고체 배터리까지, 주목할 기업 3 곳", 8)


def test_a_figure_of_the_ranked_region_after_it(corpus_issue):
    # 446 l.39 `… 2조 7,410억 위안을 기록한 2위 장쑤성(江苏省)을 430억 위안 차이까지 따라붙었다`: 장쑤성's, ranked 2
    assert ("장쑤성", "2741000000000", "위안", 2, None, 2028) in _figures(corpus_issue(446), 39)


def test_an_overwhelming_lead_and_a_rank_before_its_described_region(corpus_issue):
    issue = corpus_issue(448)
    # l.104 `베이징시가 6.71%로 압도적이었고 상하이시 4.58%, 톈진시 3.82%, 광둥성 3.72% 순이었다`
    assert [f[:4] for f in _figures(issue, 104)][:4] == [("베이징시", "6.71", "%", 1), ("상하이시", "4.58", "%", 2),
                                                         ("톈진시", "3.82", "%", 3), ("광둥성", "3.72", "%", 4)]
    # l.106 `… 전국 2 위에 올랐다. 1 위는 12.4% 늘어난 닝샤후이족자치구(宁夏回族自治区)였다`: the region described
    assert ("닝샤후이족자치구", "12.4", "%", 1, None, 2027) in _figures(issue, 106)
    # (337 l.78, its paragraph from l.77, `홍콩 비중은 67.9%에 달해 여전히 압도적이었고`: a share, no rank)
    assert ("홍콩", "67.9", "%", None, None, 2026) in _figures(corpus_issue(337), 77)
