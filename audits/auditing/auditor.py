"""`Auditor`: holds the extractor and the reference data once, and audits vacancies one by one or in batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from audits.auditing.engine import audit_requirements, reference_date_of
from audits.auditing.legal import LegalData, load_legal_data
from audits.auditing.norms import Norm, RealizedNorm, norm_from_entry
from audits.model import AuditReport, ExtractionResult, Occupation, PostAnalysisInput, VacancyInput

# Vacancies extracted together by `audit_many` (spaCy batches); small enough to keep memory flat.
BATCH_SIZE = 64
# Below this classifier confidence the ROME norm is not used: comparing an ad with the wrong occupation's norm
# (a welding job classified as aide-soignant at 0.47, seen on real offers) gives wrong findings.
MIN_OCCUPATION_CONFIDENCE = 0.6


class ExtractorLike(Protocol):
    def extract(self, id: str, title: str, description: str) -> ExtractionResult: ...


class Auditor:
    """Build once (loading spaCy and the reference data is the expensive part), then audit many vacancies.

    `extractor` and `reference` default to `audits.extract.Extractor()` and `audits.reference.get_reference()`;
    pass your own in tests or to share them with other services.
    """

    def __init__(
        self,
        extractor: ExtractorLike | None = None,
        reference: Any | None = None,
        *,
        legal: LegalData | None = None,
    ) -> None:
        self._classify: Callable[[str, str], Occupation] | None = None
        if extractor is None:
            from audits.extract import Extractor
            from audits.reference import classify

            # The extractor does not classify: we classify only the vacancies whose employer gave no ROME
            # code (about 8 ms of CPU saved per vacancy that has one).
            extractor = Extractor(classify=False)
            self._classify = classify
        if reference is None:
            from audits.reference import get_reference

            reference = get_reference()
        self.extractor = extractor
        self.reference = reference
        self.legal = legal or load_legal_data()
        self._norms: dict[str, Norm | None] = {}

    @property
    def reference_version(self) -> str:
        return str(getattr(self.reference, "version", None) or getattr(self.reference, "reference_version", "unknown"))

    def norm(self, rome_code: str | None) -> Norm | None:
        """The entry norm of an occupation (cached), or None when the reference has none."""
        if not rome_code:
            return None
        if rome_code not in self._norms:
            try:
                entry = self.reference.entry_norm(rome_code)
            except (KeyError, LookupError, ValueError):
                entry = None
            label = onet_code = None
            manager = False
            if entry is not None:
                try:
                    occupation = self.reference.occupation(rome_code)
                except (KeyError, LookupError, ValueError):
                    occupation = None
                label = getattr(occupation, "label", None)
                onet_codes = getattr(occupation, "onet_codes", None) or ()
                onet_code = onet_codes[0] if onet_codes else None
                manager = bool(getattr(occupation, "manager", False))
            self._norms[rome_code] = (
                norm_from_entry(entry, rome_code, label, onet_code, manager) if entry is not None else None
            )
        return self._norms[rome_code]

    def _occupation(self, vacancy: VacancyInput, extraction: ExtractionResult) -> Occupation:
        if not vacancy.rome_code:
            if self._classify is not None and extraction.occupation.rome_code is None:
                return self._classify(vacancy.title, vacancy.description)
            return extraction.occupation
        if vacancy.rome_code == extraction.occupation.rome_code:
            return extraction.occupation
        # The employer said which occupation it is: that beats the classifier.
        label = None
        try:
            label = getattr(self.reference.occupation(vacancy.rome_code), "label", None)
        except (KeyError, LookupError, ValueError):
            label = None
        return Occupation(rome_code=vacancy.rome_code, confidence=1.0, label=label)

    def audit(
        self,
        vacancy: VacancyInput,
        post_analysis: PostAnalysisInput | None = None,
        *,
        realized_norm: RealizedNorm | None = None,
        reference_date: dt.date | None = None,
        realized_norm_for: Callable[[str | None], RealizedNorm | None] | None = None,
    ) -> AuditReport:
        """Audit one vacancy. `realized_norm_for(rome_code)` is called once the occupation is known (the
        caller usually does not know it before the classifier ran): it spares a second audit."""
        extraction = self.extractor.extract(vacancy.id, vacancy.title, vacancy.description)
        return self.audit_extracted(vacancy, extraction, post_analysis, realized_norm=realized_norm,
                                    reference_date=reference_date, realized_norm_for=realized_norm_for)

    def audit_extracted(
        self,
        vacancy: VacancyInput,
        extraction: ExtractionResult,
        post_analysis: PostAnalysisInput | None = None,
        *,
        realized_norm: RealizedNorm | None = None,
        reference_date: dt.date | None = None,
        realized_norm_for: Callable[[str | None], RealizedNorm | None] | None = None,
    ) -> AuditReport:
        """The audit once the requirements are extracted (the rules-only part; used by `audit_many`)."""
        occupation = self._occupation(vacancy, extraction)
        warnings = list(extraction.warnings)
        norm_code = occupation.rome_code
        if norm_code and occupation.confidence < MIN_OCCUPATION_CONFIDENCE:
            warnings.append(
                f"métier incertain ({occupation.label or norm_code}, confiance {occupation.confidence:.2f}) : "
                "diplôme et expérience non comparés à la norme ROME ; indiquez le code ROME du poste"
            )
            norm_code = None
        if realized_norm is None and realized_norm_for is not None and norm_code:
            realized_norm = realized_norm_for(norm_code)
        return audit_requirements(
            vacancy,
            extraction.requirements,
            occupation,
            norm=self.norm(norm_code),
            post_analysis=post_analysis,
            realized_norm=realized_norm,
            legal=self.legal,
            reference_date=reference_date or reference_date_of(vacancy),
            reference_version=self.reference_version,
            language=extraction.language or "fr",
            warnings=warnings,
        )

    def audit_many(
        self,
        items: Iterable[VacancyInput | tuple[VacancyInput, PostAnalysisInput | None]],
        *,
        realized_norms: dict[str, RealizedNorm] | None = None,
        reference_date: dt.date | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> Iterator[AuditReport]:
        """Audit a stream of vacancies (or (vacancy, post analysis) pairs), yielding reports in order.

        Extraction runs in batches through the extractor's `extract_many` (spaCy's `nlp.pipe`) when it has one.
        """
        batch: list[tuple[VacancyInput, PostAnalysisInput | None]] = []
        for item in items:
            batch.append(item if isinstance(item, tuple) else (item, None))
            if len(batch) >= batch_size:
                yield from self._audit_batch(batch, realized_norms or {}, reference_date)
                batch = []
        if batch:
            yield from self._audit_batch(batch, realized_norms or {}, reference_date)

    def _audit_batch(
        self,
        batch: list[tuple[VacancyInput, PostAnalysisInput | None]],
        realized_norms: dict[str, RealizedNorm],
        reference_date: dt.date | None,
    ) -> Iterator[AuditReport]:
        extract_many = getattr(self.extractor, "extract_many", None)
        if extract_many is not None:
            extractions = list(extract_many(
                [{"id": v.id, "title": v.title, "description": v.description} for v, _ in batch]
            ))
        else:
            extractions = [self.extractor.extract(v.id, v.title, v.description) for v, _ in batch]
        for (vacancy, post_analysis), extraction in zip(batch, extractions, strict=True):
            realized = realized_norms.get(vacancy.rome_code or extraction.occupation.rome_code or "")
            yield self.audit_extracted(vacancy, extraction, post_analysis, realized_norm=realized,
                                       reference_date=reference_date)


_DEFAULT: Auditor | None = None


def default_auditor() -> Auditor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Auditor()
    return _DEFAULT


def audit(
    vacancy: VacancyInput,
    post_analysis: PostAnalysisInput | None = None,
    *,
    realized_norm: RealizedNorm | None = None,
) -> AuditReport:
    """Audit one vacancy with the process-wide default `Auditor` (built on first use)."""
    return default_auditor().audit(vacancy, post_analysis, realized_norm=realized_norm)
