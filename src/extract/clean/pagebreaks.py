"""Group lines into chunks and rejoin what the PDF's page breaks split.

A page break in the extracted text leaves one blank line, sometimes inside a word
(`…신형 디지털 산업에서 새` / `로운 우위를…`), sometimes between words (`…동시에 산둥성의` /
`GDP 는…`). A chunk is a run of adjacent non-blank lines; two chunks separated by exactly one
blank line are merged when the first stops mid-sentence (a page break) or when both are rows
of the same table (a table continued on the next page).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import zip_longest

import regex

from kic_extract.clean.cut_rows import (aligned_rest, cell_kind, cells_going_on, completes_short_row, cut_row, ends_name, is_gloss_of,
                                        opening_blanks_aside, pads_caption, printed_cells, row_key, wraps_header_cell)
from kic_extract.clean.columns import spaced_to_tabbed
from kic_extract.clean.furniture import NO_PAGES, Pages
from kic_extract.clean.card_lines import card_field, opens_with_label
from kic_extract.clean.vocabulary import Vocabulary
from kic_extract.clean.word_joins import HANGUL_TAIL, NUMBER_HEAD, decide_cell_join, decide_join, join_halves
from kic_extract.compiled import compiled
from kic_extract.ingest import Line
from kic_extract.segment.patterns import CAPTION, PAGE, SENTENCE_END, TABLE_NOTE, TABLE_TITLE, UNIT_LINE
from kic_extract.settings import Settings

# (a word closed by a particle: `지난해보다`, `해마다`, or a name's figure in brackets, `선전(4.1%)보다`)
_PARTICLE_DA = compiled(r"(?:\p{Hangul}|\p{Hangul}\([^()]*\)|\d)(?:보|마)다$")
# lines that open a block of their own and so never continue a paragraph (a numbered tag opens a
# profile's name line: `[기업 ③] 윈두즈항(云渡智航)`)
# (what opens a numbered part, an item, a table's or photo's caption or an editor's note, a block for both patterns below)
_OWN_BLOCK = r"\d{1,2}-\d{1,2}\.\s|-\s|—|\*|(?:표|사진)\s*\d+\)|\(?편집자\s*주"
_BLOCK_START = compiled(rf"^(?:\d+[.)]\s|{_OWN_BLOCK}|0[1-9]\s|[①-⑳]|▶|[■□▣◇◆◈●○►┌│┃├└┣┗]|\[[^\]]{{1,40}}\]$|\[[^\]]{{1,12}}?\s?[①-⑳\d]{{1,2}}\]\s)")
# a line hanging in a drawn frame that goes on (`│ 설립 …`, `├ 투자: …`), not one closing it (`└`),
# or indented under a profile's name (`  분야 ▸ …`)
_FRAMED = compiled(r"^(?:\s*[│┃├┣]|\s{2,}\S)")
_BARRED_OPENING = compiled(r"^\s*[│┃├┣└┗]")
# a number cut by the break: `5.` | `2%`, `1,2` | `34억`
# a decimal cut after its point (`대비 15.` | `3% 증가`): the point does not end the sentence
_NUMBER_CUT = compiled(r"\s\d+\.$")
# a caption saying the table above goes on: `한중 경제 교류 주요 지표 (계속)`
_CONTINUED = compiled(r"[(\[（]\s*(?:계속|이어서|續|cont(?:inued|\.)?)\s*[)\]）]\s*$"
                      # (or a table's number alone, then the word: `〈표 2〉 계속`, `표 3) 이어서`)
                      r"|^\s*[<〈\[［【]?\s*(?:표|그림)\s*\d+(?:[-.]\d+)?\s*[)>〉\]］】.]?\s+(?:계속|이어서)\s*$", regex.I)
# every decision reads a bounded window of text at the break, never the whole line or document,
# so the work stays linear in the input however long its lines are


@dataclass(frozen=True, slots=True)
class Join:
    """A page-break join: the raw line whose end was joined to the next text line, and how."""

    line: int
    kind: str  # "word" (no space), "space", or "cell" (a table row cut in two)


@dataclass(frozen=True, slots=True)
class TextLine:
    """A logical line: one raw line, or several joined across page breaks."""

    text: str
    line_start: int
    line_end: int
    joins: tuple[Join, ...] = ()

    @classmethod
    def from_line(cls, line: Line) -> TextLine:
        return cls(line.text, line.no, line.no)


@dataclass(slots=True)
class Chunk:
    """A run of logical lines with no blank line between them (after joins)."""

    lines: list[TextLine]
    table_breaks: list[int] = field(default_factory=list)  # blank lines a table continued across
    repeated_headers: list[int] = field(default_factory=list)  # a table's header printed again after a page break

    @property
    def line_start(self) -> int:
        return self.lines[0].line_start

    @property
    def line_end(self) -> int:
        return self.lines[-1].line_end

    def part(self, start: int, end: int | None = None) -> Chunk:
        """The chunk's lines from `start` to `end`, with the table breaks and repeated headers among them."""
        lines = self.lines[start:end]
        first, last = lines[0].line_start, lines[-1].line_end
        return Chunk(lines, [b for b in self.table_breaks if first <= b <= last],
                     [r for r in self.repeated_headers if first <= r <= last])


_NEVER_CONTINUED = compiled(rf"^(?:\d+\.\s|{_OWN_BLOCK}|※)")  # (`※ … 별도 집계`: a note)
# a line ending in an e-mail address, a web address or a telephone number ends there (`전화 : … / 메일 :
# info@kicchina.org`, `문 의: info@kicchina.org / +86-10-6780-8840`)
_ENDS_ADDRESS = compiled(r"(?:[\w.+-]+@[\w-]+\.[\w.-]+|(?:https?://|www\.)\S+|\+?\d{2,4}(?:-\d{2,4}){2,3})")  # the line's last word


_HANGUL_END = compiled(r"\p{Hangul}$")
_FIELD_ITEM = compiled(r"[·•ㆍ○◦∙]\s*[^:：\s][^:：]{0,15}[:：]\s")  # a labelled item (`· 시상: …`)
_ENDING_ALONE = compiled(r"\p{Hangul}{1,3}[.!?]")


def _ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence: a closing mark, or `다` that is no particle's (`지난해보다`, `해마다`).

    >>> _ends_sentence("… 2.7% 줄었다"), _ends_sentence("… 150건 미만에 그쳐 지난해보다"), _ends_sentence("… 새로 문을 연다.")
    (True, False, True)
    >>> _ends_sentence("항저우는 4.6%로 선전(4.1%)보다"), _ends_sentence("… 3년마다")
    (False, False)
    """
    return bool(SENTENCE_END.search(text[-1:])) and not _PARTICLE_DA.search(text)


def _is_break_left(text: str, settings: Settings, min_chars: int | None = None) -> bool:
    """A paragraph line that stops mid-sentence; headings, captions and list items never do.
    `min_chars` is lower where page furniture shows for certain that a page ended."""
    min_chars = settings.min_break_line_chars if min_chars is None else min_chars
    if "\t" in text or len(text) < min_chars or _ends_sentence(text):
        return False
    if _NEVER_CONTINUED.match(text) or PAGE.search(text) or _ENDS_ADDRESS.fullmatch((text.rsplit(None, 1) or [""])[-1]):
        return False  # (a contents entry ends with its page: `… · 5쪽`)
    return not (_BLOCK_START.match(text) and len(text) <= settings.heading_max_chars)


def _is_break_right(text: str, settings: Settings) -> bool:
    return (
        "\t" not in text
        and not _BLOCK_START.match(text)
        and (len(text) >= settings.min_break_line_chars or _ends_sentence(text))
    )


def _table_width(text: str) -> int:
    return text.count("\t") + 1 if "\t" in text else 0


def _table_run(chunk: Chunk) -> list[TextLine]:
    """The tab-separated lines that end a chunk (the table a page break may continue)."""
    run: list[TextLine] = []
    for line in reversed(chunk.lines):
        if "\t" not in line.text:
            break
        run.append(line)
    return run[::-1]


_BARRED = compiled(r"(?:\S\s+[|｜│]\s+\S.*){3}")  # (a line of four parts or more parted by bars)
_CELL_TAIL_MAX_CHARS = 6
_CELL_LIST_MAX_CHARS = 24  # (the rest of a list of names, after its comma)
_HAN = compiled(r"\p{Han}")
_ASIDE_LINE = compiled(r"[(（][^()（）\d]{1,12}[)）]")  # (words in brackets on a line of their own: `(온라인 포함)`)


_WORDS = compiled(r"\p{Hangul}+(?:\s\p{Hangul}+)?")  # (one or two words of Hangul, no figure)


def _header_keys(run: list) -> set[tuple[str, ...]]:
    """The keys (`row_key`) a table's header printed again over a page may have: its first two rows, and both as one
    (`전년 대비` over `실질 성장률(%)` printed again on one row)."""
    heads = {row_key(line.text) for line in run[:2]}
    if len(run) > 2:
        heads.add(tuple(a + b for a, b in zip_longest(row_key(run[0].text), row_key(run[1].text), fillvalue="")))
    return heads


def _column_kind(run: list[TextLine], column: int) -> str | None:
    """The kind (`cut_rows.cell_kind`) every row under the header of a table's lines `run` prints in `column`, when they
    agree (two rows at least); None otherwise.

    >>> L = lambda text: TextLine(text, 1, 1)
    >>> _column_kind([L("번호\\t고신구\\t지정 연도"), L("1\\t중관춘\\t1988년"), L("2\\t우한\\t1991년")], 2)
    'quantity'
    """
    kinds = {cell_kind(cells[column].strip()) for line in run[1:] if len(cells := line.text.split("\t")) > column}
    return kinds.pop() if len(kinds) == 1 and len(run) > 2 else None


def _continue_table(prev: Chunk, chunk: Chunk, at_page_break: bool, vocabulary: Vocabulary | str = "") -> bool:
    """Append `chunk` to the table ending `prev` when it continues it; say whether it did.

    Rows of the table's width continue it. On a page break a caption ending `(계속)` over the
    rows is the table's caption printed again (dropped like a repeated header); a first row repeating one of the
    table's first two rows is its header printed again (dropped, its line kept in
    `repeated_headers`), and a row the break cut in two (`a\tb` | `c\td`, together one cell
    short of two rows) is put back together, its split cell joined with a space.
    """
    run = _table_run(prev)
    width = max((_table_width(line.text) for line in run), default=0)
    rows = chunk.lines
    if at_page_break and run and len(rows) > 2 and row_key(rows[0].text) in _header_keys(run) \
            and "\t" not in rows[1].text and "\t" in rows[2].text:
        # the header printed again over the rest of a cell the break cut (`기지명	소재지	…` / `커뮤니티` / the next rows)
        prev.repeated_headers.append(rows[0].line_start)
        rows = rows[1:]
        chunk = Chunk(rows)
    listing = prev.lines[-1].text.rstrip().endswith(",")  # (a list of names in the last cell goes on)
    aside = at_page_break and bool(rows) and bool(_ASIDE_LINE.fullmatch(rows[0].text.strip()))
    # (a row one cell short whose last cell, words like the column's, opens the next page: `\t닝보경제기술개발구(…)` |
    # `석유화학·신소재`)
    printed = len(printed_cells(prev.lines[-1].text))
    last_cell = at_page_break and bool(run) and len(rows) > 1 and "\t" not in rows[0].text and printed == width - 1 \
        and len(rows[0].text.strip()) <= _CELL_LIST_MAX_CHARS \
        and (cell_kind(rows[0].text.strip()) == _column_kind(run, printed) == "text"
             # (or a quantity, as the rows after print theirs: `3	뤄신서 裸心社	상하이	인수합병` | `약 1억 5,000만 달러`)
             or cell_kind(rows[0].text.strip()) == "quantity"
             and _column_kind([run[0], *rows[1:3]], printed) == "quantity")
    if at_page_break and run and len(rows) > 1 and "\t" not in rows[0].text and "\t" in rows[1].text \
            and (len(rows[0].text.strip()) <= (_CELL_LIST_MAX_CHARS if listing else _CELL_TAIL_MAX_CHARS) or aside
                 or last_cell) \
            and (listing or aside or not _ends_sentence(rows[0].text.strip())):
        # `… 섬 간 물류·관광비` | page break | `행` over the next rows: the last cell's end (`…	밍양(明阳),` | `무린썬(木林森)`)
        left, tail = prev.lines[-1], rows[0].text.strip()
        cells = left.text.split("\t")
        if len(cells) < width and (
                cell_kind(tail) in ("number", "row_number") or _column_kind(run, len(cells)) == cell_kind(tail) == "quantity"
                or last_cell):
            # `산둥성	104,680	110,150` | `84,220`: a row one cell short, its last cell a figure of its own; so is a quantity
            # under a column of quantities (`	7	청두고신구(成都高新区)	쓰촨성 청두시` | `1991년`, the column's cells `1991년`)
            cells.append(tail)
        elif (aside or _WORDS.fullmatch(tail)) and cell_kind(cells[-1].strip()) in ("number", "row_number") \
                and cell_kind(cells[0].strip()) == "text":
            # `사회소비품 소매총액	…	59.1` | page break | `(온라인 포함)`: words in brackets, or words alone, go on the
            # row's (word) label, not on its figure (`쑹산후 국제 청년 창업	둥관	…	35.6` | `커뮤니티`)
            cells[0] = f"{cells[0].rstrip()} {tail}"
        else:
            cells[-1] = join_halves(cells[-1], tail, decide_join(cells[-1], tail, vocabulary))
        prev.lines[-1] = replace(left, text="\t".join(cells), line_end=rows[0].line_end,
                                 joins=left.joins + (Join(left.line_end, "cell"),))
        rows = rows[1:]
        chunk = Chunk(rows)
    if at_page_break and run:
        _rejoin_wrapped_rows(rows, vocabulary, run)  # (rows the text tool wrapped, the table's header a page before)
    continued = at_page_break and len(rows) > 1 and _CONTINUED.search(rows[0].text) and "\t" in rows[1].text
    if not run or ("\t" not in rows[0].text and not continued):
        return False
    if continued:  # `표 1) … (계속)`: the caption printed again over the rest of the table
        prev.repeated_headers.append(rows[0].line_start)
        rows = rows[1:]
    if at_page_break:
        heads = _header_keys(run)
        while rows and row_key(rows[0].text) in heads and len(run) > 1:  # (both rows of a header on two)
            heads.discard(row_key(rows[0].text))
            prev.repeated_headers.append(rows[0].line_start)
            rows = rows[1:]
        left = prev.lines[-1]
        if rows and (joined := joined_row(run, rows[0], width, vocabulary)):
            prev.lines[-1] = joined
            rows = rows[1:]
        elif rows and (rest := aligned_rest(left.text, rows[0].text, width)) is not None:
            # `…\t차량용 전력반도체` | `\t\t(SiC) 모듈\t…`: a short row's rest, in its own columns
            prev.lines[-1] = replace(left, text=rest, line_end=rows[0].line_end,
                                     joins=left.joins + (Join(left.line_end, "cell"),))
            rows = rows[1:]
        elif rows and (going_on := cells_going_on(left.text, rows[0].text, [line.text for line in run])):
            # `…	중커창투(中科创投),` | `					쑤저우위안허(苏州元禾)`: the last cells of the row go on
            cells, tail = left.text.split("\t"), rows[0].text.split("\t")
            for k in going_on:  # (a gloss stands right after its name: `난징생명과학기술소진(南京生命科技小镇)`)
                gap = "" if is_gloss_of(cells[k], tail[k]) or ends_name(cells[k], tail[k]) else " "
                cells[k] = f"{cells[k].rstrip()}{gap}{tail[k].strip()}"
            prev.lines[-1] = replace(left, text="\t".join(cells), line_end=rows[0].line_end,
                                     joins=left.joins + (Join(left.line_end, "cell"),))
            rows = rows[1:]
    elif _table_width(rows[0].text) != width:
        return False
    prev.table_breaks.append(prev.line_end + 1)
    prev.lines.extend(rows)
    return True


def joined_row(run: list[TextLine], right: TextLine, width: int, vocabulary: Vocabulary | str = "") -> TextLine | None:
    """The last row of the table `run` (`width` cells) with `right` put back on it, when `right` is its rest (`cut_row`:
    cut between two cells or inside one); None when it is not.

    >>> L = lambda text, no: TextLine(text, no, no)
    >>> run = [L("집적지\\t소속\\t기업 수\\t매출\\t비중", 1), L("이우시\\t진화시\\t486\\t24.1\\t71.2", 2), L("청하이구\\t산터우시\\t174", 3)]
    >>> joined_row(run, L("15.7\\t58.4", 4), 5)
    TextLine(text='청하이구\\t산터우시\\t174\\t15.7\\t58.4', line_start=3, line_end=4, joins=(Join(line=3, kind='cell'),))
    >>> joined_row(run, L("창안진\\t둥관시", 4), 5) is None
    True
    """
    left = run[-1]
    cut = cut_row([line.text for line in run], left.text, right.text, width)
    if not cut:
        return None
    head, tail = printed_cells(left.text), printed_cells(right.text)
    if len(head) + len(tail) > width + 1:
        tail = opening_blanks_aside(tail)  # (the cell's rest set off by blanks)
    if cut == "cell":  # a cell of Chinese goes on without a space, as Chinese is written; Korean as the
        # document writes its words (`광저우 난사 과창센` | `터(广州南沙科创中心)`)
        kind = "word" if _HAN.match(tail[0].lstrip()) and _HAN.search(head[-1].rstrip()[-1:]) \
            else decide_cell_join(head[-1].rstrip(), tail[0].lstrip(), vocabulary)
        text = "\t".join(head[:-1] + [join_halves(head[-1].rstrip(), tail[0].lstrip(), kind)] + tail[1:])
    else:
        text = "\t".join(head + tail)
    # (the row's blank last cells, as the right half printed them: `学)\t4 팀\t`)
    text += "\t" * min(right.text.count("\t") + 1 - len(printed_cells(right.text)), width - 1 - text.count("\t"))
    return replace(left, text=text, line_end=right.line_end, joins=left.joins + (Join(left.line_end, "cell"),))


def _rejoin_wrapped_rows(lines: list[TextLine], vocabulary: Vocabulary | str, above: list[TextLine] = ()) -> None:
    """Put back in `lines` the table rows a text tool wrapped inside a page, as a page break cuts them (`joined_row`):
    `청하이구\t광둥성 산터우시\t174` / `15.7\t58.4`; `above`, the table the lines go on from a page before. Only a rest
    holding a tab and opening with a printed cell is taken, never prose."""
    start, k = 0, 1
    while k < len(lines):
        if "\t" not in lines[k - 1].text:
            start, above = k, ()
        elif "\t" in lines[k].text and lines[k].text.split("\t", 1)[0].strip():
            # (a row opening blank, `\t2034.10 시리즈 B …`, `\t톈진대학(天津大学)\t3 팀\t`, is a row of its own under a
            # group's first)
            # the table as `cut_row` reads it: its header and the rows right above (a bounded look back, so a long table
            # costs no more per row than a short one)
            body = lines[max(start + (0 if above else 1), k - _ROWS_LOOKED_BACK):k]
            if above and len(body) < _ROWS_LOOKED_BACK:
                body = [*above[1:]][len(body) - _ROWS_LOOKED_BACK:] + body
            run = [above[0] if above else lines[start], *body]
            if joined := joined_row(run, lines[k], max(_table_width(line.text) for line in run), vocabulary):
                lines[k - 1:k + 1] = [joined]
                continue
        k += 1


_ROWS_LOOKED_BACK = 24


_LABEL_FRAGMENT_MAX_CHARS = 30


def _rejoin_cut_label(prev: Chunk, chunk: Chunk, vocabulary: Vocabulary) -> bool:
    """Put back a table row whose first cell a page break cut before its first tab: the row's
    start stands alone under the table (`신에너지 승용차 수`), the rest opens the next page
    (`출(만 대)\t128\t201\t57.0`), together one row of the table's width. The halves are joined as
    a word or with a space, as the document writes them (`decide_join`); the row replaces the
    fragment in `prev`, and the caller continues the table with the rest of `chunk`. A label
    whole before the break (`산둥성` | `4,870\t3.19\t8.8`: the rest one cell short of the table's
    width, opening with a figure under a column of figures) is the row's first cell."""
    if len(prev.lines) < 2 or "\t" in prev.lines[-1].text or "\t" not in prev.lines[-2].text:
        return False
    left, right = prev.lines[-1], chunk.lines[0]
    run = _table_run(Chunk(prev.lines[:-1]))
    width = max(_table_width(line.text) for line in run)
    tail = printed_cells(right.text)
    if len(left.text) > _LABEL_FRAGMENT_MAX_CHARS or _ends_sentence(left.text):
        return False
    if len(tail) == width - 1 and width > 2 and cell_kind(left.text.strip()) == _column_kind(run, 0) == "text" \
            and cell_kind(tail[0].strip()) != "text" and cell_kind(tail[0].strip()) == _column_kind(run, 1):
        text = "\t".join([left.text.strip()] + tail)
    elif len(tail) == width:
        text = "\t".join([join_halves(left.text, tail[0], decide_join(left.text, tail[0], vocabulary))] + tail[1:])
    else:
        return False
    prev.lines[-1] = replace(left, text=text, line_end=right.line_end, joins=left.joins + (Join(left.line_end, "cell"),))
    prev.table_breaks.append(left.line_end + 1)
    return True


def lines_to_chunks(lines: list[Line], settings: Settings, pages: Pages = NO_PAGES) -> list[Chunk]:
    """Group non-blank lines into chunks, merging across page breaks and continued tables.

    A page break is the one blank line the extraction leaves, or a region of page furniture
    (`pages`); furniture lines are left out of the chunks."""
    furniture = pages.lines
    chunks: list[Chunk] = []
    for line in spaced_to_tabbed(lines, furniture):
        if line.blank or line.no in furniture:
            continue
        if chunks and chunks[-1].line_end == line.no - 1:
            chunks[-1].lines.append(TextLine.from_line(line))
        else:
            chunks.append(Chunk([TextLine.from_line(line)]))
    for k in range(len(chunks) - 1, 0, -1):  # (the wrapped rest below a blank line, as a PDF's reader may set it)
        if chunks[k].line_start == chunks[k - 1].line_end + 2 and wraps_header_cell(
                [ln.text for ln in chunks[k - 1].lines + chunks[k].lines[:2]], len(chunks[k - 1].lines)):
            chunks[k - 1:k + 1] = [Chunk(chunks[k - 1].lines + chunks[k].lines)]
    for i, chunk in enumerate(chunks):
        for k, line in enumerate(chunk.lines):
            above = chunk.lines[k - 1].text if k else chunks[i - 1].lines[-1].text if i else ""
            if pads_caption(line.text, above, chunk.lines[k + 1].text if k + 1 < len(chunk.lines) else ""):
                chunk.lines[k] = replace(line, text=line.text.rstrip("\t"))  # (a caption, not a row: `표 2) …\t\t\t`)
        texts = [ln.text for ln in chunk.lines]
        # (not under a table's header printed again over a page: the line under it is the rest of a cell the break cut,
        # `기지명	소재지	…` / `커뮤니티`, `_continue_table`'s)
        again = i > 0 and "\t" in texts[0] and row_key(texts[0]) in _header_keys(_table_run(chunks[i - 1]))
        for k in reversed([k for k in range(len(texts)) if wraps_header_cell(texts, k) and not (again and k == 1)]):
            # `…\t전년 대비` / `증감률(%)`: a header cell wrapped onto a line of its own goes back into the header
            head, rest = chunk.lines[k - 1], chunk.lines[k]
            chunk.lines[k - 1:k + 1] = [replace(head, text=f"{head.text.rstrip()} {rest.text.strip()}", line_end=rest.line_end,
                                                joins=head.joins + (Join(head.line_end, "cell"),))]
    vocabulary = Vocabulary("\n".join(line.text for line in lines))
    for chunk in chunks:
        _rejoin_wrapped_rows(chunk.lines, vocabulary)
    merged: list[Chunk] = []
    for chunk in chunks:
        prev = merged[-1] if merged else None
        at_page_break = prev is not None and pages.region_between(prev.line_end, chunk.line_start) is not None
        if prev is None or not (at_page_break or chunk.line_start == prev.line_end + 2):
            merged.append(chunk)
            continue
        if at_page_break:
            table = prev
            if len(prev.lines) == 1 and len(merged) > 1 and prev.line_start == merged[-2].line_end + 2:
                # a PDF's reader may leave the cut label as a line of its own under the table
                table = Chunk(merged[-2].lines + prev.lines, merged[-2].table_breaks, merged[-2].repeated_headers)
            if _rejoin_cut_label(table, chunk, vocabulary):
                if table is not prev:
                    merged[-2:] = [table]
                if len(chunk.lines) > 1 and not _continue_table(table, Chunk(chunk.lines[1:]), True):
                    merged.append(Chunk(chunk.lines[1:]))
                continue
        if at_page_break and completes_short_row([ln.text for ln in _table_run(prev)], [ln.text for ln in chunk.lines[:2]]):
            left = prev.lines[-1]  # (`…\t5.1\t5.0` | page break | `5.1`: the row's last cell, the table ending there)
            cells = left.text.rstrip("\t").split("\t") + [chunk.lines[0].text.strip()]  # (a PDF's grid: `…\t5.0\t`)
            prev.lines[-1] = replace(left, text="\t".join(cells), line_end=chunk.lines[0].line_end,
                                     joins=left.joins + (Join(left.line_end, "cell"),))
            if len(chunk.lines) == 1:
                continue
            chunk = Chunk(chunk.lines[1:])
        left, right = prev.lines[-1], chunk.lines[0]
        if not at_page_break and (pages.regions or _BARRED.search(left.text) or CAPTION.match(left.text.strip())):
            # where the text marks its page breaks (running heads, page numbers), a blank line anywhere else is no page
            # break: it ends a paragraph, an item (`· 시상: 대상 1팀 30,000위안` | blank | `수상 기업에는 …`) or a card's
            # last field (`투자 시리즈 A … | 누적 15 억 위안 이상` | blank | `차량용 전력반도체를 …`). Nor, in any text,
            # after a line of fields parted by bars (`[기업 카드] 칭윈칩(擎云芯片) | 설립 2021 년 | 본사 상하이 | …`) or
            # a caption (`그림 1) 출처: …`). (A table going on past such a line is read as one all the same.)
            if not _continue_table(prev, chunk, False, vocabulary):
                merged.append(chunk)
            continue
        # (so a labelled item too short to have filled its line, `· 투자 유치: … 누적 5,600만 달러`, as a PDF's text sets it
        # with no indent: the text on the next page is none of its value)
        framed = _FRAMED.match(left.text) and (_BARRED_OPENING.match(left.text) or len(left.text) < settings.min_break_line_chars
                                              or not HANGUL_TAIL.search(left.text.rstrip()) or opens_with_label(left.text))
        # (an indented line of prose under a card, long, ending in a word and opening with no card label, `  저온 성능이 …
        # 셀 생산 능력을` | page break | `두 배로 늘린다.`, goes on as prose does)
        if at_page_break and card_field(left.text) and card_field(right.text):
            # `주요 사업 : … 디자인 및 생산` | page break | `투자 유치 : …`: the card goes on with its next field
            prev.lines.extend(chunk.lines)
            continue
        if at_page_break and (framed or _FIELD_ITEM.match(left.text) and not _FIELD_ITEM.match(right.text)
                              and len(left.text) < settings.min_break_line_chars):
            if _FRAMED.match(right.text):
                prev.lines.extend(chunk.lines)  # a profile drawn in a frame or indented (`│ 분야 …` | `│ 투자 …`) goes on
            else:
                merged.append(chunk)  # its last field ends there: the text after the break is not its value
            continue
        if at_page_break and "\t" in right.text and "\t" not in left.text and (TABLE_TITLE.match(left.text.strip()) or UNIT_LINE.match(left.text.strip())):
            prev.lines.extend(chunk.lines)  # `표 2) …` / `단위: 개사`, a page break, then the table they caption
            continue
        if at_page_break and TABLE_NOTE.match(left.text) and len(prev.lines) > 1 and "\t" in prev.lines[-2].text \
                and "\t" not in right.text:
            merged.append(chunk)  # (a note under a table's rows ends there, sentence or not: `주: … 순위를 매김` | `금액 기준으로는 …`)
            continue
        min_chars = settings.min_break_line_chars // 2 if at_page_break else None
        if _continue_table(prev, chunk, at_page_break, vocabulary):
            continue
        cut_number = at_page_break and _NUMBER_CUT.search(left.text) and NUMBER_HEAD.match(right.text)
        # (a page opening with a word's last syllables and a full stop, `다.`, ends the line before it,
        # whatever that line opens with: `▶ 한 줄 평: … 높이고 있` | `다.`)
        cut_ending = at_page_break and _HANGUL_END.search(left.text) and _ENDING_ALONE.fullmatch(right.text.strip())
        if len(left.text) <= settings.max_joined_chars and (cut_number or cut_ending or (
                _is_break_left(left.text, settings, min_chars) and _is_break_right(right.text, settings))):
            kind = decide_join(left.text, right.text, vocabulary)
            joined = replace(
                left,
                text=join_halves(left.text, right.text, kind),
                line_end=right.line_end,
                joins=left.joins + (Join(left.line_end, kind),) + right.joins,
            )
            prev.lines[-1] = joined
            prev.lines.extend(chunk.lines[1:])
        else:
            merged.append(chunk)
    return merged
