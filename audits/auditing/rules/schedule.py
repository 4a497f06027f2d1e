"""Schedule notes (info): nights, weekends, split shifts, early mornings — they matter for childcare."""

from __future__ import annotations

from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, register
from audits.model import Finding

CHILDCARE = (
    "Les crèches et accueils extrascolaires ferment le soir, la nuit et le week-end : ces horaires écartent "
    "souvent les parents seuls. Précisez les horaires réels, leur fréquence et le délai de prévenance du planning, "
    "pour que les candidat·es puissent organiser la garde."
)

_CUES: dict[str, tuple[str, CiPattern, str]] = {
    "schedule_nights": (
        "nights", CiPattern(r"\b(?:de|la|les|en)\s+nuits?\b|\b3\s*[x×*]\s*8\b", ("nuit", "8")),
        "Travail de nuit",
    ),
    "schedule_weekends": (
        "weekends",
        CiPattern(r"(?<!pas de )(?<!sans )\bweek-?ends?\b|\bsamedis?\b|\bdimanches?\b|\bjours\s+f[ée]ri[ée]s\b", ("week", "samedi", "dimanche", "féri", "feri")),
        "Travail le week-end",
    ),
    "schedule_split_shifts": (
        "split_shifts", CiPattern(r"\bhoraires?\s+coup[ée]s?\b|\b(?:en|avec|une)\s+coupures?\b|\bcoupure\s+(?:de|en)\b", ("coup",)),
        "Horaires coupés",
    ),
    "schedule_early_mornings": (
        "early_mornings", CiPattern(r"\b(?:d[èe]s|[àa] partir de|d[ée]but\s+[àa]|prise de poste [àa])\s+[3-6]\s*h|(?<![\d:])\b[3-5]\s*h\s*\d{0,2}\s*(?:-|à)\s*\d{1,2}\s*h",
        ("dès", "des ", "partir", "but", "prise", "h")),
        "Début très tôt le matin",
    ),
}


@register
class ScheduleNotes(Rule):
    codes = tuple(_CUES)
    description = "Horaires de nuit, de week-end, coupés ou très matinaux (note : garde d'enfants)."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        for code, (attribute, pattern, label) in _CUES.items():
            declared = bool(getattr(ctx.vacancy.schedule, attribute))
            match = None
            where = "description"
            for which in ("title", "description"):
                match = pattern.search(ctx, which)
                if match:
                    where = which
                    break
            if match is not None:
                finding = ctx.finding_at(
                    where, match.start(), match.end(), code, "info",  # type: ignore[arg-type]
                    f"{label} : « {match.group(0)} » dans l'offre", CHILDCARE,
                )
                yield Flag(finding)
            elif declared:
                yield Flag(Finding(code=code, severity="info", evidence=f"{label} : indiqué dans les horaires de l'offre",
                                   explanation=CHILDCARE))
