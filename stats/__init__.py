"""attack-stats: extract, validate, check and chart the figures in reports of aerial attacks."""

from .checks import load_rules, run_checks
from .errors import AttackStatsError, InputError, SchemaError, VocabularyError
from .extract import Figure, extract_text
from .schema import FiguresSchema, validate

__version__ = "0.1.0"

__all__ = [
    "AttackStatsError",
    "Figure",
    "FiguresSchema",
    "InputError",
    "SchemaError",
    "VocabularyError",
    "__version__",
    "extract_text",
    "load_rules",
    "run_checks",
    "validate",
]
