"""Kinds met going back over earlier rounds' held-out issues: a prefecture that is no city, glossed by its
short name (data/prefectures.tsv, written by tools/make_cities.py), a firm named with its Chinese as a
sentence's topic, and a region's short name that is a common word joined by `·` to its pair (`저장·처리`).
Lines and figures read by hand from the issues."""

from conftest import figures_at, load_tool, warnings_of

from kic_extract.data import tsv_rows
from kic_extract.gazetteer import PLACES, find_regions
from kic_extract.places import glossed_places
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def _tool():
    return load_tool("make_cities")


def test_prefectures_short_names_drop_the_generic_word_and_the_peoples():
    short = {r["zh"]: r["short"] for r in tsv_rows("prefectures.tsv")}
    assert len(short) == 40  # 30 autonomous prefectures, 7 地区, 3 盟 in the NBS codes of 2023
    assert short["西双版纳傣族自治州"] == "西双版纳"
    assert short["延边朝鲜族自治州"] == "延边"
    assert short["黔东南苗族侗族自治州"] == "黔东南"
    assert short["海西蒙古族藏族自治州"] == "海西"
    assert short["伊犁哈萨克自治州"] == "伊犁"  # (the people without 族)
    assert short["克孜勒苏柯尔克孜自治州"] == "克孜勒苏"
    assert short["大兴安岭地区"] == "大兴安岭" and short["锡林郭勒盟"] == "锡林郭勒"
    assert _tool().short_name("怒江傈僳族自治州") == "怒江"  # (怒 is a people too: the name keeps two syllables)


def test_a_prefecture_glossed_by_its_short_name_is_a_place():
    assert glossed_places("윈난성의 시솽반나(西双版纳)와 옌볜(延边), 스타트업(创业)") == {"시솽반나": "西双版纳", "옌볜": "延边"}


def test_figures_of_a_prefecture_named_by_its_short_name(corpus_issue):
    # 1145 l.95 `2024년 리장(丽江)과 시솽반나(西双版纳)의 관광 총수입은 각각 1,400억 위안을 넘어섰고, 성도인 쿤밍(昆明)은
    # 2,000억 위안 이상을 기록했다.`
    assert figures_at(corpus_issue(1145), 95) == [
        ("리장", "140000000000", None, "min", 2024), ("시솽반나", "140000000000", None, "min", 2024),
        ("쿤밍", "200000000000", None, "min", 2024)]


def test_a_firm_named_with_its_chinese_as_the_topic_is_no_region_before(corpus_issue):
    # 1145 l.54 `엔저가 이어진 일본의 경우 2024년 중국인 방문객이 698만 명으로 전년의 2.9배에 달했다. 면세점 최대 운영사인
    # 중국중면(中国中免)의 2024년 매출도 564억 7,000만 위안으로 16.4% 감소했다.`: the firm's sales are not Japan's
    assert figures_at(corpus_issue(1145), 54) == [("일본", "6980000", None, None, 2024), ("일본", "2.9", None, None, 2024)]


def test_storage_joined_to_another_step_is_no_province(corpus_issue):
    # 1143 l.45: `동수서산은 데이터 수요가 많은 동부의 데이터를 … 서부로 보내 저장·처리한다는 국가 전략으로, 2022년 2월
    # 국가발전개혁위원회(…) 등 4개 부처가 8개 국가 컴퓨팅 허브 노드와 10개 데이터센터 클러스터 건설을 승인하면서 본격화됐다.`
    assert [f for f in figures_at(corpus_issue(1143), 45) if f[0] == "저장"] == []
    found = [m.written for m in find_regions("수소의 생산·저장·운송, 광둥·저장·후베이, 선전·홍보", PLACES)]
    assert found == ["광둥", "저장", "후베이"]


def test_a_count_of_names_read_as_mandarin_beside_places_is_checked(corpus_issue):
    # 1143 l.266: `서부 5개 클러스터인 구이안, 허린거얼, 칭양, 중웨이는 전력과 기후 조건을 앞세워 …`: four named for five
    # (구이안 and 허린거얼 are clusters named after a new area and a county the gazetteer does not list)
    assert [line for line, _ in warnings_of(corpus_issue(1143), "count_mismatch")] == [266]
    assert sentence_counts("서부 5개 클러스터인 구이안, 허린거얼, 칭양, 중웨이는 늘었다.") == [
        (5, "개 클러스터", ["구이안", "허린거얼", "칭양", "중웨이"], False)]
    # (words that read as no Mandarin are no list of places)
    assert sentence_counts("핵심 3개 분야인 반도체, 배터리, 바이오는 늘었다.") == []


def test_a_rank_after_a_share_of_the_whole_ranks_the_level_it_is_of(corpus_issue):
    # 1115 l.50: `성(省)별로 보면 광둥성(广东省)이 25만 3,000대를 생산해 전국 생산량의 40% 이상을 차지하며 5년째 1위를 지켰다.
    # 장쑤성(江苏省)은 12만 1,000대로 2위에 올랐고 …`
    assert figures_at(corpus_issue(1115), 50)[:3] == [
        ("광둥성", "253000", 1, None, 2025), ("광둥성", "40", None, "min", 2025), ("장쑤성", "121000", 2, None, 2025)]
    # (a share alone, with no level before it, is what is ranked)
    figures, _ = block_to_figures("광둥성은 전국 수출의 40%를 차지하며 1위를 지켰다.", 2025)
    assert [(f["value"], f["rank"]) for f in figures] == [("40", 1)]


def test_what_a_firm_opened_somewhere_and_what_is_within_a_region(corpus_issue):
    # 1117 l.268: `2018년 베트남 하노이에 첫 해외 매장을 낸 미쉐빙청의 해외 매장은 2025년 말 4,900개를 넘어섰다. 나라별로는
    # 인도네시아가 약 2,600개로 가장 많고 베트남(1,300개), …`: the firm's stores, not Vietnam's
    assert figures_at(corpus_issue(1117), 268)[:2] == [("인도네시아", "2600", 1, None, 2025), ("베트남", "1300", 2, None, 2025)]
    # l.278: `업계는 한국 내 중국 차음료 브랜드 매장이 2025년 말 약 150개에 이른 것으로 추산한다.`: stores within Korea
    assert figures_at(corpus_issue(1117), 278) == [("한국", "150", None, None, 2025)]
    # (a place where firms are, not what they did there, keeps their count)
    figures, _ = block_to_figures("광둥성에 있는 기업은 300곳이다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("광둥성", "300")]
