"""The table of contents: entries with category, tag, title, source and page."""

from __future__ import annotations

from kic_extract.clean import fix_text
from kic_extract.clean.pagebreaks import Chunk
from kic_extract.compiled import compiled
from kic_extract.gazetteer import names_place
from kic_extract.report import Report
from kic_extract.segment.patterns import (
    BARS,
    BYLINE_LABEL,
    BRACKETED_SOURCE,
    CATEGORY_LETTER,
    CATEGORY_NUMBER,
    GLOSSED_SOURCES,
    DECORATION,
    HEADING_MARK,
    INDENTED,
    LABELLED_SOURCE,
    NUMBERED_LINE,
    OUTLET_DATE,
    OUTLET_DAY,
    led_entries,
    PAGE,
    PART_NUMBER,
    RULE,
    SENTENCE_END,
    SOURCE_SPLIT,
    TAG,
    TOC_CONTINUATION,
    TOC_ENTRY,
    TOC_TITLE,
    category_key,
    category_name,
    is_label,
    is_toc_wrap,
    numbers_category,
    split_name_zh,
)


def parse_heading_text(text: str) -> dict:
    """Tag, title, source and its Chinese name from `【tag】 title — source(源)`, cleaned.

    >>> parse_heading_text("【KIC 인터뷰】 KIC 중국 센터장 “좋을 것” — 월간 <중국>")["tag"]
    'KIC 인터뷰'
    >>> parse_heading_text("제 14 차 5 개년 계획 — 국무원(国务院)")
    {'tag': None, 'title': '제14차 5개년 계획', 'source': '국무원', 'source_zh': '国务院'}
    >>> parse_heading_text("목표 일람 〈신화통신(新华社)〉")["source"], parse_heading_text("성적표 ─ 해관총서(海关总署)")["source"]
    ('신화통신', '해관총서')
    >>> parse_heading_text("소비 회복 지도 ‹21세기경제보도(21世纪经济报道)›")
    {'tag': None, 'title': '소비 회복 지도', 'source': '21세기경제보도', 'source_zh': '21世纪经济报道'}
    >>> parse_heading_text("3분기 지역경제 점검 〔경제참고보(经济参考报)〕")["source"], parse_heading_text("투자 브리핑  《36커(36氪)》")["source"]
    ('경제참고보', '36커')
    >>> parse_heading_text("합성생물학, 실험실에서 공장으로 | 출처: 36Kr, KIC 중국 정리")
    {'tag': None, 'title': '합성생물학, 실험실에서 공장으로', 'source': '36Kr, KIC 중국 정리', 'source_zh': None}
    >>> parse_heading_text("2036 년 1~4 월 지역별 대외무역 성적 (출처: 해관총서(海关总署))")
    {'tag': None, 'title': '2036년 1~4월 지역별 대외무역 성적', 'source': '해관총서', 'source_zh': '海关总署'}
    """
    tag = None
    m = TAG.match(text)
    if m:
        tag, text = m["tag"].strip(), text[m.end() :]
    parts = SOURCE_SPLIT.split(text, maxsplit=1)
    if (bracketed := _BRACKETED_LABELLED.search(text)) and text[:bracketed.start()].strip():
        parts = [text[:bracketed.start()], bracketed["label"] + bracketed["names"]]  # (`… 성적 (출처: 해관총서(海关总署))`)
    source = source_zh = None
    labelled = _LABELLED.match(parts[1]) if len(parts) == 2 else None
    if len(parts) == 2 and parts[0].strip() and (labelled or names_source(parts[1])):
        text, named = parts[0], parts[1][labelled.end():] if labelled else parts[1]
        source, source_zh = split_name_zh(fix_text(named.strip().removesuffix("〉").removesuffix("›").removesuffix("〕").removesuffix("》").strip()))
    title = fix_text(text.strip()) or (f"【{tag}】" if tag else "")
    return {"tag": tag, "title": title, "source": source, "source_zh": source_zh}


def parse_heading_with_outlet(text: str):
    """`parse_heading_text`, an outlet and its date in brackets closing the heading read as its source (`… 해외로”
    (중국산업리뷰. 2025.11.14)`, `… [서울신문 1.21]`); and that match, whose groups give the date.

    >>> parse_heading_with_outlet("中 3D프린터, 세계 시장 장악 (중국산업리뷰. 2025.11.14)")[0]["title"]
    '中 3D프린터, 세계 시장 장악'
    """
    od = OUTLET_DATE.search(text) or OUTLET_DAY.search(text)
    if not od:
        return parse_heading_text(text), None
    head = parse_heading_text(text[: od.start()])
    head["source"], head["source_zh"] = fix_text(od["outlet"].strip()), None
    return head, od


# a name of four or five words that ends as an organisation's does (`KIC 중국 창업캠프 사무국`, `… 위원회`, `… 센터`)
_ORGANISATION_END = compiled(r"(?:국|청|부|처|원|회|팀|센터|그룹)$")
_DIGIT = compiled(r"\d")
# a source made of reports put together (`각 시 정부 발표 종합`, `36Kr, KIC 중국 정리`): a source however many words
_COMPILED = compiled(r"\S\s+(?:발표|보도|자료)?\s*(?:종합|정리|취합)$")
_LABELLED = compiled(rf"\s*{BYLINE_LABEL}\s*")  # (`| 출처: 36Kr, KIC 중국 정리`: a source labelled as one)
# a source labelled as one in brackets closing a heading (`… 성적 (출처: 해관총서(海关总署))`, `… [자료: 신화사]`)
_BRACKETED_LABELLED = compiled(rf"\s*[(\[（［]\s*(?P<label>{BYLINE_LABEL})\s*(?P<names>[^()\[\]（）［］]+(?:\([^()]*\)[^()\[\]（）［］]*)*)"
                               r"[)\]）］]$")
# a source under a contents entry, labelled (`      출처: 경제참고보(经济参考报)`)
# a phrase, not a name: quoted words, or a word closed by a particle (`‘20+8’ 산업클러스터를 떠받치는 …`)
_PHRASE = compiled(r"[‘’“”'\"]|\p{Hangul}(?:을|를|은|는|에서|으로)(?!\p{Hangul})")


def compiled_source(text: str) -> bool:
    """Whether a source is reports put together, closed by `종합` or `정리` (`각 시 정부 발표 종합`).

    >>> compiled_source("각 시 정부 발표 종합"), compiled_source("36Kr, KIC 중국 정리"), compiled_source("종합")
    (True, True, False)
    """
    return len(text) <= 40 and _COMPILED.search(text) is not None and not _PHRASE.search(text)


def names_source(text: str) -> bool:
    """Whether what follows a dash in a heading is its source, a name (`해관총서(海关总署)`, `36커(36氪)`,
    `PLAYCOIN`), rather than the rest of a title after its kind (`산업단지 탐방 ─ 선전 ‘20+8’ 산업클러스터를
    떠받치는 핵심 단지`, `스타트업 카드 ─ 저공경제·합성생물·산업 AI 기업 3곳`): glossed in Chinese, or three
    words at most and no phrase.

    >>> names_source("해관총서(海关总署)"), names_source("중국 인민 은행"), names_source("저공경제·합성생물·산업 AI 기업 3곳")
    (True, True, False)
    >>> names_source("KIC 중국 창업캠프 사무국"), names_source("선전 ‘20+8’ 산업클러스터를 떠받치는 핵심 단지")
    (True, False)
    """
    words = text.split()
    return "(" in text or compiled_source(text) or (len(words) <= 3 or len(words) <= 5 and _ORGANISATION_END.search(text) is not None
                           and not _DIGIT.search(text)) and not _PHRASE.search(text)


# (`… 1위 · 과학기술부(…)`, `… · 충칭일보(重庆日报)·쓰촨일보(四川日报)`: a dot with no space joins two sources; `… ⋯ 해관총서(海关总署)`,
# an ellipsis as a PDF's font may print it too, before a name only)
_SOURCE_AFTER = compiled(r"\s+(?P<mark>[|│｜/⋯…‥]|·{1,3})\s+(?P<source>(?:[^|│｜—/·⋯…]|(?<=\S)·(?=\S))+)$|\s*\[(?P<source>[^\[\]]+)\]$")


_ONE_DOT = compiled(r"[·∙・](?![·∙・])")  # (a source's mark on a line of its own; `·· 편집자 노트` is an entry's bullet)


def _source_after(m) -> str:
    """The source a contents entry prints after a mark, set after a dash; after an ellipsis, only a name glossed in
    Chinese, of one word or of reports put together (`… 해관총서(海关总署)`, `·· 각 시 정부 발표 종합`; not a headline's second
    part: `… 청두·우한 성장세 두드러져`).

    >>> [_SOURCE_AFTER.sub(_source_after, t) for t in ("순위 … 청두·우한 성장세 두드러져", "성적표 … 해관총서(海关总署)")]
    ['순위 … 청두·우한 성장세 두드러져', '성적표 — 해관총서(海关总署)']
    >>> _SOURCE_AFTER.sub(_source_after, "이달의 스타트업: 웨이허바이오 · 링시즈쭈어")
    '이달의 스타트업: 웨이허바이오 · 링시즈쭈어'
    """
    source = m["source"]
    if (m["mark"] in ("…", "⋯", "‥") or len(m["mark"] or "") > 1) and not (names_source(source) and (
            "(" in source or len(source.split()) == 1 or compiled_source(source))):
        return m.group()
    if m["mark"] == "·" and _NAME_AFTER_COLON.search(m.string, 0, m.start()) and len(source.split()) == 1:
        return m.group()  # (`스타트업 카드: 하이린로보틱스 · 모윈에너지`: the title names two after its colon, no source)
    return f" — {source}"


_NAME_AFTER_COLON = compiled(r":\s*\S+$")  # (a title's last part one name after its colon)
# a line closing a sentence (`… 자유롭게 활용할 수 있습니다.`): a notice under the contents, never a title's wrapped rest
_SENTENCE_CLOSED = compiled(r"\p{Hangul}(?:다|요)\.\s*$")
# a category under its Roman numeral or its letter in brackets (`Ⅳ. 센터 소식`, `[B] 스타트업`): never an entry's wrapped rest
_LETTERED_CATEGORY = compiled(rf"^\s*(?:[Ⅰ-Ⅻ]\.?|\[\s*(?:{CATEGORY_LETTER}|{PART_NUMBER})\s*\]|{PART_NUMBER}[.:]?)\s+\S")  # (`PART 4. 센터 다이어리`)
# a mark or a code between an entry's leading page and its title (`02  ◇ 국가발전개혁위원회, …`, `02 ····· A1 2037 년부터 …`):
# no part of the title
# (a PDF's text may set the mark against a tag: `▸[증시] …`)
_ENTRY_MARK = compiled(rf"^(?:[◇◆□■▣◈●○◎▶▷►▸▹•](?:\s+|(?=[\[【]))|(?:{CATEGORY_LETTER}-?|\d{{1,2}}-)\d{{1,2}}(?:\s*[{BARS}])?\s+)")  # (`1-1 ┃ 제목`)


def _bullet(text: str) -> tuple[int, str]:
    """A contents line's indent and its first mark."""
    body = text.lstrip()
    return len(text) - len(body), body[:1]


def _numbered_next(text: str, num: str | None, pattern=TOC_ENTRY) -> bool:
    """Whether a contents line is numbered right after `num` (`06  …` after `05`); with `NUMBERED_LINE`, a line led by
    a number and one space too, as a PDF's text prints entries it took the indent and the second space of.

    >>> _numbered_next("06  유니콘 지도 ····· 7", "05"), _numbered_next("10 2월 온라인 투자설명회(IR) 결과", "09", NUMBERED_LINE)
    (True, True)
    >>> _numbered_next("10 2월 온라인 투자설명회(IR) 결과", "09"), _numbered_next("2 월 지표", "09", NUMBERED_LINE)
    (False, False)
    """
    m = pattern.match(text)
    number = m and (m["num"] or m.groupdict().get("lead"))
    return bool(number) and bool(num) and num.isdigit() and int(number) == int(num) + 1


def _short_over(text: str, below: str) -> bool:
    """Whether a label is less than half as wide as the title of the entry under it, so names its category
    (`KIC 센터 소식` over `KIC 중국 파트너 인큐베이터 네트워크, 6개 도시 11곳으로 확대 ········· 9`) rather than
    begins an entry wrapped before its page (`투자 유치 현황 ···· 8` under a line as wide as the column).

    >>> _short_over("KIC 센터 소식", "KIC 중국 파트너 인큐베이터 네트워크, 6개 도시 11곳으로 확대 ········· 9")
    True
    >>> _short_over("eVTOL부터 드론 물류까지, 신흥 기업 네 곳과", "투자 유치 현황 ···· 8")
    False
    """
    page = PAGE.search(below)
    return 2 * len(text.strip()) < len(below[:page.start() if page else len(below)].strip())


def _heads_entries(lines: list, k: int) -> bool:
    """Whether a bulleted contents line is a category over entries: a short line with no page, over
    an entry with another bullet or indented deeper (`◆ 정책 & 지표` over `  · 제목 ······ 2`).

    >>> from types import SimpleNamespace as L
    >>> _heads_entries([L(text="◆ 정책 & 지표"), L(text="  · 2027 년 R&D 통계 ······ 2")], 0)
    True
    >>> _heads_entries([L(text="▶ 2027 년 R&D 통계"), L(text="▶ 1~4 월 외국인직접투자 ······ 4")], 0)
    False
    >>> _heads_entries([L(text="◆ 경제 브리핑"), L(text="7월 중국 주요 경제지표: 생산은 회복, 소비는 주춤 ·········· 2")], 0)
    True
    >>> _heads_entries([L(text="09 │ 【KIC 행사】 교류회 성료"), L(text="10 │ 【KIC 안내】 상담회 일정")], 0)
    False
    >>> _heads_entries([L(text="02 스타트업 레이더"), L(text="   상반기 벤처투자 ······ 7"), L(text="   기업 탐방 ······ 8")], 0)
    True
    >>> _heads_entries([L(text="02 스타트업"), L(text="11 월 신규 유니콘 ···· 6"), L(text="숫자로 보는 산업 ···· 8")], 0)
    True
    >>> _heads_entries([L(text="05  스타트업 카드: 주목할 기업"), L(text="3 곳 ····· 8"), L(text="06  9 월 일정 ···· 10")], 0)
    False
    >>> _heads_entries([L(text="02 스타트업 인사이트"), L(text="투자 지도 ···· 7"), L(text="eVTOL부터 드론 물류까지, 신흥 기업 네 곳과"),
    ...                 L(text="투자 유치 현황 ···· 8")], 0)  # (a PDF's text: the second entry wrapped, no indent)
    True
    >>> _heads_entries([L(text="02  대만구 창업 거점 지도:"), L(text="    도시별 대표 혁신 플랫폼 ···· 4"), L(text="[투자 & 스타트업]"),
    ...                 L(text="03  업종별 벤처투자 3년 추이 ···· 5")], 0)
    False
    """
    text, m = lines[k].text, TOC_ENTRY.match(lines[k].text)
    if m and m["num"] and (_numbered_over_entries(lines, k) or _lone_under_sibling(lines, k)):
        return len(category_name(m["text"])) <= 40
    if not m or m["lead"] or m["num"] or k + 1 >= len(lines) or PAGE.search(text):
        return False  # (a numbered entry is an entry: `09 │ 【KIC 행사】 … 성료` over `10 │ …`)
    name = category_name(m["text"])
    if not name or len(name) > 40 or SENTENCE_END.search(name[-1:]):
        return False
    if not TOC_ENTRY.match(lines[k + 1].text):
        # `◆ 경제 브리핑` over `7월 중국 주요 경제지표: … ·········· 2`, an entry with no bullet, its page after it (or a
        # line of the same bullet so over another: `◆ 스타트업 라운지` over `허페이·선전 하드테크 새내기 2 곳 ···· 7`)
        over = [i for i in range(len(lines) - 1) if _bullet(lines[i].text)[1] == _bullet(text)[1]
                and not TOC_ENTRY.match(lines[i + 1].text) and PAGE.search(lines[i + 1].text)]
        return k in over and any(_short_over(lines[i].text, lines[i + 1].text) for i in over)
    (indent, mark), (next_indent, next_mark) = _bullet(text), _bullet(lines[k + 1].text)
    return mark != next_mark or next_indent > indent


def _numbered_over_entries(lines: list, k: int) -> bool:
    """Whether a numbered contents line with no page is a category over two entries or more: `01 정책·경제` over two
    entries indented under it, each with its page (the second perhaps wrapped, indented or, where a PDF's text keeps no
    indent, unnumbered over the line with its page); an entry numbered so wraps onto one line at most (`05  … 주목할
    기업` over `    3 곳 ····· 8`, then `06  …`)."""
    text, m = lines[k].text, TOC_ENTRY.match(lines[k].text)
    if not (m and m["num"]) or PAGE.search(text) or k + 2 >= len(lines) or not PAGE.search(lines[k + 1].text):
        return False
    indented = all(INDENTED.match(ln.text) for ln in lines[k + 1 : k + 3])
    wrapped = indented or k + 3 < len(lines) and bool(PAGE.search(lines[k + 3].text)) and not any(
        (e := TOC_ENTRY.match(ln.text)) and e["num"] for ln in lines[k + 2 : k + 4])
    return bool(PAGE.search(lines[k + 2].text) or wrapped) and (indented or not _numbered_next(lines[k + 2].text, m["num"]))


def _lone_under_sibling(lines: list, k: int) -> bool:
    """Whether a numbered contents line with no page is a category over one entry only, unnumbered, as the category
    numbered just before it is over its entries (`02 스타트업 현장` over two entries, then `03 KIC 소식` over `2036 KIC
    중국 창업대회 … ···· 9`, the contents' last; indented or, as a PDF's text gives them, not).

    >>> from types import SimpleNamespace as L
    >>> lines = [L(text="02 현장"), L(text="기업 ···· 6"), L(text="거점 ···· 7"), L(text="03 KIC 소식"), L(text="대회 ···· 9")]
    >>> _lone_under_sibling(lines, 3)
    True
    >>> _lone_under_sibling([L(text="04 제목 ···· 6"), L(text="05  스타트업 카드: 주목할 기업"), L(text="    3 곳 ····· 8")], 1)
    False
    """
    text, m = lines[k].text, TOC_ENTRY.match(lines[k].text)
    if not (m and m["num"]) or PAGE.search(text) or INDENTED.match(text) or k + 1 >= len(lines):
        return False
    below = TOC_ENTRY.match(lines[k + 1].text)
    if not PAGE.search(lines[k + 1].text) or below and below["num"]:
        return False
    for j in range(k - 1, -1, -1):
        sibling = TOC_ENTRY.match(lines[j].text)
        if sibling and sibling["num"] and not INDENTED.match(lines[j].text):
            return int(sibling["num"]) == int(m["num"]) - 1 and _numbered_over_entries(lines, j)
    return False


_NAME_SEPARATOR = compiled(r"\s*[·,]\s*")


def _source_under_led(text: str, entry: dict) -> bool:
    """Whether a line of names glossed in Chinese under an entry led by its page is the entry's source
    (`03   2029년 지역별 R&D 투자 순위: …` / `     국가통계국(国家统计局)`): one name, not a place's, which would be the
    title's last word wrapped (`… 1위 도시는` / `선전(深圳)`)."""
    names = [n for n in _NAME_SEPARATOR.split(text.strip()) if n]
    return bool(entry["lead"] or entry.get("num")) and len(names) == 1 and not names_place(split_name_zh(names[0])[0])


def _closed_by_source(text: str) -> bool:
    """Whether an entry's text ends with its source glossed in Chinese after a bar or a dash (`… 발표 │ 국무원(国务院)`):
    it is whole, and a line after it is no rest of it (`지역 포커스`, a category whose mark a PDF's font did not print).

    >>> _closed_by_source("국무원, 「… 행동계획」 발표 │ 국무원(国务院)"), _closed_by_source("2033 년 도시별 투자 지도: 허페이·")
    (True, False)
    """
    split = SOURCE_SPLIT.search(text)
    return bool(split) and bool(GLOSSED_SOURCES.fullmatch(text, split.end()))


def _next_page(numbered, entries: list[dict], categories: list[dict]) -> bool:
    """Whether a line led by a number is an entry led by its page right under a category: the entries before are led
    by pages, a category was printed since the last of them, and the number goes on from its page."""
    last = (entries[-1].get("num") or "") if entries else ""
    return last.isdigit() and bool(categories) and categories[-1]["line"] > entries[-1]["line_end"] \
        and int(numbered["num"]) >= int(last)


def toc_to_entries(chunks: list[Chunk], report: Report, labels: frozenset[str] = frozenset()) \
        -> tuple[list[dict], list[dict], set[int]]:
    """TOC entries (with their line spans) and the category lines that group them; `labels`, the names of the body's
    label lines (`layout.body_labels`), are categories wherever the contents print them."""
    entries: list[dict] = []
    categories: list[dict] = []
    used: set[int] = set()
    category = None
    for chunk in chunks:
        texts = [ln.text for ln in chunk.lines]
        led = led_entries(texts)  # (`2 창장삼각주(长三角) …` under `[차이나 브리핑]`, a PDF's text)
        for k, ln in enumerate(chunk.lines):
            entry_m = TOC_ENTRY.match(ln.text)
            wraps = k + 1 < len(chunk.lines) and is_toc_wrap(chunk.lines[k + 1].text)  # (the next line ends the entry)
            cont_m = TOC_CONTINUATION.match(ln.text)
            first_under = False
            if not entry_m and (entries and entries[-1].get("num") or led) and k > 0 and (
                    is_label(chunk.lines[0].text) or _numbered_next(ln.text, entries[-1].get("num") if entries else None, NUMBERED_LINE)):
                # (`10 KIC 중국 …` among entries numbered `08 …`, or numbered right after the last, `09 …` / `10 2월 …`)
                entry_m = NUMBERED_LINE.match(ln.text)
                entry_m = {"text": entry_m["text"], "lead": None, "num": entry_m["num"]} if entry_m else None
            elif not entry_m and k == 0 and (numbered := NUMBERED_LINE.match(ln.text)) and _next_page(numbered, entries, categories):
                # `센터 소식` / (a blank line) / `10 KIC 중국-베이징대, …`: the first entry under a new category, led by a page
                # on from the last entry's, as a PDF's text sets it apart with one space
                entry_m, first_under = {"text": numbered["text"], "lead": None, "num": numbered["num"]}, True
            heads = not first_under and _heads_entries(chunk.lines, k) and not (
                # (an entry numbered next after the one before is an entry, wrapped: `01 … 2` / `[국가통계국(…)]` /
                # `02  웨강아오대만구(…) … ‘쌍두마차’` / `    체제 굳혀 ····· 4`)
                entry_m and entry_m["num"] and entries and (entries[-1].get("num") or "").isdigit()
                and int(entry_m["num"]) == int(entries[-1]["num"]) + 1)
            if entry_m and heads:
                entry_m = None  # (a category, below)
            if entry_m and INDENTED.match(ln.text) and entries and k > 0 and not INDENTED.match(chunk.lines[k - 1].text) \
                    and entries[-1]["line_end"] == chunk.lines[k - 1].line_end and not PAGE.search(entries[-1]["text"]):
                entry_m = None  # (`05  … 주목할 기업` over `    3 곳 ····· 8`: the entry's rest, its number a word's)
            # (or labelled as one, `      출처: 경제참고보(经济参考报)`)
            labelled = LABELLED_SOURCE.fullmatch(ln.text)
            under = entries and k > 0 and entries[-1]["line_end"] == chunk.lines[k - 1].line_end \
                and (GLOSSED_SOURCES.fullmatch(ln.text) or BRACKETED_SOURCE.fullmatch(ln.text) or labelled) and (
                    PAGE.search(entries[-1]["text"]) or labelled or _source_under_led(ln.text, entries[-1]))
            if entry_m and under:
                entry_m = None  # (`[국가통계국(国家统计局)]` under an entry's page: its source, below)
            if entry_m and _ONE_DOT.match(ln.text) and entries and k > 0 and names_source(entry_m["text"]) \
                    and (entries[-1]["lead"] or entries[-1].get("num")) and entries[-1]["line_end"] == chunk.lines[k - 1].line_end:
                # `02 제목` / `· 중국신문망(中国新闻网)`: the entry's source on a line of its own, as a PDF's text gives it
                entries[-1]["text"] += " " + ln.text.strip()
                entries[-1]["line_end"] = ln.line_end
            elif entry_m:
                entries.append({"category": category, "text": entry_m["text"], "line_start": ln.line_start,
                                "line_end": ln.line_end, "lead": entry_m["lead"], "num": entry_m["num"]})
            elif cont_m and len(categories) > 1 and categories[-1]["line"] > (entries[-1]["line_end"] if entries else 0) \
                    and PAGE.search(ln.text):
                # `도시 GDP 순위 재편: … 격화` / `— 21세기경제보도(…) ····· 03`, apart as a PDF's text may set them: the
                # line taken for a category is an entry, and this its source and page
                taken = categories.pop()
                category = categories[-1]["category"]
                entries.append({"category": category, "text": f"{taken['text']} — {cont_m['text']}", "line_start": taken["line"],
                                "line_end": ln.line_end, "lead": None})
            elif cont_m and entries:
                entries[-1]["text"] += " — " + cont_m["text"]
                entries[-1]["line_end"] = ln.line_end
            elif under:
                # `01  제목 ········ 2` / `    21세기경제보도(21世纪经济报道)`: the entry's source under its page (in square
                # brackets too: `[국가통계국(国家统计局)]`)
                text, page = entries[-1]["text"], PAGE.search(entries[-1]["text"])
                source = labelled["names"].strip() if labelled else ln.text.strip().removeprefix("[").removesuffix("]").strip()
                at = page.start() if page else len(text)  # (an entry led by its page has none at its end)
                entries[-1]["text"] = f"{text[:at]} — {source}{text[at:]}"
                entries[-1]["line_end"] = ln.line_end
            elif entries and (is_toc_wrap(ln.text) or (entries[-1]["lead"] or entries[-1].get("num")) and k > 0
                              and entries[-1]["line_end"]
                              == chunk.lines[k - 1].line_end and (INDENTED.match(ln.text) or not DECORATION.match(ln.text))
                              and not _closed_by_source(entries[-1]["text"]) and not _LETTERED_CATEGORY.match(ln.text)
                              and not _SENTENCE_CLOSED.search(ln.text)
                              and category_key(ln.text) not in labels) \
                    and not PAGE.search(entries[-1]["text"]):
                # (the rest of an entry wrapped onto the next line under one whose page comes first: indented, or
                # as a PDF's text gives it, a line of no category's decoration right after it)
                entries[-1]["text"] += " " + ln.text.strip()
                entries[-1]["line_end"] = ln.line_end
            elif PAGE.search(ln.text):
                # an entry with no bullet: `제목 ········ 2`
                entries.append({"category": category, "text": ln.text.strip(), "line_start": ln.line_start,
                                "line_end": ln.line_end, "lead": None})
            elif not heads and not DECORATION.match(ln.text.strip()) and entries and k > 0 \
                    and entries[-1]["line_end"] == chunk.lines[k - 1].line_end and PAGE.search(entries[-1]["text"]) \
                    and (INDENTED.match(ln.text) and INDENTED.match(chunk.lines[k - 1].text)
                         or bool(categories) and bool(DECORATION.match(categories[-1]["text"])) and k + 1 == len(chunk.lines)) \
                    and not (k + 1 < len(chunk.lines) and PAGE.search(chunk.lines[k + 1].text)):
                # `   2032 년 2 분기 … 안내 ·········· 8` / `   편집 후기`: an entry with no page, indented as the entries
                # over it (or, as a PDF's text sets it with no indent, the last line under a decorated category,
                # `[ 센터 소식 ]`), the one before complete and no page on the next line to wrap it to
                entries.append({"category": category, "text": ln.text.strip(), "line_start": ln.line_start,
                                "line_end": ln.line_end, "lead": None})
            elif TOC_TITLE.match(category_name(ln.text)) or RULE.match(ln.text):
                pass  # `이번 호 차례`: the contents' own title (or a rule over or under it)
            elif not (is_label(ln.text) or heads or numbers_category(texts, k)) or wraps and not DECORATION.match(ln.text) and not heads \
                    and not _short_over(ln.text, chunk.lines[k + 1].text):
                # `2027년 31개 성·자치구·직할시 경제 성적표: 광둥성 16조 위안 돌파,` over `장쑤성과의 … ·········· 2`:
                # an entry with no bullet wrapped before its page (a category is a short label; a decorated one,
                # `[포커스 차이나]` over `지역별 … ···· 2`, whatever follows it)
                entries.append({"category": category, "text": ln.text.strip(), "line_start": ln.line_start,
                                "line_end": ln.line_end, "lead": None})
            else:
                # (a numbered category, `01 정책·경제`, is named without its number)
                numbered = TOC_ENTRY.match(ln.text) if heads else None
                category = fix_text(category_name(numbered["text"] if numbered and numbered["num"] else CATEGORY_NUMBER.sub("", ln.text)))
                categories.append({"category": category, "line": ln.line_start, "text": ln.text.strip()})
            used.update(range(ln.line_start, ln.line_end + 1))
    out = []
    if len(entries) > 2 and len(numbered := [e for e in entries if e.get("num")]) == 1:
        # `5 대 자치구 풍력·태양광 설비 급증… ········· 4` among entries numbered nowhere: the title's own number
        numbered[0]["text"], numbered[0]["num"] = f"{numbered[0]['num']} {numbered[0]['text']}", None
    nums = [int(e["num"]) if e.get("num") and not PAGE.search(e["text"]) else None for e in entries]
    if entries and None not in nums and nums == sorted(nums) and nums != list(range(1, len(nums) + 1)):
        # ` 02  31개 성급 지역, … | 21세기경제보도`, ` 10  …`, ` 10  …`: numbers out of a count's steps, and no
        # page after any entry: the page, printed first
        for entry, num in zip(entries, nums):
            entry["lead"] = str(num)
    for entry in entries:
        text = entry.pop("text").strip()
        entry.pop("num", None)
        lead = entry.pop("lead")
        page = int(lead) if lead else None
        m = PAGE.search(text)
        if m:
            page, text = int(m["page"]), text[: m.start()]
        if page is not None:
            # a source after a bar or a slash or in square brackets, as some contents print it (`… | 제일재경(第一财经)`,
            # `… / 국가통계국(国家统计局)`, `… [국가통계국]`)
            text = _SOURCE_AFTER.sub(_source_after, text.rstrip())
        else:
            report.warn("toc_no_page", f"TOC entry gives no page: {text[:60]!r}", entry["line_start"])
        # (a mark or a numbering an entry with no bullet the contents know opens with, its page on the line it wraps to:
        # `❸ 광둥·홍콩·마카오 … 발표` / `— 광둥성인민정부(广东省人民政府) p4`)
        head, _ = parse_heading_with_outlet((_ENTRY_MARK if lead else HEADING_MARK).sub("", text, count=1))
        if not head["title"]:
            report.warn("toc_entry_untitled", "TOC entry with no title is left out", entry["line_start"])
            used.difference_update(range(entry["line_start"], entry["line_end"] + 1))
            continue
        out.append({"category": entry["category"], **head, "page": page, "section_id": None,
                    "line_start": entry["line_start"], "line_end": entry["line_end"]})
    return out, categories, used
