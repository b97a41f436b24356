"""Kinds met going back over earlier rounds' held-out issues: a prefecture that is no city, glossed by its
short name (data/prefectures.tsv, written by tools/make_cities.py), and a firm named with its Chinese as a
sentence's topic. Lines and figures read by hand from the issues."""

import importlib.util
from pathlib import Path

from conftest import figures_at

from kic_extract.data import tsv_rows
from kic_extract.places import glossed_places

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("make_cities", ROOT / "tools" / "make_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
