"""The slice of the ROME reference data the matcher needs, as a Protocol, and the lazy default.

The real implementation lives in `audits.reference` (built from ROME 4.0 by another module); every function of this
library takes a `reference` argument so tests inject a small fake and the portal can share one loaded instance.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol


class OccupationLike(Protocol):
    @property
    def mobility(self) -> Iterable[str]: ...  # ROME codes reachable through ROME mobility links

    @property
    def competences(self) -> Iterable[tuple[str, str]]: ...  # (code_ogr, label)


class ReferenceLike(Protocol):
    def occupation(self, rome_code: str) -> Any: ...  # OccupationLike | None (or raises KeyError when unknown)

    def competences_index(self) -> list[tuple[str, str, str]]: ...  # (code_ogr, label, rome_code)

    def all_rome_codes(self) -> Iterable[str]: ...


def default_reference() -> ReferenceLike:
    """The real ROME reference, imported lazily so that importing `matching` stays cheap."""
    from audits.reference import get_reference  # noqa: PLC0415  (lazy on purpose)

    return get_reference()  # type: ignore[no-any-return]


def resolve(reference: ReferenceLike | None) -> ReferenceLike:
    return default_reference() if reference is None else reference


def occupation_of(reference: ReferenceLike, rome_code: str) -> Any:
    try:
        return reference.occupation(rome_code)
    except (KeyError, LookupError):
        return None


# Derived tables cached per reference object (keyed by identity; the object is kept so the id stays valid).
_CACHE: dict[tuple[int, str], tuple[object, Any]] = {}


def _cached(reference: ReferenceLike, name: str, build: Any) -> Any:
    key = (id(reference), name)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not reference:
        hit = _CACHE[key] = (reference, build(reference))
    return hit[1]


def _rome_codes(reference: ReferenceLike) -> frozenset[str]:
    return _cached(reference, "rome_codes", lambda r: frozenset(r.all_rome_codes()))  # type: ignore[no-any-return]


def rome_codes(reference: ReferenceLike) -> frozenset[str]:
    return _rome_codes(reference)


def _competence_labels(reference: ReferenceLike) -> dict[str, str]:
    return _cached(  # type: ignore[no-any-return]
        reference, "competence_labels", lambda r: {code: label for code, label, _rome in r.competences_index()}
    )


def competence_labels(reference: ReferenceLike) -> dict[str, str]:
    """code_ogr -> label for every competence of the reference (built once per reference object)."""
    return _competence_labels(reference)


def _reverse_mobility(reference: ReferenceLike) -> dict[str, frozenset[str]]:
    return _cached(reference, "reverse_mobility", _build_reverse_mobility)  # type: ignore[no-any-return]


def _build_reverse_mobility(reference: ReferenceLike) -> dict[str, frozenset[str]]:
    reverse: dict[str, set[str]] = {}
    for code in _rome_codes(reference):
        occ = occupation_of(reference, code)
        for target in getattr(occ, "mobility", ()) or ():
            reverse.setdefault(str(target), set()).add(code)
    return {k: frozenset(v) for k, v in reverse.items()}


def related_occupations(reference: ReferenceLike, rome_code: str) -> frozenset[str]:
    """ROME codes linked to `rome_code` by a mobility link in either direction (the code itself excluded).

    Both directions count: experience in a job from which this one is a usual move, or to which it leads, is
    "related experience" for the matcher.
    """
    occ = occupation_of(reference, rome_code)
    forward = {str(c) for c in (getattr(occ, "mobility", ()) or ())}
    return frozenset((forward | _reverse_mobility(reference).get(rome_code, frozenset())) - {rome_code})


def occupation_label(reference: ReferenceLike, rome_code: str) -> str:
    occ = occupation_of(reference, rome_code)
    label = getattr(occ, "label", None) if occ is not None else None
    return str(label) if label else rome_code


def core_and_other_competences(reference: ReferenceLike, rome_code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(core competences, the others) of an occupation. Core = ROME's "coeur de métier" items when the reference
    marks them, else every competence of the occupation."""
    occ = occupation_of(reference, rome_code)
    codes = tuple(dict.fromkeys(str(code) for code, _label in (getattr(occ, "competences", ()) or ())))
    core = frozenset(str(c) for c in (getattr(occ, "coeur_metier", ()) or ()))
    if not core:
        return codes, ()
    return tuple(c for c in codes if c in core), tuple(c for c in codes if c not in core)
