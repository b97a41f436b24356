"""Split an issue's chunks into its masthead, table of contents and body."""

from __future__ import annotations

from dataclasses import dataclass

from kic_extract.clean.pagebreaks import Chunk
from kic_extract.segment.masthead import line_to_fields as masthead_fields, number_and_date
from kic_extract.segment.patterns import (
    ARTICLE,
    BYLINE,
    INDENTED,
    LABELLED_SOURCE,
    HEADING_MARK,
    KICKER,
    led_entries,
    NUMBERED_LINE,
    PAGE,
    RULE,
    TOC_ENTRY,
    category_key,
    BRACKETED_SOURCE,
    GLOSSED_SOURCES,
    TOC_TITLE,
    category_name,
    is_label,
    is_toc_wrap,
    numbers_category,
    byline_of,
    repeats_entry,
    heads_prose,
    stands_as_heading,
    title_key,
)


@dataclass(slots=True)
class Layout:
    masthead: list[Chunk]
    toc: list[Chunk]
    body: list[Chunk]


def _led_entries(chunk: Chunk) -> bool:
    """A category over entries led by their page (`patterns.led_entries`)."""
    return led_entries([ln.text for ln in chunk.lines])


def _is_toc_chunk(chunk: Chunk) -> bool:
    """Entries (a bullet, or a page after the title), perhaps with their category lines and the
    contents' own title: `■ 지역경제 포커스` / `▷ … 〈제일재경(第一财经)〉 ······ 2`."""
    texts = [ln.text for ln in chunk.lines]
    led = _led_entries(chunk)
    if not led and not any(TOC_ENTRY.match(t) or PAGE.search(t) for t in texts):
        return False
    if led:
        return True
    # (an entry's first line may have no page when the next line, wrapped, ends with it)
    wrapped = {k for k in range(len(texts) - 1) if is_toc_wrap(texts[k + 1]) or INDENTED.match(texts[k + 1])}
    # (an entry's source on a line of its own after a bar, `| 선전시 통계국(深圳市统计局)`, as a PDF's text prints it;
    # and the rest of an entry led by its page, wrapped, where a PDF's text keeps no indent: `05  … 현황과` /
    # `하이테크 기업 분포 / 쓰촨일보(四川日报)`)
    led_before = [k > 0 and bool((m := TOC_ENTRY.match(texts[k - 1])) and (m["lead"] or m["num"])) for k in range(len(texts))]
    return all(TOC_ENTRY.match(t) or is_toc_wrap(t) or PAGE.search(t) or TOC_TITLE.match(category_name(t)) or RULE.match(t)
               or is_label(t) and not KICKER.match(t) and not BYLINE.match(t) or k in wrapped or INDENTED.match(t)
               or numbers_category(texts, k)
               or k and t.lstrip().startswith(("|", "│", "｜")) or led_before[k] and not BYLINE.match(t)
               or k and PAGE.search(texts[k - 1]) and (GLOSSED_SOURCES.fullmatch(t) or BRACKETED_SOURCE.fullmatch(t)
                                                      or LABELLED_SOURCE.fullmatch(t))
               for k, t in enumerate(texts)) \
        and not any(ARTICLE.match(t) and not TOC_ENTRY.match(t) and not numbers_category(texts, k) for k, t in enumerate(texts))


def _is_article_chunk(chunk: Chunk) -> bool:
    """A numbered heading alone, under its category's line (`■ 스타트업·투자 동향` / `1. …`) or over its
    byline (`01 …` / `자료: 각 시 통계국`), or a line of its category and number; never a contents entry with
    its page."""
    lines = chunk.lines
    if len(lines) == 2 and is_label(lines[0].text):
        lines = lines[1:]
    elif len(lines) == 2 and BYLINE.match(lines[1].text):
        lines = lines[:1]
    if KICKER.match(chunk.lines[0].text) and (len(chunk.lines) == 1 or stands_as_heading([ln.text for ln in chunk.lines[1:]])):
        return True  # `정책 · 지역 │ 01` over the article's title (`[이슈 브리핑 01]` / the title / its byline too)
    return len(lines) == 1 and bool(ARTICLE.match(lines[0].text)) and not PAGE.search(lines[0].text)


def body_labels(chunks: list[Chunk]) -> frozenset[str]:
    """The names of the short label lines printed in the body (a category's banner among them): what a contents line
    naming one is, even with no mark or blank line to part it from the entry above (`p.05 [증시] … 동향` / `이슈 분석`)."""
    return frozenset(category_key(ln.text) for chunk in chunks for ln in chunk.lines if is_label(ln.text))


def _names_category_again(chunk: Chunk, named: set[str]) -> bool:
    """Whether a chunk is one line naming a category the contents named already, perhaps between rules: the body's
    banner of it."""
    texts = [ln.text for ln in chunk.lines if not RULE.match(ln.text)]
    return len(texts) == 1 and category_key(texts[0]) in named


def _is_toc_head(chunk: Chunk) -> bool:
    """A line of its own opening the contents: its title (`이번 호 차례`) or its first category; or the title right over
    the first category (`CONTENTS` / `Weekly 뉴스`)."""
    texts = [ln.text for ln in chunk.lines]
    if len(texts) == 2 and TOC_TITLE.match(category_name(texts[0])) and is_label(texts[1]):
        return True
    return len(texts) == 1 and (bool(TOC_TITLE.match(category_name(texts[0]))) or is_label(texts[0]))


def _heads_entry(chunk: Chunk, keys: set[str]) -> bool:
    """Whether a chunk is a heading with no number under a mark that repeats a contents entry's title
    (`■ 선전시 2027 년 경제 성적표 공개…`, perhaps over its byline `출처: …`), or a numbered one over the name
    of its source (`01 31개 성 R&D 투입 성적표: …` over `난팡일보(南方日报)`)."""
    first = chunk.lines[0].text
    numbered = ARTICLE.match(first)
    # (under any mark or numbering too, `01) 제목`, `★ 제목`, as no contents line repeats an entry read before it)
    again = not PAGE.search(first) and (title_key(numbered["text"]) in keys if numbered
                                        else bool(HEADING_MARK.match(first)) and title_key(first) in keys)
    texts = [line.text for line in chunk.lines]
    if heads_prose(texts[1:] if is_label(first) else texts, keys):
        return True  # (`Weekly 뉴스` / `1. … 발표 — 제일재경(…)` / `국가통계국이 …`: a page opening with the article)
    return stands_as_heading(texts, keys) and (again or not _is_toc_chunk(chunk)) and (
        repeats_entry(first, keys, byline_of(texts)) or again)


def entry_keys(chunks: list[Chunk]) -> set[str]:
    """The `title_key`s of the contents entries among chunks (their pages and sources aside)."""
    keys = set()
    for chunk in chunks:
        led = _led_entries(chunk)
        for line in chunk.lines:
            # (an entry indented under a category with no bullet, `   상반기 벤처투자, … ······ 7`, too, and one led by its
            # page, `2 창장삼각주(长三角) 3성 1시 …`)
            m = TOC_ENTRY.match(line.text) or (INDENTED.match(line.text) and PAGE.search(line.text)
                                                and {"text": line.text.strip()}) or led and NUMBERED_LINE.match(line.text)
            if m and (text := PAGE.sub("", m["text"]).split(" | ")[0].strip()):
                keys.add(title_key(text))
    return keys


def _entry_lines(texts: list[str]) -> list[int]:
    """The indices of the lines shaped as contents entries (`▶ 제목 ···· 2`, `02 │ 제목`, `제목 ···· 2`)."""
    return [k for k, t in enumerate(texts) if TOC_ENTRY.match(t) or PAGE.search(t)]


def _closing_rule(chunk: Chunk) -> int | None:
    """The index of the rule closing the contents in a chunk, when lines that are no entries follow it (`━━━━` /
    `본지 기사는 출처를 밝히면 …`, with no blank line between); None when nothing follows the contents' last rule."""
    texts = [ln.text for ln in chunk.lines]
    entries = _entry_lines(texts)
    rules = [k for k, t in enumerate(texts) if RULE.match(t) and entries and k > entries[-1]]
    return rules[0] if rules and rules[0] + 1 < len(texts) else None


def _closing_fields(chunk: Chunk) -> int | None:
    """The index of the first of the masthead's lines closing a chunk of contents entries with no blank line or rule
    before them (`p.09 ▸ … | KIC 중국` / `이 소식지는 … 출처를 밝히면 자유롭게 활용할 수 있습니다.`); None when there are none."""
    texts = [ln.text for ln in chunk.lines]
    entries = _entry_lines(texts)
    if not entries or entries[-1] + 1 >= len(texts):
        return None
    rest = texts[entries[-1] + 1:]
    return entries[-1] + 1 if all(masthead_fields(t) for t in rest) else None


def _untitled_contents(chunk: Chunk) -> int | None:
    """The index of the first category line of contents printed with no title of their own right under the masthead's
    lines, no blank line parting them (`전화 : … / 메일 : …` / `Weekly 뉴스` / `- ▶ … p2`), when every line above it
    but the first (the newsletter's name) is a masthead field and the lines from it on are contents, perhaps closed
    by masthead lines (the rights notice); None otherwise."""
    texts = [ln.text for ln in chunk.lines]
    k = next((k for k, t in enumerate(texts) if k and (is_label(t) or TOC_ENTRY.match(t))
              and not masthead_fields(t) and not number_and_date(t)), None)
    if k is None or not all(masthead_fields(t) or number_and_date(t) or RULE.match(t) for t in texts[1:k]):
        return None
    rest = chunk.part(k)
    fields = _closing_fields(rest)
    return k if _entry_lines(texts[k:]) and _is_toc_chunk(rest if fields is None else rest.part(0, fields)) else None


def contents_apart(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks with the contents' title, and a rule right over it, cut off the lines above it when no blank line
    parts them (`… info@kicchina.org` / `━━━━` / `IN THIS ISSUE` / `━━━━` / `[정책·거시 브리핑]` / `01  … ···· 2`): the
    masthead ends there (only the first title); and the lines under the rule closing the contents cut off them
    (`━━━━` / `본지 기사는 …`), in whichever chunk the entries end, the title's or one of their own, as are the
    masthead's lines right under the last entry (`이 소식지는 … 출처를 밝히면 …`). Contents with no title of their own
    in the first chunk start at their first category line (`_untitled_contents`). Only the chunks before the first
    article."""
    out: list[Chunk] = []
    titled = False
    for i, chunk in enumerate(chunks):
        if _is_article_chunk(chunk):
            return out + chunks[i:]
        k = None if titled else next((k for k, ln in enumerate(chunk.lines) if TOC_TITLE.match(category_name(ln.text))),
                                     None if i else _untitled_contents(chunk))
        if k is not None:
            titled = True
            k -= 1 if k > 1 and RULE.match(chunk.lines[k - 1].text) else 0
            if k:
                out.append(chunk.part(0, k))
                chunk = chunk.part(k)
        closing = _closing_rule(chunk)
        fields = _closing_fields(chunk) if closing is None else None
        if closing is not None and (k is not None or _is_toc_chunk(chunk.part(0, closing + 1))):
            out.extend([chunk.part(0, closing + 1), chunk.part(closing + 1)])
        elif fields is not None and _is_toc_chunk(chunk.part(0, fields)):
            out.extend([chunk.part(0, fields), chunk.part(fields)])
        else:
            out.append(chunk)
    return out


def _banner_over(chunk: Chunk, below: list[Chunk]) -> bool:
    """Whether a line of its own under a bullet, with no page, is a banner over the contents, the masthead's (`◆ 이번 호
    특집 : 책갈피 — …`), not an entry: the contents `below` it open with a category (a line of its own or their first)
    and give their entries' pages.

    >>> from kic_extract.clean.pagebreaks import TextLine
    >>> lines = lambda *texts: Chunk([TextLine(t, k, k) for k, t in enumerate(texts, 1)])
    >>> entry = "- ▶ 2024년 중국 디지털 독서 보고서 발표 — 신화망(新华网) p2"
    >>> entries, banner = lines(entry), lines("◆ 이번 호 특집 : 책갈피 — 읽다 만 자리에서")
    >>> _banner_over(banner, [lines("Weekly 뉴스"), entries]), _banner_over(banner, [lines("Weekly 뉴스", entry)])
    (True, True)
    >>> _banner_over(banner, [entries]), _banner_over(lines("◆ 2024년 중국 디지털 독서 보고서 발표 p2"), [lines("Weekly 뉴스"), entries])
    (False, False)
    """
    text = chunk.lines[0].text
    if len(chunk.lines) > 1 or PAGE.search(text) or is_label(text) or TOC_TITLE.match(category_name(text)) or not below:
        return False
    if len(below) > 1 and _is_toc_head(below[0]) and is_label(below[0].lines[-1].text):
        contents = below[1]
    else:
        contents = below[0]
        if not is_label(contents.lines[0].text):
            return False
    return _is_toc_chunk(contents) and any(PAGE.search(ln.text) for ln in contents.lines)


def chunks_to_layout(chunks: list[Chunk]) -> Layout:
    """The TOC runs from its title or the category line before its first entry to its last
    entry; the body starts after it, at its first numbered heading or its first heading that repeats
    a contents entry. Without a TOC, everything before the first article is masthead; lines of masthead fields
    printed between the contents and the first article (a rights notice) are the masthead's too."""
    chunks = contents_apart(chunks)
    first_entry = next((i for i, c in enumerate(chunks) if _is_toc_chunk(c)), None)
    if first_entry is not None and _banner_over(chunks[first_entry], chunks[first_entry + 1:first_entry + 3]):
        first_entry = next(i for i in range(first_entry + 1, len(chunks)) if _is_toc_chunk(chunks[i]))
    # (a category over one entry led by its page, right after other entries, is the contents' last, not an article:
    # `■ 센터 소식` / `09  2029 한중 청년 창업 캠프 참가자 모집`)
    first_article = next((i for i, c in enumerate(chunks) if _is_article_chunk(c) and not (
        i and _led_entries(c) and _is_toc_chunk(chunks[i - 1]))), len(chunks))
    if first_entry is not None:
        # (the entries read so far: a title the contents gave already opens the body, however much its heading
        # looks like an entry, `01 31개 성 R&D …` over `국가통계국(…) 발표 종합`)
        keys: set[str] = set()
        named: set[str] = set()  # the categories the contents named
        for i in range(first_entry, first_article):
            if keys and _heads_entry(chunks[i], keys) or _names_category_again(chunks[i], named) \
                    or len(chunks[i].lines) > 1 and category_key(chunks[i].lines[0].text) in named \
                    and _heads_entry(Chunk(chunks[i].lines[1:]), keys):
                # (or the body's first category banner: `[ 이슈 브리핑 ]` … `◆ 이슈 브리핑`, perhaps right over its first
                # article's heading, `■ 2032년 통계공보로 본 중국 경제` / `출처 | …`)
                first_article = i
                break
            if _is_toc_chunk(chunks[i]):
                keys |= entry_keys([chunks[i]])
                named |= {category_key(ln.text) for ln in chunks[i].lines if not PAGE.search(ln.text)
                          and is_label(category_key(ln.text))}
    if first_entry is None or first_entry >= first_article:
        # no table of contents: the masthead ends at the body's first category heading or article
        start = first_article
        if start > 0 and len(chunks[start - 1].lines) == 1 and len(chunks[start - 1].lines[0].text) <= 30:
            start -= 1
        return Layout(chunks[:start], [], chunks[start:])
    toc_start = first_entry
    while toc_start > 0 and first_entry - toc_start < 2 and _is_toc_head(chunks[toc_start - 1]):
        toc_start -= 1
    last_entry = max(i for i, c in enumerate(chunks[:first_article]) if _is_toc_chunk(c))
    after = last_entry + 1
    while after < first_article and all(masthead_fields(ln.text) or RULE.match(ln.text) for ln in chunks[after].lines):
        after += 1  # (the masthead's lines printed under the contents, perhaps under a rule: `본지 기사는 출처를 밝히면 …`)
    return Layout(chunks[:toc_start] + chunks[last_entry + 1 : after], chunks[toc_start : last_entry + 1], chunks[after:])
