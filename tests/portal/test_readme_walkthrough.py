"""The README's curl walk-through works exactly as written, against a real `flask run` server.

The only change made to the README's commands is the port (a free one instead of 5000, so a running
`make run` does not interfere).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def walkthrough_script() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## L'API en quatre commandes", 1)[1]
    match = re.search(r"```sh\n(.*?)```", section, re.S)
    assert match, "README: no ```sh block in the walk-through section"
    return match.group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_readme_walkthrough(tmp_path: Path) -> None:
    if shutil.which("curl") is None:
        pytest.fail("curl is needed by the README walk-through")
    port = free_port()
    env = {
        **os.environ,
        "FLASK_APP": "employer_portal",
        "POSTE_JUSTE_ENV": "development",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'walkthrough.sqlite3'}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    flask = [sys.executable, "-m", "flask"]
    for command in (["db", "upgrade"], ["demo", "load"]):
        done = subprocess.run(flask + command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    server = subprocess.Popen(
        flask + ["run", "-h", "127.0.0.1", "-p", str(port)], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        script = walkthrough_script().replace("127.0.0.1:5000", f"127.0.0.1:{port}")
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=300, cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        # Two JSON documents are printed: the vacancy read back (step 3), then the submitted one (step 4).
        decoder = json.JSONDecoder()
        text, documents = result.stdout.strip(), []
        while text:
            document, end = decoder.raw_decode(text)
            documents.append(document)
            text = text[end:].strip()
        read_back, submitted = documents
        assert read_back["title"] == "Magasinier (H/F)" and read_back["status"] == "draft"
        assert read_back["workplace_postal_code"] == "6000"
        assert submitted["id"] == read_back["id"] and submitted["status"] in {"submitted", "audited"}
    finally:
        server.terminate()
        server.wait(timeout=20)
