"""Stage 3: chunks to the issue record, table-of-contents entries, sections, blocks and tables."""
