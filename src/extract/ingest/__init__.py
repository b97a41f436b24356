"""Stage 1: raw bytes to numbered lines of NFC text."""

from kic_extract.ingest.decode import InputError, Line, bytes_to_text, text_to_lines
from kic_extract.ingest.read import file_digest, read_input

__all__ = ["InputError", "Line", "bytes_to_text", "file_digest", "read_input", "text_to_lines"]
