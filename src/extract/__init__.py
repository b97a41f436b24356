"""Extract the KIC China weekly newsletter into validated, normalized JSON datasets."""

__all__ = ["__version__"]
__version__ = "0.1.0"
