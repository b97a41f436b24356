"""Extract the KIC China weekly newsletter into validated, normalized JSON datasets."""

__all__ = ["__version__", "load"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """`from extract import load`: the typed loader (`extract.datasets.load`), imported when asked for."""
    if name == "load":
        from extract.datasets import load

        return load
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
