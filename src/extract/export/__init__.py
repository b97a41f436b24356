"""The datasets for other tools: Parquet files and a Frictionless data package, generated from the
record models, with every table's primary and foreign keys declared (`kic_extract.export.keys`)."""
