from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_text() -> str:
    return (SEEDS / "000_011022abd354bfc5.txt").read_text(encoding="utf-8")
