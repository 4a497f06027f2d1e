"""`flask orgs create|set-employer|agree`, `flask users …`, `flask tokens …`, `flask demo load`: administration from the shell.

Run by whoever operates the machine, so these commands act without an API actor (`actor=None` = trusted).
Errors are French messages naming the offending option; nothing is written when a command fails.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click
from flask import Flask
from flask.cli import AppGroup

from employer_portal.errors import flatten_errors
from employer_portal.extensions import db
from employer_portal.models import Organization, OrganizationKind, Role
from employer_portal.models.organizations import EmployerKind
from employer_portal.services import organizations as org_ops
from employer_portal.services import users as user_ops
from employer_portal.services.errors import ServiceError

orgs_cli = AppGroup("orgs", help="Organisations (employeurs, opérateurs d'insertion, fédérations).")
users_cli = AppGroup("users", help="Comptes utilisateurs.")
tokens_cli = AppGroup("tokens", help="Jetons d'API.")
demo_cli = AppGroup("demo", help="Données de démonstration (synthétiques).")


def _fail(exc: ServiceError) -> click.ClickException:
    db.session.rollback()
    details = "".join(f"\n  - {field} : {' '.join(msgs)}" for field, msgs in (exc.errors or {}).items())
    return click.ClickException(exc.detail + details)


def _invalid_options(errors: dict[str, Any]) -> click.ClickException:
    """A schema's errors as text, one line per option (e.g. `--employees-fte : Valeur attendue entre 0 et 1000000.`)."""
    lines = (f"\n  - --{k.replace('_', '-')} : {' '.join(msgs)}" for k, msgs in flatten_errors(errors).items())
    return click.ClickException("Options invalides :" + "".join(lines))


def _employer_facts(org: Organization) -> str:
    """The employer facts as the commands echo them: `local_authority, 310.5 ETP` (an unknown fact is said so)."""
    kind_text = org.employer_kind.value if org.employer_kind else "type inconnu"
    fte_text = f"{org.employees_fte:g} ETP" if org.employees_fte is not None else "effectif inconnu"
    return f"{kind_text}, {fte_text}"


@orgs_cli.command("create")
@click.option("--name", required=True, help="Nom unique de l'organisation.")
@click.option("--kind", required=True, type=click.Choice([k.value for k in OrganizationKind]))
@click.option("--nace", "nace_codes", multiple=True, help="Code NACE-BEL (répétable), ex. --nace 52.10")
@click.option("--postal-code", default=None, help="Code postal belge (4 chiffres).")
@click.option(
    "--employer-kind",
    default=None,
    type=click.Choice([k.value for k in EmployerKind]),
    help="Type d'employeur pour les aides à l'embauche (avec --kind employer).",
)
@click.option(
    "--employees-fte",
    default=None,
    type=float,
    help="Effectif en équivalents temps plein, ≥ 0 (avec --kind employer).",
)
def create_org(
    name: str,
    kind: str,
    nace_codes: tuple[str, ...],
    postal_code: str | None,
    employer_kind: str | None,
    employees_fte: float | None,
) -> None:
    """Créer une organisation."""
    from employer_portal.api.schemas import OrganizationCreateSchema

    data = {
        "name": name,
        "kind": kind,
        "nace_codes": list(nace_codes),
        "postal_code": postal_code,
        "employer_kind": employer_kind,
        "employees_fte": employees_fte,
    }
    errors = OrganizationCreateSchema().validate(data)
    if errors:
        raise _invalid_options(errors)
    try:
        org = org_ops.create_organization(None, data)
    except ServiceError as exc:
        raise _fail(exc) from exc
    known = org.employer_kind is not None or org.employees_fte is not None
    facts = f", {_employer_facts(org)}" if known else ""
    click.echo(f"Organisation créée : #{org.id} {org.name} ({org.kind.value}{facts})")


@orgs_cli.command("set-employer")
@click.option("--name", required=True, help="Nom de l'employeur.")
@click.option(
    "--employer-kind",
    default=None,
    type=click.Choice([k.value for k in EmployerKind]),
    help="Type d'employeur pour les aides à l'embauche.",
)
@click.option("--employees-fte", default=None, type=float, help="Effectif en équivalents temps plein, ≥ 0.")
def set_employer(name: str, employer_kind: str | None, employees_fte: float | None) -> None:
    """Renseigner le type et l'effectif d'un employeur existant (faits des aides à l'embauche)."""
    from employer_portal.api.schemas import OrganizationUpdateSchema

    data: dict[str, object] = {}
    if employer_kind is not None:
        data["employer_kind"] = employer_kind
    if employees_fte is not None:
        data["employees_fte"] = employees_fte
    if not data:
        raise click.ClickException("Indiquez --employer-kind, --employees-fte ou les deux.")
    errors = OrganizationUpdateSchema().validate(data)
    if errors:
        raise _invalid_options(errors)
    org = org_ops.find_by_name(name)
    if org is None:
        raise click.ClickException(f"--name : aucune organisation nommée « {name} ».")
    try:
        org = org_ops.update_organization(None, org.id, data)
    except ServiceError as exc:
        raise _fail(exc) from exc
    click.echo(f"Employeur mis à jour : #{org.id} {org.name} ({_employer_facts(org)})")


@orgs_cli.command("agree")
@click.option("--employer", required=True, help="Nom de l'employeur.")
@click.option("--operator", required=True, help="Nom de l'opérateur d'insertion.")
@click.option("--start", "start_date", required=True, type=click.DateTime(formats=["%Y-%m-%d"]))
@click.option("--end", "end_date", default=None, type=click.DateTime(formats=["%Y-%m-%d"]))
def agree(employer: str, operator: str, start_date: datetime, end_date: datetime | None) -> None:
    """Enregistrer un accord de collaboration employeur ↔ opérateur d'insertion."""
    employer_org = org_ops.find_by_name(employer)
    operator_org = org_ops.find_by_name(operator)
    if employer_org is None:
        raise click.ClickException(f"--employer : aucune organisation nommée « {employer} ».")
    if operator_org is None:
        raise click.ClickException(f"--operator : aucune organisation nommée « {operator} ».")
    try:
        agreement = org_ops.add_agreement(
            None,
            employer_org.id,
            operator_org.id,
            start_date.date(),  # click.DateTime gives a datetime
            end_date.date() if end_date is not None else None,
        )
    except ServiceError as exc:
        raise _fail(exc) from exc
    click.echo(f"Accord #{agreement.id} enregistré : {employer} ↔ {operator} dès le {agreement.start_date}.")


@users_cli.command("create")
@click.option("--org", "org_name", required=True, help="Nom de l'organisation du compte.")
@click.option("--email", required=True)
@click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "display_name", default=None, help="Nom affiché.")
def create_user(org_name: str, email: str, role: str, password: str, display_name: str | None) -> None:
    """Créer un compte (le rôle doit correspondre au type d'organisation)."""
    org = org_ops.find_by_name(org_name)
    if org is None:
        raise click.ClickException(f"--org : aucune organisation nommée « {org_name} ».")
    from employer_portal.api.schemas import UserCreateSchema

    payload = {"organization_id": org.id, "email": email, "role": role, "password": password}
    if display_name:
        payload["display_name"] = display_name
    errors = UserCreateSchema().validate(payload)
    if errors:
        raise _invalid_options(errors)
    try:
        user = user_ops.create_user(None, payload)
    except ServiceError as exc:
        raise _fail(exc) from exc
    click.echo(f"Compte créé : #{user.id} {user.email} ({user.role.value}) chez {org.name}")


@tokens_cli.command("create")
@click.option("--email", required=True, help="E-mail du compte titulaire.")
@click.option("--name", default="cli", help="Nom du jeton (pour le reconnaître).")
@click.option("--days", default=90, type=click.IntRange(1, 365), help="Validité en jours.")
def create_token(email: str, name: str, days: int) -> None:
    """Créer un jeton d'API ; il n'est affiché qu'une fois (seule son empreinte est conservée)."""
    user = user_ops.find_by_email(email)
    if user is None:
        raise click.ClickException(f"--email : aucun compte pour « {email} ».")
    _token, clear = user_ops.issue_token(user, name, valid_days=days)
    click.echo(clear)


@demo_cli.command("load")
def load_demo() -> None:
    """Charger (ou compléter) les données de démonstration ; idempotent."""
    from employer_portal.demo import DEMO_PASSWORD, load_demo_data

    summary = load_demo_data()
    click.echo(summary.describe())
    click.echo("\nComptes de démonstration (mot de passe commun : " + DEMO_PASSWORD + ") :")
    for email, role, org in summary.logins:
        click.echo(f"  {email:<36} {role:<20} {org}")


def register_cli(app: Flask) -> None:
    for group in (orgs_cli, users_cli, tokens_cli, demo_cli):
        app.cli.add_command(group)
