"""What a count stated in prose is compared with when its list stands after its paragraph (see `typed.counts`): the
list items or the table rows that follow it, and the line that prints the count, where its warning goes."""

from __future__ import annotations

from kic_extract.gazetteer import names_place
from kic_extract.typed.count_lists import ASIDE, a_place, members
from kic_extract.typed.totals import is_total_row


def marker_family(marker: str | None) -> str:
    """The kind of a list marker: `①`…`⑳` alike, numbers alike, any other marker itself.

    >>> [marker_family(m) for m in ("①", "④", "1)", "12.", "▶", "-", None)]
    ['circled', 'circled', 'number', 'number', '▶', '-', '']
    """
    if not marker:
        return ""
    if "①" <= marker[0] <= "⑳":
        return "circled"
    return "number" if marker[0].isdigit() else marker


def _column_named(header: list[str] | None, noun: str | None) -> int | None:
    """The column a table's header names as what a count counts (`3개 분야` over `분야 | 세부 트랙 | …`), its unit aside.

    >>> _column_named(["분야", "세부 트랙", "참가 기업(개사)"], "분야"), _column_named(["도시", "GDP(억 위안)"], "분야")
    (0, None)
    """
    if not header or not noun:
        return None
    return next((c for c, cell in enumerate(header) if cell and ASIDE.sub("", cell).strip() == noun), None)


def following_items(blocks: list[dict], k: int, tables: dict, places: bool = False,
                    noun: str | None = None) -> list[str] | None:
    """The list items or table rows right after block k, or None when none follow; of a table, with `places`, the
    places its first column of places names, each once (`5개 도시` over a table of hubs, two in one city), and the
    values of a column its header names as the `noun` counted, each once (`3개 분야` over rows grouped by `분야`)."""
    items: list[str] = []
    family = None  # the items of one list share a kind of marker: ①② then ▶ are two lists
    if (cards := headed_cards(blocks, k + 1, tables)) is not None:
        return cards
    for at, block in enumerate(blocks[k + 1:], k + 1):
        if block["kind"] == "list_item" or (block["kind"] in ("heading", "paragraph") and block["marker"]):
            if family is not None and marker_family(block.get("marker")) != family:
                break
            family = marker_family(block.get("marker"))
            items += members(block["text"])
        elif block["kind"] == "table" and not items:
            if is_card(blocks, at, tables):
                return None  # `다음 3곳을 꼽았다. | ① 웨이란신에너지 … 설립 2016년 8월`: a company's card, its fields no list
            table = tables.get(block["table_id"])
            # (a total row, `합계	-	-	8,161`, sums the items; it is none of them)
            rows = [row for row in table["rows"] if not is_total_row(row)] if table else None
            column = _column_named(table["header"], noun) if rows else None
            if column is None and places and rows:
                column = next((c for c in range(len(rows[0])) if all(len(row) > c and row[c] and a_place(row[c]) for row in rows)),
                              None)
            return list(dict.fromkeys(row[column] for row in rows)) if column is not None else \
                [" ".join(c or "" for c in row) for row in rows] if rows is not None else None
        else:
            break
    return items or None


def is_card(blocks: list[dict], k: int, tables: dict) -> bool:
    """Whether block k is a company's card (a table of kind `company_card`)."""
    return k < len(blocks) and blocks[k]["kind"] == "table" \
        and tables.get(blocks[k].get("table_id"), {}).get("kind") == "company_card"


def headed_cards(blocks: list[dict], k: int, tables: dict) -> list[str] | None:
    """The headings of the company cards that follow from block k each under a numbered heading of one kind (`다음 세 곳을
    골라 소개한다. | 1) 그린수소 생산 | <card> | ▶기업 소개: … | 2) 해상풍력 | <card> …`), or None when block k heads no card.

    >>> card = {"kind": "table", "table_id": "t1"}
    >>> blocks = [{"kind": "heading", "marker": "1)", "text": "그린수소"}, card, {"kind": "paragraph", "marker": "▶", "text": "…"},
    ...           {"kind": "heading", "marker": "2)", "text": "해상풍력"}, card, {"kind": "heading", "marker": "3)", "text": "시사점"}]
    >>> headed_cards(blocks, 0, {"t1": {"kind": "company_card"}}), headed_cards(blocks, 2, {"t1": {"kind": "company_card"}})
    (['그린수소', '해상풍력'], None)
    """
    if k >= len(blocks) or not blocks[k].get("marker") or not is_card(blocks, k + 1, tables):
        return None
    family, heads = marker_family(blocks[k]["marker"]), []
    for at in range(k, len(blocks)):
        block = blocks[at]
        if block["kind"] in ("heading", "list_item") and block.get("marker"):
            if marker_family(block["marker"]) != family or not is_card(blocks, at + 1, tables):
                break
            heads.append(block["text"])
    return heads


def places_scheduled(blocks: list[dict], k: int) -> list[str] | None:
    """The places a schedule of list items right after block k holds, the first each item names (`· 3 월 12 일(수)
    베이징 — 중관춘(中关村) KIC 중국 본부`: 베이징), or None unless every item names one.

    >>> blocks = [{"kind": "paragraph", "marker": None, "text": "…"},
    ...           {"kind": "list_item", "marker": "·", "text": "3 월 12 일(수) 베이징 — 중관춘(中关村) 본부"},
    ...           {"kind": "list_item", "marker": "·", "text": "3 월 26 일(수) 선전 — 난산구(南山区) 첸하이 창업센터"}]
    >>> places_scheduled(blocks, 0)
    ['베이징', '선전']
    """
    places = []
    for block in blocks[k + 1:]:
        if block["kind"] != "list_item":
            break
        # (a word of its own, as a list gives it: `선전`, a word too, is a place here)
        first = next((w for w in (block["text"] or "").split() if names_place(w)), None)
        if first is None:
            return None
        places.append(first)
    return places or None


def line_of(lines, block: dict, said: str | None) -> int:
    """The line of a block that prints the count (`said`), else the block's first: a paragraph
    printed over several lines has its warning where the count stands."""
    if said:
        needle = "".join(said.split())
        for no in range(block["line_start"], block["line_end"] + 1):
            if 0 < no <= len(lines) and needle in "".join(lines[no - 1].text.split()):
                return no
    return block["line_start"]
