"""The look-alike fold: code points a font or an editor put in place of the character meant
(Kangxi radicals `⼈⼯` for 人工, `⻄` for 西, ligatures `ﬁ`, `ʻ` for `‘`), read from
`data/unicode_lookalikes.tsv` (generated from Unicode's EquivalentUnifiedIdeograph.txt and
UnicodeData.txt by tools/make_lookalikes.py) and the `clean` rows of `data/pdf_lookalikes.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from kic_extract.data import tsv_rows


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    rows = list(tsv_rows("unicode_lookalikes.tsv"))
    rows += [r for r in tsv_rows("pdf_lookalikes.tsv") if r["stage"] == "clean"]
    table = {}
    for row in rows:
        if len(row["found"]) != 1 or not row["meant"]:
            raise ValueError(f"look-alike table: bad row {row!r} (one character found, a non-empty meant)")
        table[ord(row["found"])] = row["meant"]
    guard = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(table)) + "]")
    return table, guard


def fold_lookalikes(text: str) -> str:
    """Replace look-alike code points with the characters they stand for.

    >>> fold_lookalikes("⼈⼯智能 ⻄安 ⻓沙 ⻔户 ⼈⺠ ʻ수상ʼ ﬁnance")
    '人工智能 西安 长沙 门户 人民 ‘수상’ finance'
    >>> fold_lookalikes("人工智能")
    '人工智能'
    """
    table, guard = _table()
    return text.translate(table) if guard.search(text) else text
