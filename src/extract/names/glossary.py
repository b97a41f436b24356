"""Name cores, their alignment with the Korean given for them, and the glossary.

`上海紫竹高新技术产业开发区` / `상하이즈주고신구` → generic part 高新技术产业开发区 (고신구) and cores
上海 ↔ 상하이, 紫竹 ↔ 즈주. Each spelling is classified against the core's readings: `standard`
(the transliteration), `sino` (the Sino-Korean reading), `variant` (a nonstandard
transliteration close to one of them), `other` (a translation or a Latin name).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache


from kic_extract.clean import fix_text
from kic_extract.compiled import longest_first
from kic_extract.gazetteer import PLACES, find_regions, is_province, regions
from kic_extract.names.forms import VARIANT_DISTANCE, VARIANT_DISTANCE_SAME_CONSONANTS, name_form
from kic_extract.names.hangul import consonant_skeleton, distance, is_hangul
from kic_extract.names.mentions import Mention, mentions_across
from kic_extract.names.parts import Part, split_generic
from kic_extract.names.readings import read_name, to_simplified
from kic_extract.names.translit import plain

_SKIP_CORE = 1.0   # a core the Korean leaves out
_GENERIC_MISS = 0.8  # a generic part rendered other than by its known translations
_GENERIC_OMITTED = 0.3
_LEFTOVER = 0.3    # per Korean syllable aligned to nothing (`산시성` for 山西)


#: a name's generic parts and cores (see kic_extract.names.parts)
Segment = Part


@cache
def _places() -> tuple[str, ...]:
    """The places split off the front of a name (`上海紫竹…`): not the cities named only with their 시, whose
    names open brands (宁德时代)."""
    return tuple(longest_first(r.zh for r in regions() if r.level in PLACES | {"country"} and not r.suffix_only))


@cache
def _every_place() -> frozenset[str]:
    return frozenset(r.zh for r in regions() if r.level in PLACES | {"country"})


@cache
def _attested() -> dict[str, frozenset[str]]:
    """Spellings the gazetteer lists as met in use (variants, customary names), by region."""
    return {r.zh: frozenset(r.variants) | frozenset(r.customary) for r in regions()}


def split_name(zh: str, split_places: bool = True) -> list[Segment]:
    """Generic parts and cores of a simplified name; known places at the front of a core split off.
    (Names repeat within and across issues, so results are cached.)

    >>> [(s.zh, s.generic) for s in split_name("上海紫竹高新技术产业开发区")]
    [('上海', False), ('紫竹', False), ('高新技术产业开发区', True)]
    >>> [s.zh for s in split_name("湖北自贸区武汉片区分行")]
    ['湖北', '自贸区', '武汉', '片区', '分行']
    """
    return list(_segments(zh, split_places))


@lru_cache(maxsize=16384)
def _segments(zh: str, split_places: bool) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for part in split_generic(zh):
        out.extend([part] if part.generic else _split_core(part.zh, split_places))
    return tuple(out)


@cache
def _places_by_first() -> dict[str, tuple[str, ...]]:
    """`_places` by first character, in their order (longest first)."""
    out: dict[str, list[str]] = {}
    for place in _places():
        out.setdefault(place[:1], []).append(place)
    return {ch: tuple(places) for ch, places in out.items()}


def _split_core(core: str, split_places: bool) -> list[Segment]:
    if split_places:
        for place in _places_by_first().get(core[:1], ()):
            if core.startswith(place) and len(core) > len(place):
                return [Segment(place, False)] + _split_core(core[len(place):], split_places)
    return [Segment(core, False)]


def classify(text: str, ko: str | None, sino: str | None) -> str:
    """How a spelling renders a name.

    >>> classify("광저우", "광저우", "광주"), classify("국무원", "궈우위안", "국무원")
    ('standard', 'sino')
    >>> classify("우씨", "우시", "무석"), classify("따리엔", "다롄", "대련"), classify("시대데이터", "스다이수쥐", "시대수거")
    ('variant', 'variant', 'other')
    >>> classify("BYD", "비야디", "비아적"), classify("햇불", "훠쥐", "화거")
    ('other', 'other')
    """
    if text == ko:
        return "standard"
    if text == sino:
        return "sino"
    if not is_hangul(text):
        return "other"
    for reading in (ko, sino):
        if not reading:
            continue
        d = distance(text, reading)
        if d <= VARIANT_DISTANCE or (d <= VARIANT_DISTANCE_SAME_CONSONANTS
                                     and consonant_skeleton(text) == consonant_skeleton(reading)):
            return "variant"
    return "other"


@lru_cache(maxsize=65536)
def _core_cost(span: str, zh: str) -> float:
    if not span:
        return _SKIP_CORE
    reading = read_name(zh, person=False)
    return min(distance(span, r) for r in (reading.ko, reading.ko_sino) if r) if (reading.ko or reading.ko_sino) else 1.0


@lru_cache(maxsize=4096)
def _generic_spellings(seg: Segment) -> frozenset[str]:
    """A generic part written with a Korean word, transliterated, or in its Sino-Korean reading."""
    reading = read_name(seg.zh, person=False)
    return frozenset(seg.translations) | {r for r in (reading.ko, reading.ko_sino) if r}


def align(segments: list[Segment], korean: str) -> list[str | None]:
    """The Korean span for each segment (None where the Korean leaves it out), found by
    minimizing the total cost over all ways of cutting the Korean into consecutive spans.

    >>> align(split_name("上海紫竹高新技术产业开发区"), "상하이즈주고신구")
    ['상하이', '즈주', '고신구']
    >>> align(split_name("北京中关村支行"), "중관춘지점")
    [None, '중관춘', '지점']
    """
    return list(_align(tuple(segments), korean))


@lru_cache(maxsize=16384)
def _align(segments: tuple[Segment, ...], korean: str) -> tuple[str | None, ...]:
    k = korean
    n, m = len(segments), len(k)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):  # Korean before the first segment is left over
        best[0][j] = j * _LEFTOVER
    for i, seg in enumerate(segments):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for q in range(j, min(m, j + 3 * max(1, len(seg.zh)) + 2) + 1):
                span = k[j:q]
                if seg.generic:
                    cost = 0.0 if span in _generic_spellings(seg) else (_GENERIC_OMITTED if not span else _GENERIC_MISS)
                else:
                    cost = _core_cost(span, seg.zh)
                if best[i][j] + cost < best[i + 1][q]:
                    best[i + 1][q] = best[i][j] + cost
                    back[i + 1][q] = (j, q)
    end = min(range(m + 1), key=lambda q: best[n][q] + (m - q) * _LEFTOVER)
    spans: list[str | None] = [None] * n
    q = end
    for i in range(n, 0, -1):
        j, q2 = back[i][q]
        spans[i - 1] = k[j:q2] or None
        q = j
    return tuple(spans)


@dataclass(frozen=True, slots=True)
class Observation:
    """One spelling of one name core, as read from one line."""

    zh: str
    written: str  # the core as written (traditional where the text used it)
    text: str | None
    form: str | None
    person: bool
    kind: str | None
    line: int


def _kind(mention: Mention, segments: list[Segment]) -> str | None:
    if mention.person:
        return "person"
    kinds = [s.kind for s in segments if s.generic]
    return kinds[-1] if kinds else None


def mention_to_observations(mention: Mention) -> list[Observation]:
    """The cores of a mention, each with the Korean (or Latin) span given for it."""
    return [Observation(*fields, mention.line) for fields in _observe(mention.zh, mention.text, mention.person)]


def _korean_spans(segments: list[Segment], cores: list[Segment], text: str) -> list[str | None]:
    """The Korean span of each core. A hyphenated phrase names either its last part
    (`베이징-장자커우(張家口)`) or, as a whole, a name it expands (`베이징-톈진-허베이(京津冀)`)."""
    def spans_for(korean: str) -> list[str | None]:
        return [sp for sp, seg in zip(align(segments, korean), segments) if not seg.generic]

    def cost(spans: list[str | None]) -> float:
        return sum(_core_cost(sp or "", core.zh) for sp, core in zip(spans, cores))

    whole = spans_for(text.replace("-", ""))
    if "-" not in text:
        return whole
    last = spans_for(text.rsplit("-", 1)[1])
    if cost(last) < cost(whole):
        return last
    return [text] if len(cores) == 1 else whole


@lru_cache(maxsize=16384)
def _observe(zh_written: str, given: str | None, is_person: bool) -> tuple[tuple, ...]:
    mention = Mention(zh_written, given, is_person, 0)
    zh = to_simplified(mention.zh)
    text = (mention.text or "").replace(" ", "")
    korean = is_hangul(text.replace("-", ""))
    segments = split_name(zh)
    kind = _kind(mention, segments)
    cores = [s for s in segments if not s.generic]
    if not cores:
        return ()
    written = {s.zh: mention.zh[zh.index(s.zh):zh.index(s.zh) + len(s.zh)] for s in cores}
    if not text:
        spans: list[str | None] = [None] * len(cores)
    elif not korean:  # a Latin name stands for the name's last core (the brand after a place)
        spans = [None] * (len(cores) - 1) + [mention.text]
    else:
        spans = _korean_spans(segments, cores, text)
    out = []
    for core, span in zip(cores, spans):
        person = mention.person and len(cores) == 1
        form = name_form(span, core.zh, person) if span else None
        core_kind = ("region" if is_province(core.zh) else "place") if core.zh in _every_place() else kind
        out.append((core.zh, written[core.zh], span, form, person, core_kind))
    return tuple(out)


# ── the glossary: observations merged across issues ──────────────────────────────────────
_KIND_ORDER = ("person", "company", "organization", "region", "place")


def korean_only_observations(lines, covered: set[tuple[int, str]]) -> list[Observation]:
    """Province-level regions and major cities named in Korean alone, linked through the
    gazetteer (a spelling that can mean two regions, `산시`, is not linked)."""
    attested = _attested()
    numbers, starts, parts, pos = [], [], [], 0
    for line in lines:  # one scan of the whole text: matches never cross a line end
        if line.text:
            cleaned = fix_text(line.text)
            numbers.append(line.no)
            starts.append(pos)
            parts.append(cleaned)
            pos += len(cleaned) + 1
    out = []
    for m in find_regions("\n".join(parts), PLACES):
        if m.gloss:
            continue
        zh = m.zh
        no = numbers[bisect_right(starts, m.start) - 1]
        if zh is None or (no, m.spelling) in covered:
            continue
        # a Sino-Korean reading is also an ordinary Korean word (무한 無限, 하남, 강서): linked only
        # where the gazetteer lists it as a spelling met in use
        if m.form == "sino" and m.spelling not in attested[zh]:
            continue
        out.append(Observation(zh, zh, m.spelling, m.form, False, "region" if is_province(zh) else "place", no))
    return out


def issue_observations(lines, rejoined: dict[int, tuple[int, str]] | None = None) -> list[dict]:
    """Every spelling of every Chinese name in one issue, as plain dicts (`rejoined`: lines a page break parted, together,
    see `mentions_across`)."""
    observations = [o for m in mentions_across(lines, rejoined or {}) for o in mention_to_observations(m)]
    covered = {(o.line, o.text) for o in observations if o.text}
    observations += korean_only_observations(lines, covered)
    return [{"zh": o.zh, "written": o.written, "text": o.text, "form": o.form, "person": o.person,
             "kind": o.kind, "line": o.line} for o in observations]


class GlossaryBuilder:
    """Merges the observations of many issues into one entry per simplified name core. A
    spelling's references are kept as numbers (the issue's position in `issues`, the line), eight
    bytes each, as a glossary over an archive holds one for every line of every issue naming it."""

    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}
        self.issues: list[str] = []
        self._issue_no: dict[str, int] = {}
        self._ranked: tuple[list[str], list[int]] | None = None

    def only(self, names) -> GlossaryBuilder:
        """A builder holding only the entries of `names`."""
        part = GlossaryBuilder()
        part.issues, part._issue_no = self.issues, self._issue_no
        part.entries = {zh: self.entries[zh] for zh in names}
        return part

    def add(self, issue_id: str, observations: list[dict]) -> None:
        k = self._issue_no.setdefault(issue_id, len(self.issues))
        if k == len(self.issues):
            self.issues.append(issue_id)
        entries = self.entries
        for o in observations:  # (an entry is made only for a name not met before)
            entry = entries.get(o["zh"])
            if entry is None:
                entry = entries[o["zh"]] = {"kinds": set(), "written": set(), "person": False, "seen": {}}
            if o["kind"]:
                entry["kinds"].add(o["kind"])
            entry["person"] |= o["person"]
            if o["written"] != o["zh"]:
                entry["written"].add(o["written"])
            if o["text"]:
                key = (o["text"], o["form"])
                seen = entry["seen"].get(key)
                if seen is None:
                    seen = entry["seen"][key] = {"count": 0, "refs": array("l")}
                seen["count"] += 1
                seen["refs"].extend((k, o["line"]))

    def records(self) -> list[dict]:
        """Every entry as a glossary record, in the glossary's order (by pinyin)."""
        return [self.record(zh) for zh in self.order()]

    def order(self) -> list[str]:
        """The names in the glossary's order: pinyin without tone marks, then with them, then
        the characters. Raises what reading a name raises."""
        keys = []
        for zh, entry in self.entries.items():
            pinyin = read_name(zh, person=entry["person"]).pinyin
            keys.append((plain(pinyin).replace("'", ""), pinyin, zh))
        return [zh for *_, zh in sorted(keys)]

    def record(self, zh: str) -> dict:
        """One name's glossary record, whole."""
        head, lists = self.record_parts(zh)
        for seen, (issue_ids, refs) in zip(head["seen"], lists):
            seen["issue_ids"] = issue_ids
            seen["refs"] = [ref for chunk in refs() for ref in chunk]
        return head

    def record_parts(self, zh: str, chunk: int = 1024) -> tuple[dict, list[tuple[list[str], Callable]]]:
        """One name's glossary record with each spelling's `issue_ids` and `refs` left empty, and
        for each spelling its issue ids and a function giving its references a chunk at a time: a
        name every issue of an archive writes has a reference per line of each, so they are built
        as they are written, never all at once (nor all records: see `order`)."""
        entry = self.entries[zh]
        reading = read_name(zh, person=entry["person"])
        kind = next((k for k in _KIND_ORDER if k in entry["kinds"]), "name")
        ids, rank_of = self._ranks()
        seen = []
        for (text, form), s in entry["seen"].items():
            refs = s["refs"]
            lines = refs[1::2]
            low = min(lines, default=0)
            base = max(lines, default=0) - low + 1
            # each (issue id, line) as one integer, in the same order: the issue's rank among the
            # ids, then the line
            keys = sorted(rank_of[k] * base + line - low for k, line in zip(refs[::2], lines))
            issue_ids = [ids[r] for r in sorted({key // base for key in keys})]

            def chunks(keys=keys, base=base, low=low):
                for i in range(0, len(keys), chunk):
                    yield [{"issue_id": ids[key // base], "line": key % base + low} for key in keys[i:i + chunk]]

            seen.append(({"text": text, "form": form, "count": s["count"], "issue_ids": [], "refs": []},
                         (issue_ids, chunks)))
        seen.sort(key=lambda item: (("standard", "sino", "variant", "other").index(item[0]["form"]),
                                    item[0]["text"]))
        record = {"zh": zh, "zh_hant": reading.zh_hant, "zh_written": sorted(entry["written"]),
                  "pinyin": reading.pinyin, "ko": reading.ko, "ko_sino": reading.ko_sino, "kind": kind,
                  "seen": [head for head, _ in seen]}
        return record, [parts for _, parts in seen]

    def _ranks(self) -> tuple[list[str], list[int]]:
        """The issue ids in order, and each issue's (by its number here) place in that order."""
        if self._ranked is None or len(self._ranked[0]) != len(self.issues):
            ids = sorted(self.issues)
            place = {issue_id: r for r, issue_id in enumerate(ids)}
            self._ranked = (ids, [place[issue_id] for issue_id in self.issues])
        return self._ranked
