"""How the items of a list a count counts are read (for `typed.counts`): a list is split at its
separators outside brackets (`인재(대학 졸업생, 정주율)` is one item), its items are short names and
nothing else (a clause, a figure or the kinds what is counted falls into make it no list), and an
item may be a place the gazetteer knows or a name ending in a place's generic word. A ranking closed by `순` lists the
places it names, each with its figure (`ranked_after`, `ranked_before`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows, word_list
from kic_extract.gazetteer import EVERY_LEVEL, names_place
from kic_extract.places import find_places, place_suffixes, reads_as_mandarin

GLOSS = compiled(r"\(\p{Han}[^()]*\)")  # a Chinese gloss, not a bracketed figure (`상하이(31 건)`)
ASIDE = compiled(r"\((?!\p{Han})[^()]*\)")  # an aside in brackets, no gloss (`(AI 심리상담)`)
# (and `와`/`과` after a quoted or glossed name: `우수상 ‘하이퍼랩’과 ‘누리바이오’`)
_SEPARATOR = compiled(r"\s*(?:,|，|·|ㆍ|및|그리고|(?<=[’'”\"」』)])(?:과|와)(?=\s))\s*")
# `와`/`과` closing a list's last name before what was done with it (`…, 홍콩의 사이버포트(数码港)와 협력 협약을 맺었다`)
PARTNER_CLOSE = r"(?<=[)’'”\p{Hangul}])(?:와|과)\s+(?:" + "|".join(word_list("partner_words.txt")) + ")"
_BRACKET_OR_SEPARATOR = compiled(r"[(\[（]|[)\]）]|" + _SEPARATOR.pattern)
BRACKET_OR_COMMA = compiled(r"[(\[（]|[)\]）]|\s*,\s*")
_SYLLABLE = compiled(r"\p{Hangul}")
ITEM_MAX_CHARS = 20

# a list item's label and what it names, up to a dash that says more (`우수상: 마음결(AI 심리상담), 팜링크(…) — 각 상금`)
_LABELLED = compiled(r"^\s*\p{Hangul}{1,8}\s*:\s*(?P<body>[^—–]+?)\s*(?:[—–]|$)")
_DIGIT = compiled(r"\d")  # a listed name holds no figure: `베이징이 143 개` is a clause, not an item


def split_outside_brackets(text: str, separators: regex.Pattern[str] = _BRACKET_OR_SEPARATOR) -> list[str]:
    """Split at list separators, except inside brackets (`인재(대학 졸업생, 정주율)` is one item).

    >>> split_outside_brackets("창업(기업 수, 유니콘 수), 인재")
    ['창업(기업 수, 유니콘 수)', '인재']
    """
    parts, depth, start = [], 0, 0
    for m in separators.finditer(text):
        token = m.group()
        if token in "([（":
            depth += 1
        elif token in ")]）":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


_VERB_END = compiled(r"(?:았|었|였|했|됐|한|린|난)다\.?$")
# the kinds what is counted falls into, not its members (`22곳이 AI·로봇·반도체 분야였다`)
_KINDS = compiled(r"\s(?:분야|업종|산업|부문|영역)$")
# a verb joining its clause to the next inside an item (`58개사가 몰려 부품·…`, `61개사가 집중돼 있으며, …`)
_CONNECTIVE = compiled(r"\p{Hangul}(?:려|돼|되어|져|쳐|하며|으며|이며)\s")


# an item naming a place with its figure (`우한시 6.5%`, `허페이시(合肥市) 6.9%`)
# (or its amount in brackets: `상하이(2조 7,080억 위안)`)
_NAMED_FIGURE = compiled(r"(?P<name>\p{Hangul}{1,10}(?:\(\p{Han}+\))?)\s*(?:[\d][\d,.]*\s*(?:%p?|[^\s\d]{1,3})"
                              r"|\(\s*[+\-−]?[\d][\d,.]*\s*(?:[조억만천]\s*(?:\d[\d,.]*\s*[억만천]?\s*)?)?(?:%p?|[^\s\d()]{1,3})?\s*\))")


# a list after `즉` whose items each open with a mark (`세 가지 특례, 즉 ▲신기술·신제품의 … 적용 ▲… 상향 ▲… 간소화가
# 주어진다.`), up to the particle of its last item before the verb closing the sentence
_MARKS = "▲■●◆"
BULLETED = compiled(rf"^\s*,\s*(?:즉|곧)\s+(?P<list>[{_MARKS}][^.]+?[{_MARKS}][^.]+?)(?:이|가|을|를|은|는)\s+[^\s.]+다(?=\.|\s*$)")
# items each under a mark, right after what is counted, perhaps named in a word or two more, as the sentence's
# predicate (`다섯 개 시범 협력 축은 ▲광둥성 ↔ 광시(广西) ▲상하이 ↔ 윈난(云南) … ▲저장성 ↔ 쓰촨(四川)이다`)
MARKED_AFTER = compiled(rf"^(?P<words>(?:\s+\p{{Hangul}}{{1,6}}){{0,2}})(?:은|는|이|가)\s*(?P<list>[{_MARKS}][^.]+?[{_MARKS}][^.]+?)"
                        r"(?:이다|였다|이었다|(?<=[)\p{Hangul}])다)(?=[.\s]|$)")


def list_items(text: str, counted: str | None = None) -> list[str] | None:
    """The items of a delimited list, or None when the text is not a list of short names; a list
    of names each with its figure is the list of the names.

    >>> list_items("충칭, 청두, 시안, 항저우")
    ['충칭', '청두', '시안', '항저우']
    >>> list_items("허페이시(合肥市) 6.9%, 우한시 6.5%, 청두시 6.3%")
    ['허페이시(合肥市)', '우한시', '청두시']
    >>> list_items("스위스(+38.2%)·일본(+21.5%)·영국(+17.4%)")
    ['스위스', '일본', '영국']
    >>> list_items("상하이(2조 7,080억 위안), 베이징(2조 5,930억 위안), 선전(2조 480억 위안)")
    ['상하이', '베이징', '선전']
    >>> [list_items(t) for t in ("연휴 기간 숙박 예약이 늘었다", "몰려 부품·완제품·소프트웨어", "AI·로봇·반도체 분야")]
    [None, None, None]
    >>> list_items("인공지능·빅데이터, 바이오·헬스케어, 콘텐츠·플랫폼")
    ['인공지능·빅데이터', '바이오·헬스케어', '콘텐츠·플랫폼']
    >>> list_items("청두·충칭(成渝), 네이멍구, 구이저우")
    ['청두·충칭(成渝)', '네이멍구', '구이저우']
    >>> list_items("반도체 패키징·테스트, 배터리 소재, 바이오의약"), list_items("닝샤회족자치구와 시짱자치구")
    (['반도체 패키징·테스트', '배터리 소재', '바이오의약'], ['닝샤회족자치구', '시짱자치구'])
    >>> list_items("베이징·상하이, 선전"), list_items("대상 그린루트, 우수상 오로라센서와 한솔로보, 장려상 데이터팜")
    (['베이징', '상하이', '선전'], ['대상 그린루트', '우수상 오로라센서', '한솔로보', '장려상 데이터팜'])
    >>> list_items("대상 ‘모아로보틱스’, 최우수상 ‘그린셀’, 우수상 ‘하이퍼랩’과 ‘누리바이오’")
    ['대상 ‘모아로보틱스’', '최우수상 ‘그린셀’', '우수상 ‘하이퍼랩’', '‘누리바이오’']
    >>> list_items("관광업, 첨단기술 산업, 해양 경제"), list_items("관광업, 첨단기술 산업, 해양 경제", counted="개 분야")
    (None, ['관광업', '첨단기술 산업', '해양 경제'])
    >>> list_items("왕하오 투자사 파트너, 리민 KIC 중국 연구원", counted="명")
    ['왕하오 투자사 파트너', '리민 KIC 중국 연구원']

    `counted`: the noun of the count the list is of; when it is a kind (`일곱 개 분야, 즉 …`), an item may close with one
    (`첨단기술 산업`); when it counts people (`명`), an item may name a person with more words. Items each opening with a mark are whatever the marks part (`▲… 적용 ▲… 상향`).

    >>> list_items("▲신기술·신제품의 규제 샌드박스 우선 적용 ▲과학기술 성과 전환 수익의 배분 비율 상향")
    ['신기술·신제품의 규제 샌드박스 우선 적용', '과학기술 성과 전환 수익의 배분 비율 상향']
    >>> list_items("결과 '에어모아', '숨결랩', '하이드로핏'")
    ["'에어모아'", "'숨결랩'", "'하이드로핏'"]
    """
    if text.lstrip()[:1] in _MARKS and sum(map(text.count, _MARKS)) > 1:
        return [i.strip() for i in regex.split(f"[{_MARKS}]", text) if i.strip()]
    items = [i.strip() for i in split_outside_brackets(text, BRACKET_OR_COMMA) if i.strip()]
    if len(items) < 2 or not all("·" in i for i in items):
        # (but items each joining two words with `·` are whole: `인공지능·빅데이터, 바이오·헬스케어` is two; and
        # so is a pair glossed by one character each, `청두·충칭(成渝)`)
        # (nor does a comma's item joining words that are no places, `반도체 패키징·테스트, 배터리 소재`; and two places
        # joined by `와`/`과` are two, `닝샤회족자치구와 시짱자치구`)
        commas = len(items) > 1
        items = [i.strip() for item in items
                 for i in ([item] if _one_glossed(item) or commas and _joins_words(item) else _places_joined(item, commas)
                           or split_outside_brackets(item)) if i.strip()]
    # `허페이시(合肥市) 6.9%, 우한시 6.5%`: the names; so of a name glossed with its figure in the same brackets,
    # `쑤저우시(苏州市, 4개사)`, the name and its gloss
    named = [m["name"] if (m := _NAMED_FIGURE.fullmatch(i)) else
             _GLOSS_THEN_FIGURE.sub(r"(\g<han>)", i) if (g := _GLOSS_THEN_FIGURE.search(i)) and _HANGUL_NAME.fullmatch(i[:g.start()])
             else None
             for i in items]
    if len(items) > 1 and all(named):
        items = named
    if len(items) > 2 and _SYLLABLE.fullmatch(items[0]) and text.lstrip().startswith((items[0] + "과", items[0] + "와")):
        items = items[1:]  # (`결과 '에어모아', '숨결랩', '하이드로핏'`: a noun ending like `과`, `결과`, no item joined by it)
    bare = [GLOSS.sub("", i) for i in items]  # an item's length and digits are its name's, not its gloss's
    kinds = bool(counted) and _KINDS.search(" " + counted.split()[-1]) is not None
    # (people are named with where they work and their post: `리민지 KIC 중국 책임연구원`)
    words = 4 if counted and counted.startswith("명") else 2
    if len(items) < 2 or any(len(i) > ITEM_MAX_CHARS or _DIGIT.search(i) or i.count(" ") > words or _VERB_END.search(i)
                             or _CONNECTIVE.search(i + " ") or not kinds and _KINDS.search(i) for i in bare):
        return None  # (`무대에 올라 AI, 바이오, 콘텐츠 분야의 사업 모델을 선보였다`: a clause, not names)
    return items


_JOINED_BY_AND = compiled(r"(?<=[\p{Hangul})])(?:와|과)\s+")


def _places_joined(item: str, commas: bool = False) -> list[str] | None:
    """Two places joined by `와`/`과` (`닝샤회족자치구와 시짱자치구`), or two winners of one prize (`우수상
    오로라센서와 한솔로보`), or in a list parted by commas two names of one word each (`메디브릿지와 소리결, 온다랩`),
    else None.

    >>> _places_joined("메디브릿지와 소리결", True), _places_joined("메디브릿지와 소리결")
    (['메디브릿지', '소리결'], None)
    """
    parts = _JOINED_BY_AND.split(item)
    return parts if len(parts) == 2 and (all(a_place(p.strip()) for p in parts) or _AWARD.match(item)
                                         or commas and all(" " not in p.strip() for p in parts)) else None


_AWARD = compiled(r"\p{Hangul}{0,3}상\s+\S")  # (a prize, `대상`, `우수상`, then who won it)


def _joins_words(item: str) -> bool:
    """Whether `·` in a list's item joins words of one name, not places (`반도체 패키징·테스트`)."""
    parts = [p.strip() for p in item.split("·")]
    return len(parts) > 1 and not all(a_place(p) for p in parts)


_GLOSS_THEN_FIGURE = compiled(r"\((?P<han>\p{Han}[^(),]*),\s*[^()]*\d[^()]*\)$")
_HANGUL_NAME = compiled(r"\p{Hangul}{1,10}")
_GLOSSED_GROUP = compiled(r"(?P<parts>\p{Hangul}+(?:·\p{Hangul}+)+)\((?P<han>\p{Han}+)\)")


def _one_glossed(item: str) -> bool:
    """Whether names joined by `·` share one gloss of a character each: one thing (`청두·충칭(成渝)`)."""
    m = _GLOSSED_GROUP.fullmatch(item)
    return bool(m) and len(m["parts"].split("·")) == len(m["han"])


_GENERIC_ZH = "|".join(longest_first({suffix.zh for suffix in place_suffixes()}))
_PLACE_WORD = compiled(r"\p{Hangul}{1,6}(?:시|성|구|현|주)(?:\(\p{Han}+\))?|\p{Hangul}{1,6}\(\p{Han}+(?:市|省|区|县|州)\)"
                         # (a zone, town or island glossed with its generic word, data/place_suffixes.tsv: `멍샹샤오전(梦想小镇)`,
                         # `톈진빈하이고신구(天津滨海高新区)`, `하이링다오(海陵岛)`)
                         rf"|\p{{Hangul}}{{2,12}}\(\p{{Han}}+(?:{_GENERIC_ZH})\)"
                         r"|\p{Hangul}{2,4}\(\p{Han}{2,3}\)(?:\p{Hangul}{0,4}(?:구|현|시))?")  # (`항저우(杭州)고신구`)


_COLLECTIVE_NOUNS = frozenset({"지역", "도시", "권역", "일대"})  # (what a list of places is, after its last item)


def a_place(item: str) -> bool:
    """Whether a list item is a place: the gazetteer's (a country too), a name with a generic word
    (`쯔궁시`, `우후시(芜湖市)`), or a short name glossed with its Chinese (`우후(芜湖)`).

    >>> [a_place(w) for w in ("베이징", "쯔궁시", "우후시(芜湖市)", "우후(芜湖)", "싱가포르", "딥시크", "지정했다")]
    [True, True, True, True, True, False, False]
    >>> a_place("윈난성(云南省, 12.7%)"), a_place("멍샹샤오전(梦想小镇)"), a_place("톈진빈하이고신구(天津滨海高新区)")
    (True, True, True)
    >>> a_place("창사경제기술개발구"), a_place("산둥성의 옌타이(烟台)"), a_place("하이난성 원창")  # (a zone named after its city; a
    ... # city its province locates)
    (True, True, True)
    >>> a_place("장쑤성 쑤저우시 쿤산시(昆山市)"), a_place("후난성 창사시 웨루구(岳麓区)"), a_place("장쑤성 전략 산업 단지")
    (True, True, False)
    >>> a_place("안후이성 위안탄진"), a_place("허난성 장뎬진"), a_place("장쑤성 추진")
    (True, True, False)
    >>> a_place("청위(成渝) 지역"), a_place("첨단 지역"), a_place("훠얼궈스(霍尔果斯)"), a_place("딥시크(深度求索)")
    (True, False, True, False)
    >>> a_place("하이링다오(海陵岛)"), a_place("하이링다오")  # (an island, glossed)
    (True, False)
    """
    item = _GLOSS_THEN_FIGURE.sub(r"(\g<han>)", item)  # (`윈난성(云南省, 12.7%)`: the place and its figure)
    words = item.split(" ")
    if len(words) == 2 and words[1] in _COLLECTIVE_NOUNS:
        return a_place(words[0])  # (`…, 청위(成渝) 지역으로`: the list's last place, and the noun naming them all)
    if len(words) in (2, 3):  # `베이징시 하이뎬구(海淀区)`: a district with the city locating it (or `산둥성의 옌타이(烟台)`), or
        # with its province and city too (`장쑤성 쑤저우시 쿤산시(昆山市)`); the city perhaps one of data/cities.tsv by its
        # name alone: `하이난성 원창`
        located = [w.removesuffix("의") for w in words[:-1]]
        last = words[-1]
        # (three words: the last glossed, a name, not a word for a kind of zone: `간쑤성 톈수이(天水) 경제기술개발구`)
        # (or a town its province locates, its name read as Mandarin: `안후이성 위안탄진`)
        return all(names_place(w) or bool(_PLACE_WORD.fullmatch(w)) for w in located) and (
            names_place(last) or (len(words) == 2 or "(" in last) and bool(_PLACE_WORD.fullmatch(last))
            or len(words) == 2 and (last in city_readings()
                                    or last.endswith("진") and len(last) > 2 and reads_as_mandarin(last[:-1])))
    return names_place(item, EVERY_LEVEL) or bool(_PLACE_WORD.fullmatch(item)) or item in city_readings() \
        or [m.written for m in find_places(item)] == [item] \
        or bool(glossed := GLOSSED_NAME.fullmatch(item)) and glossed["han"] + "市" in _city_zh()
    # (a zone named after its city: `창사경제기술개발구`; a city of data/cities.tsv glossed with its Chinese:
    # `훠얼궈스(霍尔果斯)`)


GLOSSED_NAME = compiled(r"(?P<ko>\p{Hangul}{2,8})\((?P<han>\p{Han}{2,6})\)")  # (a short name glossed: `허린거얼(和林格尔)`)


@cache
def _city_zh() -> frozenset[str]:
    """The Chinese names of China's cities (data/cities.tsv), `市` included."""
    return frozenset(city_names().values())


@cache
def city_names() -> dict[str, str]:
    """China's cities (data/cities.tsv) as Korean writes them, by the names stage's standard reading
    (data/city_readings.tsv, written by tools/make_city_spellings.py), with and without `시`, each
    with its Chinese; of two cities read alike, the first listed.

    >>> city_names()["몐양시"], city_names()["자오칭"]
    ('绵阳市', '肇庆市')
    """
    out: dict[str, str] = {}
    for row in tsv_rows("city_readings.tsv"):
        out.setdefault(row["ko"], row["zh"])
        out.setdefault(row["ko"] + "시", row["zh"])
    return out


@cache
def city_readings() -> frozenset[str]:
    """The Korean names of `city_names`: a bare name in a list of places (`자오칭, 장먼, 중산, 마카오`).

    >>> {"자오칭", "장먼시", "둥관"} <= city_readings()
    True
    """
    return frozenset(city_names())


def members(item: str) -> list[str]:
    """What a list item names: one entry, or each of the names a labelled item lists.

    >>> members("우수상: 마음결(AI 상담), 팜링크(센서) — 각 상금"), members("대상: 뉴로비전(검사) — 상금 3만 위안")
    (['마음결(AI 상담)', '팜링크(센서)'], ['대상: 뉴로비전(검사) — 상금 3만 위안'])
    """
    m = _LABELLED.match(item)
    names = [n.strip() for n in split_outside_brackets(m["body"], BRACKET_OR_COMMA)] if m else []
    if len(names) > 1 and all(0 < len(GLOSS.sub("", ASIDE.sub("", n))) <= ITEM_MAX_CHARS for n in names):
        return names
    return [item]


# a count's sentence going on after a colon with its list (`다음 7곳이다: 베이징, …, 청두.`)
_COLON_LIST = compiled(r"[^.:;\d]{0,12}?[:：]\s*(?P<list>[^.:;]+?)\s*(?:\.|$)")


# a list after `즉` up to the end of its sentence (its last item closed by the subject particle, see `namely_subject_items`)
_NAMELY_SENTENCE = compiled(r"\s*,\s*(?:즉|곧)\s+(?P<list>[^.:;]+?[,，][^.:;]+?)(?=다(?:\.|$))")
_SUBJECT_WORD = compiled(r"(?P<word>\S*[)\p{Hangul}])(?:이|가)")


def namely_subject_items(text: str, at: int) -> list[str] | None:
    """The items of a list after `즉` right at `at`, its last item the subject of the verb after it (`4곳, 즉 베이징 다싱(大兴),
    …, 우한 광구(光谷), 광저우 국제바이오섬이 투자 건수의 …를 흡수했다`): the items before the last comma, and the words of
    the part after it up to the first that ends with `이`/`가`, no place's own syllable (`상하이`), the verb after it closing
    the sentence; None when the list holds fewer than three items, or an item runs past three words (`3 개 도시, 즉
    베이징, 상하이, 선전 현지 실증 파트너 매칭, …`: what is done there).

    >>> t = "클러스터 4곳, 즉 베이징 다싱(大兴), 상하이 장장(张江), 쑤저우(苏州) BioBAY, 광저우 국제바이오섬이 절반을 흡수했다."
    >>> namely_subject_items(t, t.index(","))
    ['베이징 다싱(大兴)', '상하이 장장(张江)', '쑤저우(苏州) BioBAY', '광저우 국제바이오섬']
    >>> t = "세 곳, 즉 항저우(杭州), 난징, 상하이가 올해 처음 선정됐다."
    >>> namely_subject_items(t, t.index(","))
    ['항저우(杭州)', '난징', '상하이']
    >>> namely_subject_items("두 곳, 즉 베이징과 상하이가 뽑혔다.", 4), namely_subject_items("세 곳, 즉 베이징, 상하이, 선전 현지 실증 파트너 매칭", 4)
    (None, None)
    """
    m = _NAMELY_SENTENCE.match(text, at)
    parts = split_outside_brackets(m["list"], BRACKET_OR_COMMA) if m else []
    if len(parts) < 3 or any(not p.strip() or len(p.strip()) > ITEM_MAX_CHARS or len(p.split()) > 3 or _DIGIT.search(p)
                             for p in parts[:-1]):
        return None
    words = parts[-1].split()
    for k, word in enumerate(words[:min(3, len(words) - 1)]):
        if (subject := _SUBJECT_WORD.fullmatch(word)) and not names_place(word):
            return [p.strip() for p in parts[:-1]] + [" ".join(words[:k] + [subject["word"]])]
    return None


def colon_items(text: str, at: int) -> list[str] | None:
    """The items listed after a colon closing the words right after a count that ends at `at`.

    >>> text = "시범도시로 지정된 곳은 다음 7곳이다: 베이징, 상하이, 선전, 항저우, 구이양(贵阳), 청두. 이번 조치는"
    >>> colon_items(text, text.index("곳이다") + 1)
    ['베이징', '상하이', '선전', '항저우', '구이양(贵阳)', '청두']
    >>> colon_items("다음 3가지다. 첫째는 …", 5) is None
    True
    """
    m = _COLON_LIST.match(text, at)
    return list_items(m["list"]) if m else None


# a count joined before another by `와`/`과` (`광둥성 9 개 도시와 2 개 특별행정구, 즉 …`)
_JOINED_COUNT = compiled(r"(?P<n>\d{1,3})\s*개\s*\p{Hangul}{1,6}\s*(?:와|과)\s*$")


def counted_before(text: str, start: int) -> int:
    """The count joined before the one at `start`, whose list after `즉` lists both (`9 개 도시와 2 개 특별행정구, 즉
    광저우, …, 홍콩, 마카오`: 9), else 0.

    >>> t = "광둥성 9 개 도시와 2 개 특별행정구, 즉 광저우"
    >>> counted_before(t, t.index("2 개")), counted_before(t, t.index("9 개"))
    (9, 0)
    """
    m = _JOINED_COUNT.search(text, max(0, start - 30), start)
    return int(m["n"]) if m else 0


def has_count_of(listed: str, counter: str, counts) -> bool:
    """Whether a list's text holds a count by `counter` of its own (`counts`: the pattern of counts), so it is
    another count's list or a breakdown (`… 청두, 충칭, 시안 세 곳`, `인공지능 5 개 팀, 바이오헬스 4 개 팀`)."""
    return any(c["counter"] == counter for c in counts.finditer(listed))


# a ranking closed by `순`: the places after a count (`RANKING_AFTER`), in the sentence after it (`RANKING_NEXT`), or
# right before `이들` and the count (`베이징 91.4점, 선전(深圳) 88.7점, … 순이었으며, 이들 다섯 개 도시가`)
_RANKING = r"(?P<ranking>(?:[^.]|(?<=\d)\.(?=\d))+?)\s순"
_RANKING_AFTER = compiled(r"\s*(?:으로|로)?\s*,\s*" + _RANKING + "(?:이었다|이다|으로|이었으며)")
# (or the count the topic, each place with its figure of any unit: `상위 4개 성은 광둥성 52만 6,000쌍, …, 장쑤성 36만 4,000쌍
# 순이었다`)
TOPIC_RANKING = compiled(r"\s*(?:은|는)\s+(?=\p{Hangul})" + _RANKING + "(?:이었다|이다|으로|이었으며)")
# (or the last place's subject particle before the words for following on: `… 창사 6.5%, 구이양 6.2%가 차례로 뒤를 이었다`)
_FOLLOWED = r"(?P<ranking>(?:[^.]|(?<=\d)\.(?=\d))+?)(?<=%)(?:이|가)\s+(?:차례로\s+|잇따라\s+)?(?:뒤를\s*이었|뒤따랐)"
RANKING_NEXT = compiled(r"\s*(?:" + _RANKING + "(?:이었다|이다|으로|이었으며)|" + _FOLLOWED + ")")
_RANKING_BEFORE_THESE = compiled(_RANKING + r"(?:이었으며|이었고|이며|이고|으로|(?:이었|였|이)다\.)?\s*,?\s*이들\s*$")
# or the rest of the sentence, each place with its figure, when nothing turns it to others (`반면`, `다만`); with no comma,
# when a place and its figure follow at once (`줄어든 곳은 다섯 개 지역으로 톈진(天津) -4.1%, …`)
MEMBERS_AFTER = compiled(r"\s*(?:으로|로)(?:\s*,\s*|\s+(?=\p{Hangul}{2,12}(?:\(\p{Han}+\))?\s+[+\-−]?\d))(?P<ranking>(?:(?!반면|그러나|하지만|다만|이 밖에)[^.]|(?<=\d)\.(?=\d))+?)"
                         r"\s*(?:\.(?!\d)|$)")
# or the places a sentence compares after counting them (`주요 다섯 개 성의 수출 증가율을 비교하면 저장성(浙江省)이 7.2%로 가장
# 높았고, 장쑤성(江苏省) 5.8%, … 순이었다`)
COMPARED_AFTER = compiled(r"\s*의\s+[^.,]{1,30}?(?:을|를)\s*(?:비교하면|비교해\s*보면|살펴보면|보면)\s*,?\s*" + _RANKING
                          + "(?:이었다|이다|으로|이었으며)")
_GOES_ON = compiled(r"\s*(?:이어|뒤이어|다음으로|그\s*뒤로는?|그\s*다음으로)(?!\p{Hangul})")
# a place and its figure (a rate, or any: `베이징 91.4점`), the place's subject particle perhaps between them
# (or the figure in the place's brackets, perhaps after its Chinese: `상하이시(5개사), 쑤저우시(苏州市, 4개사)`)
# (a figure may be about one: `저장성이 약 3 억 2,000 만 개로`, `저장성(약 160곳)`)
_PLACE_WITH_RATE = compiled(r"(?<![\p{Hangul}\d])(?P<name>\p{Hangul}{2,14})(?:(?:\(\p{Han}+\)(?:이|가|은|는)?)?\s+(?:약\s*)?[+\-−]?\d[\d,.]*\s*%"
                            r"|\((?:\p{Han}+,\s*)?(?:약\s*)?[+\-−]?\d[\d,.]*\s*%\))")
_PLACE_AND_FIGURE = compiled(r"(?<![\p{Hangul}\d])(?P<name>\p{Hangul}{2,14})(?:(?:\(\p{Han}+\)(?:이|가|은|는)?)?\s+(?:약\s*)?[+\-−]?\d[\d,.]*\s*"
                             r"(?:%|\p{Hangul})|\((?:\p{Han}+,\s*)?(?:약\s*)?[+\-−]?\d[\d,.]*\s*(?:%|\p{Hangul}+)\))")


def _places_in(ranking: str, figures: regex.Pattern[str] = _PLACE_AND_FIGURE) -> list[str] | None:
    """The places a ranking names, each with its figure (`상하이가 87.9점`: 상하이), when there are two or more."""
    words = [n["name"] for n in figures.finditer(ranking)]
    names = [w if a_place(w) or w[-1] not in "이가은는" else w[:-1] for w in words]
    return names if len(names) > 1 and all(map(a_place, names)) else None


def ranked_after(text: str, at: int, opening: regex.Pattern[str] = _RANKING_AFTER, any_unit: bool = False) -> list[str] | None:
    """The places ranked right after a count (`도시는 5곳으로, 허페이(合肥)가 31.4%로 가장 높았고 우한 27.8%,
    창사 24.5%, 시안 21.2% 순이었다` → four), or in the sentence after it (`opening` RANKING_NEXT), when each is a place
    with its rate, or (`any_unit`) with its figure of any unit (`… 도시는 모두 다섯 곳이다. 상하이(上海)가 2 조 4,100 억
    위안으로 가장 많았고 쑤저우(苏州) 1 조 3,260 억 위안, … 순이었다`)."""
    m = opening.match(text, at)
    return _places_in(m["ranking"], _PLACE_AND_FIGURE if any_unit else _PLACE_WITH_RATE) if m else None


def ranked_before(text: str, start: int) -> list[str] | None:
    """The places a ranking closed right before a count names (in its sentence or the one before), when `이들` (these)
    points back to them.

    >>> t = "종합 점수는 베이징 91.4점, 선전(深圳) 88.7점, 상하이가 87.9점, 항저우 82.3점 순이었으며, 이들 다섯 개 도시가"
    >>> ranked_before(t, t.index("다섯"))
    ['베이징', '선전', '상하이', '항저우']
    >>> t = "베이징시가 47 건으로 가장 많았다. 이어 상하이시 39 건, 선전시 35 건 순으로, 이들 3 개 도시가"
    >>> ranked_before(t, t.index("3 개")) is None
    True
    >>> t = "베이징 91.4점, 선전 88.7점 순이었다. 이들 두 도시"  # (or the sentence before: `이들` opens this one)
    >>> ranked_before(t, t.index("두"))
    ['베이징', '선전']
    """
    m = _RANKING_BEFORE_THESE.search(text[:start])
    if m is None or _GOES_ON.match(m["ranking"]):
        return None  # (`…가 가장 많았다. 이어 상하이시 39 건, … 순으로, 이들 4 개 도시가`: the first is the sentence before's)
    return _places_in(m["ranking"])


def places_right_before(head: str) -> list[str] | None:
    """The places listed right before a count (the text up to it: `… 지역은 허베이성 슝안신구(雄安新区), 장쑤성 쑤저우시
    쿤산시(昆山市), 안후이성 허페이시(合肥市)`), each perhaps located by its province and city, three at least; the
    first is what its words end with that names a place. None unless every item is a place.

    >>> places_right_before("지정된 지역은 허베이성 슝안신구(雄安新区), 장쑤성 쑤저우시 쿤산시(昆山市), 안후이성 허페이시(合肥市) ")
    ['허베이성 슝안신구(雄安新区)', '장쑤성 쑤저우시 쿤산시(昆山市)', '안후이성 허페이시(合肥市)']
    >>> places_right_before("생산은 허베이성 가오양현, 산둥성 가오미시(高密市)와 빈저우시(滨州市), 장쑤성 난퉁시 ")
    ['허베이성 가오양현', '산둥성 가오미시(高密市)', '빈저우시(滨州市)', '장쑤성 난퉁시']
    >>> places_right_before("로봇, 바이오, 반도체 분야의 ")
    """
    sentence = head[max(head.rfind(". "), head.rfind(":")) + 1:].strip()
    parts = [p.strip() for p in split_outside_brackets(sentence, BRACKET_OR_COMMA)]
    if len(parts) >= 3 and all(map(_site, parts[-2:])) and not all(map(a_place, parts[-2:])):
        # (or sites each named after their place: `단지는 쑤저우 바이오베이, 상하이 장장과학성, 베이징 중관춘 생명과학원, …`;
        # the list opens after the last part that is none, `1,000억` split at its comma too)
        opening = max(k for k in range(len(parts) - 1) if k == 0 or not _site(parts[k]))
        parts = parts[opening:]
        if len(parts) < 3:
            return None
        words = parts[0].split(" ")
        first = next((" ".join(words[k:]) for k in range(max(0, len(words) - 4), len(words) - 1) if _site(" ".join(words[k:]))), None)
        return [first] + parts[1:] if first else None
    # (two places of one province joined by `와`/`과` are two items: `산둥성 가오미시(高密市)와 빈저우시(滨州市)`)
    parts = parts[:1] + [item.strip() for part in parts[1:] for item in (_places_joined(part) or [part])]
    if len(parts) < 3 or not all(map(a_place, parts[1:])):
        return None
    words = parts[0].split(" ")
    first = next((" ".join(words[k:]) for k in range(max(0, len(words) - 3), len(words)) if a_place(" ".join(words[k:]))), None)
    return [first] + parts[1:] if first else None


def _site(item: str) -> bool:
    """Whether a list item names a site after its place, in a few words of its own (`상하이 장장과학성`, `베이징 중관춘
    생명과학원`), not a place alone.

    >>> _site("상하이 장장과학성"), _site("베이징 중관춘 생명과학원"), _site("상하이"), _site("로봇 산업")
    (True, True, False, False)
    """
    words = item.split(" ")
    return 2 <= len(words) <= 4 and a_place(words[0]) and all(w.isalpha() for w in words)
