"""Print newsletter text issues as PDFs from several producers (the multi-producer corpus)."""
