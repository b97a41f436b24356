"""Run the pipeline over a folder of inputs and write the datasets, schemas and manifest.

Each input is extracted in a worker process (`kic_extract.pool`) that is killed when it overruns
the time limit and whose memory is capped, so one bad file costs only itself. Results are taken
in name order and each dataset is streamed to a staged file, so memory stays flat in the number
of issues; everything after extraction (collecting records, the glossary, the manifest) is
guarded per record and per file, a failure becoming a warning or an error that names it.
Nothing replaces the previous outputs until every input has been processed.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from kic_extract import models
from kic_extract.compiled import compiled
from kic_extract.compiled import save as save_patterns
from kic_extract.errors import Interrupted
from kic_extract.ingest import InputError, file_digest
from kic_extract.inputs import Candidate, Skipped, UsageError, default_jobs, scan
from kic_extract.names.glossary import GlossaryBuilder
from kic_extract.names.records import GlossaryEntry, Ref
from kic_extract.pipeline import DATASETS, PDF_SUFFIXES, extract_issue
from kic_extract.pool import Pool
from kic_extract.settings import Settings
from kic_extract.spliced import Spool, items_text, spliced
from kic_extract.write import OutputError, StagedWriter, dataset_schema, dumps, model_json, model_text, models_text

_MASTHEAD_FIELDS = ("number", "date", "publisher", "director", "phone", "email", "rights")
_NUMBER_IN_NAME = compiled(r"(\d+)\D*$")


# ── one input, in a worker ────────────────────────────────────────────────────────────────
def _number_check(res: dict, issue: dict) -> None:
    """Warn when the number in the file name is not the number the masthead prints."""
    named = _NUMBER_IN_NAME.search(res["input"]["issue_id"])
    if named is None or issue["number"] is None or int(named[1]) == issue["number"]:
        return
    res["warnings"].append({"issue_id": issue["issue_id"], "code": "issue_number_differs",
                            "message": f"the file name says {int(named[1])}, the masthead says {issue['number']}",
                            "line": issue["line_start"]})
    res["warnings"].sort(key=lambda w: (w["line"] is not None, w["line"] or 0))


def _records_as_text(records: dict[str, list], issue_id: str, warnings: list[dict]) -> dict[str, tuple[int, bytes]]:
    """Each dataset's records as the text they are written as, joined and in UTF-8 (in the worker,
    so the work is shared out and the parent only writes bytes), with their number; a record that
    cannot be written is left out with a warning naming it."""
    out = {}
    for name, rows in records.items():
        try:
            out[name] = (len(rows), models_text(rows).encode("utf-8"))
            continue
        except (TypeError, ValueError):
            pass
        texts = []
        for k, record in enumerate(rows):
            try:
                texts.append(model_text(record))
            except (TypeError, ValueError) as exc:
                ident = getattr(record, "section_id", None) or getattr(record, "table_id", None) or f"record {k}"
                warnings.append(_warning(issue_id, "record_unwritable", f"{name}.json {ident} left out: {exc}"))
        out[name] = (len(texts), ",\n ".join(texts).encode("utf-8"))
    return out


def process_one(path: Path, display: str, settings: Settings, issue_id: str | None = None,
                identity: tuple[int, int] | None = None, as_text: bool = False) -> dict:
    """Extract one input into JSON-ready values; an error becomes the input's `error`.
    `identity` (device, inode) is the file found when the folder was listed: a file swapped
    for another since is refused. With `as_text` each dataset is (number of records, their text
    as written, joined, in UTF-8) and `number` the masthead's issue number."""
    try:
        if identity is not None:
            st = os.stat(path)
            if (st.st_dev, st.st_ino) != identity:
                raise InputError("the file was replaced while the run was starting; not read")
        result = extract_issue(path, display, settings, issue_id=issue_id)
        issue = result.records["issues"][0].model_dump(mode="json", by_alias=True)
        res = {
            "input": result.input.model_dump(mode="json"),
            "warnings": [w.model_dump(mode="json") for w in result.warnings],
            "coverage": result.coverage.model_dump(mode="json"),
            "names": result.names,
        }
        if all(issue[name] is None for name in _MASTHEAD_FIELDS):
            return _failed(path, display, "not an issue of the newsletter: it has no masthead (no issue number, "
                           "date, publisher or contact lines)", settings, issue_id, res["input"]["sha256"])
        _number_check(res, issue)
        if as_text:
            res["number"] = issue["number"]
            res["records"] = _records_as_text(result.records, res["input"]["issue_id"], res["warnings"])
        else:
            res["records"] = {name: [r.model_dump(mode="json", by_alias=True) for r in rows]
                              for name, rows in result.records.items()}
        return res
    except MemoryError:
        raise
    except (InputError, OSError, UnicodeError) as exc:
        return _failed(path, display, f"{exc}", settings, issue_id)
    except RecursionError:
        return _failed(path, display, "input too deeply structured to process (recursion limit)", settings, issue_id)
    except Exception as exc:  # a defect in the pipeline must not stop the archive run
        return _failed(path, display, f"internal error {type(exc).__name__}: {exc}", settings, issue_id)


def _failed(path: Path, display: str, reason: str, settings: Settings, issue_id: str | None = None,
            digest: str | None = None) -> dict:
    entry = {"path": display, "sha256": digest or file_digest(path, settings.max_input_bytes),
             "issue_id": issue_id or path.stem, "format": "pdf" if path.suffix.lower() in PDF_SUFFIXES else "text",
             "encoding": None, "error": reason}
    return {"input": entry, "records": {}, "warnings": [], "coverage": None, "names": []}


def _work(page_processes: int, *args) -> dict:
    """What a worker runs: `process_one`, its records made text, a long PDF's pages read by
    `page_processes` processes (the cores the workers leave idle)."""
    import kic_extract.pdf

    kic_extract.pdf.page_processes = page_processes
    result = process_one(*args, as_text=True)
    save_patterns()  # the patterns first compiled by this input's reading, for the next process
    return result


def _task(c: Candidate, settings: Settings) -> tuple:
    return (c.path, c.display, settings, c.issue_id, (c.device, c.inode))


def _pool(settings: Settings, jobs: int) -> Pool:
    def on_timeout(task: tuple) -> dict:
        return _failed(task[0], task[1], f"took longer than the limit of {settings.timeout_seconds:g} s (--timeout)",
                       settings, task[3])

    def on_lost(task: tuple, exitcode) -> dict:
        mib = settings.max_memory_bytes // 2**20
        if exitcode == "memory":
            reason = f"needed more memory than the limit of {mib:,} MiB (--max-memory)"
        else:
            how = f"signal {-exitcode}" if isinstance(exitcode, int) and exitcode < 0 else f"status {exitcode}"
            reason = f"its worker process died ({how}); it may have needed more than the {mib:,} MiB memory limit"
        return _failed(task[0], task[1], reason, settings, task[3])

    work = functools.partial(_work, max(1, (os.cpu_count() or 1) // max(1, jobs)))
    return Pool(work, jobs, settings.timeout_seconds, settings.max_memory_bytes, on_timeout, on_lost)


def warm_up() -> None:
    """Load the dictionaries the names stage reads (the pinyin, traditional-form and Sino-Korean
    tables, OpenCC's t2s) and the cities' Korean readings (`count_lists.city_names`, which the count
    checks ask of every issue) once in the parent, so forked workers start with them, and move
    everything loaded so far out of the collector's reach (`gc.freeze`, undone by `run` when it
    ends): it lives as long as the run, and a collection that walked it would cost time and copy
    the parent's pages into every worker."""
    from kic_extract.ingest import Line
    from kic_extract.names.glossary import issue_observations
    from kic_extract.typed.count_lists import city_names

    issue_observations([Line(1, "광저우(广州) 닝더스다이(寧德時代)")])
    city_names()
    save_patterns()  # before the workers are forked, so they do not write the parent's patterns again
    gc.freeze()  # no collection first: it would walk every object loaded to find next to no garbage


# ── collecting results in the parent ─────────────────────────────────────────────────────
@dataclass
class _Collected:
    """What the run gathers for the manifest: its long lists spooled to files in the staging folder
    as they come (`kic_extract.spliced`), so the parent's memory stays flat in the number of issues."""

    inputs: Spool
    warnings: Spool
    coverage: Spool
    failed: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATASETS, 0))
    by_digest: dict[str, str] = field(default_factory=dict)
    by_number: dict[int, str] = field(default_factory=dict)
    first_seen: dict[str, str] = field(default_factory=dict)  # name core → the first issue naming it

    @classmethod
    def in_folder(cls, folder: Path) -> _Collected:
        return cls(Spool(folder / ".inputs.part", TypeAdapter(list[models.Input])),
                   Spool(folder / ".warnings.part", TypeAdapter(list[models.Warning])),
                   Spool(folder / ".coverage.part", TypeAdapter(dict[str, models.Coverage])))

    def close(self) -> None:
        for spool in (self.inputs, self.warnings, self.coverage):
            spool.close()


def _warning(issue_id: str, code: str, message: str, line: int | None = None) -> dict:
    return {"issue_id": issue_id, "code": code, "message": message, "line": line}


def _fail(col: _Collected, entry: dict, reason: str) -> None:
    entry["error"] = reason
    col.inputs.add([entry])
    col.failed.append(entry)


def _accept(res: dict, col: _Collected, arrays: dict, glossary: GlossaryBuilder) -> None:
    """Take one input's result: its records into the arrays, its warnings, coverage and names.
    A record that cannot be written is left out with a warning naming it."""
    entry = models.Input.model_validate(res["input"]).model_dump(mode="json")
    if entry["error"]:
        col.inputs.add([entry])
        col.failed.append(entry)
        return
    issue_id = entry["issue_id"]
    if entry["sha256"] in col.by_digest:
        _fail(col, entry, f"the same content as {col.by_digest[entry['sha256']]}; not extracted twice")
        return
    warnings = [models.Warning.model_validate(w).model_dump(mode="json") for w in res["warnings"]]
    coverage = models.Coverage.model_validate(res["coverage"]).model_dump(mode="json")
    texts = {}
    for name in DATASETS:
        count, bodies = res["records"][name]
        if not (isinstance(count, int) and isinstance(bodies, bytes)):
            raise TypeError(f"{name}: records sent as {type(count).__name__}, {type(bodies).__name__}")
        texts[name] = (count, bodies)
    number = res["number"]
    if number is not None and number in col.by_number:
        warnings.append(_warning(issue_id, "issue_number_repeated",
                                 f"issue number {number} is also that of {col.by_number[number]}"))
    try:
        glossary.add(issue_id, res["names"])
        for o in res["names"]:
            col.first_seen.setdefault(o["zh"], issue_id)
    except (KeyError, TypeError, ValueError) as exc:
        warnings.append(_warning(issue_id, "names_not_merged", f"its names could not be merged into the glossary: "
                                                               f"{type(exc).__name__}: {exc}"))
    for name, (count, bodies) in texts.items():
        arrays[name].append_joined(bodies, count)
        col.counts[name] += count
    col.by_digest[entry["sha256"]] = entry["path"]
    if number is not None:
        col.by_number.setdefault(number, entry["path"])
    col.inputs.add([entry])
    col.warnings.add(warnings)
    col.coverage.add({issue_id: coverage})  # issue ids are unique: `scan` renames none and refuses repeats


_IDS = TypeAdapter(list[models.Text])
_REFS = TypeAdapter(list[Ref])


def _glossary_texts(glossary: GlossaryBuilder, first_seen: dict[str, str], warnings: Spool) -> Iterator[Iterator[str]]:
    """The glossary's entries in order, each as the parts of its text, built and validated as it
    is written (a spelling's references a chunk at a time): an entry that fails is left out with
    a warning naming it and the issue it was first seen in."""
    def drop(zh: str, reason: str) -> None:
        warnings.add([_warning(first_seen.get(zh, "-"), "glossary_entry_dropped",
                               f"name {zh!r} left out of the glossary: {reason}")])

    try:
        order = glossary.order()
    except Exception:  # a name that cannot be read: find it by reading each alone
        good = []
        for zh in glossary.entries:
            try:
                glossary.only([zh]).order()
            except Exception as exc:
                drop(zh, f"{type(exc).__name__}: {exc}")
                continue
            good.append(zh)
        glossary = glossary.only(good)
        order = glossary.order()
    for zh in order:
        try:
            head, lists = glossary.record_parts(zh)
        except Exception as exc:
            drop(zh, f"{type(exc).__name__}: {exc}")
            continue
        try:
            entry = GlossaryEntry.model_validate(head)
            for issue_ids, refs in lists:
                _IDS.validate_python(issue_ids)
                for chunk in refs():
                    _REFS.validate_python(chunk)
        except ValidationError as exc:
            error = exc
            try:  # the whole record, so the error names the field as it sits in it
                GlossaryEntry.model_validate(glossary.record(zh))
            except ValidationError as whole:
                error = whole
            drop(zh, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:3]))
            continue
        fills = []
        for issue_ids, refs in lists:
            fills += [("issue_ids", [items_text(_IDS, issue_ids)]),
                      ("refs", ((",\n" if k else "") + items_text(_REFS, chunk) for k, chunk in enumerate(refs())))]
        yield spliced(model_text(entry), fills)


class _NoBar(contextlib.nullcontext):
    """The progress bar when none is shown (tqdm is then not even imported)."""

    def update(self) -> None:
        pass


def _progress_bar(total: int):
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
    return tqdm(total=total, unit="issue", file=sys.stderr)


def _schema_texts() -> dict[str, str]:
    """Every schema file's text, by path (made while the workers read the first issues)."""
    texts = {"schema/glossary.schema.json": dumps(dataset_schema("glossary", GlossaryEntry))}
    for name, model in DATASETS.items():
        texts[f"schema/{name}.schema.json"] = dumps(dataset_schema(name, model))
    texts["schema/manifest.schema.json"] = dumps(dataset_schema("manifest", models.Manifest, array=False))
    return texts


def _write_all(candidates: list[Candidate], skipped: list[Skipped], writer: StagedWriter, settings: Settings,
               jobs: int, progress: bool) -> _Collected:
    col = _Collected.in_folder(writer.stage)
    try:
        _collect(candidates, skipped, writer, settings, jobs, progress, col)
    finally:
        col.close()
    return col


def _collect(candidates: list[Candidate], skipped: list[Skipped], writer: StagedWriter, settings: Settings,
             jobs: int, progress: bool, col: _Collected) -> None:
    glossary = GlossaryBuilder()
    arrays = {name: writer.open_array(f"{name}.json") for name in DATASETS}
    bar = _progress_bar(len(candidates)) if progress and len(candidates) > 1 and sys.stderr.isatty() else _NoBar()
    schemas: dict[str, str] = {}
    with bar, _pool(settings, jobs) as pool:
        for c, res in zip(candidates, pool.map([_task(c, settings) for c in candidates],
                                               meanwhile=lambda: schemas.update(_schema_texts()))):
            bar.update()
            try:
                _accept(res, col, arrays, glossary)
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                entry = _failed(c.path, c.display, f"internal error while collecting its records: "
                                f"{type(exc).__name__}: {exc}", settings, c.issue_id)["input"]
                _fail(col, entry, entry["error"])
    glossary_array = writer.open_array("glossary.json")
    for parts in _glossary_texts(glossary, col.first_seen, col.warnings):
        glossary_array.append_parts(parts)
    for relpath, text in (schemas or _schema_texts()).items():
        writer.add(relpath, text)
    head = models.Manifest(  # the long lists are spliced in from their spools as it is written
        schema_version=models.SCHEMA_VERSION,
        inputs=[],
        datasets={**{name: {"records": col.counts[name], "schema": f"schema/{name}.schema.json"} for name in DATASETS},
                  "glossary": {"records": glossary_array.count, "schema": "schema/glossary.schema.json"}},
        warnings=[],
        coverage={},
        skipped=[{"path": s.path, "reason": s.reason} for s in skipped],
        files=writer.finish_arrays(),
    )
    writer.add_parts("manifest.json", spliced(model_json(head), [
        ("inputs", col.inputs.pieces()), ("warnings", col.warnings.pieces()), ("coverage", col.coverage.pieces())]))
    _commit(writer)


def _commit(writer: StagedWriter) -> None:
    """Rename the staged files into place with the stopping signals held back until it is done."""
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *_STOPPING}) if in_main else None
    try:
        writer.commit()
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


#: signals that stop a run as Ctrl-C does: the service manager's, and the terminal's closing
_STOPPING = (signal.SIGTERM, signal.SIGHUP)


def _on_term(signum, frame):
    raise Interrupted(signum)


def run(raw_dir: Path, out_dir: Path, *, jobs: int | None = None, progress: bool = True,
        settings: Settings | None = None, follow_links: bool = False) -> int:
    """Extract every input of raw_dir into out_dir. Returns 0, or 1 when any input failed or was
    not read. Raises UsageError for a raw or output folder that cannot be used, KeyboardInterrupt
    or Interrupted when stopped (the previous outputs are then left as they were, unless the
    exception's `committed` is true: the signal came as the outputs were being put in place)."""
    settings = settings or Settings()
    candidates, skipped = scan(raw_dir, follow_links)
    if not candidates:
        for s in skipped:
            print(f"error: {s.path}: {s.reason}", file=sys.stderr)
        print(f"error: {raw_dir}: no .txt, .md or .pdf newsletters found", file=sys.stderr)
        return 1
    jobs = jobs if jobs is not None else default_jobs([c.path for c in candidates])
    try:
        writer = StagedWriter(out_dir)
    except OutputError as exc:
        raise UsageError(f"{out_dir}: {exc}") from exc
    in_main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, _on_term) for signum in _STOPPING} if in_main else {}
    try:
        warm_up()
        col = _write_all(candidates, skipped, writer, settings, jobs, progress)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the outputs ({exc.strerror or exc})") from exc
    except (KeyboardInterrupt, Interrupted) as exc:
        exc.committed = writer.committed
        raise
    finally:
        gc.unfreeze()
        writer.discard()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    for s in skipped:
        print(f"error: {s.path}: {s.reason}", file=sys.stderr)
    for entry in col.failed:
        print(f"error: {entry['path']}: {entry['error']}", file=sys.stderr)
    done = col.inputs.count - len(col.failed)
    if progress:
        total = col.inputs.count + len(skipped)
        print(f"{done} of {total} inputs extracted into {out_dir}/ ({col.warnings.count} warnings)", file=sys.stderr)
    return 1 if col.failed or skipped else 0


__all__ = ["Interrupted", "OutputError", "UsageError", "default_jobs", "process_one", "run"]
