"""Records written in parts (the manifest's lists spooled, a glossary spelling's references a
chunk at a time) are byte for byte the records written whole."""

from pydantic import TypeAdapter

from kic_extract import models, runner
from kic_extract.names.glossary import GlossaryBuilder
from kic_extract.names.records import GlossaryEntry
from kic_extract.spliced import Spool, items_text, spliced
from kic_extract.write import model_json, model_text


def _warning(k: int) -> dict:
    return {"issue_id": f"i{k % 7}", "code": "c", "message": f"广州 \"{k}\"\n\t·", "line": k or None}


def test_manifest_spliced_from_spools_equals_the_manifest_written_whole(tmp_path):
    inputs = [{"path": f"raw/i{k}.txt", "sha256": f"{k:064x}", "issue_id": f"i{k}", "format": "text",
               "encoding": "utf-8", "error": None if k % 3 else "bad"} for k in range(40)]
    warnings = [_warning(k) for k in range(500)]
    coverage = {f"i{k}": {"lines_nonblank": k, "lines_assigned": k, "unassigned": list(range(1, k % 4 + 1)),
                          "furniture": [], "repeated": []} for k in range(40)}
    rest = {"schema_version": models.SCHEMA_VERSION, "datasets": {"issues": {"records": 3, "schema": "s.json"}},
            "skipped": [{"path": "raw/x", "reason": "why"}], "files": {"a.json": "0" * 64}}
    whole = model_json(models.Manifest(inputs=inputs, warnings=warnings, coverage=coverage, **rest))
    spools = {name: Spool(tmp_path / name, adapter) for name, adapter in (
        ("inputs", TypeAdapter(list[models.Input])), ("warnings", TypeAdapter(list[models.Warning])),
        ("coverage", TypeAdapter(dict[str, models.Coverage])))}
    for spool in spools.values():
        spool.BLOCK = 100  # blocks cut items anywhere
    for k in range(0, 40, 3):
        spools["inputs"].add(inputs[k:k + 3])
        spools["coverage"].add(dict(list(coverage.items())[k:k + 3]))
    for k in range(0, 500, 11):
        spools["warnings"].add(warnings[k:k + 11])
    head = model_json(models.Manifest(inputs=[], warnings=[], coverage={}, **rest))
    assert "".join(spliced(head, [(name, spools[name].pieces()) for name in ("inputs", "warnings", "coverage")])) \
        == whole
    for spool in spools.values():
        spool.close()


def test_empty_lists_stay_empty(tmp_path):
    head = model_json(models.Manifest(schema_version="1", inputs=[], datasets={}, warnings=[], coverage={}))
    empty = Spool(tmp_path / "w", TypeAdapter(list[models.Warning]))
    empty.add([])
    assert "".join(spliced(head, [("inputs", []), ("warnings", empty.pieces()), ("coverage", [""])])) == head
    assert items_text(TypeAdapter(list[int]), []) == ""


def test_glossary_entry_in_chunks_equals_the_entry_written_whole():
    builder = GlossaryBuilder()
    for k in range(30):
        issue = f"kic-china-weekly-{1000 + (k * 7) % 30}"
        builder.add(issue, [{"zh": "北京", "written": "北京", "text": "베이징", "form": "standard", "person": False,
                             "kind": "region", "line": line} for line in (40 - k % 5, 3, 17, 3)]
                    + [{"zh": "北京", "written": "北京", "text": "북경", "form": "sino", "person": False,
                        "kind": "region", "line": 9}])
    whole = model_text(GlossaryEntry.model_validate(builder.record("北京")))
    for chunk in (1, 7, 1024):
        head, lists = builder.record_parts("北京", chunk=chunk)
        fills = []
        for issue_ids, refs in lists:
            fills += [("issue_ids", [items_text(runner._IDS, issue_ids)]),
                      ("refs", ((",\n" if k else "") + items_text(runner._REFS, c) for k, c in enumerate(refs())))]
        assert "".join(spliced(model_text(GlossaryEntry.model_validate(head)), fills)) == whole
