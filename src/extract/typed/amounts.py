"""Korean amounts: `114조 3700억 위안`, `6,029억 3000만`, `8억 87.0596만`, `약 45만 위안/인`.

Values are exact `Decimal`s in base units: `8.16` in a `(조 위안)` row is 8160000000000, never
8159999999999.999. `to_number` turns a value into the int or float the JSON output carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows

LARGE = {"조": Decimal(10) ** 12, "억": Decimal(10) ** 8, "만": Decimal(10) ** 4}
SMALL = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
TERM = compiled(rf"(?P<num>{NUMBER})\s*(?P<small>[천백십])?\s*(?P<large>[조억만])?")
_NUMBER_ONLY = compiled(NUMBER)
_ZERO, _ONE = Decimal(0), Decimal(1)
_UNIT_SPEC = compiled(r"^(?P<mag>[천백십]?[조억만]?)\s*(?P<unit>.*)$")
_AMOUNT = compiled(rf"{NUMBER}\s*[천백십]?\s*[조억만]?(?:\s*{NUMBER}\s*[천백십]?\s*[조억만]?)*")


class AmountError(ValueError):
    """A string that is not a Korean amount; the message says why."""


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal
    unit: str | None
    approx: bool
    bound: str | None
    raw: str


@cache
def _qualifiers() -> tuple[tuple[str, ...], dict[str, str], regex.Pattern[str]]:
    """Approximation words, bound words → bound, and a pattern for a bound word ending a text."""
    rows = tsv_rows("qualifiers.tsv")
    approx = tuple(r["word"] for r in rows if r["field"] == "approx")
    bounds = {r["word"]: r["value"] for r in rows if r["field"] == "bound"}
    words = "|".join(regex.escape(w) for w in longest_first(bounds))
    return approx, bounds, compiled(rf"(?:을|를|에|의)?\s*(?P<word>{words})$")


def parse_number(text: str) -> Decimal:
    """The value of a number written with 조/억/만 and 천/백/십 in any mix of digits and commas.

    >>> parse_number("114조 3700억"), parse_number("6,029억 3000만"), parse_number("8억 87.0596만")
    (Decimal('114370000000000'), Decimal('602930000000'), Decimal('800870596.0000'))
    >>> parse_number("4억 6천만"), parse_number("183,900"), parse_number("5조 219억 1,900만")
    (Decimal('460000000'), Decimal('183900'), Decimal('5021919000000'))
    >>> parse_number("4천 5백만"), parse_number("1억 2천 5백만"), parse_number("3천"), parse_number("2천 500만")
    (Decimal('45000000'), Decimal('125000000'), Decimal('3000'), Decimal('25000000'))
    >>> parse_number("3억 5조")
    Traceback (most recent call last):
    ...
    kic_extract.typed.amounts.AmountError: '5조' after a smaller unit in '3억 5조'
    """
    text = text.strip()
    if _NUMBER_ONLY.fullmatch(text):  # one plain number, the common case: the loop's one term
        return _ZERO + Decimal(text.replace(",", "")) * _ONE
    total = Decimal(0)
    last_large: Decimal | None = None
    # thousands and hundreds written apart before the large unit they count (`4천 5백만`: 4,500만)
    pending, last_small = Decimal(0), None
    pos = 0
    terms = 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        m = TERM.match(text, pos)
        if not m:
            raise AmountError(f"not a number at {text[pos:]!r} in {text!r}")
        if last_large == 1:
            raise AmountError(f"{m.group()!r} after a plain number in {text!r}")
        value = Decimal(m["num"].replace(",", ""))
        pos = m.end()
        terms += 1
        if m["small"]:
            if last_small is not None and SMALL[m["small"]] >= last_small:
                raise AmountError(f"{m.group().strip()!r} after a smaller unit in {text!r}")
            value *= SMALL[m["small"]]
            if not m["large"] and TERM.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip())):
                pending, last_small = pending + value, SMALL[m["small"]]
                continue
        large = LARGE[m["large"]] if m["large"] else Decimal(1)
        if last_large is not None and large >= last_large:
            raise AmountError(f"{m.group().strip()!r} after a smaller unit in {text!r}")
        total += (pending + value) * large
        pending, last_small = Decimal(0), None
        last_large = large
    if not terms:
        raise AmountError(f"no number in {text!r}")
    return total


def to_number(value: Decimal) -> int | float:
    """The JSON number for a value: an int when whole, else the float nearest the decimal.

    >>> to_number(Decimal("8.16") * LARGE["조"]), to_number(Decimal("7.8")), to_number(Decimal("800870596.0000"))
    (8160000000000, 7.8, 800870596)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_unit_spec(spec: str) -> tuple[Decimal, str | None]:
    """A header's unit `(억 가구)` as (multiplier, unit).

    >>> parse_unit_spec("억 가구"), parse_unit_spec("%"), parse_unit_spec("억")
    ((Decimal('100000000'), '가구'), (Decimal('1'), '%'), (Decimal('100000000'), None))
    """
    spec = spec.strip()
    m = _UNIT_SPEC.match(spec)
    mag = m["mag"] if m else ""
    multiplier = Decimal(1)
    for ch in mag:
        multiplier *= LARGE.get(ch) or SMALL[ch]
    return multiplier, (m["unit"].strip() if m and m["unit"].strip() else None)


def parse_amount(text: str, scale: Decimal = Decimal(1), unit: str | None = None) -> Amount:
    """An amount with its unit and qualifiers. `scale` and `unit` come from a header `(조 위안)`.

    >>> parse_amount("약 45만 위안/인")
    Amount(value=Decimal('450000'), unit='위안/인', approx=True, bound=None, raw='약 45만 위안/인')
    >>> a = parse_amount("100개 이상"); (a.value, a.unit, a.bound)
    (Decimal('100'), '개', 'min')
    >>> parse_amount("8.16", *parse_unit_spec("조 위안")).value
    Decimal('8160000000000.00')
    >>> parse_amount("예정")
    Traceback (most recent call last):
    ...
    kic_extract.typed.amounts.AmountError: no number in '예정'
    """
    approx_words, bound_words, bound_at_end = _qualifiers()
    rest = text.strip()
    approx = False
    for word in approx_words:
        if rest.startswith(word + " ") or rest.startswith(word) and rest[len(word):][:1].isdigit():
            approx, rest = True, rest[len(word):].strip()
            break
    bound = None
    m = bound_at_end.search(rest)
    if m:
        bound, rest = bound_words[m["word"]], rest[: m.start()].strip()
    m = _AMOUNT.match(rest)
    if not m:
        raise AmountError(f"no number in {text.strip()!r}")
    value = parse_number(m.group()) * scale
    written_unit = rest[m.end():].strip() or None
    if written_unit and unit:
        raise AmountError(f"unit {written_unit!r} in a cell whose header says {unit!r}: {text!r}")
    return Amount(value, written_unit or unit, approx, bound, text.strip())
