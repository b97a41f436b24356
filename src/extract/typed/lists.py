"""Bilingual lists of any organisation's offices, branches, parks or zones → `list_entries.json`.

A table is such a list when most of its rows print at least one name in Korean (or Latin) and
then in Chinese in one cell (`칭다오무역관 青岛韩国贸易馆`, `청두고신구 成都高新区`). Each such
cell becomes one record with both names split apart, its row, column and header, and the row's
group (the first column's text, filled down over merged cells), so a list of KOTRA offices and a
list of bank branches are read by the same code. ICBC's lists keep their own dataset as well.
"""

from __future__ import annotations

from kic_extract.typed.bilingual import split_ko_zh

#: the share of a table's rows that must hold a bilingual cell for it to be a list
MIN_SHARE = 0.5


def bilingual_cells(row: list[str | None]) -> list[tuple[int, str, str]]:
    """(column, Korean, Chinese) of every cell of a row that names something in both languages.

    >>> bilingual_cells(["화북", "베이징무역관 北京韩国贸易馆", "베이징 北京", "베이징·톈진·허베이성"])
    [(1, '베이징무역관', '北京韩国贸易馆'), (2, '베이징', '北京')]
    """
    out = []
    for c, text in enumerate(row):
        ko, zh = split_ko_zh(text)
        if ko and zh:
            out.append((c, ko, zh))
    return out


def table_to_entries(table: dict) -> list[dict]:
    rows = table["rows"]
    if table["kind"] == "company_card" or not rows:
        return []
    found = [bilingual_cells(row) for row in rows]
    if sum(bool(f) for f in found) < max(1, MIN_SHARE * len(rows)):
        return []
    out = []
    for r, (row, cells) in enumerate(zip(rows, found)):
        first = row[0] if row else None
        for c, ko, zh in cells:
            row_label = first if c > 0 and first and not split_ko_zh(first)[1] else None
            out.append({"issue_id": table["issue_id"], "section_id": table["section_id"], "table_id": table["table_id"],
                        "row": r + 1, "column": c + 1,
                        "column_label": table["header"][c] if c < len(table["header"]) else None,
                        "row_label": row_label, "ko": ko, "zh": zh, "line": table["row_lines"][r]})
    return out


def build_list_entries(ctx):
    records = []
    for table in ctx.tables:
        records.extend(table_to_entries(table))
    return records, set()
