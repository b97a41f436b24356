"""Cue words that tell what a table's row or column, or a card's value, is (data/table_cues.tsv), and a card's field
labels (data/card_labels.tsv)."""

from __future__ import annotations

from functools import cache

from kic_extract.data import tsv_rows


@cache
def cue_words(kind: str) -> tuple[str, ...]:
    """Words that tell what a table's row or column is, of one kind (data/table_cues.tsv)."""
    return tuple(r["word"] for r in tsv_rows("table_cues.tsv") if r["kind"] == kind)


@cache
def card_labels() -> dict[str, str]:
    """Card field labels (white space removed) → the companies.json field (data/card_labels.tsv)."""
    return {r["label"]: r["field"] for r in tsv_rows("card_labels.tsv")}


def compact(text: str | None) -> str:
    """A cell without its white space, as cue words are matched (`합 계` is `합계`)."""
    return "".join((text or "").split())
