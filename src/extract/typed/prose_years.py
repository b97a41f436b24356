"""The year a figure stated in prose refers to (see `typed.prose_figures`): the years and periods
a paragraph or a title names, how far each dates what follows it, and the year a figure's own
words give it (`figure_year`: `전년(2.5%)`, `1년 만에`, `전년 4,626억 위안에서`).

A year is written `2025 년`, `'24년` (or `’24 년`), `2025.10.13`, bare where it opens a title or a quoted name
(`2025 중국 창업 도시 지수`), or relative to the issue's date (`올해`, `지난해`); a period written
without its year (`9 월`, `1~3 분기`, `상반기`) is the latest such period that began on or before
the issue's date. A year a figure is compared with (`'24년 3분기 대비`) is none; in a title neither
is a day date (the source's). A year dates the rest of its paragraph, but one in a sentence
setting a target or a forecast only that sentence.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.data import word_list
from kic_extract.gazetteer import PARTICLES
from kic_extract.scripts import N_FINAL
from kic_extract.typed.cells import amount_patterns, units
from kic_extract.typed.numerals import native_alternation
from kic_extract.typed.figure_cues import cue, measure_nouns
from kic_extract.typed.prose_regions import BRACKETED, THIS_OPENS, WAS

# a paragraph's sentences, each to its `다.`, or to the end of a line of a labelled field when another follows (`장 소:
# … 빈하이신구(滨海新区)` / `참가대상: …, 30팀 내외`: the place is the event's, no subject of the fields after it)
SENTENCES = compiled(r".+?(?:다\.|\n(?=[^\n:：.]{1,12}[:：])|$)\s*", regex.S)
_ANY_DIGIT = compiled(r"\d")
MAGNITUDE = compiled(r"[조억만천백십]")
# (a decade is no year: `1980년대 말 가내 작업장에서 출발해`)
_YEAR = compiled(r"(?<![\d.])(?:(?P<y>(?:19|20)\d{2})\s*(?:년(?!대)|\.\s*\d{1,2}\s*\.)|['’‘](?P<yy>\d{2})\s*년(?!대))")


def _year_of(m: regex.Match[str]) -> int:
    """The year a `_YEAR` match writes (`'24년` is 2024)."""
    return int(m["y"]) if m["y"] else 2000 + int(m["yy"])


# a date down to the day: when something was announced or held, not a period figures are for
DAY_DATE = compiled(r"(?<![\d.])(?:(?:19|20)\d{2}\s*(?:년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|\.\s*\d{1,2}\s*\.\s*"
                          r"\d{1,2}(?![\d.]))|\d{1,2}\s*월\s*\d{1,2}\s*일)")
# a year written without 년: anywhere in a title (`2025 중국 창업 도시 지수`), and in prose where it
# opens a quoted name (`'2025 후룬 글로벌 유니콘 지수'`); never one a unit or counter follows (`2,000 개`)
_BARE_YEAR = compiled(r"(?<![\d.,~])(?P<y>(?:19|20)\d{2})(?![\d.,])(?=\s+(?P<word>\p{Hangul}+)|\s*$)")
_NAME_OPENS = compiled(r"['‘\"“<《「『]\s*$")
# (or a word naming a year's run of its own: `2025 시즌 LPL에 참가한`)
_YEAR_NOUNS = frozenset({"시즌", "회계연도", "학년도"})
# a period named without its year: a month, a quarter, a half
_PERIOD = compiled(r"(?<![\d.])(?:(?P<month>1[0-2]|[1-9])\s*월|(?P<quarter>[1-4])\s*분기|(?P<half>상|하)반기)")
# a period named with its year just before it belongs to that year (`2025 년 1~3 분기`, `'24년 3분기`)
_YEAR_BEFORE = compiled(r"(?:(?:19|20)\d{2}\s*(?:년|\.)|['’‘]\d{2}\s*년|올해|금년|지난해|작년|내년)\s*(?:\d{1,2}\s*~\s*)?$")
# a year a figure is compared with (`'24년 3분기 대비`), not the year it is about
# (`2024년(-27.1%)에 비해`: its own figure in brackets aside), or one a lead goes on from (`지난해 4분기에 이어`); not one
# a year named after it is compared with (`지난해 158 만 7,000 개로 그 전해보다`: _YEARS_BEFORE); or one a run of years
# starts at (`2020년부터 4년 연속 정상을 지켜온`, `2019년부터 5년째`)
_LEAD_FROM = compiled(r"\s*(?:(?:\d{1,2}\s*~\s*)?\d{1,2}\s*(?:분기|월)|[상하]반기)?\s*(?:이후|이래|에\s*이어"
                      r"|부터\s+(?:이어|계속|지켜|줄곧|(?:\d{1,2}|[한두세네]|다섯)\s*(?:년|해)\s*(?:연속|째|내리)))")
_YEARS_BEFORE = r"전년|전해|지난해|작년"  # (the years before one named, what a figure's year is compared with)
_BASE_YEAR = compiled(r"(?:같은\s*(?:기간|달|분기|시기)|(?!" + _YEARS_BEFORE + r"|동기|(?:[1-9]\s*년|한\s*해)\s*전|(?<=\p{Hangul})(?:은|는)\s)[^,.()]"
                           r"|\([^()]{1,20}\)){0,24}?(?:대비|보다|에\s*비해|에\s*견줘|比)"
                           # `2025 년(261 만 대)의 1.6 배`, `2022 년(2.6%)의 두 배`: a multiple of it
                           rf"|\s*(?:\([^()]{{1,20}}\))?의\s*(?:\d+(?:\.\d+)?|{native_alternation()})\s*배"
                           rf"|{_LEAD_FROM.pattern}")
# the base of a comparison, another year (`2026년 전국 재배면적이 올해보다 5% 안팎 줄어들 것`)
_YEAR_COMPARED_WITH = compiled(r"(?<!\p{Hangul})(?:(?:19|20)\d{2}\s*년|올해|금년)\s*(?:보다|대비|에\s*비해)$")
# a day after a year, making it an event's date, not a period figures are for (`지난해 12 월 18 일 … 운영을
# 시작한`), but for a date figures stand at, run from or to (`2025년 12월 31일 기준`, `…부터`, `…까지`)
_EVENT_DAY = compiled(r"\s*\d{1,2}\s*월\s*\d{1,2}\s*일(?!\s*(?:기준|현재|까지|부터|자|말|~|-))")
# a year named relative to the issue's date
_RELATIVE_YEAR = {"올해": 0, "금년": 0, "재작년": -2, "지난해": -1, "작년": -1, "전년": -1, "내년": 1}  # (재작년 before 작년)
_RELATIVE = compiled("|".join(_RELATIVE_YEAR))
# the issue's month or the month before it, named as such
_MONTH_WORD = compiled(r"(?<!\p{Hangul})(?:(?P<this>이달|이번\s*달)|지난달)(?!\p{Hangul}{2})")
_MONTH_DAY = compiled(r"\s*\d{1,2}\s*일")
# what makes `전년` the year compared with (`전년 대비`, `전년 동기`, `전년 동월`, `전년과 같았다`, `전년보다`)
_MAY_BE_COMPARED = frozenset({"전년", "지난해", "작년"})  # `지난해보다 0.5%p 낮춘`: the year compared with
# (and this year, compared with as such: `2026년 … 올해보다 5% 안팎 줄어들 것`; not `올해 같은 기간 41.5%로`)
_THIS_YEAR_COMPARED = compiled(r"(?:보다|\s*대비|\s*에\s*비해)(?!\p{Hangul})")
_COMPARED = ("대비", "동기", "동월", "동분기", "같은 기간", "같은 달", "같은 분기", "같은 시기", "보다", "에 비해", "比")
# (or a part of it: `전년 말 대비 39.7% 늘었다`, `지난해 상반기보다`)
_PART_COMPARED = compiled(r"\s*(?:말|초|연말|상반기|하반기|\d\s*분기|\d{1,2}\s*월)\s*(?:대비|보다|에\s*비해|比)")
_WITH = compiled(r"(?:과|와)(?!\p{Hangul})")  # (`전년과 비교하면`; not the word after a space, `지난해 과학기술형 …`)
# a same period of last year is the year figures are stated for when a word other than a comparison follows it
# (`지난해 같은 기간 장쑤성이 1,240억 위안 뒤졌던`), not the year compared with (`지난해 같은 기간보다`, `작년 동기 대비`)
_SAME_PERIOD_STATED = compiled(r"\s*(?:동기|동월|동분기|같은\s*(?:기간|달|분기|시기))(?:에는|엔|에)?\s+(?=\p{Hangul})"
                               r"(?!대비|比|보다|에\s*비해|과\s|와\s)")


@cache
def _target() -> regex.Pattern[str]:
    """Words making a sentence a target or a forecast (data/figure_cues.tsv kind `target`, not where `not_target` opens:
    `목표 달성률` is an outcome)."""
    return cue("target")


@cache
def _not_years() -> frozenset[str]:
    """Words that make a four-digit number before them an amount, not a year (units, counters)."""
    return frozenset(units()) | frozenset(word_list("counters.txt"))


def _amount_word(word: str | None) -> bool:
    """Whether a word after a number makes it an amount: a unit or counter (`개`, `명의`, `위안을`).

    >>> [_amount_word(w) for w in ("개", "명의", "위안을", "세대", "중국", "경제", "개요", None)]
    [True, True, True, True, False, False, False, False]
    """
    if not word:
        return False  # the number ends the text (`… 2021`)
    words = _not_years()
    return word in words or any(word.startswith(w) for w in words if len(w) > 1) \
        or (word[:-1] in words and word[-1] in PARTICLES)


def year_before(years: list[tuple[int, int, int]], pos: int, default: int | None) -> int | None:
    """The year written nearest before `pos` among (position, year, end of its reach)."""
    year = default
    for at, y, until in years:
        if at <= pos < until:
            year = y
    return year


# a figure a year of a series is followed by, a few words on at most (`2023년 1,410억 위안에서`, `2025년 말 4,900개를`; not
# an event's date, `2018년 베트남 하노이에 첫 해외 매장을 낸`)
_FIGURE_OF_YEAR = compiled(r"[^.\d]{0,24}?\d")
# a year opening a run of months to another year (`2024년 1월~2025년 10월`): one period with the other, no series
_RUN_TO_YEAR = compiled(r"\s*(?:\d{1,2}\s*월\s*)?[~∼–-]\s*(?:19|20)\d{2}\s*년")
# a year of record, a state is given as of (`2025년 말 현재`, `2025년 9월 기준`, `2025년 10월 말 현재`)
_AS_OF = compiled(r"(?:19|20)\d{2}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*(?:말|초|\d{1,2}\s*일))?\s*(?:현재|기준)")
# (or a level of it named, then passed: `2024년 연간 건수(13건)를 이미 넘어섰다`: no year of the paragraph)
_LEVEL_PASSED = (r"(?:\s+[^\s\d,.()]+){1,2}\s*\([^()]{1,20}\)\s*(?:을|를)\s*(?:이미\s*|훌쩍\s*|크게\s*)?"
                 r"(?:넘|웃돌|앞질|앞서|제치|제쳤)")
_BASE_YEAR_OF = compiled(r"\s*\([^()]{1,20}\)\s*(?:보다|에\s*비해|대비)|" + _LEVEL_PASSED)  # (`2028년(1조 9,703억 위안)보다`)
_YEAR_LEVEL_PASSED = compiled(r"(?:(?:19|20)\d{2}\s*년|['’‘]\d{2}\s*년|지난해|작년|전년|올해)" + _LEVEL_PASSED)


# a clause from a year to its verb of a result closed by a connective and a comma (`2025년 상반기 … 38.5%로 집계됐고, `)
_RESULT_CLAUSE = compiled(r"(?:[^,.]|\.(?=\d)|,(?=\d{3})){0,140}?(?:집계됐|기록했|나타났|늘었|줄었|증가했|감소했)(?:고|으며|지만),\s")


def bygone(text: str, at: int) -> regex.Match[str] | None:
    """The words a year at `at` opens when it names only what was then (`지난해 1위였던 항저우시는`), what
    the clause is set against or weighs (`2022년 … 8억 6,410만 달러에 머물렀던 점을 감안하면`) or a rank held
    then: such a year dates nothing after those words."""
    return _PAST_STATE.match(text, at) or _UNLIKE.match(text, at) or _PAST_EVENT.match(text, at)


def year_reach(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """How far each year of a paragraph dates what follows: to the paragraph's end, but a year in
    a sentence setting a target or a forecast (`2022 년 … 목표를 약 7%로 설정했다`) dates only that
    sentence and the target sentences right after it, and one of a sentence writing out several
    years (a series) only that sentence; the next goes back to the year before it."""
    # (a sentence dated as of a day of record states the present, whatever target it names: `2025년 말 현재 … 목표 조성
    # 규모는 12조 8,000억 위안에 이른다`)
    bounds = [(m.start(), m.end(), bool(_target().search(m.group())) and not _AS_OF.search(m.group()))
              for m in SENTENCES.finditer(text)]
    out = []
    quantities: list[int] | None = None  # where the paragraph's figures start, read once when needed
    for at, year in years:
        k = next((i for i, (a, b, _) in enumerate(bounds) if a <= at < b), None)
        if since := _SINCE_EVENT.match(text, at):
            # `지난해 12월 자유무역항 봉관 운영을 시작한 이후 외자 유입이 23.5% 급증`: when the period began
            out.append((at, year, since.end()))
            continue
        if past := bygone(text, at):
            # `지난해 1위였던 항저우시는 …`, `지난해 상반기 1,758억 위안이던 격차를`: what was then, dating nothing after
            # (nor what the clause is set against: `대도시 위주였던 2029 년 1 차 선정과 달리 이번에는 …`)
            out.append((at, year, past.end()))
            continue
        compared = compared_within(text, at)  # (what a year is compared as, read once: the aside yields to it)
        if k is not None and (aside := _ASIDE.match(text, at)) and (aside["day"] or not _REPORTED.match(text, at)) \
                and compared is None and not _SURVEYED.match(text, at):
            # `2021년 말 개통한 중국-라오스 철도가 …`, `지난해 상반기만 해도 1,757억 위안 뒤처져 있었던 점을 감안하면`:
            # an event's date or a look back dates its own sentence only; a day's, when a report came out
            # (`1월 13일까지 발표된 … 잠정치를 집계한 결과, 광둥성은 15조 …`), none of its figures; but the year or
            # month a report came out dates what it reports (`지난해 말 발표한 … 명단에 따르면, … 2,046곳으로`)
            # (a look back, `2034 년만 해도 1 조 위안을 웃돌던 격차가 …, 광둥성이 … 10.2%로`, its own clause only)
            reach = aside.end() if aside["day"] else bounds[k][1]
            if _LOOK_BACK_END.search(aside.group()) and (comma := _CLAUSE_COMMA.search(text, aside.end(), reach)):
                reach = comma.start()  # (a clause's comma, not a list's: `쓰촨성이 1 조 6,480 억 위안, 허난성이 …`)
            out.append((at, year, reach))
            continue
        if base := _BASE_OF_RATIO.match(text, at):
            # `방문객은 3,120 만 명으로 2019 년 같은 기간의 105% 수준까지 늘었다`, `5 년 전의 1.8 배로`: the year a ratio or a
            # multiple is taken against dates nothing (the ratio is of the paragraph's period)
            out.append((at, year, base.end()))
            continue
        if described := _DESCRIBES_SUBJECT.match(text, at):
            # `2025년 처음으로 10조 위안 고지를 돌파한 산둥성은 10조 7,410억 위안으로`: the year of what the subject
            # did, told in the words before it, dates nothing the subject then states
            out.append((at, year, described.end("verb")))
            continue
        if compared is not None:
            # `지난해 연간(-9.5%)보다 크게 개선된 -2.1%`, `지난해 목표치 5%보다`: the year dates its own figure,
            # what the rest is compared with, and nothing after it
            out.append((at, year, compared.end()))
            continue
        if k is not None and quantities is None:
            quantities = _quantities(text)
        if k is not None and _compared_after_figures(quantities, at, bounds[k][0], bounds[k][1]):
            # `… 약 428억 위안으로 지난해 연간 규모에 이미 근접했다.`: a year named after its sentence's
            # figures, with none of its own, is what they are compared with; it dates nothing after
            out.append((at, year, bounds[k][1]))
            continue
        series = [m for m in _YEAR.finditer(text, bounds[k][0], bounds[k][1])
                  if not _LEAD_FROM.match(text, m.end()) and _BASE_YEAR_OF.match(text, m.end()) is None
                  and not _RUN_TO_YEAR.match(text, m.end()) and _FIGURE_OF_YEAR.match(text, m.end())] if k is not None else []
        if len({m["y"] or m["yy"] for m in series}) > 1 and (bounds[k][2] or k > 0 or series[-1].start() > at
                                                               or _year_of(series[-1]) < max(map(_year_of, series))):
            # `투자액은 2023년 1,410억 위안에서 2024년 1,105억 위안으로 쪼그라들었다가`: a sentence tracing a
            # series over years dates only itself; the next goes back to the year before it (a year compared with in
            # brackets is none of the series: `2029년 2조 1,238억 위안으로 2028년(1조 9,703억 위안)보다 7.8% 늘었다`)
            # (targets over years go on in the target sentences right after: `2025년까지 300억 위안, 2027년에는 500억 위안을
            # 달성하겠다고 밝혔다. | … 기업도 60개 안팎까지 늘릴 계획이며`, of 2027)
            last = k
            while bounds[k][2] and last + 1 < len(bounds) and bounds[last + 1][2]:
                last += 1
            while last + 1 < len(bounds) and THIS_OPENS.match(text, bounds[last + 1][0]):
                last += 1  # (and the sentence saying what the last of them is: `… 2025년 9월 말 218만㎡로 불어났다. | 이는 허베이성 전체의 34.6%`)
            out.append((at, year, bounds[last][1]))
            continue
        if k and not any(a < at for a, _ in years) and _YEAR_TOPIC.match(text, at) and not text[bounds[k][0]:at].strip() \
                and any(m["unit"] or MAGNITUDE.search(m["num"]) for m in amount_patterns()[1].finditer(text, 0, bounds[k][0])):
            # `쑤저우시는 1 년 새 4 개사가 늘어 13 개사가 되면서 …. 2036 년에는 난징시가 10 개사로 … 많았다. 허페이시는 6 개사에서
            # 10 개사로 늘어`: a year opening a sentence as its topic after figures no year dated looks back, its sentence only
            out.append((at, year, bounds[k][1]))
            continue
        if k is not None and _ONCE.search(text, at, bounds[k][1]):
            # `간쑤성은 2031 년에도 6.1% 성장한 바 있다.`: what once was dates its own sentence only
            out.append((at, year, bounds[k][1]))
            continue
        if from_level := _FROM_LEVEL.match(text, at):
            # `광둥성 GDP는 2024년 14조 1,634억 위안에서 2년 만에 … 불어났지만, 실질 성장률은 4.3%로`: the level a
            # change starts from is that year's; what follows is not
            out.append((at, year, from_level.end()))
            continue
        if k is not None and (aim := _AIM_CLAUSE.match(text, at, bounds[k][1])) and not _target().search(text, aim.end(), bounds[k][1]):
            # `한국은 2028년 … 상용화를 목표로 하고 있으며, … 컨소시엄은 6개에 이른다`: the year of a goal told in a clause
            # of its own dates that clause, not the state of things told after it (nor does a date ahead a clause waits
            # on: `2026년 7월까지 … 오르는 수입 관세를 앞두고 선수요가 몰리면서 … 2.3배로 늘었다`)
            out.append((at, year, aim.end()))
            continue
        if k is None or not bounds[k][2] or _RESULT_CLAUSE.match(text, at, bounds[k][1]):
            # (a year dating a result its clause tells before a forecast clause of the sentence goes on: `2025년 상반기 …
            # 비율은 38.5%로 집계됐고, 하반기에는 45%를 웃돌 것으로 … 내다봤다. … 란저우는 20%에도 못 미쳤다`)
            out.append((at, year, len(text)))
            continue
        # `2026년 성장률 목표는 … 제시됐다. 후베이성은 6%를 목표로 잡아`: the targets go on; but after a target told with
        # its outcome (`2038년 3.5% 목표를 세웠지만 실제 성장률은 1.2%에 그쳐`), a look back, only other outcomes do
        # (`반대로 시짱자치구는 목표(6.5% 이상)를 웃도는 6.8%를 기록했다`, not `쓰촨성은 … 목표를 '5.5% 안팎'으로 잡는 한편`)
        looked_back = bool(_OUTCOME.search(text, bounds[k][0], bounds[k][1]))
        # (and so does a sentence that says it is the means to them: `… 30%로 높일 계획이다. | 이를 위해 … 기업을 60곳으로
        # 늘리고, … 5억 위안 규모의 산업기금을 조성한다`)
        while k + 1 < len(bounds) and (bounds[k + 1][2] or not looked_back and _MEANS_OPENING.match(text, bounds[k + 1][0])) \
                and not (looked_back and not _OUTCOME_VERB.search(text, bounds[k + 1][0], bounds[k + 1][1])):
            k += 1
        if k + 1 < len(bounds) and (BY_OPENING.match(text, bounds[k + 1][0]) or _PICKED_OPENING.match(text, bounds[k + 1][0])) \
                and not any(a < at for a, _ in years):
            # `2026년 대학 졸업 예정자는 1,270만 명으로 … 경신할 전망이다. 지역별로는 광둥성이 약 79만 명으로`: the measure
            # a paragraph opens by forecasting, broken down in the sentence right after, is of the forecast's year (not a
            # target set after a level: `… 지난해 4,380억 위안 …. 2030년까지 1조 위안 … 목표다. 구별로는 난산구가 …`)
            k += 1
        out.append((at, year, bounds[k][1]))
    return out


# a sentence opening as the means to the targets told before it (`이를 위해`, `이를 위해서는`, `이를 달성하기 위해`)
_MEANS_OPENING = compiled(r"\s*(?:이를|그|이)\s*(?:달성하기\s*)?위(?:해|하여|한)(?:서)?(?:는)?\s")
# (or with the set it picks the parts from: `… 7만 채를 새로 공급할 계획이다. 주요 7개 구·신구역 가운데 푸둥신구가 …`)
# (a set counted, or the whole just told, `이 가운데 시짱자치구에는 약 420억 위안이`; not `… 줄어든 가운데`: while)
_PICKED_OPENING = compiled(r"\s*(?:(?:[^\s.]+\s+){0,2}?\d{1,3}\s*개\s*[^\s.]*\s*|이\s*)(?:가운데|중에서|중)(?:는|서는)?\s")
# a sentence opening with what it breaks its measure down by (`치료 영역별로는`, `지역별로는`, `분야별로`)
BY_OPENING = compiled(r"\s*(?:\p{Hangul}+\s+){0,2}?(?P<by>\p{Hangul}+)별로(?!\p{Hangul}{2})")
# what a target came to (`… 목표를 세웠지만 실제 성장률은 1.2%에 그쳐`)
# a clause telling a goal and its year, closed by a joining ending (`2028년 … 상용화를 목표로 하고 있으며, `), or a date
# ahead that a clause waits on (`2026년 7월까지 … 오르는 수입 관세를 앞두고 `)
_AIM_CLAUSE = compiled(r"[^,.]{0,80}?(?:(?:목표로\s*(?:하고\s*있|삼고\s*있|하|삼)|계획이)(?:으며|며|고)|앞두고|앞둔\s+가운데)\s*,?\s")
_OUTCOME = compiled(r"(?<!\p{Hangul})(?:실제|실적은|실적이)(?!\p{Hangul}{2})")
_OUTCOME_VERB = compiled(r"기록|그쳤|그쳐|달성|웃돌|웃도|밑돌|밑도|못\s*미")
# the words that may make a year one compared with or led on from, looked for before the patterns that
# read them (`_BASE_YEAR`, `_COMPARED_WITHIN`)
_COMPARING = compiled(r"대비|보다|비해|견줘|비교|比|이후|이래|이어|부터|배")
_COMPARED_WITHIN = compiled(r"\S+(?:(?!" + _YEARS_BEFORE + r"|(?:19|20)\d{2}|(?:[1-9]\s*년|한\s*해)\s*전|(?<=[\p{Hangul})A-Za-z])(?<!같)(?:은|는|이|가)\s)[^,.()]|(?<=\d)[.,](?=\d)"
                                 r"|\([^()]{1,20}\)){0,24}?"
                                 r"(?:보다|에\s*비해|에\s*견줘|(?<=[\p{Hangul})])(?:와|과)\s*비교(?:하면|해|하여|할\s*때))")


def compared_within(text: str, at: int):
    """The words from a year at `at` to what compares with it, when the year is what a measure is compared with
    (`지난해 연간 감소율보다`, `지난해 목표치 5%보다`); None when it is not.

    >>> bool(compared_within("감소 폭은 지난해 연간 감소율보다 크게 줄었다.", 6)), compared_within("지난해 GDP는 5% 늘었다.", 0)
    (True, None)
    >>> compared_within("2033 년 같은 기간의 141 억 달러보다 13 억 달러 감소했다.", 0).group()  # (`같은`: no topic's particle)
    '2033 년 같은 기간의 141 억 달러보다'
    >>> compared_within("입주율은 2024년 평균 83.5%로 베이징(79.2%)보다 4.3%p 높았다.", 4)
    >>> compared_within("2021년에는 허난성의 GDP가 쓰촨성보다 5,036억 위안 많았다.", 0)  # (`GDP가`: the topic, compared with 쓰촨성)
    >>> compared_within("17건으로 2024년 연간 건수(13건)를 이미 넘어섰다.", 6).group()
    '2024년 연간 건수(13건)를 이미 넘'
    """
    if passed := _YEAR_LEVEL_PASSED.match(text, at):
        return passed  # `… 17건으로 2024년 연간 건수(13건)를 이미 넘어섰다`: the year's level, which the figure passed
    if not _COMPARING.search(text, at, at + 60) or not (m := _COMPARED_WITHIN.match(text, at)):
        return None
    # (but a year stating its own level on the way compares it with another's of that year: `2024년 평균 83.5%로
    # 베이징(79.2%)보다 4.3%p 높았다`, all of 2024)
    return None if _OWN_LEVEL.search(text, at, m.end()) else m


_OWN_LEVEL = compiled(r"(?<![\d.,])\d[\d,.]*\s*(?:[조억만천]\s*)?[^\s\d()]{0,4}?(?:으로|로)\s")


# a year that dates an event (`2021년 말 개통한`, a verb's adnominal form right after; not the numeral of `2032년 한 해
# 동안`) or looks back (`지난해 상반기만 해도`, `1 년 전만 해도`)
_ASIDE = compiled(r"(?!\S*까지\s+\p{Hangul}{0,4}(?:지정|선정|인증|승인|등록|설립|구축|건설|조성)된\s)"  # (not a count up to it:
                 # `2025년까지 지정된 국가급 산업원은 모두 300곳을 넘어섰다. 성별로는 …`)
                 r"\S+(?:\s*\d{1,2}\s*월|\s*(?:말|초|상반기|하반기|\d\s*분기))?(?P<day>\s*\d{1,2}\s*일)?(?:까지|부터)?"
                 r"(?:\s+(?!한\s)\p{Hangul}{0,3}(?:한|된|던|진|친|낸|린)\s|만\s*해도)|[1-9]\s*년\s*전(?:만\s*해도|에는)"
                 # (or an event told in words describing what it made, a few words on: `룽강시는 2019년 창난현 관할 진에서
                 # 현급시로 승격한 중국 최초의 사례다`)
                 r"|\S+(?:\s+[^\s,.\d]+){1,5}?\s+\p{Hangul}{0,3}(?:승격|설립|창립|창업|출범|개통|개장|개원|편입|지정|선정|승인)(?:한|된|됐던|했던)\s"
                 r"(?=[^,.\d]*(?:사례|곳|도시|지역|기업|처음|최초))")
# a year a survey or an inspection was made in, dating what it found (`2025년 실시한 라이터 품질 추출검사에서는 …
# 불합격률은 4.8%로`), no event's date
# (its part of the year perhaps after it: `2025년 3분기 실시한 품질 추출검사에서는`)
_SURVEYED = compiled(r"\S+(?:\s+[^\s.,]*(?:분기|반기|월))?\s+(?:실시|진행|시행)(?:한|된)\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:조사|검사|평가|점검|센서스)")
# the time by which figures were released (`3 월 초까지 확정치를 모두 공개하면서`): when they came out, not what they are for
_RELEASED_BY = compiled(r"\s*(?:말|초|중순|하순|상순)?\s*까지\s+(?:\S+\s+){0,3}?\S*(?:발표|공개|공표|내놓|집계|확정)")
_LOOKED_BACK_TO = compiled(r"\s*(?:에는\s*)?만\s*해도")
_LOOK_BACK_END = compiled(r"만\s*해도$|전에는$")
_CLAUSE_COMMA = compiled(r"(?<=\p{Hangul}(?:고|며|여|해|서|어|데|지만|으나|나)),\s")
_REPORTED = compiled(r"\S+(?:\s*\d{1,2}\s*월|\s*(?:말|초))?\s+(?:발표한|발표된|공개한|공개된|발간한|내놓은|펴낸)\s"
                     r"[^.]{0,60}?에\s*따르면"
                     # (or a list it names, its members placed in it: `아이메이컨설팅이 2025년 선정한 ‘… 100강’에 황옌 기업이 23개`)
                     r"|\S+\s+(?:선정한|발표한)\s+['‘\"“][^'’\"”]{1,40}['’\"”]에\s")
# a year opening the words that describe a place the clause is about, closed by an adnominal verb right
# before it (`2025년 처음으로 10조 위안 고지를 돌파한 산둥성(山东省)은`; not `2025년 … 통과한 화물은`)
_DESCRIBES_SUBJECT = compiled(r"\S+(?:\s+[^\s,.]+){1,5}?\s+(?P<verb>\p{Hangul}{0,4}[한된던])\s+"
                                   r"\p{Hangul}{1,8}(?:성|시|구|현|자치구)(?:\([^()]*\))?(?:은|는|이|가)\s")
# a year dating an event since which the figures run (`지난해 12월 … 운영을 시작한 이후`, `2019년 제1차 지정 이후`),
# or the month something began (`지난해 12 월 섬 전역 독립 세관 운영을 시작한 하이난성은 … 37.5% 급증`)
_SINCE_EVENT = compiled(rf"\S+(?:\s*\d{{1,2}}\s*월)?(?:\s+\S+){{0,6}}?\s+(?:\p{{Hangul}}{{0,3}}[{N_FINAL}]\s*(?:이후|뒤|후)|\p{{Hangul}}{{2,4}}\s+(?:이후|이래))(?!\p{{Hangul}})"
                             r"|\S+\s*\d{1,2}\s*월(?:\s+[^\s\d]+){1,5}?\s+\p{Hangul}{0,3}(?:시작|출범|개통|가동|도입|시행|개장|개원)한\s"
                             # (or the year something was founded, a written year: `1992년 상하이 푸둥신구 지정으로 시작된
                             # 국가급 신구는 현재 19곳으로`)
                             # (not what the year's figures count, `2029년 새로 설립된 … 기업 수는`)
                             r"|(?:19|20)\d{2}\s*년(?:\s+[^\s\d]+){0,5}?\s+\p{Hangul}{0,3}(?:시작|출범|출발|창설|창립)(?:된|한)\s"
                             # (or an event the clause goes on from: `2025년 처음으로 10조 위안을 넘어선 데 이어`)
                             rf"|\S+(?:\s+\S+){{0,5}}?\s+\p{{Hangul}}{{0,3}}[{N_FINAL}]\s+데\s*이어(?!\p{{Hangul}})"
                             # (or the time since counted: `2022년 2월 본격 가동된 지 5년이`)
                             rf"|[^.,]{{0,30}}?[^\s\d]\s*지\s*(?:\d{{1,2}}|{native_alternation(one=True)})\s*(?:년|개월|달|주년)"
                             # (or a state lasting since, to now: `이 대회는 지난해부터 지금의 이름을 쓰고 있다`; not a
                             # period's start, `올해 1월 1일부터 2월 22일까지`)
                             r"|\S*(?:년|해)\s*부터(?![^.]{0,40}?까지)(?:\s+[^\s.]+){0,6}?\s+\p{Hangul}*(?:고\s*있|[어아해]\s*(?:왔|온))"
                             # (or a change since, told as the cause of what follows, no figure in it: `지난해부터 대형 업체의
                             # 분양 실적이 급감하면서 가격 조정이 불가피했다`)
                             r"|\S*(?:년|해)\s*부터(?![^.]{0,40}?까지)(?:\s+[^\s.\d]+){0,6}?\s+\p{Hangul}*면서(?!\p{Hangul})")
# a year naming what a region or a figure was then (`지난해 1위였던 항저우시는 17만 9,600대에 그쳐`, `지난해
# 상반기 1,758억 위안이던 광둥성과의 격차를`)
_PAST_STATE = compiled(rf"\S+(?:\s+[상하]반기|\s+\d{{1,2}}\s*(?:분기|월))?\s+(?:\S+\s+){{0,3}}?[^\s,.]{{1,8}}?{WAS}\s"
                         # (or up to which a place stood somewhere: `지난해까지 4위권에 머물던 광저우가`)
                         r"|\S*까지\s+(?:[^\s,.]+\s+){0,3}?\p{Hangul}+던\s")
# (or a rank or place a region held or gave up then, in words describing it: `2037 년 시안에 내줬던 4 위 자리를 되찾았고`)
_PAST_EVENT = compiled(r"\S+(?:\s*년)?\s+(?:\S+\s+){0,3}?\p{Hangul}*(?:았|었|였|했|줬|졌|켰|겼|렸|쳤|났|섰|왔|갔)던\s+"
                       r"(?=\d{1,2}\s*위|선두|정상|(?:\S+\s+)?자리)")
# what the clause is set against, dating nothing after it (`2029 년 1 차 선정과 달리 이번에는 …`)
_UNLIKE = compiled(r"\S+(?:\s+[^\s,.]+){0,4}?(?:과|와)\s*달리(?!\p{Hangul})"
                  # (or a past it is compared with: `2034년 같은 기간 헤이룽장성이 2.1% 성장했던 것과 비교하면`)
                  r"|\S+(?:\s+(?:[^\s,.]|(?<=\d)\.(?=\d))+){0,6}?\s+\p{Hangul}*던\s+것(?:과|에)\s*(?:비교하면|비하면|비해|견주면)"
                  r"(?!\p{Hangul})"
                  # (or one weighed: `2022년 중국의 같은 품목 수출액이 8억 6,410만 달러에 머물렀던 점을 감안하면`)
                  r"|\S+(?:\s+(?:[^\s,.]|(?<=\d)[.,](?=\d))+){0,8}?\s+\p{Hangul}*던\s+(?:점|것)을\s*(?:감안하면|고려하면|생각하면|감안할\s*때)"
                  r"(?!\p{Hangul})")
# a sentence telling what once was (`… 성장한 바 있다`)
_YEAR_TOPIC = compiled(r"(?:(?:\d{4}|['’‘]\d{2})\s*년(?:\s*[상하]반기|\s*[1-4](?:\s*~\s*[1-4])?\s*분기|\s*\d{1,2}(?:\s*~\s*\d{1,2})?\s*월)?"
                       r"\s*에는|(?:(?:\d{4}|['’‘]\d{2})\s*년|지난해|작년)\s*(?:같은\s*기간|동기)(?:에는|에)?)\s")
# (or the same period of that year, `'37 년 같은 기간 상하이의 … 7 만 9,210 위안이었다`, `지난해 같은 기간 쓰촨성의 수출입은`)
# (or a multiple of it: `투자 건수가 5 년 전의 1.8 배로 늘었고`; or a share of its whole, `이미 지난해 연간 규모의 77%에 이르렀다`)
_BASE_OF_RATIO = compiled(r"\S+(?:\s*년)?(?:\s*전)?\s*(?:같은\s*기간|동기|평균|연간)?(?:\s*(?:규모|실적|총액|전체))?\s*의\s*"
                          r"(?=\d[\d,.]*\s*(?:%\s*(?:수준|에(?!서)|까지)|배))")
_ONCE = compiled(r"\p{Hangul}\s+바\s+(?:있|없)")
# a year's level a change starts from (`2024년 14조 1,634억 위안에서`, `지난해 상반기 3,317억 위안에서`, `지난해 말 29 EFLOPS 에서`)
_FROM_LEVEL = compiled(r"\S+(?:\s+[상하]반기|\s*\d{1,2}\s*(?:분기|월))?\s+(?:[^\s\d]+\s+){0,2}?"
                            r"(?:[\d,.]+\s*[조억만천]?\s*)+(?:위안|달러|원|%|\p{Hangul}{1,2}|[A-Za-z]{1,8})?\s*에서(?!\p{Hangul})")
# a look back some years from the issue's (`1 년 전만 해도 장쑤성은 … 3,100 억 위안 뒤처져 있었다`)
_LOOK_BACK = compiled(r"(?<![\d.])(?P<n>[1-9])\s*년\s*전(?:만\s*해도|에는)")


def _quantities(text: str) -> list[int]:
    """Where a paragraph's quantities start; a count of the text's own items (`4개 도시가 2025년
    성적표를`) is none a year is compared with."""
    return [m.start() for m in amount_patterns()[1].finditer(text)
            if (m["unit"] or MAGNITUDE.search(m["num"])) and m["unit"] not in _ITEM_COUNTERS]


# counters of items (`4개 도시`, `3곳`), unlike counts of events or things measured (`346건`, `78만 대`)
_ITEM_COUNTERS = frozenset({"개", "곳", "개사", "개국", "가지"})


def _compared_after_figures(quantities: list[int], at: int, start: int, end: int) -> bool:
    """Whether the year at `at` follows a quantity of its sentence (`start`, `end`) and precedes none."""
    own = [q for q in quantities if start <= q < end]
    return bool(own) and own[0] < at and not any(q > at for q in own)


# the words between a year and a period of it its clause names (`2024년 푸양의 전기 파리채 월 생산량은 상반기 70만 개`):
# names and particles only, no figure, no clause's end and no word describing (`2019년 설립된 회사는 상반기 …`)
_NAMES_BETWEEN = compiled(r"(?:(?:(?:19|20)\d{2}|['’‘]\d{2})\s*년|올해|금년|지난해|작년|내년)(?:의|에는|에|은|는)?(?:\s+(?!\S*(?:[한된던]|[었였]던|다|고|며|서|면|지만|[,.;:]))[^\s\d,.()]+)+\s+$")


def _clause_year(text: str, found: list[tuple[int, int]], at: int) -> int | None:
    """The year of a period without one, named earlier in its clause with only names between (a half of the year the
    clause is about, not the latest half before the issue's date), or None.

    >>> _clause_year("2024년 푸양의 전기 파리채 월 생산량은 상반기 70만 개", [(0, 2024)], 24)
    2024
    >>> _clause_year("2019년 설립된 회사는 상반기 매출이", [(0, 2019)], 14), _clause_year("2024년 5% 늘었고 상반기", [(0, 2024)], 13)
    (None, None)
    """
    before = [(a, y) for a, y in found if a < at]
    if not before:
        return None
    a, year = before[-1]
    return year if _NAMES_BETWEEN.match(text, a, at) else None


# what may stand between periods listed in one clause (`상반기 63만 대, 하반기 79만 대로`): no clause's end (`상반기 1,000억
# 위안을 넘어섰으며, 오는 9월에는`)
_LISTED_BETWEEN = compiled(r"(?![^.;]*(?:며|고|서|데|만|면|다)\s*,)[^.;]{0,40}?(?:,|과|와|및|에서|에는)[^.;]{0,40}?")


def _listed_in_one_year(text: str, periods: list[tuple[regex.Match[str], int | None]]) -> list[tuple[regex.Match[str], int | None]]:
    """Periods of a year listed in their order in one clause are of one year, the year of the last (`2024년 … 142만 대였다.
    광둥성 생산량은 상반기 63만 대, 하반기 79만 대로` in an issue of November 2025: the second half, under way then, is
    2024's, the year named before, and so is the first half listed with it), not each the latest before the issue's date.

    >>> m = list(_PERIOD.finditer("상반기 63만 대, 하반기 79만 대로"))
    >>> [y for _, y in _listed_in_one_year("상반기 63만 대, 하반기 79만 대로", [(m[0], 2025), (m[1], 2024)])]
    [2024, 2024]
    >>> t = "상반기 1,000억 위안을 넘어섰으며, 오는 9월에는"
    >>> [y for _, y in _listed_in_one_year(t, [(m, 2026), (n, 2025)])] if (m := _PERIOD.search(t)) and (n := _PERIOD.search(t, 5)) else 0
    [2026, 2025]
    >>> m = list(_PERIOD.finditer("상반기 63만 대였다. 하반기 79만 대로"))
    >>> [y for _, y in _listed_in_one_year("상반기 63만 대였다. 하반기 79만 대로", [(m[0], 2025), (m[1], 2024)])]
    [2025, 2024]
    """
    out = list(periods)
    for k in range(len(out) - 2, -1, -1):
        (m, year), (later, later_year) = out[k], out[k + 1]
        if year is not None and later_year is not None and later_year < year and _months_from(later) > _months_from(m) \
                and _LISTED_BETWEEN.fullmatch(text, m.end(), later.start()):
            out[k] = (m, later_year)
    return out


def _months_from(m: regex.Match[str]) -> int:
    """The first month of a period written without its year."""
    return int(m["month"]) if m["month"] else 3 * int(m["quarter"]) - 2 if m["quarter"] else 1 if m["half"] == "상" else 7


def _period_year(m: regex.Match[str], issue_date, named: int | None = None) -> int | None:
    """The year of a period written without one: the latest such period that began on or before
    the issue's date, as a weekly reports recent periods; but a quarter or a half still under way then, after a year
    the text names (`named`), is that year's (`2031 년 1~3 분기 … 분기별로 1 분기 4.9%` in an issue of 2 January 2032).

    >>> import datetime as dt
    >>> day = dt.date(2032, 1, 2)
    >>> [_period_year(_PERIOD.search(t), day, n) for t, n in (("1 분기", 2031), ("1 분기", None), ("3 분기", 2030), ("1 월", 2031))]
    [2031, 2032, 2031, 2032]
    """
    if issue_date is None:
        return None
    first_month = _months_from(m)
    if not m["month"] and named is not None and first_month <= issue_date.month < first_month + (3 if m["quarter"] else 6):
        return named
    return issue_date.year if first_month <= issue_date.month else issue_date.year - 1


# a phrase naming again the period named last (`같은 기간 지역별 투자 건수는`, `같은 해 미국의 …`),
# not the year before's (`전년 같은 기간`, `지난해 같은 기간`)
_SAME = compiled(r"(?<!(?:전년|지난해|작년|년)\s?)(?:같은\s*(?:해|기간|시기)|동기간|이\s*기간)")


# a date data are counted as of (`올해 9월 말 기준`, `2025년 6월 30일 기준`), and a phrase naming it again (`같은 기준으로`,
# `같은 시점`)
_AS_OF_DATE = compiled(r"(?<![\d.])(?:(?P<y>(?:19|20)\d{2})\s*년|(?P<rel>올해|금년|지난해|작년))\s*"
                       r"(?:\d{1,2}\s*월(?:\s*\d{1,2}\s*일|\s*말)?|말)\s*(?:현재|기준)")
_SAME_BASIS = compiled(r"같은\s*(?:기준|시점)")


def basis_year(text: str, issue_date=None) -> int | None:
    """The year of the last date a text counts its data as of, or None.

    >>> import datetime as dt
    >>> basis_year("선전의 기업은 올해 9월 말 기준 1,900곳을 넘어섰다", dt.date(2025, 11, 20))
    2025
    >>> basis_year("2024년 6월 말 기준 120곳, 2025년 말 기준 150곳"), basis_year("2024년 한 해 62만 건")
    (2025, None)
    """
    last = None
    for m in _AS_OF_DATE.finditer(text) if "기준" in text or "현재" in text else ():
        if m["y"]:
            last = int(m["y"])
        elif issue_date is not None:
            last = issue_date.year + _RELATIVE_YEAR[m["rel"]]
    return last


def years_in(text: str, issue_date=None, title: bool = False, earlier: int | None = None,
             periods: bool = True, basis: int | None = None) -> list[tuple[int, int]]:
    """(position, year) of every year or period a text names: `2025 년`, `'24년`, `2025.10.13`, a
    year opening a quoted name, `올해`/`지난해` and a period without its year (`9 월`, `1~3 분기`,
    `상반기`) counted from the issue's date. A year or period a figure is compared with is not one;
    in a title (`title`) neither is a day date (the source's) and a bare year is one anywhere.
    `같은 기간`/`같은 해` names again the year named last before it, in the text or (`earlier`) before it;
    `같은 기준`/`같은 시점` the year of the date data were last counted as of, in the text or (`basis`) before it.
    Without `periods`, only years written out or named relative to the issue's (`올해`) count.

    >>> import datetime as dt
    >>> day = dt.date(2025, 10, 17)
    >>> years_in("2024 년 상반기에 이어 올해 상반기", day), years_in("'24년 3분기 대비 5.8% 증가", day)
    ([(15, 2025)], [])
    >>> years_in("증가율은 -3.4%로 2024년(-27.1%)에 비해 낙폭이 줄었다. 같은 해 외자기업은", day)
    []
    >>> years_in("4.8%로 2024년 1분기(4.4%)와 2025년 1분기(4.1%)보다는 나아졌다", day)
    []
    >>> years_in("순위는 전년과 같았다. 전년보다 5% 늘었고 전년에는 3%", day)
    [(25, 2024)]
    >>> years_in("전년 동월 대비 8.3%, 전년 같은 기간보다 2.1%", day), years_in("7월 소매총액은 전년 같은 달보다 4.1% 늘었다", day)
    ([], [(0, 2025)])
    >>> years_in("1~9월 약 310억 위안", day), years_in("9 월 4 일 발표한 '2025 중국 창업 도시 지수'에서", day)
    ([(2, 2025)], [(0, 2025), (13, 2025)])
    >>> years_in("中 로봇 양산 (연합뉴스. 2025.11.3)", day, title=True), years_in("전국 31개 성 2021 경제 성적", day, title=True)
    ([], [(9, 2021)])
    >>> years_in("2023 년에 46 억 위안. 같은 해 미국은", day), years_in("같은 기간 지역별로는", day, earlier=2024)
    ([(0, 2023), (17, 2023)], [(0, 2024)])
    >>> years_in("2024년 … 증가했다. 2023년 바닥을 찍은 생산량이 돌아섰다. 반면 같은 해 중국의", day)
    [(0, 2024), (14, 2023), (41, 2024)]
    >>> years_in("2025년 수출은 2024년보다 5% 늘었다", day), years_in("지난해 4분기에 이어 선두를 지켰다", day)
    ([(0, 2025)], [])
    >>> years_in("2026년 전국 마늘 재배면적이 올해보다 5% 안팎 줄어들 것으로", day)
    [(0, 2026)]
    >>> years_in("허페이는 2024년 생산액이 1년 전보다 15.2% 늘어", day)  # (the base is the year before, named)
    [(5, 2024)]
    >>> years_in("선전의 규모는 2024 년 2,180 억 위안으로 한 해 전보다 17.4% 커졌다", day)
    [(8, 2024)]
    >>> years_in("2021년만 해도 허난성의 GDP가 쓰촨성보다 5,036억 위안 많았으나", day)
    [(0, 2021)]
    >>> years_in("1 년 전만 해도 장쑤성은 3,100 억 위안 뒤처져 있었다", day), years_in("지난해 좁혔다. 1년 전만 해도 3,370억 위안", day)
    ([(0, 2024)], [(0, 2024), (9, 2023)])
    >>> years_in("지난해 12 월 18 일 운영을 시작한 하이난성은 31.4% 급증", day), years_in("2024년 12월 31일 기준 5곳", day)
    ([], [(0, 2024)])
    """
    digits = bool(_ANY_DIGIT.search(text))  # a written year, a bare year and a month or quarter all hold one
    days = [m.span() for m in DAY_DATE.finditer(text)] if title and digits else []

    def kept(pos: int, end: int) -> bool:
        # (a year looked back to is when its clause's figures were, whatever they are compared with: `2021년만 해도 허난성의
        # GDP가 쓰촨성보다 5,036억 위안 많았으나`)
        base = _COMPARING.search(text, end, end + 60) and not _LOOKED_BACK_TO.match(text, end) and _BASE_YEAR.match(text, end)
        # (a measure a share is taken of is no base: `2026년 GDP 대비 디지털경제 비중은`; nor a year whose own level
        # stands before the comparison: `2030 년의 91 억 위안보다` dates that level, as `2028 년의 2.84%보다` does, see
        # `compared_within`)
        compared = base and not _ratio_to().search(text, end, base.end()) and not (
            base.group().endswith(_COMPARED_ENDS) and _LEVEL_WRITTEN.search(BRACKETED.sub("", text[end:base.end()]))) \
            and not _YEAR_COMPARED_WITH.search(text, end, base.end())  # (`2026년 … 면적이 올해보다`: that one is compared with)
        # (in prose, a year down to the day is when something happened: `지난해 12 월 18 일 … 시작한`)
        return not compared and not any(a <= pos < b for a, b in days) and (title or not _EVENT_DAY.match(text, end))

    found = [(m.start(), _year_of(m)) for m in _YEAR.finditer(text)
             if kept(m.start(), m.end())] if digits else []
    for m in _BARE_YEAR.finditer(text) if digits else ():
        if not _amount_word(m["word"]) and kept(m.start(), m.end()) \
                and (title or _NAME_OPENS.search(text, max(0, m.start() - 3), m.start()) or m["word"] in _YEAR_NOUNS):
            found.append((m.start(), int(m["y"])))
    if issue_date is not None:
        found += [(m.start(), issue_date.year + _RELATIVE_YEAR[m.group()]) for m in _RELATIVE.finditer(text)
                  if not (m.group() in _MAY_BE_COMPARED and (text[m.end():m.end() + 7].lstrip().startswith(_COMPARED)
                                                             or _WITH.match(text, m.end())
                                                             or _PART_COMPARED.match(text, m.end()))
                          and (m.group() == "전년" or not _SAME_PERIOD_STATED.match(text, m.end())))
                  and not (m.group() in ("올해", "금년") and _THIS_YEAR_COMPARED.match(text, m.end()))
                  and not _LEAD_FROM.match(text, m.end()) and (title or not _EVENT_DAY.match(text, m.end()))]
        if "달" in text:
            # the issue's month, or the one before it (`이달 초 … 2 억 파타카로 확대했다`, `지난달 …`): its year
            found += [(m.start(), issue_date.year if m["this"] or issue_date.month > 1 else issue_date.year - 1)
                      for m in _MONTH_WORD.finditer(text)
                      if not (text[m.end():m.end() + 7].lstrip().startswith(_COMPARED) or _WITH.match(text, m.end()))  # (`지난달보다`)
                      and not _MONTH_DAY.match(text, m.end())]  # (`지난달 28 일 … 발표했다`: a day, when it happened)
        if digits and "전" in text:  # (from the year named last before it: `지난해 … 좁혔다. 1년 전만 해도`)
            found += [(m.start(), max(((at, y) for at, y in found if at < m.start()), default=(0, issue_date.year))[1]
                       - int(m["n"])) for m in _LOOK_BACK.finditer(text)]
        if periods and (digits or "반기" in text):
            written = [(m.start(), _year_of(m)) for m in _YEAR.finditer(text)] if digits else []
            # (a period still under way at the issue's date is of the year named before it, in the text or before it:
            # `상반기 항저우에 내줬던 8 위` in an article on 2038 of an issue of January 2039)
            bare = [(m, _clause_year(text, found, m.start())
                     or _period_year(m, issue_date, max(((a, y) for a, y in written if a < m.start()),
                                                        default=(0, earlier))[1]))
                    for m in _PERIOD.finditer(text)
                    if not _YEAR_BEFORE.search(text, max(0, m.start() - 14), m.start()) and kept(m.start(), m.end())
                    and not _RELEASED_BY.match(text, m.end())]
            found += [(m.start(), y) for m, y in _listed_in_one_year(text, bare)]
    found.sort()
    if "같은" in text or "기간" in text:
        for m in _SAME.finditer(text):
            # (not a year recalled to compare with: `2029년 1~8월 … 9.7% 줄었던 것과 비교하면 …. 같은 기간 …`; nor one a
            # measure is compared with, `감소 폭은 지난해 연간 감소율보다 크게 줄었다. 같은 기간 …`)
            before = [y for at, y in found if at < m.start() and not _RECALLED.match(text, at)
                      and compared_within(text, at) is None and not _TURNING_POINT.match(text, at)]
            year = before[-1] if before else earlier
            if year is not None:
                found.append((m.start(), year))
        for m in _SAME_BASIS.finditer(text):
            # (`올해 9월 말 기준 … 2024년 한 해 … | 같은 기준으로 구별로는`: the date counted as of, not the year named last)
            year = basis_year(text[:m.start()], issue_date) or basis
            if year is not None:
                found.append((m.start(), year))
        found.sort()
    return found


_COMPARED_ENDS = ("대비", "보다", "비해", "견줘")
# a level written out: a number not of a period, a date or a count of things named (`91 억 위안`, not `1분기`, `10개 도시`)
_LEVEL_WRITTEN = compiled(r"(?<![\d.,])\d[\d.,]*\s*(?:[조억만천]\s*(?:[\d,]+\s*)?)*(?!\s*(?:년|월|분기|일|개|[\d.,]))")


# a year a measure turned in, recalled (`2023년 바닥을 찍은 생산량이 1년 만에 회복세로 돌아선 것이다. 반면 같은 해 …`: the
# same year is that of the figures before)
_TURNING_POINT = compiled(r"(?:19|20)\d{2}\s*년(?:에|도)?\s+(?:바닥|저점|정점|고점|최저점|최고점)(?:을|를)\s*(?:찍|쳤|친|치고|지나|지난)")
_RECALLED = compiled(r"(?:[^.]|(?<=\d)\.(?=\d)){0,60}?던\s*것(?:과\s*비교하면|에\s*비하면|보다)")


@cache
def _ratio_to() -> regex.Pattern[str]:
    """A measured quantity right before `대비`, perhaps glossed in brackets (`지역내총생산(GDP) 대비`): what a share is of."""
    return compiled(rf"(?<![\p{{Hangul}}A-Za-z])(?:{measure_nouns()})(?:\s*\([^()]{{1,12}}\))?\s*대비$")


# how a figure's own words date it, beside the years of its paragraph (`figure_year`)
_YEARS_AGO = compiled(r"(?<![\d.])(?P<n>[1-9])\s*년\s*전(?:의|에는)?\s+$")
# last year's figure a change starts from (`격차를 전년 4,626억 위안에서 3,672억 위안으로`)
# (or within a year of the one after: `격차가 1년 새 1,200억 위안에서 1,900억 위안으로`)
_LAST_YEARS_FROM = compiled(r"(?P<y>(?!))?(?:(?<!\p{Hangul})(?:전년|지난해|작년)|(?<![\d.])1\s*년\s*(?:새|사이)|한\s*해\s*(?:새|사이))\s+$")
_TIMES = compiled(r"[\d.,]+\s*배")
_FROM_HERE = compiled(r"[\d,.]+\s*\S*?(?:\s\S+?)?에서(?!\p{Hangul})")
# a span of several years a figure is over, before it in its clause (`건설에 2 년간 15 억 위안을`, `향후 5년간 200억 위안을`,
# `2043 년까지 20 년간 … 인도될 신규 여객기는 8,866 대`; not
# one gone by, `지난 3년간`, nor a year's, `1년간 증가 속도는`)
_YEARS_SPAN = compiled(r"(?<![\d.~]|지난\s|최근\s|과거\s)(?:[2-9]|[1-9]\d)\s*년\s*(?:간|동안)\s+[^,.\d]{0,30}$"
                      # (or a sum since a start, `출범 이후 누적 거래액이 1,000 억 위안을`: the years since, none alone)
                      r"|(?:출범|설립|개장|개소|개원|개통|가동|창업|상장)\s*(?:이후|이래)\s+(?:[^,.\d\s]+\s+)?누적[^,.\d]{0,30}$")
# a sentence opening with the present (`현재 우한에는 …`; not `2034 년 말 현재`, a date figures stand at)
# a span from one year to another a sentence's figures sum over (`2023년부터 2025년 9월까지 발표한`; not a period stated,
# `시범 기간은 2033 년 10 월부터 2036 년 9 월까지다`)
_FROM_TO = compiled(r"(?<![\d.])(?:19|20)\d{2}\s*년(?:\s*\d{1,2}\s*월)?\s*부터\s+(?:19|20)\d{2}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*말)?\s*까지"
                    r"(?!다|였|이다|\p{Hangul})")
# (or after the place the sentence opens with: `룽강에는 현재 다섯 개 전문 산업단지가 조성돼 있고`)
_NOW_OPENS = compiled(r"(?:^|(?<=다\.)\s+)(?:\p{Hangul}+(?:\([^()]*\))?(?:에는|엔|은|는)\s+)?현재\s")
_RESTATED = compiled(r"(?:[^.]|\.(?=\d)){0,30}?셈이다")
_YEARS_LATER = compiled(r"(?<![\d.])(?P<n>[1-9])\s*년\s*만에\s+$")
# the date a figure is counted at, written after it in its clause (`기업 42 곳이 모여 있어 2036 년 6 월 기준 가장 많았다`)
_AS_OF_AFTER = compiled(r"\d[\d,.]*(?:\s*(?:조|억|만|천))*[^\d.,]{0,30}?(?<![\d\p{Hangul}])(?P<y>(?:19|20)\d{2})\s*년\s*"
                        r"(?:\d{1,2}\s*월\s*)?(?:말\s*|초\s*)?(?:현재|기준)(?!\p{Hangul})")
# a change that ends at a year's level, the year written right after its verb (`3년 새 27.5% 떨어져 2025년 1~3분기에는 대당
# 1만 1,200위안을`)
_CHANGE_TO_YEAR = compiled(r"\d[\d,.]*(?:\s*(?:조|억|만|천))*\s*(?:%p?|[^\s\d.,]{1,3})?\s*(?:가량\s*|넘게\s*|남짓\s*)?"
                           r"(?:떨어져|줄어|늘어|증가해|감소해|올라|상승해|하락해|뛰어)\s+(?P<y>(?:19|20)\d{2})\s*년"
                           r"(?!\s*(?:이후|이래|부터|대비|보다|에\s*비해|만에|째))")  # (not a span's start: `2.7% 줄어 2026 년 이후 감소세를`)
_YEAR_ASIDE = compiled(r"(?:(?:(?:(?<!\d)(?P<y>(?:19|20)\d{2})|['’‘](?P<yy>\d{2}))\s*년(?:\s*(?:\d{1,2}\s*~\s*)?\d{1,2}\s*(?:분기|월)|\s*[상하]반기"
                         r"|\s*같은\s*(?:기간|분기|달|시기))?"
                         r"|(?<!\p{Hangul})(?:전년|지난해|작년)(?:\s*(?:같은\s*(?:기간|분기|달|시기)|동기))?"
                         r"|(?<![\d.])(?P<back>[1-9])\s*년\s*전)(?:의?\s+\p{Hangul}{1,4})?\s*\(\s*(?:\p{Hangul}{1,4}\s+)?[-−+]?"
                         r"|(?<!\p{Hangul})(?:전년|지난해|작년)(?:\s*(?:같은\s*(?:기간|분기|달|시기)|동기)(?:의(?:\s+\p{Hangul}{1,4})?)?|의)\s+)$")
# (`전년의 64곳`, `지난해 같은 기간의 격차 2,034억 위안`, `지난해 같은 기간의 41만 명보다`; `2027 년 같은 기간(196 만 대)보다`,
# `2023 년 성장률(23.1%)보다`)


def figure_year(text: str, at: int, years: list[tuple[int, int, int]], context_year: int | None) -> tuple[int | None, bool]:
    """The year of the figure at `at` of its paragraph, and whether the paragraph names it: the
    year written nearest before it (`years`: `year_reach`), a year whose own figure it is in
    brackets (`2024년(-27.1%)에 비해`), years before its sentence's (`전년(2.5%)`, `지난해 같은 기간
    3조 3,317억 위안에서`, `1 년 전 4,626 억 위안에서`: dating no other figure) or after the one named (`1년 만에 16.5% 반등`, up to the
    context's), else the context's; none for a figure over a span of several years (`2 년간 15 억 위안을`, `출범 이후 누적
    거래액이 1,000 억 위안을`, `2023년부터 2025년 9월까지 발표한 … 110억 유로`), no year named between, nor for one of a
    sentence opening with the present (`현재 …`).

    >>> text = "2025 년 성장률은 3.3%로 전년(2.5%)보다 높았다."
    >>> years = year_reach(text, years_in(text))
    >>> figure_year(text, text.index("3.3"), years, None), figure_year(text, text.index("2.5"), years, None)
    ((2025, True), (2024, False))
    >>> text = "선전시는 2033 년 목표를 세웠고, 광저우시는 이착륙장 건설에 2 년간 15 억 위안을 투입한다."
    >>> figure_year(text, text.index("15 억"), year_reach(text, years_in(text)), 2033)
    (None, False)
    >>> text = "2035 년 1 위였다. 창저우에 기업 42 곳이 모여 있어 2036 년 6 월 기준 가장 많았다."
    >>> figure_year(text, text.index("42"), year_reach(text, years_in(text)), None)
    (2036, True)
    >>> text = "가격은 3년 새 27.5% 떨어져 2025년 1~3분기에는 대당 1만 1,200위안을 기록했다."
    >>> figure_year(text, text.index("27.5"), year_reach(text, years_in(text)), 2024)
    (2025, True)
    >>> text = "2034년 규모는 우한이 860억 위안으로 가장 컸다. 현재 우한에는 기업 120곳이 넘게 모여 있다."
    >>> figure_year(text, text.index("120"), year_reach(text, years_in(text)), None)
    (None, False)
    >>> text = "2025년 상반기 326억 위안이었다. 룽강에는 현재 5개 산업단지가 있고, 쑹산후에는 센터 3곳이 있다."
    >>> figure_year(text, text.index("5개"), year_reach(text, years_in(text)), None)
    (None, False)
    """
    if (now := _NOW_OPENS.search(text, max(0, text.rfind("다.", 0, at)), at)) and not any(now.end() <= a < at for a, _, _ in years):
        return None, False  # `현재 우한에는 … 120곳이 넘게 모여 있고`: the present, no year the paragraph named before
    aside = _YEAR_ASIDE.search(text, max(0, at - 24), at) or (
        _LAST_YEARS_FROM.search(text, max(0, at - 6), at) if _FROM_HERE.match(text, at) else None)
    if aside and aside.group().rstrip().endswith("의") and _TIMES.match(text, at):
        aside = None  # `전년의 2.3배`: this year's figure, measured by last year's
    written = aside.groupdict() if aside else {}
    named = int(written["y"]) if written.get("y") else 2000 + int(written["yy"]) if written.get("yy") else None
    if aside and named is None and not aside.group().startswith("전년") and any(a == aside.start() for a, _, _ in years):
        aside = None  # `지난해(5.8%)`: the paragraph read the word as the year it names (`전년` is the sentence's)
    own = named if named is not None else year_before(years, at, None)
    if named is None and (as_of := _AS_OF_AFTER.match(text, at)):
        return int(as_of["y"]), True  # (`… 42 곳이 모여 있어 2036 년 6 월 기준 가장 많았다`: the year it is counted at)
    if named is None and own is None and (reached := _CHANGE_TO_YEAR.match(text, at)):
        return int(reached["y"]), True  # (`3년 새 27.5% 떨어져 2025년 1~3분기에는 …`: the change to that year's level)
    if named is None and (span := _YEARS_SPAN.search(text, max(0, at - 40), at)) and not any(span.start() < a < at for a, _, _ in years):
        return None, False  # `광저우시는 … 건설에 2 년간 15 억 위안을 투입한다`: a sum over years of its own, no one year's
    if named is None and "부터" in text and (spans := list(_FROM_TO.finditer(text, text.rfind("다.", 0, at) + 1, at))) \
            and not any(spans[-1].end() <= a < at for a, _, _ in years):
        return None, False  # `2023년부터 2025년 9월까지 발표한 … 투자액을 … 헝가리가 약 110억 유로로`: a sum over the span
    later = None if aside else _YEARS_LATER.search(text, max(0, at - 10), at)
    if later:
        # `2024년 14조 … 위안에서 2년 만에 9,602억 위안`: years on from the year of the level it started from, the year
        # written last before it, compared with or not (`2025 년(6,700 억 위안)과 비교하면 3 년 만에`)
        own = next((y for a, y, _ in reversed(years) if a < at), own)
    later = later if own is not None else None
    if later and any(y == own - int(later["n"]) for a, y, _ in years if a < at) and _RESTATED.match(text, at):
        # `2023년 하반기 78.6%에 … 2025년 상반기 91.4%로 올라섰다. 전국 합격률이 2년 만에 12.8%p 뛴 셈이다`: the years the
        # text spans, the change restated
        return own, True
    if later and (context_year is None or own + int(later["n"]) <= context_year):
        return own + int(later["n"]), True  # `2024년 1,105억 위안으로 … 1년 만에 16.5% 반등`: a year on
    ago = None if aside else _YEARS_AGO.search(text, max(0, at - 10), at)
    if ago and ago.group().rstrip().endswith("의") and _TIMES.match(text, at):
        ago = None  # `투자 건수가 5 년 전의 1.8 배로`: this year's, measured by that of five years before
    if aside and named is None and aside.group().startswith("전년") and any(a == aside.start() for a, _, _ in years):
        # `일본은 전년 2건에서 올해 6건으로`: the year before the one the sentence is of, not before the word's own reading
        own = year_before([y for y in years if y[0] != aside.start()], aside.start(), None)
    if aside and named is None or ago:
        base = own if own is not None else context_year
        back = int(ago["n"]) if ago else int(aside["back"]) if aside.groupdict().get("back") else 1  # (`1 년 전(1,758 억 위안)`)
        return (base - back if base is not None else None), False
    return (own if own is not None else context_year), own is not None
