"""The year an article's paragraphs and title state for what they report (see `typed.prose_articles`): the year a
paragraph states for its quantities (`stated_year`), the date the data are as of (`as_of_year`), and the period a
title names (`title_year`); the years each mention names are `typed.prose_years`'.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import EVERY_LEVEL, find_regions
from kic_extract.segment.patterns import YEAR_HEADER
from kic_extract.typed.cells import amount_patterns
from kic_extract.typed.figure_cues import cues
from kic_extract.typed.prose_regions import QUOTED
from kic_extract.typed.prose_years import DAY_DATE, MAGNITUDE, measure_nouns, year_before, year_reach, years_in

# a year closing a period counted forward (`2033 년 말까지`, `2035년까지`)
_UNTIL = compiled(r"\d{4}\s*년?\s*(?:말|초|상반기|하반기|\d{1,2}\s*월(?:\s*말)?)?\s*까지")
# a day or a month counted back from the issue's date (`지난 14일`, `지난 6월 말`)
_RECENT_DAY = compiled(r"(?<!\p{Hangul})지난\s+(?:\d{1,2}\s*일|(?P<month>\d{1,2})\s*월)")


_RUN_OPENS = compiled(r"\s*(?:부터|~|∼|-|–)\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일")


def stated_year(text: str, issue_date=None) -> int | None:
    """The year a paragraph states for the quantities it reports, written out or relative to the
    issue's (`올해 1월 1일부터 …`): the one dating its first dated quantity (not one compared
    with; a target's or a forecast's dates only its sentence); a month or quarter alone, or a
    year dating no quantity (`2024 년 … 명시된 이후`), states none.

    >>> import datetime as dt
    >>> day = dt.date(2026, 2, 27)
    >>> stated_year("올해 1월 1일부터 2월 22일까지 투자는 1,268건으로 지난해 같은 기간보다 14% 늘었다.", day)
    2026
    >>> stated_year("1 월 12~18 일 공개된 투자는 132 건이었다.", day) is None
    True
    >>> stated_year("상반기 신규 상장사 51개사 가운데 43개사가 상위 8개 성·시에서 나왔다.", dt.date(2025, 7, 16))
    2025
    >>> stated_year("공업정보화부는 지난 14일 '작은 거인' 기업 3,512곳을 새로 지정했다.", day)
    2026
    >>> stated_year("지난 6월 말 명단을 공개했다. 새로 이름을 올린 기업은 3,214곳이다.", day), stated_year("지난 6월 3,214곳", dt.date(2026, 7, 16))
    (2025, 2026)
    >>> stated_year("2025.10.28 <3 년 행동 방안(2025~2027)>을 발표했다.", day) is None
    True
    >>> stated_year("공업정보화부는 2039.3.13 국가 제조업혁신센터 14 곳을 새로 지정했다.", dt.date(2039, 3, 18))
    2039
    >>> stated_year("국무원은 2025년 4월 27일 원전 프로젝트를 승인했다. 새로 승인된 원자로는 모두 10기이며", dt.date(2025, 5, 7))
    2025
    >>> stated_year("고도 1,000 미터 이하의 경제. 2024 년 정부업무보고에 처음 명시된 이후 확산됐다.", day) is None
    True
    >>> stated_year("공업정보화부는 이달 초 2026년도 제8차 '작은 거인' 기업 명단을 공시했다.", day)
    2026
    >>> stated_year("해관총서 통계를 분석한 결과 2025년 수출입 증가율 상위 다섯 곳 가운데 네 곳이 서부였다.", day)
    2025
    >>> stated_year("5개 자치구는 지난해 모두 전국 평균을 웃도는 성장률을 기록했다.", day)
    2025
    >>> stated_year("사업이 2022년 2월 가동된 지 5년이 지났다. 8개 허브의 2025년 운영 현황을 공개했다.", day)
    2025
    >>> stated_year("9 개 도시로 구성된 대만구는 지난해에도 가장 역동적인 도시군의 위상을 지켰다.", day)
    2025
    >>> stated_year("연구소가 발표한 ‘2026 도시 상업 매력도 순위’에서 청두시가 1위에 올랐다.", day)
    2026
    >>> stated_year("6 개 도시를 지정했다. 이들 도시에는 2028 년 말까지 3 개 분야에 지원금이 배정된다.", day) is None
    True
    >>> stated_year("재정부는 지난 15 일 ‘유도기금’ 2 차 배정 결과를 발표했다.", day)
    2026
    >>> stated_year("광둥성 상무청은 2026년 3월 초 라이브커머스 기지를 새로 지정해 발표했다. 중소 제조사를 돕는 취지다.", day)
    2026
    >>> stated_year("공업정보화부는 2 월 20 일 명단을 공시했다. 새로 오른 기업은 3,260 개사로, 지난해 발표된 제 19 차(3,100 "
    ...             "개사)보다 160 개사 많다.", day)
    2026
    >>> stated_year("총국은 2025년 상반기 전국 규조토 욕실매트 품질 추출검사 결과를 발표하고 검사 항목을 늘리겠다고 밝혔다.", day)
    2025
    >>> stated_year("2026년 설(춘제) 연휴 동안 주요 플랫폼에서 헤어 액세서리 판매가 크게 늘었다.", day)
    2026
    >>> stated_year("신화망 보도에 따르면 2025 년 ‘11·11’ 쇼핑 축제 기간 플랫폼에서 향초 거래액이 크게 늘었다.", day)
    2025
    """
    # a day's date dates an event (`2025.10.28 발표`), but not one opening a run of days (`2025년 10월 9일부터 11월 11일까지
    # … 거래액은`: the period the quantities are for)
    days = [m.span() for m in DAY_DATE.finditer(text) if not _RUN_OPENS.match(text, m.end())]
    # (nor an event's edition, `'2025 한중 바이오헬스 창업 교류회'를 열었다. … 80여 명이 참석했다`)
    days += [m.span() for m in QUOTED.finditer(text) if m["inner"].rstrip().endswith(cues("event"))]
    named = [(at, y) for at, y in years_in(text, issue_date, periods=False) if not any(a <= at < b for a, b in days)]
    if issue_date is not None:
        # (a deadline after the issue's year, `이들 도시에는 2033 년 말까지 … 3 개 분야에 … 배정된다`, is a plan's: it
        # dates no quantity the paragraph reports)
        named = [(at, y) for at, y in named if not (y > issue_date.year and _UNTIL.match(text, at))]
    recent = _RECENT_DAY.search(text) if issue_date is not None else None
    if recent:
        # `지난 14일 … 3,512곳을 새로 지정했다`; `지난 6월 말 … 명단을 공개했다` in July: this year's June
        back = recent["month"] is not None and int(recent["month"]) > issue_date.month
        named = sorted(named + [(recent.start(), issue_date.year - back)])
    if (named_on := _NAMED_ON_DAY.search(text)) and named_on["day"][:4].isdigit() \
            and (issue_date is None or int(named_on["day"][:4]) <= issue_date.year) and not any(at < named_on.start() for at, _ in named):
        # `… 2039.3.13 국가 제조업혁신센터 14 곳을 새로 지정했다`: things named on a day are counted as of its year
        return int(named_on["day"][:4])
    if not named and issue_date is not None and _PERIOD_LEAD.match(text) and amount_patterns()[1].search(text) \
            and (dated := years_in(text, issue_date)):
        # `상반기 신규 상장사 51개사 가운데 43개사가 …`: opening with a half or a quarter of no year, the paragraph reports
        # the issue's (a month alone still states none: `1 월 12~18 일 공개된 투자는`)
        return dated[0][1]
    if not named:
        return _event_day_year(text, issue_date)
    reach = year_reach(text, named)
    # (not a quantity compared with, `지난해 발표된 제 19 차(3,100 개사)보다`)
    quantities = (year_before(reach, m.start(), None) for m in amount_patterns()[1].finditer(text)
                  if (m["unit"] or MAGNITUDE.search(m["num"])) and not _COMPARED_AFTER.match(text, m.end()))
    found = next((year for year in quantities if year is not None), None)
    if found is None and (edition := _EDITION_YEAR.search(text)):
        found = int(edition["y"])  # `2026년도 제8차 … 명단을 공시했다`: the year of the list it reports
    if found is None and recent and _RESULTS_OUT.search(text, recent.end()):
        # `지난 15 일 ‘… 유도기금’ 2 차 배정 결과를 발표했다`: results out on a recent day, this year's, which the
        # paragraphs after it report
        found = next(year for at, year in named if at == recent.start())
    if found is None:
        # (so on a month's day with no year, `6 월 27 일 … '소거인' 기업 명단을 공시했다`: this year's, or last year's for
        # a month after the issue's)
        found = _day_year(text, issue_date, _RESULTS_OUT) or _event_day_year(text, issue_date)
    if found is None:
        # `'2030 도시 상업 매력도 순위'에서 청두시가 1위에 올랐다`: the year a ranking's name opens with
        found = next((year for at, year in named if at and (m := QUOTED.match(text, at - 1))
                      and m["inner"].rstrip().endswith(cues("edition"))), None)
    if found is None:
        # `2026년 수출입 증가율 상위 다섯 곳 가운데`: a year naming what is measured, with no figure
        found = next((year for at, year in named if _measured().match(text, at)), None)
    if found is None and (named_in := _NAMED_IN_MONTH.search(text)) \
            and (issue_date is None or int(named_in["y"]) <= issue_date.year):
        # `2026년 3월 초 … 기지를 새로 지정해 발표했다`: what a body named in a month is counted as of its year, in the
        # paragraphs after that count it
        found = int(named_in["y"])
    if found is None and (results := _YEAR_RESULTS.search(text)) is not None \
            and (issue_date is None or int(results["y"]) <= issue_date.year):
        # `… 2025년 상반기 전국 규조토 욕실매트 품질 추출검사 결과를 발표하고`: the period of the results a body put out, in the
        # paragraphs after that report them
        found = int(results["y"])
    if found is None and len(named) == 1 and _RELATIVE_LEAD.match(text, named[0][0]):
        # `… 대만구는 지난해에도 중국에서 가장 역동적인 도시군의 위상을 지켰다`: the one year, relative to the issue's,
        # the paragraph says its subject stood in
        found = named[0][1]
    if found is None and (named[0][0] == 0 or _SOURCE_LEAD.fullmatch(text, 0, named[0][0])) \
            and _YEAR_OF_SEASON.match(text, named[0][0]):
        # `2026년 설(춘제) 연휴 동안 … 헤어 액세서리 판매가 크게 늘었다`: a season of the year the paragraph opens with (or
        # with after its source, `신화망 보도에 따르면 2025 년 ‘11·11’ 쇼핑 축제 기간`), whose sales the paragraphs after it
        # give (`연휴 기간 … 판매 증가율은 청두가 63%로`)
        found = named[0][1]
    return found


# a paragraph's source before its year (`신화망 보도에 따르면`, `업계 집계에 따르면`)
_SOURCE_LEAD = compiled(r"[^.,]{1,30}?(?:보도|발표|자료|집계|통계|조사)?에\s*따르면\s*")

# a year opening a paragraph, then a season or holiday of it, its name quoted or not (`2026년 설(춘제) 연휴 동안`, `2025년 국경절 연휴 기간`)
_YEAR_OF_SEASON = compiled(r"\s*(?:19|20)\d{2}\s*년\s+(?:[‘'“][^’'”]{1,12}[’'”]\s*)?[^,.\d]{0,16}?(?:연휴|명절|성수기|시즌|쇼핑\s*축제)\s*(?:동안|기간|중)?(?!\p{Hangul})")


def _day_year(text: str, issue_date, told: regex.Pattern[str], figures_after: bool = False) -> int | None:
    """The year of the first month's day of no year in a text, when `told` follows it (and, with `figures_after`, an
    amount with a unit after it): the issue's, or the year before for a month after the issue's."""
    if issue_date is None or not (day := _MONTH_DAY.search(text)) or not told.search(text, day.end()):
        return None
    if figures_after and not any(m.start() > day.end() for m in amount_patterns()[1].finditer(text) if m["unit"]):
        return None
    return issue_date.year - (int(day["month"]) > issue_date.month)


def _event_day_year(text: str, issue_date) -> int | None:
    """The year of an event held on a month's day of no year (`… 전국 결선이 10 월 18 일 … 막을 내렸다. … 이번 대회에는
    5,400여 개 대학에서 …`), whose figures the paragraph reports after it; None when it tells of no such event."""
    return _day_year(text, issue_date, _EVENT_ENDED, figures_after=True)


_COMPARED_AFTER = compiled(r"[)\s]{0,2}(?:보다|에\s*비해)")
_PERIOD_LEAD = compiled(r"\s*(?:[상하]반기|(?:[1-4]\s*~\s*)?[1-4]\s*분기)(?!\p{Hangul})")  # (a paragraph opening with its period)
_MONTH_DAY = compiled(r"(?<![\d.~]\s?|년\s?)(?P<month>\d{1,2})\s*월\s*\d{1,2}\s*일(?!\s*[~-])")
_EVENT_ENDED = compiled(r"[^.]{0,60}?(?:막을\s*내렸|폐막|개막|열렸|개최됐|치러졌|마무리됐)")
_RESULTS_OUT = compiled(r"(?:결과|명단|현황|순위)(?:를|을)\s*(?:발표|공개|공시|내놓|내놨)")
# a year, then in its clause the results of it a body put out (`2025년 상반기 … 추출검사 결과를 발표하고`)
_YEAR_RESULTS = compiled(r"(?P<y>(?:19|20)\d{2})\s*년[^.,]{0,40}?(?:결과|명단|현황|순위)(?:를|을)\s*(?:발표|공개|공시|내놓|내놨)")
# a count of things named on a dated day, in the day's sentence (`2039.3.13 국가 제조업혁신센터 14 곳을 새로 지정했다`)
# (or in the sentence right after, counting what was so named: `2025년 4월 27일 … 원전 프로젝트를 심의해 승인했다. 새로
# 승인된 원자로는 모두 10기이며`)
# things named in a month of a year, counted in no figure of the sentence (`2026년 3월 초 … 기지를 새로 지정해 발표했다`)
_NAMED_IN_MONTH = compiled(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*년\s*\d{1,2}\s*월(?:\s*(?:초|말|중순|상순|하순))?(?!\s*\d)"
                           r"[^.\d]{0,80}?(?:지정|선정|인증|승인)(?:해|하여|했|하였|한)")
_NAMED_ON_DAY = compiled(rf"(?P<day>{DAY_DATE.pattern})"
                         r"(?:[^.]{0,60}?\d[\d,]*\s*(?:곳|개사|개|社|家)(?:을|를)\s*(?:새로\s*|추가로\s*)?(?:지정|선정|인증|승인)"
                         r"|[^.]{0,160}?(?:지정|선정|인증|승인)(?:했|하였)다\.\s+(?:새로\s+|이번에\s+)?(?:지정|선정|인증|승인)된"
                         r"\s+\p{Hangul}+(?:은|는|이|가)\s+(?:모두\s+|총\s+)?\d)")


_RELATIVE_LEAD = compiled(r"(?:지난해|작년|올해|금년)(?:에도|에는|엔)(?!\p{Hangul})")


@cache
def _measured() -> regex.Pattern[str]:
    """A year, then in its clause and within five words a noun naming a measured quantity (not a market named
    by one, `올해 중국 벤처투자 시장의 최대 화두`), or an industry's or economy's size (`2024년 바이오제조 산업 규모 상위
    지역은`)."""
    return compiled(rf"\S+(?:\s+[^\s,.]+){{0,5}}?\s+(?:(?:{measure_nouns()})(?!\S*\s+시장)|(?:산업|경제)\s*규모(?:는|가|를|의)?(?!\p{{Hangul}}))")


# `올해도`, `올해 역시`: again this year, said of a standing, no period of its own
AGAIN = compiled(r"올해\s*(?:도|에도|\s역시)(?!\p{Hangul})")


# the year of a programme or an edition (`2026년도 제8차 … 명단`)
_EDITION_YEAR = compiled(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*년도(?!\p{Hangul})")


# the date the data are as of (`2025년 12월 31일 기준`, `2025년 말 기준`)
AS_OF = compiled(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*년\s*(?:\d{1,2}\s*월(?:\s*\d{1,2}\s*일|\s*말)?|말)\s*기준")
_WRITTEN_YEAR = compiled(r"(?<![\d.])(?:19|20)\d{2}\s*년")


_EDITION = compiled(r"(?<![\d.'’])(?P<y>(?:19|20)\d{2})(?![\d.]|\s*년)")


def as_of_year(title: str, opening: str, issue_date=None) -> int | None:
    """The year an article's data are as of, where its title names the year only as part of a name
    (`2026 후룬 글로벌 유니콘 지수`, an edition) and its opening paragraph gives the date the data are
    as of (`2025년 12월 31일 기준`) or states an earlier year for what it reports (`<2028 … 보고서>에
    따르면 지난해 디지털경제 규모가 2조 위안을 넘어선 곳은`); None otherwise.

    >>> as_of_year("2026 후룬 글로벌 유니콘 지수", "지수에 따르면 2025년 12월 31일 기준 기업가치 …")
    2025
    >>> as_of_year("2026년 1분기 투자 동향", "2025년 말 기준 …") is None
    True
    >>> import datetime as dt
    >>> as_of_year("2028 중국 도시 디지털경제 보고서 발표", "보고서에 따르면 지난해 규모가 2조 위안을 넘어선 곳은 7 곳", dt.date(2028, 12, 22))
    2027
    """
    if _WRITTEN_YEAR.search(title):
        return None
    m = AS_OF.search(opening)
    if m:
        return int(m["y"])
    edition = int(e["y"]) if (e := _EDITION.search(title)) else None  # (a year printed as part of a name, no `년`)
    stated = stated_year(opening, issue_date) if edition is not None else None
    return stated if stated is not None and stated < edition else None


def title_year(title: str, issue_date=None) -> int | None:
    """The year of the period an article's title names (`2025 년 1~3 분기 …`, `3 분기 …` by the
    issue's date, `2025 중국 창업 도시 지수`); not a day date it prints (the source's date).

    >>> import datetime as dt
    >>> day = dt.date(2025, 11, 7)
    >>> title_year("9 월 중국 스타트업 투자", day), title_year("11 월 동향", dt.date(2025, 10, 3)), title_year("中 로봇 (연합뉴스. 2025.11.3)", day)
    (2025, 2024, None)
    >>> title_year("임바디드 AI 투자 열기, 하반기에도 이어진다", day) is None
    True
    >>> title_year("상무부, 외자기업 재투자 세액공제 2028 년까지 연장", day) is None
    True

    """
    # (nor a deadline after the issue's year, `외자기업 재투자 세액공제 2040 년까지 연장`: no period of results)
    found = [(at, y) for at, y in years_in(title, issue_date, title=True) if not _GOES_ON_INTO.match(title, at)
             and not (issue_date is not None and y > issue_date.year and _UNTIL.match(title, at))]
    return found[0][1] if found else None


def completed_in_opening(title: str, opening: str) -> int | None:
    """The year the opening paragraph writes right before its first mention of the period a title names without one
    (`1~9 월 성별 헤어기기 수출 실적` over `… 2024 년 1~9 월 중국의 … 수출액은`): the title's period is that year's, not the
    issue's; else None (`올해 1~8월 … 2029년 1~8월보다`: this year's, the later one compared with).

    >>> completed_in_opening("1~9 월 성별 수출 실적", "통계에 따르면 2024 년 1~9 월 중국의 수출액은")
    2024
    >>> completed_in_opening("1~8월 외국인직접투자", "올해 1~8월 중국의 FDI는 … 감소했다. 2029년 1~8월에는")
    >>> completed_in_opening("2025 년 1~9 월 실적", "2024 년 1~9 월")
    """
    if _FOUR_DIGITS.search(title) or not (period := _YEARLESS_PERIOD.search(title)):
        return None
    wanted = regex.sub(r"\s+", "", period.group())
    first = next((m for m in _YEARLESS_PERIOD.finditer(opening) if regex.sub(r"\s+", "", m.group()) == wanted), None)
    year = _YEAR_BEFORE_PERIOD.search(opening, 0, first.start()) if first else None
    return int(year["y"]) if year else None


_FOUR_DIGITS = compiled(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PERIOD = r"(?:(?:\d{1,2}\s*~\s*)?\d{1,2}\s*월|(?:[1-4]\s*~\s*)?[1-4]\s*분기|[상하]반기)"
_YEARLESS_PERIOD = compiled(_PERIOD)
_YEAR_BEFORE_PERIOD = compiled(r"(?P<y>(?:19|20)\d{2})\s*년\s*$")


# a period of the issue's year a title says something goes on into (`투자 열기, 하반기에도 이어진다`): not the
# period its figures are for
_GOES_ON_INTO = compiled(r"(?:[상하]반기|[1-4]\s*분기|\d{1,2}\s*월)\s*(?:에도|까지)(?!\p{Hangul})")


# a figure's number as printed (`1,402 억 위안`: 1402), to compare with a table's cell
_NUMBER = compiled(r"\d[\d,]*(?:\.\d+)?")


def restated_cell_year(fig: dict, tables: list[dict], issue_date=None) -> int | None:
    """The year a prose figure has when it restates a cell of a table before it: the cell's row names the figure's
    region and its number is the figure's, and its column is a year's (`2038 년(계획)`), or, when it is no year's
    (`증가율(%)`), the latest year the header names, not after the issue's. None when no such cell is found.

    >>> table = {"header": ["자치구", "2037 년", "2038 년(계획)", "증가율(%)"],
    ...          "rows": [["광시좡족자치구", "1,245", "1,402", "12.6"], ["시짱자치구", "167", "205", "22.8"]]}
    >>> fig = {"region_zh": "西藏", "raw": "22.8%"}
    >>> restated_cell_year(fig, [table]), restated_cell_year({"region_zh": "广西", "raw": "1,245 억 위안"}, [table])
    (2038, 2037)
    >>> restated_cell_year({"region_zh": "广西", "raw": "22.8%"}, [table]) is None
    True
    """
    number = _NUMBER.search(fig.get("raw") or "")
    if number is None or not fig.get("region_zh"):
        return None
    number = number.group().replace(",", "")
    for table in reversed(tables):
        years = [int(m["year"]) if cell and (m := YEAR_HEADER.match(cell.strip())) else None for cell in table["header"] or []]
        named = [y for y in years if y is not None and (issue_date is None or y <= issue_date.year)]
        if not named:
            continue
        for row in table["rows"]:
            found = find_regions(row[0], EVERY_LEVEL) if row and row[0] else []
            if not found or found[0].zh != fig["region_zh"]:
                continue
            for j, cell in enumerate(row[1:], 1):
                if cell and cell.replace(",", "").strip().lstrip("+-−").rstrip("%").strip() == number:
                    year = years[j] if j < len(years) else None
                    return year if year in named else max(named) if year is None else None
    return None
