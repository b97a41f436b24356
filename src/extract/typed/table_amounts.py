"""Every amount printed in any table → `amounts.json`, one record per amount, with the row and
column it stands in, its unit from wherever the table gives it, and its qualifiers.

A table's columns get a role from their header and cells: the row label (the first column of
text), a rank or row-number column, a year column, an amount column (most cells one amount), or
text. Amount columns are read whole; text cells only where they show an amount with a magnitude
or a unit (`누적 약 15억 위안`); a company card only in the cell after a money label
(`자금조달 상황`). A cell filled down from a merged cell repeats the amount above and is not
read again.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kic_extract.compiled import compiled
from kic_extract.segment.cards import field_cells, label_field, opens_with_round
from kic_extract.segment.cues import compact, cue_words
from kic_extract.segment.tables import COLUMN_UNIT, QUALIFIED_UNIT, column_units, named_units, row_units, sums_label, table_units
from kic_extract.segment.patterns import TABLE_SOURCE, UNIT_LINE
from kic_extract.typed.cells import (
    cumulative_header,
    MAGNITUDE,
    PLACEHOLDERS,
    count_units,
    decimal_text,
    is_amount_cell,
    nearest_spec,
    read_cell,
    unit_spec_of,
    unit_kinds,
    unit_spellings,
)
from kic_extract.typed.totals import check_totals

NOTE_UNDER = compiled(r"\s*(?:자료|출처|주\s*[:)：]|注|\*|※)")  # (a source or note line under a table)

_YEAR = compiled(r"^(?:19|20)\d{2}\s*년?$")
# a month or day of a year: `2025.7`, `2025. 07. 14`, `2025-07`, `2025/7/14`, `2025년 7월`
_DATE = compiled(r"^(?:19|20)\d{2}\s*(?:[.\-/]\s*|년\s*)(?:0?[1-9]|1[0-2])(?:\s*월)?"
                      r"(?:\s*[.\-/]\s*(?:0?[1-9]|[12]\d|3[01])|\s+(?:0?[1-9]|[12]\d|3[01])\s*일)?\.?$")


_MONTH_DAY = compiled(r"^(?:0?[1-9]|1[0-2])\s*[./]\s*(?:0?[1-9]|[12]\d|3[01])\.?$")


def _column_named(head: str | None, named: dict[str, str], role: str) -> str | None:
    """The name a `단위:` line gives a column by (white space removed): its header, or (an amount column) one the header
    shortens or that shortens the header, the only such name (`연간생산능력` over `생산능력`).

    >>> _column_named("생산능력", {"입주기업": "곳", "연간생산능력": "만 개"}, "amount")
    '연간생산능력'
    >>> _column_named("생산능력", {"연간생산능력": "만 개"}, "text"), _column_named("능력", {"생산능력": "만 개", "연간능력": "개"}, "amount")
    (None, None)
    >>> _column_named("전년동기대비", {"생산량": "억 점", "비중": "%", "증감률": "%"}, "amount")
    '증감률'
    """
    if not head:
        return None
    if head in named:
        return head
    if role != "amount" or len(head) < 2:
        return None
    near = [name for name in named if name.endswith(head) or head.endswith(name) and len(name) > 1]
    if not near and _CHANGE_HEAD.fullmatch(head):
        near = [name for name in named if name in _CHANGE_NAMES]  # (`증감률 %` over `전년 동기 대비`: the change's column)
    return near[0] if len(near) == 1 else None


# a column of changes, and the names a unit line gives them by
_CHANGE_HEAD = compiled(r"(?:전년|전년동기|전년동월|전분기|전월)대비(?:증감률?|증가율)?|증감률?|증가율")
_CHANGE_NAMES = frozenset({"증감률", "증감", "증가율", "변동률"})


def column_roles(header: list[str | None], rows: list[list[str | None]]) -> list[str]:
    """The role of each column: `label`, `rank`, `year`, `date`, `amount` or `text`. A column whose
    every cell is a month or day of a year (`2025.7`) is dates unless its header gives a unit.

    >>> column_roles(["순위", "지역", "GDP(억 위안)", "성장률(%)"], [["1", "광둥성", "105,162", "4.1"],
    ...              ["2", "장쑤성", "102,855", "5.6"]])
    ['rank', 'label', 'amount', 'amount']
    >>> column_roles(["구분", "2023년", "2024년"], [["저공 제조", "1,820", "2,350"]])
    ['label', 'amount', 'amount']
    >>> column_roles(["기업", "조달액(억 위안)", "조달 시기"], [["A", "30", "2025.7"], ["B", "2024.12", "2024. 12. 3"]])
    ['label', 'amount', 'date']
    >>> column_roles(["순위", "금액", "기업"], [["1", "약 15억 위안", "톈시반도체"], ["2", "1억 5,000만 달러", "링시둥리"]])
    ['rank', 'amount', 'label']
    >>> column_roles(["순위", "지역", "2025년"], [["1", "광둥성", "146,320"], ["합계", "10개 지역", "856,070"]])
    ['rank', 'label', 'amount']
    >>> column_roles(["순위", "지역", "수출액"], [["1", "저장성", "33,610"], ["기타", "-", "3,070"], ["합계", "-", "62,480"]])
    ['rank', 'label', 'amount']
    >>> column_roles(["지표", "단위", "2024년"], [["GDP", "조 위안", "134.91"], ["성장률", "%", "5.0"]])
    ['label', 'unit', 'amount']
    >>> column_roles(["번호", "분원", "주소", "기업(곳)"], [["1", "하이뎬원", "중관춘대가 27호", "11,860"]])
    ['rank', 'label', 'address', 'amount']
    >>> column_roles(["일자", "기업", "투자액(위안)"], [["10.08", "쥐광생물", "약 12억"], ["10.11", "루이신의료", "5억 이상"]])
    ['date', 'label', 'amount']
    >>> column_roles(["거점", "개소", "기업(개사)"], [["베이징", "2016.03", "24"], ["상하이", "2024.09", "15"], ["계", "39"]])
    ['label', 'date', 'amount']
    >>> column_roles(["연도", "마카오 자본 기업", "계"], [["2035 년", "5,812", "55,976"], ["2036 년", "6,340", "59,773"]])
    ['label', 'amount', 'amount']
    """
    width = max([len(header)] + [len(r) for r in rows])
    totals = frozenset(cue_words("total") + cue_words("subtotal"))
    kinds: list[str] = []
    # (a total row printed short, `계 | 61 | 31`, puts its sums under other columns: no column's dates or years)
    parts = [r for r in rows if not (r and r[0] and sums_label(r[0], totals))]
    for c in range(width):
        head = compact(header[c] if c < len(header) else None)
        cells = [r[c] for r in rows if c < len(r) and r[c] is not None and r[c] not in PLACEHOLDERS]
        own = [r[c] for r in parts if c < len(r) and r[c] is not None and r[c] not in PLACEHOLDERS]
        amounts = sum(is_amount_cell(v) for v in cells)
        if head in cue_words("unit") and cells and all(unit_spec_of(f"({v})") for v in cells):
            kinds.append("unit")  # `단위`: each row's unit (`조 위안`, `%`)
        elif any(head.startswith(w) or head.endswith(w) for w in cue_words("address")):
            kinds.append("address")  # `주소`, `관리위원회 주소`: `중관춘대가 27호` is a street number, no amount
        elif any(head.startswith(w) or not w.isascii() and head.endswith(w) for w in cue_words("rank")) \
                and all(v.isdigit() or sums_label(v, totals) or v in cue_words("whole") or compact(v) in cue_words("other")
                        for v in cells):
            # (`전년 순위`: the rank of another year)
            # (a total row may print its label in the rank column: `합계 | 10개 지역 | 820,558`; so may the whole's,
            # `전국 | 전체 | 251.8`; and the rest's, `기타 | - | 3,070`)
            kinds.append("rank")
        elif own and all(_YEAR.match(v) for v in own):
            kinds.append("year")
        elif own and all(_DATE.match(v) or head in cue_words("date") and (_MONTH_DAY.match(v) or sums_label(v, totals))
                         for v in own) and not unit_spec_of(header[c] if c < len(header) else None):
            kinds.append("date")  # (`10.08` under `일자`: a month and day; a total row's label among them)
        elif cells and amounts >= max(1, 0.6 * len(cells)):
            kinds.append("amount")
        else:
            kinds.append("text" if cells else "empty")
    # the row label: the first column of text, else the first of years (`2035 년 | 5,812 | …`: a row a year), else (every
    # column a number) the first that is not a rank
    label = next((c for c, k in enumerate(kinds) if k == "text"),
                 next((c for c, k in enumerate(kinds) if k == "year"),
                      next((c for c, k in enumerate(kinds) if k in ("amount", "text")), None)))
    return ["label" if c == label else "text" if k == "empty" else k for c, k in enumerate(kinds)]


def _record(table: dict, r: int, c: int, label: str | None, column: str | None, amount) -> dict:
    return {"issue_id": table["issue_id"], "table_id": table["table_id"], "row": r + 1, "column": c + 1,
            "row_label": label, "column_label": column, "raw": amount.raw, "value": decimal_text(amount.value),
            "unit": amount.unit, "scale": amount.scale, "approx": amount.approx, "bound": amount.bound,
            "cumulative": amount.cumulative, "line": table["row_lines"][r]}


_PART_SEPARATOR = compiled(r"[|│/;(,]|(?<=다)\.\s")  # (or a sentence's end, in an answer: `… 위안이다. 올해 3 월 …`)


def _cumulative_inside(value: str, raw: str) -> bool:
    """Whether `누적` names the amount `raw` within its part of a card's value.

    >>> _cumulative_inside("시리즈 B | 누적 투자액: 약 25억 위안", "약 25억 위안"), _cumulative_inside("누적 2억 | 3억 위안", "3억 위안")
    (True, False)
    """
    at = value.find(raw)
    if at < 0:
        return False
    part = _PART_SEPARATOR.split(value[:at])[-1]
    return "누적" in part


def card_to_amounts(table: dict) -> list[dict]:
    """Amounts a company card states in the cell after a money label or a funding label (`최근 투자`)."""
    out, read = [], set()
    for r, row in enumerate(table["rows"]):
        for c in range(len(row) - 1):
            label = compact(row[c])
            # (a value with no label that opens with a round, `시리즈 A 약 8,500만 달러, 누적 1억 2,000만 달러 가량`, perhaps
            # after its date, `2030.05 시리즈 A — 1억 8,000만 위안`, is funding)
            unlabelled_round = row[c] is None and c % 2 == 0 and bool(row[c + 1]) and opens_with_round(row[c + 1])
            # (or a question of the card's interview asking after the money, `지금까지 유치한 투자는?`)
            asked = label.endswith("?") and any(w in label for w in cue_words("money_label"))
            if row[c + 1] and (unlabelled_round or asked or row[c] and (label_field(row[c]) == "funding"
                                                                        or any(label.startswith(w) for w in cue_words("money_label")))):
                # `누적 조달 | 약 16억 위안`: the label says the amount is cumulative, or a label inside the
                # value does (`시리즈 B | 누적 투자액: 약 25억 위안`); a funding value goes on in the parts
                # after it the line gives no label (`2026년 6월 시리즈 B | 약 7억 위안`)
                for col, value in field_cells(row, c):
                    if (r, col) in read:
                        continue  # (`투자 | 시리즈 C … | None | 누적 6억 위안 이상`: the funding's part, read with it)
                    read.add((r, col))
                    amounts = [replace(a, cumulative=True) if "누적" in label or _cumulative_inside(value, a.raw) else a
                               for a in read_cell(value, whole=False) if a.unit not in count_units()]
                    # (`투자사 ▸ …, 전략적 투자자 2곳`: a count of investors is no amount of money)
                    out += [_record(table, r, col, row[c], None, a) for a in amounts]
    return out


def table_to_amounts(table: dict, report, captions: list[str] = (), notes: list[str] = ()) -> list[dict]:
    """The amounts of one table, in row and column order; unreadable number cells are warned of.
    `captions` are the lines printed above the table (a `단위:` line naming its columns' units),
    `notes` those under it (a note saying a column counts cumulatively)."""
    if table["kind"] == "company_card":
        return card_to_amounts(table)
    header, rows = table["header"], table["rows"]
    roles = column_roles(header, rows)
    filled = {(r, c) for r, c in table["filled"]}
    label_col = roles.index("label") if "label" in roles else None
    unit_col = roles.index("unit") if "unit" in roles else None
    specs = _caption_specs(table, captions)
    by_column = _caption_units(table, roles, specs)
    # (rows a `단위:` line gives units of their own: `단위: 만 대(배터리 교환소는 곳, 직류 비중은 %)`)
    noted_rows = [pair for text in captions for pair in row_units(text)]
    headings = [compact(head) for head in table["header"]]
    for text in (*captions, *notes):
        # `단위: 입주기업(개), 면적(만㎡)`: the unit of each column it names (under the table too: `※ 단위: 첨단기술기업은 개, …`)
        named = named_units(text)
        # (the header may shorten the name, or the name the header: `연간 생산능력(만 개)` over `생산능력`)
        matched = {c: name for c, head in enumerate(headings) if (name := _column_named(head, named, roles[c]))}
        by_column.update({c: named[name] for c, name in matched.items()})
        # (and of each row it names that no column is: `(단위: 억 개, 수출액은 억 달러)` over a `수출액` row)
        noted_rows += [(name, spec) for name, spec in named.items() if name not in matched.values()]
    for text in (table["title"] or "", *captions):
        for word, spec in column_units(text):
            if not unit_spec_of(f"({spec})"):
                continue
            # `(입주 창업팀: 개, 2026년 말 기준)` over `입주 창업팀`: that column's unit; or the one column whose
            # header holds the word (`(금액: 억 위안)` under the title, over `투자 금액`); every column the brackets
            # name so (`(입주기업: 개, 산업 규모: 억 위안)`)
            named = [c for c, head in enumerate(table["header"]) if roles[c] == "amount" and compact(word) in compact(head)]
            same = [c for c in named if compact(table["header"][c]) == compact(word)]
            by_column.update({c: spec for c in (same or (named if len(named) == 1 else []))})
    if (qualified := QUALIFIED_UNIT.search(table["title"] or "")) is not None:
        # `(상금 단위: 만 위안)`: the columns the word names (`팀당 상금`, `상금 소계`)
        # (the words may be a phrase the header shortens: `(입주 기업 수 단위: 개)` over `입주 기업`)
        word = compact(qualified["word"])
        named = {c for c, head in enumerate(table["header"]) if roles[c] == "amount"
                 and (word in compact(head) or len(compact(head)) > 1 and compact(head) in word)}
        if not named and word in cue_words("money_word"):
            # `(금액 단위: 억 위안)` over `수출입 | 전년 동기 대비(%) | 수출 | 전국 비중(%)`: the money, every column giving
            # no unit of its own
            named = {c for c, head in enumerate(table["header"]) if roles[c] == "amount" and not unit_spec_of(head)}
        by_column.update(dict.fromkeys(named, qualified["spec"]))
    # a caption's amount unit for every cell that gives none, its rate for rows naming one
    # (`소매판매 증가율`, `고정자산투자 증가율(누계, %)`), where no column takes the rate
    default, rate = specs if not by_column and _unit_then_rate(specs) else (None, None)
    column_specs = _column_specs(header, roles, by_column)
    summed = {c for c, head in enumerate(header) if c < len(roles) and roles[c] == "amount"
              and any(noted_cumulative(head, note) for note in notes)}
    out = []
    totals = cue_words("total") + cue_words("subtotal")
    first_amount = next((c for c, role in enumerate(roles) if role == "amount"), 0)
    for r, row in enumerate(rows):
        placed = placed_cells(row, len(header), totals, roles)
        label = row[0] if placed != list(enumerate(row)) else \
            row[label_col] if label_col is not None and label_col < len(row) else None  # (a short total row's own)
        if (label is None or label in PLACEHOLDERS) and row and row[0] and sums_label(row[0], totals):
            label = row[0]  # `소계(위안) | - | … | 44 억 위안`: the sum named in the rank column
        # `계 | 7 곳 | 1,268.93 | 9,049`: a total row counting its rows in the name column, a count there
        counted = label_col if label_col and label_col < len(row) and label == row[label_col] and row[0] \
            and sums_label(row[0], totals) and is_amount_cell(label) else None
        label = row[0] if counted is not None else label
        # (or a label column's after a group column: `성장 | GDP 성장률(%) | 5.1 | …`)
        row_spec = unit_spec_of(label) or next((spec for word, spec in noted_rows if compact(word) in compact(label or "")), None) \
            or next((spec for c, cell in enumerate(row[:first_amount]) if roles[c] in ("label", "text")
                                                and (spec := unit_spec_of(cell))), None) \
            or (rate if rate and _names_rate(label) else None)
        if unit_col is not None and unit_col < len(row) and row[unit_col]:
            row_spec = unit_spec_of(f"({row[unit_col]})") or row_spec  # the row's `단위` cell
        # (or a row label naming its measure summed, `첨단 제조 전용 펀드 누적 조성액(억 위안)`)
        row_summed = bool(_SPEC_CUMULATIVE.search(label or "") or _SUMMED_WORD.search(label or "")
                          or any(noted_cumulative_row(label, note) for note in notes))
        for c, text in placed:
            if text is None or text in PLACEHOLDERS or (r, c) in filled or roles[c] in ("label", "rank", "year", "date",
                                                                                        "unit", "address") and c != counted:
                continue
            column = header[c] if c < len(header) else None
            spec = nearest_spec(row_spec, column_specs[c] if c < len(column_specs) else by_column.get(c),
                                table["unit"] or default)
            amounts = read_cell(text, spec, whole=roles[c] == "amount")
            if row_summed or cumulative_header(column) or c in summed or _SPEC_CUMULATIVE.search(column or ""):
                # (a `누적` column: every figure in it sums over time; a row or column whose bracketed spec says so
                # too, `주민 1 인당 가처분소득(누적, 위안)`)
                # (a rate over the year so far too, `고정자산투자 누적 증가율(%)`, `… 증가율(누적, %)`; but a share of a
                # cumulative count sums nothing: `누적 비중(%)`)
                share = any(w in compact(f"{label or ''}{column or ''}") for w in cue_words("share"))
                amounts = [replace(a, cumulative=True) if a.unit not in ("%", "%p") or not share else a for a in amounts]
            if not amounts and roles[c] == "amount":
                report.warn("amount_unreadable", f"{table['table_id']} row {r + 1}, {column or c + 1}: "
                            f"{text!r} is not an amount", table["row_lines"][r])
            out += [_record(table, r, c, label, column, a) for a in amounts]
    check_totals(table, out, roles, report)
    return out


# (`누적` as a word of its own in a row label, or `누적액`, `누적치`; last before the unit, `1인당 가처분소득 누적(위안)`)
_SUMMED_WORD = compiled(r"(?<!\S)누적(?:\s|액|치|(?=\s*\(|$))")


_DASHES = frozenset("-–—－")


_FIGURE_OPENS = compiled(r"\s*[-+−▲▼△]?\s*\d")  # (a cell opening with a figure)


def placed_cells(row: list[str | None], width: int, totals, roles: list[str] = ()) -> list[tuple[int, str | None]]:
    """A row's cells with their columns; a total row printed short, no cell left empty, gives its label
    to the first column and its figures to the last (`상위 10곳 합계 | 39.0` under `순위 | 고신구 | … | 영업수입`), when
    those are columns of amounts (`roles`: not `합계 | 571.5 | 37,220 | 16,600` under `… | 영업수입 | 주력 산업`)
    and the columns it is printed under are not all amounts already.

    >>> placed_cells(["상위 10곳 합계", "39.0"], 5, ("합계",)), placed_cells(["1", "중관춘"], 5, ("합계",))
    ([(0, '상위 10곳 합계'), (4, '39.0')], [(0, '1'), (1, '중관춘')])
    >>> placed_cells(["상위 10곳 합계", "39.0", "", "", ""], 5, ("합계",))
    [(0, '상위 10곳 합계'), (4, '39.0')]
    >>> placed_cells(["합계", None, "52", None], 4, ("합계",))  # (`합계\t\t52\t`: its tabs place it)
    [(0, '합계'), (1, None), (2, '52'), (3, None)]
    >>> placed_cells(["합계", "571.5", "37,220", None], 4, ("합계",), ["label", "amount", "amount", "text"])
    [(0, '합계'), (1, '571.5'), (2, '37,220'), (3, None)]
    >>> # (`합계 | 15,563 | 16,650 | 17,657 |` under `도시 | 2026년 | 2027년 | 2028년 | R&D 강도(%)`: as printed, every
    >>> # figure under a column of amounts)
    >>> placed_cells(["합계", "15,563", "16,650", None], 4, ("합계",), ["label", "amount", "amount", "amount"])
    [(0, '합계'), (1, '15,563'), (2, '16,650'), (3, None)]
    >>> placed_cells(["합계", "-", "1,257.4", "95.7"], 5, ("합계",))  # (a dash holding a column: printed from the left)
    [(0, '합계'), (1, '-'), (2, '1,257.4'), (3, '95.7')]
    >>> placed_cells(["합계", "상위 6개 성", "383.6"], 4, ("합계",))  # (words naming what it sums: under the label columns)
    [(0, '합계'), (1, '상위 6개 성'), (2, '383.6')]
    """
    cells = list(row)
    while cells and not cells[-1]:
        cells.pop()  # (a PDF's table gives the cells it left empty)
    if 1 < len(cells) < width and all(cells) and sums_label(cells[0], totals) and not any(c.strip() in _DASHES for c in cells[1:]) \
            and _FIGURE_OPENS.match(cells[1]) \
            and all(c >= len(roles) or roles[c] == "amount" for c in range(width - len(cells) + 1, width)) \
            and not (len(roles) >= width and all(roles[c] == "amount" for c in range(1, len(cells)))):
        return [(0, cells[0])] + [(width - len(cells) + 1 + k, v) for k, v in enumerate(cells[1:])]
    return list(enumerate(row))


def _column_specs(header: list, roles: list[str], by_column: dict[int, str]) -> list[str | None]:
    """Each column's unit: its header's, a caption's for it, or the counter it counts; a total column that
    gives none (`국내 기업(개사) | 외자 기업(개사) | 계`) takes the one its amount columns share, and amount columns
    that give none take the unit of the total column that sums them (`반도체 | 로봇 | 계(개사)`).

    >>> _column_specs(["고신구", "국내 기업(개사)", "외자 기업(개사)", "계"], ["label", "amount", "amount", "amount"], {})
    [None, '개사', '개사', '개사']
    >>> _column_specs(["도시", "반도체", "로봇", "계(개사)"], ["label", "amount", "amount", "amount"], {})
    [None, '개사', '개사', '개사']
    """
    specs = [unit_spec_of(head) or by_column.get(c) or _counted_column(head) for c, head in enumerate(header)]
    amounts = [c for c in range(min(len(header), len(roles))) if roles[c] == "amount"]
    totals = [c for c in amounts if sums_label(compact(header[c]), cue_words("total"))]
    for c in totals:
        if specs[c] is None:
            shared = {specs[k] for k in amounts if k != c}
            specs[c] = shared.pop() if len(shared) == 1 else None
    if len(totals) == 1 and specs[totals[0]] and all(specs[k] is None for k in amounts if k != totals[0]):
        specs = [specs[totals[0]] if k in amounts else spec for k, spec in enumerate(specs)]
    return specs


def _counted_column(header: str | None) -> str | None:
    """The counter a header counting things names as its unit (`팀 수` → `팀`, `기업 수(개)` aside).

    >>> _counted_column("팀 수"), _counted_column("입주 기업 수"), _counted_column("인구")
    ('팀', None, None)
    """
    m = _COUNT_HEADER.fullmatch(compact(header or ""))
    return m["counter"] if m and m["counter"] in count_units() else None


_COUNT_HEADER = compiled(r"(?P<counter>\p{Hangul}{1,2})수")


def _caption_specs(table: dict, captions: list[str] = ()) -> list[str]:
    """The units a caption gives its columns or rows when it gives several (`(단위: 억 위안, 만 명)`), in the table's
    title or, the title giving none, on a `단위:` line of its own over the rows (`단위: 조 위안, %`)."""
    if table["unit"]:
        return []
    for text in (table["title"], *(t for t in captions if UNIT_LINE.match(t.strip()))):
        if specs := [s for s in table_units(text) if unit_spec_of(f"({s})")]:
            return specs
    return []


def _unit_then_rate(specs: list[str]) -> bool:
    """An amount unit and then a rate (`(단위: 억 위안, %)`)."""
    return len(specs) == 2 and specs[1] in ("%", "%p") and specs[0] not in ("%", "%p")


def _caption_units(table: dict, roles: list[str], specs: list[str]) -> dict[int, str]:
    """Units a caption gives the amount columns in order, by column: one each (`(단위: 억 위안, 만
    명)` over a box office and an audience column), or an amount unit and then a rate (`(단위: 억
    위안, %)`), the rate from the first column whose header names one (`성장률`) to the last. Where
    no column takes the rate, the rows do (see `table_to_amounts`); or one each to the amount columns
    whose header gives no unit of its own (`단위: 건, 억 위안` over `건수 | 금액 | 증감률(%)`)."""
    columns = [c for c, role in enumerate(roles) if role == "amount"]
    if not specs:
        return {}
    label = roles.index("label") if "label" in roles else 0
    by_rows = {compact(spec) for row in table["rows"] if label < len(row) and (spec := unit_spec_of(row[label]))}
    if len(specs) > 1 and all(compact(spec) in by_rows for spec in specs):
        # `(단위: 만 톤, 억 위안, %)` over `구분 | 2022년 | 2023년 | 2024년` whose rows read `생산량(만 톤)`, `시장 규모(억 위안)`,
        # `평균 설비가동률(%)`: the units the rows give, none a column's
        return {}
    if len(specs) < len(columns) and (own := _units_in_cells(table["rows"], columns)):
        # `단위: 억 위안, %, %p` over `GDP | 성장률 | 성장률 증감 | 고신기술기업` whose last cells read `8.1만 개`: the units
        # are the other columns'; and a unit those cells give is theirs (`단위: 억 위안, %` over `2023년 | 2024년 | 증가율`
        # whose cells read `9.5%`: 억 위안 is both years')
        columns = [c for c in columns if c not in own]
        given = {a.unit for c in own for row in table["rows"] if c < len(row) and row[c] for a in read_cell(row[c]) or ()}
        specs = [s for s in specs if unit_spec_of(f"({s})") not in given] or specs
        if len(specs) == 1:
            return dict.fromkeys(columns, specs[0])
    if len(specs) == len(columns):
        return dict(zip(columns, specs))
    header = table["header"]
    unitless = [c for c in columns if not unit_spec_of(header[c] if c < len(header) else None)]
    rest = list(specs)
    for c in columns:
        own = compact(unit_spec_of(header[c] if c < len(header) else None) or "")
        if c not in unitless and (taken := next((s for s in rest if compact(s) == own), None)) is not None:
            rest.remove(taken)
    if len(rest) == 1 < len(specs) and unitless:
        # `단위: 억 위안, %` over `2031년 상반기 | 2032년 상반기 | 성장률(%)`: the unit no header names is the others'
        return dict.fromkeys(unitless, rest[0])
    if len(specs) == len(unitless) < len(columns):
        # `단위: 건, 억 위안` over `투자 건수 | 투자 금액 | 금액 증감률(%)`: the columns whose header gives none
        return dict(zip(unitless, specs))
    if len(specs) == len(measures := _measures(header, columns)) > 1:
        # `단위: 억 위안, %` over `R&D 경비 2026년 | R&D 경비 2027년 | R&D 강도 2027년`: one unit per measure, in turn
        return {c: spec for spec, group in zip(specs, measures) for c in group}
    if _unit_then_rate(specs):
        first_rate = next((c for c in columns if c < len(header) and _names_rate(header[c])), None)
        if first_rate is not None and first_rate != columns[0]:
            # (but columns after the rate that add up to a level before it are its parts, in its unit: `시장 규모 | 증가율 |
            # 적외선·RF | 블루투스·음성` over `86.4 | - | 61.2 | 25.2`)
            after = [c for c in columns if c > first_rate and not _names_rate(header[c] if c < len(header) else None)]
            parts = set(after) if any(_parts_of(table["rows"], c, after) for c in columns if c < first_rate) else set()
            return {c: specs[1] if c >= first_rate and c not in parts else specs[0] for c in columns}
    if (by_kind := _units_by_kind(header, columns, specs)) is not None:
        # `단위: ㎢, 개사` over `면적 | 입주 기업 | 상장사`: units of different kinds, each to the columns naming its kind
        return by_kind
    rates = [c for c in columns if _names_rate(header[c] if c < len(header) else None)]
    levels = [c for c in columns if c not in rates]
    if rates and levels and len(specs) == len(levels) + 1 and unit_spec_of(f"({specs[-1]})") in ("%", "%p"):
        # `(단위: 만 명, 억 위안, %)` over `관광객 | 증감률 | 관광 수입 | 증감률`: the levels' units in turn, the rate
        return {**dict(zip(levels, specs)), **{c: specs[-1] for c in rates}}
    return {}


_PLAIN_FIGURE = compiled(r"-?\d{1,3}(?:,\d{3})*(?:\.(?P<dec>\d+))?|-?\d+(?:\.(?P<dec2>\d+))?")


def _parts_of(rows: list[list[str | None]], whole: int, parts: list[int]) -> bool:
    """Whether the columns `parts` (two or more) add up, in every row of two or more giving them all, to the column
    `whole`, within what printed rounding allows (one printed step a part).

    >>> _parts_of([["2021", "86.4", "-", "61.2", "25.2"], ["2022", "92.7", "7.3", "60.8", "31.9"]], 1, [3, 4])
    True
    >>> _parts_of([["2021", "86.4", "-", "6.1", "2.5"], ["2022", "92.7", "7.3", "6.8", "3.9"]], 1, [3, 4])
    False
    """
    checked = 0
    for row in rows:
        cells = [row[c] if c < len(row) else None for c in (whole, *parts)]
        found = [_PLAIN_FIGURE.fullmatch((cell or "").strip()) for cell in cells]
        if not all(found):
            continue
        places = max(len(m["dec"] or m["dec2"] or "") for m in found)
        values = [Decimal(m.group().replace(",", "")) for m in found]
        if abs(values[0] - sum(values[1:])) > len(parts) * Decimal(1).scaleb(-places):
            return False
        checked += 1
    return len(parts) > 1 and checked > 1


def _units_in_cells(rows: list[list[str | None]], columns: list[int]) -> set[int]:
    """The columns whose every cell gives its own unit (`8.1만 개`, `2.8만 개`).

    >>> _units_in_cells([["광둥성", "163,480", "8.1만 개"], ["장쑤성", "158,215", "6.3만 개"]], [1, 2])
    {2}
    """
    own = set()
    for c in columns:
        cells = [row[c] for row in rows if c < len(row) and row[c] and row[c] not in PLACEHOLDERS]
        if cells and all((amounts := read_cell(cell)) and all(a.unit for a in amounts) for cell in cells):
            own.add(c)
    return own


# the unit kinds of data/units.tsv a header names with the cue words of data/table_cues.tsv
_HEADER_KINDS = (("currency", "money_label"), ("percent", "rate"), ("count", "counted"), ("measure", "measured"))


def _units_by_kind(header: list, columns: list[int], specs: list[str]) -> dict[int, str] | None:
    """Units of different kinds given fewer than the columns, each column taking the one whose kind its
    header names; None unless every column names exactly one of them and every unit is taken.

    >>> _units_by_kind(["지역", "산업단지", "면적", "입주 기업", "상장사"], [2, 3, 4], ["㎢", "개사"])
    {2: '㎢', 3: '개사', 4: '개사'}
    >>> _units_by_kind(["지역", "매출", "순이익", "기업 수"], [1, 2, 3], ["억 위안", "개"]) is None  # (`순이익` names none)
    True
    """
    kinds = [unit_kinds().get(unit_spellings().get(rest, rest)) for spec in specs
             if (rest := spec.strip().lstrip(MAGNITUDE).strip())]
    if len(specs) >= len(columns) or len(kinds) != len(specs) or None in kinds or len(set(kinds)) != len(kinds):
        return None
    unit_of = dict(zip(kinds, specs))
    out = {}
    for c in columns:
        written = header[c] if c < len(header) and header[c] else ""
        head = compact(written)
        words = {kind: [w for w in cue_words(cue) if w in head] for kind, cue in _HEADER_KINDS if kind in unit_of}
        if _COUNTED_LAST.search(written) and "count" in words:
            words["count"].append("수")  # (`유니콘 수`: what is counted, then the word for the number of them)
        # (a cue inside a longer one of another kind names nothing: `기업가치` is money, not `기업`)
        named = {kind for kind, found in words.items() if any(
            not any(w in other and w != other for k, others in words.items() if k != kind for other in others) for w in found)}
        if len(named) != 1:
            return None
        out[c] = unit_of[named.pop()]
    return out if set(out.values()) == set(specs) else None


_COUNTED_LAST = compiled(r"\S\s+수$")  # (a header's last word the number of what it names: `유니콘 수`, `기업 수`)


# (a year and the part of it a column covers: `2025년 1~9월`, `2025년 상반기`, `2024년 3분기`)
_YEAR_WORD = compiled(r"\s*(?:19|20)\d{2}\s*년?(?:\s*(?:\d{1,2}\s*~\s*)?\d{1,2}\s*(?:월|분기)|\s*[상하]반기)?(?:\s*\([^()]*\))?\s*")


def _measures(header: list, columns: list[int]) -> list[list[int]]:
    """The amount columns grouped by the measure their header names, a year aside, each group
    printed side by side (`R&D 경비 2026년 | R&D 경비 2027년 | R&D 강도 2027년` → two, `2026 년 | 2027 년 |
    투자강도(2027 년)` → two); none when a measure's columns are apart or every header names only a year.

    >>> _measures(["지역", "R&D 경비 2026년", "R&D 경비 2027년", "R&D 강도 2027년"], [1, 2, 3])
    [[1, 2], [3]]
    >>> _measures(["지역", "2026년", "2027년"], [1, 2]), _measures(["A", "B 2026년", "C", "B 2027년"], [1, 2, 3])
    ([], [])
    >>> _measures(["지역", "2026 년", "2027 년", "투자강도(2027 년)"], [1, 2, 3])  # (years alone: one measure)
    [[1, 2], [3]]
    >>> _measures(["구분", "2023년", "2024년", "2025년 1~9월"], [1, 2, 3])  # (a part of a year, no measure)
    []
    """
    names = [_YEAR_WORD.sub(" ", header[c] if c < len(header) and header[c] else "").strip() for c in columns]
    if not any(names):
        return []  # (years alone name one measure)
    groups: list[list[int]] = []
    for k, (c, name) in enumerate(zip(columns, names)):
        if k and name == names[k - 1]:
            groups[-1].append(c)
        elif name in names[:k]:
            return []
        else:
            groups.append([c])
    return groups


# what follows a column's header in a note saying it counts cumulatively (`입주 기업은 누적 …`; not a measure of the
# column's named in the note, `2032 년 4 분기 누적액은 연간 수치`)
_CUMULATIVE_AFTER = compiled("(?:수)?(?:은|는|이|가)?(?:모두)?누적(?!액|치|\\s*금액)")


# `누적` as a word of a label's bracketed spec (`(누적, 위안)`, `(억 위안, 누적)`)
_SPEC_CUMULATIVE = compiled(r"\([^()]*(?<!\p{Hangul})누적(?!\p{Hangul})[^()]*\)\s*$")


def noted_cumulative(header: str | None, note: str) -> bool:
    """Whether a note under a table says the column `header` counts cumulatively.

    >>> noted_cumulative("입주 기업", "자료: 각 과학기술원 홈페이지(입주 기업은 누적 인큐베이팅 기업 기준)")
    True
    >>> noted_cumulative("입주 기업", "자료: 각 과학기술원 홈페이지(누적 투자액 기준)")
    False
    """
    head, text = compact(header), compact(note)
    if not head:
        return False
    at = text.find(head)
    while at >= 0:
        if _CUMULATIVE_AFTER.match(text, at + len(head)):
            return True
        at = text.find(head, at + 1)
    return False


# what a note says sums over time, by the last word of the measure (`보유량은 연말 누적 기준`)
_SPEC_AT_END = compiled(r"\s*[(（][^()（）]*[)）]\s*$")  # (a label's unit in brackets: `연료전지차 보유량(대)`)
_NOTED_SUMMED = compiled(r"(?P<word>\p{Hangul}{2,8})(?:은|는)(?:연말|월말|연간|기말)?(?:모두)?누적")


def noted_cumulative_row(label: str | None, note: str) -> bool:
    """Whether a note under a table says the measure a row label names counts cumulatively, the label ending with the
    word the note names (its unit in brackets aside).

    >>> noted_cumulative_row("연료전지차 보유량(대)", "표 1) 출처: 국가에너지국. 보유량은 연말 누적 기준.")
    True
    >>> noted_cumulative_row("연료전지차 판매량(대)", "보유량은 연말 누적 기준."), noted_cumulative_row(None, "보유량은 누적")
    (False, False)
    """
    head = compact(_SPEC_AT_END.sub("", label or ""))
    return bool(head) and any(head.endswith(m["word"]) for m in _NOTED_SUMMED.finditer(compact(note)))


def _names_rate(label: str | None) -> bool:
    """Whether a header names a rate by a word of data/table_cues.tsv's `rate`; not a change in the level it compares
    (`전년 말 대비 증가`: how many more, where `전년 대비(%)` and `증가율` are rates).

    >>> _names_rate("전년 대비"), _names_rate("증가율"), _names_rate("전년 말 대비 증가"), _names_rate("교환소 수")
    (True, True, False, False)
    """
    head = compact(label or "")
    found = [w for w in cue_words("rate") if w in head]
    return bool(found) and not (found == ["대비"] and _LEVEL_CHANGE_END.search(head))


_LEVEL_CHANGE_END = compiled(r"(?:증가|감소|순증|증가분|감소분|증가량|감소량)$")


def build_amounts(ctx):
    records, used = [], set()
    for table in ctx.tables:
        first_row = table["row_lines"][0] if table["row_lines"] else table["line_start"]
        captions = [ctx.lines[no - 1].text for no in range(table["line_start"], first_row)
                    if 0 < no <= len(ctx.lines) and ("단위" in ctx.lines[no - 1].text
                                                     or COLUMN_UNIT.fullmatch(ctx.lines[no - 1].text.strip()))]
        below = [ctx.lines[no - 1].text for no in (table["line_end"] + 1, table["line_end"] + 2) if no <= len(ctx.lines)]
        # the notes under it: its own, and a source line right after it (`자료: …(입주 기업은 누적 … 기준)`)
        after = [text for text in below if NOTE_UNDER.match(text) or TABLE_SOURCE.match(text)]
        if not any("단위" in c for c in captions):
            # (`단위: 만 TEU, %` under the rows, over the table's source: the units of its columns, as over them)
            captions += [text for text in below if UNIT_LINE.match(text.strip())][:1]
        records.extend(table_to_amounts(table, ctx.report, captions, [*table["notes"], *after]))
    return records, used
