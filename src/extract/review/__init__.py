"""The review site: every issue's source lines beside what the pipeline made of them.

`build_site(out_dir, raw_dir, site_dir)` reads the datasets and manifest the pipeline wrote and
the raw files the manifest names, and writes a static, offline HTML site (`index.html`, one
page per issue, the glossary). Every text taken from the input is escaped.
"""

__all__ = ["build_site"]


def __getattr__(name: str):
    """`build_site`, imported when asked for (the command line registers `review` without it)."""
    if name == "build_site":
        from kic_extract.review.site import build_site

        return build_site
    raise AttributeError(f"module 'kic_extract.review' has no attribute {name!r}")
