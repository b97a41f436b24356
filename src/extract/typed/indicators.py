"""Indicator tables → `indicators.json`, one record per indicator × year (long form)."""

from __future__ import annotations

from decimal import Decimal

from kic_extract.compiled import compiled
from kic_extract.report import Report
from kic_extract.typed.amounts import AmountError, parse_amount, parse_unit_spec, to_number
from kic_extract.typed.cells import spec_unit
from kic_extract.segment.patterns import YEAR_HEADER
from kic_extract.typed.tabular import cell, fill_down, find_column, to_int

_HEADER_UNIT = compiled(r"\((?P<spec>[천백십]?[조억만]?\s*[^\d()]{0,8})\)$")
_STAR = compiled(r"^\*\s*")
_CUMULATIVE_NOTE = compiled(r"^\*\s*표시는\s*누적")
_STATUS_NOTE = compiled(r"지표는\s*모두\s*(?P<status>\S+?)\s*지표")


def split_header_unit(name: str) -> tuple[str, str | None]:
    """An indicator name and the unit printed after it in parentheses.

    >>> split_header_unit("IPv6 활성화사용자 수(억 가구)")
    ('IPv6 활성화사용자 수', '억 가구')
    >>> split_header_unit("디지털 경제 핵심 산업 부가가치의 GDP 내 비중(%)")
    ('디지털 경제 핵심 산업 부가가치의 GDP 내 비중', '%')
    >>> split_header_unit("전 근로자 노동생산성")
    ('전 근로자 노동생산성', None)
    """
    m = _HEADER_UNIT.search(name)
    if not m or not m["spec"].strip():
        return name, None
    return name[: m.start()].strip(), m["spec"].strip()


def table_to_indicators(table: dict, report: Report) -> list[dict]:
    header, rows, lines = table["header"], table["rows"], table["row_lines"]
    years = [(i, int(YEAR_HEADER.match(c)["year"])) for i, c in enumerate(header) if c and YEAR_HEADER.match(c)]
    labels = {year: header[i] for i, year in years}
    name_col = find_column(header, "지표", "목표")
    if name_col is None:
        name_col = next((i for i, c in enumerate(header) if c and not YEAR_HEADER.match(c) and c != "번호"), None)
    if name_col is None or not years:
        report.warn("indicator_table_unreadable", f"{table['table_id']} has no indicator or year column",
                    table["line_start"])
        return []
    group_col = find_column(header, "유형")
    number_col = find_column(header, "번호")
    status_col = find_column(header, "속성")
    notes = table["notes"]
    starred_is_cumulative = any(_CUMULATIVE_NOTE.match(n) for n in notes)
    note_status = next((m["status"] for n in notes for m in [_STATUS_NOTE.search(n)] if m), None)
    rows = fill_down(rows, [group_col] if group_col is not None else [])
    out: list[dict] = []
    seen: dict[tuple, int] = {}
    for k, (row, line) in enumerate(zip(rows, lines), start=1):
        name = cell(row, name_col)
        if not name:
            report.warn("indicator_unnamed", f"row {k} of {table['table_id']} has no indicator name", line)
            continue
        starred = bool(_STAR.match(name))
        if starred and not starred_is_cumulative:
            report.warn("indicator_star_unexplained", f"{name!r} is marked * but no note says what * means", line)
        name, header_unit = split_header_unit(_STAR.sub("", name))
        # (`도시 조사실업률(연평균, %)`: the unit after the word qualifying the figures)
        scale, unit = parse_unit_spec(spec_unit(header_unit) or header_unit) if header_unit else (Decimal(1), None)
        values = tuple(cell(row, i) for i, _ in years)
        if values in seen and any(values):
            report.warn("table_row_repeats",
                        f"{name!r} repeats the figures {list(values)} of the row on line {seen[values]}", line)
        seen.setdefault(values, line)
        for (_, year), printed in zip(years, values):
            record = {"table_id": table["table_id"], "issue_id": table["issue_id"], "year_label": labels[year],
                      "n": (to_int(cell(row, number_col)) if number_col is not None else None) or k,
                      "group": cell(row, group_col), "indicator": name, "year": year,
                      "value": None, "unit": unit, "header_unit": header_unit, "raw": printed, "approx": False,
                      "bound": None, "cumulative": starred and starred_is_cumulative,
                      "status": cell(row, status_col) or note_status, "line": line}
            if printed is None:
                report.warn("indicator_missing", f"{name!r} has no {year} value", line)
            else:
                try:
                    amount = parse_amount(printed, scale, unit)
                    record.update(value=to_number(amount.value), unit=amount.unit, approx=amount.approx,
                                  bound=amount.bound)
                except AmountError as exc:
                    report.warn("indicator_unreadable", f"{name!r} {year}: {exc}", line)
            out.append(record)
    return out


def build_indicators(ctx):
    records, used = [], set()
    for table in ctx.tables:
        if table["kind"] == "indicator":
            records.extend(table_to_indicators(table, ctx.report))
            used.update(table["row_lines"])
    return records, used
