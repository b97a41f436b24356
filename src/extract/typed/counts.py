"""Cross-check counts stated in prose against the items listed: `5 개 도시는 충칭, 청두, 시안,
항저우로` names four, `다음 3 개 분야` followed by two list items lists two. A mismatch is a
`count_mismatch` warning with both figures and the line; nothing is corrected.

A count is checked only where its list can be delimited: in the same sentence (after the count,
closed by `로`/`이다`/`등`, or before it, closed by `등`), in the next sentence when it opens by
naming the list (`… 6개 도시를 지정했다. 명단에는 …`), or, after `다음`, the list items or the
table rows that follow the paragraph.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import find_regions, names_place, stems_before
from kic_extract.places import reads_as_mandarin
from kic_extract.typed.count_lists import (ASIDE, BULLETED, COMPARED_AFTER, GLOSS, GLOSSED_NAME, MARKED_AFTER, ITEM_MAX_CHARS, PARTNER_CLOSE, a_place, colon_items, counted_before, has_count_of,
                                           namely_subject_items, MEMBERS_AFTER, places_right_before, RANKING_NEXT, ranked_after, ranked_before, TOPIC_RANKING,
                                           list_items, split_outside_brackets)
from kic_extract.typed.count_kinds import kind_counts
from kic_extract.typed.count_items import following_items, is_card, line_of, places_scheduled
from kic_extract.typed.count_words import PARTICLES as _PARTICLES, count_number as _number, count_pattern as _count, \
    counted_words as _counted
from kic_extract.typed.numerals import COUNTERS
from kic_extract.typed.prose_regions import COMPASS_PART

# the particle of a list that is what was chosen (`…, 항저우가 선정됐다`, `…·타이위안(太原)의 첨단기술산업개발구가 이름을`)
_CHOSEN_CLOSE = r"(?<=[)\p{Hangul}])(?:의\s+\S+?)?(?:이|가|을|를)\s+(?:(?:여기|이|그\s*안)에\s+)?(?:이름을|포함|선정|꼽|뽑|들어|참가|참여|입주)" \
    r"|(?<=[)\p{Hangul}])에\s+(?:들어선|들어서|설립|설치|조성|자리)|" + PARTNER_CLOSE  # (where they are put: `…, 인촨(银川)에
# 들어선다`, `…, 닝샤후이족자치구에 자리하고 있다`)
_AFTER = compiled(r"^(?:은|는|이|가|로는|으로는|으로\s*,?|로\s*,?|\s*,\s*즉)\s*(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*"
                    r"(?:등(?!\p{Hangul})|순(?=이|으로|서|[.,]|$)|(?:으로|로)(?:의)?(?![\p{Hangul}\p{Han}])|이다|였다|이었|(?<=[)\p{Hangul}])다(?=[.\s]|$)"
                    r"|(?<=[)\p{Hangul}])이(?:며|고)(?=\s*,)"  # (`… 5 개 도시는 난징(南京), 창사, 쿤밍, 하얼빈이며, …`)
                    rf"|{_CHOSEN_CLOSE}"
                    r"|(?<=[)\p{Hangul}])(?:이|가)\s+(?:그|이)\s*(?:주인공|대상)"  # (`…·린이(临沂)가 그 주인공이다`)
                    # (or where they are, two items at least after `으로,`: `4 곳으로, 쑤저우(苏州), …, 창사(长沙)의 협력 거점에서 …`)
                    r"|(?<=(?:으로|로)\s*,[^.:;]+,[^.:;]*[)\p{Hangul}])(?:의\s+\p{Hangul}+(?:\s+\p{Hangul}+)?)?에서(?=\s)|$)")
# the places a count names right after it, `즉`/`곧`, up to what they qualify (`5개 도시, 곧 청두·충칭·쿤밍(昆明)의 투자기관`)
# or their particle (`5 곳, 즉 허페이(合肥), …, 정저우(郑州)는`): the particle closing a list (`…, 허페이에 설치된다`)
# (`의` only after a separator and when the list's first item has none: in `즉 충칭의 량장신구(两江新区)와 쓰촨의 톈푸신구(天府新区)로`
# and `즉 대상의 뉴로핏랩, 최우수상의 …` it names an item's place or label; and `도` after a gloss: `…, 쑤이닝(遂宁)도 부품 기지로`)
_PARTICLE_CLOSE = (r"(?<=(?:·|[와과]\s|,(?!\s*(?:즉|곧)\s))[^.:;]*[)\p{Hangul}])(?<!(?:즉|곧)\s+\p{Hangul}{1,6}의\s[^.:;]*)의\s"
                   r"(?!\p{Hangul}+\(\p{Han}+\)(?:으로|로|[와과,]))|(?<=[)\p{Hangul}])(?:에서|에)\s"
                   r"|(?<=\))(?:은|는|이|가|을|를|도)\s|(?<=\p{Hangul})(?:은|는|을|를)\s")
_NAMELY = compiled(r"^(?:의\s+(?:[^\s,.:;()]+\s+){0,2}[^\s,.:;()]+|(?:\s+[^\s,.:;()]+){1,2})?(?:\s*\(\p{Han}+\))?\s*,\s*(?:즉|곧)\s+(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?:으로|(?<![통도경항진활회철수선])로)의?(?![\p{Hangul}\p{Han}])|"
                   + _PARTICLE_CLOSE + "|" + _CHOSEN_CLOSE
                   + r"|(?<=[)\p{Hangul}])(?:(?:이었|였|이)?다(?=\.|\s*$)|(?:이었|였|이)(?:으며|며|고)(?=[\s,])))")
# (`…, 즉 A, B, C다.`, `…, 즉 A, B, C였으며, …`; after what it counts, `다섯 곳의 주요 통상구(口岸), 즉 …`; not `통로`'s `로`)
# the places named in apposition after a count's noun (`5개 허브인 A, B, C가`), up to their particle
_APPOSITION = compiled(r"\s+(?P<list>[^.:;]+?)\s*(?:" + _PARTICLE_CLOSE + ")")
_BRACKETED = compiled(r"\((?P<list>[^()]+?)(?:\s*등)?\)")
_BEFORE = compiled(r"(?P<list>[^.:;]+?)\s*등\s*$")
# a list of three or more ending right before the count, its last item one word, bare or glossed
# (no item of either holds `.`, `:` or `;`, but the last item's gloss may: see `_list_start`)
_LIST_HEAD = r"[^.:;,]+(?:,\s*[^.:;,]+){1,}?,\s*[^.:;,\s(]+?(?:\([^()]*\))?"
# (`모두`/`총` may stand before the count: `…, 장먼, 자오칭까지 총 10 개 도시로`)
_ALL = rf"(?:\s+{COMPASS_PART})?(?:\s*(?:모두|총))?"  # (or the part of the country they are: `…, 닝샤 서부 5개 허브로`)
_LIST_RIGHT_BEFORE = compiled(rf"(?P<list>{_LIST_HEAD})\s*(?:까지|의)?{_ALL}\s*$")
# how such a list ends, tested first (the pattern above may try many cuts of a long clause before it fails)
_LIST_END = compiled(rf",\s*[^.:;,\s(]+?(?:\([^()]*\))?\s*(?:까지|의)?{_ALL}\s*$")
# (or its last item joined by `와`/`과`, a place and perhaps words naming its part: `…, 완저우(万州)와 충칭 중심 도시권의`)
_JOINED_LIST_BEFORE = compiled(rf"(?P<list>{_LIST_HEAD}(?:와|과)\s+[^.:;,\s()]+?(?:\s+[^.:;,\s()]+?){{0,2}}?)\s*(?:까지|의)?{_ALL}\s*$")
_NEXT = compiled(r"다음(?:의)?\s*$")
_HELD_IN = compiled(r"에서\s*(?:열리|열린|열려|열렸|개최|진행)")  # (what is held in the places counted: `… 도시에서 열리며`)
_PLACE_NOUN_ON = compiled(r"\s(?:지역|도시)(?=으로|로|[은는이가을를의에]|\s|$)")  # (`6 개 성급` | ` 지역으로`)
_SECOND_NOUN_IN = compiled(r"\s+\p{Hangul}{1,6}인(?=\s)")  # (`다섯 개 핵심` | ` 도시인`)
# what, after a count and its noun, says its items follow the paragraph (`8 대 중점 과제는 다음과 같다`, `… 과제를
# 다음과 같이 제시했다`), with no other count between (`결선에 오른 8개 팀 가운데 … 4개 팀은 다음과 같다`: the 4 are listed)
# a count's verb of presenting what it counts, closing its sentence (`7 개 분야를 제시했다.`)
_PRESENTED = compiled(r"(?:을|를)\s+(?:\S+\s+)?(?:제시|발표|내놓|내놨|담았|꼽았|선정|확정|공개)\S*\.\s*$")
# a count of what the writer picked and sets out, closing its paragraph (`… 12 곳을 골라 주소와 함께 정리했다.`): the
# table right under it is what was picked (not cards, whose lines are no items; nor what it will introduce, `… 기업 3곳을
# 골라 소개한다`, which may come after a table of others)
_PICKED = compiled(r"(?:을|를)?\s+(?:골라|뽑아|추려|선별해|선정해)\s+(?:[^.]{0,30}?\s)?(?:정리했|실었|담았)\S*\.\s*$")
_FOLLOWS = compiled(r"^[^.,:\d]{0,20}?(?:은|는|이|가|을|를)\s*(?:다음|아래)(?:과|와)\s*같")


def _list_start(head: str) -> int:
    """Where a list ending `head` (`_BEFORE`, `_LIST_RIGHT_BEFORE`) can start at the earliest: past
    the last `.`, `:` or `;` before the last bracket (only the last item's gloss may hold one).
    Searching from there finds the same list, without trying every earlier start in a long
    paragraph (each of which scans to the paragraph's end).

    >>> head = "2억 명 이상이다. 상무부, 재정부(财政部), 문화관광부"
    >>> _list_start(head), _LIST_RIGHT_BEFORE.search(head, _list_start(head))["list"]
    (10, ' 상무부, 재정부(财政部), 문화관광부')
    """
    end = head.rfind("(")
    end = len(head) if end < 0 else end
    return max(head.rfind(stop, 0, end) for stop in ".:;") + 1


_PHRASE_WORD = compiled(r"\p{Hangul}(?:에는|에서는|에선|은|는|을|를|에\s더해)\s")  # (`기존 선전·광저우·주하이에 더해 둥관시, …`)
# (a clause closed before the list: `… 웃돌았을 뿐`, `… 발표했고`, `… 통지를 공동으로 하달하고`, `… 확정됐는데`)
_CLAUSE_CLOSED = compiled(r"\p{Hangul}[을ㄹ]?\s+(?:뿐|터|따름)$|(?:였|었|았|했)(?:고|으며|지만)$|\p{Hangul}(?:하|되)(?:고|며)$"
                          r"|\p{Hangul}[었았였했섰갔왔렸켰졌됐냈뒀줬봤]는데$")  # (`… 선정됐는데`)
# a list's last item closed by the particle making it the clause's complement (`5개 성은 …, 푸젠성으로, 모두 8곳의`; `로`
# only after a place, not a noun's own syllable: `집적회로`)
_COMPLEMENT = compiled(r"[)\p{Hangul}](?:으로|(?<=(?P<place>\S+))로)$")


def _complement(part: str) -> bool:
    return bool((m := _COMPLEMENT.search(part)) and (m["place"] is None or a_place(m["place"])))

# the last word of a text, with its gloss (`… 1차 시범도시로 선전`, `재정부(财政部)`), or two joined (`…는 상하이시와 충칭시`)
_LAST_WORD = compiled(r"(?:^|\s)(?P<w>[^\s()]+(?:\([^()]*\))?)\s*$")
_LED_BY = compiled(r"(?:^|\s)(?P<w>[^\s()]+(?:\([^()]*\))?)(?:을|를)\s*비롯(?:해|하여|한)\s+(?P<v>[^\s()]+(?:\([^()]*\))?)\s*$")
_PAIR_LAST = compiled(r"(?:^|\s)(?P<w>[^\s()]+(?:\([^()]*\))?)(?:와|과)\s+(?P<v>[^\s()]+(?:\([^()]*\))?)\s*$")
# a group of a list opening with the place that holds it, after a separator (`, 안후이성 ` before `허페이시·우후시`)
_GROUP_BEFORE = compiled(r"(?:,|와|과)\s*(?P<place>\p{Hangul}{2,8})\s+$")
_DOT_LIST_BEFORE = compiled(r"(?<![\p{Hangul}·])(?P<list>\p{Hangul}{2,8}(?:\(\p{Han}+\))?(?:·\p{Hangul}{2,8}?(?:\(\p{Han}+\))?)+)\s*(?:의\s*)?$")


# (or outside it: `상위 10개 도시 밖에서 더 높은 수치가 나왔다`)
PICKED_FROM = compiled(r"\s*(?:\([^()]*\))?\s*(?:가운데|중에서|중|(?:밖|바깥)(?:에서|에|의)?)(?!\p{Hangul})")


def sentence_counts(text: str, counts: list | None = None) -> list[tuple[int, str, list[str]]]:
    """(count, noun, items listed, whether the list is open) for each count whose list stands in
    the same sentence. A list closed by `등` names some of what is counted, not all of it.
    `counts` are the text's `_count()` matches, when the caller has found them.

    >>> sentence_counts("예약이 가장 많이 늘어난 5 개 도시는 충칭, 청두, 시안, 항저우로 나타났다.")
    [(5, '개 도시', ['충칭', '청두', '시안', '항저우'], False)]
    >>> sentence_counts("베이징, 상하이, 선전 등 3 개 도시가 선정됐다.")
    [(3, '개 도시', ['베이징', '상하이', '선전'], True)]
    >>> sentence_counts("이번 조치는 상무부, 재정부(财政部), 문화관광부 4개 부처가 마련했다.")
    [(4, '개 부처', ['상무부', '재정부(财政部)', '문화관광부'], False)]
    >>> sentence_counts("방안은 상무부, 재정부(财政部), 교육부까지 4개 부처가 마련했다.")
    [(4, '개 부처', ['상무부', '재정부(财政部)', '교육부'], False)]
    >>> sentence_counts("낮추지 않은 곳은 모두 3개 지역으로, 저장성·톈진시(天津市)·칭하이성이었다.")
    [(3, '개 지역', ['저장성', '톈진시(天津市)', '칭하이성'], False)]
    >>> sentence_counts("선정된 곳은 모두 4개 도시로 선전(深圳), 광저우(广州), 정저우(郑州)다.")
    [(4, '개 도시', ['선전(深圳)', '광저우(广州)', '정저우(郑州)'], False)]
    >>> sentence_counts("새로 포함된 5 개 도시는 난징(南京), 창사, 하얼빈이며, 보조금을 받는다.")
    [(5, '개 도시', ['난징(南京)', '창사', '하얼빈'], False)]
    >>> sentence_counts("로봇, 웨어러블, 스마트홈 분야 한국 스타트업 10개 사가 참가했다.")
    []
    >>> sentence_counts("새로 이름을 올린 세 곳은 후난성 주저우(株洲), 장시성 난창(南昌), 산둥성 둥잉(东营)이다.")
    [(3, '곳', ['후난성 주저우(株洲)', '장시성 난창(南昌)', '산둥성 둥잉(东营)'], False)]
    >>> sentence_counts("민항국은 선전·광저우·허페이·청두 5개 도시를 시범도시로 지정했다.")
    [(5, '개 도시', ['선전', '광저우', '허페이', '청두'], False)]
    >>> sentence_counts("6개 도시를 지정했는데, 선전·광저우·허페이가 여기에 이름을 올렸다.")
    [(6, '개 도시', ['선전', '광저우', '허페이'], False)]
    >>> sentence_counts("5개 도시가 전용 기금을 새로 띄웠는데, 선전(深圳), 허페이, 청두(成都), 우한(武汉)이 그 주인공이다.")
    [(5, '개 도시', ['선전(深圳)', '허페이', '청두(成都)', '우한(武汉)'], False)]
    >>> sentence_counts("지역도 6 개 성·시로 늘었는데, 저장성·광둥성·베이징이 여기에 해당한다.")
    [(6, '개 성·시', ['저장성', '광둥성', '베이징'], False)]
    >>> sentence_counts("프로젝트는 4곳으로 훠얼궈스(霍尔果斯), 얼롄하오터(二连浩特), 핑샹(凭祥)이 해당된다.")[0][2]
    ['훠얼궈스(霍尔果斯)', '얼롄하오터(二连浩特)', '핑샹(凭祥)']
    >>> sentence_counts("상위권을 형성한 도시는 4곳으로, 상하이·항저우·쑤저우·난징·허페이다.")
    [(4, '곳', ['상하이', '항저우', '쑤저우', '난징', '허페이'], False)]
    >>> sentence_counts("새로 오른 지역은 4 곳으로 안후이성, 후베이성, 쓰촨성이 여기에 해당하며, 쓰촨성에는 45 억 위안이 배정됐다.")
    [(4, '곳', ['안후이성', '후베이성', '쓰촨성'], False)]
    >>> sentence_counts("서부 지역은 5개 성·자치구로, 시짱자치구·간쑤성·닝샤후이족자치구(宁夏回族自治区)가 여기에 속한다.")
    [(5, '개 성·자치구', ['시짱자치구', '간쑤성', '닝샤후이족자치구(宁夏回族自治区)'], False)]
    >>> sentence_counts("우선 지원 대상은 6 개 성급 지역으로 충칭, 쓰촨성, 구이저우성, 윈난성, 광시좡족자치구다.")
    [(6, '개 성급 지역', ['충칭', '쓰촨성', '구이저우성', '윈난성', '광시좡족자치구'], False)]
    >>> sentence_counts("예선이 5개 도시(베이징·상하이·선전·칭다오)에서 열렸다.")
    [(5, '개 도시', ['베이징', '상하이', '선전', '칭다오'], False)]
    >>> sentence_counts("20곳 이상 보유한 도시는 6곳으로 베이징, 상하이, 선전, 항저우, 광저우다.")
    [(6, '곳', ['베이징', '상하이', '선전', '항저우', '광저우'], False)]
    >>> sentence_counts("싱가포르가 19개로 중국·인도에 이어 세 번째로 많았다."), sentence_counts("전국 31 개 성 가운데 17 개 성이 목표를 넘었다.")
    ([], [])
    >>> sentence_counts("모태펀드를 새로 출범시킨 5개 도시, 즉 베이징·상하이·선전·항저우로의 자금 쏠림이")
    [(5, '개 도시', ['베이징', '상하이', '선전', '항저우'], False)]
    >>> sentence_counts("서부 5개 도시, 곧 청두·충칭·쿤밍(昆明)의 투자기관이 참석했다.")
    [(5, '개 도시', ['청두', '충칭', '쿤밍(昆明)'], False)]
    >>> sentence_counts("중부의 5 곳, 즉 허페이(合肥), 우한(武汉), 창사(长沙)는 광전자 분야를 이끈다.")
    [(5, '곳', ['허페이(合肥)', '우한(武汉)', '창사(长沙)'], False)]
    >>> sentence_counts("센터는 4 개 도시, 즉 상하이, 난징(南京), 허페이에 설치된다. 시범구 다섯 곳(베이징, 상하이, 선전)을 정했다.")
    [(4, '개 도시', ['상하이', '난징(南京)', '허페이'], False), (5, '곳', ['베이징', '상하이', '선전'], False)]
    >>> sentence_counts("국가급 신구는 세 곳, 즉 충칭의 량장신구(两江新区)와 쓰촨의 톈푸신구(天府新区)로, 두 신구가 …")
    [(3, '곳', ['충칭의 량장신구(两江新区)', '쓰촨의 톈푸신구(天府新区)'], False)]
    >>> sentence_counts("연계 도시 다섯 곳, 즉 더양(德阳), 몐양(绵阳), 쑤이닝(遂宁)도 부품·소재 공급기지로 자리 잡았다.")
    [(5, '곳', ['더양(德阳)', '몐양(绵阳)', '쑤이닝(遂宁)'], False)]
    >>> sentence_counts("웃돈 곳은 4 개 도시, 즉 선전시, 광저우시, 둥관시, 주하이시, 후이저우시였으며, 나머지 도시들은")
    [(4, '개 도시', ['선전시', '광저우시', '둥관시', '주하이시', '후이저우시'], False)]
    >>> sentence_counts("늘어난 도시는 5곳으로, 허페이(合肥)가 31.4%로 가장 높았고 우한(武汉) 27.8%, 시안 21.2% 순이었다.")
    [(5, '곳', ['허페이', '우한', '시안'], False)]
    >>> sentence_counts("대학·연구기관형에는 칭화대(清华大学), 저장대(浙江大学), 시안교통대(西安交通大学) 등 3개 대학이 포함돼")
    [(3, '개 대학', ['칭화대(清华大学)', '저장대(浙江大学)', '시안교통대(西安交通大学)'], True)]
    >>> sentence_counts("심사위원 3 명은 김민수 교수, 이영희 KIC 중국 대표, 박철수(朴哲洙) 변호사다.")
    [(3, '명', ['김민수 교수', '이영희 KIC 중국 대표', '박철수(朴哲洙) 변호사'], False)]
    >>> sentence_counts("100개를 넘은 도시는 베이징, 상하이, 선전, 쑤저우 5곳이었다.")
    [(5, '곳', ['베이징', '상하이', '선전', '쑤저우'], False)]
    >>> sentence_counts("4,500 억 위안을 넘은 도시는 상하이시와 충칭시, 베이징시 세 곳이었다.")
    [(3, '곳', ['상하이시', '충칭시', '베이징시'], False)]
    >>> sentence_counts("광둥성이 186 개로 1 위를 차지했고, 베이징이 143 개로 그 뒤를 이었다.")
    []
    >>> sentence_counts("1 조 420 억 위안으로, 선전 10 개 구(신구 포함) 가운데 처음으로 1 조 위안 선을 넘어섰다.")
    []
    >>> sentence_counts("쓰촨성은 허난성을 제치고 5 위로 올라섰는데, 상위 5 개 지역의 순서가 바뀐 것은 처음이다.")
    []
    """
    out = []
    for m in _count().finditer(text) if counts is None else counts:
        if not m["noun"] and m["counter"] != "곳" or m["noun"] == "순":
            continue  # a count naming nothing (`다음 5 가지다`) has its list after the paragraph (`곳` names places); a
            # ranking's last figure is none (`충칭시 760 곳, 몐양시(绵阳市) 210 곳 순이었다`)
        if _picked_from(text, m):
            continue  # `… 위안으로, 선전 10 개 구(신구 포함) 가운데 처음으로`, `상위 10 곳 가운데`: the set something is in, no list
        # `5 개 도시는 충칭, …`; `세 곳은 주저우(株洲), 난창(南昌), …이다`: the counter names what is counted;
        # `19개로 중국·인도에 이어`: a count with no noun before `로` is a quantity, not a list's head
        bare = not m["noun"] or m["noun"] in _PARTICLES
        rest = text[m.end("counter" if bare else "noun"):]
        # (the place noun a word on, `6 개 성급 지역으로 충칭, …`)
        place_noun = None if bare else _PLACE_NOUN_ON.match(text, m.end("noun"))
        rest = text[place_noun.end():] if place_noun else rest
        # (the noun perhaps a word on, `다섯 개 핵심 도시인 청두(成都), 충칭(重庆), …이`)
        named_as = m.end("noun") if not bare and len(m["noun"]) > 1 and m["noun"].endswith("인") else \
            second.end() if not bare and (second := _SECOND_NOUN_IN.match(text, m.end("noun"))) else None
        if named_as is not None and (appositive := _APPOSITION.match(text, named_as)) \
                and _names_places(list_items(appositive["list"]) or ["-"]):
            # `서부 5개 허브인 네이멍구자치구, 구이저우성(贵州省), 간쑤성, 닝샤후이족자치구(…)가`: the places the count is
            after = appositive
        else:
            after = BULLETED.match(rest) or _NAMELY.match(rest) or _AFTER.match(rest) or MARKED_AFTER.match(rest)
            if after is not None and after.re is _AFTER and bare and m["counter"] == "곳" \
                    and _LIST_END.search(text, _list_start(text[:m.start()]), m.start()):
                after = None  # `이자싼웨이, 중커위천, …, 페이얼캉 5곳이 금속 적층제조 장비·소재 기업이다`: the names before are its list
        # (a list after `즉` is the count's, whatever closes it: `6 개 분야, 즉 디스플레이, …, 양자정보다`)
        copula = bool(after) and regex.search(r"\p{Hangul}(?<![이였])다$", after.group().rstrip()) \
            and not _NAMELY.match(rest)
        after_items = shared_noun_off(list_items(after["list"], counted=_counted(m)) or ["-"]) \
            if after and (bare and m["noun"] in ("로", "으") or copula) else None
        # (one short name the gazetteer does not know among three or more places is still a list of places: `5곳으로
        # 허린거얼(和林格尔), 구이안, 중웨이(中卫), 장자커우다`)
        if after_items is not None and not all(a_place(i) or not bare and i.endswith(m["noun"]) for i in after_items) \
                and not (bare and _places_all_but_one(after_items)) \
                and not (copula and m["counter"] == "명" and all(" " in i for i in after_items)):
            # `19개로 중국·인도에 이어`: a count with no noun before `로`, and a list closed by `…다` with
            # no bracket (`광저우다`), head only a list of places, or of what it counts (`5개 센터는 동부센터, …다`), or
            # of people with their posts (`심사위원 3 명은 김민수 교수, …, 박철수 변호사다`)
            after = None
        # `5개 도시(베이징·상하이·선전·칭다오)에서`: the places in brackets right after what is counted
        # (not the kinds it covers: `31 개 성(자치구, 직할시)`)
        if after and not bare and _items_closed(after, _counted(m)) is None:
            after = None  # (words after the count that list nothing: `5개 도시가 … 새로 띄웠는데, 선전, …`)
        # (`… 둔 곳은 다섯 곳으로, 장쑤성·광둥성·안후이성·쓰촨성이 여기에 해당한다`: `곳` names places)
        # (but not past places dotted right before the count, its list: `베이징·상하이·광저우·선전 4곳을 가리키며, 2선 도시는
        # 항저우·청두·우한 등`)
        dotted_before = _dotted_places_before(text, m.start())
        after = after or (_places_bracketed(text, m.end("counter")) or (None if dotted_before else _named_its(text, m.end("counter")))
                          if bare and m["counter"] == "곳" else None if bare
                          else _places_bracketed(text, m.end("noun")) or _named_its(text, m.end("noun"), _counted(m)))
        # (not a list whose items have a count of their own: `네 곳이, 서부에서는 청두, 충칭, 시안 세 곳이`, the next count's)
        items = _items_closed(after, _counted(m)) if after and not has_count_of(after.group(), m["counter"], _count()) else None
        if items and after.re is _NAMELY and after.group().rstrip().endswith("의"):
            # `11 개 도시, 즉 광저우·…·자오칭(肇庆)의 광둥성 9 개 도시와 홍콩…, 마카오…로`: the dotted list a group the
            # text counts itself, then the count's other items
            items += _more_after_group(text, len(text) - len(rest) + after.end(), m, len(items))
        open_list = bool(after and after.group().rstrip().endswith("등"))
        if items is None and not counted_before(text, m.start()):
            # `클러스터 4곳, 즉 베이징 다싱(大兴), …, 광저우 국제바이오섬이 … 흡수했다`: the list the verb makes its subject
            items = namely_subject_items(text, m.end("counter" if bare else "noun"))
        if items is None and (m["counter"] == "곳" or m["noun"] in _PLACE_NOUNS) and (
                ranking := ranked_after(text, m.end()) or ranked_after(text, m.end(), MEMBERS_AFTER)
                or ranked_after(text, m.end(), COMPARED_AFTER) or ranked_after(text, m.end(), TOPIC_RANKING, any_unit=True)):
            # `… 늘어난 도시는 5곳으로, 허페이가 31.4%로 가장 높았고 우한 27.8%, … 순이었다`; `6%대에 올라선 곳은 모두
            # 5개 지역으로, 시짱자치구가 6.4%로 선두에 섰고 … 후베이성은 6.0%를 기록했다`
            items = ranking
        if items is None and (m["counter"] == "곳" or m["noun"] in _PLACE_NOUNS) and not dotted_before \
                and (named := _clause_names_places(text, m.end())) is not None:
            # `네 곳의 핵심 도시를 축으로 … 구상으로, 대상 도시는 청두(成都), 충칭, …, 쿤밍(昆明)이다`: a later clause of the
            # sentence opens with what is counted, then the places
            items = named
        if items is None:  # `… 4곳을 지정했는데, 하이뎬구·차오양구·다싱구가 그것이다`; `…, 항저우 82.3점 순이었으며, 이들 다섯 개 도시가`
            items = _that_is_items(that["list"]) if (that := _THAT_IS.match(text, m.end("counter"))) \
                else ranked_before(text, m.start())
        if items is None:
            head = text[:m.start()]
            # a list right before the count: `A, B, C 등 5개` (등 says more are meant than are named),
            # or `A, B(…), C(…) 6개 부처가` naming all of them
            open_list = head.rstrip().endswith("등")
            start = _list_start(head)
            before = _BEFORE.search(head, start) if open_list else \
                _LIST_RIGHT_BEFORE.search(head, start) if _LIST_END.search(head, start) else None
            if before is None and (dotted := _DOT_LIST_BEFORE.search(head[-80:])):
                # `선전·광저우·허페이·청두 5개 도시를`: places joined by `·` right before their count
                names = dotted["list"].split("·")
                # (places before `의` locate what is counted unless it is places too: `…·청두·우한의 9 개 기관`)
                owner = dotted.group().rstrip().endswith("의") and m["noun"] not in _PLACE_NOUNS
                before = dotted if all(map(a_place, names)) and not owner else None
                if before is not None and (group := _GROUP_BEFORE.search(head[-80:], 0, dotted.start())) \
                        and a_place(group["place"]):
                    # `…와 저장성 자싱시·항저우시, 장쑤성 쑤저우시, 안후이성 허페이시·우후시 9개 도시`: the dots are
                    # the last group of a longer list its provinces part; it is not read (no warning)
                    continue
            if before is None and (m["counter"] == "곳" or m["noun"] in _PLACE_NOUNS) \
                    and (joined := _JOINED_LIST_BEFORE.search(head[-160:])) \
                    and (joined_items := list_items(joined["list"])) and a_place(joined_items[0].split(" ")[-1]) \
                    and all(a_place(item.split(" ")[0]) for item in joined_items[1:]):
                # `청두(成都), 몐양(绵阳), 더양(德阳), 완저우(万州)와 충칭 중심 도시권의 여섯 개 지역을`: places, the last joined
                # by `와` and named with words of its own
                before = joined
            listed = before["list"] if before else None
            if listed and any(c["counter"] == m["counter"] and not _picked_from(listed, c) and not _SET_ASIDE.match(listed, c.end())
                              for c in _count().finditer(listed)):
                # `인공지능 5 개 팀, 바이오헬스 4 개 팀, …`: a breakdown, each item with its own count (not the set the list
                # is picked from: `상위 10 개 지역 가운데 … 이끄는 곳은 베이징, …, 허난성 6 개 지역으로` lists the six; nor
                # a set the list is besides: `이들 3개 성 외에 광둥성, …, 칭하이성 등 5개 성에서도`)
                listed = None
            if before is None and (m["counter"] == "곳" or m["noun"] in _PLACE_NOUNS) \
                    and (chained := places_right_before(head)) is not None:
                # `… 지역은 허베이성 슝안신구(雄安新区), 장쑤성 쑤저우시 쿤산시(昆山市), … 8 곳으로`: places each located
                out.append((_number(m), _counted(m), chained, False))
                continue
            if listed and "," in listed:
                # the list is the run of short items closing the text, and starts at the first one's last
                # word, after whatever the sentence said before it (`… 신설된 데 이어, … 1차 시범도시로 선전,
                # 허페이, …`, `…「행동방안」에서 선전, 광저우(广州), …`); a bracket's words (`창업(기업 수, …)`) included
                parts = split_outside_brackets(listed)
                while len(parts) > 2 and len(GLOSS.sub("", parts[1]).strip()) > ITEM_MAX_CHARS:
                    parts = parts[1:]
                # (nor before a part holding a word that closes a phrase or a clause: `대학·연구기관형에는 칭화대(清华大学),
                # …`, `산시성만이 … 웃돌았을 뿐, 하이난성, …`, `… 5개 성은 쓰촨성, …, 푸젠성으로, 모두`)
                closed = [k for k, part in enumerate(parts[:-1]) if _CLAUSE_CLOSED.search(part) or _complement(part)]
                parts = parts[closed[-1] + 1:] if closed else parts
                # (a clause closed right before the last item leaves one word, no list: `… 5 위로 올라섰는데, 상위 5 개 지역의`)
                parts = parts if len(parts) > 1 else []
                opens = [k for k, part in enumerate(parts[:-1]) if _PHRASE_WORD.search(part)]
                parts = parts[opens[-1]:] if opens and len(parts) - opens[-1] >= 3 else parts
                first = parts[0] if parts else ""
                listed = None if not parts else listed[listed.rfind(first):] if first in listed else listed
                last = _PAIR_LAST.search(first)
                last = last if last and a_place(last["w"]) == a_place(last["v"]) else _LAST_WORD.search(first)
                if listed and (led := _LED_BY.search(first)):
                    # `선두추쒀(深度求索)를 비롯해 위수커지(宇树科技), …, 유시커쉐(游戏科学) 6개 기업이`: the one the list opens
                    # with is among those counted
                    at = listed.rfind(first)
                    listed, last = f"{led['w']}, {listed[at + led.start('v'):]}", None
                listed = listed[last.start("w"):] if last and listed else listed
            items = list_items(listed.split(" ")[-1] if "," not in listed else listed, counted=_counted(m)) if listed else None
        if items is not None and not (after is not None and after.re is _NAMELY  # (`9 개 도시와 2 개 특별행정구, 즉 …`: both)
                                      and len(items) == _number(m) + counted_before(text, m.start()) != _number(m)):
            # (`허브인`: what is counted, `인` aside; `핵심 도시인` too)
            counted = text[m.start("counter"):named_as - 1] if after is not None and after.re is _APPOSITION else \
                _counted(m) + after["words"] if after is not None and after.re is MARKED_AFTER \
                else _counted(m) + place_noun.group() if place_noun \
                else _counted(m)  # (`개 시범 협력 축`: the words naming what is counted, whole)
            out.append((_number(m), counted, items, open_list))
    return out


# what sets a counted set aside from a list after it (`이들 3개 성 외에 광둥성, …`)
_SET_ASIDE = compiled(r"\s*(?:외에|이외에|밖에|말고)(?:도)?\s")
# a sentence naming, at its opening, the list a count of the sentence before has (`… 6개 도시를
# 지정했다. 명단에는 베이징, 상하이, …가 들어갔으며`): the list runs to its subject particle or its end
# (`지역별로는 쓰촨성(四川) 6.0%, …, 시짱자치구(西藏) 7.0%다`: by place, each with its figure)
# (the last such noun before the list: `새로 명단에 오른 곳은 쑤저우(苏州), …`, not `명단에`)
_OPENS = r"\s*(?:[^.,]{0,15}\s)?(?:명단|목록|대상|곳|도시|지역|국가|기업)별?\s*(?:에는|에|은|는|으로는|로는)\s+"
# (the copula may go on, `… 허페이(合肥), 시안이며, …`)
@cache
def _list_opens() -> regex.Pattern[str]:
    # (its subject particle no place's last syllable: `선정된 곳은 베이징 이좡(亦庄), 상하이 장장(张江), …이다`)
    stems = "|".join(stems_before("이가"))
    return compiled(_OPENS + r"(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?<!(?<!\p{Hangul})(?:" + stems + r"))(?:이|가)\s+\S|등"
                    r"|(?:이다|였다|이었다|이며|였으며|(?<=[시성구)%])다)(?=[.\s,]|$))")
# (or places closed by `로,`: `대상은 청두(成都), 시안(西安), 우한(武汉), 창사(长沙)로, 모두 …`; or by `로 모두`: `새로 추가된 도시는
# 허페이(合肥), …, 난닝(南宁)으로 모두 중서부 …`)
_LIST_OPENS_TO = compiled(_OPENS + r"(?P<list>[^.:;]+?)(?<=[)\p{Hangul}])(?:으로|로)(?:\s*,|\s+모두\s)")
# (or places closed by the copula after any last name, `개최 도시는 우한(武汉), 시안, 허페이, 쑤저우다.`: places only)
_PLACES_OPEN_COPULA = compiled(_OPENS + r"(?P<list>[^.:;]+?)(?<=\p{Hangul})다\.")
# a list named later in the count's sentence as what it is (`… 4곳을 지정했는데, A·B·C가 그것이다`; `네 곳의 ‘…’를
# 새로 지정했는데, …`)
_THAT_IS = compiled(r"(?:을|를|이|가|은|는|의)?\s[^.,]{0,30},\s*(?P<list>[^.]+?)(?:이|가)\s+그것(?:이다|이었다|입니다)")
_NOUN_BEFORE = compiled(r"\p{Hangul}{1,8}(?:을|를)\s+$")
_COUNT_CLOSES = compiled(r"(?:을|를)?\s*(?:[^.,'‘’]|(?<=\d)\.(?=\d)|['‘][^'’]{1,30}['’]){0,40}?다\.")  # (`목표를 5.5% 이상으로`)


_CLOSING_NOUN = compiled(r"\s+\p{Hangul}{2,12}$")


def shared_noun_off(items: list[str]) -> list[str]:
    """A list's items with the noun its last one closes with taken off, when the noun is all of them (`…, 광시좡족자치구
    친저우(钦州), 간쑤성 톈수이(天水) 경제기술개발구가`: four places' zones) and the others are places.

    >>> shared_noun_off(["네이멍구자치구 바오터우(包头)", "간쑤성 톈수이(天水) 경제기술개발구"])
    ['네이멍구자치구 바오터우(包头)', '간쑤성 톈수이(天水)']
    >>> shared_noun_off(["베이징", "상하이 푸둥"])
    ['베이징', '상하이 푸둥']
    """
    if len(items) < 2 or not (word := _CLOSING_NOUN.search(items[-1])) or not all(map(a_place, items[:-1])):
        return items
    return items if a_place(items[-1]) or not a_place(last := items[-1][:word.start()]) else items[:-1] + [last]


def _that_is_items(text: str) -> list[str] | None:
    """The items of a list a sentence names as what its count is (`…가 그것이다`): short names, or places each
    glossed with its Chinese and perhaps located (`청두의 위린로(玉林路), 충칭의 제팡베이(解放碑), 청두 톈푸신구의
    싱룽후(兴隆湖) 일대`).

    >>> _that_is_items("청두의 위린로(玉林路), 충칭의 제팡베이(解放碑), 청두 톈푸신구의 싱룽후(兴隆湖) 일대")
    ['청두의 위린로(玉林路)', '충칭의 제팡베이(解放碑)', '청두 톈푸신구의 싱룽후(兴隆湖) 일대']
    >>> _that_is_items("정책을 새로 발표했고, 투자를 크게 늘린 것")
    """
    if (items := list_items(text)) is not None:
        return items
    parts = [p.strip() for p in regex.split(r"\s*,\s*", text)]
    glossed = len(parts) > 1 and all(GLOSS.search(p) and len(GLOSS.sub("", p)) <= 2 * ITEM_MAX_CHARS for p in parts)
    return parts if glossed else None


def _places_listed(pattern: regex.Pattern[str], text: str, at: int):
    """The list `pattern` finds at `at` when it names two places or more and nothing but places; else None."""
    m = pattern.match(text, at)
    places = _items_closed(m) if m else None
    return m if places and len(places) > 1 and all(map(a_place, places)) else None


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
        if closes and any(_NAMELY.match(text[c.end("noun") if c["noun"] else c.end("counter"):])
                          for c in _count().finditer(text, closes.end(), _sentence_end(text, closes.end()))):
            continue  # `… 세 곳 늘었다. 신규 진입 도시는 세 곳, 즉 다롄·쉬저우·탕산이다`: the list is its own count's
        after = _list_opens().match(text, closes.end()) if closes else None
        if closes and (to := _places_listed(_LIST_OPENS_TO, text, closes.end())) and not _regions_own(text, m):
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
            after = _places_listed(_PLACES_OPEN_COPULA, text, closes.end()) or _places_listed(_PLACES_ALONE, text, closes.end())
        items = _items_closed(after) if after else None
        if closes and items is None and not _regions_own(text, m):
            items = _places_opening(text, closes.end()) or _places_where(text, closes.end(), _number(m)) \
                or _topics_in_turn(text, closes.end()) \
                or (None if _breaks_down(text, closes.end(), m)
                    else ranked_after(text, closes.end(), RANKING_NEXT, any_unit=_counts_a_set(text, m)))
        if items is not None and len(items) not in changes:
            out.append((_number(m), _counted(m), items, bool(after) and after.group().rstrip().endswith("등")))
    return out


def _dotted_places_before(text: str, at: int) -> bool:
    """Whether places joined by dots stand right before `at` (`베이징·상하이·광저우·선전 4곳`)."""
    dotted = _DOT_LIST_BEFORE.search(text[max(0, at - 80):at])
    return bool(dotted) and all(map(a_place, dotted["list"].split("·")))


def _picked_from(text: str, c) -> bool:
    """Whether the count `c` names the set something is picked from (`상위 10 개 지역 가운데`, `10 곳 중`)."""
    return bool(PICKED_FROM.match(text, c.end("counter")) or c["noun"] and PICKED_FROM.match(text, c.end("noun")))


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
    return sum(c["counter"] == m["counter"] for c in _count().finditer(text, at, _sentence_end(text, at))) > 1


_CHANGE_BEFORE = compiled(r"보다\s*$")


def _changes(text: str, at: int) -> bool:
    """Whether the count at `at` is a change, after what it is compared with (`지난해보다 1 곳 늘었다`)."""
    return bool(_CHANGE_BEFORE.search(text, max(0, at - 8), at))


def _counts_a_set(text: str, m) -> bool:
    """Whether a count of places is a set its sentence describes, naming no region before it (`1 조 위안을 넘어선 도시는
    모두 다섯 곳이다`), so a ranking of places in any unit in the next sentence may be its list; not a region's own figure
    (`베이징시가 81곳으로 … 3위를 지켰다`) nor a count after its own list (`베이징·상하이·… 등 5개 지역으로`)."""
    if (m["noun"] or m["counter"]) not in _PLACE_NOUNS:
        return False
    start = text.rfind("다.", 0, m.start())
    return not find_regions(text[start + 2 if start >= 0 else 0:m.start()])


def _listed_per(text: str, m) -> bool:
    """Whether the sentence after a count's announces a list by what it counts (`… 다섯 개 도시에서 … 연다. 도시별
    일정과 중점 분야는 다음과 같다.`): the list after the paragraph is the count's."""
    noun = (m["noun"] or "").split("·")[-1]
    end = _sentence_end(text, m.end())
    then = _NEXT_SENTENCE.match(text, end)
    if len(noun) > 1 and then and text.startswith(noun + "별", then.end()) \
            and _LIST_ANNOUNCED.match(text, then.end() + len(noun) + 1):
        return True
    # `다섯 개 도시에서 … 거점을 운영하고 있다. 거점별 현황은 아래와 같다`: a list by what the count's sentence says is in
    # the places it counts (compared by its places, see `count_items.following_items`)
    per = _PER_FOLLOWS.match(text, end)
    return bool(per) and m["noun"] in _PLACE_NOUNS and per["what"] in text[m.end():end]


_NEXT_SENTENCE = compiled(r"다\.\s*")
_WORD_AFTER = compiled(r"\s+\p{Hangul}{1,4}(?=\s)")  # (the second word of a count's noun: `31개 성급` | ` 지역`)
_ANNOUNCED = r"[^.]{0,40}?(?:다음|아래)(?:과|와)\s*같"  # (`… 현황은 아래와 같다`)
_LIST_ANNOUNCED = compiled(_ANNOUNCED)
_PER_FOLLOWS = compiled(rf"다\.\s*(?P<what>\p{{Hangul}}{{2,6}})별{_ANNOUNCED}")


def _clause_names_places(text: str, at: int) -> list[str] | None:
    """The places a clause after a count, in the count's sentence, names as what is counted (`…를 축으로 … 구상으로,
    대상 도시는 청두(成都), 충칭, 시안(西安)이다`), no other count between them; None when no clause does.

    >>> _clause_names_places("네 곳의 핵심 도시를 축으로 삼는 구상으로, 대상 도시는 청두(成都), 충칭, 시안(西安)이다.", 4)
    ['청두(成都)', '충칭', '시안(西安)']
    >>> _clause_names_places("네 곳을 새로 열었고, 올해 세 곳을 더 연다. 대상 도시는 청두, 충칭이다.", 4)
    """
    end = _sentence_end(text, at)
    comma = text.find(",", at, end)
    while comma >= 0:
        if _count().search(text, at, comma):
            return None  # (a count of its own between: the list is that one's)
        if found := _places_listed(_list_opens(), text, comma + 1):
            return _items_closed(found)
        comma = text.find(",", comma + 1, end)
    return None


def _sentence_end(text: str, at: int) -> int:
    end = text.find("다.", at)
    return end if end >= 0 else len(text)


# a sentence opening with the places a count of the sentence before has, each perhaps with an aside
# in brackets (`톈진시(3.6%), 헤이룽장성(3.2%), …으로,`), or going from the first of them
# (`9월 15일 베이징을 시작으로 상하이(9월 17일), 선전(9월 19일)을 찾는다`), or naming them as what it counts
# (`선전시, 광저우시, … 항저우시(杭州市)가 그 주인공으로`, `구이양(贵阳), …, 시안(西安)이 이름을 올렸으며`)
# what a list says to be what a count counts: `…가 그 주인공으로`, `…이 그 지역이다`, `…이 (여기에) 이름을 올렸으며`, `…이 여기에 해당하며`,
# `…가 여기에 속한다`
_IS_THE_LIST = r"(?:이|가)\s+(?:(?:그|이)\s*(?:주인공|대상|명단|목록|(?:지역|도시|곳|나라|국가)들?(?=이|입|으로))|(?:주인공|대상)(?=이|입|으로)|(?:여기에\s*|명단에\s*)?(?:새로\s*)?이름을\s*올|여기에\s*(?:해당|속)|(?:해당|속)(?:된|한|하|되|했|됐))"
# (or where what the count's sentence told of took place, after its topic: `… 다섯 개 도시를 돌며 설명회를 열었다.
# 설명회는 우한(武汉), 창사(长沙), 정저우, 시안(西安)에서 차례로 진행됐으며`)
_PLACES_OPEN = compiled(r"\s*(?:[^.,]{0,20}?\s(?P<first>\p{Hangul}{2,8})(?:을|를)\s*시작으로\s+|(?P<topic>\p{Hangul}{1,8}(?:은|는)\s+))?"
                             r"(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:(?:으로|로)(?=[,\s])|(?<=\))(?:을|를)\s"
                             r"|" + _IS_THE_LIST + r"|(?<=[)\p{Hangul}])에서\s+(?:차례로|잇달아|순서대로|순차적으로)\s)")


# a place the next sentence makes a topic, opening it or after a comma (`주산(珠山)구는 도자 문화 관광과 …, 창장(昌江)구는 …`)
_TOPIC_ITEM = compiled(r"(?:^\s*|,\s*)(?P<name>\p{Hangul}{1,8}(?:\(\p{Han}+\))?\p{Hangul}{0,2}?)(?:은|는)\s")


def _topics_in_turn(text: str, at: int) -> list[str] | None:
    """The places the sentence at `at` makes its topics in turn, each given its part, `각각` closing them (`방안은 4개
    구·현·시를 … 지정하고 기능을 나눴다. 주산(珠山)구는 …, 창장(昌江)구는 …, 가오신(高新)구는 … 각각 맡는다`).

    >>> _topics_in_turn("주산(珠山)구는 관광, 창장(昌江)구는 연구개발, 푸량(浮梁)현은 체험을 각각 맡는다.", 0)
    ['주산구', '창장구', '푸량현']
    """
    sentence = text[at:_sentence_end(text, at)]
    if "각각" not in sentence:
        return None
    items = [GLOSS.sub("", m["name"]) for m in _TOPIC_ITEM.finditer(sentence)]
    return items if len(items) > 1 and _places_all_but_one(items) else None


def _places_opening(text: str, at: int) -> list[str] | None:
    m = _PLACES_OPEN.match(text, at)
    items = list_items(ASIDE.sub("", m["list"])) if m else None
    items = ([m["first"]] if items and m["first"] else []) + (items or [])
    return items if len(items) > 1 and _places_all_but_one(items) else None


def _names_places(items: list[str]) -> bool:
    """Whether list items name places: each one the gazetteer knows, or a name read as Mandarin beside at least one
    it knows (`구이안, 허린거얼, 칭양, 중웨이`: clusters named after their counties and cities)."""
    return all(a_place(i) or reads_as_mandarin(i) for i in items) and any(a_place(i) for i in items)


def _places_all_but_one(items: list[str]) -> bool:
    """Whether every item is a place, but perhaps one short bare name among three or more: a list is of one kind (`…,
    칭양(庆阳), 중웨이가`; `난닝, …, 베이하이, 충줘가`, a city spelt as the gazetteer does not).

    >>> _places_all_but_one(["난닝", "구이린", "충줘"]), _places_all_but_one(["난닝", "충줘"])
    (True, False)
    >>> _places_all_but_one(["난닝", "구이린", "전자상거래 플랫폼"])
    False
    >>> _places_all_but_one(["허린거얼(和林格尔)", "구이안", "중웨이(中卫)", "장자커우"])
    True
    """
    # (a name glossed with its Chinese that reads as Mandarin is one among places: `허린거얼(和林格尔), 구이안, 중웨이(中卫)`)
    odd = [i for i in items if not a_place(i) and not ((glossed := GLOSSED_NAME.fullmatch(i)) and reads_as_mandarin(glossed["ko"]))]
    return not odd or len(odd) == 1 and len(items) >= 3 and bool(_BARE_NAME.fullmatch(odd[0]))



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


_BARE_NAME = compiled(r"\p{Hangul}{2,5}")
_QUOTED_WORDS = compiled(r"['‘][^'’]{1,30}['’]")  # (`'저공경제 발전 1차 시범도시'로`: a name, no count)
# a sentence that names only places and closes with the copula
# (or with no copula at all, `다음 3 곳에 거점을 새로 연다. 허페이(合肥), 시안(西安), 창사(长沙), 정저우(郑州).`)
_PLACES_ALONE = compiled(r"\s*(?P<list>[^.:;]+?)\s*(?:이다|(?<=[)\p{Hangul}])다(?=[.\s]|$)|(?<=[)\p{Hangul}])(?=\.))")


# a list after the count's clause, named as what the count is (`5개 도시를 추가로 지정했는데, 톈진시(天津市), …,
# 쯔궁시가 그 대상이다`, `6개 도시를 지정했는데, 선전·광저우·…·청두가 여기에 이름을 올렸다`, `5개 성·자치구로, …가
# 여기에 속한다`), or closed by the copula alone (`6개 도시가 선정됐는데, 광저우·선전·주하이·둥관·포산이다`)
_NAMED_ITS = compiled(r"[^.,]{0,30}?(?:는데|으며|며|고|으로|로),\s*(?P<list>[^.:;]+?)\s*(?:" + _IS_THE_LIST
                      + r"|(?:이다|였다|이었다|(?<=[)\p{Hangul}])다)(?=[.\s]|$))")
# (or right after the count, no comma, when words name the list as it: `4 곳으로 안후이성, 후베이성, 쓰촨성이 여기에 해당하며`)
_NAMED_RIGHT_AFTER = compiled(r"(?:으로|로)\s+(?P<list>[^.:;]+?)\s*" + _IS_THE_LIST)


def _named_its(text: str, at: int, noun: str | None = None):
    for pattern in (_NAMED_ITS, _NAMED_RIGHT_AFTER):
        m = pattern.match(text, at)
        items = _items_closed(m, noun) if m else None  # (`…, 난징·허페이다`: 허페이 and `다`)
        if items and len(items) > 1 and _places_all_but_one(items):
            return m
    return None


def _items_closed(after, noun: str | None = None) -> list[str] | None:
    """The items of a list closed by the copula, whose `이다` may hold a place's last syllable (`…, 주하이다`: 주하이 and
    `다`, not 주하 and `이다`); of kinds when the count's `noun` is one (`개 분야`); after `즉`, a figure in brackets is an
    item's aside (`시짱자치구(7% 이상), 하이난성(6.5% 이상)`)."""
    listed = after["list"]
    if noun and (tail := _CLOSING_NOUN.search(listed)) and tail.group().strip() == noun.split()[-1]:
        listed = listed[:tail.start()]  # (`5개 도시군으로, 상하이시(62곳)·…·허베이성(41곳) 도시군이`: the count's noun, shared)
    items = list_items(ASIDE.sub("", listed) if after.re is _NAMELY else listed, counted=noun)
    if items and after.group().rstrip().endswith("이다") and names_place(items[-1] + "이"):
        items[-1] += "이"
    if items and len(items) > 2 and _CLAUSE_CLOSED.search(items[0]):
        items = items[1:]  # (`6개 도시가 선정됐는데, 광저우·선전·…·포산이다`: the count's clause closed, then the list)
    return items


# one word on, and the items after a group's count up to their particle or copula (`9 개 도시와 홍콩…, 마카오…로`)
_WORD_ON = compiled(r"\s*(?P<word>[^\s,.:;]+)\s*")
_MORE_ITEMS = compiled(r"(?:와|과)\s+(?P<list>[^.:;]+?)\s*(?:(?:으로|로)(?![\p{Hangul}\p{Han}])|(?<=[)\p{Hangul}])(?:이|였|이었)?다(?=[.\s]|$))")


def _more_after_group(text: str, at: int, m, grouped: int) -> list[str]:
    """The items listed after a group of `grouped` items whose count, in `m`'s counter and noun, follows them at `at`
    (`…·자오칭(肇庆)의 광둥성 9 개 도시와 홍콩특별행정구(…), 마카오특별행정구(…)로`): [] when the text does not go on so.

    >>> m = _count().search("11 개 도시, 즉")
    >>> _more_after_group("광둥성 9 개 도시와 홍콩, 마카오로 이뤄졌다.", 0, m, 9)
    ['홍콩', '마카오']
    >>> _more_after_group("광둥성 8 개 도시와 홍콩, 마카오로 이뤄졌다.", 0, m, 9)
    []
    """
    group, word = None, _WORD_ON.match(text, at)
    for _ in range(3):  # (the count itself, or one or two words on)
        if word is None or (group := _count().match(text, word.start("word"))) is not None:
            break
        word = _WORD_ON.match(text, word.end())
    if group is None or _number(group) != grouped or (group["counter"], group["noun"]) != (m["counter"], m["noun"]):
        return []
    more = _MORE_ITEMS.match(text, group.end())
    return (list_items(more["list"]) or []) if more else []


def _places_bracketed(text: str, at: int):
    """A bracketed list of places right at `at`, every item a place the gazetteer knows (not a breakdown, each place
    with its own count: `5곳(선전 3곳, 광저우 2곳)`)."""
    m = _BRACKETED.match(text, at)
    items = list_items(m["list"]) if m and not any(c.isdigit() for c in m["list"]) else None
    if not items or not all(names_place(item) for item in items):
        return None
    return m


_PLACE_NOUNS = frozenset({"지역", "도시", "성", "성·시", "성·자치구", "곳"})
_SENTENCE_ON = compiled(r"[.!?]\s+\S")  # (another sentence after the count's: its paragraph's last it is not)


def _counter_compound(m) -> bool:
    """Whether what a count names is one syllable set against its counter, the two one counter word (`10개국`,
    `3개사`, `5개소`): no noun the items would each name (`외국인`, `중국` are no country counted).

    >>> [_counter_compound(m) for m in _count().finditer("동남아 10개국 스타트업, 여섯 개 클러스터가")]
    [True, False]
    """
    return len(m["noun"] or "") == 1 and m.start("noun") == m.end("counter")


def _items_naming(blocks: list[dict], k: int, noun: str) -> list[str] | None:
    """The items right after block k when there are two or more and every one names `noun` (`· 허페이(合肥) 양자정보
    클러스터` under `… 여섯 개 클러스터가 …`), else None."""
    items = following_items(blocks, k, {})
    return items if items and len(items) > 1 and all(noun in item for item in items) else None


def check_counts(ctx) -> None:
    """Warn where a count stated in prose differs from the number of items it lists."""
    tables = {t["table_id"]: t for t in ctx.tables}
    for section in ctx.sections:
        blocks = section["blocks"]
        for k, block in enumerate(blocks):
            if block["kind"] not in ("paragraph", "list_item", "note") or not block["text"] \
                    or not any(c in block["text"] for c in COUNTERS):
                continue
            text = block["text"]
            counts = list(_count().finditer(text))
            found = sentence_counts(text, counts) + next_sentence_counts(text, counts)
            # (and the lists of any kind the text names as a count's in so many words, where no reader above found one)
            found += [kind for kind in kind_counts(text, counts) if not any(kind[:2] == (n, counted) for n, counted, _, _ in found)]
            for m in counts:
                if _DOT_LIST_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    continue  # (`보육·가속·교류 3개 분야 프로그램을 다음과 같이`: the kinds named before it are its items)
                if any(n == _number(m) and counted == _counted(m) for n, counted, _, _ in found):
                    continue  # (`상하이·선전·청두·우한 등 4 개 지역 거점을 … 거점별 실적은 아래와 같다`: its list stands before it)
                # (`곳` names what it counts itself: `창업기지 4곳의 입주 현황은 아래와 같다`)
                # (but not what is picked from them, `10 개 조항 가운데 주요 내용은 다음과 같다`: some of the ten)
                if (m["noun"] not in _PARTICLES or m["counter"] == "곳") and (_NEXT.search(text[:m.start()]) or _FOLLOWS.match(text[m.end():])
                                                     and not _picked_from(text, m) or _listed_per(text, m)):
                    items = colon_items(text, m.end()) or following_items(blocks, k, tables, m["noun"] in _PLACE_NOUNS, m["noun"])
                    if items is not None:
                        found.append((_number(m), _counted(m), items, False))
                elif _PICKED.match(text, m.end()) and k + 1 < len(blocks) and blocks[k + 1]["kind"] == "table" \
                        and not is_card(blocks, k + 1, tables) \
                        and (items := following_items(blocks, k, tables, m["noun"] in _PLACE_NOUNS, m["noun"])) is not None:
                    # `편집부는 이 가운데 … 12 곳을 골라 주소와 함께 정리했다.` over a table of 11 rows
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] in _PLACE_NOUNS and _HELD_IN.match(text, m.end()) and not counted_before(text, m.start()) \
                        and (items := places_scheduled(blocks, k)) is not None:
                    # `설명회는 베이징을 시작으로 모두 다섯 개 도시에서 열리며, …` over `· 3 월 12 일(수) 베이징 — …`, …: the
                    # places of the schedule under it
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] and m["noun"] not in _PARTICLES and not _counter_compound(m) and not _SENTENCE_ON.search(text, m.end()) \
                        and _PRESENTED.match(text, m.end()) and k + 1 < len(blocks) and blocks[k + 1]["kind"] != "table" \
                        and (items := following_items(blocks, k, tables, m["noun"] in _PLACE_NOUNS, m["noun"])) is not None:
                    # `… 보유할 수 있는 7 개 분야를 제시했다.` closing its paragraph over `① 5G 기지국 …`, `② …`: what it
                    # presents is the list right under it
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] and m["noun"] not in _PARTICLES and not _counter_compound(m) and not _SENTENCE_ON.search(text, m.end()) \
                        and (items := _items_naming(blocks, k, m["noun"])) is not None:
                    # `이번 명단에는 여섯 개 클러스터가 새로 이름을 올렸다.` closing its paragraph over `· 허페이(合肥) 양자정보
                    # 클러스터`, …: the items right under it, each naming what it counts
                    found.append((_number(m), _counted(m), items, False))
            for n, counted, items, open_list in found:
                if any(item.strip() in COUNTERS for item in items):
                    continue  # (`동부 네 곳, 중부 두 곳, 서부 두 곳으로 배분됐다`: counts broken down, a counter no item of a list)
                if n != len(items) and not (open_list and len(items) < n):
                    shown = ", ".join(items[:8]) + (" …" if len(items) > 8 else "")
                    said = next((m.group() for m in counts if _number(m) == n and _counted(m) == counted), None)
                    ctx.report.warn("count_mismatch", f"the text says {n}{counted} but lists {len(items)}: {shown}",
                                    line_of(ctx.lines, block, said))
