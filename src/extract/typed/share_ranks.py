"""The rank of a share written in brackets after a ranked level (`저장성이 624곳(19.1%)으로 가장 많았고`): the
share is of the whole the paragraph states, so it stands where the level stands; taken only where the arithmetic
shows it is that share, the level over a whole the paragraph gives (the nation's, `전국 … 3,268곳`, or one a
leader's level and share imply, `5억 2,480만 장으로 전국의 38.6%`) coming to the share as written.
"""

from __future__ import annotations

from decimal import Decimal

from kic_extract.compiled import compiled

_OPENS_BRACKET = compiled(r"\s*\(\s*$")
_NATION = "中国"


def _wholes(unit: str, records: list[dict], figures: list[dict]) -> list[Decimal]:
    """The wholes in `unit` the paragraph's records so far and the sentence's figures give: the nation's level, and
    the one a region's level and its share of it imply (`5억 2,480만 장으로 전국의 38.6%를` → 13억 5,959만 장)."""
    levels = [(r["region_zh"], Decimal(r["value"]), r["unit"], r["bound"]) for r in records] + [
        (f["region"].zh if f["region"] is not None else None, f["amount"].value, f["amount"].unit, f["amount"].bound)
        for f in figures]
    out = [value for zh, value, u, bound in levels if zh == _NATION and u == unit and bound is None and value > 0]
    for k, (zh, value, u, bound) in enumerate(levels):
        if u != unit or bound is not None or zh is None or zh == _NATION or value <= 0:
            continue
        shares = [s for z, s, su, sb in levels[k + 1:k + 3] if z == zh and su == "%" and sb is None and 0 < s < 100]
        out += [value * 100 / shares[0]] if shares else []
    return out


def _agrees(level: Decimal, whole: Decimal, share: Decimal) -> bool:
    """Whether `level` over `whole` comes to `share` as written, to its last digit.

    >>> _agrees(Decimal(624), Decimal(3268), Decimal("19.1")), _agrees(Decimal(587), Decimal(3268), Decimal("19.1"))
    (True, False)
    """
    places = -share.as_tuple().exponent if share.as_tuple().exponent < 0 else 0
    return abs(level * 100 / whole - share) <= Decimal(6) / (10 ** (places + 1))


def rank_bracketed_shares(clause: str, figures: list[dict], records: list[dict], said: list[dict]) -> None:
    """Give a share in brackets right after its region's ranked level that level's rank, where the level over a whole
    the paragraph gives (`records`, the sentence's figures before, `said`, and the clause's) comes to it."""
    for level, share in zip(figures, figures[1:]):
        if level["rank"] is None or share["rank"] is not None or share["amount"].unit != "%" \
                or share["region"] is not level["region"] or level["amount"].unit == "%" or level["amount"].bound is not None \
                or not _OPENS_BRACKET.search(clause, level["end"], share["start"]) or not clause.startswith(")", share["end"]):
            continue
        wholes = _wholes(level["amount"].unit, records, said + [f for f in figures if f is not level and f is not share])
        if any(_agrees(level["amount"].value, whole, share["amount"].value) for whole in wholes):
            share["rank"] = level["rank"]

