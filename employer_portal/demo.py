"""Demo data for `make run`: organizations, logins, vacancies and a pool of SYNTHETIC candidates.

Every candidate made here has `synthetic=True`, an operator reference "SYN-…" and is generated from a fixed
seed: no real person is described. Loading is idempotent (existing rows, found by name, e-mail or reference,
are left as they are), so `make run` can call it on every start.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from employer_portal.extensions import db
from employer_portal.models import (
    Candidate,
    ContractType,
    Organization,
    OrganizationKind,
    PostAnalysis,
    Role,
    User,
    Vacancy,
    VacancyStatus,
)
from employer_portal.models.organizations import EmployerKind
from employer_portal.services import candidates as candidate_ops
from employer_portal.services import users as user_ops
from employer_portal.tasks import normalise_for_search

DEMO_PASSWORD = "demo-poste-juste"
SYNTHETIC_CANDIDATES = 60
SEED = 20260101

OrgSpec = tuple[str, OrganizationKind, list[str], str]

PLATFORM: OrgSpec = ("Poste Juste (plateforme)", OrganizationKind.PLATFORM, [], "5000")
EMPLOYER: OrgSpec = ("Logistique Demo SRL", OrganizationKind.EMPLOYER, ["52.10"], "6000")
# Two more employers of the sector, so that the federation's aggregates have cells with >= 3 employers.
OTHER_EMPLOYERS: list[OrgSpec] = [
    ("Entrepôts du Hainaut Demo SA", OrganizationKind.EMPLOYER, ["52.10"], "7000"),
    ("Transports Meuse Demo SRL", OrganizationKind.EMPLOYER, ["52.29"], "5000"),
]
# What the hiring aids need about each demo employer: all three are private logistics firms (secteur marchand),
# with plausible headcounts for a Walloon SME warehouse / transport firm. Filled on an existing demo database too.
EMPLOYER_FACTS: dict[str, tuple[EmployerKind, float]] = {
    EMPLOYER[0]: (EmployerKind.PRIVATE_MARKET, 42.0),
    OTHER_EMPLOYERS[0][0]: (EmployerKind.PRIVATE_MARKET, 118.5),
    OTHER_EMPLOYERS[1][0]: (EmployerKind.PRIVATE_MARKET, 23.0),
}
OPERATOR: OrgSpec = ("CISP Demo Charleroi", OrganizationKind.ISP_OPERATOR, [], "6000")
FEDERATION: OrgSpec = ("Fédération Logistique Demo", OrganizationKind.FEDERATION, ["49", "52"], "1000")

LOGINS = [
    ("admin@demo.poste-juste.be", Role.ADMIN, PLATFORM[0], "Admin Démo"),
    ("employeur@demo.poste-juste.be", Role.EMPLOYER_USER, EMPLOYER[0], "Sophie (RH Logistique Demo)"),
    ("coach@demo.poste-juste.be", Role.COACH, OPERATOR[0], "Karim (job coach)"),
    ("federation@demo.poste-juste.be", Role.FEDERATION_ANALYST, FEDERATION[0], "Analyste fédération"),
]

INFLATED_DESCRIPTION = (
    "Notre entrepôt de Charleroi recherche un préparateur de commandes (H/F).\n"
    "Missions : préparer les commandes à l'aide d'un scanner, emballer, étiqueter, charger les palettes.\n"
    "Profil : Bac+2 exigé, 5 ans d'expérience minimum dans un poste similaire, bilingue FR/NL, "
    "permis B indispensable, dynamique et résistant au stress.\n"
    "Horaires : 6h-14h / 14h-22h en alternance. CDI, 38 h/semaine."
)

VACANCIES: list[dict[str, Any]] = [
    {
        "title": "Préparateur de commandes (H/F) — Bac+2 exigé, 5 ans d'expérience, bilingue FR/NL",
        "description": INFLATED_DESCRIPTION,
        "rome_code": "N1103",
        "contract_type": ContractType.CDI,
        "weekly_hours": 38.0,
        "gross_monthly_wage": 2250.0,
        "workplace_postal_code": "6000",
        "schedule_early_mornings": True,
        "posts": 3,
        "post_analysis": {
            "tasks": [
                {
                    "name": "Préparer les commandes au scanner",
                    "frequency": "daily",
                    "criticality": "high",
                    "skills": ["lire une liste de prélèvement", "utiliser un scanner"],
                },
                {
                    "name": "Emballer et étiqueter",
                    "frequency": "daily",
                    "criticality": "medium",
                    "skills": [],
                },
                {
                    "name": "Charger les palettes au transpalette manuel",
                    "frequency": "daily",
                    "criticality": "medium",
                    "skills": ["gestes et postures"],
                },
            ],
            "working_conditions": ["station debout", "port de charges jusqu'à 15 kg", "entrepôt non chauffé"],
            "tools": ["scanner", "transpalette manuel"],
            "required_certificates": [],
            "required_licences": [],
            "languages_used": [{"language": "fr", "cefr": "A2", "with_whom": "collègues"}],
            "time_to_proficiency_weeks": 2,
            "tutoring_available": True,
            "min_eqf_level": None,
            "min_experience_years": 0,
        },
    },
    {
        "title": "Cariste (H/F)",
        "description": (
            "Conduite de chariot élévateur frontal et rétractable, mise en stock et déstockage.\n"
            "Certificat cariste exigé (ou formation assurée à l'embauche). Travail en équipes."
        ),
        "rome_code": "N1101",
        "contract_type": ContractType.CDD,
        "duration_months": 6,
        "weekly_hours": 38.0,
        "gross_monthly_wage": 2350.0,
        "workplace_postal_code": "6000",
        "schedule_nights": True,
        "posts": 1,
    },
    {
        "title": "Agent·e d'entretien des locaux (mi-temps)",
        "description": "Entretien des bureaux et des vestiaires, en fin de journée. Horaire fixe 17h-20h.",
        "rome_code": "K2204",
        "contract_type": ContractType.CDI,
        "weekly_hours": 15.0,
        "gross_monthly_wage": 900.0,
        "workplace_postal_code": "6000",
        "posts": 1,
    },
]
OTHER_VACANCIES = [
    ("Magasinier (H/F)", "N1103", VacancyStatus.PUBLISHED),
    ("Préparateur de commandes (H/F)", "N1103", VacancyStatus.DRAFT),
]

OCCUPATIONS = [
    ("Préparation de commandes", "N1103"),
    ("Manutention", "N1105"),
    ("Nettoyage de locaux", "K2204"),
    ("Mise en rayon", "D1507"),
    ("Aide en cuisine", "G1602"),
    ("Ouvrier du bâtiment", "F1704"),
]
SKILLS = [
    "utiliser un scanner",
    "lire une liste de prélèvement",
    "gestes et postures",
    "emballage",
    "conduite de transpalette",
    "tri des déchets",
    "travail en équipe",
    "respect des consignes de sécurité",
    "comptage et inventaire",
    "accueil client",
]
DIPLOMAS = [
    (None, 1),
    ("CEB (certificat d'études de base)", 1),
    ("CE1D", 2),
    ("CQ6 (qualification professionnelle)", 3),
    ("CESS", 4),
]
LANGUAGE_MIXES = [
    [{"language": "fr", "cefr": "C2"}],
    [{"language": "fr", "cefr": "B1"}],
    [{"language": "fr", "cefr": "A2"}, {"language": "ar", "cefr": "C2"}],
    [{"language": "fr", "cefr": "B2"}, {"language": "nl", "cefr": "A2"}],
    [{"language": "fr", "cefr": "A2"}, {"language": "en", "cefr": "B1"}],
]
POSTAL_CODES = [
    "6000",
    "6001",
    "6010",
    "6020",
    "6030",
    "6040",
    "6060",
    "6200",
    "6220",
    "6240",
    "7100",
    "6180",
]


@dataclass
class DemoSummary:
    created: dict[str, int] = field(default_factory=dict)
    logins: list[tuple[str, str, str]] = field(default_factory=list)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def describe(self) -> str:
        if not self.created:
            return "Données de démonstration déjà présentes : rien à ajouter."
        parts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items()))
        return f"Données de démonstration ajoutées : {parts}."


def _org(spec: OrgSpec, summary: DemoSummary) -> Organization:
    name, kind, nace, postal = spec
    org = db.session.execute(select(Organization).where(Organization.name == name)).scalar_one_or_none()
    created = org is None
    if org is None:
        org = Organization(name=name, kind=kind, nace_codes=nace, postal_code=postal)
        db.session.add(org)
        db.session.flush()
        summary.count("organisation(s)")
    facts = EMPLOYER_FACTS.get(name)
    # Only what is still unknown is filled: a demo database made before these columns existed gets them, and a
    # value an admin changed since is left alone.
    if facts is not None and (org.employer_kind is None or org.employees_fte is None):
        if org.employer_kind is None:
            org.employer_kind = facts[0]
        if org.employees_fte is None:
            org.employees_fte = facts[1]
        if not created:
            summary.count("fiche(s) employeur complétée(s)")
    return org


def _user(email: str, role: Role, org: Organization, display_name: str, summary: DemoSummary) -> User:
    user = user_ops.find_by_email(email)
    if user is None:
        user = User(
            organization_id=org.id,
            email=email,
            display_name=display_name,
            role=role,
            password_hash=user_ops.hash_password(DEMO_PASSWORD),
            active=True,
        )
        db.session.add(user)
        db.session.flush()
        summary.count("compte(s)")
    return user


def _vacancy(org: Organization, author: User | None, spec: dict[str, Any], summary: DemoSummary) -> None:
    exists = db.session.execute(
        select(Vacancy.id).where(Vacancy.organization_id == org.id, Vacancy.title == spec["title"])
    ).first()
    if exists is not None:
        return
    values = {k: v for k, v in spec.items() if k != "post_analysis"}
    vacancy = Vacancy(organization_id=org.id, created_by_id=author.id if author else None, **values)
    vacancy.search_text = normalise_for_search(vacancy.title, vacancy.description, vacancy.rome_code)
    db.session.add(vacancy)
    if "post_analysis" in spec:
        db.session.add(
            PostAnalysis(
                vacancy=vacancy, updated_by_id=author.id if author else None, **spec["post_analysis"]
            )
        )
    summary.count("offre(s)")


def synthetic_candidate(rng: random.Random, index: int) -> dict[str, Any]:
    """One clearly synthetic job-seeker profile (mostly low-qualified, as the ISP public is)."""
    diploma, eqf = rng.choices(DIPLOMAS, weights=[2, 3, 3, 2, 2])[0]
    experience = [
        {"occupation": occ, "rome_code": code, "years": round(rng.uniform(0.2, 6.0), 1)}
        for occ, code in rng.sample(OCCUPATIONS, k=rng.choice([0, 1, 1, 2]))
    ]
    today = date(2026, 1, 15)
    return {
        "operator_reference": f"SYN-{index:03d}",
        "consent_given_at": today - timedelta(days=rng.randint(10, 300)),
        "consent_scope": ["matching", "shortlist", "incentives"] if rng.random() < 0.8 else ["matching"],
        "registration_date": today - timedelta(days=rng.randint(30, 1500)),
        "birth_date": date(rng.randint(1966, 2006), rng.randint(1, 12), rng.randint(1, 28)),
        "education_level": eqf,
        "diplomas": [{"title": diploma, "eqf_level": eqf, "domain": None, "year": None}] if diploma else [],
        "experience": experience,
        "skills": sorted(rng.sample(SKILLS, k=rng.randint(1, 5))),
        "languages": rng.choice(LANGUAGE_MIXES),
        "licences": ["B"] if rng.random() < 0.45 else [],
        "certifications": ["VCA de base"] if rng.random() < 0.15 else [],
        "home_postal_code": rng.choice(POSTAL_CODES),
        "mobility": {
            "max_km": rng.choice([5, 10, 15, 25, 40]),
            "modes": sorted(rng.sample(["public_transport", "bike", "walk", "car"], k=rng.randint(1, 2))),
        },
        "availability": {
            "available_from": (today + timedelta(days=rng.randint(0, 45))).isoformat(),
            "weekly_hours_max": rng.choice([19.0, 25.0, 30.0, 38.0]),
            "nights": rng.random() < 0.3,
            "weekends": rng.random() < 0.5,
            "split_shifts": rng.random() < 0.3,
            "early_mornings": rng.random() < 0.5,
            "childcare_constraints": (
                rng.choice(["crèche jusqu'à 18 h", "enfants à déposer à l'école à 8 h 15"])
                if rng.random() < 0.3
                else None
            ),
        },
    }


def load_demo_data() -> DemoSummary:
    summary = DemoSummary()
    orgs = {
        spec[0]: _org(spec, summary) for spec in [PLATFORM, EMPLOYER, *OTHER_EMPLOYERS, OPERATOR, FEDERATION]
    }
    users = {}
    for email, role, org_name, display_name in LOGINS:
        users[email] = _user(email, role, orgs[org_name], display_name, summary)
        summary.logins.append((email, role.value, org_name))
    employer_user = users["employeur@demo.poste-juste.be"]
    for spec in VACANCIES:
        _vacancy(orgs[EMPLOYER[0]], employer_user, spec, summary)
    for org_spec in OTHER_EMPLOYERS:
        for title, rome, status in OTHER_VACANCIES:
            _vacancy(
                orgs[org_spec[0]],
                None,
                {
                    "title": title,
                    "description": f"{title} — offre de démonstration.",
                    "rome_code": rome,
                    "contract_type": ContractType.CDI,
                    "status": status,
                    "workplace_postal_code": org_spec[3],
                },
                summary,
            )
    db.session.flush()

    coach = users["coach@demo.poste-juste.be"]
    existing = set(
        db.session.scalars(
            select(Candidate.operator_reference).where(Candidate.operator_id == coach.organization_id)
        )
    )
    rng = random.Random(SEED)
    for index in range(1, SYNTHETIC_CANDIDATES + 1):
        profile = synthetic_candidate(rng, index)  # always drawn, so profiles do not depend on what exists
        if profile["operator_reference"] in existing:
            continue
        candidate = Candidate(
            operator_id=coach.organization_id,
            pseudonym=candidate_ops.new_pseudonym(),
            synthetic=True,
            consent_recorded_by_id=coach.id,
            **profile,
        )
        db.session.add(candidate)
        db.session.flush()  # the next pseudonym check must see this one
        summary.count("personne(s) synthétique(s)")
    db.session.commit()
    return summary
