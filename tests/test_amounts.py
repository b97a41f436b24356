"""The Korean amount engine: real cells and phrases of the newsletter, and round-trip properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kic_extract.typed.amounts import AmountError, parse_amount, parse_number, parse_unit_spec, to_number

# (text as printed, header unit or None, value, unit, approx, bound)
REAL = [
    ("114조 3700억 위안", None, 114_370_000_000_000, "위안", False, None),          # line 156
    ("12조 4,400억 위안", None, 12_440_000_000_000, "위안", False, None),           # line 162
    ("12조 위안을 돌파", None, 12_000_000_000_000, "위안", False, "min"),           # line 162
    ("7조 위안을 넘어", None, 7_000_000_000_000, "위안", False, "min"),             # line 171
    ("6,029억 3000만 위안", None, 602_930_000_000, "위안", False, None),            # line 190
    ("5조 219억 1,900만 위안", None, 5_021_919_000_000, "위안", False, None),       # line 194
    ("3조 1,170억 7800만 위안", None, 3_117_078_000_000, "위안", False, None),      # line 194
    ("183,900 위안", None, 183_900, "위안", False, None),                            # line 184
    ("10만 위안을 넘었다", None, 100_000, "위안", False, "min"),                     # line 184
    ("등록자금 8억 87.0596만 위안".removeprefix("등록자금 "), None, 800_870_596, "위안", False, None),  # 367
    ("4억 6천만 명", None, 460_000_000, "명", False, None),                          # line 47
    ("약 12%", None, 12, "%", True, None),                                          # line 445
    ("약 1000건", None, 1000, "건", True, None),                                     # line 446
    ("약 1400명", None, 1400, "명", True, None),                                     # line 447
    ("약 45만 위안/인", None, 450_000, "위안/인", True, None),                       # line 451
    ("약 205억 위안/km²", None, 20_500_000_000, "위안/km²", True, None),             # line 452
    ("약 500개 사", None, 500, "개 사", True, None),                                 # line 454
    ("약 30000개 사", None, 30_000, "개 사", True, None),                            # line 455
    ("100개 이상", None, 100, "개", False, "min"),                                   # line 456
    ("약 6200억 위안", None, 620_000_000_000, "위안", True, None),                   # line 458
    ("4.6", "억 가구", 460_000_000, "가구", False, None),                             # line 70
    ("640", "만 가구", 6_400_000, "가구", False, None),                               # line 71
    ("8.16", "조 위안", 8_160_000_000_000, "위안", False, None),                      # line 72
    ("37.21", "조 위안", 37_210_000_000_000, "위안", False, None),                    # line 75
    ("11.76", "억", 1_176_000_000, None, False, None),                                # line 76
    ("7.8", "%", 7.8, "%", False, None),                                              # line 69
]


@pytest.mark.parametrize(("text", "header", "value", "unit", "approx", "bound"), REAL, ids=[r[0] for r in REAL])
def test_real_amounts(text, header, value, unit, approx, bound):
    scale = parse_unit_spec(header) if header else (Decimal(1), None)
    amount = parse_amount(text, *scale)
    got = to_number(amount.value)
    assert got == value and type(got) is type(value)
    assert (amount.unit, amount.approx, amount.bound, amount.raw) == (unit, approx, bound, text)


def test_exact_decimal_arithmetic():
    assert to_number(parse_amount("8.16", *parse_unit_spec("조 위안")).value) == 8_160_000_000_000
    assert to_number(parse_number("87.0596만")) == 870_596


@pytest.mark.parametrize("bad", ["예정", "", "억", "3억 5조", "5만 3만", "183,900 2만", "1,2,3"])
def test_not_amounts(bad):
    with pytest.raises(AmountError):
        parse_number(bad) if bad and bad[0].isdigit() else parse_amount(bad)


def test_bounds_after_a_particle():
    assert parse_amount("4,000억 위안을 돌파").bound == "min"
    assert parse_amount("2조 위안을 넘어섰다").bound == "min"
    assert parse_amount("10% 이하").bound == "max"
    assert parse_amount("1만 달러 미만").bound == "max"


def _korean(value: int, comma: bool, space: bool) -> str:
    """Write a whole number the way the newsletter does: 조/억/만 groups, optional commas."""
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4), ("", 1)):
        group, value = divmod(value, size)
        if group:
            digits = f"{group:,}" if comma else str(group)
            parts.append(digits + unit)
    return (" " if space else "").join(parts) or "0"


@given(st.integers(min_value=0, max_value=10**16 - 1), st.booleans(), st.booleans())
def test_any_whole_amount_parses_back(value, comma, space):
    assert parse_number(_korean(value, comma, space)) == value


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=4),
       st.sampled_from(["조", "억", "만"]))
def test_decimal_in_a_unit_is_exact(digits, places, unit):
    written = f"{Decimal(digits).scaleb(-places)}{unit}"
    expected = Decimal(digits).scaleb(-places) * {"조": 10**12, "억": 10**8, "만": 10**4}[unit]
    assert parse_number(written) == expected
    assert to_number(parse_number(written)) == (int(expected) if expected == int(expected) else float(expected))
