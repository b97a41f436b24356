"""The review site: every issue's source lines beside what the pipeline made of them.

`build_site(out_dir, raw_dir, site_dir)` reads the datasets and manifest the pipeline wrote and
the raw files the manifest names, and writes a static, offline HTML site (`index.html`, one
page per issue, the glossary). Every text taken from the input is escaped.
"""

from extract.review.site import build_site

__all__ = ["build_site"]
