"""Marshmallow building blocks shared by every API schema: strict schemas, safe strings."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate

# C0/C1 control characters, plus Unicode line/paragraph separators and bidi overrides (text-spoofing tricks).
_FORBIDDEN_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN_MULTILINE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


class StrictSchema(Schema):
    """Unknown fields are an error (422), never silently dropped."""

    class Meta:
        unknown = RAISE


class SafeString(fields.String):
    """A length-capped string without control characters (\\n, \\r and \\t allowed when `multiline`).

    Text is NFC-normalised so that "é" typed two ways is stored one way (search and audits compare text).
    """

    def __init__(
        self,
        *,
        max_length: int,
        min_length: int = 0,
        multiline: bool = False,
        strip: bool = True,
        **kwargs: Any,
    ) -> None:
        validators = list(kwargs.pop("validate", []) or [])
        validators.append(
            validate.Length(
                min=min_length,
                max=max_length,
                error=f"Longueur attendue entre {min_length} et {max_length} caractères.",
            )
        )
        super().__init__(validate=validators, **kwargs)
        self.multiline = multiline
        self.strip = strip
        # OpenAPI: document the cap (marshmallow's metadata is a read-only Mapping in its type hints).
        self.metadata = {**self.metadata, "maxLength": max_length}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        text = super()._deserialize(value, attr, data, **kwargs)
        text = unicodedata.normalize("NFC", text)
        pattern = _FORBIDDEN_MULTILINE if self.multiline else _FORBIDDEN_SINGLE_LINE
        bad = pattern.search(text)
        if bad:
            raise ValidationError(
                f"Caractère de contrôle interdit (U+{ord(bad.group()):04X}) en position {bad.start()}."
            )
        return text.strip() if self.strip else text


class StrictFloat(fields.Float):
    """JSON numbers only: "12" (a string) or true (a boolean) is a type error, not a number."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("Nombre attendu.")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictInteger(fields.Integer):
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("Nombre entier attendu.")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictBoolean(fields.Boolean):
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, bool):
            raise ValidationError("Booléen attendu (true ou false).")
        return value


class UtcDateTime(fields.DateTime):
    """Timestamps are stored in UTC; SQLite hands them back naive. Always answer with the offset (+00:00)."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return super()._serialize(value, attr, obj, **kwargs)


def postal_code(**kwargs: Any) -> fields.String:
    return fields.String(
        validate=validate.Regexp(r"^[1-9][0-9]{3}$", error="Code postal belge attendu (4 chiffres)."),
        **kwargs,
    )


def rome_code(**kwargs: Any) -> fields.String:
    return fields.String(
        validate=validate.Regexp(
            r"^[A-N][0-9]{4}$", error="Code ROME attendu (une lettre et 4 chiffres, ex. N1103)."
        ),
        **kwargs,
    )


def nace_code() -> fields.String:
    return fields.String(
        validate=validate.Regexp(
            r"^[0-9]{2}(\.[0-9]{1,2}(\.?[0-9]{1,2})?)?$",
            error="Code NACE-BEL attendu (ex. 52, 52.10, 52.100).",
        )
    )


def one_of(values: list[str], **kwargs: Any) -> fields.String:
    return fields.String(
        validate=validate.OneOf(values, error="Valeur attendue parmi : " + ", ".join(values) + "."), **kwargs
    )


def short_list(inner: fields.Field, max_items: int = 50, **kwargs: Any) -> fields.List:
    return fields.List(
        inner,
        validate=validate.Length(max=max_items, error=f"{max_items} éléments au maximum."),
        **kwargs,
    )


def number(minimum: float, maximum: float, **kwargs: Any) -> fields.Float:
    return StrictFloat(
        allow_nan=False,
        validate=validate.Range(
            min=minimum, max=maximum, error=f"Valeur attendue entre {minimum} et {maximum}."
        ),
        **kwargs,
    )


def integer(minimum: int, maximum: int, **kwargs: Any) -> fields.Integer:
    return StrictInteger(
        validate=validate.Range(
            min=minimum, max=maximum, error=f"Entier attendu entre {minimum} et {maximum}."
        ),
        **kwargs,
    )
