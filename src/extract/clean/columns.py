"""Tables another tool printed with their columns lined up by spaces or parted by bars instead of tabs.

A text extractor that lays a page out may set a table's cells apart with runs of spaces
(`둥관      74               61.2                  0.4`), or print them between vertical bars (`화베이 | 베이징본부(北京总部) |
하이뎬구(海淀区) | 2016년`). `spaced_to_tabbed` gives such rows the tabs the rest of the pipeline reads tables by; prose,
which never parts three short cells by runs of two spaces or more or by bars, is left as it is.
"""

from __future__ import annotations

from dataclasses import replace
from unicodedata import east_asian_width

from kic_extract.compiled import compiled
from kic_extract.ingest import Line
from kic_extract.segment.cues import card_labels

_GAP = compiled(r"[ \u00a0\u3000]{2,}")
_FIGURE = compiled(r"^(?:약\s*)?[-+−–▲▼]?\d")  # (a cell opening with a figure: `74`, `3조 2,400억 원`, `약 90억 위안`)
_WORDED = compiled(r"[\p{L}\p{N}]|^[-–—]$")  # (a cell with a letter or figure, or a dash for none)
_MARKED = compiled(r"[-·•▶▷■□◆◇○●※*①-⑳]")
_CELL_MAX_CHARS = 24
_MIN_CELLS = 3
_BAR = compiled(r"[|｜]")
_CHINESE = compiled(r"[\p{Han}\d]+")  # (a cell of a Chinese name only: `国家人形机器人创新中心`)
_BARRED_CELL_MAX_CHARS = 40  # (bars part long cells too: a bilingual name, `쑤저우협력사무소(苏州合作办公室)`)
_CARD_CELL_MAX_CHARS = 60  # (a card's value: a name with its company's full Chinese name, an address, a web address)
_TITLE_WORDS = 4  # (a cell of this many words after a page number is a contents entry's title)


def spaced_cells(text: str) -> list[str] | None:
    """The cells of a line parted by runs of two spaces or more, three at least and each short; else None.

    >>> spaced_cells("둥관      74               61.2                  0.4")
    ['둥관', '74', '61.2', '0.4']
    >>> spaced_cells("주간 중국 창업 제963호          1"), spaced_cells("광둥성은 438 개사로 1 위를 차지했다.")
    (None, None)
    >>> spaced_cells("발행처  ·  KIC 중국  ·  2032"), spaced_cells("· 2회차    9월 20일    온라인")
    (None, None)
    """
    if "\t" in text or not _GAP.search(text):
        return None
    cells = _GAP.split(text.strip())
    if len(cells) < _MIN_CELLS or any(len(cell) > _CELL_MAX_CHARS or not _WORDED.search(cell) for cell in cells) \
            or _MARKED.match(cells[0]):
        return None  # (nor a line of parts set apart by marks, `발행처  ·  …`, nor a list's item, `· 2회차    …`)
    return cells


def card_cells(text: str) -> list[str] | None:
    """The cells of a company card's line parted by runs of spaces, a label and its value twice (`기업   나오링커지(脑灵科技)
    上海脑灵科技有限公司   창립연도   2033.6`): a value may be long, a name with its company's full Chinese name or an
    address, where a table's cell is short; both labels must be a card's (data/card_labels.tsv).

    >>> card_cells("홈페이지   https://www.naoling-tech.com/    자금조달 상황   시리즈 B+, 약 1 억 2,000 만 달러")
    ['홈페이지', 'https://www.naoling-tech.com/', '자금조달 상황', '시리즈 B+, 약 1 억 2,000 만 달러']
    >>> card_cells("지역   베이징   2038 년   1,603")
    """
    if "\t" in text or not _GAP.search(text):
        return None
    cells = _GAP.split(text.strip())
    labels = card_labels()
    if len(cells) != 4 or any(len(cell) > _CARD_CELL_MAX_CHARS for cell in cells) \
            or not all("".join(cells[c].split()) in labels for c in (0, 2)):
        return None
    return cells


def barred_cells(text: str) -> list[str] | None:
    """The cells of a line parted by vertical bars, three at least, two of them with a letter or figure; a blank cell
    before the first bar is a group's cell left blank (filled later), bars framing the row are no cells.

    >>> barred_cells("화베이 | 베이징본부(北京总部) | 하이뎬구(海淀区) | 2016년")
    ['화베이', '베이징본부(北京总部)', '하이뎬구(海淀区)', '2016년']
    >>> barred_cells("       | 톈진협력사무소(天津合作办公室) | 빈하이신구(滨海新区) | 2031년")[0], barred_cells("| 지표 | 7월 | 8월 |")
    ('', ['지표', '7월', '8월'])
    >>> barred_cells("02 │ 제목"), barred_cells("A|B 테스트"), barred_cells("02 | 2030년 중국 벤처투자 결산, 투자액 반등 | 칭커")
    (None, None, None)
    """
    if "\t" in text or len(_BAR.findall(text)) < 2:
        return None
    row = text.strip()
    cells = [cell.strip() for cell in _BAR.split(row)]
    if _BAR.match(row) and _BAR.match(row[-1]):
        cells = cells[1:-1]
    if len(cells) < _MIN_CELLS or any(len(cell) > _BARRED_CELL_MAX_CHARS for cell in cells) \
            or sum(bool(_WORDED.search(cell)) for cell in cells) < 2 or not all(cells[1:]):
        return None
    if cells[0].isdigit() and len(cells[1].split()) >= _TITLE_WORDS and not any(
            _FIGURE.match(cell) or _CHINESE.fullmatch(cell) for cell in cells[2:]):
        return None  # (a contents entry: its page, its title, its source, `02 | 2030년 중국 벤처투자 결산, … | 칭커연구센터(…)`;
        # not a numbered row with a figure or a Chinese name after its label: `| 2 | 국가 휴머노이드 로봇 혁신센터 | 国家… | 41 |`)
    return cells


def barred_rest(text: str, width: int) -> list[str] | None:
    """The cells of the rest of a barred row a page break cut (`산시성 시안 | 22 |` after `| 4 | … | 国家低轨卫星通信创新中心 |`),
    set under the last of the `width` columns, blanks before; None unless the line is cells and bars only, fewer than
    `width`.

    >>> barred_rest("산시성 시안 | 22 |", 5), barred_rest("산시성은 22 곳이다.", 5)
    (['', '', '', '산시성 시안', '22'], None)
    """
    if "\t" in text or not _BAR.search(text):
        return None
    cells = [cell.strip() for cell in _BAR.split(text.strip())]
    cells = cells[1:] if cells and not cells[0] else cells
    cells = cells[:-1] if cells and not cells[-1] else cells
    if not cells or len(cells) >= width or not all(cells) or any(len(cell) > _BARRED_CELL_MAX_CHARS for cell in cells):
        return None
    return [""] * (width - len(cells)) + cells


def spaced_to_tabbed(lines: list[Line], furniture: frozenset[int] | set[int] = frozenset()) -> list[Line]:
    """The lines with each row of a space-aligned or barred table given tabs between its cells: a run of two lines or
    more that part their cells by spaces or bars, two of them rows with a figure after their label, blank lines and the
    `furniture` lines (by number) aside.

    >>> rows = ["도시      투자건수(건)      투자금액(억위안)", "선전      412      586.3", "", "둥관      74      61.2", "본문"]
    >>> [ln.text for ln in spaced_to_tabbed([Line(n, t) for n, t in enumerate(rows, 1)])][:4]
    ['도시\\t투자건수(건)\\t투자금액(억위안)', '선전\\t412\\t586.3', '', '둥관\\t74\\t61.2']
    >>> rows = ["실험실        중문명                  소재지", "로봇학 실험실   机器人学全国重点实验室   랴오닝성 선양",
    ...         "인지지능 실험실   认知智能全国重点实验室   안후이성 허페이"]
    >>> [ln.text.count("\\t") for ln in spaced_to_tabbed([Line(n, t) for n, t in enumerate(rows, 1)])]
    [2, 2, 2]
    """
    out = list(lines)
    run: list[tuple[int, list[str]]] = []

    def flush() -> None:
        # (or a card's lines of fields, each a label and its value twice; or a bilingual list, two rows or more with a
        # cell of a Chinese name after their label: `로봇학 전국중점실험실   机器人学全国重点实验室   랴오닝성 선양   …`)
        if len(run) > 1 and (sum(any(_FIGURE.match(c) for c in cells[1:]) for _, cells in run) > 1
                             or all(card_cells(lines[k].text) for k, _ in run)
                             or sum(any(_CHINESE.fullmatch(c) and not c.isdigit() for c in cells[1:]) for _, cells in run) > 1):
            for k, cells in run:
                out[k] = replace(out[k], text="\t".join(cells))
        run.clear()

    for k, line in enumerate(lines):
        if line.blank or line.no in furniture:
            continue  # (a page's furniture between a table's rows does not end it: its rows go on on the next page)
        cells = spaced_cells(line.text) or barred_cells(line.text) or card_cells(line.text)
        if cells is None and run and all(_BAR.search(lines[j].text) for j, _ in run) \
                and any(no in furniture for no in range(lines[run[-1][0]].no + 1, line.no)):
            cells = barred_rest(line.text, max(len(c) for _, c in run))  # (a barred row's rest past a page break)
        if run and (cells is None or len(cells) < max(len(c) for _, c in run)) and "|" not in line.text \
                and (aligned := aligned_cells(line.text, [lines[j].text for j, _ in run])):
            cells = aligned  # (a row of fewer cells, each put under its column: `합계   208.6`, a group's blank cell)
        if cells is None:
            flush()
        else:
            run.append((k, cells))
    flush()
    return out


def _spans(text: str) -> list[tuple[int, int, str]]:
    """The cells of a line parted by runs of spaces, each with where it starts and ends on the printed line (a wide
    character, Hangul or Chinese, taking two columns, as a layout-keeping extractor sets them)."""
    spans, at = [], 0
    for part in _GAP.split(text):
        start = text.index(part, at) if part else at
        at = start + len(part)
        if part.strip():
            spans.append((_width(text[:start]), _width(text[:at]), part.strip()))
    return spans


def _width(text: str) -> int:
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def aligned_cells(text: str, rows: list[str]) -> list[str] | None:
    """The cells of a line of fewer cells than the space-aligned `rows` above it (a total row, `합계   208.6`, or a row with
    blanks), each put in the column it stands under, blanks between; None unless every cell stands under a column of its
    own, in order, and one of them is a figure.

    >>> rows = ["순위   기업          금액", "1      싱하이로봇    42.0", "2      칭란에너지    35.5"]
    >>> aligned_cells("합계                 78.5", rows), aligned_cells("합계는 78.5 억 위안이다.", rows)
    (['합계', '', '78.5'], None)
    >>> aligned_cells("       하이퍼팜      78.5", rows)
    ['', '하이퍼팜', '78.5']
    """
    spans = _spans(text)
    widest = max((_spans(row) for row in rows), key=len, default=[])
    full = [cells for cells in map(_spans, rows) if len(cells) == len(widest)]
    if len(spans) < 2 or len(spans) >= len(widest) or not full or not any(_FIGURE.match(c) for _, _, c in spans[1:]):
        return None
    columns = [(min(row[j][0] for row in full), max(row[j][1] for row in full)) for j in range(len(widest))]
    cells, last = [""] * len(columns), -1
    for start, end, cell in spans:
        # (the column it overlaps most: a figure set right, a label set left)
        overlap = [min(end, right) - max(start, left) for left, right in columns]
        best = max(range(len(columns)), key=lambda j: overlap[j])
        if overlap[best] <= 0 or best <= last or len(cell) > _CELL_MAX_CHARS:
            return None
        cells[best], last = cell, best
    return cells
