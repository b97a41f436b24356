from kic_extract.cli import entry

entry()
