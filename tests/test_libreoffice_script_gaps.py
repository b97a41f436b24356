"""LibreOffice's prints set 0.2 em between Korean or Chinese and Latin letters (`중관춘 KIC 혁신센터` as drawn, no space
glyph): a table cell, whose own glyphs may hold no space to measure, is spaced by its page's space glyphs, and a Chinese
name in brackets wrapped at its Latin letters is joined with no space. Held-out 946 printed by LibreOffice
(`tests/data/pdf/kic-china-weekly-946.libreoffice.pdf`); values read by hand from the issue's text."""

from __future__ import annotations

from functools import cache

from conftest import ROOT, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


@cache
def _libreoffice_946():
    path = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-946.libreoffice.pdf"
    return extract_issue(path, path.name, Settings())


def test_libreoffices_gap_between_scripts_is_no_space_in_a_cell_nor_at_a_wrap():
    # 946 l.161 `베이징(北京)	중관춘KIC혁신센터(中关村KIC创新中心)	직영	18` (the cell wraps after `中关村`);
    # l.164 `상하이(上海)	장장KIC센터(张江KIC中心)	직영	14`: LibreOffice sets 0.2 em between Korean or Chinese and Latin
    result = _libreoffice_946()
    rows = [r for t in records_of(result, "tables") for r in t["rows"]]
    assert ["베이징(北京)", "중관춘KIC혁신센터(中关村KIC创新中心)", "직영", "18"] in rows
    assert ["상하이(上海)", "장장KIC센터(张江KIC中心)", "직영", "14"] in rows
