"""The body: category headings and numbered articles, each article a section of blocks."""

from __future__ import annotations

import datetime as dt

from kic_extract.clean import fix_and_explain, fix_text
from kic_extract.clean.pagebreaks import Chunk
from kic_extract.report import Report
from kic_extract.segment.blocks import chunks_to_blocks
from kic_extract.segment.masthead import parse_date
from kic_extract.segment.patterns import (ARTICLE, CATEGORY_NUMBER, PAGE, RULE, HEADING_MARK, KICKER, LABELLED_SOURCE, OUTLET_DATE,
                                          TAG, category_name, split_name_zh,
                                          byline_of, heads_prose, is_label, known_categories, repeats_entry, title_key,
                                          stands_as_heading)
from kic_extract.segment.toc import parse_heading_with_outlet
from kic_extract.settings import Settings

_CATEGORY_MAX_CHARS = 40


def parse_article_heading(text: str, line: int, report: Report) -> dict:
    """Seq, tag, title, source and date of an article heading line.

    >>> h = parse_article_heading("1. 中 빅테크 기업, NFT 생태계 구축 속도 (더구루. 2022.2.19)", 530, Report("x"))
    >>> h["seq"], h["title"], h["source"], h["source_date"]
    (1, '中 빅테크 기업, NFT 생태계 구축 속도', '더구루', datetime.date(2022, 2, 19))
    >>> h = parse_article_heading("1. 中 '은발경제' 급성장 (서울경제 / 2026년 1월 13일)", 196, Report("x"))
    >>> h["title"], h["source"], h["source_date"]
    ("中 '은발경제' 급성장", '서울경제', datetime.date(2026, 1, 13))
    >>> [parse_article_heading(t, 1, Report("x"))["source"] for t in ("1. 中 비야디 (조선비즈 2026-01-27)", "2. 中 관광객 [서울신문 1.21]")]
    ['조선비즈', '서울신문']
    """
    m = ARTICLE.match(text)
    assert m, text
    body = m["text"]
    source_date: dt.date | None = None
    head, od = parse_heading_with_outlet(body)
    if od and "y" in od.groupdict():
        source_date = parse_date(od["y"], od["m"], od["d"], report, line)
    cleaned, fixes = fix_and_explain(text)
    if not head["title"]:  # a heading of only a source or a date keeps its printed text as title
        head["title"] = cleaned[m.start("text"):].strip() or cleaned
    return {"seq": int(m["seq"]), **head, "source_date": source_date, "fixes": fixes}


def _numbered_run(chunk: Chunk, work: list[Chunk]) -> int:
    """How many single numbered lines, numbered one after another, run from `chunk` on (`work`
    holds the chunks after it, the next last) with no text between them and none after the last
    but another such line's. Articles have text; a run of two or more is a list."""
    run, seq = 1, int(ARTICLE.match(chunk.lines[0].text)["seq"])
    while len(work) >= run:
        nxt = work[-run]
        m = ARTICLE.match(nxt.lines[0].text) if len(nxt.lines) == 1 else None
        if not m or int(m["seq"]) != seq + 1:
            break
        run, seq = run + 1, seq + 1
    return run


def _category_of(text: str, categories: set[str]) -> str | None:
    """The category a line names, its decoration and a banner's number aside (`01 정책·경제`, `━━ Ⅰ. 정책·거시 ━━`), if it
    names one."""
    if len(text) > _CATEGORY_MAX_CHARS:
        return None
    named = category_name(text)
    # (the number inside the decoration too: `━━ Ⅰ. 정책·거시 ━━━━`)
    for name in (fix_text(named), fix_text(category_name(CATEGORY_NUMBER.sub("", text))), fix_text(CATEGORY_NUMBER.sub("", named))):
        if name in categories:
            return name
    return None


def _rest_of(chunk: Chunk) -> Chunk:
    """A chunk without its first line (a category line printed above its text)."""
    return chunk.part(1)


def split_at_entries(chunks: list[Chunk], keys: frozenset[str]) -> list[Chunk]:
    """The chunks cut before each numbered heading further down one that repeats a contents entry (`keys`: their
    `title_key`s), a page printing the next article straight after the last one's text, no blank line between
    (`… 협의하고 있다.` / `06 │ 12 월 KIC 중국 한중 투자 상담회 참가 기업 모집` / `일시: …`)."""
    out = []
    for chunk in chunks:
        heads = [k for k, line in enumerate(chunk.lines) if k and (m := ARTICLE.match(line.text))
                 and not PAGE.search(line.text) and title_key(m["text"]) in keys]
        # (a tag or a label right above the heading is its own: `【산업분석】` / `1. …`, `투자 리포트` / `04 …`)
        cuts = [k - 1 if TAG.fullmatch(chunk.lines[k - 1].text.strip()) or is_label(chunk.lines[k - 1].text) else k
                for k in heads]
        cuts = [k for k in cuts if k]
        out += [chunk.part(a, b) for a, b in zip([0] + cuts, cuts + [None])] if cuts else [chunk]
    return out


def body_to_sections(chunks: list[Chunk], toc_categories: list[str], settings: Settings, report: Report,
                     toc_keys: frozenset[str] = frozenset(), toc_titles: frozenset[str] = frozenset()):
    """Sections (with blocks and their tables), the body's category headings, the lines used. A heading
    with no number that repeats a contents entry (`toc_keys`: their `title_key`s; `toc_titles`: their whole ones;
    see `patterns.repeats_entry`) opens an article as a numbered one does, numbered on from the last (from 1 under
    a new category)."""
    categories = set(known_categories()) | set(toc_categories)
    sections: list[dict] = []
    headings: list[dict] = []
    used: set[int] = set()
    category: str | None = None
    heading_pending = False  # a category heading was printed and no article has followed yet
    group = -1
    pending: list[Chunk] = []
    tag: tuple[str, int] | None = None  # a tag printed on the line above the next heading, and its line
    numbered: list[tuple[int, int, int]] = []  # (heading's line, number, kicker's line) of a heading under a kicker

    def flush() -> None:
        if not pending:
            return
        if not sections:
            for chunk in pending:
                report.warn("text_outside_section", f"text before the first article: {chunk.lines[0].text[:40]!r}",
                            chunk.line_start)
        else:
            blocks, tables = chunks_to_blocks(pending, settings)
            offset = len(sections[-1]["tables"])  # a section's text may arrive in more than one batch
            for block in blocks:
                if block["kind"] == "table":
                    block["table_id"] += offset
            sections[-1]["blocks"].extend(blocks)
            sections[-1]["tables"].extend(tables)
        pending.clear()

    work = list(reversed(split_at_entries(chunks, toc_keys) if toc_keys else chunks))
    while work:
        chunk = work.pop()
        text = chunk.lines[0].text
        single = len(chunk.lines) == 1
        ruled = RULE.match(text) and len(chunk.lines) > 1 and all(RULE.match(ln.text) for ln in chunk.lines[2:])
        if ruled and (name := _category_of(chunk.lines[1].text, categories)):
            # `━━━` / `02 스타트업 레이더` / `━━━`: a category's banner between rules
            flush()
            category, heading_pending = name, True
            headings.append({"category": category, "line": chunk.lines[1].line_start})
            used.update(range(chunk.line_start, chunk.line_end + 1))
            continue
        if name := _category_of(text, categories):
            # `■ 스타트업·투자 동향`, perhaps printed right above its first article with no blank line
            flush()
            category = name
            heading_pending = True
            headings.append({"category": category, "line": chunk.line_start})
            used.add(chunk.line_start)
            if not single:
                work.append(_rest_of(chunk))
            continue
        if (kicker := KICKER.match(text)) and (work or not single) \
                and stands_as_heading([ln.text for ln in (work[-1] if single else _rest_of(chunk)).lines]):
            # `정책 · 지역 │ 01` over `2027 년 전국 과학기술경비 통계공보: …`: the category, and the heading numbered
            # (`[이슈 브리핑 01]` right over the heading and its byline too)
            flush()
            if not single:
                work.append(_rest_of(chunk))
            if (name := fix_text(category_name(kicker["label"]))) in categories and name != category:
                category, heading_pending = name, True
                headings.append({"category": category, "line": chunk.line_start})
            numbered.append((work[-1].line_start, int(kicker["seq"]), chunk.line_start))
            used.add(chunk.line_start)
            continue
        if single and is_label(text) and not TAG.fullmatch(text.strip()) and work and (first := ARTICLE.match(work[-1].lines[0].text)) \
                and first["seq"] in ("1", "01") and (heads_prose([ln.text for ln in work[-1].lines], toc_keys)
                                                     or len(work[-1].lines) == 1 and OUTLET_DATE.search(first.group())) \
                and title_key(first["text"]) not in toc_keys:
            # `CHINA 뉴스 클리핑`, set apart over an article numbered 1 that no contents entry lists: its category
            flush()
            category, heading_pending = fix_text(category_name(text)), True
            headings.append({"category": category, "line": chunk.line_start})
            used.add(chunk.line_start)
            continue
        if not single and is_label(text) and not TAG.fullmatch(text.strip()) and not ARTICLE.match(chunk.lines[1].text) \
                and title_key(chunk.lines[1].text, whole=True) in toc_titles:
            # `KIC NEWS` over `2032 년 2 분기 KIC 중국 프로그램 안내`, `EDITOR'S NOTE` over `편집 후기` and its text: a kicker
            # with no number over a heading a contents entry gives whole; the heading stands on a line of its own
            flush()
            if len(chunk.lines) > 2:
                work.append(chunk.part(2))
            work.append(chunk.part(1, 2))
            used.add(chunk.line_start)
            continue
        below = ARTICLE.match(chunk.lines[1].text) if not single else None
        if below and ((lone := TAG.fullmatch(text.strip())) or is_label(text) and title_key(below["text"]) in toc_keys):
            # `【산업분석】` on a line of its own above `1. 체화지능 로봇, …`: the tag of the heading below (or a word
            # with no bracket over a heading the contents list, `투자 리포트` over `04  9 월 … 점검`)
            tag = (lone["tag"].strip() if lone else fix_text(category_name(text)), chunk.line_start)
            work.append(_rest_of(chunk))
            continue
        # (a heading with its byline right under it, `01. …` / `글: 디이차이징(第一财经) 보도 종합`, opens an article too)
        headed = stands_as_heading([line.text for line in chunk.lines], toc_keys) \
            or heads_prose([line.text for line in chunk.lines], toc_keys)  # (its first paragraph right under it)
        if headed and numbered and numbered[-1][0] == chunk.line_start:
            text = f"{numbered[-1][1]}. {HEADING_MARK.sub('', text)}"  # (numbered by the kicker above it)
        elif headed and not ARTICLE.match(text) \
                and repeats_entry(text, toc_keys, byline_of([ln.text for ln in chunk.lines]), toc_titles) \
                and not (sections and title_key(sections[-1]["title"], whole=True) == title_key(text, whole=True)):
            # `■ 선전시 2027 년 경제 성적표 공개…` / `출처: …`: numbered as the article it is (not the title of the article
            # it stands in, repeated over its table: `2029년 1~2월 중국 스타트업 투자 규모 Top 10`; a heading that carries
            # its own number, `[04] 제목`, keeps it)
            text = f"{1 if heading_pending or not sections else sections[-1]['seq'] + 1}. {HEADING_MARK.sub('', text)}"
        m = ARTICLE.match(text) if headed else None
        if m and ARTICLE.match(chunk.lines[0].text) and (run := _numbered_run(chunk, work)) > 1:
            # `1. … 양식 내려받기` | `2. … 제출` | `3. … 통보`, a paragraph each: a list, not articles with no text
            for _ in range(run - 1):
                pending.append(work.pop())
            pending.append(chunk)
            continue
        if m:
            seq = int(m["seq"])
            last = sections[-1]["seq"] if sections else 0
            if seq == 1 or (seq == last + 1 and sections):
                flush()
                if seq == 1:
                    group += 1
                    if not heading_pending:
                        category = None
                heading_pending = False
                head = parse_article_heading(text, chunk.line_start, report)
                if head["source"] is None and not single and (byline := LABELLED_SOURCE.fullmatch(chunk.lines[1].text)) \
                        and byline["names"].count("(") == 1:
                    # (its one source on the byline right under it, `◉ 01  …` / `출처 ▸ 국가통계국(国家统计局)`; the byline stays
                    # text; several, `국가통계국(国家统计局), 해관총서`, are left to the byline)
                    head["source"], head["source_zh"] = split_name_zh(fix_text(byline["names"].strip()))
                if tag is not None and tag[1] == chunk.line_start - 1:
                    head["tag"] = head["tag"] or tag[0]
                    used.add(tag[1])
                sections.append({**head, "category": category, "category_inferred": False, "group": group,
                                 "title_line": chunk.line_start, "line_start": chunk.line_start,
                                 "line_end": chunk.line_end, "blocks": [], "tables": []})
                used.add(chunk.line_start)
                if not single:
                    work.append(_rest_of(chunk))  # (the byline, read as the article's text)
                continue
            report.warn("article_number_out_of_sequence",
                        f"`{seq}.` after article {last} is read as text, not a new article", chunk.line_start)
        pending.append(chunk)
    flush()
    for section in sections:
        spans = [section["title_line"]] + [b["line_end"] for b in section["blocks"]]
        section["line_end"] = max(spans)
        for block in section["blocks"]:
            used.update(range(block["line_start"], block["line_end"] + 1))
    return sections, headings, used
