"""Split an issue's chunks into its masthead, table of contents and body."""

from __future__ import annotations

from dataclasses import dataclass

from kic_extract.clean.pagebreaks import Chunk
from kic_extract.segment.patterns import ARTICLE, TOC_ENTRY, is_toc_wrap


@dataclass(slots=True)
class Layout:
    masthead: list[Chunk]
    toc: list[Chunk]
    body: list[Chunk]


def _is_toc_chunk(chunk: Chunk) -> bool:
    return bool(TOC_ENTRY.match(chunk.lines[0].text)) and all(
        TOC_ENTRY.match(ln.text) or is_toc_wrap(ln.text) for ln in chunk.lines
    )


def _is_article_chunk(chunk: Chunk) -> bool:
    return len(chunk.lines) == 1 and bool(ARTICLE.match(chunk.lines[0].text))


def chunks_to_layout(chunks: list[Chunk]) -> Layout:
    """The TOC runs from the category line before its first `- ▶` entry to its last entry; the
    body starts after it. Without a TOC, everything before the first article is masthead."""
    first_entry = next((i for i, c in enumerate(chunks) if _is_toc_chunk(c)), None)
    first_article = next((i for i, c in enumerate(chunks) if _is_article_chunk(c)), len(chunks))
    if first_entry is None or first_entry > first_article:
        # no table of contents: the masthead ends at the body's first category heading or article
        start = first_article
        if start > 0 and len(chunks[start - 1].lines) == 1 and len(chunks[start - 1].lines[0].text) <= 30:
            start -= 1
        return Layout(chunks[:start], [], chunks[start:])
    toc_start = first_entry - 1 if first_entry > 0 and not _is_toc_chunk(chunks[first_entry - 1]) else first_entry
    last_entry = max(i for i, c in enumerate(chunks[:first_article]) if _is_toc_chunk(c))
    return Layout(chunks[:toc_start], chunks[toc_start : last_entry + 1], chunks[last_entry + 1 :])
