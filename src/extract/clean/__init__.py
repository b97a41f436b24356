"""Stage 2: clean text. Pure `str -> str` fixes and the page-break join."""

from kic_extract.clean.fixes import FIXES, fix_and_explain, fix_text
from kic_extract.clean.pagebreaks import Chunk, lines_to_chunks

__all__ = ["FIXES", "Chunk", "fix_and_explain", "fix_text", "lines_to_chunks"]
