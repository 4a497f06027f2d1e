"""Round 21, diploma filters by family (titles named but not asked): a title refused through a modal or an adverb ("ne
peuvent malheureusement pas être retenus"), a pay scale named after the title ("bachelier = échelle B"), the courses a school
organises, gives or prepares for ("organise les bacheliers …", "Cours du soir (bachelier …)", "qui préparent notamment au
CAP"), the work-study posts an employer fills ("recrutons aussi en alternance (BTS, licence pro)"), the Belgian nurse's
"titre professionnel particulier" in capitals, a title named as the one the reader may lack after it was asked, the top of a
range past the minimum's examples, the diploma a no-diploma sentence says nothing goes beyond, and the preposition "DE" of a
trade in capitals. Each family has look-alikes that must keep the diploma. Sentences written for the test (no offer text);
offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\n"


def diplomas(run: Any, text: str, title: str = "Employé (H/F)") -> list[str]:
    return [r["text"] for r in of_kind(run(HEAD + text, title), "diploma")]


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # refused, through a modal or with an adverb
        ("Bachelier éducateur (A1) exigé – les éducateurs A2 ne peuvent malheureusement pas être retenus.", "A2"),
        ("Master en droit requis ; les bacheliers ne pourront pas être acceptés.", "bacheliers"),
        ("Bachelier assistant social exigé. Le CESS n'est hélas pas suffisant.", "CESS"),
        ("Diplôme d'infirmier exigé, un BTS ne conviendra pas.", "BTS"),
        ("Master requis : les bacheliers ne sont pas éligibles.", "bacheliers"),
        # a pay scale named after the title
        ("Master en gestion exigé. Rémunération selon barème communal (diplôme de bachelier = échelle B).", "bachelier"),
        ("Master en gestion exigé. Pour info : bachelier → barème B1.", "bachelier"),
        ("Master en gestion exigé. À titre indicatif, un bachelier donne accès à l'échelle B1.", "bachelier"),
        # the courses a school organises, gives or prepares for
        ("La Haute École organise les bacheliers en soins infirmiers. Titre requis : master en santé publique.", "bacheliers"),
        ("L'institut dispense notamment le BTS comptabilité. Profil : master en finance exigé.", "BTS"),
        ("Nous travaillons avec des organismes de formation qui préparent notamment au CAP. Profil : Bac+2 exigé.", "CAP"),
        ("Cours du soir (bachelier en comptabilité, 3e année). Titre requis : master en sciences commerciales.", "bachelier"),
        ("COURS DE JOUR : BTS TOURISME. Titre requis : master en tourisme.", "BTS"),
        # the work-study posts an employer fills
        ("Profil : Bac+3 exigé. Nous recrutons aussi en alternance (BTS, licence pro), voir notre site.", "BTS"),
        ("Profil : Bac+3 exigé. On embauche chaque année des apprentis : CAP cuisine, BP.", "CAP"),
        # the Belgian nurse's "titre professionnel particulier", in capitals too
        ("PROFIL : BACHELIER EN SOINS INFIRMIERS. TITRE PROFESSIONNEL PARTICULIER SIAMU REQUIS.", "TITRE PROFESSIONNEL"),
        ("Profil : bachelier infirmier. Titre Professionnel Particulier en gériatrie souhaité.", "Titre Professionnel"),
        # the top of a range written past the minimum's examples
        ("Votre profil : Bac+2 minimum (BTS, DUT…) à Bac+3/4 ; expérience commerciale.", "Bac+3/4"),
        ("Formation Bac+2 (BTS NDRC, BUT TC) jusqu'à Bac+5 acceptée.", "Bac+5"),
        # the diploma no-diploma sentence says nothing goes beyond
        ("Bachelor's degree minimum.\nPas de diplôme spécifique demandé au-delà du Bachelor.", "Pas de diplôme spécifique demandé"),
        ("CESS exigé. Aucun diplôme requis en plus du CESS.", "Aucun diplôme requis"),
    ],
)
def test_named_but_not_asked(run: Any, line: str, absent: str) -> None:
    found = diplomas(run, line)
    assert not any(absent in t for t in found), found


@pytest.mark.parametrize(
    ("line", "title", "present"),
    [
        # the preposition "DE" of a trade in capitals is no "diplôme d'État"
        ("PROFIL : TITULAIRE DU DEAP.", "AUXILIAIRE DE PUÉRICULTURE (H/F)", None),
        ("CADRE D'EMPLOIS DES AUXILIAIRES DE PUÉRICULTURE.\nPROFIL : TITULAIRE DU DEAP.", "Agent (H/F)", None),
    ],
)
def test_capital_preposition_de(run: Any, line: str, title: str, present: str | None) -> None:
    found = diplomas(run, line, title)
    assert not any(t.startswith("DE ") for t in found), found


def test_title_lacking_restates_the_one_asked(run: Any) -> None:
    found = diplomas(run, "Titre requis : master en comptabilité, complété par le CAP. À défaut de CAP, un engagement est possible.")
    assert found.count("CAP") == 1, found


@pytest.mark.parametrize(
    ("line", "present"),
    [
        # look-alikes: asked, not refused / paid / taught / lacking
        ("Les bacheliers peuvent être retenus s'ils ont 3 ans d'expérience.", "bacheliers"),
        ("Bachelier en comptabilité exigé : échéance de candidature le 30 juin.", "Bachelier"),
        ("Bachelier en comptabilité exigé. Rémunération attractive.", "Bachelier"),
        ("Diplôme en cours : BTS MCO accepté.", "BTS MCO"),
        ("Vous organisez les plannings. Profil : BTS assistant de gestion.", "BTS"),
        ("Nous recrutons un(e) comptable titulaire d'un BTS.", "BTS"),
        ("Profil : Bac+2 à Bac+5 en gestion.", "Bac+2"),
        ("Aucun diplôme requis.", "Aucun diplôme requis"),
        ("PROFIL : TITULAIRE DU DE DE PUÉRICULTRICE.", "PUÉRICULTRICE"),
        ("Titulaire du DE infirmier, spécialisation de puériculture appréciée.", "DE infirmier"),
        ("Titulaire du CAP AEPE, à défaut d'expérience.", "CAP"),
    ],
)
def test_look_alikes_keep_the_diploma(run: Any, line: str, present: str) -> None:
    found = diplomas(run, line)
    assert any(present in t for t in found), found


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("PROFIL\nDE d'éducateur spécialisé exigé.", "DE d'éducateur spécialisé"),
        ("PROFIL\nDE de puéricultrice exigé.", "DE de puéricultrice"),
        ("Diplômé(e) d'un Bac+2 commerce (BTS MCO, NDRC) à Bac+5 école de commerce.", "Bac+5 école de commerce"),
    ],
)
def test_state_diplomas_and_range_tops_with_a_school_are_kept(run: Any, line: str, present: str) -> None:
    found = diplomas(run, line)
    assert any(present in t for t in found), found
