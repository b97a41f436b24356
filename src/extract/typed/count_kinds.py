"""Counts of anything, kinds and organisations as well as places, whose list the text names as theirs in so many words
(for `typed.counts`, which reads the lists of places and people a count may have without such words):

- the count is what a topic comes to, and the list follows it as that: `모집 분야는 다섯 개로, A, B, C다`;
- a later clause of the count's sentence opens with what it counts: `6개 부처가 마련했으며, 참여 부처는 A, B, C이다`;
- the next sentence is the list and says it is what was counted: `모두 5 개 분야에 걸쳐 있다. A, B, C가 그것이다`,
  `… 총 4 곳이다. A, B, C 클러스터가 여기에 해당한다`.

Each reader gives (count, what it counts, items, whether the list is open: closed by `등`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.typed.count_lists import list_items
from kic_extract.typed.count_words import PARTICLES, count_number, count_pattern, counted_words

# the copula closing a list (`…, 문화콘텐츠다.`, `…, 국가외환관리국(国家外汇管理局)이다.`), not a verb's ending (`…를 맡는다`)
_COPULA = r"\s*(?:이다|였다|이었다|(?<=[)\p{Hangul}])(?<![는은한된했됐였었았])다)(?=\.|\s*$)"
# a topic right before its count (`모집 분야는 다섯 개로`), perhaps with `모두`/`총`
_TOPIC_BEFORE = compiled(r"(?<!\S)(?P<topic>\p{Hangul}{2,6})(?:은|는)\s+(?:(?:모두|총)\s+)?$")
_AS_LIST = compiled(r"\s*,\s*(?P<list>[^.:;]+?)" + _COPULA)
# a list closed as what was counted, `…가 그것이다`, `…이 여기에 해당한다` (or `등`: some of them)
_IT_IS = compiled(r"\s*(?P<list>[^.:;]+?)(?P<open>\s*등)?(?:이|가)\s+(?:그것(?:이다|이었다|입니다)|여기에\s*(?:해당|속)(?:한다|했다|된다|됐다|합니다))\.")
_SENTENCE_END = compiled(r"다\.\s+")


def _items(listed: str, m) -> list[str] | None:
    items = list_items(listed, counted=counted_words(m))
    return items if items and len(items) > 1 else None


def topic_then_list(text: str, m) -> tuple[list[str], bool] | None:
    """The list a count with no noun of its own gives after `로,`, when a topic before it names what it counts.

    >>> m = count_pattern().search("모집 분야는 다섯 개로, 인공지능·로봇, 바이오헬스, 신에너지, 문화콘텐츠다.")
    >>> topic_then_list(m.string, m)
    (['인공지능·로봇', '바이오헬스', '신에너지', '문화콘텐츠'], False)
    >>> m = count_pattern().search("싱가포르가 19개로, 중국·인도에 이어 세 번째로 많았다.")
    >>> topic_then_list(m.string, m)
    """
    if m["noun"] not in ("로", "으") or not _TOPIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    after = _AS_LIST.match(text, m.end())
    items = _items(after["list"], m) if after else None
    return (items, False) if items else None


def clause_of_noun(text: str, m) -> tuple[list[str], bool] | None:
    """The list a later clause of a count's sentence gives, opening with what the count counts (`6개 부처가 …
    마련했으며, 참여 부처는 상무부, …, 인민은행(人民银行)이다`), with no other count between.

    >>> m = count_pattern().search("조치는 6개 부처가 마련했으며, 참여 부처는 상무부, 재정부(财政部), 인민은행(人民银行)이다.")
    >>> clause_of_noun(m.string, m)
    (['상무부', '재정부(财政部)', '인민은행(人民银行)'], False)
    >>> m = count_pattern().search("6개 부처가 마련했으며, 참여 부처는 모두 3 곳이다.")
    >>> clause_of_noun(m.string, m)
    >>> m = count_pattern().search("9개 거점을 운영하고 있으며, 각 거점은 입주 상담, 파트너 연결, 설명회를 맡는다.")
    >>> clause_of_noun(m.string, m)
    """
    noun = m["noun"]
    if not noun or noun in PARTICLES or len(noun) < 2:
        return None
    end = text.find("다.", m.end())
    end = len(text) if end < 0 else end + 2
    opens = _clause_opening(noun)
    for comma in range(m.end(), end):
        if text[comma] != "," or not (after := opens.match(text, comma, end)):
            continue
        if count_pattern().search(text, m.end(), after.end()):
            return None  # (a count of its own between: the list is that one's)
        items = _items(after["list"], m)
        return (items, False) if items else None
    return None


@cache
def _clause_opening(noun: str) -> regex.Pattern[str]:
    """A later clause opening with what a count counts, then its list (`, 참여 부처는 A, B, C이다`), not with `각`."""
    return compiled(r",\s*(?!각\s)(?:\S+\s+){0,2}?" + noun + r"(?:은|는|으로는|로는)\s+(?P<list>[^.:;]+?)" + _COPULA)


def next_sentence_is_it(text: str, m, counts: list) -> tuple[list[str], bool] | None:
    """The list the next sentence gives, saying it is what the count counts (`…가 그것이다`, `…가 여기에 해당한다`), when
    the count is the last of its sentence and names what it counts.

    >>> m = count_pattern().search("명단은 모두 5 개 분야에 걸쳐 있다. 정보기술, 바이오 제조, 신에너지, 신소재, 저공경제, 상업 우주가 그것이다.")
    >>> next_sentence_is_it(m.string, m, [m])
    (['정보기술', '바이오 제조', '신에너지', '신소재', '저공경제', '상업 우주'], False)
    >>> m = count_pattern().search("클러스터는 총 4 곳이다. 닝샤 중웨이(中卫), 광시 난닝(南宁), 신장 하미(哈密) 클러스터가 여기에 해당한다.")
    >>> next_sentence_is_it(m.string, m, [m])
    (['닝샤 중웨이(中卫)', '광시 난닝(南宁)', '신장 하미(哈密) 클러스터'], False)
    """
    if (not m["noun"] or m["noun"] in PARTICLES) and m["counter"] != "곳":
        return None
    end = _SENTENCE_END.search(text, m.end())
    if end is None or any(m.end() <= c.start() < end.start() for c in counts):
        return None
    after = _IT_IS.match(text, end.end())
    items = _items(after["list"], m) if after else None
    return (items, bool(after["open"])) if items else None


def kind_counts(text: str, counts: list) -> list[tuple[int, str, list[str], bool]]:
    """(count, what it counts, items, open list) for each count of `counts` (the text's count matches) whose list the
    text names as its own in so many words."""
    out = []
    for m in counts:
        found = topic_then_list(text, m) or clause_of_noun(text, m) or next_sentence_is_it(text, m, counts)
        if found:
            out.append((count_number(m), counted_words(m), *found))
    return out
