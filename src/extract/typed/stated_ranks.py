"""The ranks a clause states in words (`3 위`, `2, 3 위`, `5 위와 6 위`, `3~5 위`, `두 번째`), for
`typed.prose_ranks` and `typed.prose_order`: not a rank quoted, one another region was pushed to, one held
before, one given up to another, one granted before a contrast, or the rank of a region compared with or passed.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows
from kic_extract.typed.gdp import ranks_in
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.numerals import NATIVE_COUNT, native_numerals
from kic_extract.typed.prose_regions import QUOTED, WAS

# (`지난해 1위였던 항저우시는`, `한때 10위권을 지키던 톈진은`: a rank the region held before)
_PAST_RANK = compiled(rf"\d{{1,2}}\s*위권?(?:{WAS}(?!\s*반면)|(?:을|를|에)\s*\p{{Hangul}}{{1,4}}던(?!\p{{Hangul}})"
                      r"|(?:을|를)\s*(?:\p{Hangul}{1,3}\s+)?지켜\s*(?:온|왔던)(?!\p{Hangul})"  # (`줄곧 1위를 지켜 온 베이징은`)
                      r"|에서(?=\s*(?:\S+\s+)?\d{1,2}\s*위(?:로|으로)\s))")  # (`순위가 전년 6위에서 4위로`: the rank it moved from)
# (not one set against another's: `… 2 만 6,400 위안으로 서부 지역 1 위였던 반면, 간쑤성은 …`, the region's own)
# a rank granted before the figure a clause contrasts with it: another measure's (`시안은 투자 강도 3위임에도
# R&D 지출액이 800억 위안에 못 미쳤다`), not one closing the figure before it (`5조 위안으로 1위임에도`)
_CONCEDED_RANK = compiled(r"^\D*?\d{1,2}\s*위(?:임에도|이지만|인데도|이면서도|(?:이었|였)(?:지만|으나|는데도))")
# (a rank of a region compared with, no figure of its own in brackets: `6위 쓰촨성(3조 3,107억 위안)과의` ranks that)
COMPARED_RANK = compiled(r"\d{1,2}\s*위(?:\s+\p{Hangul}+(?:\((?![^()]*\d)[^()]*\))?)?(?:과의|와의|보다"  # (`1위와의 격차`)
                          r"|의\s+(?:약\s+)?(?:\d+(?:\.\d+)?|두|세|네)\s*배)")  # (`2위 쑤저우시(苏州市)의 두 배에 가까웠다`)
# (or of one measured against, fallen short of or passed: `3위 장쑤성에는 못 미치지만 4위 푸젠성은 웃돈다`; not the
# region's own, its figure between, `3 위 산시성은 182만 대로 앞선 두 지역과는`)
_MEASURED_RANK = compiled(r"\d{1,2}\s*위\s+\p{Hangul}+(?:\([^()]*\))?(?:에는|에|은|는|을|를)\s+(?:[^\s\d]+\s+){0,2}?"
                          r"(?:못\s*미치|미치지\s*못|웃돌|웃돈다|밑돌|밑돈다|앞서|앞지르|앞질)")
# (`쓰촨성에 5 위 자리를 내준 허난성은`, `…에 1위를 빼앗겼다`: a rank given up, now the other's)
_CEDED_RANK = compiled(r"\d{1,2}\s*위(?:\s*자리)?(?:를|을)\s*(?:내주|내준|내줬|내줘|넘겨주|넘겨준|넘겨줬|빼앗|뺏)"
                       r"(?!기?지\s*(?:않|못))")  # (not one kept: `4 위 자리를 내주지 않았으며`)
# (`… 3조 5,140억 위안으로 집계돼 2위 다툼이 치열했다`: a rank fought over, no region's; but `4위 다툼에서는 충칭시가 …
# 따돌렸다`: the winner's)
_CONTESTED_RANK = compiled(r"\d{1,2}\s*위\s*(?:자리\s*)?(?:다툼|경쟁|쟁탈전?|싸움|각축전?)(?!\s*에서)")
# (`기업 수로는 4 위인 베이징이 투자 유치액에서는 3 위로`, `4 위인 허난성이 3 위로 올라섰다`: a rank describing a region,
# in another measure or before it moved, when the clause goes on to state the rank it holds; `2 위인 장쑤성과 3 위인 …`
# state both)
# (or written right before the region, its topic, under the measure it ranks, the rank it holds closing the clause:
# `생산량 4위 허베이성은 287억 위안으로 한 계단 내려선 5위였다`; not another's, `11위 안후이성은 … 10위 후난성을`)
DESCRIBED_RANK = compiled(r"(?<![\d.])\d{1,2}\s*위인(?=\s+\p{Hangul}[^,]*?(?<![\d.~])\d{1,2}\s*위(?!인|권))"
                          r"|(?<![\d.])\d{1,2}\s*위(?=\s+\p{Hangul}{2,}(?:은|는)\s)"
                          r"(?=\s+\p{Hangul}[^,]*?(?<![\d.~])\d{1,2}\s*위(?=였|이었|이다|다|로|를|을|에|[,.]|$))")
# the lead written right before a region as its epithet, first place (`선두 상하이는`)
# (not a leading firm, `선두 기업이 모두 이 지역에`)
LEAD_EPITHET = compiled(r"(?<!\S)선두\s+(?!\p{Hangul}*(?:기업|업체|회사|브랜드|그룹|주자))(?=\p{Hangul}{2,}(?:\([^()]*\))?(?:은|는)\s)")
# an ordinal written out (`두 번째`, `첫 번째`), its numeral the group `n` (`ordinal_rank(m["n"])`)
ORDINAL_WRITTEN = rf"(?<!\p{{Hangul}})(?P<n>첫|{NATIVE_COUNT})\s*번\s*째"
# the stems of the least (`가장 낮은`, `가장 적었고`, `가장 작은`, `그다음으로 적었다`): last place, or the next above it
LEAST = r"(?:낮|적|작)"
# a ranking told from the bottom (`아래에서부터 보면`, `하위부터`, `낮은 순으로`)
FROM_BOTTOM = compiled(r"(?:낮은\s*쪽|적은\s*쪽|아래|밑|하위|꼴찌)(?:에서)?부터|(?:낮은|적은|작은)\s*순(?:으로|부터)")
# `광둥성을 2위로 밀어내고`: the rank another region was pushed to
PUSHED_TO = compiled(r"(?:을|를)\s*(?P<n>\d{1,2})\s*위로\s*(?:밀어내|밀어냈|끌어내)")


# the words between the one passed and the verb passing it: a gap and a word of manner (`산둥성(…)을 3억 9,000만 위안 차로
# 간신히 따돌렸다`)
UP_TO_PASSING = r"(?:\S+\s+){0,6}?"


@cache
def _passed_rank() -> regex.Pattern[str]:
    """A rank before a region the clause passes (figure_cues.tsv kind `passed`, and `앞섰`, which that kind lacks)."""
    # (in digits or as an ordinal: `2위 베이징시(…)를`, `두 번째인 랴오닝성(…)을`)
    return compiled(rf"(?:\d{{1,2}}\s*위|{ORDINAL_WRITTEN}(?:인)?)\s+\p{{Hangul}}+(?:\([^()]*\))?(?:을|를)"
                    rf"(?=\s+{UP_TO_PASSING}(?:{cue('passed').pattern}|앞섰))")


def stated_ranks(clause: str) -> list[int]:
    """Ranks a clause states, in order: `3 위`, `2, 3 위`, `5 위와 6 위`, `3~5 위`.

    >>> stated_ranks("상하이와 선전이 2, 3 위를 차지"), stated_ranks("각각 5 위와 6 위에 올랐다")
    ([2, 3], [5, 6])
    >>> stated_ranks("산둥성(18.5%)이 두 번째,"), stated_ranks("셋째 자리에 올랐다"), stated_ranks("11 월 첫째 주")
    ([2], [3], [])
    >>> stated_ranks("쓰촨성(5.8%)과 후베이성(5.6%)이 각각 두 번째와 세 번째로 높았고")
    [2, 3]
    >>> stated_ranks("920억 위안까지 좁히며 ‘1위 탈환’ 가능성을 키웠다"), stated_ranks("지난해 1위였던 항저우시는 2위로")
    ([], [2])
    >>> stated_ranks("한때 10위권을 지키던 톈진은 유니콘 수가 5개로 줄며"), stated_ranks("1위를 지키던 톈진은 3위로 밀려났다")
    ([], [3])
    >>> stated_ranks("2027년 이후 줄곧 1위를 지켜 온 베이징은 88.9점으로 2위로 밀려났고")
    [2]
    >>> stated_ranks("순위가 전년 6위에서 4위로 두 계단 올랐다"), stated_ranks("4위에서 6위로 밀려났다")
    ([4], [6])
    >>> stated_ranks("성장률이 4.6%에 머물면서 2위 장쑤성(江苏省)과의 차이는 줄었다")
    []
    >>> stated_ranks("10위권 밖에서는 허베이성이"), stated_ranks("5조 5,213억 위안으로 10위권에 턱걸이했다")
    ([], [10])
    >>> stated_ranks("헤이룽장성이 3.4%로 뒤에서 두 번째였다"), stated_ranks("7,000만 톤을 넘어선 것은 2023년에 이어 두 번째다")
    ([], [])
    >>> stated_ranks("시안은 투자 강도 3위임에도 지출액이"), stated_ranks("5조 위안으로 1위임에도 성장률은")
    ([], [1])
    >>> stated_ranks("판매량으로는 상하이가 1 위였지만 증가율은 6.1%에 그쳤다")
    []
    >>> stated_ranks("3,080억 위안으로 6위 상하이시(上海市)를 불과 90억 위안 앞섰다"), stated_ranks("2위 장쑤성을 제치고 1위")
    ([], [1])
    >>> stated_ranks("1조 2,460억 위안으로, 2위 쑤저우시(苏州市)의 두 배에 가까웠다")
    []
    >>> stated_ranks("약 1,594만 대로, 3위 장쑤성에는 못 미치지만 4위 푸젠성은 웃돈다"), stated_ranks("2위 광둥성을 앞서 1위에")
    ([], [1])
    >>> stated_ranks("2025년 상반기 선두 상하이는 8억 4,250만 위안으로"), stated_ranks("선두 자리를 내줬다")
    ([1], [])
    >>> stated_ranks("쓰촨성에 5 위 자리를 내준 허난성은 8 조 위안으로 6 위로 밀려났다"), stated_ranks("선전에 1위를 빼앗겼다")
    ([6], [])
    >>> stated_ranks("기업 수로는 4 위인 베이징이 투자 유치액에서는 3 위로"), stated_ranks("2 위인 장쑤성과 3 위인 저장성이")
    ([3], [2, 3])
    >>> stated_ranks("생산량 4위 허베이성은 287억 위안으로 한 계단 내려선 5위였다.")
    [5]
    """
    clause = QUOTED.sub(lambda m: " " * len(m.group()), clause)  # `‘1위 탈환’ 가능성`: a rank in a quoted phrase
    if "밀어" in clause or "끌어" in clause:  # (`광둥성을 2위로 밀어내고`: the rank another region was pushed to)
        clause = PUSHED_TO.sub(lambda m: " " * len(m.group()), clause)
    if "에도" in clause or "지만" in clause or "데도" in clause or "서도" in clause or "으나" in clause:
        clause = _CONCEDED_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "다툼" in clause or "경쟁" in clause or "쟁탈" in clause or "싸움" in clause or "각축" in clause:
        clause = _CONTESTED_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "내" in clause or "넘겨" in clause or "빼앗" in clause or "뺏" in clause:
        clause = _CEDED_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "던" in clause or "지켜" in clause or "에서" in clause:  # `지난해 1위였던 항저우시는 … 2위로`, `6위에서 4위로`: a rank
        # the region held before
        clause = _PAST_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "의" in clause or "보다" in clause:  # `성장률이 4.6%에 머물면서 2위 장쑤성과의 차이는`: the other's rank
        clause = COMPARED_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "미치" in clause or "미친" in clause or "돌" in clause or "돈" in clause or "앞" in clause:
        clause = _MEASURED_RANK.sub(lambda m: " " * len(m.group()), clause)
    if "을" in clause or "를" in clause:  # `6위 상하이시(上海市)를 불과 90억 위안 앞섰다`: the rank of the one passed
        clause = _passed_rank().sub(lambda m: " " * len(m.group()), clause)
    if "위" in clause:  # `기업 수로는 4 위인 베이징이 투자 유치액에서는 3 위로`: the rank it is said to rise to
        clause = DESCRIBED_RANK.sub(lambda m: " " * len(m.group()), clause)
    ranks, spans = ranks_in(clause)
    if not ranks and "선두" in clause and (lead := LEAD_EPITHET.search(clause)):
        ranks, spans = [1], [(lead.start(), lead.end())]  # `선두 상하이는 8억 4,250만 위안으로`: as `1위 상하이는`
    if not ranks and (pair := _PAIRED_ORDINAL.search(clause)):
        return list(_PAIRS[pair[1]])  # `상하이와 선전이 각각 1,980만 건, 1,730만 건으로 두세 번째였다` → 2, 3
    if "째" in clause:
        pattern, rank_of = _ordinals()
        # (not one counted from the end: `뒤에서 두 번째였다`, see `prose_order.last_place`)
        # (nor a count of times: `7,000만 톤을 넘어선 것은 2023년에 이어 두 번째다`)
        words = [(m.start(), rank_of[m["word"]], clause.startswith("로", m.end())) for m in pattern.finditer(clause)
                 if not _END_BEFORE.search(clause, 0, m.start()) and not _TIMES_BEFORE.search(clause, 0, m.start())]
        if words and not ranks:
            ranks = [rank for _, rank, _ in words]
        elif words and len(spans) == 1 and all(at < spans[0][0] and by for at, _, by in words) \
                and all(rank < min(ranks) for _, rank, _ in words):
            # (not a place held before, `줄곧 다섯 번째 자리를 지켜 온 허난성은 … 6위로`)
            # (an ordinal before ranks in digits, above them: `베트남이 두 번째로 큰 시장으로 올라섰고(…), 멕시코와 인도가
            # 각각 …로 3·4위를 나눠 가졌다` → 2, 3, 4)
            ranks = [rank for _, rank, _ in words] + ranks
    return ranks


# an ordinal written right before a name (`세 번째 브라질(9.2%)이`, `두 번째인 랴오닝성은`)
_ORDINAL_BEFORE = compiled(rf"{ORDINAL_WRITTEN}(?=(?:인)?\s+\p{{Hangul}})")


def ordinals_as_digits(sentence: str, starts: set[int]) -> str:
    """The sentence with each ordinal written right before a region (`starts`: where the regions begin) written as its rank
    in digits, padded to the same length, so that what reads a rank written before a region reads it too.

    >>> s = "러시아가 13.5%로 두 번째였고, 세 번째 브라질(9.2%)이 네 번째 사우디아라비아(7.9%)를 1.3%p 차로 따돌렸다."
    >>> ordinals_as_digits(s, {s.index("브라질"), s.index("사우디")})[20:]
    '3  위 브라질(9.2%)이 4  위 사우디아라비아(7.9%)를 1.3%p 차로 따돌렸다.'
    >>> ordinals_as_digits("두 번째 공장을 세웠다", {7})
    '두 번째 공장을 세웠다'
    >>> ordinals_as_digits("끝에서 두 번째인 우한은", {10})
    '끝에서 두 번째인 우한은'
    """
    def digits(m: regex.Match[str]) -> str:
        n, after = ordinal_rank(m["n"]), _ORDINAL_BEFORE_NAME.match(sentence, m.end())
        if n is None or after is None or after.end() not in starts or len(m.group()) < len(str(n)) + 1 \
                or _END_BEFORE.search(sentence, 0, m.start()):
            return m.group()  # (not one counted from the end: `끝에서 두 번째인 우한은`)
        return str(n) + " " * (len(m.group()) - len(str(n)) - 1) + "위"
    return _ORDINAL_BEFORE.sub(digits, sentence)


_ORDINAL_BEFORE_NAME = compiled(r"(?:인)?\s+")


# two ordinals in one word, for two places in turn (`두세 번째`, `서너 번째`)
_PAIRS = {"두세": (2, 3), "서너": (3, 4), "네다섯": (4, 5)}
_PAIRED_ORDINAL = compiled(r"(?<!\p{Hangul})(두세|서너|네다섯)\s*번째")
# an ordinal counted from the end of a ranking (`끝에서 두 번째`, `뒤에서 세 번째`)
_FROM_THE_END = r"(?:끝|뒤|밑|아래)에서\s*"
FROM_END = compiled(rf"{_FROM_THE_END}(?P<word>\S+?)\s*번?\s*째")
_END_BEFORE = compiled(rf"{_FROM_THE_END}$")
# what makes an ordinal the count of times a thing happened (`… 넘어선 것은 2023년에 이어 두 번째다`)
_TIMES_BEFORE = compiled(r"(?:(?:19|20)\d{2}\s*년(?:에|도)?\s*이어|(?<!\p{Hangul})것(?:은|이))\s+(?:\S+\s+){0,3}?$")


def ordinal_rank(word: str) -> int | None:
    """The rank a native ordinal's numeral (or digits) before 번째/째 states: `두` 2, `셋` 3, `2` 2.

    >>> ordinal_rank("두"), ordinal_rank("2"), ordinal_rank("몇"), ordinal_rank("열한")
    (2, 2, None, 11)
    """
    return int(word) if word.isdigit() else _ordinals()[1].get(word)


@cache
def _ordinals() -> tuple[regex.Pattern[str], dict[str, int]]:
    """Ranks written as native ordinals (`두 번째`, `셋째`: data/ordinals.tsv)."""
    rank_of = {r["word"]: int(r["rank"]) for r in tsv_rows("ordinals.tsv")}
    # (and the compounds of a ten and a unit: `열한 번째로 큰 시장이었다`)
    rank_of.update({w: n for w, n in native_numerals().items() if w != "한" and w not in rank_of})
    # -째 ordinals: 첫째, 둘째, 셋째, 넷째 (the numeral's final form), the rest as written
    rank_of.update({"둘": 2, "셋": 3, "넷": 4})
    words = "|".join(longest_first(rank_of))
    # a rank, not a noun's ordinal (`첫째 주`, `세 번째 회의`): a particle, the copula, the end or a place held
    # follows (`두 번째 자리`, `두 번째 투자국 자리`, `두 번째인 네이멍구자치구는`), or the size it ranks (`네 번째 규모다`)
    # (or another such rank joined to it: `두 번째와 세 번째 자리를`; not `둘째와 셋째 자녀에게`, the order of children)
    # (or the verb of a place reached or held after `에`: `네 번째에 그쳐`, `두 번째에 올랐다`)
    # (or an adjective of size then what it ranks: `두 번째 큰 시장이 됐으며`; or the market it is: `다섯 번째 시장으로 올라섰다`,
    # `두 번째 시장에 올랐다`)
    closing = r"로|이|였|으로|다|인\s|[은는를의,.]|에\s*(?:머물|그쳐|그쳤|그친|올라|올랐|오른|자리)|\s*$|\s*(?:\p{Hangul}{1,6}\s+)?자리|\s*규모(?:다|이다|였|로)" \
              r"|\s+(?:큰|많은|높은|넓은)\s+(?:시장|수출국|수입국|교역국|도시|지역|산지|생산지|소비지)" \
              r"|\s+(?:시장|수출국|수입국|교역국|투자국|수출처|수입처)(?:으로|로|이|가|이다|이었|였|에\s*(?:올라|올랐|오른|자리))"
    return compiled(rf"(?<!\p{{Hangul}})(?P<word>{words})\s*(?:번\s*)?째(?={closing}|(?:와|과)\s+\S+\s*(?:번\s*)?째(?:{closing}))"), rank_of


def rank_before(clause: str, start: int) -> bool:
    """Whether the clause states a rank before `start`, in digits or words (`3 위는`, `세 번째는`).

    >>> rank_before("3 위는 6.1%를", 5), rank_before("세 번째는 6.9%를", 6), rank_before("6.9%를 기록한 곳", 4)
    (True, True, False)
    >>> rank_before("맨 위는 428억 위안의", 5)
    True
    """
    return bool(stated_ranks(clause[:start])) or bool(_TOP_TOPIC.search(clause, 0, start))


# the top place made the clause's topic (`맨 위는 428억 위안의 장청구(江城区)였고`)
_TOP_TOPIC = compiled(r"(?<!\p{Hangul})(?:맨\s*위|맨\s*앞|맨\s*윗자리|선두)(?:는|은)\s")
