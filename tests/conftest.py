"""Shared fixtures: paths to the shared data and the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or REPO.parent / "shared")  # set it when running from a worktree
SEED = SHARED / "seeds" / "000_0b8838c6ec95b6ce.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared data folder is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return SEED


@pytest.fixture(scope="session")
def session_graph():
    """One application object for the tests that only read from it (pipelines load once)."""
    from newsgraph.pipeline import Newsgraph, Settings

    return Newsgraph(Settings())
