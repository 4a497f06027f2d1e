"""Round 19, diplomas named by their title: professions listed after a diploma or a title cue ("BTS SAM / assistant de
manager", "un des titres prévus par le décret ATL (ex. : éducateur, instituteur)"), BTS acronyms listed after another,
regulated health professions held as a title ("médecin généraliste agréé", "kinésithérapeute diplômé(e)", "de préférence
pédiatre"), university certificates and elliptical second fields ("DU d'orthopédie ou de micronutrition"), catalogue
families (bare BTM, MC with an accented speciality, DMA, newer Bac pro acronyms), levels stated in brackets
("(bachelier)"), the Belgian licence (7) and the titre pro's trade cut at the next alternative. Sentences written for the
test (French and Belgian variants of each family), with look-alikes that must give nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels, diploma_strengths, of_kind


def levels(run: Any, line: str) -> list[tuple[str, Any]]:
    return diploma_levels(run(PROFILE_HEAD + line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a profession after a diploma, separated by "/", ",", "ou", ", ou"
        ("- Bac+2 (BTS SAM / assistant de manager).", [("Bac+2", 5), ("BTS SAM", 5), ("assistant de manager", 5)]),
        ("- Bac pro PSPA, pilote de ligne de production ou expérience en usine.", [("Bac pro PSPA", 4), ("pilote de ligne de production", 4)]),
        ("- BTS SAM, assistant de direction ou équivalent.", [("BTS SAM", 5), ("assistant de direction", 5)]),
        (
            "- Un diplôme d'éducateur A1 ou A2, d'animateur socioculturel ou un bachelier en sciences sociales.",
            [("éducateur A1", 6), ("A2", 4), ("d'animateur socioculturel", None), ("bachelier", 6)],
        ),
        ("- Une puéricultrice diplômée d'État, ou une éducatrice de jeunes enfants.",
         [("puéricultrice diplômée d'État", 6), ("éducatrice de jeunes enfants", 6)]),
        ("- 6e professionnelle auxiliaire de l'enfance ou puériculture.", [("6e professionnelle auxiliaire", 3), ("puériculture", 4)]),
        # the title cue and its examples; the certificate among them is read elsewhere
        (
            "- Vous avez un des titres prévus par le décret ATL (ex. : brevet d'animateur de centres de vacances, éducateur, instituteur, puériculteur).",
            [("un des titres prévus par le décret ATL", None), ("éducateur", None), ("instituteur", 6), ("puériculteur", 4)],
        ),
        ("- Titres requis : éducateur, instituteur ou assistant social.", [("éducateur", None), ("instituteur", 6), ("assistant social", 6)]),
        ("- Être porteur d'un des titres requis par l'arrêté du Gouvernement.", [("un des titres requis par l'arrêté", None)]),
    ],
)
def test_professions_listed_as_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the job, the team, the public or a person's quality: no title
        ("- BTS exigé, vendeur dans l'âme.", [("BTS", 5)]),
        ("- CAP cuisine, cuisinier confirmé.", [("CAP", 3)]),
        ("- Bac pro, salaire attractif.", [("Bac pro", 4)]),
        ("- Diplôme d'éducateur, animateur motivé.", [("Diplôme d'éducateur", None)]),
        ("- Bachelier en soins infirmiers, vous travaillerez avec des éducateurs.", [("Bachelier", 6)]),
        # one diploma with a slash in its name
        ("- DEUST préparateur/technicien en pharmacie exigé.", [("DEUST", 5)]),
        # a vocational diploma in two specialities, or a titre pro naming its trade: one item
        ("- CAP installateur sanitaire ou installateur thermique.", [("CAP", 3)]),
        ("- Titre professionnel agent magasinier ou préparateur de commandes.", [("Titre professionnel", 3)]),
    ],
)
def test_professions_not_listed(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


def test_bts_acronyms_listed(run: Any) -> None:
    assert levels(run, "- Bac+2 commercial (NDRC, TC, MCO…)") == [("Bac+2", 5), ("NDRC", 5), ("TC", 5), ("MCO", 5)]
    assert levels(run, "- BTS NDRC, MCO ou GPME.") == [("BTS NDRC", 5), ("MCO", 5), ("GPME", 5)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous êtes médecin généraliste agréé (ou en fin d'assistanat).",
         [("médecin généraliste agréé", 7), ("en fin d'assistanat", None)]),
        ("- Être médecin spécialiste en gériatrie.", [("médecin spécialiste en gériatrie", 7)]),
        ("- Vous êtes kinésithérapeute diplômé(e) et inscrit(e) à l'Ordre.", [("kinésithérapeute diplômé(e)", 7)]),
        ("- Logopède diplômée, vous aimez le travail avec les enfants.", [("Logopède diplômée", 6)]),
        # the profession as the job or a colleague
        ("- Nous recrutons un médecin généraliste pour notre maison médicale.", []),
        ("- En lien avec le psychologue et le médecin, vous accompagnez les résidents.", []),
    ],
)
def test_health_titles_held(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


def test_preferred_specialist_after_doctor(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Vous êtes docteur en médecine, de préférence pédiatre ou généraliste avec un intérêt pour l'enfance.")
    assert diploma_strengths(reqs) == [
        ("docteur en médecine", 7, "required"),
        ("de préférence pédiatre", 7, "preferred"),
        ("généraliste", 7, "preferred"),
    ]
    # no doctor's diploma before: a preference about something else
    assert levels(run, "- Horaires de préférence pédiatre ou généraliste.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Le DU d'orthopédie ou de micronutrition serait un plus.", [("DU d'orthopédie", None), ("de micronutrition", None)]),
        ("- Master en langues et lettres modernes (orientation germaniques) ou en traduction.",
         [("Master", 7), ("en traduction", 7)]),
        ("- Master en informatique ou en gestion exigé.", [("Master", 7)]),
        ("- Un certificat d'université en gestion de projet est un atout.", [("certificat d'université en gestion", None)]),
        ("- Le Certificat Interuniversitaire en Management Public est un plus.", [("Certificat Interuniversitaire en Management", None)]),
    ],
)
def test_university_certificates_and_second_fields(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


def test_public_management_certificate_stays_a_certification(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Le certificat en management public serait apprécié.")
    assert diploma_levels(reqs) == []
    assert [r["text"] for r in of_kind(reqs, "certification")] == ["certificat en management public"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CAP pâtissier exigé, BTM ou MC pâtisserie boulangère appréciés.", [("CAP", 3), ("BTM", 4), ("MC pâtisserie", 3)]),
        ("- Titulaire d'un DMA ébénisterie.", [("DMA", 5)]),
        ("- Bac pro CIEL ou BTS SN.", [("Bac pro CIEL", 4), ("BTS SN", 5)]),
        ("- BP préparateur en pharmacie exigé.", [("BP préparateur en pharmacie", 4)]),
        # levels: a degree restated in brackets, the Belgian licence, a titre pro's trade before the next alternative
        ("- Diplôme d'assistant pharmaceutico-technique (bachelier) ou CESS.", [("Diplôme d'assistant pharmaceutico-technique", 6), ("CESS", 4)]),
        ("- Bachelier minimum ; une licence en gestion hospitalière est un atout.", [("Bachelier", 6), ("licence en gestion", 7)]),
        ("- Titre professionnel Agent de propreté et d'hygiène ou CQP Chef d'équipe propreté.", [("Titre professionnel", 3)]),
        ("- Diplôme d'État de puéricultrice ou d'infirmière.", [("Diplôme d'État de puéricultrice", 6), ("infirmière", 6)]),
    ],
)
def test_catalogue_families_and_levels(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


def test_french_licence_stays_six(run: Any) -> None:
    reqs = run("Cabinet d'expertise comptable à Lyon.\nProfil :\n- Une licence en gestion est un atout.")
    assert diploma_levels(reqs) == [("licence en gestion", 6)]


def test_colon_predicate_grades_the_list(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Formation IFAPME couvreur ou CQ6 couvreur… ou 6e professionnelle toiture : un avantage.")
    assert {s for _t, _l, s in diploma_strengths(reqs)} == {"preferred"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a named training whose bracket names the titles it leads to: one item at the titre's level for that trade
        ("- Formation de secrétaire médicale (titre professionnel ou certificat AFPA, Pigier…) exigée.",
         [("Formation de secrétaire médicale (titre professionnel ou certificat AFPA, Pigier…)", 4)]),
        ("- Formation « secrétaire de mairie » (titre professionnel ou DU) appréciée.",
         [("Formation « secrétaire de mairie » (titre professionnel ou DU)", 4)]),
        ("- Une formation d'agent de sécurité (titre professionnel ou CQP) est un plus.",
         [("Une formation d'agent de sécurité (titre professionnel ou CQP)", 3)]),
        # the titre with its level in the bracket stays read by the titre's rule
        ("- Formation de secrétaire médicale (titre professionnel niveau 4 ou équivalent) exigée.", [("titre professionnel niveau 4", 4)]),
    ],
)
def test_named_training_with_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # one diploma named two ways: a level with its field, a degree with its field, a restating cue in brackets
        ("- Vous avez un BAC +2 GEA ou assistant manager.", [("BAC +2", 5)]),
        ("- Bachelier en secrétariat de direction, assistant de direction ou équivalent.", [("Bachelier", 6)]),
        ("- Bachelier en sciences économiques, comptables ou de gestion.", [("Bachelier", 6)]),
        ("- Bachelier sage-femme, détenteur d'un visa.", [("Bachelier", 6)]),
        (
            "- Bachelier éducateur spécialisé ou master en criminologie (titres reconnus par l'arrêté « personnel »).",
            [("Bachelier", 6), ("master", 7)],
        ),
    ],
)
def test_one_diploma_named_two_ways(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, line) == expected


def test_title_list_skips_diplomas_already_read(run: Any) -> None:
    assert levels(run, "- Titres requis : CESS, éducateur ou instituteur.") == [("CESS", 4), ("éducateur", None), ("instituteur", 6)]


def test_doctor_on_a_profile_line_is_no_held_title(run: Any) -> None:
    # the agrément on a bare profile line is the permit to practise (a certification in the golds)
    assert levels(run, "- Médecin généraliste agréé(e), inscrit(e) à l'Ordre des médecins.") == []
    assert levels(run, "- Médecin généraliste pour nos consultations.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the undertaking to obtain the diploma makes it a wish, past the diploma's own bracket
        (
            "- Vous avez un des titres prévus par le décret ATL (ex. : éducateur, instituteur) ou vous vous engagez à suivre la formation.",
            [("un des titres prévus par le décret ATL", None, "preferred"), ("éducateur", None, "preferred"), ("instituteur", 6, "preferred")],
        ),
        ("- Master en langues. CAPAES ou engagement à l'obtenir dans les 6 ans.", [("Master", 7, "required"), ("CAPAES", None, "preferred")]),
        # a diploma in progress is no undertaking
        ("- Bachelier en comptabilité (ou en cours).", [("Bachelier", 6, "required")]),
    ],
)
def test_engagement_to_obtain(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert diploma_strengths(run(PROFILE_HEAD + line)) == expected
