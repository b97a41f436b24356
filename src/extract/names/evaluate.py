"""Measure the names stage on hand-labelled `한글(漢字)` pairs (tests/data/name_pairs*.tsv).

    python -m kic_extract.names.evaluate tests/data/name_pairs.tsv [--misses]

Three figures: (1) `translit` gives the labelled standard form of the whole name; (2) the
mention finder and the glossary, run on the printed mention in a sentence, find the pair with
its Chinese and its Korean (or Latin) name; (3) the form the glossary gives the spelling
(standard, sino, variant, other) is the labelled one; and, besides, (4) `translit` gives the
labelled Sino-Korean reading.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kic_extract.ingest import Line
from kic_extract.names.forms import name_form
from kic_extract.names.glossary import mention_to_observations
from kic_extract.names.mentions import lines_to_mentions
from kic_extract.names.readings import read_name, to_simplified

COLUMNS = ("mention", "ko", "zh", "kind", "standard", "sino", "form", "url")
#: the sentence each mention is read in
CONTEXT = "관계자는 {mention} 관련 소식을 전했다."


def read_pairs(path: Path) -> list[dict[str, str]]:
    """The rows of a pairs file (comment lines first, then a header row)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or any(c not in rows[0] for c in COLUMNS):
        raise ValueError(f"{path}: expected the columns {', '.join(COLUMNS)}")
    return rows


def _squash(text: str | None) -> str:
    return (text or "").replace(" ", "")


def translit_ok(row: dict[str, str]) -> tuple[bool, str]:
    got = read_name(row["zh"], person=row["kind"] == "person").ko or ""
    return got == row["standard"], got


def found_ok(row: dict[str, str]) -> tuple[bool, str]:
    """The pair is found in a sentence: a mention with the same (simplified) Chinese and the same
    Korean, which the glossary reads into at least one name core."""
    zh = to_simplified(row["zh"])
    mentions = lines_to_mentions([Line(1, CONTEXT.format(mention=row["mention"]))])
    for m in mentions:
        if to_simplified(m.zh) == zh and _squash(m.text) == _squash(row["ko"]):
            return bool(mention_to_observations(m)), f"{m.zh}={m.text}"
    return False, "; ".join(f"{m.zh}={m.text}" for m in mentions) or "nothing"


def sino_ok(row: dict[str, str]) -> tuple[bool, str]:
    got = read_name(row["zh"], person=row["kind"] == "person").ko_sino or ""
    return got == row["sino"], got


def form_ok(row: dict[str, str]) -> tuple[bool, str]:
    got = name_form(row["ko"], row["zh"], row["kind"] == "person")
    return got == row["form"], got


MEASURES = {"translit standard form": translit_ok, "glossary recall": found_ok, "form": form_ok,
            "sino reading": sino_ok}


@dataclass
class Score:
    name: str
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0


def evaluate(rows: list[dict[str, str]]) -> list[Score]:
    scores = []
    for name, measure in MEASURES.items():
        score = Score(name)
        for row in rows:
            ok, got = measure(row)
            score.total += 1
            score.hits += ok
            if not ok:
                want = {"translit standard form": row["standard"], "glossary recall": f"{row['zh']}={row['ko']}",
                        "form": row["form"], "sino reading": row["sino"]}[name]
                score.misses.append(f"{row['mention']}\t{row['kind']}\twant {want}\tgot {got}")
        scores.append(score)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.names.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="a name_pairs TSV file")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for path in args.pairs:
        rows = read_pairs(path)
        print(f"{path} ({len(rows)} pairs)")
        for score in evaluate(rows):
            print(f"  {score.name:<24} {score.hits:>4}/{score.total:<4} {score.rate:7.1%}")
            if args.misses:
                for miss in score.misses:
                    print(f"      {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
