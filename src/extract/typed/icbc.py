"""The ICBC table (high-tech zones with a service center) and the incubator zones listed in the
prose under it → `icbc_branches.json`, with the counts the prose states checked."""

from __future__ import annotations

import regex

from kic_extract.compiled import compiled
from kic_extract.report import Report
from kic_extract.typed.bilingual import PAIR, split_ko_zh
from kic_extract.typed.tabular import cell, fill_down, find_column, to_int

_INCUBATOR_LIST = compiled(r"육성\s*기구\s*(?P<count>\d+)\s*개\s*기관은\s*(?P<list>.+?)\s*고신구")


def _stated_count(texts: list[tuple[str, int]], zones_ko: list[str]) -> tuple[int, int] | None:
    """The count the prose gives for a group of zones named by one of its members:
    `광저우고신구 등 10개`, `시안(西安)고신구 등 16개`, `시안고신구를 포함한 16개`. The pattern holds the
    table's own zone names, so it is compiled afresh (`regex.compile`), never kept by `kic_extract.compiled`."""
    stems = "|".join(regex.escape(regex.sub(r"고신구$", "", z)) for z in dict.fromkeys(zones_ko))
    pattern = regex.compile(rf"(?<!\p{{Hangul}})(?:{stems})(?:\([^)]*\))?(?:고신구)?(?:를|을)?\s*(?:등|포함한)\s*"
                            rf"(?:첫\s*번째\s*)?(?P<n>\d+)\s*개")
    for text, line in texts:
        m = pattern.search(text)
        if m:
            return int(m["n"]), line
    return None


def table_to_branches(table: dict, section_id: str, report: Report) -> list[dict]:
    header = table["header"]
    cols = {
        "seq": find_column(header, "번호"),
        "bank": find_column(header, "위탁"),
        "zone": find_column(header, "고신구 명칭", "고신구"),
        "sub": find_column(header, "지점 명칭", "시행"),
    }
    if None in cols.values():
        report.warn("icbc_columns", f"cannot find every column in header {header}", table["line_start"])
        return []
    # a row starting with blank cells continues the numbered row above (a merged cell)
    rows = fill_down(table["rows"], [cols["seq"], cols["bank"]])
    out = []
    for row, line in zip(rows, table["row_lines"]):
        seq = to_int(cell(row, cols["seq"]))
        zone_ko, zone_zh = split_ko_zh(cell(row, cols["zone"]))
        if seq is None or zone_ko is None:
            report.warn("icbc_row_unreadable", f"row without a number or zone: {row}", line)
            continue
        bank_ko, bank_zh = split_ko_zh(cell(row, cols["bank"]))
        sub_ko, sub_zh = split_ko_zh(cell(row, cols["sub"]))
        out.append({"issue_id": table["issue_id"], "section_id": section_id, "table_id": table["table_id"],
                    "role": "service_center", "seq": seq, "bank_branch_ko": bank_ko, "bank_branch_zh": bank_zh,
                    "zone_ko": zone_ko, "zone_zh": zone_zh, "sub_branch_ko": sub_ko, "sub_branch_zh": sub_zh,
                    "line": line})
    return out


def prose_to_incubators(issue_id: str, section_id: str, texts: list[tuple[str, int]], report: Report) -> list[dict]:
    for text, line in texts:
        m = _INCUBATOR_LIST.search(text)
        if not m:
            continue
        pairs = PAIR.findall(m["list"])
        if int(m["count"]) != len(pairs):
            report.warn("count_mismatch", f"the text says {m['count']} incubator zones and lists {len(pairs)}", line)
        return [{"issue_id": issue_id, "section_id": section_id, "table_id": None, "role": "incubator", "seq": k,
                 "bank_branch_ko": None, "bank_branch_zh": None, "zone_ko": ko, "zone_zh": zh,
                 "sub_branch_ko": None, "sub_branch_zh": None, "line": line}
                for k, (ko, zh) in enumerate(pairs, start=1)]
    return []


def _check_count(records: list[dict], texts: list[tuple[str, int]], what: str, report: Report) -> None:
    if not records:
        return
    stated = _stated_count(texts, [r["zone_ko"] for r in records])
    listed = len({r["seq"] for r in records})
    if stated is None:
        report.warn("count_unstated", f"the text gives no count of {what} to check the {listed} listed against",
                    records[0]["line"])
    elif stated[0] != listed:
        report.warn("count_mismatch", f"the text says {stated[0]} {what}, the data lists {listed}", stated[1])


def build_icbc(ctx):
    issue_id, sections, tables, report = ctx.issue_id, ctx.sections, ctx.tables, ctx.report
    records, used = [], set()
    for section in sections:
        mine = [t for t in tables if t["kind"] == "icbc_branches" and t["section_id"] == section["section_id"]]
        if not mine:
            continue
        texts = [(b["text"], b["line_start"]) for b in section["blocks"] if b["kind"] in ("paragraph", "note")]
        centers = [r for t in mine for r in table_to_branches(t, section["section_id"], report)]
        incubators = prose_to_incubators(issue_id, section["section_id"], texts, report)
        _check_count(centers, texts, "service-center zones", report)
        _check_count(incubators, texts, "incubator zones", report)
        records += centers + incubators
        used.update(r["line"] for r in centers + incubators)
    return records, used
