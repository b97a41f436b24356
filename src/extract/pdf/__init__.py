"""PDF input: pdfplumber pages to the text form the text route reads (stage 1 for PDFs)."""

#: how many processes may read the pages of one long PDF (`pdf/pages.py`); the runner raises it
#: in its workers when they leave cores idle (one PDF on two cores). The text read is the same.
page_processes = 1
