"""rewrite(): accepted suggestions applied by offsets, right to left, leaving the rest intact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audits.auditing import rewrite, rewrite_vacancy
from audits.model import Finding
from tests.audits.auditing.helpers import req, run, vacancy

AD = (
    "Nous recherchons un préparateur de commandes pour notre entrepôt de Nivelles.\n"
    "Profil :\n"
    "- Bac+2 en logistique exigé\n"
    "- 3 ans d'expérience minimum\n"
    "- Permis B indispensable\n"
    "Vous êtes jeune et dynamique, vous aimez le travail en équipe. Période d'essai de 3 mois.\n"
    "Salaire selon barème de la CP 226."
)


def _report():  # type: ignore[no-untyped-def]
    v = vacancy(AD, title="Préparateur de commandes")
    reqs = [req(v, "Bac+2 en logistique", "diploma", eqf_level=5, domain="logistique"),
            req(v, "3 ans d'expérience", "experience", years=3.0), req(v, "Permis B", "licence", category="B")]
    return v, run(v, reqs)


def test_accepting_everything_gives_a_clean_ad() -> None:
    v, report = _report()
    title, text = rewrite_vacancy(v.title, v.description, report.findings, range(len(report.findings)))
    assert title == "Préparateur / Préparatrice de commandes (H/F/X)"
    assert text == (
        "Nous recherchons un préparateur de commandes pour notre entrepôt de Nivelles.\n"
        "Profil :\n"
        "- Aucun diplôme n'est exigé ; une expérience ou une formation en logistique est un atout\n"
        "- Débutant·e accepté·e : formation au poste assurée\n"
        "Vous êtes dynamique, vous aimez le travail en équipe.\n"
        "Salaire selon barème de la CP 226."
    )


def test_accepting_nothing_keeps_the_text_and_one_finding_changes_only_its_line() -> None:
    v, report = _report()
    assert rewrite(v.description, report.findings, []) == AD
    index = next(i for i, f in enumerate(report.findings) if f.code == "licence_not_needed")
    out = rewrite(v.description, report.findings, [index])
    assert "Permis B" not in out
    assert out == AD.replace("- Permis B indispensable\n", "")


def test_two_inline_edits_in_one_sentence_compose() -> None:
    v = vacancy("Vous avez un Bac+2 et 3 ans d'expérience dans la grande distribution, et le sens du service client.")
    reqs = [req(v, "Bac+2", "diploma", eqf_level=5), req(v, "3 ans d'expérience", "experience", years=3.0)]
    report = run(v, reqs)
    ids = [i for i, f in enumerate(report.findings) if f.code in ("diploma_above_norm", "experience_above_norm")]
    assert len(ids) == 2
    out = rewrite(v.description, report.findings, ids)
    assert out == ("Vous avez un Bac+2 (un atout, pas une condition) et une première expérience (débutant·e accepté·e) "
                   "dans la grande distribution, et le sens du service client.")


def test_stale_offsets_are_never_applied() -> None:
    finding = Finding(code="x", severity="info", evidence="e", explanation="e", suggestion="Autre", field="description",
                      start=0, end=5, text="Bac+2")
    assert rewrite("CESS exigé.", [finding], [0]) == "CESS exigé."


def test_unknown_finding_id_raises() -> None:
    _, report = _report()
    with pytest.raises(IndexError):
        rewrite_vacancy("t", AD, report.findings, [len(report.findings)])


def test_hostile_text_is_kept_verbatim_and_offsets_still_point_at_the_words() -> None:
    noise = "<script>alert('x')</script><b>" + "x" * 5000 + "</b> "
    v = vacancy(noise + "Bac+2 exigé. <i>Jeune et dynamique</i> & motivé, vous aimez le contact avec la clientèle.")
    report = run(v, [req(v, "Bac+2", "diploma", eqf_level=5)])
    for f in report.findings:
        if f.start is not None:
            assert v.description[f.start : f.end] == f.text
    out = rewrite(v.description, report.findings, range(len(report.findings)))
    assert out.startswith(noise.rstrip())  # untouched: escaping is the page's job, not the library's
    assert "Jeune" not in out and "<i>dynamique</i>" in out


@settings(max_examples=80, deadline=None)
@given(prefix=st.text(alphabet="abc .,;'\n", max_size=80), suffix=st.text(alphabet="abc .,;'\n", max_size=80))
def test_rewrite_touches_only_the_flagged_line(prefix: str, suffix: str) -> None:
    text = prefix + "\n- Permis B exigé\n" + suffix
    v = vacancy(text)
    report = run(v, [req(v, "Permis B", "licence", category="B")])
    ids = [i for i, f in enumerate(report.findings) if f.code == "licence_not_needed"]
    assert len(ids) == 1
    assert rewrite(text, report.findings, ids) == prefix + "\n" + suffix  # the rest kept exactly


def test_untouched_parts_keep_their_odd_spacing() -> None:
    v = vacancy("Salaire  28 K€ , primes.  \n- Permis B exigé\nHoraires :  9h-17h ")
    report = run(v, [req(v, "Permis B", "licence", category="B")])
    ids = [i for i, f in enumerate(report.findings) if f.code == "licence_not_needed"]
    assert rewrite(v.description, report.findings, ids) == "Salaire  28 K€ , primes.  \nHoraires :  9h-17h "


def test_inline_deletion_junctions_are_tidied() -> None:
    v = vacancy("Vous êtes motivé, célibataire, et disponible le soir pour rejoindre notre belle équipe de vente.")
    report = run(v, [], norm=None)
    ids = [i for i, f in enumerate(report.findings) if f.code == "protected_criterion"]
    assert rewrite(v.description, report.findings, ids) == (
        "Vous êtes motivé, et disponible le soir pour rejoindre notre belle équipe de vente."
    )


def test_strength_word_removed_keeps_the_following_space() -> None:
    v = vacancy("Profil du poste recherché par notre équipe : VCA REQUIS (niveau de base) pour le chantier.", title="Ouvrier H/F")
    report = run(v, [req(v, "VCA", "certification", code="VCA")], norm=None)
    (i,) = [i for i, f in enumerate(report.findings) if f.code == "certificate_trainable_on_job"]
    assert rewrite(v.description, report.findings, [i]) == (
        "Profil du poste recherché par notre équipe : VCA (ou formation financée à l'embauche) (niveau de base) pour le chantier."
    )
