"""Round 20, diploma false positives: titles named but not asked of the candidate, by wording family — the titles of the
staff or of the public served (one predicate, third_party.py), a title obtained after hiring, a pay scale by diploma, a
former name or the school years and routes in the bracket of the diploma they belong to. Each family has look-alikes
that must stay items. Sentences written for the test (no offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def diplomas(run: Any, text: str) -> list[str]:
    return [r["text"] for r in of_kind(run(HEAD + text), "diploma")]


@pytest.mark.parametrize(
    ("line", "not_asked"),
    [
        # the staff, by a possessive, whatever the verb and the quantifier
        ("Bachelier en comptabilité exigé. Nos pharmaciens sont tous titulaires du DU d'orthopédie.", "DU"),
        ("Bachelier en comptabilité exigé. NOS PHARMACIENS SONT TOUS TITULAIRES DU DU D'ORTHOPEDIE.", "DU"),
        ("Bachelier en comptabilité exigé. Nos infirmières ont toutes suivi un master en santé publique.", "master"),
        ("Bachelier en comptabilité exigé. Nos directeurs sont titulaires du brevet de directeur, nos infirmiers en chef d'un master en santé publique.", "master"),
        ("BTS exigé. Notre site emploie plus de 200 pharmaciens, chimistes et bio-ingénieurs : vous rejoindrez une communauté.", "bio-ingénieurs"),
        # a share of a group, a head count
        ("Bac+5 exigé. Chez nous, un tiers de l'équipe data est titulaire d'un doctorat.", "doctorat"),
        ("Bac+5 exigé. La moitié de l'équipe est titulaire d'un doctorat.", "doctorat"),
        ("BTS exigé. Nos équipes comptent 40 infirmiers, dont 6 titulaires d'un diplôme d'infirmier en pratique avancée.", "diplôme d'infirmier"),
        ("BTS exigé. Le groupe (9 000 salariés dont 2 500 infirmiers diplômés d'État) renforce son service paie.", "infirmiers"),
        ("BTS exigé. Notre équipe compte des boulangers diplômés de l'IFAPME.", "IFAPME"),
        ("CAP exigé. Vous encadrez une équipe de 4 professionnelles titulaires du CAP AEPE ou du DEAP.", "DEAP"),
        # the public served
        ("Bachelier en GRH exigé. Nous suivons 2000 intérimaires, dont une majorité de profils CESS et CQ6 : vous connaissez le secteur ?", "CESS"),
        ("Bachelier en GRH exigé. Nos stagiaires sont pour la plupart titulaires du CEB.", "CEB"),
        # a title obtained after hiring, in any frame
        ("Master exigé. Le CAPAES est requis pour la nomination; il pourra être obtenu dans les 6 ans de l'entrée en fonction.", "CAPAES"),
        ("Master exigé. Le titre pédagogique peut être obtenu après l'engagement (CAPAES dans les 6 ans).", "CAPAES"),
        ("Master exigé. Le titre pédagogique peut être obtenu après l'engagement (CAPAES dans les 6 ans).", "titre"),
        ("Master exigé. Le CAPAES sera à acquérir dans les trois ans suivant la désignation.", "CAPAES"),
        ("Master exigé. Le CAP pour formateurs peut être suivi en cours d'emploi.", "CAP"),
        ("Master exigé. Le CAPAES devront être obtenu dans les 6 ans.", "CAPAES"),
        ("CAP exigé. Le titre professionnel est préparé en contrat de professionnalisation.", "titre"),
        ("CAP exigé. Le titre professionnel sera passé en alternance chez nous.", "titre"),
        # pay by diploma
        ("CESS exigé ; les titulaires d'un bachelier peuvent postuler mais seront rémunérés au niveau C.", "bachelier"),
        ("CESS exigé ; un master est accepté mais sera payé au barème B.", "master"),
        ("Master ou bachelier en sciences. Traitement : échelle A1 ou A2 selon diplôme.", "A2"),
        # a former name or the years and routes in the bracket of the diploma
        ("Vous êtes ingénieur industriel ou bachelier en construction (ex-graduat).", "graduat"),
        ("Vous êtes bachelier en construction (anciennement graduat en construction).", "graduat"),
        ("Titre requis : bachelier instituteur primaire (ex-AESI instituteur primaire).", "AESI"),
    ],
)
def test_titles_not_asked(run: Any, line: str, not_asked: str) -> None:
    found = diplomas(run, line)
    assert found, "the asked diploma of the line must stay"
    assert not [f for f in found if f.lower().startswith(not_asked.lower())], found


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        # the candidate after a third party: recruiting, "vous", a requirement word
        ("Notre équipe recherche un infirmier titulaire du DU de soins palliatifs.", "DU"),
        ("Pour nos résidents, vous êtes titulaire d'un bachelier en soins infirmiers.", "bachelier"),
        ("Nous recherchons pour nos crèches une puéricultrice titulaire du DEAP.", "DEAP"),
        ("Intégré à notre équipe de 5 techniciens, titulaire d'un BTS, vous assurez la maintenance.", "BTS"),
        ("Au sein de notre équipe, un master en droit est exigé.", "master"),
        ("Nos attentes : un master en droit.", "master"),
        # a title held now, the later words about another thing or wished
        ("Un CAPAES déjà obtenu est un atout ; sinon, il devra être obtenu dans les six ans.", "CAPAES"),
        ("CAPAES ou engagement à l'obtenir dans les 6 ans.", "CAPAES"),
        ("CAPAES ou disposé(e) à l'obtenir (obligatoire dans les 6 ans suivant la nomination).", "CAPAES"),
        ("Titulaire d'un diplôme d'ingénieur industriel ET de l'attestation de niveau I (ou à obtenir dans les 2 ans).", "diplôme"),
        ("Master obtenu dans une université belge.", "Master"),
        # pay words that are not said of the diploma's holders
        ("Master requis, le poste est rémunéré selon le barème A1.", "Master"),
        # a bracket with another diploma or a branch
        ("Bachelier en comptabilité (ou graduat en comptabilité).", "graduat"),
    ],
)
def test_titles_still_asked(run: Any, line: str, asked: str) -> None:
    found = diplomas(run, line)
    assert any(f.startswith(asked) or asked in f for f in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Master en droit exigé. Rémunération : barème bachelier.",
        "Master en droit exigé. Vous serez rémunéré au barème bachelier.",
        "Master en droit exigé ; traitement selon l'échelle A1 ou A2 selon diplôme.",
        "Master en droit exigé. Salaire de niveau bachelier durant la première année.",
    ],
)
def test_pay_scale_named_by_a_diploma(run: Any, line: str) -> None:
    assert diplomas(run, line) == ["Master"]


def test_ready_to_start_it_later_stays(run: Any) -> None:
    found = diplomas(run, "Vous êtes titulaire d'un master en santé publique ou d'un cadre en soins de santé (ou êtes prêt à l'entamer dans les 3 ans).")
    assert any(f.startswith("cadre") for f in found), found
