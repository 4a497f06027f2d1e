from __future__ import annotations

import io
import json
import subprocess
import sys

from matching_fixtures import FakeReference

from matching.bench import main, run

REQUIRED = {"candidates", "shortlist_ms_p50", "shortlist_ms_p95", "exclusion_ms_p50", "index_bytes_per_candidate",
            "rss_mb"}


def test_bench_last_line_is_a_json_object_with_the_figures(ref: FakeReference) -> None:
    out = io.StringIO()
    figures = run(500, queries=4, k=20, reference=ref, out=out)
    lines = out.getvalue().strip().splitlines()
    last = json.loads(lines[-1])
    assert REQUIRED <= set(last) and last == figures
    assert last["candidates"] == 500 and last["shortlist_ms_p50"] > 0 and 0 < last["index_bytes_per_candidate"] < 1024
    assert len(lines) > 1  # human lines first


def test_bench_rejects_bad_arguments(capsys: object) -> None:
    assert main(["--candidates", "10", "--queries", "0"]) == 2


def test_matching_stays_pure() -> None:
    code = (
        "import sys, matching, matching.shortlist, matching.exclusion, matching.bench, matching.synthetic;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'employer_portal', 'celery')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
