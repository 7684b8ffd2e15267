"""reportkit: check and generate UK council committee reports."""

__version__ = "0.1.0"
