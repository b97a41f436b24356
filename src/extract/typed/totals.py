"""Cross-check a table's totals: a 합계/총계/계 row or column against the sum of its parts, a
소계 row against its own group. A difference beyond what the printed rounding allows is a
`total_mismatch` warning with both figures and the line; nothing is corrected.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from kic_extract.compiled import compiled
from kic_extract.segment.cues import compact, cue_words
from kic_extract.segment.tables import sums_label
from kic_extract.typed.cells import PLACEHOLDERS, count_units

_PRINTED = compiled(r"\d[\d,]*(?:\.(?P<dec>\d+))?")
_PERCENT_UNITS = ("%", "%p")


_QUALIFIER = compiled(r"\([^()]*\)$")


_PER_ITEM = compiled(r"\p{Hangul}당(?=\s|\(|$)")  # a column of amounts per item (`팀당 상금(위안)`, `1인당`)


def _kind_of(cells, total_words, subtotal_words) -> str | None:
    """Whether a row is a subtotal or a total, by a label cell that is one of their words, perhaps
    with what it sums in brackets (`소계(전공정)`)."""
    for cell in cells:
        word = _QUALIFIER.sub("", (cell or "").strip()).strip()  # (`sums_label` reads it without spaces, and its last word)
        if word and sums_label(word, subtotal_words):
            return "subtotal"
        if word and sums_label(word, total_words):
            return "total"
    return None


def is_total_row(row: list) -> bool:
    """Whether a table row is a total or subtotal row, by a label among its first two cells
    (`합계	-	-	8,161`, `소계(전공정)`).

    >>> is_total_row(["합계", "-", "8,161"]), is_total_row(["6", "허베이성", "52"])
    (True, False)
    """
    return _kind_of(row[:2], *_total_words()) is not None


@cache
def _total_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(cue_words("total")) | frozenset(cue_words("running_total")), frozenset(cue_words("subtotal"))


def _row_name(row: list, label_cols: list[int], total_words, subtotal_words) -> str | None:
    """The cell that makes a row a total or subtotal (`합계` in the 번호 column, beside a `-` label)."""
    return next((row[c] for c in label_cols if c < len(row)
                 and _kind_of([row[c]], total_words, subtotal_words)), None)


def _tolerance(amounts: list[dict]) -> Decimal:
    """How far a sum may stray from its printed total through rounding alone: each figure printed from a rounded value is
    off by up to half its printed step (`1.2` by 0.05, `20` by 0.5), evenly spread; their errors add up to three
    standard deviations of that spread (the root of three times the sum of the half-steps squared), and at least one
    printed step. A whole number among figures of its scale, any of which prints decimals, is taken at their
    finest precision (its zeros left off: `1` beside `1.2` in a column is 1.0). Amounts written with their own magnitude (`3조 5,000억`) and whole counts of
    things (`82 개`, `5 곳`: nothing to round) must add up exactly.

    >>> round(_tolerance([{"raw": "1.2", "value": "1.2", "unit": "%"}, {"raw": "3.4", "value": "3.4", "unit": "%"}]), 3)
    Decimal('0.122')
    >>> round(_tolerance([{"raw": "35", "value": "3500000000", "unit": "위안"}] * 8) / 10 ** 8, 2)  # (eight in 억 위안)
    Decimal('2.45')
    >>> _tolerance([{"raw": "79", "value": "79", "unit": "개"}, {"raw": "82", "value": "82", "unit": "개"}])
    Decimal('0')
    >>> parts = [{"raw": r, "value": r, "unit": "%"} for r in ("12.5", "6.8", "4.2", "3.6", "3", "31.1")]
    >>> round(_tolerance(parts), 3)  # (`3` among one-decimal figures: 3.0, not 2.5 to 3.5)
    Decimal('0.212')
    >>> parts = [{"raw": r, "value": r, "unit": "%"} for r in ("6", "5", "3", "2.5", "1", "18.5")]
    >>> round(_tolerance(parts), 3)  # (one figure in three with decimals is enough)
    Decimal('0.212')
    """
    rounded = []  # (places printed, scale) of each figure printed from a rounded value
    for a in amounts:
        m = _PRINTED.search(a["raw"])
        if not m or any(ch in a["raw"] for ch in "조억만천") or (a["unit"] in count_units() and not m["dec"]):
            continue
        printed = Decimal(m.group().replace(",", ""))
        if printed != 0:
            rounded.append((len(m["dec"] or ""), abs(Decimal(a["value"]) / printed)))
    squares, largest = Decimal(0), Decimal(0)
    for places, scale in rounded:
        # (a whole number among figures of its scale that print decimals is printed without its zeros: `3` among
        # `12.5`, `6.8`, `4.2`, `3.6` is 3.0, and so are `6`, `5`, `3`, `1` beside `2.5`: a table rounding to whole
        # numbers prints none with decimals)
        same = [p for p, s in rounded if s == scale]
        if not places and any(p for p in same):
            places = max(same)
        step = Decimal(1).scaleb(-places) * scale
        squares += (step / 2) ** 2
        largest = max(largest, step)
    return max(largest, (3 * squares).sqrt())


# each magnitude, its size, and how a figure is written with it (`1조`, `2,000억`)
_MAGNITUDES = tuple((word, Decimal(10) ** power, compiled(rf"\d\s*{word}")) for word, power in (("조", 12), ("억", 8), ("만", 4)))
# an amount written with magnitudes and whole numbers before them (`6,531억 위안`, `1조 2,000억 위안`): its unit after
_IN_MAGNITUDES = compiled(r"^(?:\d[\d,]*\s*[조억만]\s*)+(?P<unit>[^\d조억만천]*)$")


def _in_magnitudes(value: Decimal, raw: str) -> str | None:
    """A value written with the magnitudes `raw` is written with (`635100000000` like `6,531억 위안` →
    `6,351억 위안`); None where `raw` has another shape or the value is no whole number of its smallest one.

    >>> _in_magnitudes(Decimal("635100000000"), "6,531억 위안"), _in_magnitudes(Decimal("1210000000000"), "1조 2,000억 위안")
    ('6,351억 위안', '1조 2,100억 위안')
    >>> _in_magnitudes(Decimal("635150000000"), "6,531억 위안") is None, _in_magnitudes(Decimal("5"), "약 5천억") is None
    (True, True)
    """
    m = _IN_MAGNITUDES.match(raw.strip())
    if not m or value < 0:
        return None
    used = [(word, size) for word, size, written in _MAGNITUDES if written.search(raw)]
    parts, rest = [], value
    for word, size in used:
        whole, rest = divmod(rest, size)
        if whole:
            parts.append(f"{int(whole):,}{word}")
    if rest or not parts:
        return None
    return " ".join(parts) + (" " + m["unit"].strip() if m["unit"].strip() else "")


def as_printed(value: Decimal, like: dict) -> str:
    """A value in the units and style the table prints `like` in (`403193000000` under
    `(단위: 억 위안)` → `403,193`), so a warning can be checked against the page.

    >>> as_printed(Decimal("40319300000000"), {"raw": "414,193", "value": "41419300000000"})
    '403,193'
    """
    m = _PRINTED.search(like["raw"])
    printed = Decimal(m.group().replace(",", "")) if m else Decimal(0)
    if not printed or any(ch in like["raw"] for ch in "조억만천"):
        return _in_magnitudes(value, like["raw"]) or f"{value.normalize():f}"
    shown = value * printed / Decimal(like["value"])
    places = len(m["dec"] or "")
    return f"{shown:,.{places}f}" if "," in like["raw"] else f"{shown:.{places}f}"


def _compare(table, report, total: dict, parts: list[dict], what: str, name: str | None = None,
             known: dict[int, Decimal] | None = None) -> Decimal | None:
    """Warn when `total` differs from the sum of `parts`; return by how much it is off, if it is.
    A part `known` to be off by some amount (a total row's cell its column disagrees with) is
    taken at what its column adds up to: a row that adds up then is that one fault, warned once."""
    if not parts:
        return None
    stated = Decimal(total["value"])
    summed = sum(Decimal(p["value"]) for p in parts)
    if abs(stated - summed) <= _tolerance(parts + [total]):
        return None
    if known and abs(stated - known.get(id(total), 0) - summed + sum(known.get(id(p), 0) for p in parts)) \
            <= _tolerance(parts + [total]):
        # (`합계 8,370 1,638 10,053` where the column adds up to 1,683: the 1,638 is warned; `합계 3,353 2,094 5,547`
        # where the total column adds up to 5,447: the 5,547 is)
        return None
    label = total["row_label"] if total["row_label"] not in (None, *PLACEHOLDERS) else name or ""
    # (the word naming the sum, when the row's label is its group filled in: `디지털경제 규모 계`)
    row = table["rows"][total["row"] - 1] if total.get("row") else []
    if row and [total["row"] - 1, row.index(label) if label in row else -1] in table.get("filled", []):
        label = " ".join([label] + [v for v in row if v and v != label and sums_label(v, _total_words()[0])][:1])
    report.warn("total_mismatch", f"{table['table_id']} {label} {what}: printed "
                f"{total['raw']}, but its {len(parts)} parts add up to {as_printed(summed, total)}",
                total["line"])
    return stated - summed


def _own_group(rows: list[list[str]], r: int, since: list[tuple[int, dict]], label_cols: list[int]) -> list[dict]:
    """The parts a 소계 row at `r` sums among the rows `since` the last total: those sharing its group
    cell when the table names groups in its first label column (filled down: `기타 | 소계` sums the
    `기타` rows, not a one-row group printed before them without a 소계 of its own), else all of them."""
    first = label_cols[0] if label_cols else None
    key = _cell(rows[r], first) if first is not None else ""
    own = [a for k, a in since if key and _cell(rows[k], first) == key]
    return own or [a for _, a in since]


def _cell(row: list, c: int) -> str:
    return (row[c] or "").strip() if c < len(row) else ""


def _own_measure(rows: list[list[str]], r: int, total: dict, since: list[tuple[int, dict]],
                 label_cols: list[int]) -> list[dict]:
    """The parts a total row at `r` sums: those of its unit, and where a label column beside its word
    names what it totals (`합계 | 상주인구 | 만 명 | 5,338` under `청두시 | 상주인구 …` and `충칭시 | 상주인구 …`),
    those naming the same; all of them where none do."""
    parts = [(k, a) for k, a in since if a["unit"] == total["unit"]] or since
    if label_cols and (named := _NAMED_TOTAL.match(_cell(rows[r], label_cols[0]))):
        # `수출입 합계` under `수출액`, `수입액` and other measures: the rows its name names
        same = [(k, a) for k, a in parts if _names_part(named["p"], _cell(rows[k], label_cols[0]))]
        parts = same if len(same) > 1 else parts
    for c in label_cols:
        name = _cell(rows[r], c)
        if not name or name in PLACEHOLDERS or _kind_of([name], *_total_words()):
            continue
        same = [(k, a) for k, a in parts if _cell(rows[k], c) == name]
        if same:
            parts = same
    return [a for _, a in parts]


# a total row's label naming what it totals before its word (`수출입 합계`, `장쑤·저장 계`)
_NAMED_TOTAL = compiled(r"^(?P<p>\p{Hangul}[^\d\s]*?)\s*(?:합계|총계|계)$")


def _names_part(name: str, label: str) -> bool:
    """Whether a row's label opens with a word a total's name holds, whole or after the name's first syllable
    (`수출입` holds `수출` and `수입`; `장쑤·저장` holds `장쑤`).

    >>> [_names_part("수출입", w) for w in ("수출액", "수입액", "고정자산투자", "국내총생산(GDP)")]
    [True, True, False, False]
    """
    head = label[:2]
    return len(head) == 2 and (head in name or head[0] == name[0] and head[1] in name[1:])


def _explained(grand: dict, parts: list[dict], row: list[dict], known: dict[int, Decimal]) -> bool:
    """Whether a grand total (`grand`: the total row's cell in a column that totals rows) differs from its column's
    `parts` by just what the total row's other cells (`row`) were found off by (`known`), and adds up along its row:
    one fault, already warned where it is."""
    offs = [known[id(a)] for a in row if id(a) in known]
    if not parts or not offs:
        return False
    stated, summed = Decimal(grand["value"]), sum(Decimal(p["value"]) for p in parts)
    tolerance = _tolerance(parts + [grand])
    return abs(stated - summed - sum(offs)) <= tolerance \
        and abs(stated - sum(Decimal(a["value"]) for a in row)) <= _tolerance(row + [grand])


# a total's words saying it counts others the rows leave out (`합계(기타 포함)`, `계(기타 포함)`)
_OTHERS_IN = compiled(r"\(\s*기타\s*(?:국가\s*|지역\s*)?포함\s*\)")
# a title saying the rows are some picked from more (`주요국별`, `상위 10개 지역`, `주요 도시`)
_SELECTED = compiled(r"주요|상위|\bTOP\b|\bTop\b|톱\s*\d")


def _whole_beyond_selection(table: dict, labels: list[str | None], total: dict, parts: list[dict]) -> bool:
    """Whether a row labelled `전체` (all), alone or beside `전국`, totals more than the rows a table's title says were
    picked (`주요국별 스포츠용품 수출액`), or a total counting others (`합계(기타 포함)`) more than the rows, its parts adding
    up to less than it: the whole, not their sum (but `전체 | 합계` sums them).

    >>> t = {"title": "표 3) 주요국별 스포츠용품 수출액"}
    >>> _whole_beyond_selection(t, ["전체"], {"value": "19330000000"}, [{"value": "9720000000"}])
    True
    >>> _whole_beyond_selection(t, ["전체", "합계"], {"value": "19330000000"}, [{"value": "9720000000"}])
    False
    >>> _whole_beyond_selection(t, ["전국", "전체"], {"value": "2518"}, [{"value": "2130"}])
    True
    >>> _whole_beyond_selection({"title": "국가별 수출"}, ["합계(기타 포함)"], {"value": "41560"}, [{"value": "27010"}])
    True
    """
    named = [(label or "").strip() for label in labels if (label or "").strip()]
    if any(_OTHERS_IN.search(label) for label in named):
        # `합계(기타 포함)`: the rows and the others the table leaves out, more than the rows add up to
        return sum(Decimal(a["value"]) for a in parts) < Decimal(total["value"])
    return bool(named) and "전체" in named and set(named) <= {"전체", *cue_words("whole")} \
        and bool(_SELECTED.search(table.get("title") or "")) \
        and sum(Decimal(a["value"]) for a in parts) < Decimal(total["value"])


def check_totals(table: dict, amounts: list[dict], roles: list[str], report) -> None:
    """Warn where a total row or column of `table` differs from the sum of what it totals."""
    total_words, subtotal_words = set(cue_words("total")), set(cue_words("subtotal"))
    # (a running total closes the rows it sums, `1~11 월 누계`; as a column it runs down them, no row's sum: `1~7월 누계`)
    row_total_words = total_words | set(cue_words("running_total"))
    at = {(a["row"] - 1, a["column"] - 1): a for a in amounts if a["unit"] not in _PERCENT_UNITS}
    # (`합계` in the 번호 column too, or in a 소재지 or 일자 column)
    label_cols = [c for c, role in enumerate(roles) if role in ("label", "text", "rank", "address", "date")]
    rows = table["rows"]
    known: dict[int, Decimal] = {}  # a total row's cells their columns disagree with, by how much
    row_kinds = [_kind_of([row[c] for c in label_cols if c < len(row)], row_total_words, subtotal_words) for row in rows]
    # (an average or a figure per unit is no part of a sum: `건당 평균(억 위안)`, `1인당 GDP`)
    averages = {c for c, head in enumerate(table["header"]) if any(w in compact(head) for w in cue_words("average"))}
    sums_row = {c for c, head in enumerate(table["header"]) if _kind_of([head], total_words, ()) == "total"}
    # (the columns that total a row last: their total row's cell is the grand total, checked against the other totals)
    for c, role in sorted(enumerate(roles), key=lambda cr: cr[0] in sums_row):
        if role != "amount" or c in averages:
            continue
        group: list[tuple[int, dict]] = []
        every: list[tuple[int, dict]] = []
        for r, kind in enumerate(row_kinds):
            amount = at.get((r, c))
            if amount is None:
                continue
            column = table["header"][c] if c < len(table["header"]) else f"column {c + 1}"
            if kind == "subtotal":
                own = _own_group(rows, r, group, label_cols)  # (of its unit: `위안화 거래 7건` beside a 달러 row)
                _compare(table, report, amount, [a for a in own if a["unit"] == amount["unit"]] or own, f"{column} (소계)")
                group = []
            elif kind == "total":
                parts = _own_measure(rows, r, amount, every, label_cols)
                if _whole_beyond_selection(table, [rows[r][k] for k in label_cols if k < len(rows[r])], amount, parts):
                    group = []  # `표 3) 주요국별 …` / `전체 | 193.3`: all countries', the rows only the main ones
                    continue
                if c in sums_row and _explained(amount, parts, [at[(r, k)] for k in range(c) if (r, k) in at], known):
                    group = []  # (`합계 123 146 269` where the 2039 column adds up to 144: the 146 is warned, not the 269)
                    continue
                off = _compare(table, report, amount, parts, f"{column}",
                               _row_name(rows[r], label_cols, total_words, subtotal_words))
                if off is not None:
                    known[id(amount)] = off
                group = []
            elif not _OF_WHICH.match(" ".join(rows[r][k] or "" for k in label_cols if k < len(rows[r]))):
                # (a row of what the one above holds, `그중 스마트 쓰레기통(억 위안)`, is no part of the sum beside it)
                group.append((r, amount))
                every.append((r, amount))
    header = table["header"]
    for c, head in enumerate(header):
        # (a unit in brackets after the word is the column's: `합계(곳)`)
        if c not in sums_row or c >= len(roles) or roles[c] != "amount":
            continue
        if any(_PER_ITEM.search(header[k]) for k in range(c) if k < len(roles) and roles[k] == "amount"):
            continue  # `팀 수 | 팀당 상금(위안) | 상금 합계(위안)`: a count times an amount per item, no sum of the row
        # (a total of one year's periods sums the columns of that year: `2029년 상반기 합계` over `2029년 1분기`, `2029년
        # 2분기`, not `2027년` and `2028년` before them)
        year = _YEAR.search(head)
        within = [k for k in range(c) if year and (y := _YEAR.search(header[k])) and y["y"] == year["y"]]
        for r in range(len(rows)):
            total = at.get((r, c))
            if total is None:
                continue
            parts = [at[(r, k)] for k in (within if len(within) > 1 else range(c)) if roles[k] == "amount" and (r, k) in at
                     and at[(r, k)]["unit"] == total["unit"]]
            _compare(table, report, total, parts, f"{head} column", known=known)
    _check_leading_totals(table, at, roles, label_cols, report)
    for (r, c), amount in at.items():
        # `계 | 7 곳 | …` in the name column: the count of the names above it (`총계 | 6개 도시 | 11곳`: of a column
        # printing each city once over its rows)
        if roles[c] != "amount" and row_kinds[r] == "total" and amount["unit"] in count_units() \
                and (listed := len({_cell(rows[k], c) for k in range(r) if row_kinds[k] is None} - {""})) \
                and Decimal(amount["value"]) != listed:
            report.warn("total_mismatch", f"{table['table_id']} {rows[r][0] or '합계'} {amount['column_label'] or c + 1}: "
                        f"printed {amount['raw']}, but the column names {listed}", amount["line"])


_YEAR = compiled(r"(?P<y>(?:19|20)\d{2})\s*년")
_OF_WHICH = compiled(r"\s*[(\[]?\s*(?:그|이)\s*(?:중|가운데)(?:에서)?\s*[)\]:]?\s")
_LEADING_TOTAL = compiled(r"(?P<name>\S.*?)\s*\(\s*(?:계|합계|총계)\s*\)")


def _check_leading_totals(table: dict, at: dict, roles: list[str], label_cols: list[int], report) -> None:
    """A row that names itself a total in brackets (`판매량(계)`) sums the rows right under it in its
    unit (`내수`, `수출`), up to the first row in another unit or of no figure.

    >>> from kic_extract.report import Report
    >>> report = Report("x")
    >>> rows = [["생산량", "1,652"], ["판매량(계)", "1,880"], ["내수", "1,548"], ["수출", "322"], ["비중", "53.6"]]
    >>> at = {(r, 1): {"raw": row[1], "value": row[1].replace(",", ""), "unit": "%" if r == 4 else "만 대",
    ...                "row_label": row[0], "line": 10 + r} for r, row in enumerate(rows)}
    >>> _check_leading_totals({"table_id": "t", "rows": rows, "header": ["지표", "2026년"]}, at, ["label", "amount"], [0], report)
    >>> [w["message"] for w in report.warnings]
    ['t 판매량(계) 2026년: printed 1,880, but its 2 parts add up to 1,870']
    """
    rows = table["rows"]
    for r, row in enumerate(rows):
        if not any(c < len(row) and row[c] and _LEADING_TOTAL.fullmatch(row[c].strip()) for c in label_cols):
            continue
        for c, role in enumerate(roles):
            total = at.get((r, c))
            if role != "amount" or total is None:
                continue
            parts = []
            for k in range(r + 1, len(rows)):
                part = at.get((k, c))
                if part is None or part["unit"] != total["unit"] \
                        or any(q < len(rows[k]) and rows[k][q] and _LEADING_TOTAL.fullmatch(rows[k][q].strip())
                               for q in label_cols):
                    break
                parts.append(part)
            if len(parts) > 1:
                column = table["header"][c] if c < len(table["header"]) else f"column {c + 1}"
                _compare(table, report, total, parts, column)
