"""`CandidateIndex`: the candidate pool as compact numpy columns, built once, queried many times.

Layout (why): rows are sorted by home postal code, so "who lives within 45 minutes" is a handful of contiguous row
ranges found from ~1,150 postal-code travel times, not a scan of every candidate (the area partition). Everything a
query tests is a fixed-width column (EQF uint8, licence uint16 bitmask, CEFR uint8 per language, availability bits,
registration day) or an inverted posting list keyed by ROME code, competence code or certificate code
(the occupation partition: a vacancy for N1103 touches only the experience lists of N1103 and its mobility links).
Protected attributes are not read here at all, so nothing downstream can rank on them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from .certificates import canonical_certificate
from .errors import MatchingInputError
from .geo import CommuteModel, PostalTable, postal_table
from .profile import CandidateProfile
from .vocab import cefr_rank, licence_mask, parse_licence

NIGHTS, WEEKENDS, SPLIT_SHIFTS, EARLY_MORNINGS = 1, 2, 4, 8
EPOCH = date(1970, 1, 1)
NO_REGISTRATION = np.iinfo(np.int32).max  # unknown registration date: no seniority priority


def certificate_keys(certifications: Iterable[str]) -> set[str]:
    """Canonical codes and their "_" prefixes, so that a post asking "CACES" is met by a "CACES R489 3" holder."""
    keys: set[str] = set()
    for c in certifications:
        parts = canonical_certificate(c).split("_")
        keys.update("_".join(parts[:i]) for i in range(1, len(parts) + 1) if parts[0])
    return keys


@dataclass(frozen=True)
class Postings:
    """Inverted lists in CSR form: key k -> rows[ptr[k]:ptr[k+1]] (ascending), with optional aligned values."""

    keys: dict[str, int]
    ptr: np.ndarray
    rows: np.ndarray
    values: np.ndarray | None = None

    def get(self, key: str) -> tuple[np.ndarray, np.ndarray | None]:
        k = self.keys.get(key)
        if k is None:
            return np.empty(0, np.int32), (np.empty(0, np.uint16) if self.values is not None else None)
        a, b = int(self.ptr[k]), int(self.ptr[k + 1])
        return self.rows[a:b], (self.values[a:b] if self.values is not None else None)

    @property
    def nbytes(self) -> int:
        return int(self.ptr.nbytes + self.rows.nbytes + (self.values.nbytes if self.values is not None else 0))

    @classmethod
    def build(cls, keys: dict[str, int], key_ids: array, rows: array, inverse: np.ndarray, values: array | None) -> Postings:
        k = np.frombuffer(key_ids, dtype=np.int32) if len(key_ids) else np.empty(0, np.int32)
        r = inverse[np.frombuffer(rows, dtype=np.int32)] if len(rows) else np.empty(0, np.int32)
        order = np.lexsort((r, k))
        counts = np.bincount(k, minlength=len(keys))
        ptr = np.zeros(len(keys) + 1, np.int64)
        np.cumsum(counts, out=ptr[1:])
        vals = None
        if values is not None:
            vals = (np.frombuffer(values, dtype=np.uint16) if len(values) else np.empty(0, np.uint16))[order]
        return cls(keys, ptr, r[order].astype(np.int32), vals)


class CandidateIndex:
    """Build with `CandidateIndex.build(profiles)`; rebuild (seconds at 100k) whenever candidates change."""

    n: int
    postal: PostalTable
    ids: np.ndarray  # bytes (UTF-8 candidate ids), row order
    postal_idx: np.ndarray  # uint16 index into the postal table; rows are sorted by it
    code_ptr: np.ndarray  # int64, rows of postal code c are code_ptr[c]:code_ptr[c+1]
    by_car: np.ndarray  # bool
    max_commute: np.ndarray  # uint8 minutes
    eqf: np.ndarray  # uint8
    avail: np.ndarray  # uint8 bits NIGHTS | WEEKENDS | SPLIT_SHIFTS | EARLY_MORNINGS
    hours: np.ndarray  # uint8 hours per week
    registration_day: np.ndarray  # int32 days since 1970-01-01, NO_REGISTRATION if unknown
    licences: np.ndarray  # uint16 bitmask over vocab.LICENCE_CATEGORIES, implications expanded
    certificates: Postings  # certificate code (and each of its "_" prefixes: CACES_R489_3 -> CACES_R489, CACES) -> rows
    operator: np.ndarray  # uint16, 0 = none
    operator_vocab: dict[str, int]
    languages: np.ndarray  # uint8 (n_languages, n): CEFR rank 1..6, 0 = none
    language_vocab: dict[str, int]
    experience: Postings  # ROME code -> rows, months
    desired: Postings  # ROME code -> rows
    skills: Postings  # competence code -> rows
    _row_of: dict[str, int] | None

    @classmethod
    def build(
        cls, profiles: Iterable[CandidateProfile], postal: PostalTable | None = None
    ) -> CandidateIndex:
        table = postal or postal_table()
        ids: list[bytes] = []
        pc, car, maxc, eqf, avail, hours = (array("H") for _ in range(6))
        reg, oper = array("i"), array("H")
        lic = array("H")
        cert_vocab: dict[str, int] = {}
        cert_k, cert_r = array("i"), array("i")
        oper_vocab: dict[str, int] = {}
        lang_vocab: dict[str, int] = {}
        lang_cols: list[array] = []
        exp_vocab: dict[str, int] = {}
        exp_k, exp_r, exp_v = array("i"), array("i"), array("H")
        des_vocab: dict[str, int] = {}
        des_k, des_r = array("i"), array("i")
        sk_vocab: dict[str, int] = {}
        sk_k, sk_r = array("i"), array("i")

        for row, p in enumerate(profiles):
            where = f"candidats[{p.id}]"
            ids.append(p.id.encode("utf-8"))
            pc.append(table.index_of(p.home_postal_code, f"{where}.home_postal_code"))
            car.append(1 if p.mobility.mode == "car" else 0)
            maxc.append(max(0, min(255, int(p.mobility.max_commute_minutes))))
            eqf.append(int(p.education.eqf_level))
            av = p.availability
            bits = (NIGHTS if av.nights else 0) | (WEEKENDS if av.weekends else 0)
            bits |= (SPLIT_SHIFTS if av.split_shifts else 0) | (EARLY_MORNINGS if av.early_mornings else 0)
            if av.childcare_constraints:  # school hours: no nights, no early mornings, no split shifts
                bits &= ~(NIGHTS | EARLY_MORNINGS | SPLIT_SHIFTS)
            avail.append(bits)
            hours.append(max(0, min(255, int(av.weekly_hours))))
            reg.append((p.registration_date - EPOCH).days if p.registration_date else int(NO_REGISTRATION))
            lic.append(licence_mask(frozenset(parse_licence(c, f"{where}.licences") for c in p.licences)))
            for code in certificate_keys(p.certifications):
                cert_k.append(cert_vocab.setdefault(code, len(cert_vocab)))
                cert_r.append(row)
            oper.append(oper_vocab.setdefault(p.isp_operator_id, len(oper_vocab) + 1) if p.isp_operator_id else 0)
            for iso, level in p.languages.items():
                li = lang_vocab.get(iso)
                if li is None:
                    li = lang_vocab[iso] = len(lang_cols)
                    lang_cols.append(array("B"))
                column = lang_cols[li]
                if len(column) < row:
                    column.extend(bytes(row - len(column)))
                column.append(cefr_rank(level, f"{where}.languages[{iso}]"))
            for rome, months in p.experience.items():
                if months > 0:
                    exp_k.append(exp_vocab.setdefault(rome, len(exp_vocab)))
                    exp_r.append(row)
                    exp_v.append(min(int(months), 65535))
            for rome in p.desired_rome_codes:
                des_k.append(des_vocab.setdefault(rome, len(des_vocab)))
                des_r.append(row)
            for code in p.skills:
                sk_k.append(sk_vocab.setdefault(code, len(sk_vocab)))
                sk_r.append(row)

        n = len(ids)
        self = cls.__new__(cls)
        self.n = n
        self.postal = table
        raw_pc = np.frombuffer(pc, dtype=np.uint16) if n else np.empty(0, np.uint16)
        # The area partition: stable sort by postal code, then code_ptr[c]:code_ptr[c+1] are the rows living in c.
        perm = np.argsort(raw_pc, kind="stable")
        inverse = np.empty(n, np.int32)
        inverse[perm] = np.arange(n, dtype=np.int32)

        def col(a: array, dtype: type[np.generic]) -> np.ndarray:
            return (np.frombuffer(a, dtype=dtype) if n else np.empty(0, dtype))[perm].copy()

        self.ids = np.array(ids, dtype=bytes)[perm] if n else np.empty(0, "S1")
        self.postal_idx = col(pc, np.uint16)
        self.code_ptr = np.zeros(len(table) + 1, np.int64)
        np.cumsum(np.bincount(self.postal_idx, minlength=len(table)), out=self.code_ptr[1:])
        self.by_car = col(car, np.uint16).astype(bool)
        self.max_commute = col(maxc, np.uint16).astype(np.uint8)
        self.eqf = col(eqf, np.uint16).astype(np.uint8)
        self.avail = col(avail, np.uint16).astype(np.uint8)
        self.hours = col(hours, np.uint16).astype(np.uint8)
        self.registration_day = col(reg, np.int32)
        self.licences = col(lic, np.uint16)
        self.certificates = Postings.build(cert_vocab, cert_k, cert_r, inverse, None)
        self.operator = col(oper, np.uint16)
        self.operator_vocab = oper_vocab
        self.language_vocab = lang_vocab
        self.languages = np.zeros((len(lang_cols), n), np.uint8)
        for li, lang_col in enumerate(lang_cols):
            self.languages[li, : len(lang_col)] = np.frombuffer(lang_col, dtype=np.uint8)
        if n:
            self.languages = self.languages[:, perm].copy()
        self.experience = Postings.build(exp_vocab, exp_k, exp_r, inverse, exp_v)
        self.desired = Postings.build(des_vocab, des_k, des_r, inverse, None)
        self.skills = Postings.build(sk_vocab, sk_k, sk_r, inverse, None)
        self._row_of = None
        return self

    # --- queries -------------------------------------------------------------------------------------------

    def local_rows(
        self, workplace_postal_code: str, radius_minutes: float, model: CommuteModel | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Rows whose estimated commute to the workplace is within both the radius and the candidate's own maximum.

        Returns (rows ascending, commute minutes). Only the rows of reachable postal codes are touched.
        """
        m = model or CommuteModel()
        km = self.postal.distances_km(workplace_postal_code, "workplace_postal_code")
        car_min = m.minutes(km, "car")
        pt_min = m.minutes(km, "public_transport")
        reachable = np.flatnonzero(np.minimum(car_min, pt_min) <= radius_minutes)
        starts, ends = self.code_ptr[reachable], self.code_ptr[reachable + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if total == 0:
            return np.empty(0, np.int64), np.empty(0)
        # Concatenate the ranges [start, end) without a Python loop.
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        rows = np.arange(total, dtype=np.int64) + offsets
        pcs = self.postal_idx[rows]
        minutes = np.where(self.by_car[rows], car_min[pcs], pt_min[pcs])
        keep = minutes <= np.minimum(radius_minutes, self.max_commute[rows])
        return rows[keep], minutes[keep]

    def row_of_or_none(self, candidate_id: str) -> int | None:
        if self._row_of is None:  # built on first use: only id-restricted queries need it
            self._row_of = {bytes(c).decode("utf-8"): i for i, c in enumerate(self.ids)}
        return self._row_of.get(candidate_id)

    def row_of(self, candidate_id: str) -> int:
        row = self.row_of_or_none(candidate_id)
        if row is None:
            raise MatchingInputError("candidate_id", candidate_id, "candidat absent de l'index.")
        return row

    def candidate_id(self, row: int) -> str:
        return bytes(self.ids[row]).decode("utf-8")

    @property
    def nbytes(self) -> int:
        """Bytes held by the index's arrays (ids included), i.e. what a query needs in memory."""
        arrays = (
            self.ids, self.postal_idx, self.code_ptr, self.by_car, self.max_commute, self.eqf, self.avail, self.hours,
            self.registration_day, self.licences, self.operator, self.languages,
        )
        postings = (self.experience, self.desired, self.skills, self.certificates)
        return int(sum(a.nbytes for a in arrays)) + sum(p.nbytes for p in postings)
