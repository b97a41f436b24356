"""Extract the KIC China weekly newsletter into validated, normalized JSON datasets."""

__all__ = ["__version__", "load"]
__version__ = "0.2.0"


def __getattr__(name: str):
    """`from kic_extract import load`: the typed loader (`kic_extract.datasets.load`), imported when asked for."""
    if name == "load":
        from kic_extract.datasets import load

        return load
    raise AttributeError(f"module 'kic_extract' has no attribute {name!r}")
