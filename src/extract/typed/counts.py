"""Cross-check counts stated in prose against the items listed: `5 개 도시는 충칭, 청두, 시안,
항저우로` names four, `다음 3 개 분야` followed by two list items lists two. A mismatch is a
`count_mismatch` warning with both figures and the line; nothing is corrected.

A count is checked only where its list can be delimited: in the same sentence (after the count,
closed by `로`/`이다`/`등`, or before it, closed by `등`), in the next sentence when it opens by
naming the list (`… 6개 도시를 지정했다. 명단에는 …`), or, after `다음`, the list items or the
table rows that follow the paragraph.
"""

from __future__ import annotations

from collections import Counter

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.gazetteer import EVERY_LEVEL, below_province, find_regions, is_province, names_place
from kic_extract.places import reads_as_mandarin
from kic_extract.typed.count_lists import (BULLETED, COMPARED_AFTER, GLOSS, MARKED_AFTER, ITEM_MAX_CHARS, a_place, colon_items, counted_before, has_count_of,
                                           namely_subject_items, MEMBERS_AFTER, places_right_before, ranked_after, ranked_before, TOPIC_RANKING,
                                           list_items, split_outside_brackets, BRACKET_OR_COMMA)
from kic_extract.typed.count_kinds import kind_counts
from kic_extract.typed.count_items import following_items, is_card, line_of, places_scheduled
from kic_extract.typed.count_words import PARTICLES as _PARTICLES, count_number as _number, count_pattern as _count, \
    counted_words as _counted
from kic_extract.typed.numerals import COUNTERS
from kic_extract.typed.prose_regions import COMPASS_PART
from kic_extract.typed.count_closes import (BARE_NAME, CHOSEN_CLOSE, CLAUSE_CLOSED, CLOSING_NOUN, IS_THE_LIST, NAMELY, PARTICLE_CLOSE, PICKED_FROM, PLACE_NOUNS,
                                            items_closed, list_opens, places_all_but_one, places_listed, sentence_end)
from kic_extract.typed.count_next import next_sentence_counts

_AFTER = compiled(r"^(?:은|는|이|가|로는|으로는|으로\s*,?|로\s*,?|\s*,\s*즉)\s*(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*"
                    r"(?:등(?!\p{Hangul})|순(?=이|으로|서|[.,]|$)|(?:으로|로)(?:의)?(?![\p{Hangul}\p{Han}])|이다|였다|이었|(?<=[)\p{Hangul}])다(?=[.\s]|$)"
                    r"|(?<=[)\p{Hangul}])이(?:며|고)(?=\s*,)"  # (`… 5 개 도시는 난징(南京), 창사, 쿤밍, 하얼빈이며, …`)
                    rf"|{CHOSEN_CLOSE}"
                    r"|(?<=[)\p{Hangul}])(?:이|가)\s+(?:그|이)\s*(?:주인공|대상)"  # (`…·린이(临沂)가 그 주인공이다`)
                    # (or where they are, two items at least after `으로,`: `4 곳으로, 쑤저우(苏州), …, 창사(长沙)의 협력 거점에서 …`)
                    r"|(?<=(?:으로|로)\s*,[^.:;]+,[^.:;]*[)\p{Hangul}])(?:의\s+\p{Hangul}+(?:\s+\p{Hangul}+)?)?에서(?=\s)|$)")
# (`…, 즉 A, B, C다.`, `…, 즉 A, B, C였으며, …`; after what it counts, `다섯 곳의 주요 통상구(口岸), 즉 …`; not `통로`'s `로`)
# the places named in apposition after a count's noun (`5개 허브인 A, B, C가`), up to their particle
_APPOSITION = compiled(r"\s+(?P<list>[^.:;]+?)\s*(?:" + PARTICLE_CLOSE + ")")
# the places a copula closes right after a count and a comma (`… 가운데 세 곳, 장쑤성과 톈진시였다`)
_PLACES_AFTER_COMMA = compiled(r"^\s*,\s*(?P<list>[^.:;]+?)\s*(?:이었다|였다|이다|(?<=[)\p{Hangul}])다)(?=[.\s]|$)")
_BRACKETED = compiled(r"\((?P<list>[^()]+?)(?:\s*등)?\)")
_BEFORE = compiled(r"(?P<list>[^.:;]+?)\s*등\s*$")
_DOTTED_ETC = compiled(r"(?<![^\s,(])(?P<list>[^\s,.:;·()]+(?:\([^()]*\))?(?:·[^\s,.:;·()]+(?:\([^()]*\))?)+)\s*등\s*$")
_BAND_RIGHT_BEFORE = compiled(r"(?<!등\s*)(?<![\p{Hangul}])(?:상위|하위)\s*$")  # (not `… 등 상위 3 개 성`: the list's band)
_BAND_AFTER_ETC = compiled(rf"(?<=\s)등\s+(?:상위|하위|주요|{COMPASS_PART})\s*$")  # (`… 허베이성 등 북방 5 개 성`)
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
_ONE_NAME = compiled(r"\p{Hangul}{2,12}(?:\([^()]*\))?")  # (a name of one word, perhaps glossed: `칭화대`, `화웨이(华为)`)
_NEXT = compiled(r"다음(?:의)?\s*$")
_HELD_IN = compiled(r"에서\s*(?:열리|열린|열려|열렸|개최|진행)")  # (what is held in the places counted: `… 도시에서 열리며`)
_PLACE_NOUN_ON = compiled(r"\s(?:지역|도시)(?=으로|로|[은는이가을를의에]|\s|$)")  # (`6 개 성급` | ` 지역으로`)
_SECOND_NOUN_IN = compiled(r"\s+\p{Hangul}{1,6}인(?=\s)")  # (`다섯 개 핵심` | ` 도시인`)
_LABEL_COLON = compiled(r"[^:：\d]{1,30}[:：]\s*")  # (a labelled item's label: `신발·의류 관리용품: `)
# (`5개 국내` | ` 솔 산업 집적지`; not the set something is picked from, `10 개 지역` | ` 가운데서는`)
_NOUN_RUNS_ON = compiled(r"(?:\s+(?!가운데|중(?:에서|에)?(?!\p{Hangul}))\p{Hangul}{1,8}){1,3}(?=(?:은|는)\s)")
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
# (an item's gloss may stand before its generic word: `장청(江城)구·양둥(阳东)구`)
_DOT_LIST_BEFORE = compiled(r"(?<![\p{Hangul}·])(?P<list>\p{Hangul}{2,8}(?:\(\p{Han}+\)\p{Hangul}?)?(?:·\p{Hangul}{2,8}?(?:\(\p{Han}+\)\p{Hangul}?)?)+)"
                            r"\s*(?:의\s*)?$")


def sentence_counts(text: str, counts: list | None = None) -> list[tuple[int, str, list[str]]]:
    """(count, noun, items listed, whether the list is open) for each count whose list stands in
    the same sentence. A list closed by `등` names some of what is counted, not all of it.
    `counts` are the text's `_count()` matches, when the caller has found them.

    >>> sentence_counts("예약이 가장 많이 늘어난 5 개 도시는 충칭, 청두, 시안, 항저우로 나타났다.")
    [(5, '개 도시', ['충칭', '청두', '시안', '항저우'], False)]
    >>> sentence_counts("베이징, 상하이, 선전 등 3 개 도시가 선정됐다.")
    [(3, '개 도시', ['베이징', '상하이', '선전'], True)]
    >>> sentence_counts("광둥성·장쑤성·저장성·산둥성·상하이 등 상위 4개 지역에 생산 능력이 몰려 있다.")[0][2][-1]
    '상하이'
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
    >>> sentence_counts("지정된 곳은 네 곳으로 메이린가도, 시뎬진, 창제진, 리양진이다. 통사와 직거래하는 곳은 세 곳뿐이어서, 판로 다변화가")
    [(4, '곳', ['메이린가도', '시뎬진', '창제진', '리양진'], False)]
    >>> sentence_counts("수출이 줄어든 곳은 상위 8 개 성 가운데 세 곳, 장쑤성과 톈진시였다. 건수는 12 곳, 금액은 30억 위안이다.")
    [(3, '곳', ['장쑤성', '톈진시'], False)]
    >>> sentence_counts("광저우와 청두는 공동 3 위에 올랐고, 상위 10 개 도시의 맨 끝인 10 위는 시안(西安)으로 1 억 2,000 만 위안이었다.")
    []
    >>> sentence_counts("광둥성이 186 개로 1 위를 차지했고, 베이징이 143 개로 그 뒤를 이었다.")
    []
    >>> sentence_counts("1 조 420 억 위안으로, 선전 10 개 구(신구 포함) 가운데 처음으로 1 조 위안 선을 넘어섰다.")
    []
    >>> sentence_counts("쓰촨성은 허난성을 제치고 5 위로 올라섰는데, 상위 5 개 지역의 순서가 바뀐 것은 처음이다.")
    []
    >>> sentence_counts("5개 국내 솔 산업 집적지는 안후이성 위안탄진, 허난성 장뎬진, 저장성 닝보다.")[0][:2]
    (5, '개 국내 솔 산업 집적지')
    >>> sentence_counts("상위 10 개 지역 가운데서는 쓰촨성 5.7%, 저장성 5.6%, 산둥성 5.3% 순으로 성장세가 두드러졌다.")
    []
    >>> sentence_counts("수출 대상국 상위 다섯 나라로는 미국, 독일, 일본, 러시아가 꼽힌다.")
    [(5, '나라', ['미국', '독일', '일본', '러시아'], False)]
    >>> sentence_counts("두 지역은 전자정보·자동차·장비 제조 등 공동 산업 클러스터를 키운다.")
    []
    >>> sentence_counts("이 가운데 대학이 주도하는 네 곳은 칭화대, 중국과학기술대, 베이징대다.")
    [(4, '곳', ['칭화대', '중국과학기술대', '베이징대'], False)]
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
        longer = None
        if not bare and not place_noun and not _AFTER.match(rest) and (longer := _NOUN_RUNS_ON.match(text, m.end("noun"))):
            rest = text[longer.end():]  # (the noun a few words on: `5개 국내 솔 산업 집적지는 안후이성 위안탄진, …, 저장성 닝보다`)
        # (the noun glossed with its Chinese: `4개 성(省)으로 윈난성, …`)
        rest = rest[glossed.end():] if not bare and (glossed := _NOUN_GLOSS.match(rest)) else rest
        # (the noun perhaps a word on, `다섯 개 핵심 도시인 청두(成都), 충칭(重庆), …이`)
        named_as = m.end("noun") if not bare and len(m["noun"]) > 1 and m["noun"].endswith("인") else \
            second.end() if not bare and (second := _SECOND_NOUN_IN.match(text, m.end("noun"))) else None
        if named_as is not None and (appositive := _APPOSITION.match(text, named_as)) \
                and _names_places(list_items(appositive["list"]) or ["-"]):
            # `서부 5개 허브인 네이멍구자치구, 구이저우성(贵州省), 간쑤성, 닝샤후이족자치구(…)가`: the places the count is
            after = appositive
        else:
            after = BULLETED.match(rest) or NAMELY.match(rest) or _AFTER.match(rest) or MARKED_AFTER.match(rest) \
                or _PLACES_AFTER_COMMA.match(rest)
            if after is not None and after.re is _AFTER and bare and m["counter"] == "곳" \
                    and _LIST_END.search(text, _list_start(text[:m.start()]), m.start()):
                after = None  # `이자싼웨이, 중커위천, …, 페이얼캉 5곳이 금속 적층제조 장비·소재 기업이다`: the names before are its list
        # (a list after `즉` is the count's, whatever closes it: `6 개 분야, 즉 디스플레이, …, 양자정보다`)
        copula = bool(after) and regex.search(r"\p{Hangul}(?<![이였])다$", after.group().rstrip()) \
            and not NAMELY.match(rest)
        after_items = shared_noun_off(list_items(after["list"], counted=_counted(m)) or ["-"]) \
            if after and (bare and m["noun"] in ("로", "으") or copula) else None
        # (one short name the gazetteer does not know among three or more places is still a list of places: `5곳으로
        # 허린거얼(和林格尔), 구이안, 중웨이(中卫), 장자커우다`)
        # (a noun of several kinds joined by dots names each: `4개 진·가도는 구산진, …, 장난가도다`)
        # (or places of a kind below a city named bare, each read as Mandarin: `5 개 가도는 푸융, 사징, 쑹강, 신차오다`)
        if after_items is not None and not all(a_place(i) or not bare and i.endswith(tuple(m["noun"].split("·")))
                                               for i in after_items) \
                and not (bare and places_all_but_one(after_items)) \
                and not (m["noun"] in PLACE_KINDS_BELOW_CITY and all(BARE_NAME.fullmatch(i) and reads_as_mandarin(i)
                                                                     for i in after_items)) \
                and not (bare and any(map(a_place, after_items)) and all(a_place(i) or _named_below_city(i) for i in after_items)) \
                and not (copula and m["counter"] == "명" and all(" " in i for i in after_items)) \
                and not (copula and bare and m["counter"] == "곳" and len(after_items) > 1
                         and all(map(_ONE_NAME.fullmatch, after_items))) \
                and not (copula and len(after_items) > 1 and all(" " in i and (a_place(i.split(" ")[0]) or _placeish(i))
                                                                  for i in after_items)):
            # `19개로 중국·인도에 이어`: a count with no noun before `로`, and a list closed by `…다` with
            # no bracket (`광저우다`), head only a list of places, or of what it counts (`5개 센터는 동부센터, …다`), or
            # of people with their posts (`심사위원 3 명은 김민수 교수, …, 박철수 변호사다`), or of names, one word each, what
            # `곳` counts that is no place (`대학이 주도하는 네 곳은 칭화대, 중국과학기술대, 베이징대다`), or of places each named
            # after its city (`3개 핵심 거점은 선전 룽강구(龙岗区), 둥관(东莞) 쑹산후, …다`), or its district (`뤄후 수이베이, 판위
            # 사완, …, 자오칭(肇庆) 쓰후이 단지다`)
            after = None
        # `5개 도시(베이징·상하이·선전·칭다오)에서`: the places in brackets right after what is counted
        # (not the kinds it covers: `31 개 성(자치구, 직할시)`)
        if after and not bare and items_closed(after, _counted(m)) is None:
            after = None  # (words after the count that list nothing: `5개 도시가 … 새로 띄웠는데, 선전, …`)
        # (`… 둔 곳은 다섯 곳으로, 장쑤성·광둥성·안후이성·쓰촨성이 여기에 해당한다`: `곳` names places)
        # (but not past places dotted right before the count, its list: `베이징·상하이·광저우·선전 4곳을 가리키며, 2선 도시는
        # 항저우·청두·우한 등`)
        dotted_before = _dotted_places_before(text, m.start())
        after = after or (_places_bracketed(text, m.end("counter")) or (None if dotted_before else _named_its(text, m.end("counter")))
                          if bare and m["counter"] == "곳" else None if bare
                          else _places_bracketed(text, m.end("noun")) or _named_its(text, m.end("noun"), _counted(m)))
        # (not a list whose items have a count of their own: `네 곳이, 서부에서는 청두, 충칭, 시안 세 곳이`, the next count's)
        items = items_closed(after, _counted(m)) if after and not has_count_of(after.group(), m["counter"], _count()) else None
        if items and after.re is NAMELY and after.group().rstrip().endswith("의"):
            # `11 개 도시, 즉 광저우·…·자오칭(肇庆)의 광둥성 9 개 도시와 홍콩…, 마카오…로`: the dotted list a group the
            # text counts itself, then the count's other items
            items += _more_after_group(text, len(text) - len(rest) + after.end(), m, len(items))
        if items and after.re is _PLACES_AFTER_COMMA and not all(map(a_place, items)):
            items = None  # (a comma right after the count lists only places: not `12 곳, 금액은 30억 위안이다`)
        open_list = bool(after and after.group().rstrip().endswith("등"))
        if items is None and not counted_before(text, m.start()):
            # `클러스터 4곳, 즉 베이징 다싱(大兴), …, 광저우 국제바이오섬이 … 흡수했다`: the list the verb makes its subject
            items = namely_subject_items(text, m.end("counter" if bare else "noun"))
        if items is None and (m["counter"] == "곳" or m["noun"] in PLACE_NOUNS) and (
                ranking := ranked_after(text, m.end()) or ranked_after(text, m.end(), MEMBERS_AFTER)
                or ranked_after(text, m.end(), COMPARED_AFTER) or ranked_after(text, m.end(), TOPIC_RANKING, any_unit=True)):
            # `… 늘어난 도시는 5곳으로, 허페이가 31.4%로 가장 높았고 우한 27.8%, … 순이었다`; `6%대에 올라선 곳은 모두
            # 5개 지역으로, 시짱자치구가 6.4%로 선두에 섰고 … 후베이성은 6.0%를 기록했다`
            items = ranking
        if items is None and (m["counter"] == "곳" or m["noun"] in PLACE_NOUNS) and not dotted_before \
                and (named := _clause_names_places(text, m.end())) is not None:
            # `네 곳의 핵심 도시를 축으로 … 구상으로, 대상 도시는 청두(成都), 충칭, …, 쿤밍(昆明)이다`: a later clause of the
            # sentence opens with what is counted, then the places
            items = named
        if items is None:  # `… 4곳을 지정했는데, 하이뎬구·차오양구·다싱구가 그것이다`; `…, 항저우 82.3점 순이었으며, 이들 다섯 개 도시가`
            items = _that_is_items(that["list"]) if (that := _THAT_IS.match(text, m.end("counter"))) \
                else ranked_before(text, m.start())
        if items is None:
            if _BAND_RIGHT_BEFORE.search(text, 0, m.start()):
                continue  # `… 공동 3 위에 올랐고, 상위 10 개 도시의 맨 끝인 10 위는`: the band of a ranking, no list before it
            # (a word naming the band the list is, between: `광둥성·…·상하이 등 상위 4개 지역에`)
            head = _BAND_AFTER_ETC.sub("등", text[:m.start()])
            # a list right before the count: `A, B, C 등 5개` (등 says more are meant than are named),
            # or `A, B(…), C(…) 6개 부처가` naming all of them
            open_list = head.rstrip().endswith("등")
            start = _list_start(head)
            before = _BEFORE.search(head, start) if open_list else \
                _LIST_RIGHT_BEFORE.search(head, start) if _LIST_END.search(head, start) else None
            if open_list and (dotted_etc := _DOTTED_ETC.search(head)) and all(map(a_place, dotted_etc["list"].split("·"))):
                # `… 종합한 결과, 쓰촨성(四川省)·후베이성(湖北省)·…·구이저우성(贵州省) 등 중서부 6 개 성의`: the places the dots join
                before = dotted_etc
            if before is None and (dotted := _DOT_LIST_BEFORE.search(head[-80:])):
                # `선전·광저우·허페이·청두 5개 도시를`: places joined by `·` right before their count
                names = dotted["list"].split("·")
                # (places before `의` locate what is counted unless it is places too: `…·청두·우한의 9 개 기관`)
                owner = dotted.group().rstrip().endswith("의") and m["noun"] not in PLACE_NOUNS
                before = dotted if all(map(a_place, names)) and not owner else None
                if before is not None and (group := _GROUP_BEFORE.search(head[-80:], 0, dotted.start())) \
                        and a_place(group["place"]):
                    # `…와 저장성 자싱시·항저우시, 장쑤성 쑤저우시, 안후이성 허페이시·우후시 9개 도시`: the dots are
                    # the last group of a longer list its provinces part; it is not read (no warning)
                    continue
            if before is None and not open_list and (pair := _PAIR_BEFORE.search(head[-80:])) \
                    and _of_level(pair["a"], m["noun"]) and _of_level(pair["b"], m["noun"]):
                # `… 웃돈 곳은 저장성(4.1%)과 푸젠성(6.7%) 3개 성이었다`: two places joined right before their count, of
                # the level it names (not `중국과 한국 5개 도시`: where the cities are)
                out.append((_number(m), _counted(m), [pair["a"], pair["b"]], False))
                continue
            if before is None and (m["counter"] == "곳" or m["noun"] in PLACE_NOUNS) \
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
            if before is None and (m["counter"] == "곳" or m["noun"] in PLACE_NOUNS) \
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
                closed = [k for k, part in enumerate(parts[:-1]) if CLAUSE_CLOSED.search(part) or _complement(part)]
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
        if items is not None and not m["counter"] and not all(map(a_place, items)):
            continue  # (a noun counted with no counter lists places: not `두 지역은 전자정보·자동차·장비 제조 등`)
        if items is not None and not (after is not None and after.re is NAMELY  # (`9 개 도시와 2 개 특별행정구, 즉 …`: both)
                                      and len(items) == _number(m) + counted_before(text, m.start()) != _number(m)):
            # (`허브인`: what is counted, `인` aside; `핵심 도시인` too)
            counted = text[m.start("counter"):named_as - 1] if after is not None and after.re is _APPOSITION else \
                _counted(m) + after["words"] if after is not None and after.re is MARKED_AFTER \
                else _counted(m) + place_noun.group() if place_noun \
                else _counted(m) + longer.group() if longer \
                else _counted(m)  # (`개 시범 협력 축`: the words naming what is counted, whole)
            out.append((_number(m), counted, items, open_list))
    return out


# two places joined by `과`/`와` right before a count, each perhaps with its figure aside, not the end of a longer list
_PAIR_BEFORE = compiled(r"(?<![,·]\s*)(?<![\p{Hangul})])(?P<a>\p{Hangul}{2,8})(?:\([^()]*\))?(?:과|와)\s+(?P<b>\p{Hangul}{2,8})(?:\([^()]*\))?\s*$")


def _of_level(name: str, noun: str | None) -> bool:
    """Whether `name` is a place of the level a count's noun names: a province for `성`, a city for `도시`.

    >>> _of_level("저장성", "성"), _of_level("광저우", "도시"), _of_level("중국", "도시"), _of_level("저장성", "도시")
    (True, True, False, False)
    """
    found = find_regions(name, EVERY_LEVEL)
    if len(found) != 1 or found[0].end != len(name):
        return False
    zh = found[0].zh
    return is_province(zh) if noun == "성" else below_province(zh) if noun == "도시" else False


# what sets a counted set aside from a list after it (`이들 3개 성 외에 광둥성, …`)
_SET_ASIDE = compiled(r"\s*(?:외에|이외에|밖에|말고)(?:도)?\s")
# a list named later in the count's sentence as what it is (`… 4곳을 지정했는데, A·B·C가 그것이다`; `네 곳의 ‘…’를
# 새로 지정했는데, …`), after a comma or a clause's `는데`/`으며` (`3개 도시를 … 지정했는데 A(…), B(…), C(…)가 그것이다`)
_THAT_IS = compiled(r"(?:을|를|이|가|은|는|의)?\s[^.,]{0,30}?(?:,\s*|(?<=는데|으며)\s+)(?P<list>[^.]+?)(?:이|가)\s+그것(?:이다|이었다|입니다)")


def shared_noun_off(items: list[str]) -> list[str]:
    """A list's items with the noun its last one closes with taken off, when the noun is all of them (`…, 광시좡족자치구
    친저우(钦州), 간쑤성 톈수이(天水) 경제기술개발구가`: four places' zones) and the others are places.

    >>> shared_noun_off(["네이멍구자치구 바오터우(包头)", "간쑤성 톈수이(天水) 경제기술개발구"])
    ['네이멍구자치구 바오터우(包头)', '간쑤성 톈수이(天水)']
    >>> shared_noun_off(["베이징", "상하이 푸둥"])
    ['베이징', '상하이 푸둥']

    So where each is a place below a city named bare after the one locating it, each name read as Mandarin (`뤄후 수이베이,
    판위 사완, …, 자오칭(肇庆) 쓰후이 단지다`).

    >>> shared_noun_off(["뤄후 수이베이", "판위 사완", "자오칭(肇庆) 쓰후이 단지"])
    ['뤄후 수이베이', '판위 사완', '자오칭(肇庆) 쓰후이']
    """
    if len(items) < 2 or not (word := CLOSING_NOUN.search(items[-1])) or not all(map(_placeish, items[:-1])):
        return items
    return items if a_place(items[-1]) or not _placeish(last := items[-1][:word.start()]) else items[:-1] + [last]


def _placeish(item: str) -> bool:
    """Whether a list's item is a place, or a place's name after the one locating it, each word read as Mandarin (`판위
    사완`, `자오칭(肇庆) 쓰후이`)."""
    words = regex.sub(r"\([^()]*\)", "", item).split()
    return a_place(item) or len(words) == 2 and all(BARE_NAME.fullmatch(w) and reads_as_mandarin(w) for w in words)


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


def _dotted_places_before(text: str, at: int) -> bool:
    """Whether places joined by dots stand right before `at` (`베이징·상하이·광저우·선전 4곳`)."""
    dotted = _DOT_LIST_BEFORE.search(text[max(0, at - 80):at])
    return bool(dotted) and all(map(a_place, dotted["list"].split("·")))


def _groups_counted(text: str, items: list[str], n: int) -> bool:
    """Whether the list the items were read from parts them by commas into groups joined by `·`, as many as the count
    (`5개 산업벨트 … 저장성 이우·진화(金华), 광둥성 선전(深圳)·둥관(东莞), …`: five belts of ten places), so that the count may
    be the groups': either reading fits, and no mismatch is said.

    >>> _groups_counted("5개 벨트다. 저장성 이우·진화, 광둥성 선전·둥관, 푸젠성 샤먼이다.", ["저장성 이우", "진화", "광둥성 선전", "둥관", "푸젠성 샤먼"], 3)
    True
    """
    end = text.rfind(items[-1])
    start = text.rfind(items[0], 0, end + 1) if end >= 0 else -1
    listed = text[start:end + len(items[-1])] if start >= 0 else ""
    if "·" not in listed or "," not in listed or ". " in listed:
        return False
    return len(split_outside_brackets(listed, BRACKET_OR_COMMA)) == n


def _picked_from(text: str, c) -> bool:
    """Whether the count `c` names the set something is picked from (`상위 10 개 지역 가운데`, `10 곳 중`)."""
    return bool(PICKED_FROM.match(text, c.end("counter")) or c["noun"] and PICKED_FROM.match(text, c.end("noun")))


def _listed_per(text: str, m) -> bool:
    """Whether the sentence after a count's announces a list by what it counts (`… 다섯 개 도시에서 … 연다. 도시별
    일정과 중점 분야는 다음과 같다.`): the list after the paragraph is the count's."""
    noun = (m["noun"] or "").split("·")[-1]
    end = sentence_end(text, m.end())
    then = _NEXT_SENTENCE.match(text, end)
    if len(noun) > 1 and then and text.startswith(noun + "별", then.end()) \
            and _LIST_ANNOUNCED.match(text, then.end() + len(noun) + 1):
        return True
    # `다섯 개 도시에서 … 거점을 운영하고 있다. 거점별 현황은 아래와 같다`: a list by what the count's sentence says is in
    # the places it counts (compared by its places, see `count_items.following_items`)
    per = _PER_FOLLOWS.match(text, end)
    return bool(per) and m["noun"] in PLACE_NOUNS and per["what"] in text[m.end():end]


_NEXT_SENTENCE = compiled(r"다\.\s*")
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
    end = sentence_end(text, at)
    comma = text.find(",", at, end)
    while comma >= 0:
        if _count().search(text, at, comma):
            return None  # (a count of its own between: the list is that one's)
        if found := places_listed(list_opens(), text, comma + 1):
            return items_closed(found)
        comma = text.find(",", comma + 1, end)
    return None


# the kinds of place below a city a count may name, whose members a text may name bare (`5 개 가도는 푸융, 사징, …다`)
PLACE_KINDS_BELOW_CITY = frozenset({"가도", "진", "향", "현", "구", "신구", "개발구"})


_KINDS_LONGEST_FIRST = tuple(longest_first(PLACE_KINDS_BELOW_CITY))  # (`신구` before `구`)


def _named_below_city(item: str) -> bool:
    """A place below a city named with its generic word, its name read as Mandarin (`시뎬진`, `리양진`; not `추진`).

    >>> [_named_below_city(w) for w in ("시뎬진", "창제진", "추진", "지정했다")]
    [True, True, False, False]
    """
    kind = next((k for k in _KINDS_LONGEST_FIRST if item.endswith(k)), None)
    return kind is not None and len(name := item[:-len(kind)]) >= 2 and BARE_NAME.fullmatch(name) is not None \
        and reads_as_mandarin(name)


_NOUN_GLOSS = compiled(r"\(\p{Han}{1,4}\)")
# a count of places of such a kind, in digits or native numerals (`5 개 가도는`, `네 개 진은`)
_KIND_COUNTED = compiled(r"개\s*(?:가도|진|향|현|구|신구|개발구)(?:은|는|이|가|으로|로)")
_PLACES_COUNTED = compiled(r"곳(?:은|는|이|가|으로|로)\s")


def places_counted_bare(texts: list[str]) -> list[str]:
    """The places of a kind below a city that counts in the texts name bare after them, in order (`1 단계로 지정된 5 개
    가도는 푸융, 사징, 쑹강, 신차오다` → the four), each read as Mandarin.

    >>> places_counted_bare(["1 단계로 지정된 5 개 가도는 푸융, 사징, 쑹강, 신차오다.", "3 개 도시는 베이징, 상하이, 선전이다."])
    ['푸융', '사징', '쑹강', '신차오']
    >>> places_counted_bare(["특화 진 네 곳은 링시진, 이산진(宜山镇), 첸쿠진(钱库镇), 진샹진, 마잔진이다."])
    ['링시진', '진샹진', '마잔진']
    """
    out: list[str] = []
    for text in texts:
        if not _KIND_COUNTED.search(text) and not _PLACES_COUNTED.search(text):
            continue
        for _, noun, items, _ in sentence_counts(text):
            if noun.split()[-1] in PLACE_KINDS_BELOW_CITY and items:
                out += [i for i in items if BARE_NAME.fullmatch(i) and reads_as_mandarin(i) and i not in out]
            if noun.split()[-1] in PLACE_KINDS_BELOW_CITY | {"곳"} and items and any(map(a_place, items)):
                # (or named with their generic word beside known places: `진 네 곳은 링시진, 이산진(宜山镇), …, 마잔진이다`)
                out += [i for i in items if _named_below_city(i) and not a_place(i) and i not in out]
    return out


def _names_places(items: list[str]) -> bool:
    """Whether list items name places: each one the gazetteer knows, or a name read as Mandarin beside at least one
    it knows (`구이안, 허린거얼, 칭양, 중웨이`: clusters named after their counties and cities)."""
    return all(a_place(i) or reads_as_mandarin(i) for i in items) and any(a_place(i) for i in items)


# a list after the count's clause, named as what the count is (`5개 도시를 추가로 지정했는데, 톈진시(天津市), …,
# 쯔궁시가 그 대상이다`, `6개 도시를 지정했는데, 선전·광저우·…·청두가 여기에 이름을 올렸다`, `5개 성·자치구로, …가
# 여기에 속한다`), or closed by the copula alone (`6개 도시가 선정됐는데, 광저우·선전·주하이·둥관·포산이다`)
_NAMED_ITS = compiled(r"[^.,]{0,30}?(?:는데|으며|며|고|으로|로),\s*(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*(?:" + IS_THE_LIST
                      + r"|(?:이다|였다|이었다|(?<=[)\p{Hangul}])다)(?=[.\s]|$))")
# (or right after the count, no comma, when words name the list as it: `4 곳으로 안후이성, 후베이성, 쓰촨성이 여기에 해당하며`;
# each perhaps with its rate: `모두 5 곳으로 청두(26.4%), 충칭(23.1%), …이 여기에 속한다`)
_NAMED_RIGHT_AFTER = compiled(r"(?:으로|로)\s+(?P<list>(?:[^.:;]|(?<=\d)\.(?=\d))+?)\s*" + IS_THE_LIST)


def _named_its(text: str, at: int, noun: str | None = None):
    for pattern in (_NAMED_ITS, _NAMED_RIGHT_AFTER):
        m = pattern.match(text, at)
        items = items_closed(m, noun) if m else None  # (`…, 난징·허페이다`: 허페이 and `다`)
        if items and len(items) > 1 and places_all_but_one(items):
            return m
    return None


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
            if block["kind"] == "list_item" and (label := _LABEL_COLON.match(text)) \
                    and all(m.start() >= label.end() and not text[m.end():].strip(" .") for m in counts):
                continue  # `- 신발·의류 관리용품: 5개 사` over `- 주방·욕실 세정용품: 4개 사`: each item's own count, no list's head
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
                    items = colon_items(text, m.end()) or following_items(blocks, k, tables, m["noun"] in PLACE_NOUNS, m["noun"])
                    if items is not None:
                        found.append((_number(m), _counted(m), items, False))
                elif _PICKED.match(text, m.end()) and k + 1 < len(blocks) and blocks[k + 1]["kind"] == "table" \
                        and not is_card(blocks, k + 1, tables) \
                        and (items := following_items(blocks, k, tables, m["noun"] in PLACE_NOUNS, m["noun"])) is not None:
                    # `편집부는 이 가운데 … 12 곳을 골라 주소와 함께 정리했다.` over a table of 11 rows
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] in PLACE_NOUNS and _HELD_IN.match(text, m.end()) and not counted_before(text, m.start()) \
                        and (items := places_scheduled(blocks, k)) is not None:
                    # `설명회는 베이징을 시작으로 모두 다섯 개 도시에서 열리며, …` over `· 3 월 12 일(수) 베이징 — …`, …: the
                    # places of the schedule under it
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] and m["noun"] not in _PARTICLES and not _counter_compound(m) and not _SENTENCE_ON.search(text, m.end()) \
                        and _PRESENTED.match(text, m.end()) and k + 1 < len(blocks) and blocks[k + 1]["kind"] != "table" \
                        and (items := following_items(blocks, k, tables, m["noun"] in PLACE_NOUNS, m["noun"])) is not None:
                    # `… 보유할 수 있는 7 개 분야를 제시했다.` closing its paragraph over `① 5G 기지국 …`, `② …`: what it
                    # presents is the list right under it
                    found.append((_number(m), _counted(m), items, False))
                elif m["noun"] and m["noun"] not in _PARTICLES and not _counter_compound(m) and not _SENTENCE_ON.search(text, m.end()) \
                        and (items := _items_naming(blocks, k, m["noun"])) is not None:
                    # `이번 명단에는 여섯 개 클러스터가 새로 이름을 올렸다.` closing its paragraph over `· 허페이(合肥) 양자정보
                    # 클러스터`, …: the items right under it, each naming what it counts
                    found.append((_number(m), _counted(m), items, False))
            # (one list read by two readers is one finding: `… 광저우·포산·산터우·중산 5개 도시를 … 지정하고 … 나눴다. 광저우는
            # …, 포산은 …, 산터우는 …, 중산은 … 각각 맡는다`, the same four in the sentence and the next)
            found = list(dict.fromkeys((n, counted, tuple(items), open_list) for n, counted, items, open_list in found))
            # (a list two different counts claim is neither's: `… 23 개 팀이 지원해 … 8 개 팀이 본선에 올랐다.` over
            # `▶ 대상: 팀 ‘리모아’ …`, the winners, some of the eight)
            claimed = Counter(items for _, _, items, _ in found)
            found = [f for f in found if claimed[f[2]] == 1]
            for n, counted, items, open_list in found:
                if n == 1 and counted.startswith(("곳에서", "곳에 ", "곳으로")):
                    continue  # (`디자인, 가공, 감정, 유통까지 한 곳에서 해결되는`: all in one place, no count of the list)
                if any(item.strip() in COUNTERS for item in items):
                    continue  # (`동부 네 곳, 중부 두 곳, 서부 두 곳으로 배분됐다`: counts broken down, a counter no item of a list)
                if n != len(items) and not (open_list and len(items) < n) and not _groups_counted(text, items, n):
                    shown = ", ".join(items[:8]) + (" …" if len(items) > 8 else "")
                    said = next((m.group() for m in counts if _number(m) == n and _counted(m) == counted), None)
                    ctx.report.warn("count_mismatch", f"the text says {n}{counted} but lists {len(items)}: {shown}",
                                    line_of(ctx.lines, block, said))
