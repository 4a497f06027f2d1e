"""Round 21, the negative and not-asked diploma readings, by wording family: "no diploma needed" in the frames earlier
rounds missed (speech, questions, the reader's missing diploma, non-graduates let in, verbless qualifiers, headings
answered "aucun", "Bac+0"), a waiver that is really a condition, a named title said not needed before it ("pas besoin de
CAP ni de BEP"), a group whose ways in include "no diploma" (all optional), and the experience that stands for the diploma
("ou autodidacte", "ou appris sur le tas", "or equivalent experience"). Each family has look-alikes that must not match.
Sentences written for the test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\n"


def diplomas(run: Any, text: str, title: str = "Employé (H/F)") -> list[dict[str, Any]]:
    return of_kind(run(HEAD + text, title), "diploma")


def waivers(run: Any, text: str) -> list[str]:
    return [r["text"] for r in diplomas(run, text) if r["eqf_level"] is None and r["strength"] == "optional"]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        # indifference in speech, the diploma word before or after
        ("Diplôme ? On s'en fiche un peu : tout nous va si tu codes proprement.", "Diplôme ? On s'en fiche un peu"),
        ("Le diplôme, on s'en moque complètement.", "diplôme, on s'en moque complètement"),
        ("On se fiche des diplômes, on veut des gens motivés.", "On se fiche des diplômes"),
        ("DIPLÔME ? PAS OBLIGATOIRE.", "DIPLÔME ? PAS OBLIGATOIRE"),
        ("Diplome ? Peu importe.", "Diplome ? Peu importe"),
        # Bac+0, zero diploma, no CV nor diploma
        ("Niveau Bac +0 accepté, on forme.", "Bac +0 accepté"),
        ("Zéro diplôme requis.", "Zéro diplôme requis"),
        ("Chez nous on recrute sans CV ni diplôme.", "sans CV ni diplôme"),
        # the reader's missing diploma as a way in
        ("Que vous soyez titulaire d'un CAP ou que vous n'ayez aucun diplôme, postulez.", "que vous n'ayez aucun diplôme"),
        ("Même si tu n'as pas de diplôme, postule !", "Même si tu n'as pas de diplôme"),
        ("Vous n'avez pas encore de qualification ? Nous vous formons.", "Vous n'avez pas encore de qualification"),
        # the question
        ("Sans diplôme ? Votre expérience compte aussi.", "Sans diplôme ?"),
        ("Pas de diplôme ? Pas de souci si vous avez de l'expérience avec les enfants.", "Pas de diplôme ?"),
        ("Non diplômé(e) ? Postule quand même.", "Non diplômé(e) ?"),
        ("Pas diplômée ? Aucun souci.", "Pas diplômée ?"),
        # non-graduates let in, permission after or before
        ("Les non-diplômés peuvent postuler dans la limite des quotas.", "Les non-diplômés peuvent postuler"),
        ("Non diplômés : candidature possible.", "Non diplômés : candidature possible"),
        ("Candidatures de non diplômées bienvenues.", "non diplômées bienvenues"),
        ("Poste ouvert aux non-diplômés.", "ouvert aux non-diplômés"),
        ("NON-DIPLÔMÉS ACCEPTÉS.", "NON-DIPLÔMÉS ACCEPTÉS"),
        # the qualifier with no verb, school prerequisites, every level, headings answered "aucun"
        ("- Aucune qualification particulière\n- Chaussures de sécurité exigées", "Aucune qualification particulière"),
        ("Profil : pas de qualification particulière ; capacité à porter 25 kg.", "pas de qualification particulière"),
        ("Aucun niveau d'études minimum, mais de la motivation.", "Aucun niveau d'études minimum"),
        ("Aucun prérequis scolaire.", "Aucun prérequis scolaire"),
        ("Tous niveaux d'études acceptés.", "Tous niveaux d'études acceptés"),
        ("Diplôme requis : aucun.", "Diplôme requis : aucun"),
        ("Niveau d'études : néant", "Niveau d'études : néant"),
        # "pas de diplôme" as a clause of a list of what is not asked
        ("Pas d'expérience exigée, pas de diplôme. Vous devez savoir lire.", "pas de diplôme"),
        # a waiver with the experience asked after "mais" stays a waiver (the guide)
        ("Pas de diplôme requis, mais une expérience de 2 ans minimum en entrepôt.", "Pas de diplôme requis"),
        # an unusual path as the last way in, the waiver said right after it
        ("Profil : Bac+3 en marketing ou profil atypique, peu importe le diplôme.", "profil atypique"),
    ],
)
def test_no_diploma_needed_frames(run: Any, line: str, item: str) -> None:
    assert item in waivers(run, line)


@pytest.mark.parametrize(
    "line",
    [
        "Nous accompagnons des jeunes non diplômés vers l'emploi.",
        "Public : jeunes non-diplômés de 16 à 25 ans.",
        "Nous aidons des jeunes, pas de diplôme, pas de qualification, à trouver leur voie.",
        "Nous aimons les parcours atypiques.",
        "Profil : Bac+3 en marketing ou profil atypique.",
        # a waiver that is a condition: the experience is what is asked
        "Pas de diplôme ? On regarde aussi ton parcours si tu as au moins 5 ans d'expérience dans le secteur.",
        "Sans diplôme ? Possible à condition d'avoir 3 ans de métier.",
        "Si vous n'avez pas de diplôme, 3 ans d'expérience sont exigés.",
        "Si vous n'avez pas de diplôme mais de la motivation, débutants acceptés.",
        "Un CAP de mécanicien ou pas de diplôme mais 5 ans de métier !",
        "Tu n'as pas de diplôme mais 5 ans d'expérience ? Postule quand même !",
    ],
)
def test_no_diploma_look_alikes(run: Any, line: str) -> None:
    assert waivers(run, line) == []


def test_one_waiver_a_clause(run: Any) -> None:
    found = waivers(run, "Formation école d'ingé ou de commerce (ou parcours atypique, on s'en fiche un peu du diplôme tant que tu codes).")
    assert found == ["parcours atypique"]
    assert waivers(run, "Diplôme ? On s'en fiche, pas besoin d'un bac+5 pour bosser chez nous.") == ["pas besoin d'un bac+5"]
    # a colon and a list between: both kept
    two = waivers(run, "Avec ou sans diplôme : DEAES, ADVF, BEP ASSP, Bac pro ASSP ou SAPAT… ou aucune qualification, nous vous formons.")
    assert "aucune qualification" in two and len(two) >= 2


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("pas besoin de CAP ni de BEP, on regarde l'attitude.", "pas besoin de CAP ni de BEP"),
        ("Pas besoin d'un BTS : on vous forme.", "Pas besoin d'un BTS"),
        ("Nul besoin d'avoir le bac pour postuler.", "Nul besoin d'avoir le bac"),
        ("PAS BESOIN DU CAP OU DU BAC PRO.", "PAS BESOIN DU CAP OU DU BAC PRO"),
    ],
)
def test_named_title_not_needed(run: Any, line: str, item: str) -> None:
    found = diplomas(run, line)
    assert [(r["text"], r["strength"], r["eqf_level"]) for r in found] == [(item, "optional", None)]


def test_named_title_still_asked_beside_a_waived_one(run: Any) -> None:
    found = {r["text"]: r["strength"] for r in diplomas(run, "Le CAP cuisine est exigé ; pas besoin de BTS.")}
    assert found == {"CAP": "required", "pas besoin de BTS": "optional"}


@pytest.mark.parametrize(
    "line",
    [
        "Titulaire d'un CAP, d'un BEP ou sans diplôme, postulez.",
        "CAP cuisine ou sans diplôme.",
        "Titulaire d'un BTS ou que vous n'ayez aucun diplôme, votre candidature nous intéresse.",
    ],
)
def test_group_with_no_diploma_is_optional(run: Any, line: str) -> None:
    found = diplomas(run, line)
    grouped = [r for r in found if r["alternative_group"] is not None]
    assert len(grouped) >= 2
    assert all(r["strength"] == "optional" for r in grouped)


def test_group_without_waiver_stays_required(run: Any) -> None:
    found = diplomas(run, "Profil : CAP cuisine ou BEP hôtellerie exigé.")
    assert found and all(r["strength"] == "required" for r in found)


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- Bac+5 (école d'ingé, master info) ou parcours autodidacte solide", "parcours autodidacte solide"),
        ("- BTS SIO, BUT info… ou autodidacte avec un portfolio qui tient la route", "autodidacte avec un portfolio qui tient la route"),
        ("Profil : BTS SIO OU VOUS ÊTES AUTODIDACTE AVEC DES PROJETS PERSONNELS.", "AUTODIDACTE AVEC DES PROJETS PERSONNELS"),
        ("Profil : BTS MCO ou profil autodidacte confirmé.", "profil autodidacte confirmé"),
        ("Tu sors d'une école hôtelière (CESS ou 7P restauration) ou tu as appris sur le tas.", "appris sur le tas"),
        ("CAP cuisine ou formé sur le terrain.", "formé sur le terrain"),
        ("• Bachelor in logistics or equivalent through experience", "equivalent through experience"),
        ("- Master's degree in finance, or equivalent work experience", "equivalent work experience"),
        ("- Bac+5 – ou un parcours atypique avec un portfolio solide, on est ouverts !", "un parcours atypique avec un portfolio solide"),
    ],
)
def test_self_taught_alternative_is_experience(run: Any, line: str, item: str) -> None:
    exp = [r for r in of_kind(run(HEAD + line), "experience") if r["years"] is None]
    assert item in [r["text"] for r in exp]


def test_self_taught_joins_the_diplomas_group(run: Any) -> None:
    reqs = run(HEAD + "Profil : BTS SIO OU VOUS ÊTES AUTODIDACTE AVEC DES PROJETS PERSONNELS.")
    groups = {r["text"]: r["alternative_group"] for r in reqs}
    assert groups["BTS SIO"] is not None and groups["BTS SIO"] == groups["AUTODIDACTE AVEC DES PROJETS PERSONNELS"]


@pytest.mark.parametrize(
    "line",
    [
        "Que vous soyez autodidacte ou diplômé, bienvenue.",
        "Vous serez formé sur le tas par nos équipes.",
        "Nos développeurs sont souvent autodidactes.",
        "Diplôme d'école d'ingé ou équivalent… ou autodidacte brillant(e) : on regarde ce que tu sais faire.",
        "Tu as un CAP plomberie ou tu as appris sur le tas avec au moins 5 ans de métier ?",
    ],
)
def test_self_taught_look_alikes(run: Any, line: str) -> None:
    exp = [r["text"] for r in of_kind(run(HEAD + line), "experience")]
    assert not any("autodidact" in t.lower() or "sur le" in t for t in exp)
