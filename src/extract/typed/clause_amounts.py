"""A clause's amounts (`amounts_in`): those with a unit, or listed before one they share, and counts in native numerals
where they are each one's or follow their subject (`세 곳이`, `각각 두 건씩`); and the places a figure gathers in, named
right after it (`91곳이 선전에 몰려 있다`) or right before it (`선전시에 263 곳이 몰려 있으며`)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kic_extract.compiled import compiled
from kic_extract.scripts import N_FINAL
from kic_extract.typed.amounts import AmountError
from kic_extract.typed.cells import CellAmount, amount_patterns, currencies, listed_unit, match_to_amount, qualifier_after
from kic_extract.typed.count_closes import PICKED_FROM, THINGS_BEFORE
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.numerals import NATIVE_COUNT, native_numerals
from kic_extract.typed.prose_regions import GATHERED, GATHERING, ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME


def spread_over_own_list(text: str) -> bool:
    """Whether figures listed after `각각` share themselves out among what the sentence lists itself, or it counts a
    list of its own (`4개 항만, 즉 …`): it goes on about no region before it (`… | 반면 아세안과 … 각각 13.9%, 7.5% 늘어`).

    >>> [spread_over_own_list(t) for t in ("아세안과 유럽연합으로의 수출은 각각 13.9%, 7.5% 늘어", "이 중 수출은 7.5% 늘어")]
    [True, False]
    >>> spread_over_own_list("물량의 80%는 4개 항만, 즉 상하이항, 톈진항을 거쳤다")
    True
    """
    each = cue("each").search(text)
    return each is not None and sum(1 for _ in amounts_in(text[each.end():])) > 1 or bool(_OWN_NAMELY.search(text))


_OWN_NAMELY = compiled(rf"(?:\d{{1,2}}\s*개|{NATIVE_COUNT})\s*\p{{Hangul}}{{1,4}},\s*(?:즉|곧)\s")  # (`4개 항만, 즉`)


# a count in native numerals given to each (`각각 세 건씩을`, `한 건씩이었다`), or of two or more gathered in the place
# right after it (`세 곳이 베이징시에, 두 곳이 상하이시에`), or of two or more right after its
# subject (`상하이가 세 건으로 가장 많았고`, `베이징이 두 곳을 올려`, `광저우가 각각 두 곳이었다`, `광둥성에는 … 산업단지가
# 다섯 곳 있는데`, `… 특화 산업단지가 세 곳 지정됐다`, `… '잉크 바'가 다섯 곳 있다`, `잉크 바가 세 곳 문을 열었고`, `… 전문 업체만 일흔 곳에 이른다`, `그중 … 갖춘 곳은 스물세 곳뿐이다`, `… 상장 문구기업은 세 곳에 불과하다`,
# `… 크레용 공장도 스물두 곳으로 줄었다`;
# or by a year to come, `이를 2027년까지 다섯 곳으로`; not `한 곳`, which may mean
# `alone`: `상하이 한 곳이 전국의 31.2%를`, nor a count of what a noun before it names: `완성차 업체 두 곳이`)
_IN_WORDS = compiled(rf"(?<!\p{{Hangul}})(?:(?P<n>{NATIVE_COUNT}|한)\s*(?P<unit>건|곳|개사)(?=씩)"
                        # (or of two or more right before the place they are in: `8곳 중 세 곳이 베이징시에, 두 곳이 상하이시에 본사를`,
                        # `17곳 가운데 여섯 곳은 저장성에, 네 곳은 광둥성에 법인을 세웠다`)
                        rf"|(?P<n>{NATIVE_COUNT})\s*(?P<unit>건|곳|개사)(?=(?:이|가|은|는)\s+\p{{Hangul}}+(?:\([^()]*\))?에만?\s*"
                        r"(?:,|본사|본부|거점|법인|몰|집중|쏠|모여|모였|있|자리|위치))"
                        rf"|(?<=[\p{{Hangul}})'’\"”](?:이|가|은|는|도|에|만)\s+(?:각각\s+)?)(?P<n>{NATIVE_COUNT}|(?<=각각\s+)한)\s*(?P<unit>건|곳|개사)(?=\s*\(|으로|이|을|를|[,.]|$|\s+(?:새로\s+)?(?:있|모여|몰려|지정|선정|들어서|들어섰|조성|신설|설립|문을\s*열)|에\s*(?:이른|이르|달했|달한|달해|그쳤|그친|그쳐|불과)|뿐)(?!\s*,\s*(?:즉|곧)\s)"
                        # (or of things newly come to a place, a bare noun before it: `이펑현에는 2024년에만 이쑤시개 공장 일곱 곳이
                        # 새로 들어섰다`, `… 기업 세 곳이 새로 입주했다`, `… 셀 공장 두 곳이 새로 가동에 들어가`)
                        # (or counted before them: `카스(喀什) 지역에서는 2025년 들어 세 곳의 카펫 전시판매센터가 새로 문을 열었다`)
                        rf"|(?<!\p{{Hangul}})(?P<n>{NATIVE_COUNT})\s*(?P<unit>곳|개)(?=의\s+(?:[^\s,.]+\s+){{0,2}}?[^\s,.]+(?:이|가)\s+(?:새로|신규로)\s+"
                        r"(?:문을\s*열|들어서|들어섰|입주|설립|생겼|생겨|가동))"
                        # (or of things the place newly opened, a bare noun before it: `융캉시는 … 해외 전시장 두 곳을 새로 열었다`)
                        # (not after a time word, no noun of what it counts: `선전시는 올해 세 곳을 새로 지정했다`)
                        rf"|(?<=\p{{Hangul}}\s+)(?<!(?:올해|지난해|작년|내년|금년|연내|이번|당시)\s+)(?P<n>{NATIVE_COUNT}|한)\s*(?P<unit>곳|개)"
                        r"(?=을\s+새로\s+(?:열|연|설립|세웠|세운|세울|개설|지정|선정|짓|조성))"
                        # (or of a change from one count to another: `… 설치 구역을 다섯 곳에서 열두 곳으로 늘렸다`)
                        rf"|(?<=\p{{Hangul}}(?:을|를)\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>곳|개)(?=에서\s+(?:{NATIVE_COUNT})\s*(?:곳|개)(?:으로|로)\s)"
                        rf"|(?<=(?:곳|개)에서\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>곳|개)(?=(?:으로|로)\s+(?:늘|확대|줄|감소))"
                        # (or counted with one named among them: `장쑤성에서는 우장을 포함해 세 곳이 … 지정됐다`, `가오미를 비롯해
                        # 다섯 개 도시가`)
                        rf"|(?<=(?:포함해|포함한|포함하여|비롯해|비롯한|비롯하여)\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>곳|개)"
                        r"(?=(?:이|가)\s|\s+\p{Hangul}{1,4}(?:이|가)\s)"
                        # (or standing in it, `쑹산후에는 … 연구개발센터 세 곳이 들어서 있다`)
                        # (`… 양초 기업 스무 곳 남짓이 모여 있다`: a qualifier after it, read as the digits' are)
                        rf"|(?<=\p{{Hangul}}\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>곳|개사)(?:\s*(?P<q>\p{{Hangul}}{{2}}))?(?=(?:이|가)\s+(?:(?:새로|신규로)\s+(?:들어서|들어섰|입주|가동|문을|설립|세워|생겼|생겨)"
                        r"|(?:들어서|자리\s*잡고|자리하고|조성돼|입주해|모여)\s*있|(?:들어서|모여)\s*$))"
                        # (or before what it counts, in the place the clause opens with: `룽강에는 현재 다섯 개 전문 산업단지가
                        # 조성돼 있고`)
                        rf"|(?<=(?:^|\s)\p{{Hangul}}+(?:\([^()]*\))?(?:에는|엔)\s+(?:현재\s+|이미\s+|모두\s+)?)(?P<n>{NATIVE_COUNT})\s*(?P<unit>개|곳)"
                        r"(?=\s+(?:\S+\s+){0,2}?\p{Hangul}+(?:이|가)\s+(?:들어서|자리\s*잡고|자리하고|조성돼|입주해|운영되고|가동\s*중)\S*\s*있)"
                        # (or of a series over years, each count after its year: `공장이 2020년 스무 곳에서 2024년 열두 곳으로 줄었지만`)
                        rf"|(?<=(?:19|20)\d{{2}}\s*년(?:까지)?\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>건|곳|개사)(?=에서\s|으로|로(?!\p{{Hangul}}))"
                        # (or of two or more of the object before it, which a verb of holding or adding follows: `저장성은 국가급
                        # 산업기지를 세 곳 보유해`, `이를 열 곳으로 늘릴`)
                        rf"|(?<=\p{{Hangul}}(?:을|를)\s+)(?P<n>{NATIVE_COUNT})\s*(?P<unit>건|곳|개사)"
                        r"(?=\s+(?:보유|운영|두고|둔|뒀|갖추|갖춰|갖춘|거느|확보|새로|추가로|더\s+(?:지정|선정|열|설립|개설|조성|짓))"
                        # (or raised to, `이를 열 곳으로 늘릴`)
                        r"|(?:으로|로)\s+(?:늘리|늘린|늘려|늘릴|확대)))")


_MINUS_WORD = compiled(r"(?<!\p{Hangul})마이너스\s*$")
_PRICE_BAND = compiled(r"대(?:의|로|에|인|가|를)?(?=\s|['‘\"“]|$)")


def counts_in_words(text: str) -> bool:
    """Whether a text with no digit states a count in native numerals (`각각 세 건씩을`, `세 건으로`)."""
    return bool(_IN_WORDS.search(text))


def amounts_in(clause: str):
    """(start, amount, end) of every amount with a unit in a clause, or listed before one it shares; a count in
    native numerals too where it is each one's or follows its subject (`_IN_WORDS`)."""
    found = []
    for i, m in enumerate(matches := list(amount_patterns()[1].finditer(clause))):
        if not (shared := m["unit"] or listed_unit(clause, matches, i)) or m["unit"] in ("곳", "개국") \
                and PICKED_FROM.match(clause, m.end()) and not THINGS_BEFORE.search(clause, max(0, m.start() - 12), m.start()):
            continue  # (`10 곳 가운데 가장 넓은`: the set of places a rank is within; `712 만 대 가운데` is a figure, and so are
            # things counted in `곳`, `닝보시 전체 문구 기업 2,100 곳 남짓 가운데`)
        if m["unit"] in currencies() and _PRICE_BAND.match(clause, m.end()):
            continue  # (`10위안대 '무표준' 제품`: a band prices fall in, no amount)
        try:
            amount = match_to_amount(m, None if m["unit"] else shared)
        except AmountError:
            continue
        if (minus := _MINUS_WORD.search(clause, 0, m.start())) and amount.value > 0:
            # (`구이저우성은 마이너스 35.2%를 기록했다`: the sign written as a word)
            found.append((minus.start(), replace(amount, value=-amount.value, raw=clause[minus.start():m.end()]), m.end()))
            continue
        found.append((m.start(), amount, m.end()))
    if "건" in clause or "곳" in clause or "개" in clause:
        # (not the rest's, named nowhere: `나머지 성·직할시는 한 곳씩이다`)
        for m in _IN_WORDS.finditer(clause):
            qualified = qualifier_after(m["q"]) if m["q"] else (False, None)
            if "나머지" not in clause[:m.start()] and qualified is not None:
                found.append((m.start(), CellAmount(Decimal(native_numerals()[m["n"]]), m["unit"], *qualified, False,
                                                    m.group(), None), m.end()))
        found.sort(key=lambda t: t[0])
    yield from found


# a figure the place named after it holds (`이 가운데 91곳이 선전에 몰려 있다`, `거래의 62%는 하이뎬구(海淀区)에 집중됐고`)
_HELD_IN = compiled(r"\s*(?:이|가|은|는)\s+")
# (the next share listed right after the place, the verb left to it: `27%는 말레이시아, | 19%는 태국으로 향했다`)
_NEXT_SHARE_GOES = compiled(r",\s*(?:약\s*)?\d[\d.]*\s*%(?:는|은)\s")
# (words describing that place before it: `항저우 판매의 40%가량은 물류 창고가 밀집한 위항구(余杭区)에서 나왔다`)
_DESCRIBING_PLACE = compiled(rf"(?:\p{{Hangul}}+\s+){{0,2}}\p{{Hangul}}*(?:[{N_FINAL}]|는|던)\s+")
# a share made the object of the place after it, as one place (`40% 이상을 | 우한 한 곳이`, `26%가량을 칭위안 한 곳에서 만드는`)
# (or the place itself, the verb of taking the share right after it: `전국 배터리박 생산의 30%를 | 허난이 맡는다는`)
_TAKEN_BY = compiled(r"\s*(?:을|를)\s+")
_ONE_PLACE_DOING = compiled(r"\s*한\s*(?:곳|도시|지역)(?:이|에서)\s|(?:이|가)\s+(?:맡|차지|책임지|책임진|책임질|담당|소화)")



def gathered_in(sentence: str, clause: str, c_off: int, end: int, following: list[ProseRegion]) -> ProseRegion | None:
    """The region right after a figure (`following`: the first subjects after it, if any) that
    the figure gathers in, if so."""
    held = _HELD_IN.match(clause, end)
    if held and following and (following[0].start == c_off + held.end()
                                or _DESCRIBING_PLACE.fullmatch(sentence, c_off + held.end(), following[0].start)) \
            and (GATHERED.match(sentence, after := AFTER_NAME.match(sentence, following[0].end).end())
                 # (or its verb left to the like clause after it: `35%가량은 닝하이현에서, 21%는 … 창난현에서 나왔다`)
                 or (sentence.startswith(("에서,", "에,"), after) or _NEXT_SHARE_GOES.match(sentence, after))
                 and any(GATHERED.match(sentence, AFTER_NAME.match(sentence, r.end).end()) for r in following[1:])):
        return following[0]
    if held and len(following) > 1 and following[0].start == c_off + held.end() \
            and following[1].start == AFTER_NAME.match(sentence, following[0].end).end() + 1 \
            and GATHERED.match(sentence, AFTER_NAME.match(sentence, following[1].end).end()):
        return following[1]  # `광둥성 수출의 31%가량은 산터우(汕头)시 차오난구(潮南区)에서 나왔다`: the district its city locates
    taken = _TAKEN_BY.match(clause, end)
    if taken and following and following[0].start == c_off + taken.end() \
            and _ONE_PLACE_DOING.match(sentence, AFTER_NAME.match(sentence, following[0].end).end()):
        return following[0]  # `전국 주문의 40% 이상을 우한 한 곳이 소화한 셈이다`: the one place that takes the share
    return None


# (`광둥성 안에서도 선전시(深圳市)에 263 곳이 몰려 있으며`: the place before a count, the count gathered there)
# (the words naming what is counted may stand between: `시샹가도(西乡街道)에 전자담배 관련 기업 186 곳이 모여 있어`)
_AT_PLACE = compiled(r"에만?\s+(?:[^\s,.\d()]+\s+){0,3}")
_GATHERED_AFTER = compiled(rf"(?:이|가|은|는)?\s*(?:{GATHERING})")
# (or the next place's count, listed after it, that the verb closes: `선전(深圳)에 1,960곳, 광저우(广州)에 1,744곳이 몰려`)
_NEXT_GATHERED = compiled(r"\s*,\s*\p{Hangul}+(?:\([^()]*\))?에만?\s+(?:약\s*)?\d[\d,.]*\s*(?:[만억]\s*(?:[\d,]+\s*)?)?"
                          rf"\p{{Hangul}}{{0,3}}?{_GATHERED_AFTER.pattern}")


def gathered_before(sentence: str, pos: int, end: int, regions: list[ProseRegion]) -> ProseRegion | None:
    """The region right before a figure (at `pos`..`end` of the sentence) that the figure gathers in, if so
    (`선전시(深圳市)에 263 곳이 몰려 있으며`).

    >>> from kic_extract.typed.prose_regions import sentence_regions
    >>> text = "광둥성 안에서도 선전시(深圳市)에 263 곳이 몰려 있다."
    >>> gathered_before(text, text.index("263"), text.index(" 곳이") + 2, sentence_regions(text)).written
    '선전시'
    >>> text = "광둥성 안에서는 선전(深圳)에 1,960곳, 광저우(广州)에 1,744곳이 몰려 있다."
    >>> gathered_before(text, text.index("1,960"), text.index("1,960") + 6, sentence_regions(text)).written
    '선전'
    >>> text = "광둥성에 263 곳이 새로 생겼다."
    >>> gathered_before(text, text.index("263"), text.index(" 곳이") + 2, sentence_regions(text))
    """
    before = [r for r in regions if r.end <= pos]
    if not before or not _AT_PLACE.fullmatch(sentence, AFTER_NAME.match(sentence, before[-1].end).end(), pos):
        return None
    return before[-1] if _GATHERED_AFTER.match(sentence, end) or _NEXT_GATHERED.match(sentence, end) else None
