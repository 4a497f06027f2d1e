"""Small closed vocabularies used by profiles, job specs and the index: CEFR levels, driving-licence categories,
week days. Each has a parser that raises a French `MatchingInputError` naming the field. Language names are not
here: `language_name` is the audit's one French table (`audits.languages`), re-exported."""

from __future__ import annotations

from audits.languages import language_name as language_name  # the one French table; re-exported for matching

from .errors import InvalidCefrLevelError, MatchingInputError

CEFR_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
CEFR_LABELS_FR: dict[str, str] = {
    "A1": "A1 (débutant)",
    "A2": "A2 (élémentaire)",
    "B1": "B1 (indépendant)",
    "B2": "B2 (indépendant avancé)",
    "C1": "C1 (autonome)",
    "C2": "C2 (maîtrise)",
}


def cefr_rank(level: str, field: str) -> int:
    """'A1' -> 1 ... 'C2' -> 6. Raises `InvalidCefrLevelError` on anything else ('B3', 'D1', '')."""
    norm = level.strip().upper() if isinstance(level, str) else level
    if norm not in CEFR_LEVELS:
        raise InvalidCefrLevelError(field, level)
    return CEFR_LEVELS.index(norm) + 1


def check_language_code(iso: str, field: str) -> str:
    norm = iso.strip().lower() if isinstance(iso, str) else ""
    if len(norm) != 2 or not norm.isalpha():
        raise MatchingInputError(field, iso, f"code de langue ISO 639-1 attendu (deux lettres), reçu « {iso} ».")
    return norm


# Belgian driving-licence categories (Directive 2006/126/EC). The order fixes the index bit of each category.
LICENCE_CATEGORIES: tuple[str, ...] = (
    "AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G",
)
# Holding a category implies holding these (a C can only be obtained with a B, a CE includes C...). Used to expand a
# candidate's licences once at index time, so a query is a single bit test.
LICENCE_IMPLIES: dict[str, tuple[str, ...]] = {
    "A": ("A2", "A1", "AM"),
    "A2": ("A1", "AM"),
    "A1": ("AM",),
    "B": ("AM",),
    "BE": ("B", "AM"),
    "C1": ("B", "AM"),
    "C1E": ("C1", "BE", "B", "AM"),
    "C": ("C1", "B", "AM"),
    "CE": ("C", "C1", "C1E", "BE", "B", "AM"),
    "D1": ("B", "AM"),
    "D1E": ("D1", "BE", "B", "AM"),
    "D": ("D1", "B", "AM"),
    "DE": ("D", "D1", "D1E", "BE", "B", "AM"),
}


def parse_licence(category: str, field: str) -> str:
    norm = category.strip().upper().replace("PERMIS", "").replace(" ", "") if isinstance(category, str) else ""
    if norm not in LICENCE_CATEGORIES:
        raise MatchingInputError(
            field, category, f"catégorie de permis de conduire inconnue « {category} » (ex. B, C, CE, D)."
        )
    return norm


def expand_licences(categories: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set(categories)
    for c in categories:
        out.update(LICENCE_IMPLIES.get(c, ()))
    return frozenset(out)


def licence_mask(categories: frozenset[str] | set[str] | tuple[str, ...]) -> int:
    mask = 0
    for c in expand_licences(categories):
        mask |= 1 << LICENCE_CATEGORIES.index(c)
    return mask


WEEK_DAYS_FR: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
