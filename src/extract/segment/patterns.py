"""Line patterns shared by the segmenters: what opens an article, a heading, a caption."""

from __future__ import annotations

import regex

from kic_extract.data import word_list

TOC_ENTRY = regex.compile(r"^-?\s*▶\s*(?P<text>.+)$")
TOC_CONTINUATION = regex.compile(r"^—\s*(?P<text>.+)$")
ARTICLE = regex.compile(r"^(?P<seq>\d{1,2})\.\s+(?P<text>\S.*)$")
TAG = regex.compile(r"^【(?P<tag>[^】]+)】\s*")
SOURCE_SPLIT = regex.compile(r"\s+—\s+(?=[^—]+$)")
# a date as the newsletter prints it: `2022. 02. 23`, `2025.10.3`, `2025-10-03`, `2025년 10월 10일`
DATE = (r"(?P<y>\d{4})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})\s*(?:\.|일)?")
# an outlet and its date after a title: `(더구루. 2022.2.19)`, `(서울경제 / 2026년 1월 13일)`
OUTLET_DATE = regex.compile(rf"\s*\((?P<outlet>[^()]+?)(?:\s*[.,/·|]\s*|\s+){DATE}\)$")
# an outlet and a day without its year: `[서울신문 1.21]` (the source is kept, its date left null)
OUTLET_DAY = regex.compile(r"\s*[\[(](?P<outlet>[^()\[\]]+?)\s+\d{1,2}\s*[./]\s*\d{1,2}\.?[\])]$")
# a name and its Chinese in brackets; the Chinese may hold Latin letters and digits (`36Kr(36氪)`)
NAME_ZH = regex.compile(r"^(?P<ko>.+?)\s*\((?P<zh>[\p{Han}A-Za-z0-9·]*\p{Han}[\p{Han}A-Za-z0-9·]*)\)$")
PAGE = regex.compile(r"\s+[pP]\.?\s*(?P<page>\d{1,3})$")
# a column header that is a year: `2025년`, `2025 년`, `2025`, with a mark such as `(E)`, `(목표)`
YEAR_HEADER = regex.compile(r"^(?P<year>(?:19|20)\d{2})\s*년?\s*(?:\(\s*(?P<mark>[A-Za-z가-힣]{1,4})\s*\))?$")
SENTENCE_END = regex.compile(r"(?:[.!?。…\"'”’)\]>}]|다)$")

HEADING_MARKS = (
    (regex.compile(r"^(?P<mark>\d{1,2}\))\s*"), 1),
    (regex.compile(r"^(?P<mark>[①-⑳])\s*"), 2),
    (regex.compile(r"^(?P<mark>▶)\s*"), 3),
)
CAPTION = regex.compile(r"^(?:표|사진|그림)\s*\d+\)")
SOURCE_NOTE = regex.compile(r"^\*\s*출처\s*:")
EDITOR_NOTE = regex.compile(r"^\(?\s*편집자\s*주")
LIST_ITEM = regex.compile(r"^(?P<mark>-|\d{1,2}\.)\s+(?P<text>\S.*)$")
TABLE_NOTE = regex.compile(r"^\*\s*(?!출처)\S")


def is_toc_wrap(text: str) -> bool:
    """The rest of a TOC entry wrapped onto a line of its own, ending with the entry's page.

    >>> is_toc_wrap("남은 과제 p5"), is_toc_wrap("— 과기부(科技部) p10"), is_toc_wrap("CHINA 창업")
    (True, True, False)
    """
    return not TOC_ENTRY.match(text) and bool(PAGE.search(text) or TOC_CONTINUATION.match(text))


def known_categories() -> tuple[str, ...]:
    """Category headings the newsletter uses (data/categories.txt)."""
    return word_list("categories.txt")


def split_name_zh(text: str) -> tuple[str, str | None]:
    """`국무원(国务院)` → ('국무원', '国务院'); text without a Chinese gloss comes back whole.

    >>> split_name_zh("신랑재경(新浪财经)")
    ('신랑재경', '新浪财经')
    >>> split_name_zh("월간 <중국>"), split_name_zh("36Kr(36氪)"), split_name_zh("IT쥐쯔(IT桔子)")
    (('월간 <중국>', None), ('36Kr', '36氪'), ('IT쥐쯔', 'IT桔子'))
    """
    m = NAME_ZH.match(text)
    return (m["ko"], m["zh"]) if m else (text, None)
