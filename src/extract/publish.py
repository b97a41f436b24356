"""Put a staged set of output files in place all or nothing.

A run writes every file it publishes into its staging folder (`write.StagedWriter`). Publishing
then goes through three steps, each leaving something the next run can act on:

1. `plan_to_journal`: the list of files is written to `JOURNAL` in the staging folder (atomically:
   it exists whole or not at all). Without a journal nothing outside the staging folder was touched.
2. `targets_to_backups`: each file the set replaces is hard-linked (copied where links are not
   possible) into the staging folder's `.previous/`, so the old version survives its replacement.
3. `stage_to_targets`: the staged files are renamed over their targets, `manifest.json` last, so a
   reader that finds a manifest whose `files` hashes do not match is looking at a publish cut short.

When anything fails during steps 2–3 the previous set is restored at once (`roll_back`). When the
process is killed, the staging folder of the dead process still holds the journal and the
backups, and the next run (or `recover`) restores the previous set before doing anything else.
Either way the output folder ends with one complete set, never a mix of two runs.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

JOURNAL = "PUBLISHING.json"
BACKUPS = ".previous"
LAST = "manifest.json"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish_order(relpaths: list[str]) -> list[str]:
    """The order files are put in place: every dataset and schema first, the manifest last.

    >>> publish_order(["manifest.json", "b.json", "schema/a.json"])
    ['b.json', 'schema/a.json', 'manifest.json']
    """
    return sorted(relpaths, key=lambda rel: (rel == LAST, rel))


def plan_to_journal(stage: Path, out_dir: Path, relpaths: list[str]) -> dict:
    """Write the journal: the files in the order they are put in place, and those that replace a
    file already there. Returns the plan."""
    order = publish_order(relpaths)
    plan = {"files": order, "existed": [rel for rel in order if (out_dir / rel).exists()]}
    tmp = stage / (JOURNAL + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(plan, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, stage / JOURNAL)
    _fsync_dir(stage)
    return plan


def targets_to_backups(stage: Path, out_dir: Path, existed: list[str]) -> None:
    """Keep the version each replaced file has now, without taking it away from readers."""
    for rel in existed:
        backup = stage / BACKUPS / rel
        backup.parent.mkdir(parents=True, exist_ok=True)
        if backup.exists():
            continue
        try:
            os.link(out_dir / rel, backup)
        except OSError:
            shutil.copy2(out_dir / rel, backup)


def stage_to_targets(stage: Path, out_dir: Path, order: list[str]) -> None:
    for rel in order:
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / rel, target)
    _fsync_dir(out_dir)


def roll_back(stage: Path, out_dir: Path) -> list[str]:
    """Restore the set the journal in `stage` was replacing; returns the files restored or
    removed. A staging folder without a journal never touched `out_dir`: nothing to do."""
    try:
        plan = json.loads((stage / JOURNAL).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return []
    existed = set(plan["existed"])
    touched = []
    for rel in reversed(plan["files"]):
        target, backup = out_dir / rel, stage / BACKUPS / rel
        if rel in existed:
            if backup.exists():
                os.replace(backup, target)
                touched.append(rel)
        elif not (stage / rel).exists() and target.exists():
            target.unlink()  # new in this set and already moved in
            touched.append(rel)
    (stage / JOURNAL).unlink()
    _fsync_dir(out_dir)
    return sorted(touched)


def publish(stage: Path, out_dir: Path, relpaths: list[str]) -> None:
    """Move the staged files into out_dir all or nothing (see the module's docstring)."""
    for rel in relpaths:
        with (stage / rel).open("rb") as fh:
            os.fsync(fh.fileno())
    plan = plan_to_journal(stage, out_dir, relpaths)
    try:
        targets_to_backups(stage, out_dir, plan["existed"])
        stage_to_targets(stage, out_dir, plan["files"])
    except BaseException:
        roll_back(stage, out_dir)
        raise
    (stage / JOURNAL).unlink()


def interrupted(out_dir: Path, prefix: str) -> list[Path]:
    """Staging folders in out_dir whose publish was cut short (they still hold a journal)."""
    if not out_dir.is_dir():
        return []
    return sorted(Path(entry.path) for entry in os.scandir(out_dir)
                  if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False)
                  and os.path.exists(os.path.join(entry.path, JOURNAL)))
