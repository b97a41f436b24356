"""Generate data/hanja_variants.tsv and data/hanja_readings.tsv from the Unihan database.

    python -m kic_extract.names.build_tables [--unicode /usr/share/unicode] [--out src/extract/data]

Korean and Japanese texts type some characters with code points other than the ones Chinese
texts use (敎 for 教, 姸 for 妍, 徳 for 德, 黒 for 黑, 呑 for 吞, compatibility ideographs
U+F900–U+FAFF). The table maps each such form to the form a Chinese standard encodes, so the
glossary can key both on one name. It is built only from links the Unihan database records:

- kCompatibilityVariant: a compatibility ideograph and its unified ideograph;
- kZVariant and kSemanticVariant: the same character in another shape;
- kEACC / kCCCII: the CCCII code keeps a character's variant shapes at the same position in
  later layers (every sixth plane), so two ideographs whose codes share plane position, row
  and cell are shapes of one character;
- kTaiwanTelegraph / kMainlandTelegraph: the Chinese telegraph code gives one number per
  character, so two ideographs with the same number are one character.

A character is folded only if no Chinese standard encodes it (kGB0, kBigFive, kTGHZ2013) and
the link leads to one that is encoded. hanja_readings.tsv lists the characters kHangul gives
several Sino-Korean readings. The code loads the committed tables only; this script
needs Debian's `unicode-data` package (Unihan_*.txt.bz2 under /usr/share/unicode).
"""

from __future__ import annotations

import argparse
import bz2
import re
import sys
from collections import defaultdict
from pathlib import Path

#: the links, strongest first: a character linked by several takes the first
FIELDS = ("kCompatibilityVariant", "kZVariant", "kCCCII", "kTelegraph", "kSemanticVariant")
#: links that hold only when both characters share a Mandarin reading (kMandarin): the telegraph
#: codes of the two sides part ways among rare characters, and the looser links need a check
CHECKED = frozenset({"kCCCII", "kTelegraph", "kSemanticVariant"})
_CODE = re.compile(r"U\+([0-9A-F]{4,6})")
_DATE = re.compile(r"^# Date: (.+)$", re.M)
_VERSION = re.compile(r"^# Unicode version: (.+)$", re.M)
_WANTED = {"kCompatibilityVariant", "kZVariant", "kSemanticVariant", "kEACC", "kCCCII", "kTaiwanTelegraph",
           "kMainlandTelegraph", "kGB0", "kBigFive", "kTGHZ2013", "kMandarin", "kHangul"}


def read_unihan(folder: Path) -> tuple[dict[str, dict[str, str]], str]:
    """The wanted fields of every character (char → field → value) and the files' version line."""
    fields: dict[str, dict[str, str]] = defaultdict(dict)
    version = ""
    for path in sorted(folder.glob("Unihan_*.txt.bz2")):
        text = bz2.decompress(path.read_bytes()).decode("utf-8")
        if not version and (v := _VERSION.search(text)):
            date = _DATE.search(text)
            version = f"Unicode {v.group(1)}" + (f", {date.group(1)}" if date else "")
        for line in text.split("\n"):
            if not line.startswith("U+"):
                continue
            code, field, value = line.split("\t", 2)
            if field in _WANTED:
                fields[chr(int(code[2:], 16))][field] = value
    if not fields:
        raise SystemExit(f"error: no Unihan_*.txt.bz2 in {folder} (apt-get install unicode-data)")
    return fields, version


def is_standard(fields: dict[str, str]) -> bool:
    """Encoded by a Chinese standard: GB 2312, Big5 or the 通用规范汉字表 (2013)."""
    return any(k in fields for k in ("kGB0", "kBigFive", "kTGHZ2013"))


def same_reading(a: dict[str, str], b: dict[str, str]) -> bool:
    """Both characters have a Mandarin reading (kMandarin) and share one.

    >>> same_reading({"kMandarin": "tūn"}, {"kMandarin": "tūn"}), same_reading({"kMandarin": "zuò"}, {"kMandarin": "bā"})
    (True, False)
    """
    return bool(set(a.get("kMandarin", "").split()) & set(b.get("kMandarin", "").split()))


def _cccii_position(code: str) -> tuple[int, str] | None:
    """A CCCII/EACC code's place within its layer: layers are six planes apart.

    >>> _cccii_position("213D75") == _cccii_position("333D75")
    True
    """
    plane = int(code[:2], 16)
    return ((plane - 0x21) % 6, code[2:]) if plane >= 0x21 else None


def links(fields: dict[str, dict[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """For every character, the (field, linked character) pairs the database records."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ch, f in fields.items():
        for field in ("kCompatibilityVariant", "kZVariant", "kSemanticVariant"):
            for code in _CODE.findall(f.get(field, "")):
                out[ch].append((field, chr(int(code, 16))))
    for field, keys in (("kCCCII", ("kEACC", "kCCCII")), ("kTelegraph", ("kTaiwanTelegraph", "kMainlandTelegraph"))):
        groups: dict[object, set[str]] = defaultdict(set)
        for ch, f in fields.items():
            for key in keys:
                for value in f.get(key, "").split():
                    pos = _cccii_position(value) if field == "kCCCII" else value
                    if pos is not None:
                        groups[pos].add(ch)
        for members in groups.values():
            for ch in members:
                out[ch].extend((field, other) for other in sorted(members) if other != ch)
    return out


def variant_table(fields: dict[str, dict[str, str]]) -> list[tuple[str, str, str]]:
    """(char, folded, field) for every character no Chinese standard encodes that is linked to
    one that is; ties go to the strongest field, then Big5 over GB 2312, then the lower code point."""
    linked = links(fields)
    rows = []
    for ch in sorted(linked):
        if is_standard(fields.get(ch, {})):
            continue
        candidates = [(FIELDS.index(field), "kBigFive" not in fields[other], ord(other), other, field)
                      for field, other in linked[ch] if other in fields and is_standard(fields[other])
                      and (field not in CHECKED or same_reading(fields[ch], fields[other]))]
        if candidates:
            *_, other, field = min(candidates)
            rows.append((ch, other, field))
    return rows


def reading_table(fields: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """(char, readings) for every character kHangul gives more than one Sino-Korean reading,
    the readings space-separated in the database's order, their source flags dropped."""
    rows = []
    for ch in sorted(fields):
        readings = [r.split(":")[0] for r in fields[ch].get("kHangul", "").split()]
        if len(readings) > 1:
            rows.append((ch, " ".join(readings)))
    return rows


def write_readings(rows: list[tuple[str, str]], version: str, out: Path) -> None:
    header = [
        "# Characters with more than one Sino-Korean reading (樂 낙 락 악 요, 金 금 김), every reading",
        "# the Unihan database's kHangul field gives, used to recognise a name written in one of them",
        "# (구구음악사 for 九九音乐社). The reading a name takes by default comes from the hanja table",
        "# and data/sino_overrides.tsv.",
        f"# GENERATED by `python -m kic_extract.names.build_tables` from Unihan_Readings.txt ({version}) of",
        "# Debian's unicode-data package; do not edit by hand.",
        "char\treadings",
    ]
    body = [f"{ch}\t{readings}" for ch, readings in rows]
    out.write_text("\n".join(header + body) + "\n", encoding="utf-8")


def write_table(rows: list[tuple[str, str, str]], version: str, out: Path) -> None:
    header = [
        "# Hanja variants folded to the form a Chinese standard encodes (GB 2312, Big5, 通用规范汉字表),",
        "# so that 敎/教, 眞/真, 姸/妍, 徳/德, 黒/黑, 呑/吞 and compatibility ideographs key one glossary entry.",
        f"# GENERATED by `python -m kic_extract.names.build_tables` from the Unihan database ({version}),",
        "# files Unihan_Variants.txt, Unihan_IRGSources.txt, Unihan_OtherMappings.txt and Unihan_Readings.txt",
        "# of Debian's unicode-data package; do not edit by hand. field: the Unihan link the row rests on",
        "# (kCompatibilityVariant, kZVariant, kSemanticVariant; kCCCII: same CCCII position in another",
        "# layer; kTelegraph: same Chinese telegraph code).",
        "char\tfolded\tfield",
    ]
    body = [f"{ch}\t{folded}\t{field}" for ch, folded, field in rows]
    out.write_text("\n".join(header + body) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.names.build_tables", description=__doc__.split("\n")[0])
    parser.add_argument("--unicode", default="/usr/share/unicode", help="folder with Unihan_*.txt.bz2")
    parser.add_argument("--out", default=str(Path(__file__).parent.parent / "data"), help="data folder")
    args = parser.parse_args(argv)
    fields, version = read_unihan(Path(args.unicode))
    rows = variant_table(fields)
    write_table(rows, version, Path(args.out) / "hanja_variants.tsv")
    readings = reading_table(fields)
    write_readings(readings, version, Path(args.out) / "hanja_readings.tsv")
    print(f"hanja_variants.tsv: {len(rows)} rows, hanja_readings.tsv: {len(readings)} rows, from {version}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
