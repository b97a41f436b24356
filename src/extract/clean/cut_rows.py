"""Table rows a page break cut: how the halves of a row fit back together.

Each function reads rows as their tab-separated text (`run` is the table as printed before the
break, its header first); `pagebreaks` decides where a break falls and joins what these find.
"""

from __future__ import annotations

from kic_extract.compiled import compiled

_NUMBER_CELL = compiled(r"^[-+▲▼△]?\s*[\d.,]+\s*%?$")
# a figure with its counter or unit and the words around it: `12곳`, `약 1,500곳`, `320곳 이상`, `1억 5,000만 달러`
_QUANTITY_CELL = compiled(r"^(?:(?:누적|총|약|최대|최소)\s*)*[-+]?\d[\d.,]*(?:\s*[조억만천](?:\s*\d[\d.,]*)?)*\s*(?:\p{Hangul}{1,3}|%p?)"
                          r"(?:\s*(?:이상|이하|미만|초과|내외|안팎|가량))?$")
_HAN = compiled(r"\p{Han}")
_HANGUL = compiled(r"\p{Hangul}")
# a cell left open at the end of a page: a list going on (`중커창투(中科创投),`), a bracket not closed
_LEFT_OPEN = compiled(r"(?:[,·、/]|\s(?:및|와|과)|\([^()]*)$")
_GLOSS_ONLY = compiled(r"^\(\p{Han}[^()]*\)$")


def row_key(text: str) -> tuple[str, ...]:
    """A row's cells without their white space, to know a header printed again."""
    return tuple("".join(cell.split()) for cell in text.split("\t"))


def printed_cells(text: str) -> list[str]:
    """A row's cells up to its last printed one (a PDF's table reader pads rows with blanks).

    >>> printed_cells("가\\t나\\t\\t"), printed_cells("\\t")
    (['가', '나'], [''])
    """
    cells = text.split("\t")
    while len(cells) > 1 and not cells[-1].strip():
        cells.pop()
    return cells


def cut_row(run: list[str], left: str, right: str, width: int) -> str | None:
    """How a page break cut one table row in two, or None when it did not: `"cell"` when it
    split a cell (the halves hold one cell too many for a row of `width`, the split cell counted
    twice), `"between"` when it fell between two cells (the halves hold exactly `width`). Either
    way the first half stops short, and the second half does not open a row (its first cell is
    blank, or of another kind than every cell of the first column above: not a number under row
    numbers, a number or Chinese under Korean labels).

    >>> run = ["구분\\t지원\\t수", "보육\\tA\\t18", "지원\\tB"]
    >>> cut_row(run, "지원\\tB", "930", 3), cut_row(run, "지원\\tB", "보육\\t5", 3), cut_row(run, "지원\\t东兴", "开发\\t7", 3)
    ('between', None, 'cell')
    >>> cut_row(["번호\\t거점\\t소재지\\t개설\\t기업"], "5\\t우한협력센터\\t후베이성 우한시", "\\t둥후고신구\\t2029년\\t12", 5)
    'cell'
    >>> cut_row(["지역\\t대학명\\t참가 팀\\t비고", "후베이성\\t우한대학(武汉大学)\\t3 팀\\t"], "\\t화중과기대학(华中科技大", "学)\\t4 팀\\t", 4)
    'cell'
    >>> run = ["번호\\t구역\\t도시\\t은행\\t지역", "1\\t첸하이\\t선전\\t12\\t홍콩", "2\\t헝친\\t주하이\\t9\\t마카오"]
    >>> cut_row(run, "3\\t난사신구\\t광저우", "11\\t홍콩·마카오", 5), cut_row(run, "3\\t난사신구\\t광저우", "4\\t둥관", 5)
    ('between', None)
    """
    head, tail = printed_cells(left), printed_cells(right)
    if len(head) >= width or len(tail) >= width:
        return None
    if head and tail and head[-1].count("(") > head[-1].count(")") and tail[0].count(")") > tail[0].count("("):
        return "cell"  # `\t화중과기대학(华中科技大` | `学)\t4 팀\t`: a bracket the break left open, closed on the next page
    cut = {width + 1: "cell", width: "between"}.get(len(head) + len(tail))
    rest = opening_blanks_aside(tail)
    if cut is None and len(rest) < len(tail) and len(head) + len(rest) == width + 1 and cell_kind(rest[0].strip()) == "text":
        return "cell"  # `5\t우한협력센터(…)\t후베이성 우한시` | `\t둥후고신구\t2029년\t12`: the cell's rest set off by blanks
    first = tail[0].strip()
    above = {cell_kind(a) for a in (row.split("\t")[0].strip() for row in run[1:]) if a}
    if cut and (not first or (above and cell_kind(first) not in above)):
        return cut
    if cut and head[0].strip().isdigit() and first.isdigit() and int(first) != int(head[0].strip()) + 1 \
            and all(row.split("\t")[0].strip().isdigit() for row in run[1:] if row.split("\t")[0].strip()):
        # `4\t난사신구 南沙新区\t광저우 广州` | `11\t홍콩·마카오`: under row numbers, a first cell that is not the next
        # number is the row's next cell, not a row of its own
        return cut
    if cut == "cell" and _fits(run, tail, len(head) - 1) and not _fits(run, tail, 0) \
            and first not in {row.split("\t")[0].strip() for row in run[1:]}:
        # `쑤저우시\t…\t핀란드` | `헬싱키\t2021\t31`: the rest of the cell, then the row's last cells
        return cut
    if cut == "between" and _fits(run, tail, len(head)) and not _fits(run, tail, 0):
        # `\t쑤저우 … 센터\t苏州…中心` | `장쑤성 쑤저우시\t8`: the cells fit the columns the row stopped
        # at (a place, then a count), not those a new row opens with (a group, then a name)
        return cut
    return None


def opening_blanks_aside(cells: list[str]) -> list[str]:
    """A row's cells from its first printed one (`["", "둥후고신구", "12"]` → `["둥후고신구", "12"]`)."""
    k = next((k for k, cell in enumerate(cells) if cell.strip()), len(cells))
    return cells[k:]


def cells_going_on(left: str, right: str, run: list[str] = ()) -> list[int]:
    """The columns in which the first row after a page break only goes on with cells the row before
    left open: its leading cells blank, each cell it prints under one ending in a list's comma or an
    open bracket (`… 시리즈 D\t1 억 5,000 만 달러\t중커창투(中科创投),` | `\t\t\t\t\t쑤저우위안허(苏州元禾)`), or
    with the gloss of a name it left without one (`is_gloss_of`), or with words under words in fewer than half
    the columns of a table (`run`, its header first) whose rows all print their first cell; none when it is a
    row of its own.

    >>> cells_going_on("5\\t루이스광전\\t중커창투(中科创投),", "\\t\\t쑤저우위안허(苏州元禾)")
    [2]
    >>> cells_going_on("5\\t루이스광전\\t중커창투(中科创投)", "\\t\\t쑤저우위안허(苏州元禾)"), cells_going_on("가,\\t나", "다\\t라")
    ([], [])
    >>> row = "4\\t셴지동력\\t先机动力\\t휴머노이드 로봇\\t시리즈 B\\t약 10억 위안"
    >>> cells_going_on(row, "\\t\\t\\t핵심 부품(관절 모듈)", ["순위\\t기업\\t중문\\t분야\\t라운드\\t규모", row])
    [3]
    >>> cells_going_on(row, "\\t\\t\\t핵심 부품", ["순위\\t기업\\t중문\\t분야\\t투자\\t조달 금액", "\\t\\t\\t\\t라운드\\t(발표 기준)", row])
    [3]
    >>> grouped = ["거점 현황\\t\\t\\t", "권역\\t도시\\t협력 기관\\t기업", "화동\\t상하이\\t혁신센터\\t14", "\\t쑤저우\\t진지후\\t7"]
    >>> cells_going_on(grouped[-1], "\\t\\t창업센터", grouped)  # (under a caption set as a row of one cell)
    [2]
    """
    head, tail = left.split("\t"), printed_cells(right)
    printed = [k for k, cell in enumerate(tail) if cell.strip()]
    if not printed or printed[0] == 0 or len(tail) > len(head):
        return []
    if any(tail == printed_cells(row) for row in run):
        return []  # (a line of the table printed again over the page: its header's second line, `\t\t\t\t성장률(%)`)
    if all(_LEFT_OPEN.search(head[k].rstrip()) or is_gloss_of(head[k], tail[k]) or ends_name(head[k], tail[k])
           for k in printed):
        return printed
    # `4 | 셴지동력 | … | 휴머노이드 로봇 | 시리즈 B | 약 10억 위안` over `| | | 핵심 부품(관절 모듈)`: words under words, too
    # few to be a row: the rest of a cell the row above wrapped
    # (or whose rows, grouped, all print figures the rest prints none of: `\t\t난창(南昌)\t\t\t` under `…\t장시성\t2016\t465`)
    # (a whole number of up to three digits is a figure too past the first column: `데이터 거래소\t곳\t46\t52\t58`)
    # (or a figure with its counter: `…\t2019 년\t42곳\t선전 분소 겸 화남` | `\t\t\t\t\t권역 허브`)
    # (the rows under the header's second line, `순위\t…\t투자\t조달 금액` / `\t\t\t\t라운드\t(발표 기준)`)
    # (a caption the table's reader set as a row of one cell, `… 현황 (2033 년 8 월 기준)\t\t\t`, is none of its rows)
    lines = [row for row in run if len(printed_cells(row)) > 1]
    rows = lines[1:]
    while rows and not rows[0].split("\t")[0].strip() and not any(
            cell_kind(c.strip()) in ("number", "quantity", "row_number") for c in rows[0].split("\t")):
        rows.pop(0)
    figured = all(any(cell_kind(c.strip()) in ("number", "quantity") or k and cell_kind(c.strip()) == "row_number"
                      for k, c in enumerate(row.split("\t"))) for row in rows)
    few = 2 * len(printed) < len(head) and rows and (all(row.split("\t")[0].strip() for row in rows) or figured) \
        and all(head[k].strip() and cell_kind(tail[k].strip()) == "text" for k in printed)
    return printed if few else []


def ends_name(cell: str, rest: str) -> bool:
    """Whether `rest` is only the generic word closing a place's name `cell` holds without it, as a page
    break cuts it off (`닝샤후이족` | `자치구`).

    >>> ends_name("닝샤후이족", "자치구"), ends_name("네이멍구자치구", "소계"), ends_name("닝샤후이족자치구", "자치구")
    (True, False, False)
    """
    from kic_extract.gazetteer import SUFFIXES

    word = rest.strip()
    return word in SUFFIXES and _HANGUL.search(cell) is not None and not cell.rstrip().endswith(SUFFIXES)


def is_gloss_of(cell: str, rest: str) -> bool:
    """Whether `rest` is only the Chinese gloss of a name `cell` holds without one, as a page break
    cuts it off (`난징생명과학기술소진` | `(南京生命科技小镇)`).

    >>> is_gloss_of("난징생명과학기술소진", "(南京生命科技小镇)"), is_gloss_of("장장과학성(张江科学城)", "(张江)")
    (True, False)
    """
    return bool(_GLOSS_ONLY.match(rest.strip())) and _HANGUL.search(cell) is not None and "(" not in cell


def aligned_rest(left: str, right: str, width: int) -> str | None:
    """The row a page break cut after a short first half (`2027.12.05\\t톈궁반도체(天工半导体)\\t차량용 전력반도체`)
    when the second half keeps its columns, blank up to the cell it goes on in or the one after
    (`\\t\\t(SiC) 모듈\\t선전증권거래소 창업판\\t19억 5,000만 위안`), or going on with words under words of
    the row beside the cells it lacks (a row printed on two lines, `6\\t펑윈물류과기\\t저고도 물류\\t선전\\t시리즈 A` |
    `\\t\\t플랫폼\\t\\t\\t6억 5,000만 위안`); None otherwise.

    >>> aligned_rest("1\\t가\\t차량용", "\\t\\t(SiC) 모듈\\t선전\\t19억", 5), aligned_rest("1\\t가", "\\t\\t다\\t라", 4)
    ('1\\t가\\t차량용 (SiC) 모듈\\t선전\\t19억', '1\\t가\\t다\\t라')
    >>> aligned_rest("6\\t펑윈\\t저고도 물류\\t선전", "\\t\\t플랫폼\\t\\t6억 위안", 5)
    '6\\t펑윈\\t저고도 물류 플랫폼\\t선전\\t6억 위안'
    >>> aligned_rest("1\\t가\\t나\\t다\\t라", "\\t\\t마", 5) is None, aligned_rest("6\\t펑윈\\t3\\t선전", "\\t\\t5\\t\\t6억", 5) is None
    (True, True)
    """
    head, tail = printed_cells(left), printed_cells(right)
    printed = [k for k, cell in enumerate(tail) if cell.strip()]
    if len(head) >= width or len(tail) > width or not printed:
        return None
    if printed[0] not in (len(head) - 1, len(head)):
        inner = [k for k in printed if k < len(head)]
        if not inner or printed[0] == 0 or printed[-1] < len(head) \
                or any(cell_kind(head[k].strip()) != "text" or cell_kind(tail[k].strip()) != "text" for k in inner):
            return None
    cells = head + [""] * (len(tail) - len(head))
    for k in printed:
        cells[k] = f"{cells[k].rstrip()} {tail[k].strip()}".strip()
    return "\t".join(cells)


def _fits(run: list[str], cells: list[str], column: int) -> bool:
    """Whether every printed cell is of a kind the table's column holds above, read from `column` on."""
    rows = [row.split("\t") for row in run[1:]]
    for k, cell in enumerate(cells):
        kinds = {cell_kind(row[column + k].strip()) for row in rows if column + k < len(row) and row[column + k].strip()}
        if cell.strip() and kinds and cell_kind(cell.strip()) not in kinds:
            return False
    return True


def cell_kind(cell: str) -> str:
    """What a cell holds, to tell a row's first cell from the rest of a row: `row_number` (a
    whole number of up to three digits), `number`, `quantity` (a figure with its counter or unit),
    `chinese` (Han characters and no Hangul) or `text`.

    >>> cell_kind("9"), cell_kind("1,240"), cell_kind("东兴国家"), cell_kind("둥싱 东兴"), cell_kind("CHINA梦")
    ('row_number', 'number', 'chinese', 'text', 'chinese')
    >>> cell_kind("12곳"), cell_kind("320곳 이상"), cell_kind("약 1,500곳"), cell_kind("1억 5,000만 달러"), cell_kind("5G 통신")
    ('quantity', 'quantity', 'quantity', 'quantity', 'text')
    >>> cell_kind("누적 1억 5,000만 위안"), cell_kind("누적 약 3억 위안")
    ('quantity', 'quantity')
    """
    if cell.isdigit() and len(cell) <= 3:
        return "row_number"
    if _NUMBER_CELL.match(cell):
        return "number"
    if _QUANTITY_CELL.match(cell):
        return "quantity"
    if _HAN.search(cell) and not _HANGUL.search(cell):
        return "chinese"
    return "text"


_WRAPPED_CELL = compiled(r"[^\t\d.]{1,12}(?:\([^()\t]{1,8}\))?")


def pads_caption(text: str, above: str, below: str) -> bool:
    """Whether a line is a table's caption padded with tabs to the table's width: it prints its first cell only, under
    no line of a table (`above`), and the line `below` is no second header row (one with its first cell blank).

    >>> pads_caption("표 2) 광둥성 저고도 경제 시범 도시별 산업 규모\\t\\t\\t", "", "단위: 억 위안")
    True
    >>> pads_caption("수도권\\t\\t\\t", "광둥성\\t1\\t2\\t3", "베이징\\t4\\t5\\t6"), pads_caption("구분\\t\\t", "", "\\t2036년\\t2037년")
    (False, False)
    """
    cells = text.split("\t")
    return len(cells) > 1 and bool(cells[0].strip()) and not any(c.strip() for c in cells[1:]) and "\t" not in above \
        and not ("\t" in below and not below.split("\t", 1)[0].strip())


def wraps_header_cell(texts: list[str], k: int) -> bool:
    """Whether line `k` is the rest of a table's header row's last cell, wrapped onto a line of its own with no tab
    (`지역\\t2026 년\\t2027 년\\t2028 년\\t전년 대비` / `증감률(%)` / `광둥성\\t151,820\\t…`): a short label between the
    header, the table's first row, and a row of as many cells.

    >>> wraps_header_cell(["표 1) GRDP", "지역\\t2027 년\\t전년 대비", "증감률(%)", "광둥성\\t157,960\\t4.0"], 2)
    True
    >>> wraps_header_cell(["지역\\t2027 년", "광둥성\\t157,960", "주: 잠정치", "장쑤성\\t153,880"], 2)
    False
    """
    if not 1 <= k < len(texts) - 1 or "\t" in texts[k] or not _WRAPPED_CELL.fullmatch(texts[k].strip()):
        return False
    head, below = texts[k - 1], texts[k + 1]
    return "\t" in head and head.count("\t") == below.count("\t") and (k == 1 or "\t" not in texts[k - 2]) \
        and not any(cell_kind(c.strip()) in ("number", "row_number") for c in head.split("\t"))


def completes_short_row(run: list[str], after: list[str]) -> bool:
    """Whether the lines `after` a page break open with the last cell of the table row closing `run`, one cell short
    of the table's width, printed alone with the table ending there (`도시 조사실업률(%)\\t5.1\\t5.0` | `5.1` |
    `*출처: …`); rows going on after it are `_continue_table`'s.

    >>> completes_short_row(["지표\\t2029 년\\t2030 년\\t2031 년", "실업률(%)\\t5.1\\t5.0"], ["5.1", "*출처: 국가통계국"])
    True
    >>> completes_short_row(["지표\\t2029 년\\t2030 년", "실업률(%)\\t5.1\\t5.0"], ["5.1"])
    False
    >>> completes_short_row(["지표\\t2029 년\\t2030 년\\t2031 년", "실업률(%)\\t5.1\\t5.0\\t"], ["5.1"])  # (a PDF's grid: blank)
    True
    """
    if len(run) < 2 or not after or "\t" in after[0] or len(after) > 1 and "\t" in after[1]:
        return False
    width = max(len(line.rstrip("\t").split("\t")) for line in run)
    return cell_kind(after[0].strip()) in ("number", "row_number") and len(run[-1].rstrip("\t").split("\t")) == width - 1
