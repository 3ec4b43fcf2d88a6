"""Gold reports cut, spliced and sprinkled with odd characters still extract without raising
(benchmarks/mangled_copy.py runs the same at scale)."""

import importlib.util
import io
import random
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "mangled_copy.py"
_spec = importlib.util.spec_from_file_location("mangled_copy", _PATH)
assert _spec is not None and _spec.loader is not None
mc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mc)


def test_mangling_changes_the_text_and_is_seeded():
    text = "ALEPPO, Syria (AFP) - Air strikes killed 12 civilians in Aleppo on Monday, a monitor said."
    a = [mc.mangle(text, random.Random(3)) for _ in range(2)]
    assert a[0] == a[1]
    assert sum(mc.mangle(text, random.Random(s)) != text for s in range(20)) >= 18


def test_eighty_mangled_reports_extract_without_raising(tmp_path):
    out = io.StringIO()
    failed = mc.run(80, seed=11, keep=tmp_path, out=out)
    assert failed == 0, out.getvalue()
    assert "80 mangled reports" in out.getvalue()
    assert not list(tmp_path.iterdir())
