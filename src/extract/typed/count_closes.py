"""Where a list a count names closes, shared by the readers of counts in one sentence (`counts.py`) and of
counts whose list the next sentence opens with (`count_next.py`): the particles and verbs that close a list
(`…, 항저우가 선정됐다`, `…, 즉 A, B, C다`), the words opening a list (`명단에는`, `대상은`) and the checks that
what was found names places.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import names_place, stems_before
from kic_extract.places import reads_as_mandarin
from kic_extract.typed.count_lists import ASIDE, GLOSSED_NAME, PARTNER_CLOSE, a_place, list_items


# the particle of a list that is what was chosen (`…, 항저우가 선정됐다`, `…·타이위안(太原)의 첨단기술산업개발구가 이름을`)
CHOSEN_CLOSE = r"(?<=[)\p{Hangul}])(?:의\s+\S+?)?(?:이|가|을|를)\s+(?:(?:여기|이|그\s*안)에\s+)?(?:이름을|포함|선정|지정|꼽|뽑|들어|참가|참여|입주)" \
    r"|(?<=[)\p{Hangul}])에\s+(?:들어선|들어서|설립|설치|조성|자리)|" + PARTNER_CLOSE  # (where they are put: `…, 인촨(银川)에
# 들어선다`, `…, 닝샤후이족자치구에 자리하고 있다`)
# the places a count names right after it, `즉`/`곧`, up to what they qualify (`5개 도시, 곧 청두·충칭·쿤밍(昆明)의 투자기관`)
# or their particle (`5 곳, 즉 허페이(合肥), …, 정저우(郑州)는`): the particle closing a list (`…, 허페이에 설치된다`)
# (`의` only after a separator and when the list's first item has none: in `즉 충칭의 량장신구(两江新区)와 쓰촨의 톈푸신구(天府新区)로`
# and `즉 대상의 뉴로핏랩, 최우수상의 …` it names an item's place or label; and `도` after a gloss: `…, 쑤이닝(遂宁)도 부품 기지로`;
# `로의` where the list is where something goes: `5개국인 베트남·태국·말레이시아·인도네시아로의 수출`)
PARTICLE_CLOSE = (r"(?<=(?:·|[와과]\s|,(?!\s*(?:즉|곧)\s))[^.:;]*[)\p{Hangul}])(?<!(?:즉|곧)\s+\p{Hangul}{1,6}의\s[^.:;]*)"
                   r"(?:으로|(?<![통도경항진활회철수선])로)?의\s"
                   r"(?!\p{Hangul}+\(\p{Han}+\)(?:으로|로|[와과,]))|(?<=[)\p{Hangul}])(?:에서|에)\s"
                   r"|(?<=\))(?:은|는|이|가|을|를|도)\s|(?<=\p{Hangul})(?:은|는|을|를)\s")
NAMELY = compiled(r"^(?:의\s+(?:[^\s,.:;()]+\s+){0,2}[^\s,.:;()]+|(?:\s+[^\s,.:;()]+){1,2})?(?:\s*\(\p{Han}+\))?\s*,\s*(?:즉|곧)\s+(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?:으로|(?<![통도경항진활회철수선])로)의?(?![\p{Hangul}\p{Han}])|"
                   + PARTICLE_CLOSE + "|" + CHOSEN_CLOSE
                   + r"|(?<=[)\p{Hangul}])(?:(?:이었|였|이)?다(?=\.|\s*$)|(?:이었|였|이)(?:으며|며|고)(?=[\s,])))")
# (a clause closed before the list: `… 웃돌았을 뿐`, `… 발표했고`, `… 통지를 공동으로 하달하고`, `… 확정됐는데`)
CLAUSE_CLOSED = compiled(r"\p{Hangul}[을ㄹ]?\s+(?:뿐|터|따름)$|(?:였|었|았|했)(?:고|으며|지만)$|\p{Hangul}(?:하|되)(?:고|며)$"
                          r"|\p{Hangul}[었았였했섰갔왔렸켰졌됐냈뒀줬봤]는데$")  # (`… 선정됐는데`)
# what a count's items are picked from, named right after it (`상위 10개 도시 가운데`), or outside it
# (`상위 10개 도시 밖에서 더 높은 수치가 나왔다`)
# things counted in `곳` that are no places, right before their count (`문구 기업 2,100 곳 남짓 가운데`, `전체 교실 1만 8천 곳
# 가운데`): a whole of the place's own, not a set of places picked from
THINGS_BEFORE = compiled(r"(?:기업|업체|회사|공장|교실|학교|매장|점포|스타트업|법인)\s*$")
PICKED_FROM = compiled(r"\s*(?:\([^()]*\))?\s*(?:가운데|중에서|중|(?:밖|바깥)(?:에서|에|의)?)(?!\p{Hangul})")
# a sentence naming, at its opening, the list a count of the sentence before has (`… 6개 도시를
# 지정했다. 명단에는 베이징, 상하이, …가 들어갔으며`): the list runs to its subject particle or its end
# (`지역별로는 쓰촨성(四川) 6.0%, …, 시짱자치구(西藏) 7.0%다`: by place, each with its figure)
# (the last such noun before the list: `새로 명단에 오른 곳은 쑤저우(苏州), …`, not `명단에`)
# (not the main ones of them: `거점 210곳을 운영한다. 주요 거점 도시는 청두, 쿤밍, 라싸다.`)
OPENS = r"\s*(?![^.,]{0,15}?(?<!\p{Hangul})(?:주요|대표적인|일부|핵심)\s)(?:[^.,]{0,15}\s)?(?:명단|목록|대상|곳|도시|지역|국가|기업)별?\s*(?:에는|에|은|는|으로는|로는)\s+"
# (the copula may go on, `… 허페이(合肥), 시안이며, …`)
@cache
def list_opens() -> regex.Pattern[str]:
    # (its subject particle no place's last syllable: `선정된 곳은 베이징 이좡(亦庄), 상하이 장장(张江), …이다`)
    stems = "|".join(stems_before("이가"))
    return compiled(OPENS + r"(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?<!(?<!\p{Hangul})(?:" + stems + r"))(?:이|가)\s+\S|등"
                    r"|(?:이다|였다|이었다|이며|였으며|(?<=[시성구)%])다)(?=[.\s,]|$))")

# a list's last word, when it may be the noun all its items share (`… 경제기술개발구`)
CLOSING_NOUN = compiled(r"\s+\p{Hangul}{2,12}$")


def places_listed(pattern: regex.Pattern[str], text: str, at: int):
    """The list `pattern` finds at `at` when it names two places or more and nothing but places; else None."""
    m = pattern.match(text, at)
    places = items_closed(m) if m else None
    return m if places and len(places) > 1 and all(map(a_place, places)) else None


def sentence_end(text: str, at: int) -> int:
    end = text.find("다.", at)
    return end if end >= 0 else len(text)


# what a list says to be what a count counts: `…가 그 주인공으로`, `…이 그 지역이다`, `…이 (여기에) 이름을 올렸으며`, `…이 여기에 해당하며`,
# `…가 여기에 속한다`
IS_THE_LIST = r"(?:이|가)\s+(?:(?:그|이)\s*(?:주인공|대상|명단|목록|(?:지역|도시|곳|나라|국가)들?(?=이|입|으로))|(?:주인공|대상)(?=이|입|으로)|(?:여기에\s*|명단에\s*)?(?:새로\s*)?이름을\s*올|여기에\s*(?:해당|속)|(?:해당|속)(?:된|한|하|되|했|됐))"


def places_all_but_one(items: list[str]) -> bool:
    """Whether every item is a place, but perhaps one short bare name among three or more: a list is of one kind (`…,
    칭양(庆阳), 중웨이가`; `난닝, …, 베이하이, 충줘가`, a city spelt as the gazetteer does not).

    >>> places_all_but_one(["난닝", "구이린", "충줘"]), places_all_but_one(["난닝", "충줘"])
    (True, False)
    >>> places_all_but_one(["난닝", "구이린", "전자상거래 플랫폼"])
    False
    >>> places_all_but_one(["허린거얼(和林格尔)", "구이안", "중웨이(中卫)", "장자커우"])
    True
    >>> places_all_but_one(["저장성 이우", "사오싱", "허베이성 가오양", "산둥성 가오미"]), places_all_but_one(["베이징", "허베이성 가오양"])
    (True, False)
    """
    # (a name glossed with its Chinese that reads as Mandarin is one among places: `허린거얼(和林格尔), 구이안, 중웨이(中卫)`)
    odd = [i for i in items if not a_place(i) and not ((glossed := GLOSSED_NAME.fullmatch(i)) and reads_as_mandarin(glossed["ko"]))]
    # (the one may be located by its province, `…, 허베이성 가오양, 산둥성 가오미`: a county the gazetteer does not list)
    return not odd or len(odd) == 1 and len(items) >= 3 and (bool(BARE_NAME.fullmatch(odd[0])) or bool(
        (located := _LOCATED_NAME.fullmatch(odd[0])) and names_place(located["place"]) and reads_as_mandarin(located["name"])))


BARE_NAME = compiled(r"\p{Hangul}{2,5}")
_LOCATED_NAME = compiled(r"(?P<place>\p{Hangul}{2,8})\s(?P<name>\p{Hangul}{2,4})")  # (`허베이성 가오양`)


def items_closed(after, noun: str | None = None) -> list[str] | None:
    """The items of a list closed by the copula, whose `이다` may hold a place's last syllable (`…, 주하이다`: 주하이 and
    `다`, not 주하 and `이다`); of kinds when the count's `noun` is one (`개 분야`); after `즉`, a figure in brackets is an
    item's aside (`시짱자치구(7% 이상), 하이난성(6.5% 이상)`)."""
    listed = after["list"]
    if noun and (tail := CLOSING_NOUN.search(listed)) and tail.group().strip() == noun.split()[-1]:
        listed = listed[:tail.start()]  # (`5개 도시군으로, 상하이시(62곳)·…·허베이성(41곳) 도시군이`: the count's noun, shared)
    items = list_items(ASIDE.sub("", listed) if after.re is NAMELY else listed, counted=noun)
    if items and after.group().rstrip().endswith("이다") and names_place(items[-1] + "이"):
        items[-1] += "이"
    if items and len(items) > 2 and CLAUSE_CLOSED.search(items[0]):
        items = items[1:]  # (`6개 도시가 선정됐는데, 광저우·선전·…·포산이다`: the count's clause closed, then the list)
    return items


# the nouns a count of places names (`산지`, `생산지`: the places a good comes from)
PLACE_NOUNS = frozenset({"지역", "도시", "성", "성·시", "성·자치구", "곳", "산지", "생산지", "주산지"})
