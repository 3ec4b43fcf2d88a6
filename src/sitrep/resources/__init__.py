"""Reference data that ships with sitrep (actors, sources, countries, event lexicon), read once."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def load_yaml(name: str) -> Any:
    """A packaged YAML file, parsed once per process and shared read-only."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
