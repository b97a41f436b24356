"""Chinese names as Korean news writes them: mention shapes, generic parts, word-dependent
readings, hanja variants, Sino-Korean readings for names, and the form of a spelling."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kic_extract.data import tsv_rows
from kic_extract.ingest import Line
from kic_extract.names.forms import name_form
from kic_extract.names.glossary import GlossaryBuilder, issue_observations, mention_to_observations
from kic_extract.names.mentions import DOTS, text_mentions
from kic_extract.names.parts import generics
from kic_extract.names.readings import fold_variants, read_name, sino_korean


def _pairs(text: str) -> list[tuple[str, str | None, bool]]:
    return [(m.zh, m.text, m.person) for m in text_mentions(text)]


# ── 1. mention shapes ─────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("dot", list(DOTS))
def test_an_age_after_any_middle_dot_is_not_the_name(dot):
    assert _pairs(f"리커창(李克強{dot}62) 총리") == [("李克強", "리커창", True)]
    assert _pairs(f"류촨즈(63{dot}柳傳志{dot}사진) 회장") == [("柳傳志", "류촨즈", True)]


@pytest.mark.parametrize(("text", "want"), [
    ("리샹(理想·Li Auto)과", [("理想", "리샹", False)]),
    ("닝더스다이(寧德時代·영덕시대)다", [("寧德時代", "닝더스다이", False)]),
    ("닝더스다이(宁德时代, 영덕시대, CATL)가", [("宁德时代", "닝더스다이", False)]),
    ("닝더스다이(CATL, 寧德時代)다", [("寧德時代", "닝더스다이", False)]),
    ("국가전망(SGCC.國家電網)은", [("國家電網", "국가전망", False)]),
    ("CATL(寧德時代)과 BYD(比亞迪)", [("寧德時代", "CATL", False), ("比亞迪", "BYD", False)]),
    ("징진지(京津冀 베이징·톈진·허베이)", [("京津冀", "징진지", False)]),
    ("‘화웨이’(華爲)의", [("華爲", "화웨이", False)]),
    ("리창 총리(李强)와 왕이(王毅) 부장은", [("李强", "리창", True), ("王毅", "왕이", True)]),
    ("시진핑(習近平·사진)", [("習近平", "시진핑", True)]),
    ("상하이 푸둥신구(上海浦东新区)와 장쑤성 쿤산시(昆山市)",
     [("上海浦东新区", "상하이 푸둥신구", False), ("昆山市", "쿤산시", False)]),
    ("토머스 콕(郭炳江) 회장", [("郭炳江", "토머스 콕", True)]),
    ("옌타이 장위(煙臺 張裕)그룹 쑨리창(孫利强) 회장", [("煙臺", "옌타이", False), ("張裕", "장위", False),
                                                 ("孫利强", "쑨리창", True)]),
    ("류촨즈(柳傳志 )렌샹지주회사 회장", [("柳傳志", "류촨즈", True)]),
    ("CLP 홀딩스(中電)는 SK 하이닉스 우시(无锡) 공장과", [("中電", "CLP 홀딩스", False), ("无锡", "우시", False)]),
    ("야안((雅安)에서", [("雅安", "야안", False)]),
    ("화춘잉(華春瑩) 외교부 신문사 사장(司長·국장급)이", [("華春瑩", "화춘잉", False), ("司長", "사장", False)]),
    ("마윈(馬雲·잭 마) 회장", [("馬雲", "마윈", True)]),
    ("톈궈리(田國立) 중국은행 회장과 뉴시밍(牛錫明) 교통은행 회장",
     [("田國立", "톈궈리", True), ("牛錫明", "뉴시밍", True)]),
])
def test_mention_shapes(text, want):
    assert _pairs(text) == want


def test_the_mention_finder_reads_every_pair_of_a_long_line():
    assert len(issue_observations([Line(1, "국무원(国务院) " * 50_000)])) == 50_000


# ── 2. generic parts ──────────────────────────────────────────────────────────────────────
GENERIC_ROWS = [pytest.param(zh, words, historical, id=zh)
                for zh, words, _, _, historical in sorted(set(generics()) | set(generics(standard_only=True)))]
IN_STANDARD = {zh for zh, *_ in generics(standard_only=True)}
IN_GLOSSARY = {zh for zh, *_ in generics()}


@pytest.mark.parametrize(("generic", "words", "historical"), GENERIC_ROWS)
def test_translit_glossary_and_form_agree_on_every_generic_part(generic, words, historical):
    name = "昆山" + generic
    reading = read_name(name, person=False)
    if historical:  # a place of the old administration is read in Korean
        assert reading.ko == reading.ko_sino == "곤산" + words[0]
        return
    if generic in IN_STANDARD:  # administrative units and the like: the Korean word
        assert reading.ko == "쿤산" + words[0]
    else:  # split off for the glossary only: transliterated
        assert reading.ko == "쿤산" + read_name(generic, person=False).ko
    for written in {reading.ko, "쿤산" + words[0]}:
        observed = mention_to_observations(text_mentions(f"{written}({name})")[0])
        want = ("昆山", "쿤산", "standard") if generic in IN_GLOSSARY else (name, written, "standard")
        assert [(o.zh, o.text, o.form) for o in observed] == [want], written
        assert name_form(written, name) == "standard", written


@pytest.mark.parametrize(("zh", "ko"), [("浦东新区", "푸둥신구"), ("昆山市", "쿤산시"), ("义乌市", "이우시"),
                                         ("单县", "산현"), ("华西镇", "화시진"), ("阿里巴巴集团", "아리바바그룹"),
                                         ("清华大学", "칭화대학"), ("广西壮族自治区", "광시좡족자치구"),
                                         ("延边朝鲜族自治州", "옌볜조선족자치주"), ("中国工商银行", "중국궁상은행"),
                                         ("景德镇", "징더전"), ("新乡", "신샹"), ("乌镇", "우전"), ("中国", "중궈"),
                                         ("川底下村", "촨디샤촌"), ("北京中关村", "베이징중관춘")])
def test_whole_names_write_generic_parts_in_korean(zh, ko):
    assert read_name(zh, person=False).ko == ko


# ── 3. readings that depend on the word ───────────────────────────────────────────────────
@pytest.mark.parametrize(("zh", "pinyin", "ko"), [
    ("单霁翔", "Shàn Jìxiáng", "산지샹"), ("区伟", "Ōu Wěi", "어우웨이"), ("仇和", "Qiú Hé", "추허"),
    ("查良镛", "Zhā Liángyōng", "자량융"), ("盖叫天", "Gě Jiàotiān", "거자오톈"), ("朴槿惠", "Piáo Jǐnhuì", "퍄오진후이"),
    ("覃恩", "Qín Ēn", "친언"), ("缪谦", "Miào Qiān", "먀오첸"), ("冼星海", "Xiǎn Xīnghǎi", "셴싱하이"),
])
def test_surnames_take_their_own_reading(zh, pinyin, ko):
    r = read_name(zh, person=True)
    assert (r.pinyin, r.ko) == (pinyin, ko)


@pytest.mark.parametrize(("zh", "pinyin", "ko"), [
    ("六安", "Lù'ān", "루안"), ("蚌埠", "Bèngbù", "벙부"), ("番禺", "Pānyú", "판위"), ("莘县", "Shēnxiàn", "선현"),
    ("长飞", "Chángfēi", "창페이"), ("长宁", "Chángníng", "창닝"), ("长城", "Chángchéng", "창청"),
    ("长子", "Zhǎngzǐ", "장쯔"), ("都匀", "Dūyún", "두윈"), ("乐山", "Lèshān", "러산"), ("华为", "Huáwéi", "화웨이"),
    ("美的", "Měidì", "메이디"),
])
def test_heteronyms_in_place_and_company_names(zh, pinyin, ko):
    r = read_name(zh)
    assert (r.pinyin, r.ko) == (pinyin, ko)


def _pypinyin(text: str) -> str:
    from pypinyin import Style, pinyin

    return " ".join(p[0] for p in pinyin(text, style=Style.TONE))


def test_reading_tables_only_hold_what_pypinyin_reads_otherwise_and_say_why():
    for row in tsv_rows("pinyin_name_chars.tsv"):
        assert _pypinyin(row["char"]) != row["pinyin"] and row["source"], row
    for row in tsv_rows("surname_readings.tsv"):
        assert row["pinyin"] or row["sino"], row
        if row["pinyin"]:
            assert _pypinyin(row["char"]) != row["pinyin"], row
    for row in tsv_rows("pinyin_overrides.tsv"):
        assert row["source"], row
    for row in tsv_rows("sino_overrides.tsv"):
        assert row["note"], row


# ── 4. hanja as Korean texts type them ────────────────────────────────────────────────────
VARIANTS = Path(__file__).parents[1] / "src" / "extract" / "data" / "hanja_variants.tsv"


@pytest.mark.parametrize(("written", "folded"), [("敎", "教"), ("眞", "真"), ("姸", "妍"), ("黒", "黑"), ("徳", "德"),
                                                 ("呑", "吞"), ("硏", "研"), ("\uf914", "樂"), ("\uf9b4", "領")])
def test_korean_and_japanese_code_points_fold(written, folded):
    assert fold_variants(written) == folded


def test_folded_forms_key_one_glossary_entry_and_keep_what_was_written():
    builder = GlossaryBuilder()
    builder.add("a", issue_observations([Line(1, "안후이(安徽)의 중국과학기술대학(中国科学技术大学) 교육부(敎育部)")]))
    builder.add("b", issue_observations([Line(2, "교육부(教育部)와 리옌(李姸) 교수")]))
    builder.add("c", issue_observations([Line(3, "리옌(李妍) 교수와 더저우(徳州)")]))
    entries = {e["zh"]: e for e in builder.records()}
    assert entries["教育"]["zh_written"] == ["敎育"]
    assert [s["count"] for s in entries["教育"]["seen"]] == [2]
    assert entries["李妍"]["zh_written"] == ["李姸"] and entries["德州"]["zh_written"] == ["徳州"]


def test_variant_table_is_generated_sourced_and_settled():
    header = [ln for ln in VARIANTS.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    assert any("GENERATED" in ln and "Unihan" in ln and "Unicode 15" in ln for ln in header)
    rows = tsv_rows("hanja_variants.tsv")
    assert len(rows) > 1000 and {r["field"] for r in rows} <= {
        "kCompatibilityVariant", "kZVariant", "kSemanticVariant", "kCCCII", "kTelegraph"}
    for row in rows:
        assert fold_variants(fold_variants(row["char"])) == fold_variants(row["char"]) != row["char"]


@pytest.mark.skipif(not Path("/usr/share/unicode/Unihan_Variants.txt.bz2").exists(),
                    reason="needs Debian's unicode-data package")
def test_generator_reproduces_the_committed_table(tmp_path):
    subprocess.run([sys.executable, "-m", "kic_extract.names.build_tables", "--out", str(tmp_path)], check=True,
                   capture_output=True)
    assert (tmp_path / "hanja_variants.tsv").read_bytes() == VARIANTS.read_bytes()


# ── 5. Sino-Korean readings of characters with several readings ──────────────────────────
@pytest.mark.parametrize(("zh", "person", "sino"), [
    ("辽宁", False, "요녕"), ("深圳", False, "심천"), ("番禺", False, "번우"), ("六安", False, "육안"),
    ("乐山", False, "낙산"), ("冼星海", True, "선성해"), ("沈磊", True, "심뢰"), ("叶挺", True, "섭정"),
    ("金立旺", True, "김립왕"), ("李路明", True, "이로명"), ("单霁翔", True, "선제상"), ("漓江", False, "이강"),
    ("华春莹", True, "화춘영"),
])
def test_sino_korean_reading_used_in_names(zh, person, sino):
    assert sino_korean(zh, person=person) == sino


# ── 6. forms ──────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "zh", "person", "form"), [
    ("국무원", "国务院", False, "sino"), ("중국공상은행", "中国工商银行", False, "sino"), ("장사", "长沙", False, "sino"),
    ("손문", "孙文", True, "sino"), ("창샤", "长沙", False, "variant"), ("시베이농민은행", "西北农民银行", False, "variant"),
    ("판공성", "潘功胜", True, "variant"), ("푸둥신구", "浦东新区", False, "standard"),
    ("타이창시", "太仓", False, "standard"), ("샤오펑", "小鹏汽车", False, "standard"),
    ("위챗", "微信", False, "other"), ("알리바바", "阿里巴巴", False, "other"), ("리카싱", "李嘉诚", True, "other"),
    ("CATL", "宁德时代", False, "other"), ("남녕부", "南宁府", False, "standard"),
])
def test_form_of_a_spelling(text, zh, person, form):
    assert name_form(text, zh, person) == form
