"""The exceptions attack-stats raises. The CLI turns them into one-line messages and exit codes."""

from __future__ import annotations


class AttackStatsError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(AttackStatsError):
    """Input that cannot be used: a missing path, an unreadable file, a CSV with wrong columns."""


class VocabularyError(AttackStatsError):
    """A vocabulary, model or rule file in schemas/ that breaks its own format."""


class SchemaError(AttackStatsError):
    """A figures table that cannot be validated at all (not one that fails validation)."""


class ExportError(AttackStatsError):
    """Static images that cannot be written: kaleido or Chromium missing, or an unwritable folder."""
