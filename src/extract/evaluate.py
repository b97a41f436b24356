"""Score the pipeline against hand-written answer keys: `python -m kic_extract.evaluate tests/corpus`.

Every issue `NAME.txt` (or a PDF rendering `NAME.<producer>.pdf` under `pdf/`) is run through the
pipeline and compared with `NAME.key.json` (format: tests/corpus/README.md) in six areas. An
area's score is an F1 over its items: a key item the output lacks and an output item the key
lacks both count against it, so neither losing data nor inventing it scores well.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import regex

from kic_extract.clean.lookalikes import fold_lookalikes
from kic_extract.segment.patterns import TAG
from kic_extract.typed.cells import MAGNITUDE, unit_spellings

AREAS = ("sections", "tables", "amounts", "figures", "names", "warnings")
#: warning kinds the keys carry, and the pipeline codes that report them
WARNING_CODES = {"total_mismatch": "total_mismatch", "count_mismatch": "count_mismatch"}
_SPACE = regex.compile(r"\s+")
_REGION_SUFFIX = regex.compile(r"(?:특별행정구|(?:좡족|후이족|위구르)?자치구|특별시|직할시|성|시)$")
_NATION = {"중국", "전국", "全国", "中国"}
# a district written after its city (`베이징시 하이뎬구`, `베이징시하이뎬구`), or after its city's bare name a word apart
# (`상하이 푸둥신구`, `선전 난산구`)
_PROVINCE_PLACE = regex.compile(r"\p{Hangul}{1,8}?(?:성|자치구)\s(?P<place>\p{Hangul}{2,8}(?:\s\p{Hangul}{2,8})?)")
_CITY_DISTRICT = regex.compile(r"\p{Hangul}{1,6}?(?:(?:시|성)\s?|(?<=^\p{Hangul}{2,4})\s)(?P<district>\p{Hangul}{1,8}?(?<!자치)(?:신구|구|현))")


@dataclass(slots=True)
class Score:
    """True positives, misses (key items not produced) and inventions (output items not in the key),
    with the items themselves for `--misses`."""

    tp: int = 0
    missed: int = 0
    invented: int = 0
    missed_items: list = field(default_factory=list)
    invented_items: list = field(default_factory=list)

    @property
    def f1(self) -> float:
        denominator = self.tp + (self.missed + self.invented) / 2
        return 1.0 if denominator == 0 else self.tp / denominator

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.missed += other.missed
        self.invented += other.invented
        self.missed_items += other.missed_items
        self.invented_items += other.invented_items


def _norm(text) -> str:
    """Text compared without white space, NFC, look-alikes folded (the pipeline closes up `31 개 성`, and a
    PDF's raw lines may print `⼴州` for 广州 where the records hold the character meant).

    >>> _norm("광저우(⼴州) 6 개 도시") == _norm("광저우(广州) 6개 도시")
    True
    """
    return "" if text is None else _SPACE.sub("", fold_lookalikes(unicodedata.normalize("NFC", str(text))))


def _unit(text) -> str | None:
    """A unit compared as the records write it: another spelling stands for its unit (data/units.tsv `as`:
    a key may keep the text's `킬로와트` where the records write `kW`).

    >>> _unit("킬로와트"), _unit("억 킬로와트"), _unit("위안"), _unit(None)
    ('kW', '억kW', '위안', None)
    """
    unit = _norm(text)
    if not unit:
        return None
    rest = unit.lstrip(MAGNITUDE)
    return unit[: len(unit) - len(rest)] + unit_spellings().get(rest, rest)


def _title(text) -> str:
    """A section's title compared without the tag before it (`【투자결산】`, `[인터뷰]`): the record keeps
    the tag in a field of its own, and keys differ on whether the title repeats it."""
    return _norm(TAG.sub("", str(text or "").strip()))


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return None


_GLOSS_AFTER = regex.compile(r"\s*\(\p{Han}+\)")


def _region(text) -> str:
    """A region compared by its name: without its generic suffix, the country by one name, and a
    district written with its city by the district (keys differ on `베이징시 하이뎬구` or `선전 난산구`
    against `하이뎬구`, `난산구`; both name one place), a place written with its province by the place
    (`장쑤성 쑤저우`, `지린성 창춘시`).

    >>> _region("베이징시 하이뎬구"), _region("하이뎬구"), _region("광둥성"), _region("전국"), _region("광시좡족자치구")
    ('하이뎬구', '하이뎬구', '광둥', '중국', '광시')
    >>> _region("상하이 푸둥신구"), _region("선전 난산구"), _region("푸둥신구")
    ('푸둥신구', '난산구', '푸둥신구')
    >>> _region("장쑤성 쑤저우"), _region("지린성 창춘시"), _region("광둥성 선전시 난산구"), _region("광둥성")
    ('쑤저우', '창춘', '난산구', '광둥')
    >>> _region("산시성(山西)"), _region("산시성(陕西省)")  # (a key telling two alike apart by their Chinese, as written)
    ('산시', '산시')
    """
    text = " ".join(_GLOSS_AFTER.sub("", str(text or "")).split())
    text = in_province["place"] if (in_province := _PROVINCE_PLACE.fullmatch(text)) else text
    district = _CITY_DISTRICT.fullmatch(text)
    text = _norm(district["district"] if district else text)
    if text in _NATION:
        return "중국"
    stripped = _REGION_SUFFIX.sub("", text)
    return stripped if len(stripped) > 1 else text  # (`광시` is a name, not `광` and a suffix)


def match_multisets(key: list, out: list) -> Score:
    """Score two lists of hashable items as multisets.

    >>> s = match_multisets(["a", "a", "b"], ["a", "c"]); (s.tp, s.missed, s.invented)
    (1, 2, 1)
    """
    k, o = Counter(key), Counter(out)
    tp = sum((k & o).values())
    return Score(tp, sum(k.values()) - tp, sum(o.values()) - tp, sorted((k - o).elements(), key=repr),
                 sorted((o - k).elements(), key=repr))


def score_sections(key: dict, out: dict, text_route: bool) -> Score:
    issue = out["issues"][0] if out["issues"] else {}
    score = Score()
    for name in ("number", "date"):
        want = key.get("issue", {}).get(name)
        if want is not None:
            score.add(Score(1, 0, 0) if str(issue.get(name)) == str(want) else Score(0, 1, 0))
    score.add(match_multisets(
        [(_norm(e["title"]), e.get("page"), _norm(e.get("category"))) for e in key.get("toc", [])],
        [(_norm(e["title"]), e["page"], _norm(e["category"])) for e in issue.get("toc", [])]))
    score.add(match_multisets(
        [(_title(s["title"]), _norm(s.get("category")), s.get("page_start")) for s in key.get("sections", [])],
        [(_title(s["title"]), _norm(s["category"]), s["page_start"]) for s in out["sections"]]))
    if text_route and "furniture" in key:
        score.add(match_multisets(key["furniture"], out["furniture"]))
    return score


def _table_rows(table: dict) -> list[tuple]:
    """A table's header and rows as tuples of cells, each row without the blank cells after its last
    printed one: `합계 | 67.9 | 76` as a text's tabs give it is the row a PDF's grid gives `합계 | 67.9 | 76 | | |`.

    >>> _table_rows({"header": ["a", "b", "c"], "rows": [["합계", "7", None], ["x", None, "1"]]})
    [('a', 'b', 'c'), ('합계', '7'), ('x', '', '1')]
    """
    rows = ([table["header"]] if table.get("header") else []) + list(table["rows"])
    out = []
    for row in rows:
        cells = [_norm(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(tuple(cells))
    return out


def score_tables(key: dict, out: dict) -> Score:
    """Rows of every table; company cards are label/value pairs, scored under amounts (their
    funding) rather than as tables, on both sides: a key table whose rows are all those of a card the
    pipeline read is that card."""
    cards = {r for t in out["tables"] if t["kind"] == "company_card" for r in _table_rows(t)}
    return match_multisets([r for t in key.get("tables", []) if not set(rows := _table_rows(t)) <= cards for r in rows],
                           [r for t in out["tables"] if t["kind"] != "company_card" for r in _table_rows(t)])


def _amount_item(a: dict) -> tuple:
    return (_decimal(a.get("value")), _unit(a.get("unit")), bool(a.get("approx")), a.get("bound"),
            bool(a.get("cumulative")))


def score_amounts(key: dict, out: dict) -> Score:
    return match_multisets([_amount_item(a) for a in key.get("amounts", [])],
                           [_amount_item(a) for a in out.get("amounts", [])])


def _figure_item(f: dict) -> tuple:
    region = f.get("region", f.get("region_ko"))
    return (_region(region), _decimal(f.get("value")), _unit(f.get("unit")), f.get("rank"), f.get("bound"),
            f.get("year"))


def score_figures(key: dict, out: dict) -> Score:
    produced = out.get("figures") if out.get("figures") is not None else out.get("gdp", [])
    return match_multisets([_figure_item(f) for f in key.get("figures", [])], [_figure_item(f) for f in produced])


def _bracketed(mention, line_text) -> bool:
    """Whether the finder read the pair from brackets (`광저우(广州)`), the shape the keys list,
    rather than from a `광저우 广州` table cell. The line is cleaned as the finder cleans it
    (look-alike radicals folded)."""
    from kic_extract.clean import fix_text

    return bool(regex.search(r"[(\[（][^)\]）]*" + regex.escape(mention.zh), fix_text(line_text(mention.line))))


def score_names(key: dict, out: dict, line_text) -> Score:
    """`한글(漢字)` pairs as the name finder reads them off the issue's lines."""
    return match_multisets(sorted({(_norm(n["ko"]), _norm(n["zh"])) for n in key.get("names", [])}),
                           sorted({(_norm(m.text), _norm(m.zh)) for m in out["mentions"]
                                   if m.text and _bracketed(m, lambda no: out["rejoined"][no][1] if no in out["rejoined"]
                                                            else line_text(no))}))


def score_warnings(key: dict, out: dict, line_text) -> Score:
    wanted = key.get("warnings", [])
    produced = [w for w in out["warnings"] if w["code"] in WARNING_CODES.values()]
    score = Score()
    left = list(produced)
    for want in wanted:
        code = WARNING_CODES.get(want["kind"], want["kind"])
        snippet = _norm(want.get("snippet"))
        hit = next((w for w in left if w["code"] == code
                    and (snippet in _norm(w["message"]) or snippet in _norm(line_text(w["line"])))), None)
        if hit is None:
            score.missed += 1
            score.missed_items.append((want["kind"], want.get("snippet")))
        else:
            score.tp += 1
            left.remove(hit)
    score.invented += len(left)
    score.invented_items += [(w["code"], w["line"], w["message"]) for w in left]
    return score


def issue_lines(path: Path, settings) -> list:
    """The numbered lines the pipeline reads from an input (a PDF's text as its reader gives it)."""
    from kic_extract.ingest import bytes_to_text, text_to_lines

    if path.suffix.lower() == ".pdf":
        from kic_extract.pdf.read import pdf_to_text

        return text_to_lines(pdf_to_text(path, settings)[0])
    return text_to_lines(bytes_to_text(path.read_bytes())[0])


def output_of(path: Path) -> tuple[dict, callable]:
    """The pipeline's records for one input as plain JSON values, and a line → raw text lookup."""
    from kic_extract.names.mentions import mentions_across
    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    settings = Settings()
    result = extract_issue(path, path.name, settings)
    lines = issue_lines(path, settings)
    out = {name: [r.model_dump(mode="json", by_alias=True) for r in records] for name, records in result.records.items()}
    out["mentions"] = mentions_across(lines, result.rejoined)  # (as the names stage reads them, across page breaks)
    out["rejoined"] = result.rejoined
    out["warnings"] = [w.model_dump(mode="json") for w in result.warnings]
    out["furniture"] = list(result.coverage.furniture)

    def line_text(no):
        return lines[no - 1].text if no and 0 < no <= len(lines) else ""

    return out, line_text


def score_issue(path: Path, key: dict) -> dict[str, Score]:
    out, line_text = output_of(path)
    text_route = path.suffix.lower() != ".pdf"
    return {
        "sections": score_sections(key, out, text_route),
        "tables": score_tables(key, out),
        "amounts": score_amounts(key, out),
        "figures": score_figures(key, out),
        "names": score_names(key, out, line_text),
        "warnings": score_warnings(key, out, line_text),
    }


def corpus_inputs(folder: Path) -> list[tuple[Path, Path]]:
    """(input, key) pairs: every `NAME.txt` with a `NAME.key.json`, and `pdf/NAME.*.pdf` renderings."""
    pairs = []
    for key in sorted(folder.glob("*.key.json")):
        stem = key.name[: -len(".key.json")]
        text = folder / f"{stem}.txt"
        if text.exists():
            pairs.append((text, key))
        pairs.extend((pdf, key) for pdf in sorted((folder / "pdf").glob(f"{stem}.*.pdf")))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="corpus folders holding NAME.txt and NAME.key.json")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    parser.add_argument("--misses", action="store_true", help="also list what each area missed and invented")
    args = parser.parse_args(argv)
    rows = []
    for folder in args.folders:
        for path, key_path in corpus_inputs(folder):
            key = json.loads(key_path.read_text(encoding="utf-8"))
            label = str(path.relative_to(folder.parent)) if folder.parent != path else path.name
            try:
                scores = score_issue(path, key)
            except Exception as exc:  # an input the pipeline cannot read scores zero, and says why
                print(f"{label}: the pipeline failed: {exc}", file=sys.stderr)
                scores = {area: Score(0, 1, 0) for area in AREAS}
            rows.append((label, scores))
            if args.misses:
                for area, score in scores.items():
                    for item in score.missed_items:
                        print(f"{label} {area} missed: {item}")
                    for item in score.invented_items:
                        print(f"{label} {area} invented: {item}")
    if args.json:
        print(json.dumps({label: {a: round(s.f1, 4) for a, s in scores.items()} for label, scores in rows}, indent=1))
        return 0
    width = max((len(label) for label, _ in rows), default=10)
    print(f"{'issue':<{width}}  " + "  ".join(f"{a:>8}" for a in AREAS))
    for label, scores in rows:
        print(f"{label:<{width}}  " + "  ".join(f"{100 * scores[a].f1:7.1f}%" for a in AREAS))
    if rows:
        print(f"{'mean':<{width}}  " + "  ".join(
            f"{100 * sum(s[a].f1 for _, s in rows) / len(rows):7.1f}%" for a in AREAS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
