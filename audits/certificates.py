"""Short certificates and the trainings that deliver them: typed access to the legal table `trainable_certificates`
(audits/data/legal/certificates.yaml), the one list read by the audit rule `certificate_trainable_on_job` and by
matching's "short certificate training" bridge (`matching.certificates`).

The YAML is loaded through `audits.auditing.legal.load_legal_data` (imported on first use, so that importing this
module stays cheap for matching); a malformed entry is a packaging bug and raises `LegalDataError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audits.auditing.legal import LegalData

TABLE_ID = "trainable_certificates"


@dataclass(frozen=True)
class TrainableCertificate:
    """A certificate the audit tells the employer to fund rather than require (an entry of `certificates:`)."""

    code: str
    match: tuple[str, ...]  # normalised prefixes matched against a requirement's code or text
    label: str
    training: str  # French, e.g. "1 jour de formation + examen"
    confidence: str
    source: str


@dataclass(frozen=True)
class CertificateBridge:
    """A short training that closes a missing certificate (an entry of `bridges:`)."""

    certificate: str | None  # code of its TrainableCertificate; None when the audit never flags it (CAP)
    prefix: str  # canonical code delivered: a code equal to it or starting with prefix + "_" is bridged
    aliases: tuple[tuple[re.Pattern[str], str], ...]  # (pattern on the canonical code, replacement)
    label: str
    duration_days_min: float
    duration_days_max: float
    duration_text: str
    provider: str
    confidence: str
    source: str


def _legal(legal: LegalData | None) -> LegalData:
    if legal is not None:
        return legal
    from audits.auditing.legal import load_legal_data  # noqa: PLC0415  (lazy: the audit package is heavy)

    return load_legal_data()


def _bad(where: str, message: str) -> Exception:
    from audits.auditing.legal import LegalDataError  # noqa: PLC0415

    return LegalDataError(f"{TABLE_ID}.{where}: {message}")


def _entries(legal: LegalData | None, key: str) -> list[dict[str, Any]]:
    entries = _legal(legal)[TABLE_ID].raw.get(key) or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise _bad(key, "a list of mappings is expected")
    return entries


def _field(entry: dict[str, Any], key: str, where: str) -> Any:
    if key not in entry:
        raise _bad(where, f"field {key!r} missing in {entry}")
    return entry[key]


def trainable_certificates(legal: LegalData | None = None) -> tuple[TrainableCertificate, ...]:
    """The certificates of the audit's list, in file order."""
    return tuple(
        TrainableCertificate(
            code=str(_field(e, "code", "certificates")),
            match=tuple(str(m) for m in e.get("match") or ()),
            label=str(_field(e, "label", "certificates")),
            training=str(_field(e, "training", "certificates")),
            confidence=str(_field(e, "confidence", "certificates")),
            source=str(_field(e, "source", "certificates")),
        )
        for e in _entries(legal, "certificates")
    )


def certificate_bridges(legal: LegalData | None = None) -> tuple[CertificateBridge, ...]:
    """The short trainings, in file order (the order aliases are applied and prefixes looked up)."""
    known = {c.code for c in trainable_certificates(legal)}
    out = []
    for e in _entries(legal, "bridges"):
        certificate = e.get("certificate")
        if certificate is not None and certificate not in known:
            raise _bad("bridges", f"certificate {certificate!r} is not in the certificates list")
        days = _field(e, "days", "bridges")
        if not (isinstance(days, list) and len(days) == 2 and 0 < days[0] <= days[1]):
            raise _bad("bridges", f"days must be [min, max] with 0 < min <= max in {e}")
        prefix = str(_field(e, "prefix", "bridges"))
        out.append(
            CertificateBridge(
                certificate=None if certificate is None else str(certificate),
                prefix=prefix,
                aliases=tuple((re.compile(str(a)), prefix) for a in e.get("aliases") or ()),
                label=str(_field(e, "label", "bridges")),
                duration_days_min=float(days[0]),
                duration_days_max=float(days[1]),
                duration_text=str(_field(e, "duration", "bridges")),
                provider=str(_field(e, "provider", "bridges")),
                confidence=str(_field(e, "confidence", "bridges")),
                source=str(_field(e, "source", "bridges")),
            )
        )
    return tuple(out)


def trainable_certificate_named(text: str, legal: LegalData | None = None) -> TrainableCertificate | None:
    """The certificate of the audit's list that `text` names ("Basis VCA" -> VCA, "permis cariste" -> CARISTE), by
    the audit rule's own test (`trainable_entry`: normalised word prefixes), so both sides decide alike."""
    from audits.auditing.rules.certificates import trainable_entry  # noqa: PLC0415  (lazy: the audit package)
    from audits.model import Requirement  # noqa: PLC0415

    if not text.strip():
        return None
    data = _legal(legal)
    req = Requirement("certification", text, "description", 0, len(text), "required", code=text)
    entry = trainable_entry(data, req)
    if entry is None:
        return None
    return next(c for c in trainable_certificates(data) if c.code == entry["code"])
