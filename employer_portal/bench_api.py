"""Benchmark: one vacancy through the API, warm: create + submit (in-process audit, shortlist) + read the audit back.

    python -m employer_portal.bench_api [--runs 60] [--warmup 5] [--candidates 0] [--no-sqlite-wal]

Uses the Flask test client on a throwaway SQLite database (migrated with Alembic), tasks in-process (the embedded
mode of `make run`), SQLite in WAL mode like the app (`--no-sqlite-wal`: SQLite's rollback journal, to compare),
the real auditor (spaCy + reference, loaded during the warm-up). Each run posts a different text (so that the
idempotency key never short-circuits the audit). Prints one line per figure, then a JSON object
as the last line. Target (issue 5): p95 < 150 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Any

ADS = [
    (
        "Préparateur de commandes (H/F)",
        "Notre entrepôt recherche un préparateur de commandes (H/F).\n"
        "Missions : préparer les commandes au scanner, emballer, charger les palettes.\n"
        "Profil : Bac+2 exigé, 5 ans d'expérience minimum, bilingue français-néerlandais, permis B indispensable.\n"
        "Horaires : 6h-14h / 14h-22h. CDI, 38 h/semaine.",
    ),
    (
        "Cariste",
        "Conduite de chariot élévateur frontal et rétractable, mise en stock et déstockage.\n"
        "Certificat cariste exigé. 3 ans d'expérience. Travail de nuit en équipes.",
    ),
    (
        "Agent d'entretien (H/F)",
        "Entretien des bureaux et des vestiaires en fin de journée.\n"
        "CESS exigé. Expérience de 2 ans minimum. Âge : 25-40 ans.",
    ),
]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q * (len(ordered) - 1)))))
    return ordered[k]


def _seed_candidates(app: Any, n: int) -> None:
    """`n` synthetic candidates of one operator around Charleroi (for the shortlist part of the pipeline)."""
    import random
    from datetime import date

    from employer_portal.extensions import db
    from employer_portal.models import Candidate, Organization, OrganizationKind

    rng = random.Random(0)
    with app.app_context():
        operator = Organization(name="CISP bench", kind=OrganizationKind.ISP_OPERATOR)
        db.session.add(operator)
        db.session.flush()
        for i in range(n):
            db.session.add(Candidate(
                operator_id=operator.id, operator_reference=f"BENCH-{i}", pseudonym=f"Candidat·e B{i:05d}",
                synthetic=True, consent_given_at=date(2026, 1, 1), consent_scope=["matching", "shortlist"],
                registration_date=date(2025, 1, 1), education_level=rng.choice([1, 2, 3, 4]),
                experience=[{"occupation": "Préparation", "rome_code": "N1103", "years": rng.choice([0.5, 1, 3])}],
                skills=["utiliser un scanner"], languages=[{"language": "fr", "cefr": "C2"}],
                home_postal_code=rng.choice(["6000", "6001", "6010", "6020", "6040", "6200"]),
                mobility={"max_km": 25, "modes": [rng.choice(["car", "public_transport"])]},
                availability={"weekly_hours_max": 38},
            ))
        db.session.commit()


@dataclass
class Bench:
    app: Any
    client: Any
    headers: dict[str, str]

    def one(self, i: int) -> dict[str, float]:
        """One vacancy through the API; returns the timings of its steps in ms."""
        title, text = ADS[i % len(ADS)]
        client, headers = self.client, self.headers
        c0 = time.process_time()
        t0 = time.perf_counter()
        response = client.post("/api/v1/vacancies", headers=headers, json={
            "title": title, "description": f"{text}\nRéférence interne {i}.", "contract_type": "CDI",
            "weekly_hours": 38, "gross_monthly_wage": 2300 + i, "workplace_postal_code": "6000",
        })
        assert response.status_code == 201, response.get_json()
        vacancy_id = response.get_json()["id"]
        t1 = time.perf_counter()
        response = client.post(f"/api/v1/vacancies/{vacancy_id}/submit", headers=headers)
        assert response.status_code == 200, response.get_json()
        t2 = time.perf_counter()
        body = client.get(f"/api/v1/vacancies/{vacancy_id}/audit", headers=headers).get_json()
        t3 = time.perf_counter()
        c3 = time.process_time()
        assert body["run"] and body["run"]["status"] == "done", body
        return {"total": (t3 - t0) * 1000, "cpu": (c3 - c0) * 1000, "create": (t1 - t0) * 1000, "submit_audit": (t2 - t1) * 1000,
                "read": (t3 - t2) * 1000}

    def close(self) -> None:
        from employer_portal.extensions import db

        with self.app.app_context():
            db.engine.dispose()


def setup(candidates: int = 0, database_url: str | None = None, sqlite_wal: bool = True) -> Bench:
    """A migrated throwaway database with one employer (and `candidates` synthetic people), its API token."""
    import logging

    from flask_migrate import upgrade

    from employer_portal import create_app
    from employer_portal.extensions import db
    from employer_portal.models import Organization, OrganizationKind, Role
    from employer_portal.services import users as user_ops

    if database_url is None:
        database_url = f"sqlite:///{os.path.join(tempfile.mkdtemp(prefix='poste-juste-bench-'), 'bench.sqlite3')}"
    # SQLITE_WAL: the app's default (True) puts a file-based SQLite in WAL mode; False keeps SQLite's rollback
    # journal (an fsync per commit), to measure what WAL saves.
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "REDIS_URL": None, "SECRET_KEY": "bench",
                      "LOG_LEVEL": "WARNING", "SQLITE_WAL": sqlite_wal})
    with app.app_context():
        upgrade()
        org = Organization(name="Employeur bench", kind=OrganizationKind.EMPLOYER, nace_codes=["52.10"])
        db.session.add(org)
        db.session.commit()
        user = user_ops.create_user(None, {"organization_id": org.id, "email": "bench@example.be",
                                           "role": Role.EMPLOYER_USER.value, "password": "bench-password-long"})
        _token, clear = user_ops.issue_token(user, "bench")
    if candidates:
        _seed_candidates(app, candidates)
    logging.getLogger().setLevel(logging.WARNING)  # request logs would dominate the measured time
    return Bench(app, app.test_client(), {"Authorization": f"Bearer {clear}"})


def run(runs: int, warmup: int, candidates: int, sqlite_wal: bool = True) -> dict[str, Any]:
    bench = setup(candidates, sqlite_wal=sqlite_wal)
    t_load = time.perf_counter()
    for i in range(warmup):
        bench.one(10_000 + i)
    load_s = time.perf_counter() - t_load
    samples = [bench.one(i) for i in range(runs)]
    bench.close()
    totals = [s["total"] for s in samples]
    return {
        "runs": runs,
        "candidates": candidates,
        "sqlite_wal": sqlite_wal,
        "warmup_s": round(load_s, 2),
        "p50_ms": round(statistics.median(totals), 1),
        "p95_ms": round(_percentile(totals, 0.95), 1),
        "max_ms": round(max(totals), 1),
        # CPU time of this process: what the pipeline costs without waiting for the other processes sharing the
        # cores (and without fsync waits). On a busy machine it is the better estimate of the cost on one core.
        "cpu_p50_ms": round(statistics.median(s["cpu"] for s in samples), 1),
        "cpu_p95_ms": round(_percentile([s["cpu"] for s in samples], 0.95), 1),
        "create_p50_ms": round(statistics.median(s["create"] for s in samples), 1),
        "submit_audit_p50_ms": round(statistics.median(s["submit_audit"] for s in samples), 1),
        "read_p50_ms": round(statistics.median(s["read"] for s in samples), 1),
        "target_p95_ms": 150,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m employer_portal.bench_api", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=60, help="mesures après l'échauffement (≥ 50 conseillé)")
    parser.add_argument("--warmup", type=int, default=5, help="passages d'échauffement (chargent spaCy)")
    parser.add_argument("--candidates", type=int, default=0, help="candidats synthétiques pour la liste courte")
    parser.add_argument("--sqlite-wal", action=argparse.BooleanOptionalAction, default=True,
                        help="SQLite en mode WAL + synchronous=NORMAL, comme l'application par défaut ; "
                             "--no-sqlite-wal : journal de SQLite par défaut (un fsync à chaque commit), pour comparer")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 1 or args.candidates < 0:
        parser.error("--runs et --warmup doivent valoir au moins 1, --candidates être positif ou nul")
    r = run(args.runs, args.warmup, args.candidates, args.sqlite_wal)
    print(f"échauffement (spaCy, référentiel) : {r['warmup_s']} s", file=sys.stderr)
    print(f"offre par l'API (création + soumission + audit + lecture), {r['runs']} passages, "
          f"{r['candidates']} candidats{', SQLite WAL' if r['sqlite_wal'] else ', SQLite sans WAL'} : p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms (cible p95 < 150 ms)")
    print(f"  temps CPU du processus : p50 {r['cpu_p50_ms']} ms, p95 {r['cpu_p95_ms']} ms")
    print(f"  dont création p50 {r['create_p50_ms']} ms, soumission+audit p50 {r['submit_audit_p50_ms']} ms, "
          f"lecture p50 {r['read_p50_ms']} ms")
    print(json.dumps(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
