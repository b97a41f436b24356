"""Which of a region's figures in a clause is its level now, for a rank to rank: the latest of a series
written year by year, the level a change led to (not the change), and not a level it is compared with;
and what marks a change (`2곳 늘며`, `상승 폭`) and a change left unwritten (`2.71%에서 2.93%로`); and the
levels a price per a measure (`kg당 12.35위안`) gives its unit.
"""

from __future__ import annotations

from decimal import Decimal

from kic_extract.compiled import compiled
from kic_extract.scripts import closed_by_n


def latest_of_series(figures: list[dict], clause: str) -> list[dict]:
    """Of a region's figures written each after its year (`2024년 13조 7,008억 위안, 2025년 14조 1,900억
    위안에 이어 지난해 14조 6,210억 위안을 기록하며 | 2위를`), the latest only: a rank is the last year's; not
    the level a change starts from (`9,840 억 위안에서 1 조 460 억 위안으로 … 늘어 | 2 위를`); and never a
    level the clause compares with (`806억 위안으로 전년(912억 위안)보다 … 줄며 | 5위로`). A rank held so many years
    running ranks the figure of each year the clause lists (`2029 년 312 만 대, 2030 년 386 만 대로 2 년 연속 … 1 위`)."""
    figures = [f for f in figures if not compared_level(clause, f["start"], f["end"])]
    dated = [f for f in figures if _YEAR_BEFORE.search(clause, max(0, f["start"] - 12), f["start"])]
    if (running := _YEARS_RUNNING.search(clause)) and len(dated) == int(running["n"]) and dated[-1]["end"] <= running.start():
        return figures  # `2029 년 312 만 대, 2030 년 386 만 대로 2 년 연속 전국 1 위`: the rank of every year listed

    def later(f: dict, among: list[dict]) -> bool:
        return any(g["region"] is f["region"] and g["amount"].unit == f["amount"].unit and g["start"] > f["start"]
                   for g in among)
    return [f for f in figures if not (f in dated and later(f, dated) or _FROM.match(clause, f["end"]) and later(f, figures))
            and not change_after_level(f, figures, clause)]


def change_after_level(f: dict, figures: list[dict], clause: str) -> bool:
    """Whether a figure is the change right after the level it led to, of the same region and measure (`1억 2,797만
    명으로 | 17만 명 늘며 인구 1위`): a rank is the level's."""
    return any(g["region"] is f["region"] and g["amount"].unit == f["amount"].unit and g["end"] <= f["start"]
               and (change := _LEVEL_THEN_CHANGE.match(clause, g["end"])) is not None and change.end() >= f["end"]
               for g in figures)


# a level, then the change that led to it, up to the verb (`1억 2,797만 명으로 | 17만 명 늘며`)
_LEVEL_THEN_CHANGE = compiled(r"(?:으로|로)\s+[\d,.]+\s*(?:[만억조]\s*[\d,]*\s*)*\p{Hangul}{0,3}\s*(?:늘|줄|증가|감소|불어)")


def level_before_gap(pending: list[tuple[int, list[dict]]], clause_at: dict[int, str]) -> tuple[list[dict], str]:
    """The levels an earlier clause of the sentence gave the region whose gap to another the clause right before gave
    (`pending`: each clause's offset and figures, the last the clause before; `clause_at`: each offset's clause), and
    that clause: a rank standing alone after a gap ranks the level (`17조 640억 위안을 기록하며 | 광둥성과의 격차를 2,190억
    위안까지 좁혔고 | 2위에 이름을 올렸다`), the gap none; none when that clause holds another region's level too."""
    owners = {id(f["region"]) for f in pending[-1][1]} if pending else set()
    for off, figures in reversed(pending[:-1]):
        if levels := [f for f in figures if not f["gap"]]:
            return (levels, clause_at.get(off, "")) if all(id(f["region"]) in owners for f in levels) else ([], "")
    return [], ""


_YEARS_RUNNING = compiled(r"(?P<n>[2-9])\s*년\s*(?:연속|째)")  # (a rank held so many years running)
# (perhaps with its period: `지난해 1분기 4,702억 위안에서 올해 1분기 4,915억 위안으로`)
_YEAR_BEFORE = compiled(r"(?:(?:19|20)\d{2}\s*년|지난해|작년|올해)(?:\s*\d\s*분기|\s*[상하]반기|\s*\d{1,2}(?:\s*~\s*\d{1,2})?\s*월)?"
                        r"\s*(?:에는|에|은|는)?\s*$")


_CHANGE_VERB = compiled(r"\s*(?:이|가|을|를)?\s*(?:새로\s+|더\s+)?(?P<verb>\p{Hangul}+)\s+")


def changed_to(clause: str, end: int, start: int) -> bool:
    """Whether the words between two amounts make the first a change the second is the result of:
    a verb in its adnominal form (a final ㄴ) between them (`4곳이 늘어난 29곳`, `2,000억 위안
    증가한 7조 위안`).

    >>> s = "4곳이 늘어난 29곳으로"
    >>> changed_to(s, 2, s.index("29")), changed_to("4곳, 29곳", 2, 4)
    (True, False)
    """
    m = _CHANGE_VERB.fullmatch(clause, end, start)
    return bool(m) and closed_by_n(m["verb"][-1])


# a level in brackets after the year it is of, compared with (`전년(912억 위안)보다`, `2026년(4.0 배)보다`)
_BASE_BEFORE = compiled(r"(?:전년|지난해|작년|(?:19|20)\d{2}\s*년|(?<![\d.])\d{1,2}\s*년\s*전)(?:\s*같은\s*기간|\s*동기)?\s*\(\s*$")  # (`1 년 전(4.6%)보다`)
_BASE_AFTER = compiled(r"\s*\)\s*(?:보다|대비|에\s*비해|比)")


def compared_level(clause: str, start: int, end: int) -> bool:
    """Whether the amount at `start`–`end` is the level of a year its clause compares with, in brackets.

    >>> s = "저장성은 806억 위안으로 전년(912억 위안)보다 11.6% 줄며 5위로"
    >>> compared_level(s, s.index("912"), s.index(")")), compared_level(s, s.index("806"), s.index("으로"))
    (True, False)
    """
    return bool(_BASE_BEFORE.search(clause, max(0, start - 16), start) and _BASE_AFTER.match(clause, end))


# (a multiple grown to is how much a level changed too: `1년 새 2.4배로 늘어`)
CHANGED_BY = compiled(r"(?:(?<=배)\s*로)?\s*씩?\s*(?:더\s*)?(?:증가|늘|감소|줄|확대|축소|뒷걸음)")
# a level a figure was set to, lowered or raised (`목표를 나란히 4%로 낮췄다`, `5.5%로 상향했다`): a revision, not a standing
REVISED_TO = compiled(r"\s*(?:으로|로)\s*(?:(?:각각|모두|나란히|일제히)\s*)?(?:낮추|낮췄|높이|높였|내리|내렸|올리|올렸|하향|상향)")
# (a rank of how much a level changed: `상승 폭이 가장 컸다`, `가장 크게 올랐다`)
CHANGE_WIDTH = compiled(r"(?:증가|상승|감소|하락|개선|오름|내림)\s*폭|가장\s+크게\s+(?:올랐|오른|올라|높아|늘었|늘어난|늘어|뛰었|뛴|상승|증가|줄었|줄어|낮아|떨어졌|하락|감소)")
_FROM = compiled(r"\s*에서\s")


def change_not_written(clause: str, figures: list[dict]) -> bool:
    """Whether a clause gives a region's level before and after (`2.71%에서 2027년 2.93%로 높아져`) but not the
    change itself: a rank of the change's width then ranks none of them (points are a change written: `31.6%에서 58.2%로
    26.6%포인트 높아져`)."""
    return len(figures) > 1 and len({id(f["region"]) for f in figures}) == 1 \
        and bool(_FROM.match(clause, figures[0]["end"])) and not any(written_change(clause, f) for f in figures)


def written_change(clause: str, figure: dict) -> bool:
    """Whether a figure of the clause is a change: its verb of change right after it (`12% 늘어`), or points (`3.1%p`)."""
    return bool(CHANGED_BY.match(clause, figure["end"])) or figure["amount"].unit == "%p"


def carry_price_unit(figures: list[dict]) -> None:
    """Give the bare amounts of a currency after a price per a measure (`kg당 12.35위안이었고, 저장성(12.10위안)과 …`,
    `… 산둥성은 10.96위안에 머물러`) that price's unit, in the paragraph's order, while they are of its size (less than
    tenfold either way: `톤당 2,390위안 … 1조 위안` is a total, `대당 50만 위안 이하를 보조하고, 장쑤성은 … 500만 위안을 일시
    지원한다` a sum of another kind, neither a price).

    >>> figs = [{"unit": "위안/kg", "value": "12.35"}, {"unit": "위안", "value": "12.1"}, {"unit": "위안", "value": "-1.39"},
    ...         {"unit": "위안", "value": "5000000"}, {"unit": "%", "value": "3"}]
    >>> carry_price_unit(figs); [f["unit"] for f in figs]
    ['위안/kg', '위안/kg', '위안/kg', '위안', '%']
    """
    price: tuple[str, str, Decimal] | None = None  # (currency, measure, size) of the last price per a measure
    for f in figures:
        unit, size = f["unit"] or "", abs(Decimal(f["value"]))
        if "/" in unit:
            currency, measure = unit.split("/", 1)
            price = (currency, measure, size) if size else price
        elif price is not None and unit == price[0] and size and price[2] / 10 < size < price[2] * 10:
            f["unit"] = f"{unit}/{price[1]}"
