"""Tab-separated rows to table records: title row, header, rows as printed, notes, kind."""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import zip_longest

from kic_extract.clean import fix_text
from kic_extract.clean.pagebreaks import TextLine
from kic_extract.compiled import compiled
from kic_extract.data import tsv_rows
from kic_extract.segment.cards import label_field
from kic_extract.segment.cues import compact, cue_words
from kic_extract.segment.patterns import YEAR_HEADER

# the unit a table states for all its figures: `단위: 억 위안`, `(단위: 만 달러)`, `[단위 : %]`, in a note `단위는 건.`
# (a note in brackets may close the line: `단위: 개사 (입주 기업 수, 2028년 5월 말 기준)`)
_UNIT_NOTE = r"\s*(?:[(（][^()（）]*[)）])?\s*$"
TABLE_UNIT = compiled(r"[(\[（]?\s*단위(?:는|은)?\s*[:：]?\s*(?P<spec>[^()\[\]（）,]{1,15}?)\s*[)\]）]?\.?" + _UNIT_NOTE)
_TITLE_MAX_CHARS = 80
_FIGURE = compiled(r"^[\s\d.,%+\-−▲▼△]+$")
_BRACKETED = compiled(r"\([^()]{1,12}\)")
_WRAPPED_MAX_CHARS = 6  # the rest of a header cell wrapped onto a second row (`연도`), its unit and spaces aside
_UNIT_AFTER = compiled(r"\s*\([^()]*\)$")  # (`실질 성장률(%)`)


_NOTE_PARTS = compiled(r"(?<=[.)])\s+(?=\S)|\s+(?=(?:자료|출처)\s*[:：])")


def table_unit(text: str | None) -> str | None:
    """The unit a caption or a `단위:` line gives the whole table.

    >>> table_unit("표 1) 2025 년 상반기 GDP 상위 10 개 지역 (단위: 억 위안)"), table_unit("단위: %")
    ('억 위안', '%')
    >>> table_unit("2025 년 GDP 순위") is None, table_unit("표 1) 주요 지표 (2023~2025년)") is None
    (True, True)
    >>> table_unit("표 2) 2025 년 GDP 상위 10 개 성·시 (억 위안)"), table_unit("수출 증가율 (%)")
    ('억 위안', '%')
    >>> table_unit("단위: 개사 (입주 기업 수, 2028년 5월 말 기준)"), table_unit("표 3. 인큐베이터 (2028년 7월 말 기준, 개사)")
    ('개사', '개사')
    >>> [table_unit(t) for t in ("<표 2> GDP (억 위안, %)", "표 1) 수출 (1~7월, 누적)", "표 1) 흥행 (단위: 억 위안, 만 명)")]
    [None, None, None]
    >>> table_unit("(단위: 전년 동기 대비 증가율, %)"), table_unit("GDP 성장률 추이 (단위: %, 전년 동기 대비)")
    ('%', '%')
    >>> table_unit("(단위: %, 억 위안)") is None, table_unit("주요 사료·원료 평균 가격 추이 (위안/kg)")
    (True, '위안/kg')
    >>> table_unit("단위: 건 / 출처: 조직위원회 발표 자료 재구성"), table_unit("단위: 억 위안 / 2025년은 추정치")
    ('건', '억 위안')
    >>> table_unit("주: 단위 만 톤, 탄산리튬 환산(LCE) 기준"), table_unit("주: 단위 억 위안, 만 명")
    ('만 톤', None)

    """
    text = _SOURCE_TAIL.sub("", without_asides(text or ""))
    m = TABLE_UNIT.search(text) or _BARE_UNIT.search(text) or _NOTE_THEN_UNIT.search(text) or _UNIT_THEN_NOTE.search(text)
    if m and m.re is not TABLE_UNIT and not _is_unit(m["unit"]):
        return None  # `(2023~2025년)`: brackets closing a caption that hold no unit
    if m and m.re in (_NOTE_THEN_UNIT, _UNIT_THEN_NOTE) and any(
            (b := _BARE_UNIT.fullmatch(f"({_UNIT_WORD.sub('', part).strip()})")) and _is_unit(b["unit"])
            for part in m["note"].split(",")):
        return None  # `(억 위안, %)`, `(단위: 억 위안, 만 명)`: a unit for each of its columns (`table_units`), none for all
        # (but words on the figures before one unit are its note: `(단위: 전년 동기 대비 증가율, %)`)
    return fix_text(m["spec"].strip()) if m else None


# a caption closed by its unit in brackets, without `단위` (`표 2) … 상위 10 개 성·시 (억 위안)`)
_BARE_UNIT = compiled(r"\(\s*(?P<spec>[천백십]?\s*[조억만]?\s*(?P<unit>[^()\s\d][^()\s]*))\s*\)\s*$")
_UNIT_WORD = compiled(r"^\s*단위\s*[:：]")
# … or by a note and then its unit (`표 3. … 인큐베이터 (2028년 7월 말 기준, 개사)`)
_NOTE_THEN_UNIT = compiled(r"\((?P<note>[^()]+?),\s*(?P<spec>[천백십]?\s*[조억만]?\s*(?P<unit>[^()\s\d,][^()\s,]*))\s*\)\s*$")
# … or by `단위`, the unit and then a note on the figures (`(단위: %, 전년 동기 대비)`; in a note under the table, with no
# colon and a bracket in the note: `주: 단위 만 톤, 탄산리튬 환산(LCE) 기준`)
_UNIT_THEN_NOTE = compiled(r"[(\[（]?\s*단위(?:\s*[:：]\s*|\s+)(?P<spec>[천백십]?\s*[조억만]?\s*(?P<unit>[^()\s\d,][^()\s,]*))\s*,"
                           r"\s*(?P<note>(?:[^()\[\]（）]|\([^()]*\))+?)\s*[)\]）]?\s*$")


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(r["unit"] for r in tsv_rows("units.tsv"))


# the times a unit may be per (`톤/년`, a yearly capacity; `대/월`), no units of their own
PER_TIME = ("년", "연", "월", "일", "시간", "h")


def _is_unit(word: str) -> bool:
    """A unit of data/units.tsv, or one per another (`위안/kg`, `대/만 명`) or per a time (`톤/년`)."""
    if word in _unit_words():
        return True
    if word.count("/") != 1:
        return False
    unit, per = (part.strip().lstrip("천백십조억만").strip() for part in word.split("/"))
    return unit in _unit_words() and (per in _unit_words() or per in PER_TIME)


_TABLE_UNITS = compiled(r"[(\[（]?\s*단위\s*[:：]?\s*(?P<specs>[^()\[\]（）]{1,40}?)\s*[)\]）]?" + _UNIT_NOTE)
# what parts a caption's units (`억 위안, 만 명`, `억 위안/%`; not a unit per a time, `억 위안, 톤/년`)
_UNIT_SEPARATOR = compiled(r"\s*(?:[,、;·]|/(?!\s*(?:" + "|".join(PER_TIME) + r")(?![\p{Hangul}A-Za-z])))\s*")


# words in brackets after a unit that say how it is counted (`만 개(표준 랙 환산)`), no unit themselves
_UNIT_ASIDE = compiled(r"(?<=[^\s(（])\s*[(（](?P<inner>[^()（）:：,/、;·]{2,20})[)）](?=\s*(?:[,/、;·]|$))")


def without_asides(text: str) -> str:
    """A caption or `단위:` line without the words in brackets a unit carries (`단위: 만 개(표준 랙
    환산), %` → `단위: 만 개, %`); a unit in brackets stays (`입주기업(개)`, `… (억 위안)`).

    >>> without_asides("단위: 만 개(표준 랙 환산), %"), without_asides("단위: 입주기업(개), 면적(만㎡)")
    ('단위: 만 개, %', '단위: 입주기업(개), 면적(만㎡)')
    """
    if "(" not in text and "（" not in text:
        return text
    return _UNIT_ASIDE.sub(lambda m: m.group() if (u := _BARE_UNIT.fullmatch(f"({m['inner']})")) and u["unit"] in _unit_words()
                           else "", text)


# the rows a `단위:` line's brackets give units of their own (`단위: 만 대(배터리 교환소는 곳, 직류 비중은 %)`)
_ROW_UNITS = compiled(r"단위\s*[:：][^()（）]*[(（](?P<inner>[^()（）]+)[)）]")
_ROW_UNIT = compiled(r"\s*(?P<word>\S.*?)(?:은|는)\s+(?P<spec>[^\s,]+(?:\s+[^\s,]+)?)\s*")


def row_units(text: str | None) -> list[tuple[str, str]]:
    """The (words, unit) pairs a `단위:` line's brackets give the rows naming those words, where its unit is not theirs.

    >>> row_units("단위: 만 대(배터리 교환소는 곳, 직류 비중은 %)"), row_units("단위: 만 개(표준 랙 환산)")
    ([('배터리 교환소', '곳'), ('직류 비중', '%')], [])
    """
    m = _ROW_UNITS.search(text or "")
    if not m:
        return []
    out = []
    for part in m["inner"].split(","):
        if (p := _ROW_UNIT.fullmatch(part)) and _is_unit(p["spec"].lstrip("천백십조억만").strip()):
            out.append((p["word"].strip(), p["spec"]))
    return out


def table_units(text: str | None) -> tuple[str, ...]:
    """The units a caption gives its number columns in order, when it gives several
    (`(단위: 억 위안, 만 명)`); empty when it gives one or none.

    >>> table_units("표 1) 박스오피스 상위 5 편 (단위: 억 위안, 만 명)"), table_units("(단위: 억 위안)")
    (('억 위안', '만 명'), ())
    >>> table_units("<표 2> 2025년 지역별 GDP 상위 10위 (억 위안, %)"), table_units("상위 10 개 (2023, 2024)")
    (('억 위안', '%'), ())
    >>> table_units("(단위: 달러/톤, %)"), table_units("(단위: 억 위안/%)")
    (('달러/톤', '%'), ('억 위안', '%'))
    """
    text = _SOURCE_TAIL.sub("", without_asides(text or ""))
    m = _TABLE_UNITS.search(text)
    specs = _split_units(fix_text(m["specs"].strip())) if m else ()
    if not m and (bare := _BARE_UNITS.search(text)):
        # `<표 2> … 상위 10위 (억 위안, %)`: units alone in the brackets closing the caption
        specs = _split_units(fix_text(bare["specs"].strip()))
        if not all(_BARE_UNIT.fullmatch(f"({s})") and _BARE_UNIT.fullmatch(f"({s})")["unit"] in _unit_words()
                   for s in specs):
            specs = ()
    return specs if len(specs) > 1 else ()


def _split_units(specs: str) -> tuple[str, ...]:
    """A caption's units apart: by commas, where there are some, a slash then writing a unit per another (`달러/톤, %`);
    else by slashes too (`억 위안/%`)."""
    parts = [s.strip() for s in _COMMA_SEPARATOR.split(specs) if s.strip()]
    return tuple(parts) if len(parts) > 1 else tuple(s for s in _UNIT_SEPARATOR.split(specs) if s)


_COMMA_SEPARATOR = compiled(r"\s*[,、;]\s*")


# a column a caption's closing brackets name with its unit (`(입주 창업팀: 개, 2026년 말 기준)`)
COLUMN_UNIT = compiled(r"[(（]\s*(?P<word>(?!단위)[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z\s]{0,15}?)\s*[:：]\s*"
                       r"(?P<spec>[^()（）,:：]{1,10}?)\s*(?:,[^()（）]*)?[)）]\s*$")
# a unit a caption gives the columns one word names (`(상금 단위: 만 위안)` over `팀당 상금`, `상금 소계`)
QUALIFIED_UNIT = compiled(r"(?P<word>\p{Hangul}{1,6}(?:\s+\p{Hangul}{1,6}){0,2})\s+단위\s*[:：]\s*(?P<spec>[^()\[\]（）,]{1,15}?)\s*[)\]）]?\s*$")
# one part of those brackets: a column's word and its unit (`산업 규모: 억 위안`)
_COLUMN_PART = compiled(r"\s*(?P<word>(?!단위)[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z\s]{0,15}?)\s*[:：]\s*(?P<spec>[^()（）,:：]{1,10}?)\s*")


def column_units(text: str | None) -> list[tuple[str, str]]:
    """The columns a caption's closing brackets name, each with its unit, in order; the parts that
    name no column with a unit (`2026년 말 기준`) are left out.

    >>> column_units("선도구 현황 (입주기업: 개, 산업 규모: 억 위안)")
    [('입주기업', '개'), ('산업 규모', '억 위안')]
    >>> column_units("(입주 창업팀: 개, 2026년 말 기준)"), column_units("(단위: 억 위안)")
    ([('입주 창업팀', '개')], [])
    """
    if (m := COLUMN_UNIT.search(text or "")) is None:
        return []
    body = text[m.start() + 1:m.end()].rstrip().rstrip(")）")
    return [(part["word"], part["spec"]) for piece in body.split(",") if (part := _COLUMN_PART.fullmatch(piece))]


def named_units(text: str | None) -> dict[str, str]:
    """The columns a `단위:` line names, each with its unit (`단위: 입주기업(개), 면적(만㎡)`), in brackets or
    after the name (`단위: 조성 면적 ㎢, 입주 한국기업 개사`: every part a name and a unit of data/units.tsv).

    >>> named_units("단위: 입주기업(개), 면적(만㎡)"), named_units("(단위: 억 위안)")
    ({'입주기업': '개', '면적': '만㎡'}, {})
    >>> named_units("단위: 조성 면적 ㎢, 입주 한국기업 개사"), named_units("단위: 억 위안, %"), named_units("단위: 백만 달러, 만 명")
    ({'조성면적': '㎢', '입주한국기업': '개사'}, {}, {})
    >>> named_units("※ 단위: 첨단기술기업은 개, R&D 투입은 억 위안. 자료: 과학기술부 횃불센터")  # (a note under the table)
    {'첨단기술기업': '개', 'R&D투입': '억 위안'}
    >>> named_units("표 3) 단위: %, 전년 동기 대비는 %p / 출처: 중량롄항")  # (the others' unit first, unnamed)
    {'전년동기대비': '%p'}
    >>> named_units("단위: 생산량 억 점, 비중·증감률 %")
    {'생산량': '억 점', '비중': '%', '증감률': '%'}
    """
    m = _UNIT_LINE.match(text or "")
    if not m:
        return {}
    body = _UNITS_END.split(text[m.end():], maxsplit=1)[0]  # (not the source after them: `. 자료: …`)
    body = body.rstrip(" /|｜")  # (nor the bar before it: `… %p / 출처: 중량롄항`)
    bracketed = {compact(n["name"]): n["spec"].strip() for n in _NAMED_UNIT.finditer(body)}
    if bracketed:
        return bracketed
    named = {}
    for piece in body.rstrip(" )]）.").split(","):
        part = _NAME_THEN_UNIT.fullmatch(piece.strip())
        if part and part["unit"] in _unit_words() and compact(part["name"]) not in _MAGNITUDES:
            # (names joined by `·` share the unit: `비중·증감률 %`)
            for name in compact(part["name"]).split("·"):
                named[name] = f"{part['magnitude'] or ''}{part['unit']}".strip()
        elif not table_unit(f"(단위: {piece.strip()})"):
            return {}  # (but a unit alone is the one of the columns it names none for: `단위: %, 전년 동기 대비는 %p`)
    return named


_UNIT_LINE = compiled(r"\s*(?:[※*]\s*)?(?:표\s*\d{1,2}\s*[).]\s*)?[(\[（]?\s*단위\s*[:：]?\s*")  # (`표 3) 단위: …`)
_UNITS_END = compiled(r"\.\s+|\s*(?:자료|출처)\s*[:：]")
# a source a unit's line goes on to after a bar (`단위: 건 / 출처: …`)
# (or any note a unit's line goes on to after a spaced slash: `단위: 억 위안 / 2025년은 추정치`; not a unit's own, `위안/kg`,
# nor a bar between a table's number and its title, `표 1 | … (단위: %)`)
_SOURCE_TAIL = compiled(r"\s*[/|｜]\s*(?:자료|출처)\s*[:：].*$|(?<=단위[^/]{1,20})\s+/\s+\S.*$")

# a column's name and its unit, perhaps with a magnitude (`조성 면적 ㎢`, `투자액 억 위안`)
_NAME_THEN_UNIT = compiled(r"(?P<name>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z·&\s]{1,15}?)(?:은|는)?\s+(?P<magnitude>(?:천|만|십만|백만|천만|억|조)\s*)?(?P<unit>\S+)")
_MAGNITUDES = frozenset({"천", "만", "십만", "백만", "천만", "억", "조"})
_NAMED_UNIT = compiled(r"(?P<name>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z·\s]{0,15}?)\s*\((?P<spec>[^()]{1,8})\)")
_BARE_UNITS = compiled(r"\(\s*(?P<specs>[^()]{1,40}?)\s*\)\s*$")


def is_caption_line(text: str) -> bool:
    """A short line with no sentence end standing right above a table: its title or its unit."""
    text = text.strip()
    return 0 < len(text) <= _TITLE_MAX_CHARS and "\t" not in text and not text.endswith(("다.", "다", "."))


def merge_header_rows(header: list[str | None], below: list[str | None]) -> list[str | None] | None:
    """A header printed on two rows, group names over sub-columns, as one row; None when the
    row below is not a second header row (its first cell is printed, or it holds figures).

    >>> merge_header_rows(["품목", "수출", None, "수입", None], [None, "금액(억 달러)", "증가율(%)", "금액(억 달러)", "증가율(%)"])
    ['품목', '수출 금액(억 달러)', '수출 증가율(%)', '수입 금액(억 달러)', '수입 증가율(%)']

    Header cells wrapped onto the row below (`실질 성장률` over `(%)`, `지정` over `연도`, `주요` over `투자기관`)
    take their rest back, when the row below opens blank and prints only short words or units, no figure
    (a first row cannot open with a group cell to fill down):

    >>> merge_header_rows(["지역", "2026 년", "2027 년", "실질 성장률"], [None, None, None, "(%)"])
    ['지역', '2026 년', '2027 년', '실질 성장률(%)']
    >>> merge_header_rows(["고신구", "지정", "국내 기업", "계"], [None, "연도", "(개사)", None])
    ['고신구', '지정 연도', '국내 기업(개사)', '계']
    >>> merge_header_rows(["순위", "지역", "2027 년", "전년 대비"], [None, None, None, "실질 성장률(%)"])
    ['순위', '지역', '2027 년', '전년 대비 실질 성장률(%)']
    >>> merge_header_rows(["지표", "단위", "2027년", "2028년", "2028년"], [None, None, None, None, "전년 대비 증감"])
    ['지표', '단위', '2027년', '2028년', '2028년 전년 대비 증감']
    """
    printed = [cell for cell in (below or []) if cell]
    if header and None not in header[1:] and below and below[0] is None and printed \
            and all(_BRACKETED.fullmatch(c) or len(compact(_UNIT_AFTER.sub("", c))) <= _WRAPPED_MAX_CHARS and not _FIGURE.match(c)
                    for c in printed):
        return [f"{top}{'' if _BRACKETED.fullmatch(sub) else ' '}{sub}" if top and sub else (top or sub)
                for top, sub in zip_longest(header, below)]
    if not header or None not in header[1:] or (below and below[0] is not None):
        return None
    if any(cell and _FIGURE.match(cell) for cell in below) or not any(below):
        return None
    merged, group = [], None
    for c in range(max(len(header), len(below))):
        top = header[c] if c < len(header) else None
        sub = below[c] if c < len(below) else None
        group = top if top is not None else group
        merged.append(f"{group} {sub}" if group and sub else (sub or top))
    return merged


#: what a cell prints for a value it does not give (`-`, `N/A`, `…`): no figure and no amount
PLACEHOLDERS = frozenset({"-", "–", "—", "―", "N/A", "n/a", "NA", "…", "·"})


# (or the count of what it sums: `10개 도시 계`)
_SPAN_THEN_WORD = compiled(r"(?:(?:[\p{Hangul}·]{1,8}\s+)?\d+\s*(?:개년|년|개월|분기|곳|개(?:\s*\p{Hangul}+)?)"
                           r"|[상하]반기|연간|\d{1,2}\s*~\s*\d{1,2}\s*월)\s+(?P<w>\S+)")  # (`상반기 계`)


def sums_label(value: str, words) -> bool:
    """Whether a label cell names a sum of the rows (`합계`, `상위 10개 합계`, `10개 도시 총계`): one of the
    `words`, or a word of two syllables or more closing it.

    >>> sums_label("상위 10개 합계", ("합계", "계")), sums_label("설계", ("합계", "계")), sums_label("소계(달러)", ("소계",))
    (True, False, True)
    >>> sums_label("3개년 계", ("합계", "계")), sums_label("시스템 설계", ("합계", "계")), sums_label("AI 단백질 설 계", ("계",))
    (True, False, False)
    >>> sums_label("10개 도시 계", ("합계", "계")), sums_label("중부 6개 성 계", ("합계", "계")), sums_label("상반기 계", ("계",))
    (True, True, True)
    """
    word, spanned = _label_words(value)
    return word in words or any(len(w) > 1 and word.endswith(w) for w in words) or spanned is not None and spanned in words


@lru_cache(maxsize=4096)
def _label_words(value: str | None) -> tuple[str, str | None]:
    """A label cell's word, and the word after the span or count it opens with: what `sums_label`
    compares (asked of the same cells again and again, so kept)."""
    word = _UNIT_AFTER.sub("", compact(value)) or compact(value)  # (`소계(위안)`: the sum of the rows in 위안)
    # (`3개년 계`, `10개 도시 계`, `중부 6개 성 계`: a word of its own after the span of time or the count it sums)
    spanned = _SPAN_THEN_WORD.fullmatch(_UNIT_AFTER.sub("", value or "").strip())
    return word, spanned["w"] if spanned else None


def fill_group_cells(rows: list[list[str | None]]) -> tuple[list[list[str | None]], list[list[int]]]:
    """Blank cells merged with the cell above take its value: a group cell printed once for
    several rows. A blank is a merged cell when a later cell of its row is printed and either
    every cell before it is blank too (the leading group columns) or its column holds text, not
    figures. A blank in a column of figures is a missing value and stays blank. Returns the rows
    and the [row, column] of every filled cell.

    >>> fill_group_cells([["3", "쑤저우", "a"], [None, None, "b"], ["4", "선전", None]])
    ([['3', '쑤저우', 'a'], ['3', '쑤저우', 'b'], ['4', '선전', None]], [[1, 0], [1, 1]])
    >>> fill_group_cells([["1", "난산구", "x", "12"], ["2", None, "y", None]])[1]
    [[1, 1]]
    >>> fill_group_cells([["화둥", "항저우", "杭州", "9"], [None, "소계", None, "27"], ["소계", None, None, "21"]])[0][1:]
    [['화둥', '소계', None, '27'], ['소계', None, None, '21']]
    >>> fill_group_cells([["선전", "광밍과학성", "신소재", "14"], ["선전 소계", None, None, "81"]])[0][1]
    ['선전 소계', None, None, '81']
    >>> fill_group_cells([["1", "쓰촨성", "청두", "12.5"], ["2", None, "몐양", "4.0"], ["합계", "16.5"]])[1]
    [[1, 1]]
    >>> fill_group_cells([["10", "랴오닝성", "3.4"], [None, "기타", "9.8"]])[0][1]  # (the others' row, no rank)
    [None, '기타', '9.8']
    """
    width = max((len(r) for r in rows), default=0)
    totals = frozenset(cue_words("total"))
    subtotals = frozenset(cue_words("subtotal"))
    # (a total row printed short, its sums under the group columns, `합계 | 67.9 | 76`, makes no column one of figures)
    parts = [r for r in rows if not any(sums_label(value, totals) for value in r if value)]
    text_columns = {c for c in range(width)
                    if any(c < len(r) and r[c] for r in parts)
                    and not any(c < len(r) and r[c] and r[c].strip() not in PLACEHOLDERS and _FIGURE.match(r[c]) for r in parts)}
    # (a dash in a total row, `합계 | - | - | 29`, is no figure)
    # the columns of ranks or numbers (`7 | 후난성 | …`): a blank there beside a label of its row's own (`| 기타 | 1.9 | …`)
    # is no rank, while one beside a blank label shares the group's (`3 | 쑤저우 | a` / ` | | b`)
    numbered = {c for c in range(width) if all(r[c].strip().isdigit() for r in parts if c < len(r) and r[c])
                and any(c < len(r) and r[c] for r in parts)}
    out: list[list[str | None]] = []
    filled: list[list[int]] = []
    for r, row in enumerate(rows):
        row = list(row)
        printed = [c for c, value in enumerate(row) if value is not None]
        is_total = any(sums_label(value, totals) for value in row if value)
        # a 소계 row stays in its group, whose merged cell left of its label it shares; the cells
        # after the label are blank (`화둥 | 소계 | | 27`, `소계 | | | 21`)
        # (and a group's own, its name before the word: `선전 소계 | | | 81`)
        label = next((c for c, value in enumerate(row) if value and sums_label(value, subtotals)), None)
        # (but a total the group goes on after, its next row's group cell blank, is the group's: `디지털경제 규모 |
        # 디지털 산업화 | …` / ` | 계 | …` / ` | GDP 대비 비중 | …`)
        within = is_total and r + 1 < len(rows) and bool(rows[r + 1]) and rows[r + 1][0] is None and row[0] is None
        if out and printed and (not is_total or within):  # a 총계 row spans every group: its blank cells are blank
            above = out[-1]
            for c in range(min(printed[-1], len(above), len(row) if label is None else label)):
                if row[c] is None and above[c] is not None and (c < printed[0] or c in text_columns and not within) \
                        and not (c in numbered and c + 1 < len(row) and row[c + 1] is not None):
                    row[c] = above[c]
                    filled.append([r, c])
        out.append(row)
    return out, filled


def split_cells(text: str) -> list[str | None]:
    """Cells of a tab-separated row, cleaned; a blank cell is None.

    >>> split_cells("2\\t\\t종사인력 만 명 당 발명특허 보유량\\t약 1000 건")
    ['2', None, '종사인력 만 명 당 발명특허 보유량', '약 1000건']
    """
    return [fix_text(cell.strip()) or None for cell in text.split("\t")]


def label_pairs(rows: list[list[str | None]]) -> bool:
    """Whether a table's rows are a card's fields, a label and its value each: two cells a row, a name label first and
    a founding or funding label among them (data/card_labels.tsv).

    >>> label_pairs([["기업명", "北京天工行具身智能科技有限公司"], ["설립", "2028.07.15"], ["투자 유치", "엔젤 3,000만 위안"]])
    True
    >>> label_pairs([["지역", "광둥성"], ["설립", "2028"]]), label_pairs([["기업명", "A", "2"], ["설립", "2028", "3"]])
    (False, False)
    """
    printed = [[c for c in row if c] for row in rows]
    fields = [label_field(row[0]) for row in printed if len(row) == 2]
    return len(rows) >= 3 and len(fields) == len(rows) and fields[0] == "name" and bool({"founded", "funding"} & set(fields))


def classify_table(header: list[str | None]) -> str:
    """The table's kind, from its header.

    >>> classify_table(["목표", "2020년", "2025년", "속성"])
    'indicator'
    >>> classify_table(["기업", "CATL 宁德时代", "창립연도", "2011.12.16"]), classify_table(["기업", "윈투즈자", "설립연도", "2022.7.5"])
    ('company_card', 'company_card')
    >>> classify_table(["기업", "분야", "투자", "금액"])
    'other'
    """
    cells = [c for c in header if c]
    labels, values = [label_field(c) for c in cells[::2]], [label_field(c) for c in cells[1::2]]
    if len(cells) >= 4 and labels[0] == "name" and {"founded", "funding"} & set(labels) and not any(values):
        return "company_card"  # label/value pairs, a name first (data/card_labels.tsv), the values no labels
    if any("공상은행" in c for c in cells) and any("고신구" in c for c in cells):
        return "icbc_branches"
    if any(YEAR_HEADER.match(c) for c in cells):
        return "indicator"
    return "other"


def rows_to_table(rows: list[TextLine], notes: list[TextLine], captions: list[TextLine] = (),
                  below: TextLine | None = None) -> dict:
    """A table record (without ids) from its tab-separated lines, the note lines under it and
    the caption lines above it (a title, a `단위:` line); `below`, the line right under its rows, may
    give its unit (`※ 단위: 억 위안(기업 비중 제외). 자료: 국가통계국`), read as a note's.

    A first row with one filled cell and the rest blank is the title; the next row is the
    header, except for company cards, whose rows are all label/value pairs. Blank group cells
    are filled down (and listed in `filled`).
    """
    cells = [split_cells(r.text) for r in rows]
    title = unit = None
    for caption in captions:
        text = fix_text(caption.text.strip())
        spec = table_unit(text)
        if text.lstrip("([（").startswith("단위") and (len(named_units(text)) > 1 or not spec and table_units(text)):
            continue  # `단위: 입주기업(개), 면적(만㎡)`: a unit for each column it names, none for all (`단위: 조 위안, %`: no title)
        if spec and text.lstrip("([（").startswith("단위"):
            unit = spec
        elif title is not None and COLUMN_UNIT.fullmatch(text):
            continue  # `표 2) …` over `(금액: 억 위안)`: the unit of the column the word names, under the title
        else:
            # (`시상 내역 (상금 단위: 만 위안)`: the unit of the columns the word names, not of all)
            title, unit = text, (None if QUALIFIED_UNIT.search(text) else spec) or unit
    if len(cells) > 1 and sum(c is not None for c in cells[0]) == 1 and cells[0][0] is not None:
        title = cells[0][0]
        unit = table_unit(title) or unit
        cells, rows = cells[1:], rows[1:]
    for note in [*notes, *([below] if below is not None and "단위" in below.text else [])]:
        # (`※ 단위: 억 위안(기업 비중 제외). 자료: 국가통계국`: the unit in a note's sentence of its own)
        # (or in its part before the source: `표 1) 단위: 억 달러, 출처: 해관총서`)
        unit = unit or next((u for part in _NOTE_PARTS.split(note.text) if (u := table_unit(part.rstrip(". /|｜,，;")))), None)
    header, body = cells[0], cells[1:]
    body_lines = [r.line_start for r in rows[1:]]
    merged = merge_header_rows(header, body[0]) if body else None
    if merged is not None:
        header, body, body_lines = merged, body[1:], body_lines[1:]
    if unit is None and header and header[0] and ("단위" in header[0] or body and all(
            row and row[0] and not _FIGURE.match(row[0]) for row in body)):
        # `프로그램 (단위: 개사)`, `도시(억 위안)` heading the row labels: the unit of every figure
        unit = table_unit(header[0])
    kind = classify_table(header)
    if kind == "company_card" and body and not any(label_field(row[0]) for row in body if row and row[0]):
        kind = "other"  # `기업 | 생산기지 | 투자액 | …` over `닝더스다이 | 헝가리 데브레첸 | …`: a grid, its rows no card's fields
    if kind == "other" and label_pairs(cells):
        kind = "company_card"  # `기업명 | 北京天工行…` / `설립 | 2028.07.15` / `투자 유치 | 엔젤 …`: a card, a field a row
    if kind == "company_card":
        header, body, body_lines = [], cells, [r.line_start for r in rows]
    body, filled = fill_group_cells(body) if kind != "company_card" else (body, [])
    return {
        "title": title,
        "unit": unit,
        "header": header,
        "rows": body,
        "filled": filled,
        "row_lines": body_lines,
        "notes": [fix_text(n.text) for n in notes],
        "kind": kind,
    }
