"""PDF input: pdfplumber pages to the text form the text route reads (stage 1 for PDFs)."""
