"""Reading the coder's YAML data files, with one-line errors an analyst can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import ModelError


def read_yaml(path: Path, what: str, lang: str) -> Any:
    """The parsed content of ``path``; a missing file or broken YAML raises ``ModelError`` (one line)."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"no {what} for language {lang!r} ({path})") from None
    except yaml.YAMLError as exc:
        raise ModelError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
