"""Data tables (word lists, gazetteers, readings) that the code loads; see each file's header."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of a data file shipped in this package."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.split("\n") if ln.strip() and not ln.startswith("#")]


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-a-line data file, longest entries first (for regex alternation)."""
    return tuple(sorted({ln.strip() for ln in data_lines(name)}, key=lambda w: (-len(w), w)))


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-entry-a-line data file as a set, for membership (`word in word_set("particles.txt")`)."""
    return frozenset(word_list(name))


@cache
def tsv_rows(name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated data file with a header row, as dicts; empty cells become ''."""
    lines = data_lines(name)
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return tuple(rows)
