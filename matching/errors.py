"""Errors raised by the matching library on bad input.

Every error is a `ValueError` subclass whose message is in French (it may reach a coach or an employer through the
portal) and names the offending field, so that the caller can show it as is or map it to a problem-details reply.
"""

from __future__ import annotations

from audits.jsonl import json_type_fr


class MatchingInputError(ValueError):
    """Bad input to the matching library. `field` names the offending field (dotted path), `value` the bad value."""

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(f"{field} : {message}")
        self.field = field
        self.value = value
        self.message = message


class UnknownRomeCodeError(MatchingInputError):
    def __init__(self, field: str, value: object) -> None:
        super().__init__(field, value, f"code ROME inconnu « {value} » (référentiel ROME 4.0).")


class UnknownCompetenceCodeError(MatchingInputError):
    def __init__(self, field: str, value: object) -> None:
        super().__init__(field, value, f"code de compétence ROME inconnu « {value} ».")


class InvalidCefrLevelError(MatchingInputError):
    def __init__(self, field: str, value: object) -> None:
        super().__init__(
            field, value, f"niveau CECRL impossible « {value} » (niveaux admis : A1, A2, B1, B2, C1, C2)."
        )


class UnknownPostalCodeError(MatchingInputError):
    """A postal code that is not in the Belgian table, including any value that is not text (int, None, list...)."""

    def __init__(self, field: str, value: object) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            message = "code postal manquant (texte de 4 chiffres attendu, par ex. « 4000 »)."
        elif not isinstance(value, str):
            message = (
                f"code postal « {value!r} » illisible : texte de 4 chiffres attendu (par ex. « 4000 »), "
                f"reçu {json_type_fr(value)}."
            )
        else:
            message = f"code postal « {value} » absent de la table des codes postaux belges."
        super().__init__(field, value, message)
