"""The scorer behind `make eval`, and the development corpus held at the level it reaches."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kic_extract.evaluate import AREAS, Score, corpus_inputs, match_multisets, score_issue, score_tables

CORPUS = Path(__file__).resolve().parent / "corpus"
ISSUES = sorted(CORPUS.glob("kic-china-weekly-*.txt"))
#: the lowest score each area may fall to on a development issue before the suite fails
FLOORS = {"sections": 0.95, "tables": 0.95, "amounts": 0.95, "figures": 0.95, "names": 0.95, "warnings": 0.95}


def test_losing_and_inventing_both_cost():
    assert Score(8, 0, 0).f1 == 1.0
    assert Score(0, 0, 0).f1 == 1.0  # nothing to find and nothing found
    lost, invented = match_multisets(["a", "b"], ["a"]), match_multisets(["a"], ["a", "b"])
    assert lost.f1 == invented.f1 == pytest.approx(2 / 3)


def test_a_dropped_row_and_an_invented_row_are_both_counted():
    key = {"tables": [{"header": ["지역", "2025년"], "rows": [["광둥성", "1,804"], ["장쑤성", "3,635"]]}]}
    out = {"tables": [{"kind": "other", "header": ["지역", "2025 년"], "rows": [["광둥성", "1,804"]]}]}
    assert (score_tables(key, out).tp, score_tables(key, out).missed) == (2, 1)  # white space is not a difference
    worse = copy.deepcopy(out)
    worse["tables"][0]["rows"].append(["산둥성", "9"])
    assert score_tables(key, worse).invented == 1


def test_a_card_keyed_as_a_table_is_scored_as_a_card():
    # 1123 l.224-225 keys a company card as a table, its first row the header; cards are scored under amounts
    card = [["기업", "란투성우 澜途生物科技有限公司", "창립연도", "2019.6"],
            ["홈페이지", "https://www.lantubio.com.cn/", "자금조달 상황", "누적 약 9억 위안"]]
    key = {"tables": [{"header": card[0], "rows": card[1:]}, {"header": ["지역", "2025년"], "rows": [["광둥성", "1,804"]]}]}
    out = {"tables": [{"kind": "company_card", "header": [], "rows": card},
                      {"kind": "other", "header": ["지역", "2025년"], "rows": [["광둥성", "1,804"]]}]}
    assert (score_tables(key, out).tp, score_tables(key, out).missed, score_tables(key, out).invented) == (2, 0, 0)
    # with no card read, the key's card is a table missed
    assert score_tables(key, {"tables": out["tables"][1:]}).missed == 2


def test_every_corpus_issue_has_a_key():
    pairs = corpus_inputs(CORPUS)
    assert {p.name for p, _ in pairs if p.suffix == ".txt"} == {p.name for p in ISSUES}
    assert len(ISSUES) >= 4
    for _, key in pairs:
        assert set(json.loads(key.read_text(encoding="utf-8"))) >= {"issue", "toc", "sections", "tables", "amounts"}


@pytest.mark.parametrize("path", ISSUES, ids=lambda p: p.stem)
def test_development_issues_stay_at_their_level(path):
    key = json.loads(path.with_name(path.stem + ".key.json").read_text(encoding="utf-8"))
    scores = score_issue(path, key)
    assert set(scores) == set(AREAS)
    low = {area: round(s.f1, 3) for area, s in scores.items() if s.f1 < FLOORS[area]}
    assert not low, f"{path.name}: {low}; see `python -m kic_extract.evaluate tests/corpus --misses`"
