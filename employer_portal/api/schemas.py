"""Schemas of the API resources (in: strict and capped; out: what each role may see)."""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError, fields, validate, validates_schema

from employer_portal.api.fields import (
    SafeString,
    StrictBoolean,
    StrictSchema,
    UtcDateTime,
    integer,
    nace_code,
    number,
    one_of,
    postal_code,
    rome_code,
    short_list,
)
from employer_portal.models import ContractType, OrganizationKind, Role, VacancyStatus
from employer_portal.models.organizations import EmployerKind

CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]
LICENCE_CATEGORIES = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G"]
ISO_LANGUAGE = validate.Regexp(r"^[a-z]{2}$", error="Code de langue ISO 639-1 attendu (ex. fr, nl, en, de).")


class IsoDateString(fields.Date):
    """A date validated as such but kept as "YYYY-MM-DD" text (for dates inside JSON sub-objects)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        return super()._deserialize(value, attr, data, **kwargs).isoformat()

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        return value if isinstance(value, str) or value is None else super()._serialize(value, attr, obj, **kwargs)


# --- organizations and users -------------------------------------------------------------------------------


def employer_kind_field() -> fields.String:
    return one_of(
        [k.value for k in EmployerKind],
        allow_none=True,
        metadata={"description": "Type d'employeur pour les aides à l'embauche (employeurs seulement)."},
    )


def employees_fte_field() -> fields.Float:
    return number(
        0, 1_000_000, allow_none=True,
        metadata={"description": "Effectif de l'employeur en équivalents temps plein (employeurs seulement)."},
    )


class OrganizationCreateSchema(StrictSchema):
    name = SafeString(max_length=200, min_length=2, required=True)
    kind = one_of([k.value for k in OrganizationKind], required=True)
    nace_codes = short_list(nace_code(), max_items=20, load_default=list)
    postal_code = postal_code(allow_none=True)
    employer_kind = employer_kind_field()
    employees_fte = employees_fte_field()


class EmployerFactsUpdateSchema(StrictSchema):
    """What an employer's own users may change (`PATCH /me/organization`, the employer facts page); null = unknown."""

    employer_kind = employer_kind_field()
    employees_fte = employees_fte_field()


class OrganizationUpdateSchema(EmployerFactsUpdateSchema):
    """What the platform admins may change (`PATCH /organizations/{id}`): the employer facts and the rest."""

    name = SafeString(max_length=200, min_length=2)
    nace_codes = short_list(nace_code(), max_items=20)
    postal_code = postal_code(allow_none=True)


class OrganizationSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    name = fields.String()
    kind = fields.Function(lambda o: o.kind.value)
    nace_codes = fields.List(fields.String())
    postal_code = fields.String(allow_none=True)
    employer_kind = fields.Function(lambda o: o.employer_kind.value if o.employer_kind else None, allow_none=True)
    employees_fte = fields.Float(allow_none=True)
    created_at = UtcDateTime()


class OrganizationQuerySchema(StrictSchema):
    kind = one_of([k.value for k in OrganizationKind])


class AgreementCreateSchema(StrictSchema):
    operator_id = integer(1, 2**31 - 1, required=True)
    start_date = fields.Date(required=True)
    end_date = fields.Date(allow_none=True)


class AgreementSchema(StrictSchema):
    id = fields.Integer()
    employer_id = fields.Integer()
    operator_id = fields.Integer()
    start_date = fields.Date()
    end_date = fields.Date(allow_none=True)


class UserCreateSchema(StrictSchema):
    organization_id = integer(1, 2**31 - 1, required=True)
    email = fields.Email(required=True, validate=validate.Length(max=254, error="254 caractères au maximum."))
    display_name = SafeString(max_length=120, min_length=1)
    role = one_of([r.value for r in Role], required=True)
    password = SafeString(max_length=200, min_length=1, strip=False, required=True, load_only=True)


class UserSchema(StrictSchema):
    id = fields.Integer()
    organization_id = fields.Integer()
    email = fields.String()
    display_name = fields.String()
    role = fields.Function(lambda u: u.role.value)
    active = fields.Boolean()
    created_at = UtcDateTime()
    last_login_at = UtcDateTime(allow_none=True)


class UserQuerySchema(StrictSchema):
    organization_id = fields.Integer()


class TokenLoginSchema(StrictSchema):
    email = fields.Email(required=True, validate=validate.Length(max=254, error="254 caractères au maximum."))
    password = SafeString(max_length=200, min_length=1, strip=False, required=True, load_only=True)
    name = SafeString(max_length=120, min_length=1, load_default="api")
    valid_days = integer(1, 365, load_default=90)


class TokenSchema(StrictSchema):
    id = fields.Integer()
    name = fields.String()
    prefix = fields.String()
    token = fields.String(metadata={"description": "Shown once; only its hash is stored."})
    expires_at = UtcDateTime(allow_none=True)


class MeSchema(StrictSchema):
    user = fields.Nested(UserSchema)
    organization = fields.Nested(OrganizationSchema)


# --- vacancies ---------------------------------------------------------------------------------------------


class ScheduleSchema(StrictSchema):
    nights = StrictBoolean()
    weekends = StrictBoolean()
    split_shifts = StrictBoolean()
    early_mornings = StrictBoolean(metadata={"description": "work before 7:00"})


class VacancyWriteSchema(StrictSchema):
    title = SafeString(max_length=200, min_length=3, required=True)
    description = SafeString(max_length=20000, min_length=1, multiline=True, required=True)
    rome_code = rome_code(allow_none=True)
    contract_type = one_of([c.value for c in ContractType], allow_none=True)
    duration_months = number(0, 120, allow_none=True)
    previous_fixed_term_contracts = integer(0, 50, allow_none=True)
    weekly_hours = number(1, 60, allow_none=True)
    full_time_hours = number(1, 60, allow_none=True)
    gross_monthly_wage = number(0, 100000, allow_none=True, metadata={"description": "EUR brut par mois"})
    workplace_postal_code = postal_code(allow_none=True)
    schedule = fields.Nested(ScheduleSchema)
    posts = integer(1, 1000)


class VacancyPatchSchema(VacancyWriteSchema):
    """Same rules as creation, every field optional (PATCH)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("partial", True)
        super().__init__(*args, **kwargs)


class VacancySchema(StrictSchema):
    id = fields.Integer()
    organization_id = fields.Integer()
    title = fields.String()
    description = fields.String()
    rome_code = fields.String(allow_none=True)
    contract_type = fields.Function(lambda v: v.contract_type.value if v.contract_type else None)
    duration_months = fields.Float(allow_none=True)
    previous_fixed_term_contracts = fields.Integer(allow_none=True)
    weekly_hours = fields.Float(allow_none=True)
    full_time_hours = fields.Float()
    gross_monthly_wage = fields.Float(allow_none=True)
    workplace_postal_code = fields.String(allow_none=True)
    schedule = fields.Function(lambda v: v.schedule_dict())
    posts = fields.Integer()
    status = fields.Function(lambda v: v.status.value)
    has_post_analysis = fields.Function(lambda v: v.post_analysis is not None)
    created_at = UtcDateTime()
    updated_at = UtcDateTime()
    submitted_at = UtcDateTime(allow_none=True)
    published_at = UtcDateTime(allow_none=True)
    closed_at = UtcDateTime(allow_none=True)


class VacancyQuerySchema(StrictSchema):
    status = one_of([s.value for s in VacancyStatus])
    q = SafeString(max_length=200, metadata={"description": "mots cherchés dans le titre et la description"})


class PostTaskSchema(StrictSchema):
    name = SafeString(max_length=200, min_length=1, required=True)
    frequency = one_of(["daily", "weekly", "monthly", "rare"], allow_none=True)
    criticality = one_of(["low", "medium", "high"], allow_none=True)
    skills = short_list(SafeString(max_length=200, min_length=1), max_items=30, load_default=list)


class LanguageUseSchema(StrictSchema):
    language = fields.String(required=True, validate=ISO_LANGUAGE)
    cefr = one_of(CEFR_LEVELS, allow_none=True)
    with_whom = SafeString(max_length=100, allow_none=True)


class PostAnalysisSchema(StrictSchema):
    tasks = short_list(fields.Nested(PostTaskSchema), max_items=50, load_default=list)
    working_conditions = short_list(SafeString(max_length=300, min_length=1), load_default=list)
    tools = short_list(SafeString(max_length=200, min_length=1), load_default=list)
    required_certificates = short_list(
        SafeString(max_length=100, min_length=1), max_items=20, load_default=list
    )
    required_licences = short_list(one_of(LICENCE_CATEGORIES), max_items=15, load_default=list)
    languages_used = short_list(fields.Nested(LanguageUseSchema), max_items=10, load_default=list)
    time_to_proficiency_weeks = number(0, 260, allow_none=True)
    tutoring_available = StrictBoolean(load_default=False)
    min_eqf_level = integer(0, 8, allow_none=True)
    min_experience_years = number(0, 40, allow_none=True)
    vacancy_id = fields.Integer(dump_only=True)
    updated_at = UtcDateTime(dump_only=True)


# --- candidates --------------------------------------------------------------------------------------------


class DiplomaSchema(StrictSchema):
    title = SafeString(max_length=200, min_length=1, required=True)
    eqf_level = integer(0, 8, allow_none=True)
    domain = SafeString(max_length=100, allow_none=True)
    year = integer(1940, 2100, allow_none=True)


class ExperienceSchema(StrictSchema):
    occupation = SafeString(max_length=200, min_length=1, required=True)
    rome_code = rome_code(allow_none=True)
    years = number(0, 50, required=True)


class CandidateLanguageSchema(StrictSchema):
    language = fields.String(required=True, validate=ISO_LANGUAGE)
    cefr = one_of(CEFR_LEVELS, allow_none=True)


class MobilitySchema(StrictSchema):
    max_km = integer(0, 300, allow_none=True)
    modes = short_list(
        one_of(["car", "public_transport", "bike", "walk", "moped"]), max_items=5, load_default=list
    )


class AvailabilitySchema(StrictSchema):
    available_from = IsoDateString(allow_none=True)
    weekly_hours_max = number(1, 60, allow_none=True)
    nights = StrictBoolean()
    weekends = StrictBoolean()
    split_shifts = StrictBoolean()
    early_mornings = StrictBoolean()
    childcare_constraints = SafeString(max_length=300, multiline=True, allow_none=True)


class CandidateWriteSchema(StrictSchema):
    operator_reference = SafeString(max_length=64, min_length=1, required=True)
    consent_given_at = fields.Date(required=True)
    consent_scope = fields.List(
        one_of(["matching", "shortlist", "incentives"]),
        required=True,
        validate=validate.Length(min=1, max=3, error="Au moins une finalité de consentement."),
    )
    consent_withdrawn_at = fields.Date(allow_none=True)
    registration_date = fields.Date(allow_none=True)
    birth_date = fields.Date(allow_none=True, metadata={"description": "incentive age conditions only"})
    education_level = integer(0, 8, allow_none=True)
    diplomas = short_list(fields.Nested(DiplomaSchema), max_items=20, load_default=list)
    experience = short_list(fields.Nested(ExperienceSchema), max_items=30, load_default=list)
    skills = short_list(SafeString(max_length=200, min_length=1), max_items=100, load_default=list)
    languages = short_list(fields.Nested(CandidateLanguageSchema), max_items=10, load_default=list)
    licences = short_list(one_of(LICENCE_CATEGORIES), max_items=15, load_default=list)
    certifications = short_list(SafeString(max_length=100, min_length=1), max_items=30, load_default=list)
    home_postal_code = postal_code(allow_none=True)
    mobility = fields.Nested(MobilitySchema, load_default=dict)
    availability = fields.Nested(AvailabilitySchema, load_default=dict)

    @validates_schema
    def _dates_consistent(self, data: dict[str, Any], **kwargs: Any) -> None:
        given, withdrawn = data.get("consent_given_at"), data.get("consent_withdrawn_at")
        if given and withdrawn and withdrawn < given:
            raise ValidationError("Le retrait du consentement précède son recueil.", "consent_withdrawn_at")


class CandidatePatchSchema(CandidateWriteSchema):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("partial", True)
        super().__init__(*args, **kwargs)


class CandidateSchema(CandidateWriteSchema):
    id = fields.Integer(dump_only=True)
    operator_id = fields.Integer(dump_only=True)
    pseudonym = fields.String(dump_only=True)
    synthetic = fields.Boolean(dump_only=True)
    created_at = UtcDateTime(dump_only=True)
    updated_at = UtcDateTime(dump_only=True)


class AccessLogSchema(StrictSchema):
    id = fields.Integer()
    at = UtcDateTime()
    action = fields.String()
    channel = fields.String()
    user_id = fields.Integer(allow_none=True)
    organization_id = fields.Integer(allow_none=True)
    api_token_id = fields.Integer(allow_none=True)
    request_id = fields.String(allow_none=True)


# --- aggregates --------------------------------------------------------------------------------------------


class SectorStatusCountSchema(StrictSchema):
    sector = fields.String()
    status = fields.String()
    vacancies = fields.Integer(
        allow_none=True, metadata={"description": "null = withheld (too few employers)"}
    )
    employers = fields.Integer(allow_none=True)


class SectorStatsSchema(StrictSchema):
    min_employers = fields.Integer()
    cells = fields.List(fields.Nested(SectorStatusCountSchema))
