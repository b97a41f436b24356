"""Time the review site: `python -m kic_extract.review.bench [--issues 500] [--lines 400] [--browser]`.

Generates copies of the shipped issue (and one cut to --lines lines), runs the pipeline on them,
then times rendering the index, one issue page and the whole site; with --browser, also the time
headless Chromium takes to load the index and the issue page. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kic_extract.bench import SHIPPED, generate_issues
from kic_extract.review.index_page import render_index
from kic_extract.review.issue_page import IssueView, render_issue
from kic_extract.review.load import load_outputs, read_source
from kic_extract.review.site import build_site, page_name
from kic_extract.runner import run


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _browser_load(urls: list[str]) -> list[float]:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        tab = browser.new_page(viewport={"width": 1366, "height": 768})
        for url in urls:
            start = time.perf_counter()
            tab.goto(url, wait_until="load")
            out.append(time.perf_counter() - start)
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--issues", type=int, default=500)
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--browser", action="store_true", help="also time loading in /usr/bin/chromium")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        raw, out, site = Path(tmp) / "raw", Path(tmp) / "out", Path(tmp) / "review"
        generate_issues(raw, args.issues - 1)
        cut = SHIPPED.read_text(encoding="utf-8").splitlines()[: args.lines]
        (raw / "kic-china-weekly-999.txt").write_text("\n".join(cut) + "\n", encoding="utf-8")
        run(raw, out, progress=False)
        outputs = load_outputs(out)
        manifest, glossary = outputs.manifest, outputs.datasets.get("glossary", [])
        pages = {e["issue_id"]: f"issues/{page_name(e['issue_id'])}" for e in manifest["inputs"]}
        entry = next(e for e in manifest["inputs"] if e["issue_id"] == "kic-china-weekly-999")
        view = IssueView(entry, outputs.by_issue[entry["issue_id"]],
                         [w for w in manifest["warnings"] if w["issue_id"] == entry["issue_id"]],
                         manifest["coverage"][entry["issue_id"]], read_source(raw, entry), glossary)
        result = {
            "issues": len(manifest["inputs"]),
            "issue_lines": len(view.source.lines),
            "render_index_s": round(_best(lambda: render_index(manifest, outputs.by_issue, glossary, pages)), 4),
            "render_issue_page_s": round(_best(lambda: render_issue(view)), 4),
        }
        start = time.perf_counter()
        stats = build_site(out, raw, site)
        result["build_site_s"] = round(time.perf_counter() - start, 2)
        result["site_bytes"] = stats.bytes
        result["index_bytes"] = (site / "index.html").stat().st_size
        result["issue_page_bytes"] = (site / pages[entry["issue_id"]]).stat().st_size
        if args.browser:
            index_s, issue_s = _browser_load([(site / "index.html").as_uri(), (site / pages[entry["issue_id"]]).as_uri()])
            result["browser_index_load_s"], result["browser_issue_load_s"] = round(index_s, 3), round(issue_s, 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
