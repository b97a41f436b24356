"""glossary.json for 제 268 호: every Chinese name, its readings and how each spelling is classified."""

from __future__ import annotations

from pathlib import Path

import pytest

from kic_extract.names.glossary import align, classify, split_name

GOLDEN = Path(__file__).parent / "golden" / "glossary_268.tsv"


def _expected() -> dict[str, tuple]:
    rows = [r.split("\t") for r in GOLDEN.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    return {zh: (ko, sino, kind, seen) for zh, ko, sino, kind, seen in rows[1:]}


def _seen(entry) -> str:
    return "; ".join(f"{s['text']}={s['form']}×{s['count']}" for s in entry["seen"])


def test_every_name_of_the_issue(data):
    expected = _expected()
    got = {e["zh"]: (e["ko"], e["ko_sino"], e["kind"], _seen(e)) for e in data["glossary"]}
    assert sorted(got) == sorted(expected)
    for zh, want in expected.items():
        assert got[zh] == want, zh


@pytest.mark.parametrize(("zh", "text", "form"), [
    ("无锡", "우씨", "variant"), ("大连", "따리엔", "variant"), ("长沙", "창샤", "variant"),
    ("长春", "장춘", "sino"), ("贵阳", "귀양", "sino"), ("侯军", "호우진", "variant"),
    ("广州", "광저우", "standard"), ("国务院", "국무원", "sino"), ("智东西", "지동서", "sino"),
    ("时代数据", "시대데이터", "other"), ("比亚迪", "BYD", "other"), ("紫竹", "즈주", "variant"),
    ("天津", "텐진", "variant"), ("贵州", "귀저우", "variant"), ("江西", "장씨", "variant"), ("内蒙古", "내몽골", "other"),
])
def test_spellings_named_in_the_issue(data, zh, text, form):
    entry = next(e for e in data["glossary"] if e["zh"] == zh)
    assert (text, form) in [(s["text"], s["form"]) for s in entry["seen"]]


def test_traditional_forms_are_kept_and_simplified(data):
    written = {e["zh"]: e["zh_written"] for e in data["glossary"] if e["zh_written"]}
    assert written == {"冰丝带": ["冰絲帶"], "双创": ["雙創"], "京张": ["京張"], "张家口": ["張家口"],
                       "国金": ["國金"], "舌祸": ["舌禍"]}


def test_seen_spellings_point_at_their_lines(data):
    wuxi = next(e for e in data["glossary"] if e["zh"] == "无锡")
    assert [r["line"] for r in wuxi["seen"][0]["refs"]] == [224, 224, 224]
    tianjin = {s["text"]: [r["line"] for r in s["refs"]] for s in next(e for e in data["glossary"] if e["zh"] == "天津")["seen"]}
    assert tianjin["텐진"] == [184, 228]


def test_generic_parts_are_translated_not_cores():
    segments = split_name("上海紫竹高新技术产业开发区")
    assert [(s.zh, s.generic) for s in segments] == [("上海", False), ("紫竹", False), ("高新技术产业开发区", True)]
    assert align(segments, "상하이즈주고신구") == ["상하이", "즈주", "고신구"]
    assert [s.zh for s in split_name("宁德时代新能源科技股份有限公司") if not s.generic] == ["宁德时代"]
    assert [s.zh for s in split_name("唐山市曹妃甸区") if not s.generic] == ["唐山", "曹妃甸"]
    assert split_name("省")[0].generic


def test_persons_are_found_in_brackets(data):
    persons = sorted(e["zh"] for e in data["glossary"] if e["kind"] == "person")
    assert persons == sorted(["侯军", "姚卫浩", "陈继涛", "杜洪江", "程军"])


def test_classification_thresholds():
    assert classify("허우쥔", "허우쥔", "후군") == "standard"
    assert classify("두홍장", "두훙장", "두홍강") == "variant"
    assert classify("촨촨촨촨", "훠쥐", "화거") == "other"


def test_hyphenated_korean_gives_each_core_its_span():
    from kic_extract.names.glossary import mention_to_observations
    from kic_extract.names.mentions import Mention

    got = [(o.zh, o.text, o.form) for o in mention_to_observations(Mention("北京中关村", "베이징-중관춘", False, 1))]
    assert got == [("北京", "베이징", "standard"), ("中关村", "중관춘", "standard")]
    got = [(o.zh, o.text) for o in mention_to_observations(Mention("張家口", "베이징-장자커우", False, 1))]
    assert got == [("张家口", "장자커우")]
