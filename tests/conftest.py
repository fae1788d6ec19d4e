"""Shared fixtures: the sample articles and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED_ONE = SAMPLES / "turkey-offers-russia-joint-operations.txt"
SEED_TWO = SAMPLES / "tasnim-turkey-ready-to-cooperate.txt"


@pytest.fixture
def seed_one() -> Path:
    return SEED_ONE


@pytest.fixture
def seed_two() -> Path:
    return SEED_TWO


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``python -m newsdigest`` in a real subprocess with real pipes."""
    full_env = {**os.environ, "PYTHONHASHSEED": "0", **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "newsdigest", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=full_env,
        timeout=300,
    )
