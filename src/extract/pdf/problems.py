"""Reading problems of a PDF, kept apart from producer quirks: pdfminer's complaints about font
descriptors that every page of some producers' files repeats (a missing FontBBox, say) are not
the user's concern; text that cannot be read (glyphs with no Unicode mapping, a font whose map
gives Latin letters for Hangul) is, as a warning naming the page."""

from __future__ import annotations

import logging
import re
from collections import Counter
from contextlib import contextmanager

#: pdfminer messages that only describe how a producer wrote its fonts or objects; the text is read
QUIRKS = re.compile(r"FontBBox|font descriptor|Invalid dictionary construct|Ignoring \(part of\) ToUnicode|"
                    r"undefined value|Cannot locate objid|unknown CMap|Unknown CID|is not a valid", re.I)
CID = re.compile(r"\(cid:\d+\)")
_LATIN1_LETTER = re.compile(r"[À-ÖØ-öø-ÿ]")
_HANGUL = re.compile(r"[가-힣]")


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not QUIRKS.search(message):
            self.messages.append(message)


@contextmanager
def pdfminer_messages():
    """Collect pdfminer's warnings (quirks dropped) instead of letting them reach stderr."""
    logger = logging.getLogger("pdfminer")
    collector = _Collector()
    saved = logger.propagate, logger.level
    logger.addHandler(collector)
    logger.propagate = False
    if logger.level == logging.NOTSET or logger.level > logging.WARNING:
        logger.setLevel(logging.WARNING)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
        logger.propagate, _ = saved
        logger.setLevel(saved[1])


def unreadable_glyphs(text: str) -> tuple[str, int]:
    """Glyphs the PDF gives no character for (`(cid:12)`) dropped, and how many there were.

    >>> unreadable_glyphs("경제(cid:12)(cid:7) 성장")
    ('경제 성장', 2)
    """
    found = CID.findall(text)
    return (CID.sub("", text), len(found)) if found else (text, 0)


def garbled(text: str) -> bool:
    """Whether a page's text looks decoded through a wrong font map: Latin-1 letters standing
    inside Korean words (`광둥ò`, `ÀÞ처`).

    >>> garbled("광둥ò È공경Ü 산Æ èò 3 ¼년"), garbled("Café 카페 Zürich 취리히")
    (True, False)
    """
    inside = Counter()
    for m in _LATIN1_LETTER.finditer(text):
        left, right = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
        inside[bool(_HANGUL.match(left) or _HANGUL.match(right))] += 1
    return inside[True] >= 3 and inside[True] > inside[False]
