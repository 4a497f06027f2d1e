"""`flask orgs create|set-employer|agree`, `flask users …`, `flask tokens …`, `flask demo load`: administration from the shell.

Run by whoever operates the machine, so these commands act without an API actor (`actor=None` = trusted).
Errors are French messages naming the option the user typed (`--nace`, not the schema's `nace_codes`), for
click's own checks as for the API's schemas and the services; nothing is written when a command fails.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
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


class _Command(click.Command):
    """Click's own refusals (missing or unknown option, bad value) in French, naming the option."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.MissingParameter as exc:
            raise click.UsageError(f"Option obligatoire manquante : {_hint(exc)}.", exc.ctx) from exc
        except click.BadParameter as exc:
            raise click.UsageError(f"{_hint(exc)} : {exc.message}", exc.ctx) from exc
        except click.NoSuchOption as exc:
            raise click.UsageError(f"Option inconnue : {exc.option_name}.", exc.ctx) from exc
        except click.BadOptionUsage as exc:
            raise click.UsageError(f"{exc.option_name} : une valeur est attendue après l'option.", exc.ctx) from exc


def _hint(exc: click.BadParameter) -> str:
    return exc.param.opts[0] if exc.param is not None and exc.param.opts else str(exc.param_hint or "option")


class _Group(AppGroup):
    command_class = _Command


class _Choice(click.Choice):
    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return f"« {value} » n'est pas admis ; valeurs possibles : {', '.join(map(str, self.choices))}."


class _Number(click.ParamType):
    """A number as typed in a shell: "12.5" or "12,5" (float), "30" (int)."""

    def __init__(self, cast: Callable[[str], Any]) -> None:
        self.cast = cast
        self.name = "entier" if cast is int else "nombre"  # the metavar of --help

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value  # a default
        try:
            return self.cast(str(value).strip().replace(",", "."))
        except ValueError:
            self.fail(f"« {value} » n'est pas un nombre{' entier' if self.cast is int else ''}.", param, ctx)


class _Day(click.ParamType):
    name = "AAAA-MM-JJ"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return datetime.strptime(str(value), "%Y-%m-%d").date()
        except ValueError:
            self.fail(f"« {value} » n'est pas une date AAAA-MM-JJ (ex. 2026-01-31).", param, ctx)


orgs_cli = _Group("orgs", help="Organisations (employeurs, opérateurs d'insertion, fédérations).")
users_cli = _Group("users", help="Comptes utilisateurs.")
tokens_cli = _Group("tokens", help="Jetons d'API.")
demo_cli = _Group("demo", help="Données de démonstration (synthétiques).")


def _option_lines(errors: Mapping[str, Any], fields: Mapping[str, str] | None = None) -> str:
    """Errors keyed by schema or service field -> one line per option of the running command.

    A field is named by the option of the parameter with its name (`display_name` -> `--name`, `nace_codes` ->
    `--nace`), or of the parameter `fields` gives when the command turned an option into another field
    (`organization_id` -> `org_name` -> `--org`). An item of a repeated option gives its position and value:
    `--nace (2e valeur : « abc »)`. A field that is no option keeps its name.
    """
    ctx = click.get_current_context()
    options = {p.name: p for p in ctx.command.params if isinstance(p, click.Option)}
    lines = []
    for key, messages in flatten_errors(errors).items():
        field, _, index = key.partition(".")
        option = options.get((fields or {}).get(field, field))
        label = key
        if option is not None and option.name is not None:
            label = option.opts[0]
            values = ctx.params.get(option.name)
            if option.multiple and index.isdigit() and values is not None and int(index) < len(values):
                position = int(index) + 1
                label += f" ({position}{'re' if position == 1 else 'e'} valeur : « {values[int(index)]} »)"
        lines.append(f"\n  - {label} : {' '.join(messages)}")
    return "".join(lines)


def _fail(exc: ServiceError, fields: Mapping[str, str] | None = None) -> click.ClickException:
    db.session.rollback()
    return click.ClickException(exc.detail + _option_lines(exc.errors or {}, fields))


def _invalid_options(errors: Mapping[str, Any], fields: Mapping[str, str] | None = None) -> click.ClickException:
    """A schema's errors, one line per option (e.g. `--employees-fte : Valeur attendue entre 0 et 1000000.`)."""
    return click.ClickException("Options invalides :" + _option_lines(errors, fields))


def _employer_facts(org: Organization) -> str:
    """The employer facts as the commands echo them: `local_authority, 310.5 ETP` (an unknown fact is said so)."""
    kind_text = org.employer_kind.value if org.employer_kind else "type inconnu"
    fte_text = f"{org.employees_fte:g} ETP" if org.employees_fte is not None else "effectif inconnu"
    return f"{kind_text}, {fte_text}"


@orgs_cli.command("create")
@click.option("--name", required=True, help="Nom unique de l'organisation.")
@click.option("--kind", required=True, type=_Choice([k.value for k in OrganizationKind]))
@click.option("--nace", "nace_codes", multiple=True, help="Code NACE-BEL (répétable), ex. --nace 52.10")
@click.option("--postal-code", default=None, help="Code postal belge (4 chiffres).")
@click.option(
    "--employer-kind",
    default=None,
    type=_Choice([k.value for k in EmployerKind]),
    help="Type d'employeur pour les aides à l'embauche (avec --kind employer).",
)
@click.option(
    "--employees-fte",
    default=None,
    type=_Number(float),
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
    type=_Choice([k.value for k in EmployerKind]),
    help="Type d'employeur pour les aides à l'embauche.",
)
@click.option("--employees-fte", default=None, type=_Number(float), help="Effectif en équivalents temps plein, ≥ 0.")
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
@click.option("--start", "start_date", required=True, type=_Day(), help="Date de début (AAAA-MM-JJ).")
@click.option("--end", "end_date", default=None, type=_Day(), help="Date de fin (AAAA-MM-JJ), facultative.")
def agree(employer: str, operator: str, start_date: date, end_date: date | None) -> None:
    """Enregistrer un accord de collaboration employeur ↔ opérateur d'insertion."""
    employer_org = org_ops.find_by_name(employer)
    operator_org = org_ops.find_by_name(operator)
    if employer_org is None:
        raise click.ClickException(f"--employer : aucune organisation nommée « {employer} ».")
    if operator_org is None:
        raise click.ClickException(f"--operator : aucune organisation nommée « {operator} ».")
    try:
        agreement = org_ops.add_agreement(None, employer_org.id, operator_org.id, start_date, end_date)
    except ServiceError as exc:
        raise _fail(exc, {"employer_id": "employer", "operator_id": "operator"}) from exc
    click.echo(f"Accord #{agreement.id} enregistré : {employer} ↔ {operator} dès le {agreement.start_date}.")


@users_cli.command("create")
@click.option("--org", "org_name", required=True, help="Nom de l'organisation du compte.")
@click.option("--email", required=True)
@click.option("--role", required=True, type=_Choice([r.value for r in Role]))
@click.option(
    "--password", prompt="Mot de passe", hide_input=True, confirmation_prompt="Mot de passe (confirmation)"
)
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
    fields = {"organization_id": "org_name"}
    errors = UserCreateSchema().validate(payload)
    if errors:
        raise _invalid_options(errors, fields)
    try:
        user = user_ops.create_user(None, payload)
    except ServiceError as exc:
        raise _fail(exc, fields) from exc
    click.echo(f"Compte créé : #{user.id} {user.email} ({user.role.value}) chez {org.name}")


@tokens_cli.command("create")
@click.option("--email", required=True, help="E-mail du compte titulaire.")
@click.option("--name", default="cli", help="Nom du jeton (pour le reconnaître).")
@click.option("--days", default=90, type=_Number(int), help="Validité en jours (1 à 365).")
def create_token(email: str, name: str, days: int) -> None:
    """Créer un jeton d'API ; il n'est affiché qu'une fois (seule son empreinte est conservée)."""
    from employer_portal.api.schemas import TokenLoginSchema

    # The API's rules for a token's name and validity (POST /api/v1/auth/tokens).
    errors = TokenLoginSchema(only=("name", "valid_days")).validate({"name": name, "valid_days": days})
    if errors:
        raise _invalid_options(errors, {"valid_days": "days"})
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
