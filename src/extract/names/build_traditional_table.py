"""Generate data/traditional_table.txt, OpenCC's simplified-to-traditional conversion (`s2t`) as the
installed `opencc` package ships it (its s2t.json and the dictionaries that names), exported
through the package's own `opencc_dict` tool.

    python -m kic_extract.names.build_traditional_table [--out src/extract/data]

Making OpenCC's `s2t` converter loads a phrase dictionary of 49,000 entries, about a twentieth of
a second in every process that reads a name; the names stage converts only short names, each
in the way `OpenCC("s2t").convert(name)` does (see `kic_extract.names.traditional_table`), so the
generated file holds just what that needs: the compatibility ideographs the conversion
normalises first, each character's first conversion, every phrase, and a phrase's conversion
where it is not its characters' own. Rerun the script after upgrading the package; the header
names the version and the digests of the files it was built from, and the tests check that the
file holds the installed package's tables.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data"
FILE = "traditional_table.txt"
SECTIONS = ("normal", "chars", "phrases", "phrase_values")
#: the shape of s2t.json this reader follows: one normalising dictionary, then one conversion that
#: takes the longest phrase of a union of phrase dictionaries, else a character's own entry
_CONFIG_SHAPE = {"normalization": [{"dict": {"type": "ocd2", "file": "CJK_Compatibility_Ideographs.ocd2"}}],
                 "conversion_chain": [{"dict": {"type": "group", "match_policy": "short_circuit", "dicts": [
                     {"type": "group", "match_policy": "union", "dicts": [
                         {"type": "ocd2", "file": "STPhrases.ocd2"},
                         {"type": "ocd2", "file": "STPhrases_GeneratedFromRegionalPhrases.ocd2"}]},
                     {"type": "ocd2", "file": "STCharacters.ocd2"}]}}]}
_PHRASE_FILES = ("STPhrases.ocd2", "STPhrases_GeneratedFromRegionalPhrases.ocd2")


def _first_values(text: str, name: str) -> dict[str, str]:
    """`key<TAB>value value …` lines as key → first value."""
    out: dict[str, str] = {}
    for line in text.split("\n"):
        if not line:
            continue
        key, tab, values = line.partition("\t")
        if not tab or not key or not values:
            raise ValueError(f"{name}: a line that is not key<TAB>values: {line!r}")
        out.setdefault(key, values.split(" ")[0])
    return out


def package_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], str, dict[str, str]]:
    """OpenCC's s2t tables as the converter needs them: compatibility ideograph → its normal form,
    character → first conversion, phrase → first conversion; the package's version and the sha256
    of each file read."""
    import opencc

    clib = Path(opencc.__file__).resolve().parent / "clib"
    share, tool = clib / "share" / "opencc", clib / "bin" / "opencc_dict"
    config = (share / "s2t.json").read_bytes()
    shape = {k: v for k, v in json.loads(config).items() if k != "name"}
    if shape != _CONFIG_SHAPE:
        raise ValueError(f"{share / 's2t.json'} is not shaped as this reader expects: {shape}")
    files = {"s2t.json": config}
    tables: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("CJK_Compatibility_Ideographs.ocd2", *_PHRASE_FILES, "STCharacters.ocd2"):
            files[name] = (share / name).read_bytes()
            out = Path(tmp) / f"{name}.txt"
            subprocess.run([str(tool), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True)
            tables[name] = _first_values(out.read_text(encoding="utf-8"), name)
    normal, chars = tables["CJK_Compatibility_Ideographs.ocd2"], tables["STCharacters.ocd2"]
    phrases: dict[str, str] = {}
    for name in _PHRASE_FILES:
        for key, value in tables[name].items():
            if phrases.setdefault(key, value) != value:  # which the union takes is not settled here
                raise ValueError(f"{name}: {key!r} converts to {value!r}, another phrase table to {phrases[key]!r}")
    odd = [k for k in normal if len(k) != 1] + [k for k in chars if len(k) != 1] + [k for k in phrases if len(k) < 2]
    if odd:
        raise ValueError(f"OpenCC's s2t tables hold keys of a length this reader does not expect: {odd[:5]}")
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    return normal, chars, phrases, metadata.version("opencc"), digests


def table_text(normal: dict[str, str], chars: dict[str, str], phrases: dict[str, str], version: str,
               digests: dict[str, str]) -> str:
    r"""The data file: a header naming the source, then four sections, each opened by `[name]`:
    `normal`, `character<TAB>normal form`; `chars`, `character<TAB>conversion`, both where they
    differ; `phrases`, every phrase; `phrase_values`, `phrase<TAB>conversion` for a phrase not
    converted as its characters are; each in code-point order, so a reader finds a line by bisection.

    >>> text = table_text({"\uf900": "\u8c48"}, {"发": "發", "国": "國", "干": "乾", "中": "中"},
    ...                   {"头发": "頭髮", "中国": "中國"}, "1.4.2", {"s2t.json": "ab12"})
    >>> text.splitlines()[-11:] == ["[normal]", "\uf900\t\u8c48", "[chars]", "发\t發", "国\t國", "干\t乾",
    ...                             "[phrases]", "中国", "头发", "[phrase_values]", "头发\t頭髮"]
    True
    """
    lines = [
        f"# OpenCC's simplified-to-traditional conversion (s2t) as the `opencc` package {version} ships it:",
        *(f"# opencc/clib/share/opencc/{name} (sha256 {digest})," for name, digest in sorted(digests.items())),
        "# the compatibility ideographs it normalises first, each character's first conversion (where it",
        "# differs), every phrase of its phrase tables, and the conversions of the phrases not converted as",
        "# their characters are. GENERATED by `python -m kic_extract.names.build_traditional_table`; do not",
        "# edit by hand.",
        "[normal]",
    ]
    lines += [f"{k}\t{v}" for k, v in sorted(normal.items()) if k != v]
    lines.append("[chars]")
    lines += [f"{k}\t{v}" for k, v in sorted(chars.items()) if k != v]
    lines.append("[phrases]")
    lines += sorted(phrases)
    lines.append("[phrase_values]")
    lines += [f"{k}\t{v}" for k, v in sorted(phrases.items()) if v != "".join(chars.get(ch, ch) for ch in k)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kic_extract.names.build_traditional_table", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(OUT), help=f"folder to write {FILE} into")
    args = parser.parse_args(argv)
    normal, chars, phrases, version, digests = package_tables()
    path = Path(args.out) / FILE
    path.write_text(table_text(normal, chars, phrases, version, digests), encoding="utf-8", newline="\n")
    print(f"{path}: {len(chars)} characters and {len(phrases)} phrases from opencc {version}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
