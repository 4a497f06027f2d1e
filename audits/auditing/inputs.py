"""Parse JSON objects (batch lines, API payloads) into `VacancyInput` / `PostAnalysisInput`, with French errors."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from audits.model import LanguageUse, PostAnalysisInput, PostTask, Schedule, VacancyInput


class InputError(ValueError):
    """The object is not a valid vacancy; the message (French) names the offending field."""


_NUMBERS = ("duration_months", "weekly_hours", "full_time_hours", "gross_monthly_wage")
_STRINGS = ("rome_code", "contract_type", "workplace_postal_code", "reference_date")


def _str_tuple(obj: dict[str, Any], key: str) -> tuple[str, ...]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"post_analysis.{key} doit être une liste de textes")
    return tuple(value)


def _optional_text(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{where}.{key} doit être un texte")
    return value


def post_analysis_from_dict(obj: Any) -> PostAnalysisInput | None:
    if obj is None:
        return None
    if not isinstance(obj, dict):
        raise InputError("post_analysis doit être un objet JSON")
    tasks = []
    for i, task in enumerate(obj.get("tasks") or []):
        if isinstance(task, str):
            tasks.append(PostTask(name=task))
        elif isinstance(task, dict) and isinstance(task.get("name"), str):
            skills = task.get("skills") or []
            if not isinstance(skills, list):
                raise InputError(f"post_analysis.tasks[{i}].skills doit être une liste")
            where = f"post_analysis.tasks[{i}]"
            tasks.append(PostTask(name=task["name"], frequency=_optional_text(task, "frequency", where),
                                  criticality=_optional_text(task, "criticality", where),
                                  skills=tuple(str(s) for s in skills)))
        else:
            raise InputError(f"post_analysis.tasks[{i}] doit être un texte ou un objet avec « name »")
    languages = []
    for i, use in enumerate(obj.get("languages_used") or []):
        if isinstance(use, str):
            languages.append(LanguageUse(language=use))
        elif isinstance(use, dict) and isinstance(use.get("language"), str):
            where = f"post_analysis.languages_used[{i}]"
            languages.append(LanguageUse(language=use["language"], cefr=_optional_text(use, "cefr", where),
                                         with_whom=_optional_text(use, "with_whom", where)))
        else:
            raise InputError(f"post_analysis.languages_used[{i}] doit avoir un code « language »")
    def number(key: str) -> Any:
        value = obj.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
            raise InputError(f"post_analysis.{key} doit être un nombre positif")
        return value
    return PostAnalysisInput(
        tasks=tuple(tasks),
        working_conditions=_str_tuple(obj, "working_conditions"),
        tools=_str_tuple(obj, "tools"),
        required_certificates=_str_tuple(obj, "required_certificates"),
        required_licences=_str_tuple(obj, "required_licences"),
        languages_used=tuple(languages),
        time_to_proficiency_weeks=number("time_to_proficiency_weeks"),
        tutoring_available=bool(obj.get("tutoring_available", False)),
        min_eqf_level=number("min_eqf_level"),
        min_experience_years=number("min_experience_years"),
    )


def vacancy_from_dict(obj: Any) -> tuple[VacancyInput, PostAnalysisInput | None]:
    """Build the audit inputs from one JSON object (unknown keys are ignored)."""
    if not isinstance(obj, dict):
        raise InputError("la ligne doit être un objet JSON")
    for key in ("id", "title", "description"):
        if not isinstance(obj.get(key), str):
            raise InputError(f"champ « {key} » manquant ou non textuel")
    if isinstance(obj["id"], str) and not obj["id"].strip():
        raise InputError("champ « id » vide")
    kwargs: dict[str, Any] = {}
    for key in _NUMBERS:
        value = obj.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise InputError(f"champ « {key} » : nombre positif attendu, reçu {value!r}")
        kwargs[key] = float(value)
    for key in _STRINGS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"champ « {key} » : texte attendu, reçu {value!r}")
        kwargs[key] = value
    if "reference_date" in kwargs:
        try:
            dt.date.fromisoformat(kwargs["reference_date"])
        except ValueError as exc:
            raise InputError(f"champ « reference_date » : date ISO attendue (AAAA-MM-JJ), reçu {kwargs['reference_date']!r}") from exc
    for key in ("posts", "previous_fixed_term_contracts"):
        value = obj.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InputError(f"champ « {key} » : entier positif attendu, reçu {value!r}")
        kwargs[key] = value
    schedule = obj.get("schedule")
    if schedule is not None:
        if not isinstance(schedule, dict):
            raise InputError("champ « schedule » : objet attendu")
        kwargs["schedule"] = Schedule(**{k: bool(schedule.get(k, False)) for k in ("nights", "weekends", "split_shifts", "early_mornings")})
    vacancy = VacancyInput(id=obj["id"], title=obj["title"], description=obj["description"], **kwargs)
    return vacancy, post_analysis_from_dict(obj.get("post_analysis"))


def load_vacancies(path: Path) -> list[tuple[VacancyInput, PostAnalysisInput | None]]:
    """The audit inputs of a JSONL file of offers; a bad line is reported on stderr with its number and skipped."""
    items = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                items.append(vacancy_from_dict(json.loads(line)))
            except (json.JSONDecodeError, InputError) as exc:
                print(f"ligne {number} ignorée : {exc}", file=sys.stderr)
    return items
