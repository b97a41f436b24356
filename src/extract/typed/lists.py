"""Bilingual lists of any organisation's offices, branches, parks or zones → `list_entries.json`.

A table is such a list when most of its rows print at least one name in Korean (or Latin) and
then in Chinese in one cell (`칭다오무역관 青岛韩国贸易馆`, `청두고신구 成都高新区`). Each such
cell becomes one record with both names split apart, its row, column and header, and the row's
group (the first column's text, filled down over merged cells), so a list of KOTRA offices and a
list of bank branches are read by the same code. ICBC's lists keep their own dataset as well.
"""

from __future__ import annotations

from kic_extract.compiled import compiled
from kic_extract.typed.bilingual import split_ko_zh

_LETTER = compiled(r"[\p{Hangul}A-Za-z]")
# a header naming a column of Chinese names (`중문 명칭`, `中文名称`, `거점명(중문)`, `分园名称`)
_CHINESE_COLUMN = compiled(r"중문|中文|중국어|한자|名称|名$")

#: the share of a table's rows that must hold a bilingual cell for it to be a list
MIN_SHARE = 0.5


def bilingual_cells(row: list[str | None], header: list[str] | None = None) -> list[tuple[int, str, str]]:
    """(column, Korean, Chinese) of every cell of a row that names something in both languages.

    >>> bilingual_cells(["화북", "베이징무역관 北京韩国贸易馆", "베이징 北京", "베이징·톈진·허베이성"])
    [(1, '베이징무역관', '北京韩国贸易馆'), (2, '베이징', '北京')]

    A name whose Chinese stands alone in the next cell, under a header naming the Chinese, is one too (not an address
    beside a place):

    >>> row = ["로봇학 전국중점실험실", "机器人学全国重点实验室", "랴오닝성 선양", "南京市江北新区研创园腾飞大厦"]
    >>> bilingual_cells(row, ["실험실", "중문명", "소재지", "주소"])
    [(0, '로봇학 전국중점실험실', '机器人学全国重点实验室')]
    """
    out = []
    parts = [split_ko_zh(text) for text in row]
    for c, (ko, zh) in enumerate(parts):
        if ko and zh and _LETTER.search(ko):  # (not a Chinese name cut at its hyphen: `大兴-亦庄园`)
            out.append((c, ko, zh))
        elif ko and _LETTER.search(ko) and c + 1 < len(parts) and parts[c + 1][0] is None and (beside := parts[c + 1][1]) \
                and header and c + 1 < len(header) and _CHINESE_COLUMN.search(header[c + 1] or ""):
            out.append((c, ko, beside))
    return out


def table_to_entries(table: dict) -> list[dict]:
    rows = table["rows"]
    if table["kind"] == "company_card" or not rows:
        return []
    found = [bilingual_cells(row, table["header"]) for row in rows]
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
