"""Company profiles printed as lines of fields rather than as a table: a name line, then fields
written `label: value`, `label | value`, `- label: value`, `[label] value`, two to a line (`설립：2022년 2월　본사：…`),
or parted by bars (`설립 2021 년 | 상하이(上海) | 유연 전극 BCI`). Such a run becomes a
`company_card` table, one row per line, so its funding is read like a printed card's.
"""

from __future__ import annotations

from functools import cache


from kic_extract.clean import fix_text
from kic_extract.compiled import compiled
from kic_extract.clean.pagebreaks import TextLine
from kic_extract.segment.cues import card_labels, compact, cue_words
from kic_extract.segment.patterns import SOURCE_NOTE

# a card field's label: a word or a few, perhaps a round's name with its plus (`시리즈 A+`)
LABEL = r"[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z /·]{0,11}?\+?"
# a field: a short label (no digits), a colon or bar, a value
# (a label may open with the year it is for: `2026년 매출: 약 9억 위안`)
_FIELD = compiled(rf"(?P<label>(?:(?:19|20)\d{{2}}\s*년\s+)?{LABEL})\s*[:：|｜│▸►]\s*(?P<value>\S.*?)"
                       rf"(?=(?:\s{{2,}}|\t\s*){LABEL}\s*[:：]|$)")  # (two to a line, apart or a tab apart)
# a mark opening every line of a profile: a dash or bullet, a bar drawn down its left side, a tree's
# branch (`├ 설립: …`, `└ 투자: …`)
_MARKER = compiled(r"^\s*[-·ㆍ∙・▪•◦▷▹‣┃│▌├└┣┗]\s*")
_CLOSING = compiled(r"[└┗]")
_SHAPE_MARKER = compiled(r"^\s*(?:[◇◆○●■□▶►]|ㅇ(?=\s))\s*")  # (`ㅇ`, the letter, is the bullet of Korean reports)
# a line of values parted by bars (`설립 2021 년 | 상하이(上海) | …`, `2019. 9 설립 ｜ 장쑤성 우시시`)
# a mark opening a profile's name line (`◇ CARD 1 ─ 링시커지(灵犀科技) | LingXi Robotics`), which is no field
# (or a numbered tag: `[01] 톈수로보틱스 | Tianshu Robotics`, `[기업 ②] 링펑즈페이(凌峰智飞)`; or a tag before a name
# glossed in Chinese: `[기업 카드] 링지로봇(灵肌机器人)`)
_NAME_MARK = compiled(r"^\s*(?:[◇◆◈●■□▣▶▷┌┏①-⑳]|\[[^\]]{0,12}?\s?[①-⑳\d]{1,2}\]"
                      r"|[\[【][^\]】]{1,12}[\]】]\s*(?=[^\s()\[\]][^()\[\]]{0,30}\(\p{Han}[^()]*\)\s*$))")
_LABEL_PARTS = compiled(r"[/·]")
_BRACKET_LABEL = compiled(rf"[\[［【]\s*(?P<label>{LABEL})\s*[\]］】]\s*")
_DOTS = compiled(r"\s+[·┃─]\s+")  # (`설립 2022년 5월 ┃ 본사 …`: a heavy bar parts fields as a dot does, a dash too, `… ─ 설립 2018 년 ─ …`)
_SLASH = compiled(r"\s+/\s+")
_ASIDE = compiled(r"\([^()]*\)")
_DASHED = compiled(rf"(?P<label>{LABEL})\s+[─━—–]\s+(?P<value>\S.*)$")  # (a card label, a dash)
_DRAWN = compiled(r"[┃│├└┣┗]")
_COLON_NEXT = compiled(r"\s*[:：]")
_BARS = compiled(r"\S\s+[|｜│]\s+\S")
_BAR = compiled(r"\s*[|｜│]\s*")
_FIELD_BAR = compiled(r"\s*[|｜│┃]\s*")  # (a heavy bar too, between fields each with its colon)
SENTENCE_CLOSED = compiled(r"다\.\s*$")  # (a line closing a sentence of prose)
_NOTE_LINE = compiled(r"\s*※")  # (a note under cards, `※ 기업 정보는 … 투자 금액은 공개 기준임.`)
# a card label with no value on its line (`- 투자 이력 :`), and one of the items under it (`  · 2028.09 시드 …`)
# a label with no value, its items on the lines below (`- 투자 이력 :`; with no colon, a card label whole: `│ 투자 유치 이력`,
# `· 투자 이력`, `▶ 투자 유치 이력`)
_EMPTY_FIELD = compiled(rf"^\s*(?:[-·ㆍ•▪┃│├▶►▸]\s*)?(?P<label>{LABEL})(?P<colon>\s*[:：])?\s*$")
_ITEM = compiled(r"^\s*(?:[┃│]\s*)?[-·ㆍ•▪◦]\s+(?P<value>\S.*)$")  # (an item in a drawn frame: `│  - 시드 1,500 만 위안`)
# the date a round's item may open with (`2030.05 시리즈 A — …`, `2031년 8월 엔젤 …`)
_ROUND_DATE = compiled(r"(?:19|20)\d{2}(?:\s*(?:[./-]|년)\s*\d{1,2}\s*월?)?\.?\s+")
SEPARATORS = compiled(r"[:：|｜│▸►]")  # what parts a label from its value, or values
MIN_FIELD_LINES = 2
_NAME_MAX_CHARS = 60


def line_to_fields(text: str) -> list[str | None] | None:
    """A profile line's cells, label and value by turns (a value the line gives no label to has a
    null label), or None when the line is not one of fields.

    >>> line_to_fields("- 자금 조달: 누적 100억 위안 이상"), line_to_fields("자금 | 누적 약 8억 위안")
    (['자금 조달', '누적 100억 위안 이상'], ['자금', '누적 약 8억 위안'])
    >>> line_to_fields("설립：2022년 2월　　본사：베이징시 하이뎬구(海淀区)")
    ['설립', '2022년 2월', '본사', '베이징시 하이뎬구(海淀区)']
    >>> line_to_fields("설립 2032.11 / 본사 저장성 항저우(杭州) / 대표 류칭윈(刘清云)")
    ['설립', '2032.11', '본사', '저장성 항저우(杭州)', '대표', '류칭윈(刘清云)']
    >>> line_to_fields("설립 2021 년 | 상하이(上海) | 유연 전극 기반 침습형 BCI")
    ['설립', '2021년', None, '상하이(上海)', None, '유연 전극 기반 침습형 BCI']
    >>> line_to_fields("지출 규모: 전국 지출은 22 조 위안으로 2.1% 증가했다.") is None
    True
    >>> line_to_fields("투자 시리즈 B 약 7억 위안 / 누적 15억 위안 이상"), line_to_fields("투자 규모는 늘었다.")
    (['투자', '시리즈 B 약 7억 위안 / 누적 15억 위안 이상'], None)
    >>> line_to_fields("│ 누적 조달 약 16억 위안"), line_to_fields("└ 한 줄 평: 매출이 빠르게 늘고 있다.")
    (['누적 조달', '약 16억 위안'], ['한 줄 평', '매출이 빠르게 늘고 있다.'])
    >>> line_to_fields("│ 설립 2022년 8월 · 본사 상하이 · 대표 린하오(林浩)"), line_to_fields("설립 2023. 05 · 베이징")
    (['설립', '2022년 8월', '본사', '상하이', '대표', '린하오(林浩)'], ['설립', '2023. 05 · 베이징'])
    >>> line_to_fields("  ▷ 설립·본사 : 2023년 5월, 상하이 민항구(闵行区)")
    ['설립·본사', '2023년 5월, 상하이 민항구(闵行区)']
    >>> line_to_fields("┃ 자금 ▸ 시리즈 C 약 8억 위안, 누적 20억 위안 이상"), line_to_fields("  └ 투자: 시리즈 A+ 1억 위안 이상")
    (['자금', '시리즈 C 약 8억 위안, 누적 20억 위안 이상'], ['투자', '시리즈 A+ 1억 위안 이상'])
    >>> line_to_fields("   [설립] 2021년  [소재지] 장쑤성 쑤저우시  [대표] 쉬정(徐征)")
    ['설립', '2021년', '소재지', '장쑤성 쑤저우시', '대표', '쉬정(徐征)']
    >>> line_to_fields("설립 : 2023년 3월 │ 본사 : 베이징시 하이뎬구"), line_to_fields("┃ 설립 : 2029.08 ┃ 본사 : 칭다오(青岛)")
    (['설립', '2023년 3월', '본사', '베이징시 하이뎬구'], ['설립', '2029.08', '본사', '칭다오(青岛)'])
    >>> line_to_fields("   설립 2020년 9월 ┃ 본사 광둥성 선전시 바오안구(宝安区)")
    ['설립', '2020년 9월', '본사', '광둥성 선전시 바오안구(宝安区)']
    >>> line_to_fields(" ◇ 투자 현황: 시리즈 B 완료, 누적 약 12억 위안"), line_to_fields("◇ CARD 1 ─ 링시커지(灵犀科技)")
    (['투자 현황', '시리즈 B 완료, 누적 약 12억 위안'], None)
    >>> line_to_fields("┃ 2026년 매출: 약 9억 위안")
    ['2026년 매출', '약 9억 위안']
    >>> line_to_fields("   투자 현황 누적 3억 달러 이상 (최근 라운드: 시리즈 C 1억 5,000만 달러)")
    ['투자 현황', '누적 3억 달러 이상 (최근 라운드: 시리즈 C 1억 5,000만 달러)']
    >>> line_to_fields("투자 이력 ─ 엔젤 5,000만 위안(2026.09) ▸ 시리즈 A 3억 위안(2028.02)")
    ['투자 이력', '엔젤 5,000만 위안(2026.09) ▸ 시리즈 A 3억 위안(2028.02)']
    >>> line_to_fields("투자 2029.02 시드 600 만 위안 ▸ 2030.07 시리즈 A 1 억 위안"), line_to_fields("- 투자 이력 :")
    (['투자', '2029.02 시드 600만 위안 ▸ 2030.07 시리즈 A 1억 위안'], None)
    """
    marker = _MARKER.match(text.strip())
    if not marker and (shape := _SHAPE_MARKER.match(text.strip())) \
            and (labelled := _FIELD.match(text.strip(), shape.end())) and (label_field(labelled["label"]) is not None
                                                                         or _COLON_NEXT.match(text.strip(), labelled.end("label"))):
        # `◇ 투자 현황: 시리즈 B 완료, …`, `○ 사업 분야 : …`: a shape a name line may open with, before a card label or
        # any label and its colon
        marker = shape
    text = text.strip()[marker.end():] if marker else text.strip()
    if not text:
        return None
    if cells := _label_value_cells(text):
        return [fix_text(cell) for cell in cells]  # (`설립`, `2032.9`, `본사`, `톈진 빈하이신구` a tab apart)
    if (dashed := _DASHED.match(text)) and label_field(dashed["label"]) is not None:
        return [fix_text(dashed["label"]), fix_text(dashed["value"])]  # `투자 이력 ─ 엔젤 5,000만 위안(2026.09) ▸ …`
    if _BRACKET_LABEL.match(text):
        # `[설립] 2021년  [소재지] 장쑤성 쑤저우시  [대표] 쉬정(徐征)`: labels in brackets, read as `label: value`
        text = _BRACKET_LABEL.sub(lambda m: f"{m['label']}: ", text)
    if SENTENCE_CLOSED.search(text) and not (marker and _DRAWN.search(marker.group())):
        # a sentence is prose, unless the line hangs from a drawn frame (`└ 한 줄 평: …있다.`) or a
        # card label opens it (`· 한 줄 평: … 진행 중이다.`)
        opening = _FIELD.match(text)
        if not (opening and label_field(opening["label"]) is not None):
            return None
    if not SEPARATORS.search(_ASIDE.sub("", text)):
        # no colon or bar but in a bracketed aside (`누적 약 18억 위안 (최근 라운드: 시리즈 B)`): fields where a card label of one or two words opens the line or each of
        # its parts (`투자 시리즈 B 약 7억 위안`, `설립 2022년 8월 · 본사 상하이 · 대표 린하오(林浩)`)
        split = _DOTS.split(text)
        parts = [_labelled(part) for part in split]
        if len(split) == 1 and all(slashed := [_labelled(part) for part in _SLASH.split(text)]) and len(slashed) > 1:
            # (a slash parts fields only between labelled ones, `설립 2032.11 / 본사 저장성 항저우(杭州) / 대표 …`; rounds
            # it lists stay one value, `투자 시드 1,200만 위안(…) / 시리즈 A 1억 8,000만 위안(…)`)
            split, parts = _SLASH.split(text), slashed
        if not all(parts) and parts[0] and sum(map(bool, parts)) >= 2:
            # (a part with no label among labelled ones is a value of its own: `… ─ 이번 조달 8 억 위안 ─ 누적 약 25 억 위안`)
            parts = [part or [None, fix_text(raw.strip())] for part, raw in zip(parts, split)]
        fields = [cell for part in parts for cell in part] if all(parts) else _labelled(text)
        if fields is None and marker and _CLOSING.search(marker.group()):
            return [None, fix_text(text)]  # `┗ 관절 모듈을 자체 생산해 …`: a closing note under the fields
        return fields
    parts = _FIELD_BAR.split(text)
    if len(parts) > 1 and all((f := _FIELD.fullmatch(part)) and label_field(f["label"]) is not None for part in parts):
        # `설립 : 2023년 3월 │ 본사 : 베이징시 하이뎬구`, `설립 : 2029.08 ┃ 본사 : 칭다오(青岛)`: labelled fields parted by bars
        return [fix_text(cell.strip()) for part in parts for cell in _FIELD.fullmatch(part).group("label", "value")]
    fields = list(_FIELD.finditer(text))
    labelled = bool(fields) and fields[0].start() == 0 and label_field(fields[0]["label"]) is not None
    if _BARS.search(text) and not (labelled and len(_BAR.findall(text)) == 1):
        # values parted by bars; one bar after a card label parts the label from its value
        return [cell for value in _BAR.split(text) for cell in _bar_cell(fix_text(value))]
    if not fields or fields[0].start() != 0:
        # (a card label and no colon, its value holding an arrow: `투자 2029.02 시드 600 만 위안 ▸ 2030.07 시리즈 A …`)
        return _labelled(text) if not SENTENCE_CLOSED.search(text) and not _COLON_NEXT.search(text) else None
    return [cell for m in fields for cell in (fix_text(m["label"].strip()), fix_text(m["value"].strip()))]


def opens_with_round(value: str) -> bool:
    """Whether a value with no label names a funding round first, perhaps after its date (data/table_cues.tsv,
    `round`): such a value is funding.

    >>> opens_with_round("2030.05 시리즈 A — 1억 8,000만 위안"), opens_with_round("시리즈 A 약 8,500만 달러")
    (True, True)
    >>> opens_with_round("2031년 8월 엔젤 2,000만 위안"), opens_with_round("2030.05 본사 이전")
    (True, False)
    """
    date = _ROUND_DATE.match(value)
    rest = compact(value[date.end():] if date else value)
    return any(rest.startswith(w) for w in cue_words("round"))


def _round_value(text: str) -> str | None:
    """A profile's line that is a round or the sum raised, with no label (`opens_with_round`), after its item's
    bullet or its frame, if any; None when the line is none or a sentence (`누적 투자액은 … 늘었다.`).

    >>> _round_value("┃ 누적 약 1 억 5,000 만 달러"), _round_value("  · 2030.05 시리즈 A — 1억 위안")
    ('누적 약 1 억 5,000 만 달러', '2030.05 시리즈 A — 1억 위안')
    >>> _round_value("누적 투자액은 10억 위안으로 늘었다."), _round_value("┃ 대표 왕루이(王睿)")
    (None, None)
    """
    item = _ITEM.match(text)
    value = (item["value"] if item else text[_MARKER.match(text).end():] if _MARKER.match(text) else text).strip()
    return value if value and opens_with_round(value) and not SENTENCE_CLOSED.search(value) else None


def field_cells(row: list[str | None], c: int) -> list[tuple[int, str]]:
    """(column, value) of the field whose label is cell `c`: its value and the values after it the
    line gives no label, when the label is a funding one (`최근 투자 | 2026년 6월 시리즈 B | None | 약 7억
    위안`: the round, then its amount); other fields' unlabelled values are their own (`설립 | 2021년 |
    None | 상하이(上海)`: the place, not the founding).

    >>> field_cells(["최근 투자", "2026년 6월 시리즈 B", None, "약 7억 위안", "누적", "15억 위안"], 0)
    [(1, '2026년 6월 시리즈 B'), (3, '약 7억 위안')]
    >>> field_cells(["설립", "2021년", None, "상하이(上海)"], 0)
    [(1, '2021년')]
    """
    cells = [(c + 1, row[c + 1])] if c + 1 < len(row) and row[c + 1] else []
    if label_field(row[c] or "") == "funding":
        k = c + 2
        while k + 1 < len(row) and row[k] is None and row[k + 1]:
            cells.append((k + 1, row[k + 1]))
            k += 2
    return cells


def _labelled(text: str) -> list[str] | None:
    """A field written `label value` with no separator, the label one to three words of card_labels.tsv
    (`투자 시리즈 B …`, `누적 조달 약 16억 위안`, `한 줄 평 …`)."""
    words = text.split(None, 3)  # (a label set off by two spaces, `투자 이력  엔젤 1,500 만 위안(2028) → …`)
    if len(words) <= 3 and "".join(words) in card_labels():
        return None  # (`투자 유치 이력`: a label alone, its value on the lines below it)
    for n in (3, 2, 1):
        if len(words) > n and _opens_unmarked("".join(words[:n])):
            return [" ".join(words[:n]), fix_text(" ".join(words[n:]).strip())]
    return None


@cache
def label_field(label: str) -> str | None:
    """The companies.json field a card label fills (data/card_labels.tsv), read with white space
    removed: the label itself, else the first of its parts that is one (`설립/본사`), else the
    longest founding or funding label it opens with (`투자 이력`, `누적 유치액`); None when it is none.

    >>> label_field("설립 연도"), label_field("설립/본사"), label_field("투자 이력"), label_field("누적 유치액"), label_field("기업 소개")
    ('founded', 'founded', 'funding', 'funding', None)
    """
    key = "".join(label.split())
    labels = card_labels()
    if key in labels:
        return labels[key]
    for part in _LABEL_PARTS.split(key):
        if part in labels:
            return labels[part]
    # a founding or funding label opening a longer one (`투자 이력`); a name label never does (`기업 소개`)
    opening = [known for known, field in labels.items() if len(known) > 1 and key.startswith(known)
               and field in ("founded", "funding")]
    return labels[max(opening, key=len)] if opening else None


def _opens_unmarked(key: str) -> bool:
    """Whether a card label may open a field with no colon or bar after it: any but a name label (`회사 개요 …` is no
    company named `개요`)."""
    return card_labels().get(key, "name") != "name"


def _bar_cell(value: str) -> tuple[str | None, str]:
    """A bar-parted cell as label and value: `설립 2021년` opens with a label, `상하이(上海)` has none (nor `회사 개요 …`:
    a name label is read only before its colon or bar)."""
    word, _, rest = value.partition(" ")  # (the longest label first: `누적 조달 6억 위안` is no field `누적`)
    return _labelled(value) or ((word, rest) if rest and _opens_unmarked(word) else (None, value))


def _is_company(rows: list[list[str | None]]) -> bool:
    """Whether fields are a company's: one is its founding or its funding."""
    return any(label_field(label) in ("founded", "funding")
               for row in rows for label in row[0::2] if label)


_MARKED = compiled(r"^\s*[^\w\s(（'\"‘“\[]")  # a line opening with a mark (`▷ 업계 시각`, `【기업 카드 ②】 …`)


_LABELLED_CELL = compiled(rf"\s*{LABEL}\s*[:：]\s*\S")


def tab_parted_fields(text: str) -> bool:
    """Whether a line holding tabs is card fields a tab apart, each cell a card label, its colon and a value.

    >>> tab_parted_fields("설립: 2029 년 11 월\\t본사: 선전 광밍구(光明区)"), tab_parted_fields("광둥성\\t13조 5,673억")
    (True, False)
    """
    cells = [cell for cell in text.split("\t") if cell.strip()]
    return len(cells) > 1 and all(_LABELLED_CELL.match(cell) and label_field(cell.split(":")[0].split("：")[0].strip())
                                  is not None for cell in cells) or _label_value_cells(text) is not None


def _label_value_cells(text: str) -> list[str] | None:
    """The cells of a line of labels and values a tab apart by turns, each label a card label with no colon (`설립`,
    `2032.9`, `본사`, `톈진 빈하이신구`); None for any other line.

    >>> _label_value_cells("설립\\t2032.9\\t본사\\t톈진 빈하이신구"), _label_value_cells("광둥성\\t412\\t438")
    (['설립', '2032.9', '본사', '톈진 빈하이신구'], None)
    >>> _label_value_cells("누적 투자\\t9 억 위안 이상")
    ['누적 투자', '9 억 위안 이상']
    """
    cells = [cell.strip() for cell in text.strip().split("\t")]
    if len(cells) < 2 or len(cells) % 2 or not all(cells[1::2]):
        return None
    return cells if all(not _COLON_NEXT.search(cell) and label_field(cell) is not None for cell in cells[::2]) else None


def profile_span(lines: list[TextLine]) -> tuple[int, int, list[list[str | None]]] | None:
    """Where a chunk opens with a profile: the index of its first field line (0, or 1 under a name
    line), the index past its last, and the rows of its field lines; None when the chunk does not
    open with fields. Prose after the fields (`☞ 손가락 관절마다 …`) ends the profile.

    >>> from kic_extract.ingest import Line
    >>> chunk = [TextLine.from_line(Line(n, t)) for n, t in enumerate(
    ...     ["◎ 칭타오에너지(清陶能源)", "- 설립연도: 2016 년", "- 자금 조달: 누적 100억 위안 이상"], 1)]
    >>> profile_span(chunk)
    (1, 3, [['설립연도', '2016년'], ['자금 조달', '누적 100억 위안 이상']])
    >>> profile_span(chunk + [TextLine.from_line(Line(4, "☞ 전고체 배터리를 양산한다."))])[:2]
    (1, 3)
    >>> profile_span([TextLine.from_line(Line(n, t)) for n, t in enumerate(["일 시: 3월 25일", "장 소: 베이징"], 1)])
    >>> profile_span([TextLine.from_line(Line(n, t)) for n, t in enumerate(
    ...     ["【기업 카드 2】 싱투커지(星图科技)", "설립 2025년 9월 | 본사 베이징시 | 투자 약 9,000만 달러", "GUI 에이전트를 만든다."], 1)])
    (1, 2, [['설립', '2025년 9월', '본사', '베이징시', '투자', '약 9,000만 달러']])
    >>> profile_span([TextLine.from_line(Line(n, t)) for n, t in enumerate(
    ...     ["[기업 카드] 링지로봇(灵肌机器人)", "설립: 2026 년 3 월 | 본사: 항저우시", "투자 유치: 시리즈 B 4억 위안"], 1)])[:2]
    (1, 3)
    >>> profile_span([TextLine.from_line(Line(n, t)) for n, t in enumerate(
    ...     ["◇ 칭위안수소(清源氢能)", "- 설립 : 2028년 2월", "- 투자 이력 :", "  · 2028.09 시드 1,200만 위안"], 1)])[2]
    [['설립', '2028년 2월'], ['투자 이력', None], ['투자 이력', '2028.09 시드 1,200만 위안']]
    """
    first = line_to_fields(lines[0].text)
    # (a mark names a card, unless the line is a card's field: `▶ 설립: 2023 년 5 월 (상하이 푸둥신구)`)
    start = 0 if first and (not _NAME_MARK.match(lines[0].text)
                            or any(label_field(label) is not None for label in first[0::2] if label)) else 1
    if start == 1 and (len(lines[0].text) > _NAME_MAX_CHARS or SENTENCE_CLOSED.search(lines[0].text)):
        return None
    rows, held = [], None
    for line in lines[start:]:
        row = line_to_fields(line.text)
        if row is None and (empty := _EMPTY_FIELD.match(line.text)) and label_field(empty["label"]) is not None \
                and (empty["colon"] or "".join(empty["label"].split()) in card_labels()):
            held = fix_text(empty["label"].strip())  # `- 투자 이력 :`, its items on the lines below it
            row = [held, None]
        elif row is None and held is not None and (item := _ITEM.match(line.text)):
            row = [held, fix_text(item["value"])]  # (`  · 2028.09 시드 1,200만 위안`: the label's, filled down)
        elif row is None and rows and (value := _round_value(line.text)):
            # (`· 2030.05 시리즈 A — 1 억 8,000 만 위안`: a round, no label over it; `┃ 누적 약 1 억 5,000 만 달러`: the sum)
            row = [None, fix_text(value)]
        else:
            held = None
        if row is None:
            break
        rows.append(row)
    end = start + len(rows)
    # (one line of fields under a name line is a profile when it gives two card labels or more:
    # `【기업 카드 1】 선지즈넝(深极智能)` over `설립 2026년 5월 | 본사 … | 분야 … | 투자 누적 3억 위안 이상`)
    labels = sum(label_field(label) is not None for row in rows for label in row[0::2] if label)
    if (len(rows) < MIN_FIELD_LINES and not (start == 1 and labels >= 2)) or not _is_company(rows) \
            or end < len(lines) and not SENTENCE_CLOSED.search(lines[-1].text) and not SOURCE_NOTE.match(lines[-1].text) \
            and not _NOTE_LINE.match(lines[-1].text) \
            and not _MARKED.match(lines[end].text) and profile_span(lines[end:]) is None:
        # (prose after the fields ends with a sentence, or a note under it: `*출처: 각 사 공개 자료`, `※ 기업 정보는 … 공개
        # 기준임.`; or a heading
        # or another card follows, as a PDF's reader sets them with no blank line between: `【기업 카드 ②】 …` / `· 설립: …`,
        # `▷ 업계 시각`)
        return None  # `일 시: …`, `장 소: …` under an event: fields, but no company's
    return start, end, rows


# a card's name opening a line of its fields, after a kind in brackets (`[기업 카드] 칭윈칩(擎云芯片) | 설립 2021 년 | …`)
_CARD_LINE = compiled(r"^\s*(?:[\[【][^\]】]{1,12}[\]】]\s*)?(?P<name>[^|｜│]{1,40}?\([^()|｜│]+\))\s*[|｜│]\s*(?P<fields>\S.*)$")


def line_to_card(line: TextLine) -> dict | None:
    """A card printed on one line, its name and then its fields parted by bars, as a `company_card` table
    record (without ids); None when the line is not one.

    >>> from kic_extract.ingest import Line
    >>> card = line_to_card(TextLine.from_line(Line(7, "[기업 카드] 칭윈칩(擎云芯片) | 설립 2021 년 | 본사 상하이 | 분야 AI 칩")))
    >>> card["title"], card["rows"], card["row_lines"]
    ('칭윈칩(擎云芯片)', [['설립', '2021년'], ['본사', '상하이'], ['분야', 'AI 칩']], [7, 7, 7])
    >>> line_to_card(TextLine.from_line(Line(7, "베이징(北京) | 상하이 | 선전")))
    """
    m = _CARD_LINE.match(line.text)
    fields = line_to_fields(m["fields"]) if m and len(_BAR.split(m["fields"])) >= 2 else None
    rows = [fields[k:k + 2] for k in range(0, len(fields), 2)] if fields else []
    if sum(label_field(row[0]) is not None for row in rows if row[0]) < 2 or not _is_company(rows):
        return None
    return {"title": fix_text(m["name"].strip()), "unit": None, "header": [], "rows": rows, "filled": [],
            "row_lines": [line.line_start] * len(rows), "notes": [], "kind": "company_card",
            "line_start": line.line_start, "line_end": line.line_end}


def profile_to_table(lines: list[TextLine], start: int, end: int, rows: list[list[str | None]]) -> dict:
    """A profile as a `company_card` table record (without ids), like a printed card's: its name
    line as the title, one row per field line; the label of a field's items on the lines below it is filled
    down to them (and listed in `filled`)."""
    filled = [[r, 0] for r, (row, line) in enumerate(zip(rows, lines[start:end]))
              if r and row[0] is not None and row[0] == rows[r - 1][0] and _ITEM.match(line.text)
              and line_to_fields(line.text) is None]
    return {"title": fix_text(lines[0].text.strip()) if start else None, "unit": None, "header": [],
            "rows": rows, "filled": filled, "row_lines": [line.line_start for line in lines[start:end]], "notes": [],
            "kind": "company_card", "line_start": lines[0].line_start, "line_end": lines[end - 1].line_end}
