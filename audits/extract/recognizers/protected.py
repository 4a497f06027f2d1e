"""Protected criteria (Belgian law of 10 May 2007, law of 30 July 1981, Walloon decree of 6 November 2008).

Each rule is a pattern for one criterion with the look-alikes it must not fire on ("(H/F)", "jeune entreprise",
"appellation d'origine", "mutuelle familiale", "secteur de la santé"). A sentence that states equal treatment
("sans distinction d'âge, de sexe...", "quelle que soit votre origine") is not a requirement and is skipped.
Decisions (docs/extraction.md): "junior"/"senior" are experience wording, not age; "équipe jeune et dynamique"
is age; "présentation soignée" is physical appearance like "Bonne présentation" (the guide; round 9), but "tenue
correcte" (dress code), "résistance physique" and a fitness tied to the job's physical tasks (task demands) are not
flagged; "permis de travail" is a legal condition, not nationality; "langue maternelle" is `language_origin`
(found by the language recogniser).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audits.extract.fastscan import GatedPattern, MultiPattern, fold
from audits.extract.mention import Mention
from audits.extract.scope import Layout


@dataclass(frozen=True)
class Rule:
    criterion: str
    pattern: re.Pattern[str]
    not_before: re.Pattern[str] | None = None  # look-alike if the text before the match ends with this
    not_after: re.Pattern[str] | None = None  # look-alike if the text after the match starts with this
    must_before: re.Pattern[str] | None = None  # only fires when the text before the match ends with this


def _r(
    criterion: str,
    pattern: str,
    not_before: str | None = None,
    not_after: str | None = None,
    must_before: str | None = None,
    flags: int = re.I,
) -> Rule:
    return Rule(
        criterion,
        re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])", flags),
        re.compile(r"(?<![\w])(?:" + not_before + r")\s*$", re.I) if not_before else None,
        re.compile(r"\s*(?:" + not_after + r")", re.I) if not_after else None,
        re.compile(r"(?<![\w])(?:" + must_before + r")\s*$", re.I) if must_before else None,
    )


_E = r"(?:e|\(e\)|\.e|-e|·e)?"  # optional inclusive feminine ending
_NOT_EXP = r"d'exp[ée]rience|d'existence|d'anciennet[ée]|de\s+m[ée]tier|de\s+carri[èe]re|d'histoire|de\s+savoir|d'activit[ée]|dans\s+le|en\s+tant|de\s+pratique"
# A duration of the company's life or work, not an age: "plus de 20 ans d'innovation", "30 ans qu'on conseille…".
_NOT_AN_AGE = _NOT_EXP + r"|d'(?![âa]ge)[^\W\d_]|qu['e]\s*(?:on|nous|notre|nos|l'entreprise)(?![\w])"
# Grade names of a consulting or IT career scale.
_GRADE = r"(?:confirm[ée]e?s?|s[ée]niors?|exp[ée]riment[ée]e?s?|interm[ée]diaires?|m[ée]diors?|consultants?|managers?|experts?)"
_BENEFICIARIES = r"jeunes|enfants|publics?|personnes|adolescents|[ée]l[èe]ves|b[ée]n[ée]ficiaires|demandeurs\s+d'emploi|patients|familles|clients|clientèle|apprenants|accueillis"
# Round 15: the public a care or youth service serves, named before its ages ("140 résidents âgés de 65 à 102 ans", "Les
# résidents sont âgés de 20 à 60 ans", "des personnes de plus de 65 ans", "120 internes de 12 à 18 ans"): not the
# person sought. The noun may be followed by "sont", "de", "âgés" before the age itself.
_SERVED_BEFORE = (
    r"(?:" + _BENEFICIARIES + r"|r[ée]sidents?|internes|pensionnaires|usagers|a[îi]n[ée]s|seniors|h[ée]berg[ée]\w*|locataires|"
    r"participants|stagiaires|mineurs|b[ée]b[ée]s|tout-petits)(?:\s+(?:sont|seront|de|d'|entre|[âa]g[ée]e?s))*"
)
# The employer's own staff ("le bien-être de nos salariés LGBT+") is not the person sought.
_STAFF = r"(?:nos|vos|des|les|aux)\s+(?:salari[ée]\w*|collaborat\w+|employ[ée]\w*|[ée]quipes?|coll[èe]gues?|agents?)"
# What makes "jeunes diplômés" an opening to beginners rather than a wish for young people (convention 6).
_WELCOME_AFTER = (
    r"(?:\(e\)s?|e?s)?(?:\s+(?:motiv[ée]\w*|bienvenu\w*|accept[ée]\w*|admis\w*|[ée]galement|aussi|toutefois|sont|seront|les|\(?e?s?\)?|[,:;-]))*"
    r"\s*(?:bienvenu|accept|admis|peuvent\s+(?:postuler|aussi|[ée]galement)|encourag|possible)"
)
_YOUNG_NOUNS = (
    r"homme|femme|fille|gar[çc]on|candidat" + _E + r"s?|profil|talents?|recrues?|collaborat\w+|personnes?|motiv[ée]" + _E + r"s?|"
    r"retrait[ée]" + _E + r"|actifs?|travailleu\w+|salari[ée]\w*|[ée]tudiant\w*|vendeu\w+|serveu\w+|apprenti\w*|dipl[ôo]m[ée]\w*|"
    r"et\s+dynamique|dynamique|[ée]quipe|coll[èe]gues?|agent\w*|commercia\w+|technicien\w*"
)

RULES: list[Rule] = [
    # --- age ---
    _r("age", r"[âa]g[ée]" + _E + r"s?\s+(?:de\s+|entre\s+|d'au\s+moins\s+|d'au\s+plus\s+|de\s+moins\s+de\s+|de\s+plus\s+de\s+|maximum\s+|minimum\s+)?\d{2}\s*(?:ans|à|-|et)", not_before=_SERVED_BEFORE),
    _r("age", r"[âa]ge\s+(?:maximum|minimum|max\.?|min\.?|limite|requis|souhait[ée]|id[ée]al|compris)\s*(?::\s*)?(?:de\s+|entre\s+)?\d{2}"),
    # Round 16: also the public named by its age bracket ("l'accueil libre des 12-26 ans", "animateur jeunesse (11-17 ans)",
    # "ateliers pour les 6-12 ans"): an article or a youth noun with a bracket right before the range.
    _r("age", r"(?:(?:entre|de)\s+)?\d{2}\s*(?:et|à|-)\s*\d{2}\s*ans", not_before=_SERVED_BEFORE + r"|des|aux|pour\s+les|(?:jeunesse|jeunes|enfants|ados|adolescents)\s*\(", not_after=_NOT_EXP),
    # "-25 ans" (under 25), not a list item about the company: "- 21 ans d'innovation", "- 30 ans qu'on…"
    _r("age", r"-\s?\d{2}\s*ans", not_before=_BENEFICIARIES, not_after=_NOT_AN_AGE),
    _r("age", r"retrait[ée]" + _E + r"s?\s+s'abstenir|(?:candidatures?|profils?)\s+(?:de\s+)?retrait[ée]" + _E + r"s|pas\s+de\s+retrait[ée]" + _E + r"s|n[ée]" + _E + r"s?\s+(?:en|apr[èe]s|avant)\s+(?:19|20)\d\d", not_before=_BENEFICIARIES),
    # "junior" beside another grade ("(junior confirmé / consultant)", "junior à senior") names a consulting grade
    # scale, not an age.
    _r("age", r"\bjunior\b(?!\s+accept)", not_before=_BENEFICIARIES + "|" + _GRADE + r"\s*(?:/|,|-|ou|à|a|et)", not_after=r"(?:/|,|-|ou|à|a|et)?\s*(?:" + _GRADE + ")"),
    _r("age", r"(?:moins|plus)\s+de\s+\d{2}\s*ans", not_before=_SERVED_BEFORE + r"|depuis|existe|fond[ée]e?|il\s+y\s+a|entreprise\s+de|soci[ée]t[ée]\s+de|cr[ée][ée]e?|histoire\s+de", not_after=_NOT_AN_AGE),
    _r("age", r"\d{2}\s*ans\s+(?:maximum|max\.?|minimum|min\.?|au\s+plus|au\s+maximum|et\s+moins)", not_before=r"exp[ée]rience\s+de|exp[ée]rience\s+d'au\s+moins|depuis", not_after=_NOT_EXP),
    _r("age", r"(?:max(?:imum)?\.?|pas\s+plus\s+de|au\s+plus)\s+\d{1,2}\s*ans\s+d'exp[ée]rience"),
    # "3 à 4 ans d'expérience maximum": a ceiling on experience excludes by age as "pas plus de 5 ans" does
    _r("age", r"\d{1,2}\s*ans\s+d'exp[ée]rience\s+(?:maximum|max\.?|au\s+plus|au\s+maximum|tout\s+au\s+plus)"),
    _r("age", r"date\s+de\s+naissance"),
    # Round 15: a minimum working age asked of the candidate, "avoir" and a bare age ("avoir au minimum 15 ans", "avoir 16
    # ans accomplis", "Tu dois avoir au moins 17 ans", "vous avez plus de 16 ans"); not a duration of work ("avoir au
    # moins 10 ans d'expérience / de métier / dans le secteur / en cuisine").
    _r("age", r"(?:avoir|as|avez|ayant)\s+(?:(?:au\s+(?:minimum|moins)|minimum|plus\s+de|entre)\s+)?\d{2}\s*ans(?:\s+(?:accomplis|r[ée]volus|minimum|au\s+moins|au\s+minimum))?",
       not_after=_NOT_AN_AGE + r"|(?:en|de|des|du|dans|comme|chez|sur|au\s+sein|aupr[èe]s|pass[ée]s|d')\s"),
    # "de plus jeunes collaborateurs", "moins jeunes": a comparison with the candidate names the colleagues they mentor
    _r("age", r"jeunes?\s+(?:" + _YOUNG_NOUNS + r")", not_before=r"chaque|des|aux|les|nos|vos|accueillir|accompagner|auprès\s+d?e?s?|encadrer|plus|moins", not_after=_WELCOME_AFTER),
    _r("age", r"jeunes?", must_before=r"(?:[ée]quipe|staff|collectif|profil|candidat" + _E + r"|personne|vous\s+[êe]tes|[êe]tre|soyez|es)\s*(?:plut[ôo]t\s+|assez\s+|tr[èe]s\s+)?", not_after=r"entreprise|soci[ée]t[ée]|start|pousse|structure|marque|agence|boutique|enseigne|pme|cabinet|association|[ée]tablissement|r[ée]seau|club|chiens?|plants?"),
    _r("age", r"(?:recherch\w+|recrut\w+|cherch\w+|embauch\w+)\s+(?:un|une|des|de)\s+jeunes?", not_after=r"\s*(?:entreprise|soci[ée]t[ée]|start|structure)"),
    # Round 15: "les jeunes diplômés sont les bienvenus", "jeune diplômé(e) accepté(e)", "jeunes diplômés motivés acceptés"
    # are experience 0 (the guide's convention 6, fixer "lang"), not age; "nous recrutons un(e) jeune diplômé(e)" (the
    # person sought described as young) stays age.
    # Round 16: the exclusion is the same experience wording turned down ("Les jeunes diplômés ne sont pas éligibles /
    # acceptés à ce poste"), not an age.
    _r("age", r"jeunes?\s+dipl[ôo]m[ée]" + _E + r"s?", not_after=_WELCOME_AFTER + r"|(?:\(e\)s?|e?s)?\s+ne\s+(?:sont|seront|peuvent)\s+pas"),
    # --- sex ---
    # Round 15: not the public a shelter or a service serves ("héberge des femmes et des familles en difficulté").
    _r("sex", r"(?:un|une|des)\s+(?:jeunes?\s+)?(?:homme|femme|fille|gar[çc]on)s?", not_before=r"(?:hommes?|femmes?|gars|mecs?|gar[çc]ons?|filles?)\s+(?:et|ou)|h[ée]berg\w*|accueill\w*|accompagn\w*|soutien\w*|soutenir|aid\w*|prot[ée]g\w*|prise\s+en\s+charge|auprès|[ée]coute\w*|re[çc]oi\w*|orient\w*", not_after=r"(?:et|ou|/)\s+(?:une?\s+|des\s+|les\s+)?(?:homme|femme)"),
    _r("sex", r"(?:candidat|candidate|profil|personnel|personne|[ée]quipe|sexe|pr[ée]sence)s?\s+(?:masculin|f[ée]minin)e?s?"),
    _r("sex", r"r[ée]serv[ée]e?s?\s+aux\s+(?:hommes|femmes)|exclusivement\s+(?:masculin|f[ée]minin)e?s?|uniquement\s+(?:des\s+)?(?:hommes|femmes)"),
    _r("sex", r"(?:pas|non|sans)\s+(?:de\s+)?(?:enceinte|grossesse)|projet\s+de\s+grossesse|d[ée]sir\s+d'enfant|identit[ée]\s+de\s+genre\s+(?:conforme|masculine|f[ée]minine)"),
    _r("sex", r"femmes?\s+enceintes?|(?:m[èe]re|p[èe]re)s?\s+de\s+famille\s+s'abstenir|(?<=[a-zé])\s?\((?-i:F|H)\)|couple\s+(?:traditionnel|h[ée]t[ée]ro\w*)\s+homme-femme"),
    # "recherche une secrétaire": an epicene job noun made feminine by the article alone.
    _r("sex", r"(?:recherch\w*|recrut\w*|cherch\w*|engag\w*)\s+une\s+(?:secr[ée]taire|comptable|standardiste|fleuriste|libraire|r[ée]ceptionniste|[ée]quipi[èe]re|garde)(?:\s+(?-i:[a-zé][a-zé]+))?", not_after=r"\(|/|ou\s+un|[hf]\s*/"),
    _r("sex", r"femmes?\s+de\s+(?:m[ée]nage|chambre)|hommes?\s+(?:d'entretien|toutes\s+mains|[àa]\s+tout\s+faire)|dame\s+de\s+compagnie", not_before=r"hommes?\s*/|hommes?\s+ou|femmes?\s*/|femmes?\s+ou", not_after=r"\(?\s*[hf]\s*/\s*[hfx]"),
    # --- nationality ---
    # Round 16: "Nationalité d'un État membre de l'UE / de l'Union européenne / de l'EEE" (the public-service condition).
    _r("nationality", r"nationalit[ée]\s+d['’]\s*un\s+(?:[ée]tat|pays)\s+(?:membre\s+)?(?:de\s+l['’]\s*(?:UE|Union(?:\s+europ[ée]enne)?|EEE|Espace\s+[ée]conomique\s+europ[ée]en)|europ[ée]en|de\s+l['’]\s*Europe)"),
    _r("nationality", r"(?:de\s+)?nationalit[ée]\s+(?:belge|fran[çc]aise|europ[ée]enne|luxembourgeoise|n[ée]erlandaise|allemande|\w+e)", not_before=r"toutes|diff[ée]rentes|diverses|multiples|plusieurs|quelle\s+que\s+soit\s+(?:la|votre)"),
    _r("nationality", r"(?:ressortissant|citoyen)(?:e|ne|\(e\)|\(ne\))?s?\s+(?:belge|europ[ée]en|fran[çc]ais|de\s+l'UE|UE|de\s+l'union|d'un\s+pays|d'un\s+[ée]tat\s+membre)[\w']*(?:[ ]+[\w']+)*"),
    _r("nationality", r"passeport\s+(?:belge|fran[çc]ais|europ[ée]en)|belge\s+(?:exig[ée]|requis|obligatoire|uniquement)|(?:[êe]tre|[êe]tes|soyez)\s+(?:de\s+nationalit[ée]\s+)?(?:belge|fran[çc]ais" + _E + r"|europ[ée]en" + _E + r")"
       # Round 15: the alternative of the public service's condition is the same item ("être belge ou citoyen de l'Union
       # européenne", "être belge ou ressortissant de l'UE").
       r"(?:\s+ou\s+(?:ressortissant|citoyen)(?:e|ne|\(e\)|\(ne\))?s?\s+(?:belge|europ[ée]en|fran[çc]ais|de\s+l'UE|UE|de\s+l'union|d'un\s+pays|d'un\s+[ée]tat\s+membre)[\w']*(?:[ ]+[\w']+)*)?"),
    # --- origin ---
    _r("origin", r"d'origine\s+(?!contr[ôo]l[ée]e|prot[ée]g[ée]e|animale|v[ée]g[ée]tale|naturelle|locale|biologique|g[ée]ographique|france\b|inconnue|agricole|min[ée]rale)[\wéèêëàâîïôûüç]+", not_before=r"produits?|appellation|pays|lieu|ingr[ée]dients?|mati[èe]res?|label|viande|tra[çc]abilit[ée]|indication|" + _BENEFICIARIES),
    _r("origin", r"origine\s+(?:ethnique|raciale|[ée]trang[èe]re|maghr[ée]bine|africaine|europ[ée]enne)|type\s+(?:europ[ée]en|caucasien|maghr[ée]bin|africain|asiatique)|couleur\s+de\s+(?:la\s+)?peau|peau\s+(?:blanche|noire|claire|mate|fonc[ée]e)|race\s+(?:blanche|noire|caucasienne|arabe)|de\s+souche|issu" + _E + r"s?\s+de\s+l'immigration|sans\s+accent|(?:naissance|origine|nationalit[ée])\s+(?:de\s+vos|et\s+celui\s+de\s+vos)\s+parents",
       not_before=r"(?:" + _BENEFICIARIES + r")\s+d'"),
    _r("language_origin", r"sans\s+accent(?:\s+[ée]tranger)?|(?:franco|germano|n[ée]erlando|anglo|arabo|hispano|luso)phone\s+de\s+naissance"),
    # --- physical appearance ---
    _r("physical_appearance", r"bonne\s+pr[ée]sentation", not_after=r"(?:des|du|de|d')\s"),
    _r("physical_appearance", r"physique\s+(?:agr[ée]able|avantageux|attrayant|plaisant|attirant|s[ée]duisant)|belle\s+(?:apparence|allure|silhouette|prestance)|jolie?\s+(?:fille|femme|gar[çc]on|jeune|visage)|apparence\s+physique|(?:taille|hauteur)\s+(?:minimum|minimale|min\.?|maximale|maximum)|mesurer\s+(?:au\s+moins|plus\s+de|minimum|moins\s+de)|\d[,.]\d{2}\s?m\s+(?:minimum|min)|1\s?m\s?\d{2}\s+(?:minimum|min)|photo\s+(?:obligatoire|exig[ée]e|requise|indispensable)|cv\s+avec\s+photo|\bmince\b|corpulence|poids\s+(?:maximum|minimum|max|id[ée]al|de\s+forme)|visage\s+(?:agr[ée]able|avenant)"),
    # "svelte" the adjective, not the JavaScript framework "Svelte" named in a stack ("en Svelte et TypeScript",
    # "Go, Svelte, HTMX", "SvelteKit"): a list separator, a "language" preposition or a product name around it
    _r("physical_appearance", r"svelte", not_before=r"[,/(+]|en|avec|sous|et|ou|de|du|stack|frameworks?|(?-i:[A-Z][\w.#+-]*)",
       not_after=r"(?:[,/)+]|kit|js|\.js|native|et\s+(?-i:[A-Z])|ou\s+(?-i:[A-Z]))"),
    # "présentation soignée / impeccable" (the guide, 202CHRW: like "Bonne présentation"); "présentation soignée des
    # dossiers" is the care of a document, and dress alone ("tenue correcte") stays a dress code
    _r("physical_appearance", r"pr[ée]sentation\s+(?:soign[ée]e|impeccable|irr[ée]prochable|tr[èe]s\s+soign[ée]e)", not_after=r"(?:des|du|de|d')\s"),
    # --- health and disability ---
    _r("health", r"en\s+(?:parfaite|bonne|excellente|pleine)\s+sant[ée]|(?:diab[ée]tiques|malades|[ée]pileptiques|asthmatiques|s[ée]ropositifs)\s+s'abstenir|bonne\s+sant[ée]|(?:bonne|excellente|parfaite)\s+forme\s+physique|(?:aucun|aucune|pas\s+de|sans)\s+(?:probl[èe]mes?|soucis?|ant[ée]c[ée]dents?|contre-indications?|pathologies?|maladies?)\s+(?:de\s+sant[ée]|m[ée]dica\w+|de\s+dos|chroniques?)|maladies?\s+chroniques?|s[ée]ropositi\w+|jamais\s+malade|pas\s+d'arr[êe]ts?\s+maladie", not_before=r"secteur\s+de\s+la|[ée]tablissement\s+de|professionnels?\s+de(?:\s+la)?|mutuelle|compl[ée]mentaire|et|la"),
    # Round 15: sick leave counted against the candidate ("sans arrêt maladie", "pas d'arrêts maladie"), not the sick
    # leave a payroll or HR officer handles, listed among tasks ("gestion des entrées/sorties, arrêts maladie", "suivi
    # des arrêts de maladie").
    _r("health", r"(?<![,/;:]\s)(?<![,/;:])(?<![-•*]\s)arr[êe]ts?\s+(?:de\s+)?maladie", not_before=r"des|les|et|gestion|suivi|d[ée]clarations?|traitement|saisie|la"),
    # Round 15: a person recognised by the Walloon disability agency ("Les personnes reconnues par l'AViQ ne seront pas
    # retenues"), not a training or a service it approves ("attestation … reconnue par l'AViQ", "ASBL reconnue par l'AViQ").
    _r("disability", r"reconnue?s?\s+par\s+l'AViQ", must_before=r"(?:personnes?|candidat\w*|travailleu\w+|vous|[êe]tre|[êe]tes|soyez|pas|non)(?:\s+[\w()']+){0,2}"),
    _r("health", r"pleine\s+possession\s+de\s+(?:vos|ses|leurs|tous\s+vos)\s+moyens|(?:bonne|excellente|parfaite)\s+condition\s+physique"),
    _r("disability", r"pleine\s+possession\s+de\s+(?:vos|ses|leurs|tous\s+vos)\s+moyens|(?:bonne|excellente|parfaite)\s+condition\s+physique|non\s+adapt[ée]\s+aux\s+personnes\s+handicap[ée]es|reconnaissance\s+(?:AViQ|RQTH)\s+(?:exclue|non)|"
       r"(?:sans|aucun|pas\s+de)\s+handicap|non[- ]handicap[ée]" + _E + r"s?|personnes?\s+valides?|(?:[êe]tre|[êe]tes|soyez|pleinement|physiquement)\s+valides?|handicap[ée]?s?\s+(?:non|pas)\s+(?:accept[ée]s?|admis)|(?:pas|non|sans)\s+(?:de\s+)?RQTH|travailleurs?\s+handicap[ée]s?\s+(?:exclus|non)"),
    # --- family and civil status ---
    _r("family_status", r"nombre\s+d'enfants|(?:m[èe]re|p[èe]re)s?\s+de\s+famille\s+s'abstenir|(?:sans|pas\s+d')\s*enfants?(?!\s+(?:à\s+garder|accueillis))|(?:m[èe]re|p[èe]re|parent)s?\s+de\s+famille|sans\s+(?:charges?|contraintes?|obligations?|attaches?)\s+(?:de\s+famille|familiales?)|composition\s+de\s+m[ée]nage|situation\s+familiale\s+(?:stable|compatible|sans)|enfants?\s+(?:en\s+bas\s+[âa]ge|à\s+charge)\s+(?:non|pas|exclus)|pas\s+de\s+(?:contraintes?|charges?)\s+familiales?"),
    _r("civil_status", r"c[ée]libataire|mari(?:é|ée|é\(e\))s?|cohabitant" + _E + r"s?\s+l[ée]ga(?:l|le|ux)|vie\s+de\s+couple|divorc[ée]" + _E + r"s?|pacs[ée]" + _E + r"s?|veu(?:f|ve)s?|en\s+couple|[ée]tat\s+civil\s+(?:c[ée]libataire|mari[ée])", not_before=r"robes?\s+de|tenues?\s+de|service\s+(?:de\s+)?l?'?|salon\s+du", not_after=r"(?:et|ou)\s+(?:jeunes?\s+)?mari[ée]s?\b(?=.*(?:robe|salon|mariage))"),
    # --- religion, politics, union ---
    _r("religion", r"catholiques?|musulman(?:e)?s?|chr[ée]tien(?:ne)?s?|juif|juive|juifs|protestant(?:e)?s?|ath[ée]e?s?|bouddhistes?|hindou(?:e)?s?|croyant(?:e)?s?|de\s+confession\s+\w+|signes?\s+(?:religieux|convictionnels?|ostentatoires?)|port\s+du\s+(?:voile|foulard)|(?:voile|foulard)\s+(?:islamique|interdit)|pratiquant(?:e)?s?(?!\s+(?:la|le|les|du|de|un|une|d'|l'|des|r[ée]guli))|religion\s+(?:catholique|musulmane|chr[ée]tienne|juive)", not_before=r"(?:[ée]cole|[ée]tablissement|coll[èe]ge|lyc[ée]e|enseignement|institut|institution|association|h[ôo]pital|clinique|[ée]glise|paroisse|dioc[èe]se|maison|communaut[ée]|fondation|organisation|centre|r[ée]seau|mouvement|aum[ôo]nerie|cimeti[èe]re|f[êe]tes?)(?:\s+[\w'-]+){0,2}"),
    _r("political", r"(?:opinions?|convictions?|affiliations?|appartenances?|engagements?|sensibilit[ée]s?|mandats?|militants?|militantes?|activit[ée]s?)\s+politiques?(?:\s+locaux|\s+local)?|sympathisant" + _E + r"s?\s+de\s+notre\s+parti|parti\s+politique|apolitique|neutre\s+politiquement|politiquement\s+neutre|militant" + _E + r"s?\s+(?:politique|d'un\s+parti)|sympathisant" + _E + r"s?\s+(?:du|d'un|de)\s+(?:parti|mouvement)|membre\s+(?:du|d'un)\s+parti|carte\s+(?:du|d'un)\s+parti|encart[ée]" + _E + r"s?"),
    _r("union", r"(?:non[- ]?)?syndiqu[ée]" + _E + r"s?|activisme\s+syndical|(?:jamais|pas|aucun)\s+[\w\s']{0,40}d[ée]l[ée]gu[ée]" + _E + r"\s+syndica\w*|(?:appartenance|affiliation|activit[ée]s?|engagement|adh[ée]sion)\s+syndica\w+|sans\s+(?:mandat|pass[ée]|[ée]tiquette|activit[ée])\s+syndica\w+|pas\s+de\s+syndicat|adh[ée]sion\s+(?:à\s+un|au)\s+syndicat|affili[ée]" + _E + r"s?\s+(?:à\s+un|au)\s+syndicat"),
    # --- wealth, birth, social origin, sexual orientation ---
    # Round 15: debt settlement of the candidate ("les personnes en règlement collectif de dettes ne seront pas retenues"),
    # not the service a debt mediator works in ("institution agréée en médiation de dettes", "suivre les procédures en
    # règlement collectif de dettes", "service de médiation de dettes").
    _r("wealth", r"r[èe]glement\s+collectif\s+de\s+dettes|m[ée]diation\s+de\s+dettes",
       not_before=r"(?:proc[ée]dures?|dossiers?|services?|cellule|institution|centre|agr[ée]\w*|sp[ée]cialis\w*|mati[èe]re|missions?|gestion|suivi|"
       r"guidance|accompagnement|formation|exp[ée]riences?|connaissances?|m[ée]diat\w+|juge|requ[êe]tes?|introduire|assurer)\s+(?:(?:en|de|du|des|d'une?|la|le)\s+)*"),
    _r("wealth", r"extraits?\s+de\s+compte(?:\s+bancaire)?|relev[ée]s?\s+bancaires?|(?:[êe]tre|[êe]tes|soyez)\s+propri[ée]taire|propri[ée]taire\s+(?:de\s+)?(?:votre|son|sa|un|une|d'un|d'une)\s+(?:logement|maison|appartement|r[ée]sidence|bien)|fortune\s+personnelle|patrimoine\s+(?:personnel|financier|immobilier)|solvabilit[ée]\s+personnelle|(?:personne|candidat" + _E + r")s?\s+solvables?|ais[ée]" + _E + r"s?\s+financi[èe]rement|situation\s+financi[èe]re\s+(?:stable|saine|confortable|ais[ée]e)|revenus?\s+(?:personnels?\s+)?confortables?"),
    _r("birth", r"n[ée]" + _E + r"s?\s+(?:en|apr[èe]s|avant)\s+(?:19|20)\d\d|n[ée]" + _E + r"s?\s+hors\s+mariage|n[ée]" + _E + r"s?\s+dans\s+la\s+r[ée]gion", not_before=r"projet|atelier|entreprise|soci[ée]t[ée]|marque|concept"),
    _r("birth", r"de\s+naissance|lieu\s+de\s+naissance|n[ée]" + _E + r"s?\s+(?:à|au|aux|en)\s+(?-i:[A-ZÉ])\w+|enfant\s+(?:l[ée]gitime|naturel)|naissance\s+(?:l[ée]gitime|en\s+Belgique|en\s+France)", not_before=r"dossiers?|actes?|allocations?|cong[ée]s?|primes?|d[ée]clarations?|salles?|blocs?|maisons?|centres?|unit[ée]s?|p[ôo]les?", not_after=r"du\s+projet|d'un\s+projet|et\s+d'adoption|de\s+l'entreprise"),
    _r("social_origin", r"b[ée]n[ée]ficiaires?\s+du\s+CPAS\s+(?:ne|s'abstenir|exclus)|enfants?\s+d'(?:ind[ée]pendants?|commer[çc]ants?|ouvriers?|agriculteurs?|m[ée]decins?|cadres?|notables?)|profession\s+des\s+parents|grandi\s+dans\s+les\s+(?:quartiers|cit[ée]s)|issu" + _E + r"s?\s+d'(?:un|une)\s+(?:bon(?:ne)?|certain(?:e)?|grand(?:e)?|haut(?:e)?)\s+(?:milieu|famille|rang)|milieu\s+(?:social\s+)?(?:ais[ée]|favoris[ée]|modeste|d[ée]favoris[ée]|populaire|bourgeois|privil[ée]gi[ée])|bonne\s+famille|(?:classe|origine|condition)s?\s+sociales?|bien\s+n[ée]" + _E + r"|quartiers?\s+(?:chics?|difficiles?|sensibles?|populaires?)"),
    _r("sexual_orientation", r"couple\s+(?:traditionnel|h[ée]t[ée]ro\w*)(?:\s+homme-femme)?|h[ée]t[ée]ro(?:sexuel(?:le)?)?s?|homosexuel(?:le)?s?|gays?|lesbiennes?|bisexuel(?:le)?s?|orientation\s+sexuelle|LGBT\w*\+?|transgenres?", not_before=_STAFF),
]

_INCLUSIVE_RE = re.compile(
    r"sans\s+distinction|quel(?:le)?s?\s+que\s+soi(?:t|ent)|sans\s+discrimination|ind[ée]pendamment\s+d|"
    r"ouvert(?:e|s|es)?\s+[àa]\s+tou(?:s|tes)|[ée]galit[ée]\s+des\s+chances|diversit[ée]|non[- ]discrimination|"
    r"ne\s+(?:tenons|tiendrons|tient)\s+pas\s+compte|aucune\s+(?:discrimination|distinction)|"
    r"(?:hommes?|femmes?)\s+(?:et|ou)\s+(?:femmes?|hommes?)|handi[- ]?accueillant|de\s+tous\s+(?:[âa]ges|horizons)|"
    r"tous\s+(?:les\s+)?[âa]ges|[âa]ge\s+l[ée]gal|toutes\s+(?:les\s+)?origines|non\s+discriminatoire|accessible\s+[àa]\s+tou|"
    r"(?:hommes?|femmes?)\s+(?:et|ou)\s+(?:des\s+|les\s+|aux\s+)(?:femmes?|hommes?)|inclusi(?:on|f|ve|vit[ée])|mixit[ée]",
    re.I,
)

# Feminine job nouns: a title or "recherchons une vendeuse" with no masculine form nor H/F marker names one sex.
FEMININE_TITLES: dict[str, str] = {
    "vendeuse": "vendeur", "serveuse": "serveur", "hôtesse": "hôte", "caissière": "caissier", "coiffeuse": "coiffeur",
    "esthéticienne": "esthéticien", "nourrice": "", "gouvernante": "gouvernant", "lingère": "linger",
    "repasseuse": "repasseur", "aide-ménagère": "aide-ménager", "employée": "employé", "assistante": "assistant",
    "conseillère": "conseiller", "animatrice": "animateur", "éducatrice": "éducateur", "infirmière": "infirmier",
    "aide-soignante": "aide-soignant", "boulangère": "boulanger", "pâtissière": "pâtissier", "couturière": "couturier",
    "directrice": "directeur", "opératrice": "opérateur", "ouvrière": "ouvrier", "préparatrice": "préparateur",
    "technicienne": "technicien", "rédactrice": "rédacteur", "secrétaire (f)": "", "livreuse": "livreur",
    "magasinière": "magasinier", "cuisinière": "cuisinier", "agente": "agent", "commise": "commis",
    "plongeuse": "plongeur", "standardiste (f)": "", "baby-sitteuse": "", "femme de ménage": "", "femme de chambre": "",
    "factrice": "facteur", "acheteuse": "acheteur", "chauffeuse": "chauffeur", "masseuse": "masseur",
    "danseuse": "danseur", "manucure": "", "auxiliaire de vie (f)": "", "ménagère": "ménager", "jardinière": "jardinier",
    "bouchère": "boucher", "puéricultrice": "puériculteur", "fleuriste (f)": "", "barmaid": "barman", "jeune fille": "",
}
# The reference's GENDERED_TITLE rule also names "ouvrier" without H/F when it opens a sentence ("Ouvrier recherché").
_MASCULINE_OPENING_RE = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:[-*•]\s*)?(ouvrier)s?\b(?![^.\n]{0,60}(?:\(?[hfmx]\s*/|ouvri[èe]re|\(e\)|\(i[eè]re\)))[^.\n]{0,40}recherch", re.I)
_MASCULINE_OPENING_SCAN = GatedPattern(_MASCULINE_OPENING_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_FEM_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(FEMININE_TITLES, key=len, reverse=True)) + r")(?![\w-])", re.I
)
_HF_MARKER_RE = re.compile(r"\b[hfmx]\s*/\s*[hfmx]\b|\([hfmx]\s*/|\(e\)|\((?:ne|ère|euse|trice|se)\)|\.e\b|·|\bou\b|\b(?:homme|femme)s?\s+(?:ou|et)\b", re.I)
_HF_MARKER_SCAN = GatedPattern(_HF_MARKER_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _gender_mentions(text: str, field: str, lowered: str | None = None) -> list[Mention]:
    found: list[Mention] = []
    for m in _FEM_SCAN.finditer(text, lowered):
        noun = m.group(1).lower()
        masc = FEMININE_TITLES.get(noun, "")
        around = text[max(0, m.start() - 40) : m.end() + 40]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if field == "title":
            if _HF_MARKER_SCAN.search(text) or "/" in text or (masc and re.search(rf"(?<![\w]){re.escape(masc)}s?(?![\w])", text, re.I)):
                continue
        else:
            before = text[max(0, m.start() - 25) : m.start()]
            at_start = text[line_start : m.start()].strip(" -*•>\t") == "" or re.search(r"[.!?]\s+$", before) is not None
            # Only the person sought: "recherchons une secrétaire", not a colleague ("sous la responsabilité de la
            # Directrice", "accompagné(e) d'une assistante").
            if not at_start and not re.search(r"(?:recherch\w*|recrut\w*|cherch\w*|poste\s+d[e']|emploi\s+d[e']|engag\w*|embauch\w*)\s+(?:une?\s+|d'une?\s+)?(?:\w+\s+)?$", before, re.I):
                continue
            if re.search(r"^\s*(?:\(|/|-?\s*[hf]\s*/|ou\b|et\b)", text[m.end() : m.end() + 12], re.I) or re.search(r"/\s*$", before):
                continue
            if _HF_MARKER_RE.search(around) or (masc and re.search(rf"(?<![\w]){re.escape(masc)}s?(?![\w])", line, re.I)):
                continue
        found.append(Mention("protected_criterion", m.start(), m.end(), {"criterion": "sex"}, family="protected"))
        if noun == "jeune fille":
            found.append(Mention("protected_criterion", m.start(), m.end(), {"criterion": "age"}, family="protected"))
    return found


# "junior" names the person sought in a title, "Poste de comptable junior" or "nous recherchons un(e) X junior"; once
# the ad has named the post, "Le/la Data Scientist junior participera…", "deux Data Scientist junior" (colleagues)
# or "En tant que développeur junior, vous…" repeat the job's name and ask nothing more.
_JOB_NAME_BEFORE_RE = re.compile(
    r"(?<![\w])(?:le|la|le/la|la/le|l'|les|nos|notre|vos|votre|ce|cette|ces|deux|trois|quatre|plusieurs|en\s+tant\s+qu[e'])\s*(?:[\w'-]+\s+){0,3}$",
    re.I,
)
_RECRUIT_RE = re.compile(r"recherch|recrut|cherch|embauch|engag|poste|profil|candidat", re.I)


def _job_name_repeated(text: str, layout: Layout, start: int) -> bool:
    s, _ = layout.sentence_at(start)
    before = text[max(s, start - 60) : start]
    return bool(_JOB_NAME_BEFORE_RE.search(before)) and not _RECRUIT_RE.search(text, s, start)


# "notre atelier de Mons, né en 1998": a birth year of a thing (a workshop, a brand, a project), not of a person.
# The participle itself ("né en", "nées après"), not any match that starts with the letters ("néerlandophone de
# naissance" is a language origin, whatever the sentence says of the company).
_BORN_RE = re.compile(r"n[ée]" + _E + r"s?\s", re.I)
# A company's birthplace ("groupe international né en Martinique", "PME née en Bretagne") is not a person's.
_THING_RE = re.compile(
    r"(?<![\w])(?:projet|atelier|entreprise|soci[ée]t[ée]|marque|concept|magasin|restaurant|asbl|boutique|start-?up|"
    r"groupe|PME|ETI|TPE|DSI|cabinet|agence|enseigne|structure|association|r[ée]seau|maison|label|plateforme|application)(?![\w])",
    re.I,
)
_PERSON_RE = re.compile(r"(?<![\w])(?:vous|tu|candidat\w*|personnes?|profils?|postulant\w*)(?![\w])", re.I)


def _born_is_a_thing(text: str, layout: Layout, start: int) -> bool:
    s, e = layout.sentence_at(start)
    return bool(_THING_RE.search(text, s, e)) and not _PERSON_RE.search(text, s, e)


# "Bonne condition physique (port de charges)": fitness tied to the job's physical tasks on the same line is a task
# demand (the guide leaves physical demands unlabelled); only a general fitness demand ("… pour ce poste de bureau")
# excludes by health and disability.
_FITNESS_RE = re.compile(r"(?:bonne|excellente|parfaite)\s+condition\s+physique", re.I)
_TASK_DEMAND_RE = re.compile(
    r"port\s+de\s+charges?|charges?\s+lourdes?|manutention|station\s+debout|travail\s+(?:physique|debout|en\s+ext[ée]rieur)|"
    r"efforts?\s+physiques?|d[ée]placements?\s+(?:fr[ée]quents?|quotidiens?)|chantiers?|ext[ée]rieur|tous\s+les\s+temps|intemp[ée]ries|entrep[ôo]t|port\s+de\s+colis|soulever",
    re.I,
)


def _line_around(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


_SCANNER = MultiPattern([r.pattern for r in RULES])
_FEM_SCAN = GatedPattern(_FEM_RE)


def find_protected(text: str, layout: Layout, field: str = "description", lowered: str | None = None) -> list[Mention]:
    found: list[Mention] = []
    lowered = fold(text) if lowered is None else lowered  # shared by the gated scans below
    for i, m in _SCANNER.finditer(text, lowered):
        rule = RULES[i]
        if rule.not_before and rule.not_before.search(text, max(0, m.start() - 60), m.start()):
            continue
        if rule.not_after and rule.not_after.match(text, m.end()):
            continue
        if rule.must_before and not rule.must_before.search(text, max(0, m.start() - 60), m.start()):
            continue
        if rule.criterion == "age" and m.group(0).lower().startswith("junior") and _job_name_repeated(text, layout, m.start()):
            continue
        if _BORN_RE.match(m.group(0)) and _born_is_a_thing(text, layout, m.start()):
            continue
        if _FITNESS_RE.match(m.group(0)) and _TASK_DEMAND_RE.search(text, *_line_around(text, m.start())):
            continue
        found.append(Mention("protected_criterion", m.start(), m.end(), {"criterion": rule.criterion}, family="protected"))
    found.extend(_gender_mentions(text, field, lowered))
    for m in _MASCULINE_OPENING_SCAN.finditer(text):
        found.append(Mention("protected_criterion", m.start(1), m.end(1), {"criterion": "sex"}, family="protected"))
    kept: list[Mention] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        s, e = layout.sentence_at(cand.start)
        if _INCLUSIVE_RE.search(text, s, max(e, cand.end)):
            continue  # an equal-treatment statement names criteria without asking for them
        if any(k.attrs["criterion"] == cand.attrs["criterion"] and k.start < cand.end and cand.start < k.end for k in kept):
            continue
        kept.append(cand)
    return kept
