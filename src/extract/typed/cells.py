"""Amounts in table cells: `66,921` under `(단위: 억 위안)`, `-0.3` in a `(%p)` column,
`누적 약 15억 위안` on a company card, `5,000만 위안 이상` in a ranked list.

A cell's unit comes from the cell itself when it writes one; otherwise from where the printed
table gives it, nearest first: the row label `수출액(만 달러)`, the column header `GDP(억 위안)`,
the table's caption or `단위:` line. A magnitude written in the cell (`13조 5,673억`) is the
cell's own; the context then gives only the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first, phrase
from kic_extract.data import tsv_rows, word_list
from kic_extract.segment.tables import PER_TIME
from kic_extract.segment.tables import PLACEHOLDERS as PLACEHOLDERS  # re-exported: the typed readers use it
from kic_extract.typed.amounts import LARGE, NUMBER, SMALL, AmountError, parse_number, parse_unit_spec
from kic_extract.typed.numerals import native_alternation

MAGNITUDE = "조억만천백십"  # the magnitudes a unit may carry before it (`억 위안`)
_MAGNITUDE_CHARS = frozenset(LARGE) | frozenset(SMALL)
_AMOUNT = rf"{NUMBER}\s*[천백십]?\s*[조억만]?(?:\s*{NUMBER}\s*[천백십]?\s*[조억만]?)*"
# a number that is part of a date, an ordinal or a name, not a quantity
# (`2 차`, `3 차 회의` are ordinals; `107억 위안 차로` a difference)
# (a rank, `3 위`, only where no unit was read: `2.3% 위축됐다` is a figure)
# (nor a per cent band, `4%대 초반에 머물렀다`); what follows a bound read is another word (`40만 개 이상 회수`)
_NOT_QUANTITY = r"(?!(?<=%)\s*대)(?(bound)|(?!\s*(?:년|월|일|분기|호|세|기(?!업|관|술|간|준|금|지|구|능)|회|{band})))(?![.\d])" \
                r"(?(unit)|(?!\s*(?:차(?!이)|위)))"


@cache
def band() -> str:
    """`대` starting a band of leaders (`10대 기업`, `8 대 중점 과제`: data/band_nouns.txt), as a pattern."""
    return rf"대\s*(?:{_alternation(word_list('band_nouns.txt'))})"
SIGNS = {"+": 1, "▲": 1, "-": -1, "−": -1, "–": -1, "▼": -1, "△": -1, "▽": -1}
# (or before the period a header's second line adds under it: `1분기 GDP(억 위안)` over `2037년`, `2038년`)
_SPEC = compiled(r"\(\s*(?:단위\s*[:：]\s*)?(?P<spec>[^()]{1,12}?)\s*\)"
                 r"(?:\s+(?:\d{4}\s*년|'\d{2}\s*년|\d{4}|[1-4]\s*분기|[상하]\s*반기|\d{1,2}\s*월))?\s*$")


@cache
def _label_counts() -> frozenset[str]:
    """The units read only where a label gives them, but for durations (`주`, `시간`): things counted, measures, `엔`
    (not those read in text after a magnitude only, `where` `magnitude`: lengths, `165cm의 로봇`)."""
    return frozenset(r["unit"] for r in tsv_rows("units.tsv") if r["where"] == "label" and r["kind"] != "duration")


@cache
def units(in_text: bool = False) -> tuple[str, ...]:
    """Unit words (data/units.tsv), longest first; `in_text`: only those read in running text.

    >>> "주" in units(), "주" in units(in_text=True), "위안" in units(in_text=True)
    (True, False, True)
    """
    rows = tsv_rows("units.tsv")
    return tuple(longest_first(r["unit"] for r in rows if not (in_text and r["where"] in ("label", "magnitude"))))


@cache
def unit_spellings() -> dict[str, str]:
    """Other spellings of a unit and the unit each stands for (data/units.tsv column `as`).

    >>> unit_spellings()["%포인트"]
    '%p'
    """
    return {r["unit"]: r["as"] for r in tsv_rows("units.tsv") if r.get("as")}


@cache
def unit_kinds() -> dict[str, str]:
    """Each unit's kind (data/units.tsv): currency, percent, count, measure, duration, ratio."""
    return {r["unit"]: r["kind"] for r in tsv_rows("units.tsv")}


@cache
def currencies() -> frozenset[str]:
    """The units of money (data/units.tsv): one measure may be written in several (`위안`, `홍콩달러`, `파타카`)."""
    return frozenset(unit for unit, kind in unit_kinds().items() if kind == "currency")


def same_measure(unit: str, other: str | None) -> bool:
    """Whether two units may be of one measure: the same unit, money in two currencies, or a unit and the same per one
    (`개/인` and the bare `개` of the figures after it in its series, which take its unit once the paragraph is read).

    >>> same_measure("홍콩달러", "위안"), same_measure("곳", "%"), same_measure("%", "%"), same_measure("개", "개/인")
    (True, False, True, True)
    """
    return unit == other or unit in currencies() and other in currencies() \
        or bool(unit and other) and ("/" in unit) != ("/" in other) and unit.split("/")[0] == other.split("/")[0]


@cache
def count_units() -> frozenset[str]:
    """Units that count things (data/units.tsv kind `count`), scores in points excepted.

    >>> "개" in count_units(), "점" in count_units(), "위안" in count_units()
    (True, False, False)
    """
    return frozenset(unit for unit, kind in unit_kinds().items() if kind == "count") - {"점"}


@cache
def _qualifier_words(field: str) -> tuple[str, ...]:
    return tuple(longest_first(r["word"] for r in tsv_rows("qualifiers.tsv") if r["field"] == field))


@cache
def _bounds() -> dict[str, str]:
    """Bound words (`이상`, `넘어섰다` …) → `min` or `max`."""
    return {r["word"]: r["value"] for r in tsv_rows("qualifiers.tsv") if r["field"] in ("bound", "line_bound")}


def qualifier_after(word: str) -> tuple[bool, str | None] | None:
    """Whether a word after an amount qualifies it (data/qualifiers.tsv), and how: (approximate, bound); None if it is
    no qualifier.

    >>> qualifier_after("남짓"), qualifier_after("가량"), qualifier_after("기업")
    ((False, 'min'), (True, None), None)
    """
    if word in _qualifier_words("approx_after"):
        return True, None
    bound = _bounds().get(word)
    return (False, bound) if bound else None


@cache
def _bounds_before() -> dict[str, str]:
    """Bound words written before the number (`최대 500만 위안`: at most) → `min` or `max`."""
    return {r["word"]: r["value"] for r in tsv_rows("qualifiers.tsv") if r["field"] == "bound_before"}


def _alternation(words) -> str:
    return "|".join(map(phrase, words))


def _unit_alternation(words) -> str:
    """Units as a pattern; one spelt in two words (`개 사`, `개 팀`) ends its word, or is followed by a particle
    (`612 개 사로`, not `5 개 사업`).

    >>> p = regex.compile(_unit_alternation(["개 사", "개"]))
    >>> p.match("개 사로").group(), p.match("개 사업").group(), p.match("개 사였다").group()
    ('개 사', '개', '개 사')
    >>> p.match("개 사다.").group(), p.match("개 사며,").group(), p.match("개 사다리").group()
    ('개 사', '개 사', '개')
    >>> q = regex.compile(_unit_alternation(["km", "m"]))
    >>> q.match("km로").group(), q.match("m 높이").group(), q.match("mg 기준")
    ('km', 'm', None)
    """
    # (or the copula: `광둥성 11개 팀이었고`, `규모 이상 기업은 1,036개사다`)
    particle = "(?:으로|로|을|를|이|가|은|는|의|에|도|씩|과|와|만|다|며)?(?!\\p{Hangul})|이(?:었|다|며|고|라)|였"
    # (a unit ending in a Latin letter is not the start of a longer Latin word: `3 mg` is no metre)
    return "|".join(regex.escape(w) + (f"(?={particle})" if " " in w else f"(?!{_WORD_GOES_ON})" if w in _COUNTER_SYLLABLES
                                       else "(?![A-Za-z])" if w[-1:].isascii() and w[-1:].isalpha() else "") for w in words)


# counters of one syllable that also open words (`39 회계연도`, `3 건설`, `10 명단`, `2 쌍방`, `5 채권`, `20 대륙`): a counter is followed
# by no Hangul but a particle, the copula or a word of degree (`3건으로`, `2회째`, `5곳당`, `20명가량`, `8개씩`); `대째` counts
# generations, no machines (`제양의 2대째 슬리퍼 공장`)
_COUNTER_SYLLABLES = frozenset("개곳명건회팀편척호점쌍채대")
_WORD_GOES_ON = ("(?!(?:으로|로|을|를|이|가|은|는|의|에|도|씩|과|와|만|까지|부터|보다|나|마저|뿐|밖에|가량|정도|꼴|(?<!대)째|당|여"
                 # (the copula after a vowel, `240개다`, `11개였고`, `5개며`, `3개라는`, `9개지만`, `7개인데`, and describing the
                 # word after, `900여 곳인 룽강구를`)
                 "|였|다|며|라|지만|여서|인데|인(?=\\s)|면)"
                 ")\\p{Hangul}")


def cumulative_header(header: str | None) -> bool:
    """Whether a column's header or a card's label says its amounts are cumulative (`누적`, `누적 투자액`), a period
    perhaps before the word (`연간 누적 금액`).

    >>> cumulative_header("누적"), cumulative_header("누적 투자액"), cumulative_header("제7차 신규")
    (True, True, False)

    A span counted before the word (`1~6차 누적`) names the rounds summed, not a running total.

    >>> cumulative_header("연간 누적 금액(억 위안)"), cumulative_header("연간 누적되지 않은 금액"), cumulative_header("1~6차 누적")
    (True, False, False)
    """
    words = _qualifier_words("cumulative")
    if not header:
        return False
    if header.replace(" ", "").startswith(words):
        return True
    parts = header.split()
    return any(w.startswith(word) and not w[len(word):].startswith(_VERB_AFTER) and not _DIGIT.search(" ".join(parts[:k]))
               for k, w in enumerate(parts) if k for word in words)


_VERB_AFTER = ("되", "된", "하", "한", "해")  # (`누적되지 않은`: a verb made of the word, not the word)
_REACHED = "돌파|진입|달성|가입"  # (`1조 위안 돌파를 눈앞에 뒀다`: a mark still to reach)
_DIGIT = compiled(r"\d")


@cache
def marks_no_figure() -> regex.Pattern[str]:
    """What, right after an amount in running text, makes it no region's figure: a mark named with a line
    word and `까지`, or one approached, still to reach (`10조 위안 고지까지 1,040억 위안만을 남겨뒀다`, `10조 위안
    문턱에 바짝 다가섰고`, `1조 위안 돌파를 눈앞에 뒀다`, `고지를 목전에`); a mark the places a count then counts passed, naming none (`R&D 경비가 1,000억 위안을 넘은
    곳은 모두 열두 곳이었다`; not `10조 위안을 넘긴 곳은 광둥성, 장쑤성, 산둥성 세 곳이다`: each one's figure); a count of places out of a set of places (`31개 성(자치구·직할시) 가운데 27곳이 … 달성했고`);
    the top of a scale of points (`100점 만점에 92.4점으로`). A mark may be quoted (`'3조 위안' 문턱에 다가섰다`).

    >>> text = "1,000억 위안을 넘은 곳은 모두 열두 곳이었다. 1,000억 위안을 넘어 1위, 31개 성 가운데 27곳이, 100점 만점에, 5점 만점으로"
    >>> [bool(marks_no_figure().match(text, k)) for k in (text.index(" 곳은"), text.rindex(" 1위"), text.rindex("이,"),
    ...                                                  text.index(" 만점"), text.rindex(" 만점"))]
    [True, False, True, True, True]
    >>> [bool(marks_no_figure().match(t)) for t in (" 돌파를 눈앞에 뒀다", " 고지를 목전에", "' 클럽 가입을 앞두고", "을 돌파했다")]
    [True, True, True, False]
    """
    return compiled(rf"['’\"”]?\s*(?:{_alternation(_qualifier_words('line'))})\s*(?:까지(?!\p{{Hangul}})"
                         r"|에\s*(?:바짝\s*|성큼\s*|한층\s*)?(?:다가|근접|육박|접근))"
                         rf"|['’\"”]?\s*(?:(?:{_alternation(_qualifier_words('line'))})\s*(?:(?:{_REACHED})\s*)?|(?:{_REACHED})\s*|(?<=(?:{_REACHED})))"
                         r"(?:을|를)\s*(?:바로\s*)?(?:눈앞|목전|코앞|앞두|앞에\s*두)"
                         r"|(?<=(?:을|를)\s*(?:넘은|넘긴|넘어선|돌파한|웃돈))\s*(?:곳|지역|도시|성|나라|국가)(?:은|는|이|가|도)\s+"
                         rf"(?:모두\s+|총\s+)?(?:\d{{1,3}}|{native_alternation(one=True)}|열\S{{0,2}})\s*(?:곳|개)\s*"
                         r"(?:이었다|였다|이다|에\s*(?:달했다|달한다|이르렀다|이른다|그쳤다))"
                         r"|(?<=\d\s*개\s*(?:성|도시|지역|성급\s*지역)[^\d,.]{0,20}?(?:가운데|중)\s+\d{1,2}\s*곳)(?=이|가|은|는|도)"
                         r"|\s*만점(?:에|으로|의|이|기준)?(?!\p{Hangul})")


@cache
def amount_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The whole-cell amount, and an amount inside running text (which must show a magnitude or unit)."""
    pre = (rf"(?P<pre>(?:(?:{_alternation(_qualifier_words('cumulative'))}|{_alternation(_qualifier_words('approx'))}"
           rf"|(?:{_alternation(_bounds_before())})(?:\s*(?:{_alternation(_qualifier_words('per_before'))})(?=\s))?)\s*)*)")
    after = _alternation(_qualifier_words("approx_after"))
    bound = _alternation(longest_first(_qualifier_words("bound")))
    degree = _alternation(_qualifier_words("degree"))
    lines = _alternation(_qualifier_words("line"))
    # (`'4 조 위안' 문턱을`: the mark quoted; `3% 선은`; `1% 선 아래로`)
    line = rf"\s*[’'”」』]?\s*(?:{lines})(?:(?=을|를|은|는|에|마저|도)|\s+(?=아래로|밑으로|위로))"
    # a verb that passes a mark only after the word naming the mark (`10조 위안 고지에 오른`; `5% 오른` is a rise)
    bound = rf"{bound}|(?<=(?:{lines})\s*(?:을|를|에)\s*(?:(?:{degree})\s*)?)(?:{_alternation(_qualifier_words('line_bound'))})"

    # (what it is worth, `1조 3,000억 위안어치를 웃돌았다`, may stand before the particle)
    # in running text a bracketed aside may stand between an amount and its bound
    # (`1,080만 개(표준 랙 기준)를 넘어섰다`)
    aside = rf"(?:\s*\([^()]{{1,20}}\)(?=\s*(?:을|를)?\s*(?:{bound})))?"

    def core(unit: str, aside: str = "") -> str:
        # (`1,900여 곳`: some more than the number, approximate)
        return (rf"{pre}(?P<sign>[{regex.escape(''.join(SIGNS))}])?\s*(?P<num>{_AMOUNT})(?:(?P<odd>여)(?=\s*(?:{unit})))?"
                rf"\s*(?P<unit>(?!{band()})(?:{unit}))?"
                rf"\s*(?P<after>{after})?(?:{aside}\s*(?:{line})?(?:(?:어치)?(?:을|를|이|가|은|는|에는|에도|에|마저|도)\s*)?(?:(?:{degree})\s*)?(?P<bound>{bound}))?")
    whole = compiled(rf"^\s*{core(_unit_alternation(units()))}\s*$")
    # a number closing a range (`20~30 대`, `3~5%`) is not read alone
    # (a unit read only where a label gives it is read in text after a number with a magnitude or thousands,
    # `8만 5,000시간에 달해`, `78만 기`, `60만 무였고`; `12 주요 도시`, `3개월 만에` are none)
    only_labels = _alternation(longest_first(set(units()) - set(units(in_text=True))))
    # (and, but for durations, after a number of two digits or more, or with decimals, when a particle, a bracket, a comma
    # or a bound closes it: `240기로 가장 크고`, `(200기)`, `연 50발 이상`, `1인당 14.6권으로`; not `3기 확장`, `제10기`,
    # `300 주를`)
    counted = _alternation(longest_first(_label_counts()))
    durations = _alternation(longest_first(r["unit"] for r in tsv_rows("units.tsv") if r["kind"] == "duration"))
    in_text = (rf"{_unit_alternation(units(in_text=True))}|(?<=(?:[조억만]|\d,\d{{3}})\s*)(?:{only_labels})(?=(?:으로|로|을|를|이|가|은|는|의|에서|에|도|씩|과|와|까지|부터)?(?!\p{{Hangul}})|(?:이)?었|였|이(?:며|고|다|던))"
               rf"|(?<=(?:(?<![\d.,제])\d{{2,}}|\d\.\d{{1,3}})\s*)(?:{counted})(?=(?:으로|로|을|를|이|가|은|는|의|에|도|씩|과|와)(?!\p{{Hangul}})|\s*[),]|\s+(?:이상|이하|미만|규모))"
               # (and after one digit in a ranking of places: `광둥성이 9기로 가장 많고 저장성 7기, 산둥성 6기, 푸젠성 5기 순이다`)
               rf"|(?<=(?<![\d.,제])\d\s*)(?:{counted})(?=(?:으로|로)\s+가장\s|,\s*\p{{Hangul}}{{2,}}(?:\([^()]*\))?\s+\d|\s+순(?:이|으로|서)(?!\p{{Hangul}}{{2}}))"
               # (and a duration after a number with decimals, a measured time: `통관 시간은 9.5시간으로`)
               rf"|(?<=\d\.\d{{1,3}}\s*)(?:{durations})(?=(?:으로|로|을|를|이|가|은|는|의|에|도|과|와)?(?!\p{{Hangul}})|(?:이)?었|였|이(?:며|고|다|던))")
    inside = compiled(rf"(?<![\w.,~～]){core(in_text, aside)}{_NOT_QUANTITY.format(band=band())}")
    return whole, inside


@dataclass(frozen=True, slots=True)
class CellAmount:
    """One amount read from a cell: exact value in base units, unit, qualifiers, and the text read."""

    value: Decimal
    unit: str | None
    approx: bool
    bound: str | None
    cumulative: bool
    raw: str
    scale: str | None  # the unit spec the context applied (`억 위안`), None when the cell wrote its own


def unit_spec_of(text: str | None) -> str | None:
    """The unit a header or row label prints in parentheses at its end, if it is a unit.

    >>> unit_spec_of("GDP(억 위안)"), unit_spec_of("성장률(%)"), unit_spec_of("증감(%p)"), unit_spec_of("상금(위안)")
    ('억 위안', '%', '%p', '위안')
    >>> unit_spec_of("2025년(E)"), unit_spec_of("IPv6 활성화사용자 수(억 가구)"), unit_spec_of("온라인 규모(억)")
    (None, '억 가구', '억')
    >>> unit_spec_of("1분기 GDP(억 위안) 2037년"), unit_spec_of("GDP(억 위안) 증가율")
    ('억 위안', None)
    """
    m = _SPEC.search(text or "")
    return spec_unit(m["spec"]) if m else None


def spec_unit(spec: str) -> str | None:
    """The unit a bracketed spec gives, if it gives one: the whole spec, or its one part that is a unit
    beside a word qualifying the figures (`연평균, %`: yearly averages, in per cent; `%, 불변가격`).

    >>> spec_unit("억 위안"), spec_unit("연평균, %"), spec_unit("명목, 조 위안"), spec_unit("E"), spec_unit("연평균")
    ('억 위안', '%', '조 위안', None, None)
    >>> spec_unit("%, 불변가격"), spec_unit("억 위안, %"), spec_unit("대/만 명"), spec_unit("2026/2027")
    ('%', None, '대/만 명', None)
    >>> spec_unit("톤/년"), spec_unit("만 톤/년"), spec_unit("년/월")
    ('톤/년', '만 톤/년', None)
    >>> spec_unit("GDP 대비 %"), spec_unit("전년 대비")
    ('%', None)
    """
    spec = spec.strip()
    rest = spec.lstrip(MAGNITUDE).strip()
    if rest in units() or (not rest and spec):
        return spec
    if "," in spec:  # (the one part that is a unit, first or last: `연평균, %`, `%, 불변가격`)
        found = [unit for part in spec.split(",") if (unit := spec_unit(part))]
        return found[0] if len(found) == 1 else None
    if spec.count("/") == 1 and spec_unit(spec.split("/")[0]) and (
            spec_unit(spec.split("/")[1]) or spec.split("/")[1].strip() in PER_TIME):
        return spec  # (a unit per another: `대/만 명`, robots per ten thousand people; or per a time: `톤/년`, capacity)
    if ratio := _RATIO_TO.fullmatch(spec):
        return ratio["unit"]  # (a share of a measure: `GDP 대비 %`)
    return None


_RATIO_TO = compiled(r"[^,/]{1,12}?\s*대비\s*(?P<unit>%p?)")


def nearest_spec(row: str | None, column: str | None, table: str | None) -> str | None:
    """The unit spec a cell takes from its context: its row label's, else its column header's, else
    the table's (caption or `단위:` line); but where the row and the column both give one, a rate
    (`%`, `%p`) wins, since a column of changes or shares stays one whatever its rows count
    (`증감률(%)` beside `시장 규모(억 위안)`), and a row of them whatever its columns do.

    >>> nearest_spec("억 위안", "%", None), nearest_spec(None, "억 위안", "%"), nearest_spec("%p", "억 위안", None)
    ('%', '억 위안', '%p')
    >>> nearest_spec("만 달러", "억 위안", "%"), nearest_spec(None, None, None)
    ('만 달러', None)
    """
    if row and column and column in ("%", "%p"):
        return column
    return row or column or table


def _largest_magnitude(num: str) -> int:
    """The largest magnitude a number writes (`1만 5,000`: 10,000; `13조 5,673억`: a trillion; `5천`: a thousand).

    >>> [int(_largest_magnitude(n)) for n in ("1만 5,000", "13조 5,673억", "5천")]
    [10000, 1000000000000, 1000]
    """
    return max(magnitudes.get(ch, 1) for magnitudes in (LARGE, SMALL) for ch in num)


def match_to_amount(m: regex.Match, spec: str | None) -> CellAmount:
    """The amount a match of `amount_patterns()` reads, `spec` scaling it when it writes no unit."""
    num = m["num"]
    value = parse_number(num)
    unit = unit_spellings().get(m["unit"], m["unit"])
    scale = None
    if unit is None and spec:
        multiplier, unit = parse_unit_spec(spec)
        unit = unit_spellings().get(unit, unit)
        if _MAGNITUDE_CHARS.isdisjoint(num) or _largest_magnitude(num) < multiplier:
            # a magnitude written in the cell is the cell's own (`13조 5,673억` under `억 위안`), unless smaller than the
            # unit's: a number written out in 만 counts the unit (`1만 5,000` under `억 위안`: 15,000 억 위안)
            value *= multiplier
        scale = spec
    value *= SIGNS.get(m["sign"] or "+", 1)
    pre = m["pre"] or ""
    bound = m["bound"]
    if bound and bound.startswith(_passing_by()) and _OBJECT_BEFORE.search(m.string, 0, m.start()) \
            and not m.group().rstrip()[:-len(bound)].rstrip().endswith(_OBJECT_PARTICLES):
        bound = None  # (`충칭시를 1,140 억 위안 웃돌았는데`: the margin one passed another by, no mark passed)
    before = None if bound else next((v for w, v in _bounds_before().items() if w in pre), None)
    return CellAmount(
        value=value, unit=unit,
        approx=any(w in pre for w in _qualifier_words("approx")) or bool(m["after"]) or bool(m["odd"]),
        bound=_bounds().get(bound) if bound else before,
        # (`누적` before the amount, or in brackets right after it: `10 억 위안 이상(누적)`)
        cumulative=any(w in pre for w in _qualifier_words("cumulative")) or bool(_CUMULATIVE_AFTER.match(m.string, m.end())),
        raw=m.group().strip(), scale=scale)


_CUMULATIVE_AFTER = compiled(r"\s*\(\s*누적\s*\)")


@cache
def _passing_by() -> tuple[str, ...]:
    """The bound words (data/qualifiers.tsv) that, after an object, pass it by the amount (`충칭시를 1,140 억 위안
    웃돌았는데`): `웃돌`, `밑돌` and their forms; `넘게` after one still bounds the amount (`장쑤성을 4,600억 위안 넘게 앞섰던`)."""
    return tuple(w for w in _bounds() if w.startswith(("웃", "밑")))


_OBJECT_BEFORE = compiled(r"\p{Hangul}(?:을|를)\s*$")
_OBJECT_PARTICLES = ("을", "를", "이", "가", "은", "는", "에", "도")


# what parts amounts listed with their places before the unit they share: a comma, then a name
_LISTED_PLACE = compiled(r"\s*,\s*(?:[^\d,.()%]|\([^\d()]*\)){1,30}?\s*")  # (`, 상하이시(上海市) `)


def listed_unit(text: str, matches: list[regex.Match], i: int) -> str | None:
    """The unit an amount written without one (`matches[i]`, of `amount_patterns()[1]` over `text`)
    shares with the amounts listed after it, up to the one that writes it (`푸젠성 6조 5,720억, 후난성
    6조 180억 위안 순`); None unless it and every amount between show a magnitude (조, 억, 만).

    >>> text = "푸젠성 6조 5,720억, 후베이성 6조 1,200억, 후난성 6조 180억 위안 순이었다"
    >>> ms = list(amount_patterns()[1].finditer(text)); [listed_unit(text, ms, i) for i in range(len(ms))]
    ['위안', '위안', None]
    >>> text = "푸젠성(福建省) 6조 5,720억, 상하이시(上海市) 6조 1,050억 위안"
    >>> ms = list(amount_patterns()[1].finditer(text)); listed_unit(text, ms, 0)
    '위안'
    >>> text = "3억 인구, 상하이 5억 위안"; ms = list(amount_patterns()[1].finditer(text)); listed_unit(text, ms, 0)
    >>> text = "2,500, 베이징 3억 위안"; ms = list(amount_patterns()[1].finditer(text)); listed_unit(text, ms, 0)
    """
    for before, m in zip(matches[i:], matches[i + 1:]):
        if before["unit"] or not _LISTED_PLACE.fullmatch(text, before.end(), m.start()) \
                or not any(ch in LARGE for ch in before["num"]):
            return None
        if m["unit"]:
            return m["unit"]
    return None


def is_amount_cell(text: str | None) -> bool:
    """A cell that is one amount and nothing else (a number column's cell).

    >>> is_amount_cell("66,921"), is_amount_cell("-0.3"), is_amount_cell("약 10억 위안"), is_amount_cell("시리즈 B")
    (True, True, True, False)
    """
    return bool(text) and bool(amount_patterns()[0].match(text))


def read_cell(text: str, spec: str | None = None, whole: bool = True) -> list[CellAmount]:
    """The amounts a cell states. A whole cell that is one amount takes the context's `spec`;
    in running text (`whole=False`) only amounts that show a magnitude or a unit are read.

    >>> [str(a.value) for a in read_cell("66,921", "억 위안")], read_cell("66,921", "억 위안")[0].unit
    (['6692100000000'], '위안')
    >>> a = read_cell("누적 약 15억 위안", whole=False)[0]; (str(a.value), a.unit, a.approx, a.cumulative)
    ('1500000000', '위안', True, True)
    >>> [(str(a.value), a.bound) for a in read_cell("5,000만 위안 이상")]
    [('50000000', 'min')]
    >>> [str(a.value) for a in read_cell("2021 년 비상장 전환(약 57 억 달러 인수)", whole=False)]
    ['5700000000']
    >>> [(str(a.value), a.bound) for a in read_cell("랙 1,080만 개(표준 랙 기준)를 넘어섰다", whole=False)]
    [('10800000', 'min')]
    >>> [(str(a.value), a.unit, a.approx) for a in read_cell("기업이 1,900여 곳으로", whole=False)]
    [('1900', '곳', True)]
    >>> [(str(a.value), a.bound) for a in read_cell("210곳이 넘는 관련 기업", whole=False)]
    [('210', 'min')]
    >>> [(str(a.value), a.bound) for a in read_cell("5,000억 위안 고지마저 돌파했다", whole=False)]
    [('500000000000', 'min')]
    >>> [a.bound for a in read_cell("1 억 위안에 못 미쳐, 1,300 억 달러를 조금 웃돌 전망, 1 조 위안을 웃돈", whole=False)]
    ['max', 'min', 'min']
    >>> [a.bound for a in read_cell("충칭시를 1,140 억 위안 웃돌았는데 6조 위안에는 끝내 못 미쳤다", whole=False)]
    [None, 'max']
    >>> [str(a.value) for a in read_cell("-0.3", "%p")], read_cell("13조 5,673억", "억 위안")[0].value
    (['-0.3'], Decimal('13567300000000'))
    """
    whole_pattern, inside = amount_patterns()
    if whole:
        m = whole_pattern.match(text)
        if m:
            try:
                return [match_to_amount(m, spec)]
            except AmountError:
                return []
    out = []
    for m in inside.finditer(text):
        shows_magnitude = any(ch in m["num"] for ch in "조억만")
        if not (m["unit"] or shows_magnitude):
            continue
        try:
            out.append(match_to_amount(m, None if m["unit"] else spec))
        except AmountError:
            continue
    return out


def decimal_text(value: Decimal) -> str:
    """An exact value as plain decimal text (never an exponent), for JSON no reader rounds.

    >>> decimal_text(Decimal("8160000000000.00")), decimal_text(Decimal("-0.30")), decimal_text(Decimal("0"))
    ('8160000000000', '-0.3', '0')
    """
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def is_round(value: Decimal) -> bool:
    """Whether an amount is written as a mark is (two significant digits at most: `1조 위안`, `7%`, `1.5억`).

    >>> [is_round(Decimal(v)) for v in ("1000000000000", "7", "150000000", "68800000000", "6.99")]
    [True, True, True, False, False]
    """
    return len(value.normalize().as_tuple().digits) <= 2
