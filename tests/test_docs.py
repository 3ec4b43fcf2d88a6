"""The docs stay honest: every CLI command and every output key is documented."""

from pathlib import Path

from sitrep.cli import main
from sitrep.model import RECORD_KEYS

ROOT = Path(__file__).parents[1]


def test_every_command_is_in_the_cli_guide():
    guide = (ROOT / "docs" / "cli.md").read_text()
    for name, cmd in main.commands.items():
        assert f"sitrep {name}" in guide, name
        for sub in getattr(cmd, "commands", {}):
            assert sub in guide, f"{name} {sub}"


def test_every_output_key_is_documented(seed_article, resources):
    from sitrep.pipeline import extract

    doc = (ROOT / "docs" / "output.md").read_text()
    record = extract(seed_article, resources=resources)[0].to_record()
    for key in set(record) | set(RECORD_KEYS):
        assert f"`{key}`" in doc, key


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text().split("## ")[0]
    assert "make run" in head and "make test" in head
    assert "make test" in (ROOT / ".ci" / "run").read_text()
