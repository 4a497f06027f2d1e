"""Round 20, diplomas named by their title in other frames: inclusive and feminine forms of the professions listed as
titles ("Infirmier·e puériculteur·rice", "aide familial(e)"), the "aide …" care titles, a profession past the bracket of
a diploma's route or inside a bracket opened by "ou", a degree's field then "/" or "ou" and another profession, the
professions in brackets after a degree of an orientation, the titles of an authority's list and a sector's title then
its professions, and trade trainings without a trade ending or said done by the candidate. Sentences written for the
test (several frames of each family), with look-alikes that must give nothing more."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels


def levels(run: Any, line: str, title: str = "Employé (H/F)") -> list[tuple[str, Any]]:
    return diploma_levels(run(PROFILE_HEAD + line, title))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # inclusive and feminine forms after a diploma
        ("- EJE ou Infirmier·e puériculteur·rice.", [("EJE", 6), ("Infirmier·e puériculteur·rice", 6)]),
        ("- DEEJE ou infirmière puéricultrice.", [("DEEJE", 6), ("infirmière puéricultrice", 6)]),
        ("- Diplôme d'aide familial(e) ou d'aide-soignant(e).", [("Diplôme d'aide familial", 3), ("d'aide-soignant(e)", 4)]),
        # past the bracket of the diploma's route, or in a bracket opened by "ou"
        (
            "- Titre requis : certificat de garde à domicile (enseignement de promotion sociale ou IFAPME) ou d'aide familial(e) ou d'aide-soignant(e).",
            [("certificat de garde à domicile", 4), ("d'aide familial(e)", 3), ("d'aide-soignant(e)", 4)],
        ),
        ("- CAP AEPE (ou auxiliaire de puériculture).", [("CAP AEPE", 3), ("auxiliaire de puériculture", 4)]),
        (
            "- Vous êtes titulaire d'un bachelier assistant social (ou assistant(e) en psychologie avec une expérience probante).",
            [("bachelier", 6), ("assistant(e) en psychologie", 6)],
        ),
        # a degree's field then "/" or "ou" and another profession: two titles, at the degree's level
        ("- Bachelier en soins infirmiers / sage-femme.", [("Bachelier", 6), ("sage-femme", 6)]),
        ("- Bachelier en éducateur spécialisé / instituteur préscolaire.", [("Bachelier", 6), ("instituteur préscolaire", 6)]),
        ("- Vous êtes bachelier en biologie médicale ou technologue de laboratoire médical.", [("bachelier", 6), ("technologue de laboratoire médical", 6)]),
        # professions in brackets after a degree of an orientation
        (
            "- Un bachelier à orientation sociale ou paramédicale (assistant social, éducateur spécialisé, infirmier, sage-femme, psychomotricien…).",
            [("bachelier", 6), ("assistant social", 6), ("éducateur spécialisé", 6), ("infirmier", 6), ("sage-femme", 6), ("psychomotricien", 6)],
        ),
        (
            "- Un diplôme à orientation sociale ou pédagogique (puériculture, éducateur, instituteur...).",
            [("diplôme à orientation sociale ou pédagogique", None), ("puériculture", 4), ("éducateur", None), ("instituteur", 6)],
        ),
        (
            "- BACHELIER PARAMÉDICAL (ex. : ergothérapeute, logopède, kinésithérapeute).",
            [("BACHELIER", 6), ("ergothérapeute", 6), ("logopède", 6), ("kinésithérapeute", 7)],
        ),
        # the titles of an authority's list, a sector's title then its professions
        ("- Un des titres de la liste fixée par l'ONE.", [("Un des titres de la liste fixée par l'ONE", None)]),
        ("- Être porteur d'un des diplômes figurant sur la liste arrêtée par la FWB.", [("un des diplômes figurant sur la liste arrêtée par la FWB", None)]),
        (
            "- Avoir suivi la formation initiale (ou un titre de la petite enfance : puériculture, auxiliaire de l'enfance, éducateur·trice).",
            [("un titre de la petite enfance", None), ("puériculture", 4), ("auxiliaire de l'enfance", 3), ("éducateur·trice", None)],
        ),
        ("- Un diplôme du secteur social : éducateur, assistant social.", [("diplôme du secteur social", None), ("éducateur", None), ("assistant social", 6)]),
        # trade trainings
        ("- Débutant accepté si vous avez suivi une formation de peintre en promotion sociale.", [("une formation de peintre", 3)]),
        ("- Formation de boucher-charcutier suivie en alternance ou expérience équivalente.", [("Formation de boucher-charcutier", None)]),
        ("- Formation de boulangère terminée.", [("Formation de boulangère", None)]),
        ("- Formation de peintre exigée.", [("Formation de peintre", 3)]),
    ],
)
def test_titles_in_other_frames(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the team's or the public's jobs, and a comma restating the degree's field, stay out
        ("- Vous encadrez une équipe (14 puériculteur·trice·s, 1 assistante sociale, personnel d'entretien).", []),
        ("- Bachelier en secrétariat de direction, assistant de direction ou équivalent.", [("Bachelier", 6)]),
        ("- Master en gestion (finance, marketing, RH) exigé.", [("Master", 7)]),
        ("- Bachelier en comptabilité ou expérience équivalente.", [("Bachelier", 6)]),
        ("- Bachelier (en lien avec les infirmiers, éducateurs et assistants sociaux de l'équipe).", [("Bachelier", 6)]),
        # trainings the employer gives
        ("- Nous vous proposons une formation de peintre.", []),
        ("- Une formation de boucher vous sera dispensée.", []),
        ("- La formation de peintre dure 3 semaines.", []),
    ],
)
def test_not_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected
