"""Counts closing a sentence whose list the next sentence opens with (`… 6개 도시를 지정했다. 명단에는 베이징,
상하이, …가 들어갔으며`), or names in turn, each as its topic (`… 세 곳이다. 청두는 …, 충칭은 …`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import find_regions
from kic_extract.typed.count_lists import ASIDE, GLOSS, a_place, RANKING_NEXT, ranked_after, list_items
from kic_extract.typed.count_words import PARTICLES as _PARTICLES, count_number as _number, count_pattern as _count, \
    counted_words as _counted
from kic_extract.typed.count_closes import (IS_THE_LIST, NAMELY, OPENS, PICKED_FROM, PLACE_NOUNS, items_closed, list_opens, places_all_but_one,
                                            places_listed, sentence_end)

# the list a count of the sentence before has, opening the next sentence (see `count_closes.list_opens`) and
# closed by `로,` (`대상은 청두(成都), 시안(西安), 우한(武汉), 창사(长沙)로, 모두 …`; or by `로 모두`: `새로 추가된 도시는
# 허페이(合肥), …, 난닝(南宁)으로 모두 중서부 …`)
_LIST_OPENS_TO = compiled(OPENS + r"(?P<list>[^.:;]+?)(?<=[)\p{Hangul}])(?:으로|로)(?:\s*,|\s+모두\s)")
# (or places closed by the copula after any last name, `개최 도시는 우한(武汉), 시안, 허페이, 쑤저우다.`: places only)
_PLACES_OPEN_COPULA = compiled(OPENS + r"(?P<list>[^.:;]+?)(?<=\p{Hangul})다\.")
_NOUN_BEFORE = compiled(r"\p{Hangul}{1,8}(?:을|를)\s+$")
# (`목표를 5.5% 이상으로`; a count inside a quoted name, its quote closing on the way: `'5개 지역 특화 거점' 구상도 밝혔다.`)
_COUNT_CLOSES = compiled(r"(?:을|를)?\s*(?:[^.,'‘’]|(?<=\d)\.(?=\d)|['‘][^'’]{1,30}['’]|['’](?=\s)){0,40}?다\.")


def next_sentence_counts(text: str, counts: list | None = None) -> list[tuple[int, str, list[str], bool]]:
    """(count, noun, items, open list) for each count closing its sentence whose list the next
    sentence opens with (`명단에는`, `대상은`).

    >>> next_sentence_counts("시범도시로 6개 도시를 지정했다. 명단에는 베이징, 상하이, 선전(深圳)이 들어갔다.")
    [(6, '개 도시', ['베이징', '상하이', '선전(深圳)'], False)]
    >>> next_sentence_counts("8 개 도시를 선정했다고 밝혔다. 이름을 올린 곳은 베이징, 상하이, 선전이다.")
    [(8, '개 도시', ['베이징', '상하이', '선전'], False)]
    >>> next_sentence_counts("5 개 도시를 추가 지정했다. 새로 명단에 오른 곳은 장쑤성 쑤저우(苏州), 안후이성 우후이다.")
    [(5, '개 도시', ['장쑤성 쑤저우(苏州)', '안후이성 우후'], False)]
    >>> next_sentence_counts("5개 도시를 추가 지정했다. 새로 이름을 올린 곳은 허페이시, 청두시, 정저우시다.")
    [(5, '개 도시', ['허페이시', '청두시', '정저우시'], False)]
    >>> next_sentence_counts("도시를 다섯 곳으로 늘린다고 밝혔다. 대상 도시는 광저우시(广州市), 선전시(深圳市), 포산시(佛山市)다.")[0][2][-1]
    '포산시(佛山市)'
    >>> next_sentence_counts("6개 도시를 지정했다. 이들 도시는 3년 동안 지원을 받는다.")
    []
    >>> next_sentence_counts("홍콩·마카오 2개 특별행정구와 9개 도시로 이뤄진다. 9개 도시는 광저우, 선전, 주하이다.")
    [(9, '개 도시', ['광저우', '선전', '주하이'], False)]
    >>> next_sentence_counts("6개 도시가 선정됐다. 베이징시, 상하이시, 허페이시(合肥市)다.")
    [(6, '개 도시', ['베이징시', '상하이시', '허페이시(合肥市)'], False)]
    >>> next_sentence_counts("3개 도시가 선정됐다. 이번 조치는 다음 달 시행된다."), next_sentence_counts("도시를 6 개로 꼽았다. 베이징시, "
    ...     "상하이시, 선전시, 항저우시, 우한시, 허페이시, 쑤저우시가 여기에 해당한다.")[0][2][-1]
    ([], '쑤저우시')
    >>> next_sentence_counts("6개 도시를 '1차 시범도시'로 지정했다고 밝혔다. 명단에는 선전시, 허페이시(合肥市)가 들어갔다.")
    [(6, '개 도시', ['선전시', '허페이시(合肥市)'], False)]
    >>> next_sentence_counts("하반기에 다음 3 곳에 거점을 새로 연다. 허페이(合肥), 시안(西安), 창사(长沙), 정저우(郑州). 새 거점은 …")[0][:3]
    (3, '곳', ['허페이(合肥)', '시안(西安)', '창사(长沙)', '정저우(郑州)'])
    >>> next_sentence_counts("3%대에 머문 지역도 5 곳이나 됐다. 톈진시(3.6%), 헤이룽장성(3.2%), 칭하이성(3.8%)으로, 부담이 크다.")
    [(5, '곳', ['톈진시', '헤이룽장성', '칭하이성'], False)]
    >>> next_sentence_counts("협력 기관이 모두 일곱 곳이라고 밝혔다. 멍샹샤오전(梦想小镇), 시안고신구(西安高新区)가 새로 이름을 올렸다.")
    [(7, '곳', ['멍샹샤오전(梦想小镇)', '시안고신구(西安高新区)'], False)]
    >>> next_sentence_counts("방안은 6개 도시를 1차 기지로 지정했다. 구이양(贵阳), 청두(成都), 충칭이 이름을 올렸으며, 단지가 조성된다.")
    [(6, '개 도시', ['구이양(贵阳)', '청두(成都)', '충칭'], False)]
    >>> next_sentence_counts("시범 지역으로 5개 성·자치구를 지정했다. 허난성, 쓰촨성, 광시좡족자치구가 대상이며, 장려금이 배정된다.")
    [(5, '개 성·자치구', ['허난성', '쓰촨성', '광시좡족자치구'], False)]
    >>> next_sentence_counts("다섯 개 도시에서 설명회를 연다. 개최 도시는 우한(武汉), 시안, 허페이, 쑤저우다.")[0][2]
    ['우한(武汉)', '시안', '허페이', '쑤저우']
    >>> next_sentence_counts("행사는 5개 도시에서 열린다. 9월 15일 베이징을 시작으로 상하이(9월 17일), 선전(9월 19일)을 찾는다.")
    [(5, '개 도시', ['베이징', '상하이', '선전'], False)]
    >>> next_sentence_counts("1%포인트 이상 웃돈 곳은 5개 지역이었다. 시짱자치구(西藏自治区)가 6.8%로 가장 높았고 간쑤성 "
    ...                      "6.3%, 신장위구르자치구(新疆维吾尔自治区) 6.0% 순이었다.")
    [(5, '개 지역', ['시짱자치구', '간쑤성', '신장위구르자치구'], False)]
    """
    out = []
    for m in _count().finditer(text) if counts is None else counts:
        if m["counter"] != "곳" and (not m["noun"] or m["noun"] in _PARTICLES) \
                and not _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # (`곳` names what it counts: places, `5 곳이나 됐다`, `모두 7곳이다`; or a noun before: `도시를 6 개로`)
        at = m.end("noun") if m["noun"] else m.end("counter")
        if PICKED_FROM.match(text, at) or PICKED_FROM.match(text, m.end("counter")) \
                or (word := _WORD_AFTER.match(text, at)) and PICKED_FROM.match(text, word.end()):
            # `청두가 6.1%로 10 대 도시 중 가장 높았다. 충칭 5.9%, …`: the set it is first in, no list (its noun perhaps
            # two words: `31개 성급 지역 가운데`)
            continue
        if _changes(text, m.start()):
            continue  # `… 10 곳으로 지난해보다 1 곳 늘었다`: a change of the count, no set of its own
        closes = _COUNT_CLOSES.match(text, m.end())
        between = list(_count().finditer(_QUOTED_WORDS.sub(lambda q: " " * len(q.group()), text[m.end():closes.end()]))) \
            if closes else []
        # (a change of the count between, `… 10 곳으로 지난해보다 1 곳 늘었다`: the list after is the count's, or the change's
        # when as long, `… 두 곳 늘었다. 새로 이름을 올린 곳은 우한과 난징이다`)
        changes = [_number(c) for c in between if _changes(text, m.end() + c.start())]
        if len(changes) < len(between):
            # `홍콩·마카오 2개 특별행정구와 … 9개 도시로 이뤄진다. 9개 도시는 …`: the last count's list (an
            # ordinal is none: `6개 도시를 1차 산업기지로 지정했다`)
            continue
        if closes and any(NAMELY.match(text[c.end("noun") if c["noun"] else c.end("counter"):])
                          for c in _count().finditer(text, closes.end(), sentence_end(text, closes.end()))):
            continue  # `… 세 곳 늘었다. 신규 진입 도시는 세 곳, 즉 다롄·쉬저우·탕산이다`: the list is its own count's
        after = list_opens().match(text, closes.end()) if closes else None
        if closes and (to := places_listed(_LIST_OPENS_TO, text, closes.end())) and not _regions_own(text, m):
            after = to  # (not a region's own count: `상하이가 66곳으로 2위였다. | … 늘어난 곳은 항저우(杭州)로, …`)
        ends = text.find("다.", closes.end()) if after else -1
        # (a count after a list closed by `로,` is none of its own: `대상은 위중구(渝中区), …, 주룽포구(九龙坡区)로, 구마다 1~2곳의 …`)
        own = _count().search(text, closes.end(), after.end() if after.re is _LIST_OPENS_TO
                              else ends if ends > 0 else len(text)) if after else None
        if own and _number(own) != _number(m):
            continue  # `… 전국 17곳으로 늘었다. 새로 이름을 올린 세 곳은 …`: the list is its own count's
        if closes and not after:
            # `개최 도시는 우한(武汉), …, 쑤저우다.`; `6개 도시가 선정됐다. 베이징시, 상하이시, …, 항저우시(杭州市)다.`: a
            # sentence that is only the places
            after = places_listed(_PLACES_OPEN_COPULA, text, closes.end()) or places_listed(_PLACES_ALONE, text, closes.end())
        items = items_closed(after) if after else None
        # (a sentence breaking the count down opens no list of it, however it names its places: `… 모두 438곳이다.
        # 지역별로는 베이징 62곳, 산둥성 48곳, … 순으로 많았다`)
        if closes and items is None and not _regions_own(text, m) and not _breaks_down(text, closes.end(), m):
            items = _places_opening(text, closes.end()) or _places_where(text, closes.end(), _number(m)) \
                or _topics_in_turn(text, closes.end()) \
                or ranked_after(text, closes.end(), RANKING_NEXT, any_unit=_counts_a_set(text, m))
        if items is not None and len(items) not in changes:
            out.append((_number(m), _counted(m), items, bool(after) and after.group().rstrip().endswith("등")))
    return out


def _regions_own(text: str, m) -> bool:
    """Whether a count of `곳` naming nothing else is a figure of a region its sentence names before it (`광둥성(1 위)의
    … 차지했고, 수소충전소도 104 곳으로 가장 많았다. | 포산(佛山)과 윈푸(云浮)를 중심으로 …`): the places after it
    are not its list."""
    if m["counter"] != "곳" or m["noun"] and m["noun"] not in _PARTICLES:
        return False
    start = text.rfind("다.", 0, m.start())
    return bool(find_regions(text[start + 2 if start >= 0 else 0:m.start()]))


def _breaks_down(text: str, at: int, m) -> bool:
    """Whether the sentence at `at` breaks the count `m` down, two figures of its counter or more (`… 모두 212 곳이었다. 성별로는
    장쑤성이 31 곳으로 가장 많았고 광둥성 27 곳, …`): a ranking of parts of the count, not its list."""
    # (of what it counts, named again when the count names it: `다섯 개 지역에서 나왔다. 베이징 6 개, 상하이 4 개, …`
    # counts firms in each, the list of the five)
    noun = m["noun"] if m["noun"] and m["noun"] not in _PARTICLES else ""
    return len(_figures_of(m["counter"], noun).findall(text, at, sentence_end(text, at))) > 1


@cache
def _figures_of(counter: str, noun: str) -> regex.Pattern[str]:
    """Figures in `counter` (and `noun`, when given): `62곳`, `6 개 지역`."""
    named = rf"\s*{regex.escape(noun)}" if noun else ""
    return compiled(rf"\d\s*{regex.escape(counter)}{named}(?!\p{{Hangul}}{{2}})")


_CHANGE_BEFORE = compiled(r"보다\s*$")


def _changes(text: str, at: int) -> bool:
    """Whether the count at `at` is a change, after what it is compared with (`지난해보다 1 곳 늘었다`)."""
    return bool(_CHANGE_BEFORE.search(text, max(0, at - 8), at))


def _counts_a_set(text: str, m) -> bool:
    """Whether a count of places is a set its sentence describes, naming no region before it (`1 조 위안을 넘어선 도시는
    모두 다섯 곳이다`), so a ranking of places in any unit in the next sentence may be its list; not a region's own figure
    (`베이징시가 81곳으로 … 3위를 지켰다`) nor a count after its own list (`베이징·상하이·… 등 5개 지역으로`)."""
    if (m["noun"] or m["counter"]) not in PLACE_NOUNS:
        return False
    start = text.rfind("다.", 0, m.start())
    return not find_regions(text[start + 2 if start >= 0 else 0:m.start()])
_WORD_AFTER = compiled(r"\s+\p{Hangul}{1,4}(?=\s)")  # (the second word of a count's noun: `31개 성급` | ` 지역`)
# a sentence opening with the places a count of the sentence before has, each perhaps with an aside
# in brackets (`톈진시(3.6%), 헤이룽장성(3.2%), …으로,`), or going from the first of them
# (`9월 15일 베이징을 시작으로 상하이(9월 17일), 선전(9월 19일)을 찾는다`), or naming them as what it counts
# (`선전시, 광저우시, … 항저우시(杭州市)가 그 주인공으로`, `구이양(贵阳), …, 시안(西安)이 이름을 올렸으며`)
# (or where what the count's sentence told of took place, after its topic: `… 다섯 개 도시를 돌며 설명회를 열었다.
# 설명회는 우한(武汉), 창사(长沙), 정저우, 시안(西安)에서 차례로 진행됐으며`)
_PLACES_OPEN = compiled(r"\s*(?:[^.,]{0,20}?\s(?P<first>\p{Hangul}{2,8})(?:을|를)\s*시작으로\s+|(?P<topic>\p{Hangul}{1,8}(?:은|는)\s+))?"
                             r"(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?:으로|로)(?=[,\s])|(?<=\))(?:을|를)\s"
                             r"|" + IS_THE_LIST + r"|(?<=[)\p{Hangul}])에서\s+(?:차례로|잇달아|순서대로|순차적으로)\s)")


# a place the next sentence makes a topic, opening it or after a comma (`주산(珠山)구는 도자 문화 관광과 …, 창장(昌江)구는 …`)
_TOPIC_ITEM = compiled(r"(?:^\s*|,\s*)(?P<name>\p{Hangul}{1,8}(?:\(\p{Han}+\))?\p{Hangul}{0,2}?)(?:은|는)\s")


def _topics_in_turn(text: str, at: int) -> list[str] | None:
    """The places the sentence at `at` makes its topics in turn, each given its part, `각각` closing them (`방안은 4개
    구·현·시를 … 지정하고 기능을 나눴다. 주산(珠山)구는 …, 창장(昌江)구는 …, 가오신(高新)구는 … 각각 맡는다`).

    >>> _topics_in_turn("주산(珠山)구는 관광, 창장(昌江)구는 연구개발, 푸량(浮梁)현은 체험을 각각 맡는다.", 0)
    ['주산구', '창장구', '푸량현']
    """
    sentence = text[at:sentence_end(text, at)]
    if "각각" not in sentence:
        return None
    items = [GLOSS.sub("", m["name"]) for m in _TOPIC_ITEM.finditer(sentence)]
    return items if len(items) > 1 and places_all_but_one(items) else None


def _places_opening(text: str, at: int) -> list[str] | None:
    m = _PLACES_OPEN.match(text, at)
    items = list_items(ASIDE.sub("", m["list"])) if m else None
    items = ([m["first"]] if items and m["first"] else []) + (items or [])
    return items if len(items) > 1 and places_all_but_one(items) else None



# (or where something took place, the sentence opening with the places: `베이징(北京), 상하이(上海), …, 우시(无锡)에서 새
# 유니콘이 탄생했다`)
_PLACES_WHERE = compiled(r"\s*(?P<list>[^.:;]+?)(?<=[)\p{Hangul}])에서\s")


def _places_where(text: str, at: int, count: int) -> list[str] | None:
    """The places a sentence opens with as where what it tells of took place, when they are at least as many as the
    count of the sentence before (fewer may be some of them only: `… 다섯 개 도시를 지정했다. 베이징, 상하이에서 먼저
    시행된다`).

    >>> _places_where(" 베이징(北京), 상하이(上海), 선전(深圳)에서 새 유니콘이 탄생했다.", 0, 2)
    ['베이징(北京)', '상하이(上海)', '선전(深圳)']
    >>> _places_where(" 베이징, 상하이에서 먼저 시행된다.", 0, 5)
    """
    m = _PLACES_WHERE.match(text, at)
    items = list_items(m["list"]) if m else None
    return items if items and len(items) > 1 and len(items) >= count and all(map(a_place, items)) else None
_QUOTED_WORDS = compiled(r"['‘][^'’]{1,30}['’]")  # (`'저공경제 발전 1차 시범도시'로`: a name, no count)
# a sentence that names only places and closes with the copula
# (or with no copula at all, `다음 3 곳에 거점을 새로 연다. 허페이(合肥), 시안(西安), 창사(长沙), 정저우(郑州).`)
_PLACES_ALONE = compiled(r"\s*(?P<list>[^.:;]+?)\s*(?:이다|(?<=[)\p{Hangul}])다(?=[.\s]|$)|(?<=[)\p{Hangul}])(?=\.))")
