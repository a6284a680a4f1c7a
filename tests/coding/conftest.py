"""Fixtures for the coding tests that run sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from eventwire.extraction import Resources, load_resources
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def resources() -> Resources:
    """The model, knowledge base and tables, loaded once per test module."""
    return load_resources(Settings())
