"""One clause's figures, each with the region it is about → `typed.prose_figures`.

`clause_to_figures` finds the amounts of a clause (`typed.prose_owners.amounts_in`) and gives each the region it
describes: the nearest subject before it, a region its figure stands in brackets after, the places of a list the figure
is spread over or that passed a mark, a set of places counted or named before; or none, where the amount counts the
text's own items, a band of ranks, a noun a region only qualifies, a partner, a level compared with, a mark approached or
described, or a benchmark; whether an amount is a gap between regions, and whose, is `typed.clause_gaps`'s. What a
sentence carries from clause to clause (topics, ranks, years, pending lists) is `typed.prose_figures`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.places import place_suffixes
from kic_extract.scripts import N_FINAL
from kic_extract.typed.cells import count_units, is_round, marks_no_figure, units
from kic_extract.typed.prose_joins import (
    CLAUSE_JOINED,
    bracket_owner,
    counts_one_each,
    holder_of_list,
    joined_before,
    list_counted,
    listed_right_before,
)
from kic_extract.typed.prose_lists import (
    LISTED_AMOUNTS,
    OWNED_AMOUNTS,
    club_members,
    joins_club,
    listed_before,
    passing_set,
    places_described,
    set_counted_before,
    set_listed_before,
    spread_over_list,
    these_all,
    verb_after,
    without_each,
)
from kic_extract.typed.prose_order import (
    PLACE_TOPIC,
    SUBJECT_PARTICLE,
)
from kic_extract.typed.own_counts import counts_own_items
from kic_extract.typed.clause_amounts import amounts_in, gathered_before, gathered_in
from kic_extract.typed.prose_owners import (
    OF_BEFORE,
    PASSED_LEVEL,
    RAISING,
    next_clause_topic,
    owns_only_the_next,
    subject_of,
    unknown_item,
)
from kic_extract.typed.prose_ranks import first_place, recalled_level
from kic_extract.typed.count_closes import PICKED_FROM
from kic_extract.typed.figure_cues import cue, measure_nouns
from kic_extract.typed.clause_gaps import BY_VERB, OBJECT, SPACE, THAN, WAS_AFTER, exceeded_by, gap_and_its_owner
from kic_extract.typed.prose_regions import ProseRegion, in_quoted_name, scope_of_first
from kic_extract.typed.region_marks import AFTER_NAME, FIRMS_OF_CLASS, ONLY_THERE
from kic_extract.typed.prose_region_sets import PART_SIZE, in_aside, is_whole_of_share, whole_of_set_share
from kic_extract.typed.stated_ranks import LEAST, rank_before

DIGIT_AHEAD = compiled(r"\d")





# a count picked from a set (`… 가운데 7곳을 대표 사례로 꼽았다`, `… 중 10개를 선정했다`)
_AMONG_BEFORE = compiled(r"(?:가운데|중에서|중)\s*$")
_PICKED_OUT = compiled(r"\s*(?:을|를)\s+(?:[^\s,.]+\s+){0,3}?(?:꼽|골라|골랐|뽑|선정|선별|추려|추렸|소개)")
_OF_ONE = compiled(r"의\s")  # (after a count of one: `1대의 연간 운영비`)
_PER_EACH = compiled(r"\s*마다(?!\p{Hangul})")  # (the base of a rate: `1,000kWh 마다`)

# a word naming a share, a little before its rate (`차지하는 비중은 60%`)
_LEVEL_THEN = compiled(r"\s*(?:으로|로)\s*")  # (a level, then how much it changed: `23.6%로 0.6%p 높아졌다`)
# (or the nation a share is taken against: `… 57.3%로, 전국 대비로도 22.1%에 이르렀다`)
_SHARE_WORD = compiled(r"(?:비중|점유율|비율)\S*\s+(?:\S+\s+)?$|(?<!\p{Hangul})(?:전국|전체)\s*대비(?:로는|로도|로|는|도)?\s+$")
_OF_PART_SIZE = compiled(rf"의\s*{PART_SIZE}$")  # (a share told by the size of the part first: `매출의 절반이 넘는 64.5%`)

# a figure qualifying the word after it (`5.3% 성장한 장쑤성은`): a verb's adnominal ending, then the noun
# (`… 기록한 2위 장쑤성을`, `'7% 이상'을 내건 시짱자치구였다`)
# (the figure's noun between, too: `2.3% 성장에 그친 헤이룽장성은`; or the rank it gave: `14조 9,460억 위안으로 2위를 기록한
# 장쑤성은`)
_ADNOMINAL = compiled(rf"\s*(?:이|가)\s+(?:모여|몰려|밀집해|입주해)\s*있는\s+"  # (`기업 3,000여 곳이 모여 있는 저장성 이우시는`)
                      rf"|\s*[’'”\"」』]?(?:(?:\s?\p{{Hangul}}{{1,4}}?|의\s+\p{{Hangul}}{{1,4}}?)?(?:에|으로|로|을|를)\s+"
                      rf"(?:\d{{1,2}}\s*위(?:(?:를|을)\s+)?)?)?(?:\p{{Hangul}}{{1,3}}[{N_FINAL}]|(?<=\p{{Hangul}})[{N_FINAL}]|(?![은는])[{N_FINAL}])\s+(?:\d{{1,2}}\s*위\s+)?")
# (a verb's describing ending, its stem perhaps read with the figure, `40%를 웃도는 저장성은`; not a topic particle right
# after the figure's bracket: `늘어난 수(52 곳)는 베이징(31 곳)보다`)
_BARE_AFTER = compiled(r"\s+(?:\d{1,2}\s*위\s+)?")
# a bound read with its verb closing a clause, which describes no place after it (`일본은 80%를 넘고 | 한국도 60% 안팎에`)
_CONNECTIVE_END = compiled(r"(?:고|며|면서|어|서|으나|지만|는데)$")
_VERB_READ = compiled(rf"(?:을|를)\s*\p{{Hangul}}*[{N_FINAL}]$")  # (`1,000억 위안을 넘어선`; not `3% 미만`)


def _adnominal_after(clause: str, at: int, amount) -> regex.Match[str] | None:
    """The verb ending after a figure at `at` that makes it describe the word after (`5.3% 성장한 `), or only the
    space, when the figure was read with its own (`1,000억 위안을 넘어선`: then `단지는` is a noun, not a verb)."""
    return (_BARE_AFTER if _VERB_READ.search(amount.raw) else _ADNOMINAL).match(clause, at)


_OBJECT_OR_BASE = compiled(OBJECT.pattern + r"|(?:\([^()]*\))?(?:보다|에\s*비해)")  # (or what it is compared with)
# a place described, then named by the copula (`… 거느린 곳은 선전시였다`; not a list, `… 넘어선 지역은 베이징시, 상하이시, …`)
_COPULA_WORDS = r"이었|였|이다|이며|이고"
_PLACE_NAMED, _COPULA_AFTER = compiled(rf"\s{PLACE_TOPIC.pattern}\s*$"), compiled(rf"\s*(?:{_COPULA_WORDS})")
_NATIVE_SUBJECT = compiled(r"(?:의?(?:\s+\p{Hangul}{1,3}){0,2}(?:이|가|은|는|에)"  # (`베이징이 두 곳을`, `상하이 소재 기업이 세 곳`)
                           # (or what the place has, the place its topic: `광둥성에는 … 하는 산업단지가 다섯 곳 있는데`, `광둥성에서는 2024년
                           # … 산업단지가 세 곳 지정됐다`)
                           # (or its noun bare before the count, newly come: `이펑현에는 2024년에만 이쑤시개 공장 일곱 곳이 새로 들어섰다`)
                           # (or where things are, what they are its topic: `이우에서 … 공정을 갖춘 공장은 세 곳뿐이다`)
                           # (or the area named by it: `카스(喀什) 지역에서는 2025년 들어 세 곳의 … 센터가 새로 문을 열었다`)
                           r"|(?:\s*(?:지역|일대|일원))?(?:에는|에도|에만|에서는|에서도)\s+(?:[^\s,.]+\s+){0,8}?\p{Hangul}{1,6}['’\"”]?(?:이|가|만|도)?"
                           r"|에서\s+(?:[^\s,.]+\s+){0,8}?\p{Hangul}{1,6}(?:은|는)"
                           # (or what its topic has, counted in a series over years: `진윈현은 금속문구 공장이 2020년 스무 곳에서
                           # 2024년 열두 곳으로`)
                           r"|(?:은|는)\s+(?:[^\s,.]+\s+){0,3}?\p{Hangul}{1,8}(?:이|가)\s+(?:19|20)\d{2}\s*년(?:\s+[^,.]{1,20}?(?:19|20)\d{2}\s*년)?"
                           # (or what it has, several words naming it: `창난현의 국가급 녹색인쇄 시범기업은 세 곳이다`, `청하이의 크레용
                           # 공장도 스물두 곳으로`, counted in a series over years, `진셴현의 크레파스 공장은 2021년 열두 곳에서 2025년 서른한 곳으로`)
                           # (not the whole country's, `전국의 … 시범도시는 열네 곳으로`)
                           # (the words perhaps quoted: `닝하이현의 국가급 '제조업 단일품목 챔피언' 기업도 네 곳에`)
                           r"|(?<!전국)의(?:\s+['‘\"“]?\p{Hangul}{1,6}['’\"”]?){1,5}(?:은|는|도)(?:\s+(?:19|20)\d{2}\s*년\s+[^,.]{1,20}?(?:에서|부터))?"
                           # (or what is within it: `황옌구 안의 원예용품 전문 산업단지는 세 곳이다`, `더칭현 내 피아노 특색 산업단지를
                           # 세 곳으로 늘리고`)
                           r"|\s+(?:안|내)의?\s+(?:[^\s,.]+\s+){0,3}?\p{Hangul}{1,8}(?:은|는|이|가|을|를)"
                           # (or what the topic holds, its object: `저장성은 국가급 문구 산업기지를 세 곳 보유해`)
                           r"|(?:은|는|이|가)\s+(?:[^\s,.]+\s+){0,4}?\p{Hangul}{1,8}(?:을|를)"
                           # (or a part of what the place's subject counts, in its sentence: `닝하이의 문구 기업은 2,100곳
                           # 남짓이며, 이 가운데 … 전문 업체만 일흔 곳에`)
                           r"|의?(?:\s+\p{Hangul}{1,6}){0,2}(?:은|는|이|가)\s+[^.]{1,40}?,\s*(?:이|그)\s*(?:가운데|중)\s+"
                           r"(?:[^\s,.]+\s+){0,4}?\p{Hangul}{1,8}(?:은|는|이|가|만))\s+"
                           # (the year it is to be by between: `닝하이는 이를 2027년까지 다섯 곳으로`)
                           r"(?:(?:19|20)\d{2}\s*년(?:까지|에는|엔)?\s+)?(?:각각\s+)?")
# (or the topic's, several words on, what it builds or how many it grew from and to: `후저우시는 … 산업단지 한 곳을 새로
# 짓는다`, `선전은 … 설치 구역을 다섯 곳에서 열두 곳으로 늘렸다`)
_TOPIC_FAR = compiled(r"(?:은|는)(?:\s+[^\s,.]+){1,8}?\s+")
_BUILT_OR_CHANGED = compiled(r"\s*(?:을\s+새로|에서\s|(?:으로|로)\s+(?:늘|확대|줄|감소))")
_OF_NEXT, _CLOSES = compiled(r"\s*의\s+"), compiled(rf"\s*(?:{_COPULA_WORDS}|[,.]|$)")  # (… 위안의 허난성이었다)
_LEAST_PLACE = compiled(rf"가장\s*{LEAST}은\s+(?:곳|지역|도시|성)(?:은|는)\s")  # (the place a set's least is in)


def _named_closing(sentence: str, named: list[ProseRegion]) -> ProseRegion | None:
    """The region of `named` (one, or a province and the city it holds right after it) that closes its part of the
    sentence, with the copula, a comma or the end (`… 허난성이었다`, `… 푸젠성 젠어우시(建瓯市)였다`)."""
    if len(named) > 1 and sentence[AFTER_NAME.match(sentence, named[0].end).end():named[1].start].isspace():
        named = named[1:]
    return named[0] if _CLOSES.match(sentence, AFTER_NAME.match(sentence, named[0].end).end()) else None
_OBJECT_BEFORE = compiled(r"(?:평균|목표|목표치|전망치|예상치|전년|지난해)(?:을|를)\s+$")  # (what a figure is from: `평균을 1.1%p 밑돌았다`)
# a region another closes in on or falls short of (`선전(深圳)에 바짝 다가섰다`, `… 광둥성에 못 미쳤다`)
_APPROACHED = compiled(r"에\s*(?:바짝\s*|크게\s*|다소\s*|소폭\s*|한층\s*)?(?:다가|근접|육박|못\s*미|미치지|뒤지|뒤졌|뒤진|뒤처)")
# a mark a level just given closes in on (`상하이(9,847억 위안)와 베이징(9,015억 위안)이 나란히 1조 위안에 바짝 다가섰다`)
_MARK_APPROACHED = compiled(r"\s*에\s*(?:바짝\s*|성큼\s*|한층\s*|사상\s*처음\s*)?(?:다가|근접|접근|육박)")
# every place of a kind, given so many each (`모든 현급 행정구역에`, `각 성마다`)
_EVERY_PLACE = compiled(r"(?:모든|각)\s+(?:[^\s,.]+\s+)?(?:\p{Hangul}+\s*)?(?:행정구역|지역|도시|성|시|현|구|향|진|마을|휴게소|단지)"
                        r"(?:에|마다|별로)\s")
# a number's name glossed right after it (`창정 12호(长征十二号)`)
_GLOSS_AFTER = compiled(r"\(\p{Han}[\p{Han}\d]*\)")
_NAME_GLOSSED_BEFORE = compiled(r"\p{Hangul}+\(\p{Han}+\)\s*$")
_WAS_RECORDED = compiled(r"(?:을|를)\s+(?:기록|달성|올린|낸)")  # (a level the place reached: `… 위안을 기록한 상하이시에서`)
# a list closed by its count (`… 우루과이 등 남미 5개국`)
_PLACES_COUNTED_AFTER = compiled(r"\s*\d{1,3}\s*(?:개국|개\s*(?:도시|지역|성|국|나라)|곳)")
_CLOSED_BY_COUNT = compiled(rf"\s*등\s+(?:\p{{Hangul}}{{1,4}}\s+)?{_PLACES_COUNTED_AFTER.pattern}")
# a clause opening with each of a kind as its topic (`각 분센터는`, `각 기업은`)
_EACH_TOPIC = compiled(r"\s*각\s+\p{Hangul}{2,}(?:은|는|이|가|마다)\s")
# (not a level the place held before: `지난해 연간 실적인 688억 위안에 바짝 다가섰다`)
_DESCRIBED_BEFORE = compiled(r"\p{Hangul}(?:인|의|던)\s+$")
_PERIOD_OF_BEFORE = compiled(r"(?<!\S)(?:\d\s*분기|[상하]반기|전년(?:\s*동기)?|지난해|작년|전월|(?:직)?전\s*분기|(?:19|20)\d{2}\s*년)의\s+$")
# an amount passed by a verb right after it (`2,340 만 달러를 크게 웃돌았다`), and a measure named right before it (`수출 `,
# data/measure_nouns.txt, or a trade flow by its verb noun: `대중국 수출`)
_OWN_MEASURE_PASSED = compiled(r"[^을를]+(?:을|를)\s*(?:크게\s*|훨씬\s*|소폭\s*|다소\s*)?(?:웃돌|웃도|밑돌|밑도|상회|하회)")
_MEASURE_NAMED_BEFORE = compiled(rf"(?<!\p{{Hangul}})(?:{measure_nouns()}|수출|수입)\s+$")
# the average of a set of places (`조사 대상 도시 평균(`) and a radius (`반경 `), right before an amount
_SET_AVERAGE_BEFORE = compiled(r"(?<!\p{Hangul})(?:도시|지역|국가|나라)\s*평균\s*\(\s*$")
_RADIUS_BEFORE = compiled(r"(?:반경|반지름)\s*$")
# a mark held by others, right before a figure a region passed or fell short of (`업계가 손익분기점으로 보는 65%를`)
_BENCHMARK_BEFORE = compiled(r"(?:으로|로)\s+(?:보는|여기는|삼는|꼽는|잡는)\s+$")
_ANY_OBJECT_BEFORE = compiled(r"\p{Hangul}(?:\([^()]*\))?(?:을|를)\s+$")


@cache
def _places_counted() -> regex.Pattern[str]:
    # (or zones by their generic word, data/place_suffixes.tsv: `광시좡족자치구 3 개 고신구의 입주 기업은`)
    zones = "|".join(longest_first(x.ko for x in place_suffixes() if len(x.ko) > 1))
    # (a kind of city or region too: `46개 중점도시를 넘어`; the main ones, `4개 주요 성의 비중은`; production areas, `닝보 5 개
    # 산지의 … 증가율은`)
    return compiled(rf"\s*(?:(?:주요|핵심)\s*)?(?:{zones}|\p{{Hangul}}{{0,2}}(?:도시|지역|산지)|특별행정구|자치구|직할시|성급|성|시|구|현)"
                    rf"(?:(?:이|가|은|는|의|도|에|을|를|와|과|로)?(?!\p{{Hangul}}))")


# places a region put on a list or ranking, its count of them its figure (`광둥성은 톱20에 5개 도시, 즉 선전, …, 주하이를
# 올렸고`, `장쑤성은 3개 도시를 올렸다`; not places that made it themselves: `7개 도시, 즉 허페이·…가 이름을 올렸다`)
_PUT_ON_LIST = compiled(r"\s*(?:도시|지역|곳)?(?:,\s*즉\s+(?:[^\s.,·]+[,·]\s*)*[^\s.,·]+?)?(?:을|를)\s+(?:[^\s.]+\s+)?"
                        r"(?:올렸|올려|올린)"
                        # (or designated as something: `가오미를 비롯해 다섯 개 도시가 국가급 … 산업기지로 지정됐다`)
                        r"|\s*(?:도시|지역)(?:이|가)\s+(?:[^\s.,]+\s+){0,4}?[^\s.,]*(?:로|으로)\s+(?:새로\s+)?(?:지정|선정)")
_DEFINES = compiled(r"\s+\p{Hangul}[^()]{0,20}\)")  # the rest of a bracket after an amount, naming what it bounds
_ONE_UNIT_IS = compiled(r"\(\s*1\s*\p{Hangul}{1,4}\s*(?:은|는|=)\s*(?:약\s*)?$")  # (`(1무는 약 ` before a conversion)
_BOUND_NOUN_END = compiled(r"\s*(?:미만|이상|이하|초과)$")  # (a bound written as a noun after the amount: `30% 미만`)
# a rate the clause's subject is above or below (`광둥성의 4.6%를 웃돌았다`)
_RATE_PASSED = compiled(rf"[\d.,]+\s*%(?:을|를)\s+(?:{BY_VERB.pattern})")
_OWN_TOPIC_BEFORE, _OBJECT_THEN = compiled(r"\p{Hangul}(?:\([^()]*\))?(?:은|는|이|가)\s+$"), compiled(r"(?:을|를)\s")
_OF_CLASS = compiled(r"\s*(?:의\s+)?")  # (what may stand between a threshold and the class it bounds)
@cache
def _world_average() -> regex.Pattern[str]:
    """The average of the world (data/figure_cues.tsv, `world`), of an industry or of the developed countries right
    before an amount, bracketed or not (`세계 평균(약 5.5kg)`, `글로벌 평균인 3%`, `업계 평균 4.2%`)."""
    return compiled(rf"(?<!\p{{Hangul}})(?:{cue('world').pattern}|업계|선진국)\s*(?:\p{{Hangul}}{{1,6}}\s+)?평균(?:치)?(?:인|은|는|이)?"
                    r"\s*\(?\s*(?:약\s*)?$")
# (the firms themselves, perhaps with a particle, not `기업가치`)


def _counts_list(sentence: str, regions: list, nearest, pos: int, amount, end: int) -> bool:
    """Whether a figure right after a list of regions is their number (`베이징·상하이·웨강아오대만구 3 대 …`), or a
    band's size before the noun it counts (`5 대 시범 도시군(징진지, 상하이, …)에 대한`: the big five, no vehicles);
    `end` where the figure ends in the sentence."""
    if amount.value < 100 and amount.raw.rstrip("대 ").isdigit() and _BAND_NOUN.match(sentence, end):
        return True
    listed = listed_right_before(sentence, regions, nearest, pos)
    return bool(listed) and amount.value == len(listed) + 1


# a noun right after a count in `대` (`5 대 시범 도시군`), not a word qualifying the count or a verb (`5 대 가량`)
_BAND_NOUN = compiled(r"\s*(?<=\s)(?!가량|이상|안팎|수준|규모|미만|이하|내외|정도|남짓|늘|줄|증가|감소|판매|팔|생산|보급)\p{Hangul}+"
                      r"(?:\s+\p{Hangul}+)?(?:\(|(?:가운데|중|에|의|은|는|이|가|을|를)?\s)")




def _nation_whole(sentence: str, region: ProseRegion) -> bool:
    """Whether a region named in the sentence is the nation a share is of (`전국의 23.1%에 해당하는`, `전국 대비 비중`)."""
    return region.zh == "中国" and region.end > region.start and is_whole_of_share(sentence, region)
# the unit a figure is per, written right before it (`kWh당 0.28위안`, `주당 6,500편`)
_PER_BEFORE = compiled(r"(?<![\p{Hangul}A-Za-z])(?P<per>[A-Za-z]{1,4}|\p{Hangul}{1,2}|[㎡㎢]|km²)당\s*$")  # (`㎡당 1만 144위안`)
# (a number of the unit a figure is per, but one: `10만 명당`, not `1인당`)
_NUMBER_BEFORE = compiled(r"(?:(?<![\d.,])[02-9]|\d[\d,.]+|\d\s*[만천백억])\s*(?:[만천백억]\s*)?$")
# a fall named before its rate (`미국은 감소 폭이 12.8%에 달했다`, `감소율은 3%`, `감소 폭은 윈난성(云南省)이 9.8%로
# 가장 컸다`, `낙폭은 톈진(天津)이 18.2%로`); a level a fall reaches, not the fall (`비중은 11.2%로 떨어지며`, `목표를 4% 안팎으로 낮췄는데`)
# (each of the rates listed after it too: `감소율이 각각 9.8%, 12.3%에 머물렀다`)
_FALL_NAMED = compiled(r"(?:(?:감소|하락|축소)\s*(?:폭|율|률)|낙폭)(?:(?:이|은|는|도)?\s*|(?:은|는)\s+[^\d%,.]{1,40}?(?:이|가)\s+)"
                       r"(?:각각\s*)?(?:\d[\d,.]*\s*%\s*(?:,|와|과)\s*)*$")
_WIDER = compiled(r"(?:더\s*)?(?:컸|큰|크다|크고|커)")
_MARK_SIDE = compiled(r"(?:아래로|밑으로|위로\s*올라)$")  # (`1% 선 아래로 내려갔다`: a level under the mark, no fall by it)
_PASSED_IN_TURN = compiled(r"(?<!\S)(?:차례로|잇달아|잇따라|연이어|순차적으로)\s")  # (in the words of its bound)
_ASIDE_OPENS = compiled(r"\s*\(\s*")  # (a figure's aside, another figure: `90억 위안(15.7%)`)
_ASIDE_CLOSES = compiled(r"\s*\)")
_TO_LEVEL = compiled(r"\s*(?:안팎|가량|정도|수준|내외)?\s*(?:으로|로)(?!\p{Hangul})")


def _alone_in_brackets(clause: str, start: int, end: int) -> bool:
    """Whether the amount at `start`:`end` stands alone in brackets (`마이너스 성장(-0.6%)을`).

    >>> _alone_in_brackets("성장(-0.6%)을", 3, 8), _alone_in_brackets("환율(1달러=7.18위안)로", 8, 14)
    (True, False)
    """
    return clause[start - 1:start] == "(" and clause.startswith(")", end)


# a region a rank or a prize goes to (`2위 자리는 7.1%를 기록한 시셴신구(西咸新区)에 돌아갔다`)
_WENT_TO = compiled(r"에(?:게)?\s*(?:돌아가|돌아갔|돌아간)")


def _set_against(sentence: str, region: ProseRegion) -> bool:
    """Whether a region is what its clause acts on or measures by, so that a figure describing it before its name is its
    own (`3조 4,980억 위안에 그친 광둥성을 제치고`, `6.5% 늘어난 충칭시(…)보다`, `1 조 4,210 억 위안을 기록한 선전(深圳)에 바짝
    다가섰다`), or what a rank goes to (`2위 자리는 7.1%를 기록한 시셴신구에 돌아갔다`)."""
    after = AFTER_NAME.match(sentence, region.end).end()
    return region.mark in ("other", "figure") and bool(_OBJECT_OR_BASE.match(sentence, after)) \
        or region.mark == "located" and bool(_APPROACHED.match(sentence, after) or _WENT_TO.match(sentence, after))


def figure_for(amount, region: ProseRegion, start: int, end: int) -> dict:
    """A figure of `region`, at `start`–`end` of its clause, no gap and unranked as yet."""
    return {"amount": amount, "region": region, "start": start, "end": end, "gap": False, "rank": None}


# (`… 건에 그친 `, `… 위안을 기록한 `, `… 34.6%인 `; not a noun and its topic particle, `… 위안으로 규모는 `)
# (or a change right after it: `6.5% 증가한 `)
_DESCRIBING = compiled(rf"\s*(?:(?:(?:에|으로|로|을|를)\s+|(?<=[\d%]\s*))\p{{Hangul}}{{0,3}}(?![은는])[{N_FINAL}]|인)\s+")


def _place_taking_share(sentence: str, regions: list[ProseRegion], c_off: int, clause: str, end: int) -> ProseRegion | None:
    """The place below the nation named after a share of the nation's whole (or the nation after a share of the world's),
    in its clause, with the verb that makes the share its own (`… 가공량의 40% 이상이 칭허현을 거친다`, `중국 전체 수출의
    55.8%가 후난성에서 나간 셈이다`)."""
    # (the nation too, of the world's whole: `전 세계에서 판매된 … 헬멧의 약 70%가 중국에서 생산된`)
    world = _WORLD_WHOLE.search(clause, 0, end) is not None
    # (the place perhaps located by another before it: `… 71.3%는 취저우시(衢州市) 산하 장산시 한 곳에서 나왔다`)
    return next((r for r in regions if c_off + end <= r.start < c_off + len(clause) and (r.zh != "中国" or world)
                 and _TAKES_SHARE.match(sentence, AFTER_NAME.match(sentence, r.end).end())), None)


# a level, then a past year or period right before the figure it fell short of (`64곳으로, 2024년 상반기 ` | `71곳에 못 미치며`)
_LEVEL_THEN_PERIOD = compiled(r"\s*(?:으로|로)\s*,?\s*(?:(?:19|20)\d{2}\s*년|전년|지난해|작년)"
                              r"(?:\s*(?:[상하]반기|[1-4]\s*분기|같은\s*기간|동기))?\s*(?:의\s*)?")
_SHORT_OF = compiled(r"\s*(?:에|을|를)?\s*(?:못\s*미치|밑돌)")
# the rest of words describing the place right after them, a figure in them (`명에 이르는 것으로 집계된 ` | `중국에서`)
# (a verb's past adnominal: not `는`, which may be a topic's particle, `… 허브 가운데서는 구이저우가`; nor in quotes, `'3% 클럽'에
# 합류한 안후이성은`)
_DESCRIBES_AFTER = compiled(r"[^,.\d()'’\"”]{0,30}?\p{Hangul}(?:된|한|던|운|린|난|진)\s+")
_OWN_PARTICLE_AFTER = compiled(r"(?:에서는|에서|에는|은|는|이|가|의)(?!\p{Hangul})")
# a whole named right before the share taken of it (`저장성 생산량의 71.3%는`)
_WHOLE_BEFORE_SHARE = compiled(r"(?:\s+[\p{Hangul}A-Za-z]{1,8}){0,3}의\s*(?:약\s*)?")
_WORLD_WHOLE = compiled(r"(?:전\s*)?세계(?:\s*시장)?(?:에서|의)\s")
# (the place alone: `전국 수출의 40.9%가 저장성 한 곳에서 나간 셈이다`)
_TAKES_SHARE = compiled(r"(?:\s*한\s*곳)?(?:을|를|에서|으로|로)\s*(?:거친|거쳐|나간|나갔|나왔|나온|생산|차지|만들|출하|수출|공급)")


def _average_owner(sentence: str, regions: list[ProseRegion], pos: int) -> ProseRegion | None:
    """The region whose average a figure at `pos` is, named right before it (`전국 평균 6.4kg을`, `전국 평균인 3.1%보다`)."""
    return next((r for r in regions if r.end <= pos
                 and _AVERAGE_THEN.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)), None)


_AVERAGE_THEN = compiled(r"\s*평균(?:인|은|이)?\s*")
_AVERAGE_TOPIC = compiled(r"평균(?:은|이)\s*$")


def _described_next(clause: str, c_off: int, end: int, regions: list[ProseRegion], amount) -> ProseRegion | None:
    """The region right after a figure and the verb ending that makes the figure describe it (`7,080 건에 그친 광저우
    톈허구(天河区)의`: the last of places named together, a city then its district; `6.5% 증가한 산둥성과의 격차가`; the verb
    read with a bound, `40%를 넘는 한국에`), when compared with: the clause's subject is another."""
    m = _DESCRIBING.match(clause, end) if not _VERB_READ.search(amount.raw) else _BARE_AFTER.match(clause, end)
    if not m:
        return None
    after = [r for r in regions if r.start >= c_off + m.end()]
    if not after or after[0].start != c_off + m.end():
        return None
    chain = [after[0]]
    for r in after[1:]:
        if r.start == chain[-1].end + 1:
            chain.append(r)
    if chain[-1].subject or scope_of_first(clause, chain[-1].zh, chain[-1].end - c_off):
        return None  # (not the country a place is described as first in: `1 만 곳을 넘는 중국 최대의 소형가전 생산지다`)
    return chain[-1]


def _no_figure(clause: str, start: int, amount, end: int) -> bool:
    """Whether an amount of a clause (from `start` to `end`) is no figure of any region: the base of a rate, what one
    of something takes, a set's size, a threshold defining a term or a class, a number in a name, a mark still to
    reach or one just closed in on, and others below."""
    if clause.startswith("당", end) or _PER_EACH.match(clause, end):
        return True  # `인구 1,000 명당 … 168 대`: the base of a rate, not a figure (so `1,000kWh 마다`)
    if _ONE_UNIT_IS.search(clause, max(0, start - 12), start):
        return True  # `4억 1,200만 무(1무는 약 666.7㎡)`: what one unit is, a conversion, no measure of the place
    if _RADIUS_BEFORE.search(clause, max(0, start - 6), start):
        return True  # `반경 30km 안에서 … 조달할 수 있는`: the reach of an area described, no measure of the place
    if _SET_AVERAGE_BEFORE.search(clause, max(0, start - 12), start):
        return True  # `조사 대상 도시 평균(3,235 위안)도 크게 웃돌았다`: the average of a set of places, no place's
    if amount.unit in count_units() and _AMONG_BEFORE.search(clause, max(0, start - 8), start) and _PICKED_OUT.match(clause, end):
        return True  # `전국의 특화 산업단지 가운데 7곳을 대표 사례로 꼽았다`: the ones a report picks, no figure of the place
    if amount.value == 1 and amount.unit in count_units() and _OF_ONE.match(clause, end):
        return True  # `헬기 1대의 연간 운영비가 수백만 위안에`: what one of them takes, the base of a measure, no figure
    if clause.startswith("씩", end) and _PER_EACH.search(clause, 0, start):
        return True  # `… 1,000kWh 마다 1 건씩 발급되는`: what each base gets, no figure of a region
    if amount.unit == "개" and not amount.bound and _places_counted().match(clause, end) \
            and not _PUT_ON_LIST.match(clause, end):
        return True  # `광둥성 9개 도시와 홍콩·마카오 2개 특별행정구`: the size of a set of places, no place's figure
    if amount.bound and _DEFINES.match(clause, end) and clause.rfind("(", 0, start) > clause.rfind(")", 0, start):
        return True  # `유니콘 기업(기업가치 10억 달러 이상 비상장 기업)`: a threshold defining a term, no figure
    if amount.bound and cue("size_class").match(clause, _OF_CLASS.match(clause, end).end()):
        return True  # `1억 위안 이상 대형 거래는`, `기업가치 10억 달러 이상(의) 비상장 기업`: a class's threshold, no figure
    if _world_average().search(clause, max(0, start - 24), start):
        return True  # `약 9kg으로 세계 평균(약 5.5kg)을 웃돌았지만`: the world's benchmark, no region's figure
    if amount.bound and amount.unit not in count_units() and FIRMS_OF_CLASS.match(clause, end):
        return True  # `연 매출 2,000만 위안 이상 기업만 집계한`: the firms a threshold names (not `50 개 이상의 기업`, a count)
    if amount.unit in count_units() and _EVERY_PLACE.search(clause, 0, start):
        return True  # `전국 모든 현급 행정구역에 급속충전소를 1곳 이상 설치`: so many in each place, no place's total
    if _GLOSS_AFTER.match(clause, end) or amount.unit == "호" and _NAME_GLOSSED_BEFORE.search(clause, max(0, start - 24), start):
        return True  # `창정 12호(长征十二号)가`, `창정(长征) 6호 개량형`: a number in a name its Chinese glosses, no figure
    if marks_no_figure().match(clause, end):
        return True  # `10조 위안 고지까지 1,040억 위안만을 남겨뒀다`: a mark still to reach (and other amounts no figure)
    # `6.99%로 사상 처음 7%에 근접했다`: the mark the level just given closes in on, no figure of its own
    return bool(_MARK_APPROACHED.match(clause, end)) and is_round(amount.value) and not _DESCRIBED_BEFORE.search(clause, 0, start) \
        and any(a.unit == amount.unit and not a.bound for _, a, _ in amounts_in(clause[:start]))


_MEASURE_SUBJECT = compiled(r"^\p{Hangul}{1,4}(?:량|액)(?:이|가)\s+")


def _signed_by_verb(clause: str, start: int, end: int, amount, figures: list[dict]):
    """The amount (from `start` to `end` in the clause) with the sign and bound its verb gives, which the amounts listed
    before it (`figures`, the clause's so far) take too."""
    # (an aside's verb is after its bracket: `90억 위안(15.7%) 줄었다`)
    closed = _ASIDE_CLOSES.match(clause, end) if in_aside(clause, start) else None
    after = clause[closed.end() if closed else end:][:16].lstrip(" 을를이가")  # (`… 생산능력 1,160만 톤을 줄였다`: a cut is a fall too)
    after = after[1:].lstrip() if after.startswith("씩") else after  # (`나란히 5 억 위안씩 줄었다`)
    # (the measure may stand between as the verb's subject: `산둥성은 1.8% 각각 생산량이 줄었다`)
    verb = _MEASURE_SUBJECT.sub("", verb_after(after), count=1)
    if not _TO_LEVEL.match(clause, end) and not _MARK_SIDE.search(amount.raw) and cue("decline").match(verb) \
            or amount.value > 0 and _FALL_NAMED.search(clause, max(0, start - 60), start) \
            and not (amount.unit == "%p" and _WIDER.match(after)):
        # (not a fall's width larger than another's by so many points: `베이징보다 낙폭이 1.8%p 컸다`)
        amount = replace(amount, value=-amount.value)  # `10.4% 감소`: a fall is a negative rate
        for prior in figures[-1:] if closed else ():
            if prior["amount"].value > 0 and _ASIDE_OPENS.fullmatch(clause, prior["end"], start):
                prior["amount"] = replace(prior["amount"], value=-prior["amount"].value)  # (`90억 위안(15.7%) 줄었다`: both)
        # (`각각 감소`, or each amount after a topic or subject of its own: `랴오닝성은 4.5%, 지린성은 2.1%, … 6.8% 줄었다`,
        # `헤이룽장성(黑龙江省)이 4.7%, 랴오닝성(辽宁省)이 3.2% 줄어든 반면`)
        between = OWNED_AMOUNTS if without_each(after) != after or _OWN_TOPIC_BEFORE.search(clause, 0, start) \
            else LISTED_AMOUNTS
        for prior in listed_before(figures, clause, start, amount.unit, lambda a: a.value < 0, between):
            # `각각 3.9%, 1.2% 내렸다`, `A는 1.2%, B는 3.4% 각각 감소`: the rates listed before the verb fall too
            prior["amount"] = replace(prior["amount"], value=-prior["amount"].value)
    # (a bound the verb gives, after its object: not `180곳, 칭하이성은 40곳 미만에`, the last amount's own)
    topics_own = bool(amount.bound) and (bool(_OWN_TOPIC_BEFORE.search(clause, 0, start)) and bool(
        _OBJECT_THEN.search(clause, start, end)) or without_each(after.lstrip("을를 ")) != after.lstrip("을를 "))
    # (or `각각` after the last: `선전이 5조 5,000억 위안, 상하이가 5조 위안을 각각 넘어설`)
    # (or passed in turn: `2011년 2,000억 위안, 2013년 3,000억 위안을 차례로 돌파했다`)
    in_turn = bool(amount.bound) and bool(_PASSED_IN_TURN.search(amount.raw))
    if amount.bound and (topics_own or in_turn or cue("each").search(clause, 0, start)):
        for prior in listed_before(figures, clause, start, amount.unit, lambda a: a.bound is not None,
                                   OWNED_AMOUNTS if topics_own and not in_turn else LISTED_AMOUNTS):
            # `각각 12 만 개, 28 만 개를 넘어섰다`, `닝샤…는 6,000억 위안을, 시짱자치구는 3,000억 위안을 처음으로
            # 넘어섰다`: the amounts listed before the verb pass their marks too
            prior["amount"] = replace(prior["amount"], bound=amount.bound)
    return amount




def clause_to_figures(sentence: str, clause: str, c_off: int, regions: list[ProseRegion]) -> list[dict]:
    """The clause's figures, each with the region it is about."""
    figures, described_by = [], []
    # in order of position, so a figure's are found by bisection; a region qualifying a partner
    # (`한국 스타트업과 현지 협력사 간 … 28 건`) is no figure's subject
    # (nor is the whole a set of regions has a share of: `상위 10개 지역의 … 전국의 61.6%를 차지해`)
    subjects = [r for r in regions if r.subject and r.mark != "partner" and not whole_of_set_share(sentence, r)]
    ends = [r.end for r in subjects]
    for start, amount, end in amounts_in(clause):
        if _no_figure(clause, start, amount, end):
            continue
        if (per := _PER_BEFORE.search(clause, max(0, start - 8), start)) and per["per"] in units() + ("인",) \
                and not _NUMBER_BEFORE.search(clause, max(0, per.start() - 12), per.start()):
            # (not per a number of them, `인구 10만 명당 62.4명`: its base is no unit)
            amount = replace(amount, unit=f"{amount.unit}/{per['per']}")  # `kWh당 0.28위안`: a price per unit
        if amount.bound and not in_quoted_name(clause, start, end) and not _CONNECTIVE_END.search(amount.raw) \
                and (described := places_described(sentence, c_off + end, regions)):
            # `분기 GDP가 1,000억 위안 미만인 시짱자치구(612억 위안)와 칭하이성(948억 위안)은`: each place described passes it
            # (kept apart from the clause's own figures, which its list may share: `… 광둥성과 장쑤성은 모두 5% 넘게`)
            described_by += [figure_for(amount, r, start, end) for r in described]
            continue
        if in_quoted_name(clause, start, end) and (members := club_members(sentence, c_off + end, regions)):
            # `'2 조 위안 클럽'에는 톈진시, 닝보시, 칭다오시 세 곳이 새로 합류했다`: each place listed joined, passing the mark
            figures += [figure_for(replace(amount, bound="min"), r, start, end) for r in members]
            continue
        if in_quoted_name(clause, start, end):
            if not joins_club(clause, end) or any(
                    a.unit == amount.unit for _, a, _ in amounts_in(sentence[:c_off + start])):
                continue  # `'1 구 16 원' 체제`, `'10조 클럽'`: a number in a name
            # `처음으로 '반기 3조 위안 클럽'에 이름을 올렸다`: joining the club passes its mark, unless the
            # sentence gave a level or mark of its own (`3 조 240 억 위안을 기록하며 … '3 조 위안 클럽'에`)
            amount = replace(amount, bound="min")
        pos = c_off + start
        k = bisect_right(ends, pos)  # subjects[:k] end before the figure
        share = amount.unit == "%" and not THAN.match(clause, end) and not PASSED_LEVEL.match(sentence, pos) and not (
            _RATE_PASSED.match(sentence, pos) and any(f["amount"].unit == "%" for f in figures)) and (
            sentence[max(0, pos - 3):pos].rstrip().endswith("의") or bool(_SHARE_WORD.search(clause, max(0, start - 12), start))
            or bool(_OF_PART_SIZE.search(sentence, max(0, pos - 16), pos)))  # (`매출의 절반이 넘는 64.5%를`)
        # (not `충칭시의 6.2%보다` nor `청두의 6.8%를 … 앞섰다`: its level; nor, after the clause's own rate, `장쑤성이
        # 5.1%로 광둥성의 4.6%를 웃돌았다`)
        # `미국(18.5%)과의 차이가`: a figure in brackets right after a region is that region's level
        owner = bracket_owner(sentence, regions, pos, c_off + end)
        if owner is None:
            owner = _average_owner(sentence, regions, pos)
            if owner is not None and amount.bound and not _AVERAGE_TOPIC.search(sentence, owner.end, pos):
                # `전국 평균 6.4kg을 크게 웃돌았다`: the average's own level, exact, which another passed (but the average
                # made the topic passes or falls short itself: `전국 평균은 14위안에 못 미쳤다`)
                amount = replace(amount, bound=None)
        if owner is None and amount.unit == "%p" and figures and figures[-1]["amount"].unit == "%" \
                and figures[-1]["region"] is not None and _LEVEL_THEN.fullmatch(clause, figures[-1]["end"], start):
            owner = figures[-1]["region"]  # `전국 수출에서 차지하는 비중도 23.6%로 0.6%p 높아졌다`: the change of the level before
        nearest = owner or subject_of(sentence, subjects, k, c_off, pos, share)
        if owner is None and (raised := _raised_measure_owner(sentence, regions, c_off, pos, c_off + end)) is not None:
            nearest = raised  # `청두시는 2040 년까지 톈푸신구의 GDP를 8,000 억 위안 이상으로 키운다`: 톈푸신구's, the actor's aim
        if owner is None and (nearest is None or nearest.start < c_off or nearest.start == nearest.end) \
                and (was := WAS_AFTER.match(clause, end)) is not None \
                and (after := next((r for r in subjects if r.start == c_off + was.end()), None)) is not None \
                and OF_BEFORE.match(sentence, AFTER_NAME.match(sentence, after.end).end()):
            nearest = after  # `2024년 상반기 71억 5,000만 위안이던 바이거우의 가방 수출액은`: the past level of the region after it
        if owner is None and not share and nearest is not None and _nation_whole(sentence, nearest) \
                and (prior := [r for r in subjects[:k] if r.end <= nearest.start and not _nation_whole(sentence, r)]):
            nearest = prior[-1]  # `베이징은 … | 전국의 23.1%에 해당하는 규모로, … 647 억 위안보다 14.6% 늘었고`: not the whole's
        if owner is None and share and (nearest is None or nearest.end > nearest.start and (
                nearest.zh == "中国" or is_whole_of_share(sentence, nearest) or _WHOLE_BEFORE_SHARE.fullmatch(sentence, nearest.end, pos))) \
                and (taker := _place_taking_share(sentence, regions, c_off, clause, end)) is not None:
            nearest = taker  # `전국 캐시미어 원모 가공량의 40% 이상이 칭허현을 거친다`: the share of the whole the place after takes
            # (so of a whole named by no region: `플라스틱·금속 빨래집게 수출의 61.3%가 저장성에서 나갔고`)
        if owner is None and nearest is not None and amount.unit not in count_units() \
                and owns_only_the_next(sentence, nearest, pos):
            # (not the nation a share is of: `광둥성(1 위)의 수출은 … 중국 전체의 약 22%를 차지했고`)
            topics = [r for r in subjects[:k] if r.start >= c_off and r.mark == "topic" and not _nation_whole(sentence, r)]
            nearest = topics[-1] if topics else nearest
        if amount.bound and nearest is not None and OF_BEFORE.fullmatch(sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos) \
                and any(f["region"] is not nearest and f["amount"].unit == amount.unit for f in figures):
            # `한국과의 교역액은 2조 3,400억 위안으로 일본의 2조 2,100억 위안을 웃돌았다`: the other's own level, no mark
            amount = replace(amount, bound=None)
        if amount.bound == "max" and (_SHORT_OF.search(amount.raw) or _SHORT_OF.match(clause, end)) \
                and (level := [e for _, a, e in amounts_in(sentence[:c_off + start]) if a.unit == amount.unit and not a.bound]) \
                and _LEVEL_THEN_PERIOD.fullmatch(sentence, level[-1], c_off + start):
            # `64곳으로, 2024년 상반기 71곳에 못 미치며`: the level of a past period the level right before fell short of, exact
            amount = replace(amount, bound=None)
        if amount.bound and _OWN_MEASURE_PASSED.match(clause, start, end) and _MEASURE_NAMED_BEFORE.search(clause, 0, start) \
                and (level := [e for _, a, e in amounts_in(sentence[:c_off + start]) if a.unit == amount.unit]) \
                and not any(level[-1] <= r.start < c_off + start for r in regions):
            # `한국의 대중국 전열기기 수입은 1 억 4,200 만 달러로, 같은 기간 대중국 수출 2,340 만 달러를 크게 웃돌았다`: another
            # measure of the same region, named, the level the first passed: its own level, no mark (not another region's,
            # `5.1%로 중국 전체 성장률 4.9%를 소폭 웃돌았다`)
            amount = replace(amount, bound=None)
        gathered, told_after = None, False
        if owner is None and (place := gathered_in(sentence, clause, c_off, end, subjects[k:])
                              or gathered_before(sentence, pos, c_off + end, regions)):
            nearest = gathered = place  # `이 가운데 91곳이 선전에 몰려 있다`, `선전시에 263 곳이 몰려 있으며`: the place it gathers in
        elif owner is None and (described := _described_next(clause, c_off, end, regions, amount)):
            nearest = described  # `7,080 건에 그친 광저우 톈허구(天河区)의 3.1 배`: the figure describes the region after it
            told_after = True  # (and no list before it takes it: `충칭과 광저우는 … 20% 미만에 머물러 34.6%인 상하이와`)
        if owner is None and subjects[k:k + 1] and (of := _OF_NEXT.match(clause, end) or _adnominal_after(
                clause, end + 1 if _alone_in_brackets(clause, start, end) else end, amount)) \
                and subjects[k].start == c_off + of.end() and rank_before(clause, start) \
                and (named := _named_closing(sentence, subjects[k:k + 2])):  # (`1 위는 12.4% 늘어난 닝샤…였다`)
            # `5위는 1조 7,820억 위안의 쓰촨성, 6위는 1조 7,310억 위안의 허난성이었다`, `1 위는 두 자릿수 증가율(12.4%)을 낸
            # 안후이성, 2 위는 …` (the city a province names first: `두 번째는 142 억 위안을 올린 푸젠성 젠어우시(建瓯市)였다`)
            nearest = named
        elif nearest is None and rank_before(clause, start):
            # `3 위는 6.1%를 기록한 후베이성이었다`: a rank, then the figure, then its region
            nearest = next((r for r in subjects[k:k + 1] if r.end <= c_off + len(clause)), None)
        elif nearest is None and amount.unit not in count_units() and (first_place(clause[:start]) or _LEAST_PLACE.search(
                clause, 0, start)) and subjects[k:k + 1] \
                and (after := _adnominal_after(clause, end, amount) or _OF_NEXT.match(clause, end)) and subjects[k].start == c_off + after.end() \
                and (after.re is not _OF_NEXT or _CLOSES.match(sentence, AFTER_NAME.match(sentence, subjects[k].end).end())):
            # `성장 속도가 가장 빨랐던 곳은 5.7%를 기록한 충칭시였다`, `경제 규모가 가장 큰 곳은 1 분기 GDP 1 조 6,940 억 위안의
            # 쓰촨성이었다`: so first place, the figure describing its region (or last: `비중이 가장 작은 곳은 6.1%의 푸젠성이었다`)
            nearest = subjects[k]
        elif (nearest is None or nearest.start == nearest.end) and subjects[k:k + 1] \
                and (named := _PLACE_NAMED.search(sentence, c_off + end, subjects[k].start)) \
                and "," not in sentence[c_off + end:named.start()] \
                and _COPULA_AFTER.match(sentence, AFTER_NAME.match(sentence, subjects[k].end).end()):
            # `도시 가운데 가장 많은 1,105곳의 소거인 기업을 거느린 곳은 선전시였다`: the place it describes, not the sentence
            # before's subject (`창춘시는 … 늘었다. 7.4%에 이르는 … 1위에 오른 곳은 지린성이었다`)
            nearest = subjects[k]
        elif nearest is None and (topic := next_clause_topic(sentence, clause, c_off, end, subjects[k:k + 1])):
            nearest = topic  # `… 하이테크기업이 3 만 곳을 넘어서면서 | 선전시는 …`: the topic of the clause it leads into
        elif nearest is None and subjects[k:k + 1] and _DESCRIBES_AFTER.fullmatch(sentence, c_off + end, subjects[k].start) \
                and _OWN_PARTICLE_AFTER.match(sentence, AFTER_NAME.match(sentence, subjects[k].end).end()):
            nearest = subjects[k]  # `배드민턴 인구가 2억 5,000만 명에 이르는 것으로 집계된 중국에서`: the place the words describe
        object_before = nearest is not None and owner is None and nearest.mark == "other" \
            and bool(OBJECT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end()))
        carried_in = nearest is not None and (nearest.start == nearest.end  # (the sentence before's subject, or
                                              or bool(CLAUSE_JOINED.search(clause, 0, start)))  # a clause before's)
        # (a topic a clause before named, too: `… 잡았고, | 2032년 성장률이 3% 미만에 그친 랴오닝성(辽宁省)은`)
        if ((nearest is None or object_before or carried_in or nearest.start < c_off) and subjects[k:k + 1]
             and (subjects[k].mark == "topic"
                  # (or where something happens, no subject before: `GDP 5 조 6,000 억 위안을 기록한 상하이시에서 제조 기능이`)
                  or subjects[k].mark == "located" and (nearest is None or nearest.start == nearest.end)
                  and _WAS_RECORDED.search(clause, end, subjects[k].start - c_off))
                or owner is None and subjects[k:k + 1] and _set_against(sentence, subjects[k])) \
                and (after := _adnominal_after(clause, end + 1 if _alone_in_brackets(clause, start, end) else end, amount)) \
                and subjects[k].start == c_off + after.end():
            # `5.3% 성장한 장쑤성은`, `3조 4,980억 위안에 그친 광둥성(广东省)을 제치고`, `광둥성을 1.0%p 앞선 5.4%를 기록한
            # 장쑤성은`, `2 위 자리는 3 조 4,200 억 위안을 기록한 광저우시가`, `6.5% 늘어난 충칭시(…)보다`, `1 조 4,210 억 위안을 기록한
            # 선전(深圳)에 바짝 다가섰다`: the region after it
            # (the figure alone in brackets too: `마이너스 성장(-0.6%)을 기록한 헤이룽장성(黑龙江省)은`)
            nearest = subjects[k]
        elif nearest is None and subjects[k + 1:k + 2] and subjects[k].mark == "locates" and subjects[k + 1].mark == "topic" \
                and (after := _adnominal_after(sentence, c_off + end, amount)) and subjects[k].start == after.end() \
                and SPACE.fullmatch(sentence, subjects[k].end, subjects[k + 1].start):
            # `기업 3,000여 곳이 모여 있는 저장성 이우시는`: the city its province locates (the clause perhaps cut at `모여`)
            nearest = subjects[k + 1]
        elif owner is None and subjects[k:k + 1] and subjects[k].mark == "topic" and (of := _OF_NEXT.match(clause, end)) \
                and subjects[k].start == c_off + of.end() \
                and SUBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, subjects[k].end).end()):
            nearest = subjects[k]  # `그 아래로는 4조 6,850억 위안의 푸젠성(福建省)이 8위, 4조 4,920억 위안의 후난성이 9위`
        if nearest is not None and k + 1 < len(subjects) and nearest is subjects[k] and nearest.written.endswith(("성", "자치구")) \
                and SPACE.fullmatch(sentence, AFTER_NAME.match(sentence, nearest.end).end(), subjects[k + 1].start):
            nearest = subjects[k + 1]  # `3 위는 24GWh 를 확보한 광둥성 후이저우시(惠州市)였다`: the city its province locates
        if amount.bound and _BENCHMARK_BEFORE.search(clause, max(0, start - 12), start):
            continue  # `가동률이 58%에 머물러 업계가 손익분기점으로 보는 65%를 밑돌았고`: a mark others hold, no region's figure
        if amount.bound and BY_VERB.search(clause, start, end) and (
                _OBJECT_BEFORE.search(clause, max(0, start - 8), start)
                or amount.unit == "%p" and _ANY_OBJECT_BEFORE.search(clause, max(0, start - 12), start)):
            # `전국 평균을 1.1%p 밑돌았다`, `광둥성을 1.2%p 웃돌았고`: the difference from what it is compared
            # with (points are a difference always), no bound
            amount = replace(amount, bound=None)
        if amount.bound and _PERIOD_OF_BEFORE.search(clause, max(0, start - 12), start) and not _BOUND_NOUN_END.search(amount.raw):
            # `2 분기 성장률은 4.4%로 1 분기의 4.8%에 못 미쳤는데`: the level of the period it is set against, no bound (but
            # the level itself given as a bound keeps it: `2024년 약 65%로, 2020년의 30% 미만에서 크게 높아졌다`)
            amount = replace(amount, bound=None)
        if amount.bound and nearest is not None and nearest.zh == "中国" and owner is None \
                and any(r.zh != "中国" and c_off <= r.start < nearest.start for r in subjects):
            # `톈진시(4.2%)와 상하이시(4.4%) 역시 중국 전체 성장률 5.2%에 미치지 못했다`: the mark the others
            # fell short of is the nation's level, itself no bound
            amount = replace(amount, bound=None)
        if amount.bound and nearest is not None and owner is None and nearest.end <= pos \
                and _MEASURE_NAMED.fullmatch(sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos):
            # `중국 전체 상품 수출 증가율인 6.1%를 크게 웃도는`: the region's own measure named in apposition, what
            # something else passes, itself no bound
            amount = replace(amount, bound=None)
        if owner is None and nearest is not None and amount.unit in ("곳", "개") \
                and (holder := holder_of_list(sentence, regions, nearest, pos, amount.value)):
            # `장쑤성 도시는 쑤저우, 타이저우, 난징 3 곳이다`: the count of the places listed is the region's they are of
            figures.append(figure_for(amount, holder, start, end))
            continue
        # `GDP가 10조 위안을 넘긴 곳은 광둥성, 장쑤성, 산둥성 세 곳이다`: each region listed passed the mark; `쓰촨성·
        # 허난성·후베이성 … 이들 지역의 GDP는 모두 6조 5,000억 위안을`: each region named before had it
        if (amount.bound and (listed := passing_set(sentence, clause, c_off, end, subjects[k:])
                              or set_listed_before(sentence, regions, pos, c_off + end)
                              or set_counted_before(sentence, regions, pos))) \
                or nearest is None and (listed := these_all(sentence, regions, pos)):
            figures += [figure_for(amount, r, start, end) for r in listed]
            continue
        if nearest is not None and nearest is not gathered and not DIGIT_AHEAD.search(amount.raw) and not clause.startswith("씩", end) and not (
                nearest.end and (_NATIVE_SUBJECT.fullmatch(sentence, at := AFTER_NAME.match(sentence, nearest.end).end(), pos)
                                 or nearest.mark == "topic" and _TOPIC_FAR.fullmatch(sentence, at, pos)
                                 and _BUILT_OR_CHANGED.match(clause, end))):
            continue  # a count in words is the figure of the region it follows as subject only (`상하이가 세 건으로`)
        if owner is None and nearest is not None and nearest.start < c_off and (
                _EACH_TOPIC.match(clause) or _CLOSED_BY_COUNT.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())
                # (or the word naming the set is a place: `허페이, 우후 등 안후이성 2개 도시가`)
                or sentence[:nearest.start].rstrip().endswith("등")
                and _PLACES_COUNTED_AFTER.match(sentence, AFTER_NAME.match(sentence, nearest.end).end())):
            # `… 창사(长沙), 지난(济南)이며, | 각 분센터는 … 200명 이상씩`: each of a kind of its own, no place before; `브라질, …,
            # 우루과이 등 남미 5개국 국민도 … 포함되면서 | 대상국은 47개국으로`: the last of a list a count closed, no subject
            continue
        if nearest is None or owner is None and nearest.mark == "counted" and nearest.start >= c_off \
                or owner is None and unknown_item(clause, start, amount.unit, nearest, figures) \
                or counts_own_items(sentence, c_off, clause, start, end, amount, nearest) \
                or amount.unit == "대" and _counts_list(sentence, regions, nearest, pos, amount, c_off + end) \
                or amount.unit in ("곳", "개", "개국") and amount.value == amount.value.to_integral_value() \
                and (listed_right_before(sentence, regions, nearest, pos)
                                                            or counts_one_each(sentence, regions, nearest, pos, amount.value) or (
                    (counted := list_counted(sentence, regions, nearest)) is not None and counted <= pos)):
            # `한국 스타트업 12 개 사가 … 36 건의 상담`: about the startups counted, not the region;
            # (a count with decimals counts no places: `… 5개 지역이 1.2곳을 넘었는데`, a rate per head)
            # `… 광둥성·장쑤성·산둥성 3곳으로 늘었다`: the count of the places just listed (`베이징·상하이·웨강아오대만구 3 대
            # 국제과학기술혁신센터`: their number, `3 대` the big three), and a count of places after it
            # of others (`… 시안시 4 곳으로, 2031 년 1 차로 지정된 3 곳을 더하면`)
            continue
        if amount.unit in count_units() and ONLY_THERE.match(clause, end):
            continue  # `상하이 지역 3 개 거점에만 591 개사가`: the count of the places the figure is in
        gap, nearest = gap_and_its_owner(sentence, clause, c_off, start, end, amount, figures, regions, subjects, k, owner,
                                         nearest)
        if gap and amount.bound and exceeded_by(amount):
            amount = replace(amount, bound=None)  # (`… 평균(4만 300위안)을 5,300위안 웃돌았다`: by how much, no bound)
        amount = _signed_by_verb(clause, start, end, amount, figures)
        for r in joined_before(sentence, regions, nearest, pos, c_off + end) if not gap else ():
            # `광둥성 4.5%, 장쑤성·산둥성 5%, 저장성 5.5%`: regions joined by `·` right before one figure each have it
            figures.append(figure_for(amount, r, start, end))
        figures.append({"amount": amount, "region": nearest, "start": start, "end": end, "gap": gap, "rank": None,
                        "bracketed": owner is not None, "described": told_after})
    for before, after in zip(figures, figures[1:]):
        if before["amount"].unit in ("%", "%p") and after["amount"].unit not in ("%", "%p") and after["region"] is not None \
                and _CHANGED_INTO.fullmatch(clause, before["end"], after["start"]):
            # `1.9% 줄어든 2,776 억 위안에 그친 허난성은`: a change told of the level right after it is that level's region's
            before["region"] = after["region"]
    for f in figures:
        f["recalled"] = recalled_level(clause, f)  # (`2021 년 31 억 달러 수준이던 …`: a level of an earlier time)
        # (`닝보시 전체 문구 기업 2,100 곳 남짓 가운데`: the whole the clause picks from, which ranks nothing)
        f["whole"] = PICKED_FROM.match(clause, f["end"]) is not None
    return spread_over_list(sentence, clause, c_off, regions, figures) + described_by


# words after a region naming its measure, closed by an apposition's copula, right before the figure (`전체 상품 수출
# 증가율인 `): no word ends in a particle, so the region qualifies the measure
_MEASURE_NAMED = compiled(r"(?:\s*\p{Hangul}*[^\s은는이가을를에의도\d])*?\s*(?:\p{Hangul}*(?:률|율|액|량|규모|비중|평균)인"
                          # (or its average, a benchmark: `전국 시범 도시의 평균 증가율 38.5%를 크게 웃돌았다`)
                          r"|\p{Hangul}+의\s+평균(?:\s*\p{Hangul}*(?:률|율))?|평균\s*\p{Hangul}*(?:률|율)"
                          # (or what it recorded, told in words describing the figure: `중국이 기록한 519억 달러를 크게 웃도는`)
                          r"|(?:이|가)\s+(?:기록한|올린|달성한|세운))\s*")
# a rate's verb making it describe the level right after it (`1.9% 줄어든 | 2,776 억 위안`, `6.0% 늘어난 |`)
_CHANGED_INTO = compiled(r"\s*(?:늘어난|줄어든|증가한|감소한|늘어|줄어|증가해|감소해|성장한|하락한|상승한)\s+")


# a region's own measure made the object a figure raises it to (`톈푸신구의 GDP를 8,000 억 위안 이상으로 키우고`)
# (its deadline may come between: `이우의 관련 수출을 2027년까지 10억 위안 이상으로 늘린다`)
_MEASURE_OBJECT = compiled(r"의\s+(?:[\p{Hangul}A-Za-z&]+\s*){1,3}?(?:을|를)\s+(?:(?:19|20)\d{2}\s*년\s*(?:말)?까지\s+)?")
_RAISED_TO = compiled(rf"\s*(?:이상|이하|가량|안팎)?\s*(?:으로|로)\s+(?:\S+\s+)?(?:{RAISING}|줄이|줄인|줄여)")


def _raised_measure_owner(sentence: str, regions: list[ProseRegion], c_off: int, pos: int, end: int) -> ProseRegion | None:
    """The region whose measure, named right before a figure as the object of a verb raising it to the figure, the figure
    is (`… 2040 년까지 톈푸신구의 GDP 를 8,000 억 위안 이상으로 키우고`): that region's, not the clause's actor's."""
    if not _RAISED_TO.match(sentence, end):
        return None
    return next((r for r in reversed(regions) if c_off <= r.end <= pos
                 and _MEASURE_OBJECT.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)), None)


