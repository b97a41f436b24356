"""Whose figure a number in prose is (see `typed.prose_figures`): the region it belongs to by its
place in the clause (the nearest before it, or the topic an earlier clause set; the places
listed as passing a mark, `10조 위안을 넘긴 곳은 광둥성, …`; for brackets and lists, `typed.prose_joins`), and
the counts that are about no region
(the text's own items, a band of ranks, a set picked from, a noun the region only qualifies, the
places just listed, a number in a quoted name). A clause's amounts themselves are `typed.clause_amounts`'s.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import is_nation
from kic_extract.scripts import N_FINAL
from kic_extract.typed.numerals import NATIVE_COUNT
from kic_extract.typed.prose_region_sets import BLOC, NAMED_SUBJECT, in_aside, is_whole_of_share
from kic_extract.typed.figure_cues import cue, measure_nouns, measure_word, nation_pattern
from kic_extract.typed.prose_regions import EVENTS_COUNTED, THIS_OPENS, VISITING, ProseRegion, flow_topic
from kic_extract.typed.region_marks import AFTER_NAME, ALONE_AT, FIRMS, PLACES_COUNT, holds_rank


# a region a gap is measured from (`광저우(…)와의 격차`, `광저우보다`; not `베트남과의 교역`, trade of its own), and the
# first of a pair a gap is between (`장쑤성과 광둥성의 격차는`, the second perhaps with its rank: `광저우시와 6위 쑤저우시의`)
COMPARED_WITH = compiled(r"(?:\([^)]*\)\s?)?(?:성|시)?(?:(?:과|와)의\s*(?:격차|차이)|보다|에\s*비해)")
PAIR_GAP = compiled(r"(?:\([^()]*\))?(?:과|와)\s*(?:\d{1,2}\s*위\s+)?\p{Hangul}+(?:\([^()]*\))?(?:의|\s+사이(?:에는|에|의))\s*"
                   r"(?:\p{Hangul}{1,6}\s+)?(?:\d[\d,.]*\s*[조억만천]?\s*\p{Hangul}*\s*의\s+)?(?:격차|차이)")
# (`… 저장성의 수출액 격차`; `헤이룽장성과 1위 광둥성 사이에는 여전히 216억 위안의 격차가`)


# a clause closed by a comma after its connective ending (`운영하며,`, `차지했고,`)
_CLAUSE_END = compiled(r"(?<=\S(?:고|며|여|해|서|면서|어)),\s")


_SET_SUBJECT_AFTER = compiled(r"(?:이|가|은|는)(?!\p{Hangul})")
_TOPIC_PARTICLE = compiled(r"(?:\([^)]*\))?(?:은|는)(?!\p{Hangul})")
# or the particle adding the topic to those before (`쓰촨성도 청두(成都)의 … 앞세워`)
_TOPIC_OR_ALSO = compiled(r"(?:\([^)]*\))?(?:은|는|도)(?!\p{Hangul})")
# a noun phrase a region heads that closes with the topic particle (`장쑤성 투자 금액은`)
_TOPIC_PHRASE = compiled(r"(?:(?:\s+[\p{Hangul}A-Za-z·]+){0,2}?\s+[\p{Hangul}A-Za-z·]+?)?(?:은|는|도)\s"
                         r"|의(?:\s+[\p{Hangul}A-Za-z·]+){0,2}?\s+[\p{Hangul}A-Za-z·]+?(?:은|는)\s")  # (`후베이성의 수출액은`)


def _phrase_words(closing: str = "은는이가을를의에로와과도") -> str:
    """The words of a noun phrase after its first, none closed by a particle of `closing`
    (`중국의 최대 단일 수출국`: `최대`, `단일`), a word perhaps with an aside (`주문자상표부착생산(OEM)`)."""
    return rf"(?:\s+[\p{{Hangul}}·A-Za-z]+(?<![{closing}])(?:\([^()]*\))?)*"


# the subject of a clause ended by a connective (`…의 신에너지·반도체 프로젝트가 몰리며`): a cause on the way
# (a word there may end in `도`: `중국-라오스 철도 화물 수송이 늘면서`; the region may name a zone of its own first,
# `정저우(郑州) 항공항구경제종합실험구의 스마트폰 조립 물량 일부가 동남아로 옮겨가면서`)
# (the place qualified perhaps glossed: `우한(武汉) 둥후(东湖)신기술개발구의 창장춘추(长江存储)가 … 가동하면서`)
_OF_CAUSE = compiled(r"의?(?:\s+[\p{Hangul}A-Za-z]+(?:\([^()]*\)[\p{Hangul}A-Za-z]*)?의)?" + _phrase_words(closing="은는이가을를의에로와과") + r"\s+\S+(?:이|가)\s+"
                          r"(?:[^\s,.]+\s+){0,3}?[^\s,.]+(?:며|면서)\s"
                          # (or a longer phrase, a clause closed by `-어`: `청두의 군용기·무인기 생산과 항공 정비(MRO) 수요가 함께
                          # 늘면서`, `하얼빈(哈尔滨)의 헬기·소형기 주문이 줄어`)
                          r"|의(?:\s+[^\s,.]+?){1,6}?(?:이|가)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+(?:며|면서|어|아|여|해|돼)\s")


# a region qualifying an object or a place (`허페이의 반도체·신에너지 기업을`, `항저우의 AI 기업에`): words
# with no particle, then `을`/`를`, `에` or `에도` (`광시의 절반에도 못 미치지만`)
# (not the region's own level, `리현(蠡县)의 7.6%를 크게 앞질렀다`: the figure is no noun it qualifies)
OF_OBJECT = compiled(r"의" + _phrase_words() + r"\s+(?!\d)\S+(?:을|를|에|에서|에도)(?=\s)"
                        # or firms it names with their Chinese (`청두(成都)의 바이리톈헝(百利天恒)과 커룬보타이(科伦博泰)를`)
                        r"|의(?:\s+[\p{Hangul}A-Za-z·]+\(\p{Han}[^)]*\)(?:과|와|,))*\s+[\p{Hangul}A-Za-z·]+\(\p{Han}[^)]*\)(?:을|를)(?=\s)"
                        # or the place a noun it names is, with no `의` (`닝샤후이족자치구는 중웨이 클러스터에 … 들어서면서`)
                        r"|\s+\p{Hangul}{2,6}(?:에|에서)(?=\s)"
                        # or a noun the copula makes what the topic is (`미국은 여전히 중국의 최대 단일 수출국이었지만`)
                        r"|의" + _phrase_words() + r"\s+\p{Hangul}+?(?:이었|였|이)(?:지만|고|으며|며|는데)(?=\s)"
                        # or the means the topic acts by (`산둥성은 칭저우(青州)시 화훼단지의 물량을 바탕으로 2,600만 달러를`)
                        r"|(?:\s+[^\s,.]+){0,3}?(?:을|를)\s+(?:바탕으로|기반으로|토대로)(?=\s)")


# a name glossed with its Chinese as the subject (`화성창(华盛昌)은`): after a place's `의`, a firm there (not a measure:
# `국내총생산(国内生产总值)은`), unless what it names is counted right after it (`중창공간(众创空间)은 1만 214곳`)
_PERIOD_GOES_ON = compiled(r"\s*(?:(?:19|20)\d{2}\s*년\s*)?(?:상반기|하반기|[1-4]\s*분기|\d{1,2}\s*월|연말|연초)(?:에는|엔|에도)\s+(?:약\s+)?")
# someone of a firm a region qualifies, who is quoted (`의 한 소모품 업체 관계자는 "…"`)
# (a firm's, not the place's own officials speaking for it: `중웨이시 관계자는 "현재 데이터센터 19곳이 가동 중"`)
_SPEAKER_AFTER = compiled(r"(?:\([^()]*\))?의?\s+(?:한\s+)?(?:[^\s,.\"“]+\s+){0,2}?(?:업체|기업|회사|공장|업계|상인)\s*"
                          r"(?:관계자|담당자|책임자|대표)들?(?:은|는|이|가)\s")
_QUOTE_OPENS = compiled(r"[\"“]")
# a firm named again as the company, made the subject (`회사는`, `이 회사의 매출은`)
_THE_COMPANY = compiled(r"(?<!\p{Hangul})(?:(?:이|그|해당)\s+)?회사(?:는|가|의)\s")
# a class of places a clause is about (`중소 도시에서는`, `1선 도시에서도`, `농촌 지역에서는`)
_CLASS_OF_PLACES = compiled(r"(?<!\p{Hangul})(?:(?:중소|대|[1-5]선|신1선|중소형|현급)\s*(?:도시|지역)|농촌|지방)(?:\s*지역)?(?:에서는|에서도)\s")
# a firm named with its Chinese, or after it again, owning a measure made the subject (`천광문구(晨光文具)의 2024년 매출은`)
_FIRM_OWNS = compiled(r"(?<!\p{Hangul})(?P<name>\p{Hangul}{2,})(?P<gloss>\([\p{Han}A-Za-z0-9]{2,}\))?의\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+(?:은|는|이|가)\s")
_FIRM_NAMED = compiled(r"(?P<name>\p{Hangul}{2,})\(\p{Han}{2,}\)(?:이|가|은|는|도)\s")
# a firm made the sentence's topic (`이 회사는`, `그 기업은`) and the place it has its seat in after it (`…에 본사를 두고`)
_FIRM_TOPIC = compiled(r"(?<!\S)(?:이|그|해당|동)\s*(?:회사|기업|업체|그룹)(?:은|는)\s")
_SEATED_THERE = compiled(r"(?:\([^()]*\))?에\s+(?:본사|본부)를\s+(?:두고|둔\s|두며|뒀)")
_SENT_TO = compiled(r"(?:으로|로)\s+(?:[^\s,.\d]+\s+){0,3}$")  # (the place goods are sent to, before their amount)
_SENT = compiled(r"(?:[^,.]|(?<=\d)[,.](?=\d)){0,30}?(?:어치를|을|를)\s+(?:\S+\s+)?(?:수출|팔았|판매|보냈)")
_BASED_THERE = compiled(r"\s*(?:기반의|기반인|소재의|소재)\s+")  # (a firm based in the place before: `상하이 기반의 훙솽시(红双喜)도`)
_COUNTED_RIGHT_AFTER = compiled(r"\s*(?:약|모두|총|전부)?\s*")
# what firms run or set up in a place (`… 등지에 운영하는 해외창고는`)
_RUN_THERE = compiled(r"(?:\s*등지?)?에\s+(?:[^\s,.]+\s+)?(?:운영하는|운영\s*중인|세운|둔|설립한|연|개설한|보유한)\s+\p{Hangul}+(?:은|는|이|가)\s")


@cache
def _measure_end() -> regex.Pattern[str]:
    """A word ending in a measure's noun (`국내총생산`)."""
    return compiled(rf"(?:{measure_nouns()})$")


# a company or organisation named with its Chinese as the clause's subject or topic, after a place it
# is located in (`허페이에 본사를 둔 … 싱허즈넝(星河智能)은`; not a generic word glossed, `성(省)이`)
# (not a term a writer names as such, `이른바 라오주샤오취(老旧小区)는`: what is counted there)
# (a word may close the name after its gloss: `천광(晨光)문구가 12.3%로 2위`)
_COMPANY_SUBJECT = compiled(r"(?<!(?:이른바|소위|일명)\s)(?<!\p{Hangul})\p{Hangul}{2,}\([\p{Han}A-Za-z0-9]{2,}\)\p{Hangul}{0,4}?(?:이|가|은|는)\s")
_RATE_NAMED = compiled(r"(?:률|율|비중|지수)$")


def _company_subject(sentence: str, start: int, end: int) -> bool:
    """Whether a company or organisation is named as a subject between `start` and `end` (`_COMPANY_SUBJECT`), not a
    measure glossed with its abbreviation (`대형 업체들의 시장 점유율(CR10)이`)."""
    return any(not (_measure_end().search(name := m.group().split("(", 1)[0]) or _RATE_NAMED.search(name))
               for m in _COMPANY_SUBJECT.finditer(sentence, start, end))


# what was done in a place, named with its Chinese (`전국에서 발급된 녹색전력증서(绿证)는`, `전국에서 운행된 중국-유럽
# 화물열차(中欧班列)는`): counted there, no firm
_DONE_THERE = compiled(r"(?:\([^()]*\))?\s*에서\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*(?:된|되는)\s+(?:[^\s,.(]+\s+)?[^\s,.(]*\p{Hangul}\(")
# `내` right after a region, within it (`한국 내 중국 …`)
_WITHIN = compiled(r"\s*내(?=\s)")
# (or named, glossed or not, as what opened or set up something at the place: `베트남 하노이에 첫 해외 매장을 낸
# 미쉐빙청의`, `독일에 공장을 세운 닝더스다이는`)
_ACTOR_AFTER = compiled(r"(?:\([^()]*\))?(?:\s+\p{Hangul}+)?에\s+(?:[^\s,.]+\s+){0,4}?\p{Hangul}*(?:낸|연|세운|설립한|진출한|개설한)"
                        r"\s+\p{Hangul}{2,}(?:\([^()]*\))?(?:의|은|는|이|가)\s"
                        # (or a firm named after its kind, based there: `항저우에 본사를 둔 MCN 기업 웨광미디어는`; not the
                        # kind alone, `항저우에 본사를 둔 기업은 120곳`, the place's firms counted)
                        r"|(?:\([^()]*\))?에\s+(?:본사|본부)를\s+둔\s+(?:[\p{Hangul}A-Za-z]+\s+){0,2}?"
                        r"(?:기업|업체|회사|브랜드|스타트업)\s+(?!기업|업체|회사|들)\p{Hangul}{2,}(?:\([^()]*\))?(?:의|은|는|이|가)\s"
                        # (or named alone, a word that is no kind of firm: `선전에 본사를 둔 광잉즈짜오의 2024년 매출은`,
                        # `이우에 본사를 둔 뤼관의 연간 생산 능력은`)
                        r"|(?:\([^()]*\))?에\s+(?:본사|본부)를\s+둔\s+(?!\p{Hangul}*(?:기업|업체|회사|브랜드|스타트업|기관|단체|업계|곳|공장|매장)들?(?:의|은|는|이|가)?(?!\p{Hangul}))"
                        r"\p{Hangul}{2,}(?:\([^()]*\))?(?:의|은|는|이|가)\s"
                        # (or one firm of the kind, unnamed: `쑤저우(苏州)에 본사를 둔 한 대형 창호업체는`)
                        r"|(?:\([^()]*\))?에\s+(?:본사|본부)를\s+둔\s+한\s+(?:\p{Hangul}+\s+){0,2}?\p{Hangul}*(?:기업|업체|회사|브랜드|스타트업)"
                        r"(?:의|은|는|이|가)\s")


# `의` right after a region, its gloss perhaps between: what follows is the region's own (`헝가리의 중국 기업 …`, `일본의 2조 …`)
OF_BEFORE = compiled(r"(?:\([^)]*\))?의\s+")
# a rate passed, a gap perhaps between: the level of the region it follows with `의`, no share (`청두(成都)의 6.8%를 0.3%p 앞섰다`)
# (not a share's bound, `전국의 45%를 웃돈다`: passed by a gap, or overtaken)
# (perhaps by much: `리현(蠡县)의 7.6%를 크게 앞질렀다`)
PASSED_LEVEL = compiled(r"[\d.,]+\s*%(?:을|를)\s+(?:(?:크게|훨씬|한참|멀찍이)\s+)?"
                        r"(?:[\d.,]+\s*%p\s+(?:앞서|앞섰|앞선|앞질|웃돌|웃돈|상회)|앞서|앞섰|앞선|앞질|제치|제쳤)")
# a level in a unit of its own, no share or multiple (`7만 1,600곳을`, not `30%를`, `1.2배`)
_COUNTED_LEVEL = compiled(r"[\d.,]+(?:\s*[조억만천]\s*(?:[\d,]+)?)*\s*(?![\d.,%]|배|분의)\p{Hangul}")


# a set's name in one word before the bracket spelling it out (` 3성1시(`)
_SET_NAME = compiled(r"\s+[^\s()]+")
# a region followed by a word of its own describes that word (or by `계`, affiliating it: `쿤산의 대만계 투자기업은`)
_NOUN_AFTER = compiled(r"계?\s+\S")
# the noun a region qualifies, made the subject or the object of its clause (`한국 기업이`, `중국 후보물질을`)
_QUALIFIED_SUBJECT = compiled(r"\s+\p{Hangul}{1,6}(?:이|가)\s")
_QUALIFIED_OBJECT = compiled(r"\s+\p{Hangul}{1,6}(?:을|를)\s")
# (the object a clause raises to a figure, which the next clause goes on raising: `중국 | 노인용품 산업 규모를 2027년 1조
# 2,000억 위안 안팎으로 키우고`)
# the verbs raising a measure to a figure (`… 1조 2,000억 위안으로 키우고`, `… 20억 위안으로 끌어올릴`)
RAISING = "키우|키운|키워|늘리|늘린|늘려|끌어올|확대|높이|높인|높여"
_QUALIFIED_OBJECT_ON = compiled(r"(?:\s+\p{Hangul}{1,8}){1,3}(?:을|를)\s+(?:[^,.]|(?<=\d)[,.](?=\d)){0,60}?\d"
                                rf"(?:[^,.]|(?<=\d)[,.](?=\d)){{0,30}}?(?:으로|로)\s+(?:{RAISING})")


# the whole a share is set against, right after its region (`안후이성 | 전체 브러시 생산액 대비로는 61.2%에`)
_SET_AGAINST = compiled(r"\s+전체(?:\s+[\p{Hangul}A-Za-z&]{1,8}){0,3}?\s*대비(?:로는|로|론)?\s+(?:약\s*)?\d[\d,.]*\s*%(?!\s*p)")


def _describes_noun_of(sentence: str, subjects: list[ProseRegion], region: ProseRegion) -> bool:
    """Whether a region, right after another and `의`, only describes the noun after it (`둥하이의 전국 생산량 비중은`).

    >>> s = "둥하이의 전국 생산량 비중은"
    >>> regions = [ProseRegion(0, 3, "둥하이", None, True), ProseRegion(5, 7, "전국", "中国", True)]
    >>> _describes_noun_of(s, regions, regions[1]), _describes_noun_of("선전의 난산구가", [], regions[1])
    (True, False)
    """
    return any(OF_BEFORE.fullmatch(sentence, r.end, region.start) for r in subjects if r.end <= region.start) \
        and _NOUN_AFTER.match(sentence, AFTER_NAME.match(sentence, region.end).end()) is not None


# a bloc or a part of the country made a clause's subject (`화둥이`, `시베이는`), and a noun naming a share (`… 차지하는 비중은`)
_BLOC_SUBJECT = compiled(rf"{BLOC}(?P<particle>이|가|은|는)\s")
_SHARE_NOUN = compiled(r"비중|비율|점유율|몫")


def subject_of(sentence: str, subjects: list[ProseRegion], k: int, c_off: int, pos: int,
                share: bool = False) -> ProseRegion | None:
    """The region a figure at `pos` is about among the subjects named before it (`subjects[:k]`):
    the nearest in its own clause, but the clause's topic over a place or a qualifying word named
    later in it (`상하이는 전국에서 유일하게 … 10만 대`); before its clause, the nearest that is a topic or subject
    (`광둥성은 … 지켰고 | 4.1% 증가했다`) or that no clause closed by a comma parts from it: a place
    something is located in or a word qualifying a noun stays in its clause (`저장성에 생산 기지를
    운영하며, 니오의 150kWh`)."""
    in_clause = [r for r in subjects[:k] if r.start >= c_off]
    spelled = [r for r in in_clause if in_aside(sentence, r.start) and not in_aside(sentence, pos)]
    named_set = len(spelled) > 1 and any(r.end == sentence.rfind("(", 0, spelled[0].start) for r in in_clause)
    if len(spelled) > 1 and sentence.count("(", spelled[0].start, spelled[-1].start) == 0 \
            and (named_set or not _SET_SUBJECT_AFTER.match(sentence, sentence.find(")", spelled[-1].end) + 1)):
        # (a set named by a region of its own, its members after it, `징진지(베이징·톈진·허베이성)는`: the set's)
        # `3성1시(상하이시·장쑤성·저장성·안후이성)에서 본부와 7개 분센터를`: regions spelling out a set in
        # brackets are its members, none of them what the clause is about (but the set made the subject,
        # `상위 5개 지역(베이징·상하이·…)이 … 77.4%를`, has the figure: `joined_topic`)
        # (and so is a region the set is named after, `창장삼각주(长江三角洲) 3성1시(…)에서`: the set's frame)
        opening = sentence.rfind("(", 0, spelled[0].start)
        in_clause = [r for r in in_clause if r not in spelled
                     and not _SET_NAME.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), opening)]
    named_here = any(r.start < r.end for r in in_clause)  # (not the sentence before's subject, carried)
    if not named_here and (
            # `장쑤성은 … 5 건에 그쳤다. | 1 억 위안 이상 대형 투자는 모두 11 건이었다`: a class of the whole, not a part's
            # (but the country's, the whole before: `중국 스타트업의 투자 유치 건수는 … 1억 위안 이상 대형 라운드는 모두 74건`)
            _class_topic().search(sentence, c_off, pos) and not (k and subjects[k - 1].zh and is_nation(subjects[k - 1].zh))
            # `… 루싱원촹은 이들과 유통 제휴를 맺었다. | 회사는 지난해 스마트 형광펜 42 만 개를 팔았다`: the firm's
            or _THE_COMPANY.search(sentence, c_off, pos)
            # `… 중소 도시에서는 여전히 10위안 이하 제품이 주류라고`: a class of places, no region named before it
            or _CLASS_OF_PLACES.search(sentence, c_off, pos)
            # `상하이 펑셴구는 천광문구(晨光文具)의 본사가 자리한 곳이며, | 천광문구의 2024년 매출은 242억 위안`: the firm named
            # with its Chinese owns the clause's measure, not the place before
            or (firm := _FIRM_OWNS.search(sentence, c_off, pos)) and not _measure_end().search(firm["name"])
            and (firm["gloss"] or sentence.find(firm["name"] + "(", 0, firm.start()) >= 0)):
        return None
    after_last = in_clause[-1].end if in_clause else c_off
    # (a set of the region's own, `중국의 GDP 1 조 위안 이상 도시는 29 개로`, is the region's figure)
    # (so is a set of places a region holds, what happened there describing them: `전국에서 … 대기오염이 관측된 도시는 58곳으로`)
    # (not a set the places listed right after it make up: `전국에서 성장률 6% 이상을 기록한 곳은 6 곳으로, 시짱자치구 …`)
    # (or one picked from its own things: `카이핑시 수전 기업 가운데 … 기준을 충족하는 제품을 보유한 곳은 27%에`)
    owned = bool(in_clause) and (sentence.startswith("의", AFTER_NAME.match(sentence, after_last).end())
                                 or bool(_SET_THERE.match(sentence, after_last, pos) or _PICKED_FROM_OWN.match(sentence, after_last, pos))
                                 and not ((then := _COUNT_THEN.match(sentence, pos)) and any(r.start == then.end() for r in subjects[k:])))
    if not owned and (_SET_SUBJECT.search(sentence, after_last, pos) or _SET_DESCRIBED.match(sentence, pos)) \
            or (these := _THESE.search(sentence, after_last, pos)) and not (_BARE_THESE.match(these.group())
                                                                          and len({r.zh or r.written for r in subjects[:k]}) == 1) \
            or _TOP_SET.search(sentence, after_last, pos) \
            or in_clause and (counted := _LIST_COUNTED_TO.match(sentence, AFTER_NAME.match(sentence, after_last).end())) \
            and not cue("each").match(sentence, counted.end()):  # (but `… 두 곳으로, 각각 2.1%와 3.4%에`: the places' in turn)
        # `…였고, | 성장률이 5%에 못 미친 지역은 모두 7곳으로`, `… 순으로, 이들 4 개 도시가 전체의 76%를`: the
        # set's, not a region's before
        return None
    if in_clause and (_SET_AGAINST.match(sentence, in_clause[-1].end) or share and THIS_OPENS.match(sentence, c_off)
                      and all(is_whole_of_share(sentence, r) for r in in_clause if r.end > r.start)) \
            and (before := [r for r in subjects[:k] if r.start == r.end or r.start < in_clause[-1].start and r.mark == "topic"
                            and not is_whole_of_share(sentence, r)]):
        # `위안탄진 생산액이 … 차지하는 비중은 82.6%, | 안후이성 전체 브러시 생산액 대비로는 61.2%에 이른다`, `… 218만㎡로
        # 불어났다. | 이는 허베이성 전체의 34.6%, 전국의 8.4%에 해당한다`: the clause names only the wholes its share is of;
        # the share is the topic's before it
        return before[-1]
    if in_clause and (bloc := _BLOC_SUBJECT.search(sentence, c_off, in_clause[0].start)) and all(
            share and is_whole_of_share(sentence, r) and not _SHARE_NOUN.search(sentence, r.end, pos)
            or r.mark in ("listed", "qualifies") and bloc["particle"] in ("은", "는") for r in in_clause):
        # `화둥이 90만 7,000대로 가장 많아 전국 판매량의 34.0%를`, `시베이는 칭하이와 간쑤의 관측 명소 덕분에 … 41.5%에`: the
        # bloc's, its clause's subject; the places after it are only the whole it takes a share of or words describing a noun
        # (not a share of a place's own whole, `아세안이 광시 전체 교역에서 차지하는 비중은 48.2%로`: the place's)
        return None
    if in_clause:
        nearest = in_clause[-1]
        if len(in_clause) > 1 and nearest.mark == "topic" \
                and (within := _WITHIN.match(sentence, AFTER_NAME.match(sentence, in_clause[-2].end).end())) \
                and sentence[within.end():nearest.start].isspace():
            # `한국 내 중국 차음료 브랜드 매장이 … 약 150개에`: what another region qualifies, counted where it is
            return in_clause[-2]
        topics = [r for r in in_clause if r.mark == "topic" or r.mark == "located" and _located_topic(sentence, r)]
        if len(in_clause) > 1 and FIRMS_AFTER.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()):
            # `베트남이 중국 기업의 신규 프로젝트 612건을 유치해`, `싱가포르에 새로 지역 본부를 세운 중국 기업은
            # 140곳`: firms of one country counted or acting where the clause's own subject or place is
            placed = [r for r in in_clause[:-1] if r.mark in ("topic", "located")
                      and _OWN_PARTICLE.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
            if placed:
                return placed[-1]
        if ORIGIN_OF.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()):
            # `…협력구에 입주한 홍콩·마카오 청년 창업팀은 1,260개`: people or capital of an origin, counted where they are
            placed = [r for r in subjects[:k] if r.mark in ("located", "topic") and r.end < nearest.start
                      and not ORIGIN_OF.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
            return placed[-1] if placed else None
        if len(in_clause) > 1 and _NOUN_AFTER.match(sentence, after := AFTER_NAME.match(sentence, nearest.end).end()) \
                and OF_BEFORE.fullmatch(sentence[in_clause[-2].end:nearest.start]) and not ALONE_AT.match(sentence, after) \
                and in_clause[-2].mark != "locates":
            # `헝가리의 중국 기업 투자 유치액은 47억 유로로`: the later region only describes the first's noun
            # (but in `선전의 난산구가` the later region is the subject, and a province locating a city, `하이난성의 원창(文昌)
            # 상업우주발사장이`, has the city's noun)
            return in_clause[-2]
        if not share and (of := OF_BEFORE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())) \
                and of.end() == pos and (_COUNTED_LEVEL.match(sentence, pos) or PASSED_LEVEL.match(sentence, pos)):
            # `선전의 … 기업은 8만 7,300곳으로 광저우(广州)의 7만 1,600곳을 앞질렀다`: a level right after a region's `의`
            # is that region's, the one compared with (not a share or a multiple of it: `광저우의 1.2배`), as is a rate
            # passed (`충칭은 7.1%를 기록해 청두(成都)의 6.8%를 0.3%p 앞섰다`)
            return nearest
        if OF_OBJECT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()):
            # `안후이성은 허페이의 반도체 기업을 앞세워 투자 금액이 120억 위안을`, `저장성은 … 유치했고, 항저우의 AI
            # 기업에 돈이 몰리면서 건수도 1,100건을`: a region qualifying the clause's object or place is not
            # its subject; the topic before it is, in the clause or the sentence
            named = [r for r in subjects[:k] if r is not nearest and r.start < nearest.start
                     and _TOPIC_OR_ALSO.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
            if named:
                return named[-1]
        if nearest.mark == "qualifies" and len(in_clause) > 1 \
                and _QUALIFIED_OBJECT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) \
                and (doers := [r for r in in_clause[:-1] if r.mark == "qualifies"
                               and _QUALIFIED_SUBJECT.match(sentence, AFTER_NAME.match(sentence, r.end).end())]):
            # `한국 기업이 중국 후보물질을 들여온 계약도 4건`: what the subject's region did to the object's, counted as
            # the subject's
            return doers[-1]
        if share and len(in_clause) > 1 and (_WHOLE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())
                                             or nearest.zh == "中国" and nation_pattern().match(nearest.written)
                                             or is_whole_of_share(sentence, nearest)):
            # `한국으로부터의 … 수입은 612 억 달러로 중국 전체 수입의 15.5%를`, `… 3개 성의 수출입액을 더하면 20조
            # … 위안으로 전국의 45%를 웃돈다`: a share of the later region's whole is the earlier one's (the last of them
            # not a whole too: `웨칭의 … 392억 개로 저장성 전체의 64.1%, 전국의 23.1%를 차지했다`)
            earlier = [r for r in in_clause[:-1] if not is_whole_of_share(sentence, r)]
            # (or, every region of the clause a whole, its subject named before it: `츠시의 … 수출액은 닝보 전체의 62.4%, |
            # 전국의 31.5%에 해당했다`)
            before = [r for r in subjects[:k] if r.end <= in_clause[0].start and not is_whole_of_share(sentence, r)]
            return earlier[-1] if earlier else before[-1] if before else in_clause[-2]
        if share and len(in_clause) > 1 and not _SUBJECT_AFTER.match(sentence, after := AFTER_NAME.match(sentence, nearest.end).end()) \
                and not (nearest.mark == "figure" and nearest.zh != "中国") and not holds_rank(sentence, nearest.start, after):
            # `광둥성은 전국 … 생산량의 65%를 차지`: a share of the later region's whole is the topic's
            # (but `장쑤성이 전체의 31.2%를 차지`: the later region is the subject; and a country with its share right after it
            # is an item of what the topic's measure is broken down by, `푸난현 … 수출 대상국별 비중은 미국 31.2%, 독일 …`; and
            # one named as a rank's holder, `이우 바인더의 최대 바이어 국가는 아랍에미리트(UAE)로, 전체 주문의 18%를`)
            # (or the place whose firms are the subject: `닝진현 기업들이 공급하는 물량은 중국 … 시장의 70%를 웃돌고`)
            named = [r for r in in_clause[:-1] if _TOPIC_PARTICLE.match(sentence, r.end) or r.mark == "topic"
                     or r.mark == "qualifies" and _firms_subject(sentence, r)
                     # (or where they are the subject, done there: `선전에 등록된 … 기업은 1,240곳으로 전국의 19.6%를`)
                     or r.mark == "located" and _DONE_AT.match(sentence, r.end)]
            if named:
                return named[-1]
        if share and len(in_clause) == 1 and (nearest.zh == "中国" and nation_pattern().match(nearest.written)
                                              or _WHOLE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())
                                              or is_whole_of_share(sentence, nearest)):
            # `신장위구르자치구의 교역액은 …였고, | 전국 … 교역의 43%를 차지했다`: the nation's whole, the topic's
            # share; so of a region's whole (`선전시의 … 넘어섰고, | 광둥성 전체 … 비중은 60%`, `량장신구는 … 기록해 |
            # 충칭시 GDP 의 약 16%를 차지했다`)
            # (or a place made the topic where things are, or are made: `핑후시에는 … 기업 310곳이 모여 있고, | 같은 해 생산량은
            # … 전국 생산량의 31.2%를`, `융캉시에서 한 해 생산되는 캠핑의자는 … 넘어 | 전국 생산량의 약 40%를`)
            # (not a whole the clause before took a share of: `닝보시 한 곳이 저장성 전체 수출의 54.6%를 책임졌고, | 전국
            # 수출에서 차지하는 비중도 22.6%에`)
            earlier = [r for r in subjects[:k] if r.start < c_off and r.zh != "中国" and not is_whole_of_share(sentence, r)
                       and (r.mark == "topic" or r.mark == "located" and (_located_topic(sentence, r)
                                                                         or _DONE_AT.match(sentence, r.end)))]
            if earlier:
                return earlier[-1]
        if nearest.mark == "direction":
            # `부산에는 … 중국발 크루즈 38 척이 입항`: the flow's figure is the place it reaches, if the clause names one
            held = [r for r in in_clause[:-1] if r.mark in ("topic", "located")]
            return held[-1] if held else nearest
        if nearest.mark == "located" and _RUN_THERE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) \
                and (firms := [r for r in in_clause[:-1] if _FIRMS_SUBJECT.match(sentence, AFTER_NAME.match(sentence, r.end).end())]):
            return firms[-1]  # `더화현 업체들이 미국, 독일, 아랍에미리트 등지에 운영하는 해외창고는 … 23곳`: the firms' place's
        if (of := OF_BEFORE.match(sentence, nearest.end) or _BASED_THERE.match(sentence, nearest.end)) \
                and (firm := _FIRM_NAMED.match(sentence, of.end())) \
                and not _measure_end().search(firm["name"]) and not _COUNTED_RIGHT_AFTER.fullmatch(sentence, firm.end(), pos):
            # (not a kind of thing the place's figure counts right after it: `전국의 중창공간(众创空间)은 1만 214곳으로`)
            return None  # `선전의 화성창(华盛昌)은 … 생산능력을 연 1,500만 대로`: the firm the place's `의` names is the subject (so
            # one based there: `상하이 기반의 훙솽시(红双喜)도 … 20% 안팎 인상했다`)
        if nearest.mark in ("located", "qualifies") and _SEATED_THERE.match(sentence, nearest.end) \
                and _FIRM_TOPIC.search(sentence, 0, nearest.start):
            return None  # `이 회사는 인투진(银涂镇)에 본사를 두고 11개 부품 계열사를 거느리고 있다`: the firm's, its seat no owner
        if nearest.mark in ("located", "qualifies") and not topics and not _DONE_THERE.match(sentence, nearest.end) \
                and (_company_subject(sentence, nearest.end, pos) or _ACTOR_AFTER.match(sentence, nearest.end, pos)):
            # `허페이에 본사를 둔 … 싱허즈넝(星河智能)은 지난해 매출이 4억 …`: the company's figure; so one named as what
            # did something there (`베트남 하노이에 첫 해외 매장을 낸 미쉐빙청의 해외 매장은 … 4,900개를`)
            return None
        if nearest.mark in ("located", "qualifies") and not topics \
                and _BY_CAUSE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()):
            # `시짱자치구는 … 불과하지만 | 네팔 교역 회복에 힘입어 증가율이 27.3%로`: a region naming the cause of
            # the clause's figure; the sentence's topic holds it
            held = [r for r in subjects[:k] if r.start < c_off and r.mark == "topic"]
            if held:
                return held[-1]
        if _SPEAKER_AFTER.match(sentence, nearest.end) and _QUOTE_OPENS.search(sentence, nearest.end, pos):
            return None  # `주하이(珠海)의 한 소모품 업체 관계자는 "… 품목 수를 30% 이상 줄일 수 있다"고`: a speaker's words quoted
        if len(in_clause) > 1 and _BY_CAUSE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) \
                and (held := [r for r in in_clause[:-1] if r.mark == "topic"]):
            # `주하이의 잉크 카트리지 수출은 미국의 추가 관세 여파로 … 8.7% 감소했다`: the cause's region, the topic before it
            # in the clause holds the figure
            return held[-1]
        # (`2위 쓰촨성은 청두시(成都市)와 쯔궁시(自贡市)를 축으로 620억 위안 규모의`: a region the clause makes
        # its object is not the subject its topic is)
        if SCOPE_OF.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) and (len(in_clause) > 1 or (
                held := [r for r in subjects[:k] if r.start < nearest.start and r.mark == "topic"])):
            return in_clause[-2] if len(in_clause) > 1 else held[-1]  # (`광시의 교역 상대국 가운데`: the set's region aside;
            # `난산구가 … 기록해 | 광둥성의 구·현 가운데 처음으로 1조 위안을 넘어섰다`, the topic before it too)
        objects = nearest.mark == "other" and _OBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) \
            or nearest.mark == "listed" and _LISTED_OBJECT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())
        # (`안후이성은 허페이와 우후를 양대 거점으로 삼아 760억 위안을`: places listed as the object, not the subject)
        if nearest.mark == "figure" and not topics and _OBJECT_ASIDE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()):
            # `장쑤성은 … 머물렀지만 | 성장률은 5.3%로 광둥성(4.6%)을 0.7%p 웃돌았다`: a region the clause makes its object,
            # its own figure aside, is not the subject the topic before the clause is
            held = [r for r in subjects[:k] if r.start < c_off and r.mark == "topic"]
            return held[-1] if held else nearest
        if not topics and _EVENT_AT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()) \
                and not EVENTS_COUNTED.match(sentence, nearest.end):
            # `4 월 24 일 베이징에서 열리는 본선 무대에 오를 5 개 팀`: where an event is held, not what is counted (but
            # `전국에서 열린 프로 e스포츠 대회는 612건으로`: the events held there)
            return None
        if not topics and (since := _SINCE_THERE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())) \
                and since.end() <= pos:
            return None  # `2029 년 서울에 첫 해외 대표처를 연 이후 현재 … 대표처 9 곳을`: where something began, not what is counted
        if objects and not topics and (obj := _OBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())) \
                and cue("passed").match(sentence, _BLANKS.match(sentence, obj.end()).end()) \
                and (held := [r for r in subjects[:k] if r.start < c_off and r.mark == "topic"]):
            # `허페이는 … 산업에 힘입어 | 창사를 제치고 12위(2조 5,870억 위안)로`: the one passed is no subject; the topic
            # before the clause passed it
            return held[-1]
        if objects and not topics and (obj := _OBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())) \
                and obj.end() <= pos and (passing := cue("passed").search(sentence, pos, pos + 16)) \
                and not regex.search(r"[,.]", sentence[pos:passing.start()]) \
                and (held := [r for r in subjects[:k] if r.start < c_off and r.mark == "located" and _DONE_AT.match(sentence, r.end)]):
            # `선전 바오안구(宝安区)에 등록된 … 기업은 1,200곳을 넘어, | 900여 곳인 룽강구(龙岗区)를 300곳 넘게 앞선다`: the margin
            # over the one passed is the place's whose firms are the subject
            return held[-1]
        # (nor is the place the topic sent its goods to: `이우시는 2025년 한국으로 액세서리 3억 2,000만 위안어치를 수출했으며`)
        sent_to = nearest.mark == "other" and _SENT_TO.match(sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos) \
            and _SENT.match(sentence, pos)
        return topics[-1] if (nearest.mark in ("located", "qualifies", "counted") or objects or sent_to) and topics else nearest
    if NAMED_SUBJECT.search(sentence, c_off, pos):
        return None  # `… 중국핵융합에너지공사(中国聚变能源有限公司)가 등록자본금 150 억 위안으로`: the clause's own
    cut = max((m.start() for m in _CLAUSE_END.finditer(sentence, 0, pos)), default=-1)
    # (a clause going on with another period of the same measure, no subject of its own: `2025년 상반기 창난현 달력 주문에서
    # 민간기업이 차지한 비중은 81.3%였고, | 하반기에는 86.0%까지 올라갔다`)
    period_on = (on := _PERIOD_GOES_ON.match(sentence, c_off)) is not None and on.end() >= pos
    # (a region the clause before made its object, `마카오를 찾은 방문객은 … 넘어서며 | 종전 최고치인 … 3,940만 명을`,
    # goes on up to a comma)
    # (or, a place visited, through the sentence: `징더전을 찾은 관광객은 … 늘었고, | 관광 수입은 496억 위안으로`)
    earlier = [r for r in subjects[:k] if (r.mark == "topic" or r.mark == "other" and (
                                               ", " not in sentence[r.end:pos] or VISITING.match(sentence, AFTER_NAME.match(sentence, r.end).end()))
                                           or flow_topic(sentence, r)
                                           or r.mark == "located" and (r.start > cut or _located_topic(sentence, r)
                                                                       or r is subjects[0] and (_DONE_AT.match(sentence, r.end)
                                                                                                or EVENTS_COUNTED.match(sentence, r.end)))
                                           # (so the place whose events the sentence counted: `중국에서 열린 마라톤 대회는
                                           # 790회를 넘었고, | 참가자는 연인원 700만 명을`)
                                           # (a place whose firms are the subject the clause goes on with: `상하이시 소재
                                           # 기업이 약 112억 위안을 유치해 | 전체의 47.5%를 가져갔다`)
                                           or r.mark == "qualifies" and ", " not in sentence[r.end:pos]
                                           and (_firms_subject(sentence, r)
                                                # (or the object the clause before set, which this one goes on with:
                                                # `중국 노인용품 산업 규모를 2027년 … 키우고 | 2030년에는 2조 위안을 넘어서게`)
                                                or _QUALIFIED_OBJECT_ON.match(sentence, AFTER_NAME.match(sentence, r.end).end()))
                                           # (or the same subject's other measure: `중국 … 스타트업의 투자 유치 건수는
                                           # 43건으로 … 줄었지만, | 유치 총액은 약 26억 위안으로`)
                                           or r.mark == "qualifies" and same_measure_after(sentence, r, pos)
                                           or r.mark in ("located", "qualifies") and period_on)
               and not in_aside(sentence, r.start) and not is_whole_of_share(sentence, r)
               # (nor a region describing the noun of one right before it: `둥하이의 전국 생산량 비중은 약 38%로 추산되며, |
               # 생산액은 9억 6,000만 위안이었다`)
               and not _describes_noun_of(sentence, subjects[:k], r)
               # (nor the seat of a firm the sentence is about: `이 회사는 인투진에 본사를 두고 | 11개 … 계열사를`)
               and not (_SEATED_THERE.match(sentence, r.end) and _FIRM_TOPIC.search(sentence, 0, r.start))
               # (not the base of a firm named as the sentence's subject: `항저우에 본사를 둔 MCN 기업 웨광미디어는 … | 1억
               # 위안어치를 팔았다`)
               and not (r.mark in ("located", "qualifies") and _ACTOR_AFTER.match(sentence, r.end))]
    if earlier and ORIGIN_OF.match(sentence, AFTER_NAME.match(sentence, earlier[-1].end).end()):
        # `광둥성 기지에 … 홍콩·마카오 청년 창업팀은 1,270개로 …, | 누적 입주팀은 4,800개를`: people of an origin, counted
        # where they are (as in their own clause)
        placed = [r for r in subjects[:k] if r.mark in ("located", "topic") and r.end < earlier[-1].start
                  and not ORIGIN_OF.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
        return placed[-1] if placed else None
    if len(earlier) > 1 and OF_OBJECT.match(sentence, AFTER_NAME.match(sentence, earlier[-1].end).end()) \
            and _TOPIC_OR_ALSO.match(sentence, AFTER_NAME.match(sentence, earlier[-2].end).end()):
        # `저장성은 …했고, 항저우의 AI 기업에 돈이 몰리면서 | 건수도 1,100건을`: the topic's (so the topic added to
        # those before: `광둥성도 광저우(广州)와 선전(深圳)의 시내버스에 … | 약 6만 톤을`)
        return earlier[-2]
    if len(earlier) > 1 and SCOPE_OF.match(sentence, AFTER_NAME.match(sentence, earlier[-1].end).end()):
        return earlier[-2]  # (so in a clause after it)
    if len(earlier) > 1 and (cause := _OF_CAUSE.match(sentence, after := AFTER_NAME.match(sentence, earlier[-1].end).end())
                             or _BY_CAUSE.match(sentence, after)) and cause.end() <= pos:
        # `장쑤성 투자 금액은 쑤저우·난징·창저우의 … 프로젝트가 몰리며 | 전년 대비 14.7% 늘었다`: the region qualifies
        # the subject of a clause on the way, or names a cause (`네팔 교역 회복에 힘입어 | 증가율이 27.3%로`); the
        # figure is the topic's
        # (or its subject: `허베이성이 장자커우(张家口) 클러스터 증설에 힘입어 | 14.7% 늘며`)
        # (not when the last is a topic of its own: `충칭의 상반기 수출은 … 줄었지만, 청두의 수출은 … 호조에 힘입어 8.1%`)
        topics = [r for r in earlier[:-1] if r.start < earlier[-1].start
                  and (_TOPIC_PHRASE.match(sentence, after := AFTER_NAME.match(sentence, r.end).end())
                       or _SUBJECT_PARTICLE.match(sentence, after))] \
            if not _TOPIC_PHRASE.match(sentence, AFTER_NAME.match(sentence, earlier[-1].end).end()) else []
        if topics:
            return topics[-1]
    # (the regions before the object, but one naming the object's place right before it: `닝보 가오신구를`)
    before_object = [r for r in earlier[:-1] if not (r.mark == "qualifies" and sentence[r.end:earlier[-1].start].isspace())]
    if before_object and (obj := _OBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, earlier[-1].end).end())) \
            and (_TOPIC_PARTICLE.match(sentence, after := AFTER_NAME.match(sentence, before_object[-1].end).end())
                 or _SUBJECT_PARTICLE.match(sentence, after) and _PASSING.match(sentence, obj.end())):
        # `광둥성은 … 베이징시를 앞섰지만 | 금액 기준으로는 587억 위안에 그쳐`: the topic's; so the subject's of a margin
        # (`광둥성이 장쑤성을 앞선 폭은 … 4,540 억 위안이었으나 | 올해는 3,540 억 위안으로`), and the topic's that joins
        # places (`닝보시는 … 위야오와 닝보 가오신구를 묶어 | … 1,500억 위안 이상으로 키운다는`)
        return before_object[-1]
    return earlier[-1] if earlier else None


# a place an event is held in, named in the words describing the event (`베이징에서 열리는 본선`)
_EVENT_AT = compiled(r"\s*에서\s+(?:열리|열린|개최되|개최된|진행되|진행된|치러지|치러진)")
# a place something was done in, in a clause of time before the main one (`서울에 첫 해외 대표처를 연 이후`, `… 설립한 뒤`)
_SINCE_THERE = compiled(rf"\s*에서?\s+(?:[^\s,.]+\s+){{0,4}}?\p{{Hangul}}*[{N_FINAL}]\s*(?:이후|후|뒤)(?!\p{{Hangul}})")
# a region naming the set a subject or a rank is within, not its holder (`광시의 교역 상대국 가운데`, `대만구 도시 가운데서는`,
# `신장위구르자치구의 육상 통상구 가운데 … 선두에`, `허페이의 4위 교역 상대국`)
SCOPE_OF = compiled(r"의?(?:(?:\s+[^\s,]+){0,3}?\s*(?:가운데(?:서|에서)?|중(?:에서)?)(?:는)?(?!\p{Hangul})"
                   # (or the market a share is held in: `닝하이는 … 연필깎이 중국 내수 시장에서는 점유율이 75%에`)
                   r"|(?:\s+[^\s,]+){0,2}?\s+\p{Hangul}*시장에서(?:는|도)?(?=\s+(?:\S+\s+)?(?:점유율|비중|점유))"
                   r"|\s+\d{1,2}\s*위\s+(?:\S+\s+)?(?:상대국|상대|파트너|투자국|수출국|수입국))")


# places described as a set, the subject of their clause (`5%에 못 미친 지역은`, `성·시·자치구는`), found by its nouns
# first; or a bound closing their description (`5조 위안 이상 지역은`), or a quoted name (`'1조 위안 클럽' 도시는`)
SET_NOUN = (r"(?:(?:(?:성|시|자치구|직할시|지역|도시|국가)\s*·\s*)+(?:성|시|자치구|직할시|지역|도시|국가)"
             r"|지역|곳|도시군|도시|성|나라|국가|권역)(?:은|는|이|가)(?!\p{Hangul})")
_SET_BOUND = r"(?:이상|이하|미만|초과)"  # a bound closing the words that describe a set


@cache
def _class_topic() -> regex.Pattern[str]:
    """A class a threshold bounds, made its clause's topic (`1 억 위안 이상 대형 투자는`)."""
    return compiled(rf"{_SET_BOUND}\s+(?:{cue('size_class').pattern})[\p{{Hangul}}\s]{{0,12}}?(?:은|는)(?=\s)")
# the level of the places in a set (`웃도는 성급 지역은`), and their count (`… 허난을 축으로 한 5 개 도시군은`)
_SET_LEVEL = r"(?:\p{Hangul}{1,3}급\s+)?(?:\d{1,3}\s*여?\s*개\s*)?"  # (`나머지 100여 개 국가·지역이`)
# (not one place, the region alone: `광둥성 한 곳이 … 14.5%를 차지했다`, `항저우 한 도시가`)
# (or the rest of them, `나머지 10 개 성·자치구는 각각 1 곳이`)
_SET_SUBJECT = compiled(rf"(?<=(?:[{N_FINAL}]|{_SET_BOUND}|['’]|(?<!\p{{Hangul}})나머지)\s+{_SET_LEVEL})(?<!(?<!\S)한\s+){SET_NOUN}")
# the leaders counted, as the subject (`상위 세 지역이 전체 공개 금액의 68%를`) or owning what is measured (`상위 6 개 지역의
# R&D 경비를 합하면`), and all those counted (`모두 7 개 지역이 3% 선을 웃돌았다`)
_TOP_SET = compiled(rf"(?:(?:상위|하위|모두|총)\s*(?:\d{{1,2}}\s*개|{NATIVE_COUNT})\s*|(?:\d{{1,2}}\s*개|{NATIVE_COUNT})\s*(?:주요|핵심)\s*)"
                   r"(?:지역|도시|곳|성|국가|나라)(?:이|가|은|는|의)\s"  # (or the main ones: `4개 주요 성의 비중은`)
                   # (or those counted, combined: `네 개 성을 합친 비중은 87.9%에 달했다`)
                   # (not one whose places are named right before the count, `광둥·저장·장쑤 세 성을 합하면`: those places' group)
                   rf"|(?<![\p{{Hangul}}·)]\s?)(?:\d{{1,2}}\s*개|{NATIVE_COUNT}\s*(?:개)?)\s*(?:지역|도시|곳|성|국가|나라)(?:을|를)\s*"
                   r"(?:합친|합하면|합해|더한|더하면)\s")
# a list of places closed by their count and going on past it (`적용 대상은 …, 네이멍구자치구(内蒙古自治区) 다섯 개 지역으로,
# 국경 무역 주민의 면세 한도를 …`), or where something is done in all of them (`…, 일본 5개국에서 해외창고 32곳을`): what
# follows is the set's (not one place's: `쑤저우(苏州) 한 곳에서만 33건이`)
_LIST_COUNTED_TO = compiled(rf"\s*(?:등\s*)?(?!(?:한|1)\s*곳){PLACES_COUNT}(?:(?:으로|로)\s*,|에서(?:는|도|만)?)\s")
# the places just named, taken together as the subject (`이들 4 개 도시가`, `이들 지역은`)
# (or where things are: `이들 5 개 도시에만 40 곳이 몰렸다`)
_THESE = compiled(r"(?<!\p{Hangul})이들\s*(?:\d{1,2}\s*개\s*|두\s*|세\s*|네\s*)?(?:도시|지역|곳|성|국가|나라)?"
                  r"(?:은|는|이|가|의|에만|에서만|에)\s"
                  # (or what stands under the set just named: `…, 간쑤, 닝샤이며, 그 아래에서 10 개 데이터센터 클러스터가`)
                  r"|(?<!\p{Hangul})(?:그|이)\s*(?:아래|밑|산하)(?:에서|에는|에)?\s")
# (`이들이` alone after one region's figure: its people or things, `… 유입은 150 만 명을 넘어섰고, 이들이 현지에서 쓴 돈은`)
_BARE_THESE = compiled(r"이들\s*(?:은|는|이|가|의)\s")
# the places a region holds, what happened there describing them (`전국에서 … 관측된 도시는`), or things picked from its
# own (`카이핑시 수전 기업 가운데 …`); a count closed by `으로,` (the places listed after it may be its list)
_SET_THERE = compiled(r"(?:\([^()]*\))?에서\s+(?:[^\s,.]+\s+){0,5}?[^\s,.]*(?:된|한|난|인)\s+(?:도시|지역|곳|성|현|마을)(?:은|는|이|가)\s")
_PICKED_FROM_OWN = compiled(r"(?:\([^()]*\))?(?:\s+[^\s,.\d]+){1,3}?\s+(?:가운데|중)(?:에서)?\s")
_COUNT_THEN = compiled(r"\d[\d,.]*\s*\p{Hangul}{0,2}?(?:으로|로)\s*,\s*")
# a figure inside the words that describe such a set (`5%에 못 미친 지역은`), not one the region becomes (`…이 됐다`)
_SET_DESCRIBED = compiled(rf"[^\s,]*(?:\s+[^\s,]+){{0,4}}?(?:[{N_FINAL}]|\s{_SET_BOUND})\s+{_SET_LEVEL}{SET_NOUN}"
                          r"(?!\s*(?:됐|되었|되며|되면서))")


# what the noun phrase a region opens is, as a cause (`네팔 교역 회복에 힘입어`, `… 수요 증가 덕분에`)
_BY_CAUSE = compiled(r"(?:에|의|에서)?(?:\s+[^\s,.]+){0,5}?\s*(?:에\s*힘입어|덕분에|덕에|의\s*영향으로|여파로)(?!\p{Hangul})"
                     # (or firms gathering there, the clause after told as its outcome: `청두(成都)에 위성 통신 단말 기업이
                     # 몰리면서 | 처음으로 1,000억 위안 이상을`)
                     r"|(?:\([^()]*\))?에(?:\s+[^\s,.]+){0,4}?\s+[^\s,.]*(?:기업|업체|회사|스타트업)들?(?:이|가)\s+"
                     r"(?:몰리면서|몰려들면서|몰리며|모이면서|집중되면서)(?!\p{Hangul})")


# a region qualifying firms (`중국 기업`, `한국 스타트업`)
ORIGIN_OF = compiled(r"\s+(?:및\s+해외\s+)?(?:청년|자본\s+기업)")  # (`홍콩·마카오 청년`, `마카오 자본 기업`)
# (`한국계 기업`, `중국 테크 기업`, a compound ending in one, `한국계 투자기업`)
FIRMS_AFTER = compiled(rf"계?\s+(?:(?!현지|국내|해외)[\p{{Hangul}}A-Z]{{1,5}}\s+)?\p{{Hangul}}{{0,4}}?(?:{FIRMS})(?!\p{{Hangul}}{{2}})")
# the firms located in a place, the subject (`상하이시 소재 기업이`; not firms of a nation's, `중국 배터리 기업이 해외에서`), or most
# of them (`제양시 업체 대부분이 … 공장이어서 | '규모 이상' 공업 기업은 410곳에`)
_FIRMS_SUBJECT = compiled(r"\s*(?P<in>소재\s*)?\p{Hangul}{0,4}?(?:기업|업체|회사|스타트업)들?(?:\s+(?:대부분|대다수|상당수|다수|절반))?"
                          r"(?:의(?:\s+\p{Hangul}+){1,2}?(?:은|는|이|가)|이|가)(?!\p{Hangul})")


# the subject a region qualifies, up to its particle (`중국 주방 소형가전 분야 스타트업의 투자 유치 건수는`), and a clause's
# topic opening it after a comma (`유치 총액은`)
_QUALIFIED_TOPIC = compiled(r"(?P<words>(?:\s*[^\s,.()]+){1,7}?)(?:은|는|이|가)(?!\p{Hangul})")
_CLAUSE_TOPIC = compiled(r"(?P<words>(?:[^\s,.()]+\s+){0,2}[^\s,.()]+?)(?:은|는)(?!\p{Hangul})")
_WHOLE_WORDS = frozenset(("전체", "전국", "국내", "해외", "전"))


def same_measure_after(sentence: str, region: ProseRegion, pos: int) -> bool:
    """Whether the clause holding `pos`, after a comma, opens with a topic that shares a noun with the subject `region`
    qualifies: the same subject's other measure (`중국 … 스타트업의 투자 유치 건수는 43건으로 전년보다 7건 줄었지만, 유치
    총액은 약 26억 위안으로`), not a whole's (`…, 전체 수출은`).

    >>> s = "2024년 중국 스타트업의 투자 유치 건수는 43건으로 줄었지만, 유치 총액은 26억 위안으로 늘었다."
    >>> r = ProseRegion(6, 8, "중국", "中国", True, "qualifies")
    >>> same_measure_after(s, r, s.index("26억")), same_measure_after(s, r, s.index("43건"))
    (True, False)
    >>> s = "전국 양말 기업의 영업수입은 1,037억 위안으로 늘었고, 이윤총액은 52억 위안으로 줄었다."
    >>> same_measure_after(s, ProseRegion(0, 2, "전국", "全国", True, "qualifies"), s.index("52억"))
    True
    >>> s = "광둥성 기업의 수출은 5억 달러로 늘었고, 전체 수출은 9억 달러였다."
    >>> same_measure_after(s, ProseRegion(0, 3, "광둥성", "广东", True, "qualifies"), s.index("9억"))
    False
    """
    subject = _QUALIFIED_TOPIC.match(sentence, AFTER_NAME.match(sentence, region.end).end())
    comma = sentence.rfind(", ", region.end, pos)
    if subject is None or comma < subject.end():
        return False
    topic = _CLAUSE_TOPIC.match(sentence, comma + 2)
    if topic is None or topic.end() > pos:
        return False

    def nouns(text: str) -> set[str]:
        return {w.removesuffix("의") for w in text.split()}

    shared, said = nouns(subject["words"]), nouns(topic["words"])
    # (or a measure named alone: `전국 … 양말 기업의 영업수입은 1,037억 위안으로 2.1% 늘었고, 이윤총액은 52억 위안으로`)
    return not said & _WHOLE_WORDS and (any(len(w) > 1 for w in shared & said)
                                        or len(said) == 1 and measure_word().fullmatch(next(iter(said))) is not None)


def _firms_subject(sentence: str, region: ProseRegion) -> bool:
    """Whether the firms of a place, or their measure, are the subject after it: located there (`상하이시 소재 기업이`),
    or of a place in a country, not of the country (`상하이 기업이 약 24억 위안을 유치해`, `광둥성 기업의 유치 총액은 11억
    위안을 넘어 | 전체의 40%를`; `중국 배터리 기업이` act anywhere)."""
    m = _FIRMS_SUBJECT.match(sentence, AFTER_NAME.match(sentence, region.end).end())
    return bool(m) and (bool(m["in"]) or not is_nation(region.zh))
# a particle right after a region, its own (`베트남이`, `싱가포르에`), not a later noun's
_OWN_PARTICLE = compiled(r"(?:\s*(?:증시|증권거래소|거래소))?(?:이|가|은|는|에서는|에는|에서|에)(?!\p{Hangul})")  # (`홍콩 증시에`)
_OBJECT_PARTICLE = compiled(r"(?:을|를)(?!\p{Hangul})")
_BLANKS = compiled(r"\s*")
_LISTED_OBJECT = compiled(r"(?:와|과|·|,)\s*\p{Hangul}{1,8}(?:\([^()]*\))?(?:을|를)(?!\p{Hangul})")  # (`허페이와 우후를`)
_OBJECT_ASIDE = compiled(r"\(\s*\d[^()]*\)\s*(?:을|를)(?!\p{Hangul})")  # (`광둥성(4.6%)을`)
_SUBJECT_PARTICLE = compiled(r"(?:\([^)]*\))?(?:이|가)(?!\p{Hangul})")
_PASSING = compiled(r"\s+앞(?:서|섰|선)")  # (the verb right after the object: `장쑤성을 앞선 폭은`)


# a place made the topic (`구이안신구에는 … 24곳이 들어서 있으며, | 서버 수용 능력은 … 250만 대를`, `홍콩 증시에서는
# … 중국 기술기업의 … 620억 홍콩달러가`): it goes on, and a region qualifying a noun later does not take over
_AT_TOPIC = compiled(r"(?:\s+[^\s,]+?){0,2}?(?:에서|에)는(?!\p{Hangul})")
# what took place in a region made the subject (`선전에서 이뤄진 벤처투자는`), or what is kept there (`츠시시에 등록된 기업은`,
# `닝진현에서 피트니스기구를 만드는 기업은`; not a firm based there, `광저우에 본사를 둔 이항(亿航)은`):
# the place's own measure, which goes on past the clause (`… 12.4% 감소했고, | 올해 상반기에도 -3.5%를`; `… 1만 개를
# 넘으며, | 이 가운데 규모 이상 기업은 1,036개사다`); not an event held there (`베이징에서 열린 박람회는`); at its market too
# (`이우 시장에서 거래된 신발주걱은 1억 2,000만 개로 … 늘었고, | 평균 거래가는 개당 1.9위안이었다`)
_DONE_AT = compiled(rf"(?:\s*(?:도매시장|시장|상가|거래소))?(?:에서|에)\s+(?:(?!(?:본사|본부|거점|공장|사무소|지사|법인|연구소|센터)(?:을|를))[^\s,.]+(?:을|를)\s+"
                    r"(?:\p{Hangul}+(?:아|어|해|여)\s+)?)?"  # (a deed on the way: `전국에서 보조금을 받아 판매된 … 변기커버는`)
                    rf"(?!열린|개최된|진행된|치러진|펼쳐진)\p{{Hangul}}*[{N_FINAL}]\s+"
                    rf"(?:[^\s,.]+\s+){{0,3}}[^\s,.]+?(?:은|는|이|가)"
                    r"(?!\p{Hangul})")


def _located_topic(sentence: str, r: ProseRegion) -> bool:
    return bool(_AT_TOPIC.match(sentence, AFTER_NAME.match(sentence, r.end).end()))


# a region's whole: `광둥성 전체`, or a total of it given in brackets (`우한시 GDP(2조 2,150억 위안)의 14.2%`)
_WHOLE = compiled(r"\s*(?:전체|(?:\s*[^\s()]{1,6})?\s*\([^()]*\d[^()]*\)\s*의\s)")


_OF_WHOLE = compiled(r"(?:전체|전국)[^,]*?의\s*$")


def share_of_whole(sentence: str, clause: str, c_off: int, start: int) -> bool:
    """Whether the figure at `start` of its clause is a share of a whole (`전체 건수의 78%`)."""
    return bool(_OF_WHOLE.search(clause, 0, start))


# (or the region's own share: `상하이시의 비중이 27%`, `상하이시 기업의 비중이`, `이 가운데 허페이시 비중이 31.2%에`; the one place
# taking it, `저장성 한 곳이 차지하는 비중은`)
_SUBJECT_AFTER = compiled(r"(?:\s*한\s*곳)?(?:이|가|은|는)(?!\p{Hangul})|(?:\s+\p{Hangul}{1,4})?의\s+(?:비중|점유율|비율|몫)"
                          r"|\s+(?:비중|점유율|비율|몫)(?:이|가|은|는)(?!\p{Hangul})")


# a name with no particle opening an item of a list, right before the item's figure: `…, 성남 2 개 사`
_ITEM_BEFORE = compiled(r"(?:[,·、]|과|와|및)\s*\p{Hangul}{2,6}\s*$")


def unknown_item(clause: str, start: int, unit: str, nearest: ProseRegion, figures: list[dict]) -> bool:
    """Whether a figure is the item of a name the gazetteer does not know, in a list of names each
    followed by a figure of the same unit (`서울 5 개 사, 성남 2 개 사`): it is not the figure of
    the region the list named before."""
    last = figures[-1] if figures else None
    return (nearest.mark == "figure" and last is not None and last["region"] is nearest
            and last["amount"].unit == unit and bool(_ITEM_BEFORE.search(clause, last["end"], start)))


_FIGURE_RIGHT_AFTER = compiled(r"\s*(?:각\s*)?\(?\s*")


def owns_only_the_next(sentence: str, nearest: ProseRegion, pos: int) -> bool:
    """Whether a region a figure follows (`자딩구 3개 구를`) is not the owner of a figure further on
    (`상하이는 푸둥신구·민항구·자딩구 3개 구를 축으로 … 500억 위안`): it owns the figure right after it only."""
    return nearest.mark == "figure" and not _FIGURE_RIGHT_AFTER.fullmatch(
        sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos)


_LEADS_ON = compiled(r"[^,.]*(?:면서|며)\s*$")  # (a clause the next one goes on from: `… 3 만 곳을 넘어서면서`)


def next_clause_topic(sentence: str, clause: str, c_off: int, end: int, following: list[ProseRegion]) -> ProseRegion | None:
    """The region opening the next clause as its topic (`선전시는`), when the clause of a figure ending at `end`
    names none and leads on to it (`… 하이테크기업이 3 만 곳을 넘어서면서 | 선전시는 …`); None otherwise."""
    after = c_off + len(clause)
    if not following or following[0].start < after or sentence[after:following[0].start].strip() \
            or not _LEADS_ON.match(clause, end):
        return None
    return following[0] if _TOPIC_PARTICLE.match(sentence, AFTER_NAME.match(sentence, following[0].end).end()) else None
