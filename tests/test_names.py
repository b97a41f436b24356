"""Chinese names → Korean: the transliteration engine, readings, overrides and the command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kic_extract.data import tsv_rows
from kic_extract.names.readings import read_name, sino_korean
from kic_extract.names.translit import syllable_to_hangul

from conftest import ROOT

GOLDEN = Path(__file__).parent / "golden" / "translit.tsv"


def _golden():
    for row in GOLDEN.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        category, zh, ko, source = row.split("\t")
        yield pytest.param(zh, ko, category, id=f"{category}-{zh}")


GOLDEN_CASES = list(_golden())


def test_golden_set_is_large_and_sourced():
    assert len(GOLDEN_CASES) >= 150
    sources = {row.split("\t")[3] for row in GOLDEN.read_text(encoding="utf-8").splitlines()
               if row and not row.startswith("#")}
    assert sources <= {"rules", "nikl", "stdict", "press"}


@pytest.mark.parametrize(("zh", "ko", "category"), GOLDEN_CASES)
def test_standard_korean_form(zh, ko, category):
    assert read_name(zh, person=category == "person").ko == ko


# (syllable, Hangul): the table's finals after each kind of initial, and the 세칙 rule
SYLLABLES = [("zhī", "즈"), ("chī", "츠"), ("shī", "스"), ("rì", "르"), ("zī", "쯔"), ("cí", "츠"), ("sī", "쓰"),
             ("jī", "지"), ("qí", "치"), ("xī", "시"), ("jiā", "자"), ("qià", "차"), ("xià", "샤"), ("jiē", "제"),
             ("xiè", "셰"), ("jiāo", "자오"), ("xiǎo", "샤오"), ("jiǔ", "주"), ("xiū", "슈"), ("jiān", "젠"), ("qián", "첸"),
             ("xiān", "셴"), ("jiāng", "장"), ("xiǎng", "샹"), ("jiǒng", "중"), ("xióng", "슝"), ("jū", "쥐"), ("qù", "취"),
             ("xū", "쉬"), ("jué", "줴"), ("xué", "쉐"), ("juān", "쥐안"), ("quán", "취안"), ("jūn", "쥔"), ("xùn", "쉰"),
             ("lǜ", "뤼"), ("nǚ", "뉘"), ("lüè", "뤠"), ("yī", "이"), ("yā", "야"), ("yē", "예"), ("yáo", "야오"), ("yōu", "유"),
             ("yán", "옌"), ("yīn", "인"), ("yáng", "양"), ("yīng", "잉"), ("yōng", "융"), ("wū", "우"), ("wā", "와"),
             ("wǒ", "워"), ("wài", "와이"), ("wéi", "웨이"), ("wán", "완"), ("wén", "원"), ("wáng", "왕"), ("wēng", "웡"),
             ("yú", "위"), ("yuè", "웨"), ("yuán", "위안"), ("yún", "윈"), ("ā", "아"), ("ō", "오"), ("é", "어"), ("ài", "아이"),
             ("ēi", "에이"), ("ào", "아오"), ("ōu", "어우"), ("ān", "안"), ("ēn", "언"), ("áng", "앙"), ("ér", "얼"),
             ("guì", "구이"), ("duì", "두이"), ("sūn", "쑨"), ("lún", "룬"), ("duō", "둬"), ("guó", "궈"), ("zuǒ", "쭤"),
             ("dōng", "둥"), ("zhōng", "중"), ("sòng", "쑹"), ("fēng", "펑"), ("zhèng", "정"), ("bō", "보"), ("fó", "포"),
             ("guān", "관"), ("zhuāng", "좡"), ("shuài", "솨이"), ("huà", "화"), ("biē", "볘"), ("diǎn", "뎬"), ("niú", "뉴"),
             ("liáo", "랴오"), ("mián", "몐"), ("lǐn", "린"), ("dīng", "딩"), ("kǒu", "커우"), ("zhōu", "저우")]


@pytest.mark.parametrize(("syllable", "hangul"), SYLLABLES, ids=[s for s, _ in SYLLABLES])
def test_syllable_table(syllable, hangul):
    assert syllable_to_hangul(syllable) == hangul


def test_overrides_correct_what_pypinyin_reads_wrong():
    from pypinyin import Style, pinyin

    for row in tsv_rows("pinyin_overrides.tsv"):
        plain_reading = " ".join(p[0] for p in pinyin(row["zh"], style=Style.TONE))
        assert plain_reading != row["pinyin"], f"{row['zh']}: pypinyin already reads {plain_reading}"
    assert read_name("朝阳").pinyin == "Cháoyáng"
    assert read_name("长鑫").ko == "창신"
    assert read_name("曾毓群").pinyin == "Zēng Yùqún"
    assert read_name("蚌埠").pinyin == "Bèngbù" and read_name("六安").pinyin == "Lù'ān"
    assert read_name("台州").pinyin == "Tāizhōu"


@pytest.mark.parametrize(("zh", "sino"), [("广州", "광주"), ("关", "관"), ("宁德", "영덕"), ("辽宁", "요녕"),
                                           ("兰州", "난주"), ("柳州", "유주"), ("洛阳", "낙양"), ("深圳", "심천"),
                                           ("国务院", "국무원"), ("智东西", "지동서"), ("长春", "장춘"), ("贵阳", "귀양"),
                                           ("台湾", "대만"), ("香港", "향항"), ("新浪财经", "신랑재경")])
def test_sino_korean_reading(zh, sino):
    assert sino_korean(zh) == sino


def test_traditional_input_is_read_as_simplified():
    r = read_name("冰絲帶")
    assert (r.zh, r.zh_hant, r.ko, r.ko_sino) == ("冰丝带", "冰絲帶", "빙쓰다이", "빙사대")
    assert read_name("雙創").ko_sino == "쌍창" and read_name("京張").ko == "징장"


def test_translit_command_prints_the_contract_columns():
    proc = subprocess.run([sys.executable, "-m", "kic_extract", "translit", "广州", "冰絲帶", "曾毓群"],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.splitlines() == [
        "广州\tGuǎngzhōu\t광저우\t광주",
        "冰絲帶\tBīngsīdài\t빙쓰다이\t빙사대",
        "曾毓群\tZēng Yùqún\t쩡위췬\t증육군",
    ]


def test_translit_rejects_what_is_not_chinese():
    proc = subprocess.run([sys.executable, "-m", "kic_extract", "translit", "Beijing", "北京"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 1 and "'Beijing' is not a name in Chinese characters" in proc.stderr
    assert proc.stdout == "北京\tBěijīng\t베이징\t북경\n"


def _edit_distance(x: str, y: str) -> int:
    """Textbook Levenshtein distance, the oracle for `hangul.distance`."""
    prev = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        cur = [i]
        for j, cy in enumerate(y, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cx != cy)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize(("a", "b", "edits"), [
    ("우씨", "우시", 1),        # ㅆ → ㅅ: one jamo of six
    ("광저우", "광쩌우", 1),
    ("다롄", "따리엔", 4),     # ㄷ→ㄸ, ㅖ→ㅣ, ㅇ and ㅔ added
    ("", "", 0),
    ("가", "", 2),
])
def test_hangul_distance_is_jamo_edit_distance_over_the_longer(a, b, edits):
    import unicodedata

    from kic_extract.names.hangul import distance

    x, y = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    assert _edit_distance(x, y) == edits
    assert distance(a, b) == (edits / max(len(x), len(y)) if x or y else 0.0)


def test_a_name_is_never_cut_inside_a_word_joined_by_hyphens():
    # 329 l.203 `광둥-홍콩-마카오 대만구(粤港澳大湾区)는 홍콩·마카오 2개 특별행정구와`
    from kic_extract.ingest import Line
    from kic_extract.names.mentions import lines_to_mentions

    line = Line(203, "광둥-홍콩-마카오 대만구(粤港澳大湾区)는 홍콩·마카오 2개 특별행정구와 주장삼각주 9개 도시로 이뤄진다.")
    assert [(m.text, m.zh) for m in lines_to_mentions([line])] == [("광둥-홍콩-마카오 대만구", "粤港澳大湾区")]


def test_a_name_cut_by_a_line_wrap_one_syllable_short_takes_in_the_word_before():
    # LibreOffice's print of 432 wraps `산시성` after `산`, and the PDF's text reads `그 뒤를 산 시성(陕西省·196 만 대)`:
    # `시성` is one syllable short of 산시성, and `산 시성` reads it exactly
    from kic_extract.ingest import Line
    from kic_extract.names.mentions import lines_to_mentions

    line = Line(1, "상하이시는 241 만 대로 3 위로 밀려났다. 그 뒤를 산 시성(陕西省·196 만 대)이 이었다.")
    assert [(m.text, m.zh) for m in lines_to_mentions([line])] == [("산 시성", "陕西省")]
    # (a name one syllable short that no word before completes stays as written: `베이징대(北京大学)`)
    line = Line(2, "그는 베이징대(北京大学)를 졸업했다.")
    assert [(m.text, m.zh) for m in lines_to_mentions([line])] == [("베이징대", "北京大学")]
