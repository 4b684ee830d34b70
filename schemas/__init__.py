"""The data contracts of attack-stats, shipped as package data (``stats.schemas``)."""
