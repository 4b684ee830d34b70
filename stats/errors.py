"""The exceptions attack-stats raises. The CLI turns them into one-line messages and exit codes:

- :class:`InputError`, :class:`OutputError`, :class:`VocabularyError`, :class:`SchemaError` and
  :class:`ExportError` mean input or output that cannot be used (exit code 2);
- :class:`WorkerError` means the run could not finish for a reason outside attack-stats' control but
  not in its input either, such as a worker process killed by the system (exit code 3, like a bug).
"""

from __future__ import annotations


class AttackStatsError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(AttackStatsError):
    """Input that cannot be used: a missing path, an unreadable file, a CSV with wrong columns."""


class OutputError(AttackStatsError):
    """An output that cannot be written: a bad path, a full disk, a closed standard output, a locked folder."""


class VocabularyError(AttackStatsError):
    """A vocabulary, model or rule file (in schemas/ or given with --rules) that breaks its own format."""


class SchemaError(AttackStatsError):
    """A figures table that cannot be validated at all (not one that fails validation)."""


class ExportError(AttackStatsError):
    """Static images that cannot be written: kaleido or Chromium missing, or an unwritable folder."""


class WorkerError(AttackStatsError):
    """A worker process or a cluster that stopped before it returned its results."""
