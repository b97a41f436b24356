"""Classify a section's chunks into blocks: headings, paragraphs, list items, tables, captions,
notes and source lines. Every block keeps its raw line span and the fixes that changed it."""

from __future__ import annotations


from kic_extract.clean import fix_and_explain, fix_text
from kic_extract.clean.pagebreaks import Chunk, TextLine
from kic_extract.compiled import compiled
from kic_extract.segment.patterns import (
    CAPTION,
    EDITOR_NOTE,
    HEADING_MARKS,
    LIST_ITEM,
    PART_MARKS,
    SENTENCE_END,
    SOURCE_NOTE,
    TABLE_NOTE,
    TABLE_SOURCE,
    TABLE_OPENING,
    TABLE_TITLE,
    UNIT_LINE,
    ends_sentence,
)
from kic_extract.segment.cards import (label_field, line_to_card, line_to_fields, profile_span, profile_to_table,
                                      tab_parted_fields)
from kic_extract.segment.tables import COLUMN_UNIT, is_caption_line, rows_to_table, table_unit
from kic_extract.settings import Settings

_GROUP_HEADING_MAX_CHARS = 40
# the first characters a source note, caption, editor's note, list item or heading mark can open with
# marks that head a part of an article when alone, and bullet items when lines with the same mark stand next to them
_BULLETS = frozenset("▶▷" + PART_MARKS)
_OPENER = compiled(rf"[*표사그(편\-▶▷{PART_MARKS}①-⑳\d\s·•ㆍ]")


def _block(kind: str, lines: list[TextLine], text: str | None, fixes: list[str], level=None, marker=None) -> dict:
    return {"kind": kind, "level": level, "text": text, "marker": marker, "table_id": None, "fixes": fixes,
            "line_start": lines[0].line_start, "line_end": lines[-1].line_end}


def clean_line(line: TextLine) -> tuple[str, list[str]]:
    """A logical line's cleaned text and the steps that changed it (page-break joins first)."""
    text, fixes = fix_and_explain(line.text)
    return text, (["join_page_break"] if line.joins else []) + fixes


def _merge_fixes(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(name for fixes in lists for name in fixes))


def line_to_block(line: TextLine, settings: Settings) -> dict:
    """One non-table line as a block of the kind its lead mark and length say."""
    text, fixes = clean_line(line)
    if not _OPENER.match(text):  # no mark opens the line: a paragraph (most lines)
        return _block("paragraph", [line], text, fixes)
    if SOURCE_NOTE.match(text):
        return _block("source", [line], text, fixes)
    if CAPTION.match(text):
        return _block("caption", [line], text, fixes)
    if EDITOR_NOTE.match(text):
        return _block("note", [line], text, fixes)
    m = LIST_ITEM.match(text)
    if m:
        return _block("list_item", [line], m["text"], fixes, level=1, marker=m["mark"])
    for pattern, level in HEADING_MARKS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :] or text
            if len(text) <= settings.heading_max_chars and not SENTENCE_END.search(text):
                return _block("heading", [line], rest, fixes, level=level, marker=m["mark"])
            return _block("paragraph", [line], rest, fixes, marker=m["mark"])
    return _block("paragraph", [line], text, fixes)


def _is_group_heading(chunk: Chunk, next_chunk: Chunk | None, settings: Settings) -> bool:
    """A short unmarked line standing above a list (`출선수범하여 … 조성` over `- …` items)."""
    if len(chunk.lines) != 1 or next_chunk is None:
        return False
    text = chunk.lines[0].text
    if len(text) > _GROUP_HEADING_MAX_CHARS or SENTENCE_END.search(text) or not next_chunk.lines[0].text.startswith("- "):
        return False
    block = line_to_block(chunk.lines[0], settings)
    return block["kind"] == "paragraph" and block["marker"] is None


def _opens_captions(lines: list[TextLine], j: int, above: str) -> bool:
    """Whether `lines[j]` opens the captions of a table right under a paragraph that ended its sentence, no blank line
    between (`… 방식이다.` / `〈표〉 과학기술 분야 대출 잔액 추이` / `단위: 조 위안, %` / the rows): a title or a unit
    line, and at most one more, over the first row (a plain title when a unit line follows it: `2037 년 … 상위 10 곳` /
    `단위: 억 위안, %`; any caption line right over the rows: `국가급 신구 현황(지정 순, 일부)`); not the paragraph's next line."""
    ahead = lines[j:j + 3]
    rows = next((k for k, ln in enumerate(ahead) if "\t" in ln.text), None)
    return bool(rows) and ends_sentence(above) and all(is_caption_line(ln.text) for ln in ahead[:rows]) \
        and (rows == 1 or bool(TABLE_TITLE.match(lines[j].text.strip())) or TABLE_OPENING.match(lines[j].text) is not None
             or _unit_line(lines[j].text) or _unit_line(lines[j + 1].text))


def _unit_line(text: str) -> bool:
    return text.strip().lstrip("([（").startswith("단위") or bool(COLUMN_UNIT.fullmatch(text.strip()))


def _captions_above(blocks: list[dict], lines: list[TextLine], j: int, before: list[TextLine] = ()) -> list[TextLine]:
    """The caption lines (a title, a `단위:` line) printed right above a table's first row at
    `lines[j]`, taken back from the block they were read into (adjacent unmarked lines are one
    paragraph block, so a `단위:` line and a title come back together); `before` are the lines closing
    the chunk before, a blank line above `lines[0]` (captions set apart over the table, or one over the other)."""
    if not blocks:
        return []
    pool = list(before[-2:]) + list(lines[:j])
    # (set apart, only a numbered title, a unit line or a title giving the unit, `주요 성급 지역 GDP 추이 (조 위안)`: not
    # `▶ 10월 주목할 … 기업`)
    apart = {id(ln) for ln in before[-2:]}
    n = len(pool)
    last = blocks[-1]
    for m in (2, 1):
        above = pool[max(0, n - m):n]
        if len(above) == m and all(is_caption_line(ln.text) and (id(ln) not in apart or TABLE_TITLE.match(ln.text.strip())
                                                                 or _unit_line(ln.text) or table_unit(ln.text)) for ln in above) \
                and last["kind"] in ("paragraph", "caption", "heading") and (last["marker"] is None or last["marker"] in _BULLETS) \
                and last["line_start"] == above[0].line_start and last["line_end"] == above[-1].line_end:
            blocks.pop()
            unit_line = _unit_line(above[0].text)
            other = pool[n - 2] if m == 1 and n >= 2 else None
            titled = other is not None and blocks and blocks[-1]["marker"] in _BULLETS and is_caption_line(other.text)
            if other is not None and blocks and (blocks[-1]["kind"] in ("paragraph", "caption") or titled and blocks[-1]["kind"] == "heading") \
                    and blocks[-1]["line_start"] == blocks[-1]["line_end"] == other.line_start \
                    and (TABLE_TITLE.match(other.text.strip()) or titled if unit_line
                         else TABLE_TITLE.match(above[0].text.strip()) and _unit_line(other.text)):
                # `표 5) …` read as a block of its own above the `단위:` line (or `(금액: 억 위안)`): the title
                # too (so a title under a mark, `▣ 2026년 상반기 GDP 상위 10개 성급 지역`); and the other way round,
                # `단위: 억 위안` over `표 3) …`
                blocks.pop()
                return [other] + above
            return above
    if not j and (closing := _captions_closing(last, before)):
        return closing
    if n >= 2 and j >= 2 and last["kind"] == "paragraph" and last["marker"] is None and "\n" in (last["text"] or "") \
            and last["line_end"] == pool[-1].line_end and last["line_start"] < pool[-1].line_start \
            and is_caption_line(pool[-1].text) and table_unit(pool[-1].text) \
            and not (TABLE_TITLE.match(pool[-2].text.strip()) or _unit_line(pool[-2].text)):
        # `… 이어질 것으로 보인다.` / `주요 성 연간 경제성장률 추이 (단위: %)` / the rows: a caption giving the table its unit,
        # read into the paragraph above it with no blank line between, is the table's
        last["text"] = last["text"].rsplit("\n", 1)[0]
        last["line_end"] = pool[-2].line_end
        return [pool[-1]]
    return []


def _captions_closing(last: dict, before: list[TextLine]) -> list[TextLine]:
    """The caption lines (a title, a unit line, or both) closing the paragraph `last`, read from the chunk `before` a
    blank line over a table's rows, when the line above them ended its sentence (`… 1위를 차지했다.` /
    `1~11 월 성별 수출입 상위 5 곳` / `` / the rows; `… 뒤를 받쳤다.` / `… 상위 10 곳` / `단위: 억 위안, %` / `` / the rows): a
    page setting no space between paragraphs prints them so; and a line giving the table its unit whatever the line
    above it. They are taken back from the paragraph."""
    if last["kind"] != "paragraph" or last["marker"] is not None or not before or last["line_end"] != before[-1].line_end:
        return []
    for m in (2, 1):
        if len(before) > m and last["line_start"] <= before[-m - 1].line_start \
                and (ends_sentence(before[-m - 1].text) or m == 1 and table_unit(before[-1].text)) \
                and all(is_caption_line(ln.text) for ln in before[-m:]) and (m == 1 or _unit_line(before[-1].text)):
            last["text"] = last["text"].rsplit("\n", m)[0]
            last["line_end"] = before[-m - 1].line_end
            return list(before[-m:])
    return []


# a line naming a company with its Chinese (`① 링시로봇(灵犀机器人)`), perhaps under a number
_CARD_NAME = compiled(r"(?:[①-⑳]|\d{1,2}[.)])?\s*[\p{Hangul}A-Za-z0-9][^()。.]{0,30}\(\p{Han}[^()]{0,30}\)")


def _names_card(block: dict) -> bool:
    """Whether a block of one line only names a company (a card's name line printed apart from its fields)."""
    return block["kind"] in ("heading", "paragraph", "list_item") and block["line_start"] == block["line_end"] \
        and bool(block["text"]) and bool(_CARD_NAME.fullmatch(block["text"].strip()))


def _card_across_break(chunk: Chunk, nxt: Chunk | None) -> tuple[int, int, list] | None:
    """The profile of a chunk ending with a card's field and the chunk after a break that opens with a
    known field of it, read as one (`profile_span` over both), if it reaches into the second."""
    lines = chunk.lines
    if nxt is None or nxt.line_start <= chunk.line_end + 1 or len(lines) < 2 or not line_to_fields(lines[-1].text) \
            or any("\t" in line.text for line in lines + nxt.lines[:1]):
        return None
    head = line_to_fields(nxt.lines[0].text)
    if not head or label_field(head[0] or "") is None:
        return None
    both = profile_span(lines + nxt.lines)
    return both if both and both[1] > len(lines) else None


def _card_fields(lines: list[TextLine]) -> list[list[str | None]]:
    """The rows of the lines of fields opening `lines` whose labels are all a card's (data/card_labels.tsv:
    `▶투자 이력: 엔젤 … → 시리즈 A …`; not `▶기업 소개: …`)."""
    rows = []
    for line in lines:
        field = None if "\t" in line.text else line_to_fields(line.text)
        if field is None or not all(label_field(label) is not None for label in field[0::2] if label):
            break
        rows.append(field)
    return rows


# a card's interview, a question and its answer by turns (`Q. 지금까지 유치한 투자는?` / `A. 누적 약 4억 2,000만 위안이다.`)
_QUESTION, _ANSWER = compiled(r"^\s*Q\s*[.:：]\s*(?P<text>\S.*)$"), compiled(r"^\s*A\s*[.:：]\s*(?P<text>\S.*)$")


def _interview_rows(lines: list[TextLine]) -> list[list[str | None]]:
    """The rows of the questions and answers opening `lines`, each question the label of its answer (a line an answer
    is cut at by a page break joined back by the clean stage)."""
    rows = []
    for q, a in zip(lines[0::2], lines[1::2]):
        if not (question := _QUESTION.match(q.text)) or not (answer := _ANSWER.match(a.text)):
            break
        rows.append([fix_text(question["text"].strip()), fix_text(answer["text"].strip())])
    return rows


def _fields_after_card(lines: list[TextLine]) -> tuple[int, int, list] | None:
    """`_card_fields` as a `profile_span` is given (0, the index past the last, the rows), or None when none open `lines`;
    or the card's interview under it (`_interview_rows`)."""
    rows = _card_fields(lines)
    if not rows and (rows := _interview_rows(lines)):
        return 0, 2 * len(rows), rows
    return (0, len(rows), rows) if rows else None


def chunks_to_blocks(chunks: list[Chunk], settings: Settings) -> tuple[list[dict], list[dict]]:
    """Blocks of a section, and the tables they point at (table blocks carry the table's index
    in the returned list as `table_id` until the caller assigns real ids)."""
    blocks: list[dict] = []
    tables: list[dict] = []
    skip: set[int] = set()
    chunks = list(chunks)  # (a card cut by a page break takes the head of the chunk after it)
    for i, chunk in enumerate(chunks):
        if i in skip:
            continue
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if _is_group_heading(chunk, nxt, settings):
            text, fixes = clean_line(chunk.lines[0])
            blocks.append(_block("heading", chunk.lines, text, fixes, level=2))
            continue
        j = 0
        lines = chunk.lines
        # (a table's rows are no profile, but fields a tab apart are: `설립: 2029 년 11 월\t본사: 선전 광밍구(光明区)`)
        profile = None if any("\t" in line.text and not tab_parted_fields(line.text) for line in lines) \
            else profile_span(lines)
        if (profile is None or profile[1] == len(lines)) and (both := _card_across_break(chunk, nxt)):
            # `[기업 2] 란쉬안커지(蓝旋科技)` / `설립 …`, a page break, `자금 조달: …`: a card cut by the break
            taken = both[1] - len(lines)
            lines, profile = lines + nxt.lines[:taken], both
            if taken < len(nxt.lines):
                chunks[i + 1] = Chunk(nxt.lines[taken:])
            else:
                skip.add(i + 1)
        after_card = bool(blocks) and blocks[-1]["kind"] == "table" and tables[blocks[-1]["table_id"]]["kind"] == "company_card"
        if after_card and (profile and profile[0] == 0 or profile is None and (profile := _fields_after_card(lines))):
            # a card's fields going on right after a card, past a page break (its name line is on the page before), or
            # under a blank line (`▶투자 이력: …`, as a PDF's reader sets a line apart from the ruled card above it)
            card = tables[blocks[-1]["table_id"]]
            card["rows"] += profile[2]
            taken = lines[:profile[1]]
            # (an interview's rows are its answers': two lines to a row)
            card["row_lines"] += [line.line_start for line in (taken if len(taken) == len(profile[2]) else taken[1::2])]
            card["line_end"] = blocks[-1]["line_end"] = lines[profile[1] - 1].line_end
            j = profile[1]
            profile = None
        elif profile:  # a company profile printed as lines of fields: a card like a printed one
            tables.append(profile_to_table(lines, *profile))
            block = _block("table", lines[:profile[1]], None, [])
            block["table_id"] = len(tables) - 1
            if profile[0] == 0 and blocks and _names_card(blocks[-1]):
                # `① 링시로봇(灵犀机器人)`, a blank line, then the fields: the line above names the card
                named = blocks.pop()
                tables[-1].update(title=named["text"], line_start=named["line_start"])
                block["line_start"] = named["line_start"]
            blocks.append(block)
            j = profile[1]  # prose after the fields (`☞ …`) is read as prose
        while j < len(lines):
            if (card := line_to_card(lines[j])) is not None:
                # `[기업 카드] 칭윈칩(擎云芯片) | 설립 2021 년 | 본사 상하이 | …`: a card on one line
                tables.append(card)
                block = _block("table", [lines[j]], None, [])
                block["table_id"] = len(tables) - 1
                blocks.append(block)
                j += 1
                continue
            if j and j + 1 < len(lines) and "\t" not in lines[j].text + lines[j + 1].text \
                    and line_to_fields(lines[j + 1].text) is not None and (within := profile_span(lines[j:])) is not None \
                    and not any("\t" in line.text for line in lines[j:j + within[1]]):
                # a card further down its chunk, no blank line above its name (`… 늘고 있다.` / `② 루이탄커지(锐碳科技) │ …` /
                # `설립 2029.03 · 본사 …` / `투자 …`), after the prose or the card before it
                tables.append(profile_to_table(lines[j:], *within))
                block = _block("table", lines[j:j + within[1]], None, [])
                block["table_id"] = len(tables) - 1
                blocks.append(block)
                j += within[1]
                continue
            if "\t" in lines[j].text:
                k = j
                while k < len(lines) and "\t" in lines[k].text:
                    k += 1
                rows = lines[j:k]
                captions = _captions_above(blocks, lines, j, chunks[i - 1].lines if i else [])
                notes: list[TextLine] = []
                if k < len(lines) and TABLE_NOTE.match(lines[k].text):
                    notes, k = [lines[k]], k + 1  # (`* 지원 예산은 … 기준. 자료: …` right under the rows: their note)
                after = lines[k] if k < len(lines) else None
                if not notes and k == len(lines) and nxt and nxt.line_start == chunk.line_end + 2 \
                        and TABLE_NOTE.match(nxt.lines[0].text):
                    # (a note a blank line below the rows, perhaps with the next paragraph right under it, as a page
                    # setting paragraphs close prints it: `주: 전국 비중은 … 8,470개 대비. 자료: …` / `지방정부들은 …`)
                    notes = nxt.lines[:1]
                    if len(nxt.lines) == 1:
                        skip.add(i + 1)
                    else:
                        chunks[i + 1] = Chunk(nxt.lines[1:])
                elif not notes and k == len(lines) and nxt and nxt.line_start == chunk.line_end + 2 \
                        and UNIT_LINE.search(nxt.lines[0].text) and all(TABLE_SOURCE.match(x.text) for x in nxt.lines[1:]):
                    # (`※ 단위: 억 위안. …` a blank line below: the unit, the line a note of its own, or over the table's
                    # source: `단위: 만 톤(재화중량톤 기준)` / `표 2) 출처: 중국선박공업협회 …`)
                    after = nxt.lines[0]
                table = rows_to_table(rows, notes, captions, after)
                if table["kind"] == "company_card" and not notes:
                    # `▶투자 이력: 엔젤 … → 시리즈 A …` right under a card's rows, no blank line between: a field of the card
                    fields = _card_fields(lines[k:])
                    table["rows"] += fields
                    table["row_lines"] += [line.line_start for line in lines[k:k + len(fields)]]
                    rows, k = rows + lines[k:k + len(fields)], k + len(fields)
                table.update(line_start=(captions or rows)[0].line_start, line_end=(notes or rows)[-1].line_end)
                tables.append(table)
                block = _block("table", captions + rows + notes, None, [])
                block["table_id"] = len(tables) - 1
                blocks.append(block)
                j = k
                continue
            block = line_to_block(lines[j], settings)
            mark = block["marker"]
            if block["kind"] == "heading" and mark in _BULLETS and (
                    j + 1 == len(lines) and nxt is not None and nxt.lines[0].text.startswith(mark)
                    or any(0 <= i < len(lines) and lines[i].text.startswith(mark) for i in (j - 1, j + 1))):
                # a short bullet among sibling bullets heads nothing (`▷ 일시: …` / `▷ 장소: …`, `■ 모집 규모: …`)
                block.update(kind="paragraph", level=None)
            prev = blocks[-1] if blocks else None
            if (block["kind"] == "paragraph" and block["marker"] is None and prev is not None
                    and prev["kind"] == "paragraph" and prev["marker"] is None
                    and prev["line_end"] == lines[j].line_start - 1 and not _opens_captions(lines, j, prev["text"])):
                # adjacent unmarked lines with no blank between are one paragraph, line breaks kept
                prev["text"] += "\n" + block["text"]
                prev["fixes"] = _merge_fixes(prev["fixes"], block["fixes"])
                prev["line_end"] = block["line_end"]
            else:
                blocks.append(block)
            j += 1
    return blocks, tables
