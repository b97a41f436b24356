"""Split a cell that gives a name in Korean (or Latin) and then in Chinese; read a column of such names after places."""

from __future__ import annotations

from os.path import commonprefix

from kic_extract.compiled import compiled
from kic_extract.gazetteer import EVERY_LEVEL, listed_spelling, names_place
from kic_extract.names.readings import pinyin_syllables, standard_korean
from kic_extract.places import chinese_cities

_TRAILING_HAN = compiled(r"^(?P<ko>.*?)\s*(?P<zh>\p{Han}[\p{Han}\p{N}·（）()]*)$")
# (Latin letters and digits inside the Chinese too, after a name with no Han: `원다V신소재 文达V新材料`)
_TRAILING_HAN_LATIN = compiled(r"^(?P<ko>[^\p{Han}]*?[^\p{Han}\s])\s*(?P<zh>\p{Han}[\p{Han}\p{N}·（）()]*(?:[A-Za-z0-9]+\p{Han}[\p{Han}\p{N}·（）()]*)+)$")
# a name's Chinese in brackets after it (`(星海智能)`, `(G60 脑智科创基地)`, `( 张江科学城)` as a PDF's text may set it)
# (Latin letters and digits inside or after it too: `(深信3D科技)`, `(海丘农业AI)`)
_GLOSS = r"\s*[(（]\s*(?P<zh>(?:[A-Za-z0-9]+\s?)?\p{Han}[\p{Han}\p{N}·\-]*(?:[A-Za-z0-9]+(?:\p{Han}[\p{Han}\p{N}·\-]*)?)*)\s*[)）]"
# a name glossed with its Chinese in brackets (`싱하이즈넝(星海智能)`, `선전펑차오즈넝과기유한공사(深圳蜂巢智能科技有限公司)`)
_GLOSSED = compiled(rf"^(?P<ko>[^()（）\p{{Han}}]*[^\s()（）\p{{Han}}]){_GLOSS}$")
PAIR = compiled(r"(?P<ko>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z0-9]*)\((?P<zh>\p{Han}+)\)")


def split_ko_zh(text: str | None) -> tuple[str | None, str | None]:
    """(Korean or Latin part, Chinese part) of `광저우 지사 广州分行`-style text.

    >>> split_ko_zh("후베이자유무역구 우한존 지점 湖北自贸区武汉片区分行")
    ('후베이자유무역구 우한존 지점', '湖北自贸区武汉片区分行')
    >>> split_ko_zh("CATL 宁德时代新能源科技股份有限公司"), split_ko_zh("상장사"), split_ko_zh("北京")
    (('CATL', '宁德时代新能源科技股份有限公司'), ('상장사', None), (None, '北京'))
    >>> split_ko_zh("싱하이즈넝(星海智能)"), split_ko_zh("51Job(前程无忧) 前程无忧网络科技有限公司")
    (('싱하이즈넝', '星海智能'), ('51Job(前程无忧)', '前程无忧网络科技有限公司'))
    >>> split_ko_zh("장장과학성( 张江科学城)"), split_ko_zh("G60 뇌지능과학혁신기지(G60 脑智科创基地)")  # (as a PDF's text may set them)
    (('장장과학성', '张江科学城'), ('G60 뇌지능과학혁신기지', 'G60 脑智科创基地'))
    >>> split_ko_zh("텐센트(腾讯), 상하이궈터우(上海国投)"), split_ko_zh("다싱-이좡원(大兴-亦庄园)")
    (('텐센트, 상하이궈터우', '腾讯, 上海国投'), ('다싱-이좡원', '大兴-亦庄园'))
    >>> split_ko_zh("딥시그널3D(深信3D科技)"), split_ko_zh("하이추농업AI(海丘农业AI)")
    (('딥시그널3D', '深信3D科技'), ('하이추농업AI', '海丘农业AI'))
    >>> split_ko_zh("원다V신소재 文达V新材料")
    ('원다V신소재', '文达V新材料')
    """
    if not text:
        return None, None
    if glossed := _GLOSSED.match(text.strip()):
        return glossed["ko"], glossed["zh"]
    if names := _glossed_names(text.strip()):
        return names
    m = _TRAILING_HAN_LATIN.match(text.strip()) or _TRAILING_HAN.match(text.strip())
    if not m or m["zh"].count(")") + m["zh"].count("）") > m["zh"].count("(") + m["zh"].count("（"):
        return text.strip(), None  # (no Chinese part cut out of a bracket)
    return (m["ko"].strip() or None), m["zh"]


_NAME_GLOSSED = compiled(rf"(?P<ko>[^()（）,·、\s][^()（）,·、]*?){_GLOSS}")
_BETWEEN_NAMES = compiled(r"\s*[,·、]\s*|\s+")


def _glossed_names(text: str) -> tuple[str, str] | None:
    """Several names each glossed with its Chinese, parted by commas or dots: their Korean names and their
    Chinese names, each parted as the text parts them (`훙산중국(红杉中国)·선전캐피털(深创投)` → `훙산중국·선전캐피털`,
    `红杉中国·深创投`; a place before its district, Chinese with no space: `베이징(北京) 차오양구(朝阳区)` → `베이징
    차오양구`, `北京朝阳区`); None for any other text.

    >>> _glossed_names("베이징(北京) 차오양구(朝阳区)"), _glossed_names("텐센트(腾讯), 상하이궈터우(上海国投)")
    (('베이징 차오양구', '北京朝阳区'), ('텐센트, 상하이궈터우', '腾讯, 上海国投'))
    """
    ko, zh, at = [], [], 0
    while True:
        m = _NAME_GLOSSED.match(text, at)
        if m is None:
            return None
        ko.append(m["ko"].strip())
        zh.append(m["zh"])
        if m.end() == len(text):
            break
        sep = _BETWEEN_NAMES.match(text, m.end())
        if sep is None or sep.end() == len(text):
            return None
        mark = sep.group().strip()
        ko.append(mark + " " if mark in ("", ",", "、") else mark)
        zh.append(mark + " " if mark in (",", "、") else mark)  # (a place and its district: `北京朝阳区`)
        at = sep.end()
    return ("".join(ko), "".join(zh)) if len(zh) > 1 else None


def column_places(cells: list[str | None]) -> dict[str, str]:
    """Places a table's column of bilingual names gives, each a place's name and one generic word shared by the
    column (`사오관 클러스터 韶关集群`, `허린거얼 클러스터 和林格尔集群`): where at least half of the column's names, and
    two or more, open with a place known already (a city of data/cities.tsv its Korean transliterates, a gazetteer's
    place), the rest whose Korean transliterates their Chinese open with places too. Korean name → Chinese, without
    the generic word.

    >>> column_places(["장자커우 클러스터 张家口集群", "사오관 클러스터 韶关集群", "허린거얼 클러스터 和林格尔集群",
    ...                "구이안 클러스터 贵安集群"])
    {'장자커우': '张家口', '사오관': '韶关', '허린거얼': '和林格尔', '구이안': '贵安'}
    >>> column_places(["화웨이 클라우드 华为云", "알리 클라우드 阿里云", "둥팡 클라우드 东方云"])  # (firms: one city)
    {}
    """
    pairs = [(ko, zh) for ko, zh in map(split_ko_zh, cells) if ko and zh and "(" not in ko]
    if len(pairs) < 3 or not all(" " in ko for ko, _ in pairs) or len({ko.rsplit(" ", 1)[1] for ko, _ in pairs}) != 1:
        return {}
    ko_tail = len(pairs[0][0].rsplit(" ", 1)[1]) + 1
    zh_tail = len(_common_suffix([zh for _, zh in pairs]))
    if not 1 <= zh_tail <= 4 or any(len(zh) <= zh_tail + 1 for _, zh in pairs):
        return {}
    heads = [(ko[:-ko_tail], zh[:-zh_tail]) for ko, zh in pairs if " " not in ko[:-ko_tail]]
    read = {zh: standard_korean(zh, pinyin_syllables(zh)) for _, zh in heads}
    # (a city only as its Chinese is read: not `알리 클라우드 阿里云`, 阿里 a prefecture read 아리)
    known = [(ko, zh) for ko, zh in heads if read[zh] == ko and zh in chinese_cities()
             or zh not in chinese_cities() and names_place(ko, EVERY_LEVEL)]
    if len(known) < 2 or 2 * len(known) < len(heads):
        return {}
    return {ko: zh for ko, zh in heads if (ko, zh) in known or len(ko) > 1 and read[zh] == ko and not listed_spelling(ko)}


def _common_suffix(texts: list[str]) -> str:
    """The longest ending all `texts` share (`集群` of `张家口集群`, `韶关集群`)."""
    return commonprefix([t[::-1] for t in texts])[::-1]
