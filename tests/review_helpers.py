"""Helpers shared by the review site tests: a hostile issue, and HTML read back into rows."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from kic_extract.runner import run

#: an issue whose masthead title, TOC entry, article title, prose and table title carry markup
HOSTILE_TEXT = """주간 중국 창업 <script>window.__pwned=1</script>

제 999 호 (2022. 03. 02)

발행처 : 글로벌혁신센터(KIC 중국)

Weekly 뉴스

- ▶ 테스트 </td><script>window.__pwned=2</script> 제목 — 국무원(国务院) p2

Weekly 뉴스

1. 테스트 </td><script>window.__pwned=2</script> 제목 — 국무원(国务院)

본문 문장은 <img src=x onerror="window.__pwned=3"> 이렇게 끝난다. 상하이(上海)의 GDP는 4조 3,214억 위안으로 전국 10위를 기록했다.

표 제목 </table><b>굵게</b>\t\t\t
지표\t2020년\t2025년\t속성
기업 수(만 개)\t7.8\t10\t예정
"""


def hostile_outputs(tmp: Path) -> tuple[Path, Path]:
    """The hostile issue written to tmp/raw and run through the pipeline into tmp/out."""
    raw, out = tmp / "raw", tmp / "out"
    raw.mkdir(parents=True)
    (raw / "kic-china-weekly-999.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    assert run(raw, out, jobs=1, progress=False) == 0
    return raw, out


class Rows(HTMLParser):
    """Every element with an id: its tag, class and text content (tags stripped)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, dict] = {}
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("col", "input", "meta", "br", "img", "link"):
            return
        a = dict(attrs)
        self._open.append((tag, a.get("id")))
        if a.get("id"):
            self.found[a["id"]] = {"tag": tag, "class": a.get("class") or "", "text": "", "hrefs": []}

    def handle_endtag(self, tag):
        while self._open:
            t, _ = self._open.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for _, ident in self._open:
            if ident:
                self.found[ident]["text"] += data

    def handle_startendtag(self, tag, attrs):
        pass


def links(html: str) -> list[tuple[str, str]]:
    """(href, class) of every link in the page."""
    out = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "a" and "href" in a:
                out.append((a["href"], a.get("class") or ""))

    P().feed(html)
    return out
