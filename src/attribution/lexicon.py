"""Word lists the extractors use, kept as data in one place.

Plugins extend the cue lexicon through the
:func:`~attribution.hookspecs.attribution_cue_verbs` hook; the other lists
(titles, pronouns, boilerplate markers) are module constants that a plugin
may read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from attrs import frozen

from attribution._model import CueVerb, Stance

__all__ = [
    "ADDRESSEE_VERBS",
    "AMBIGUOUS_NOUNS",
    "ANONYMOUS_HEADS",
    "BARE_CLAUSE_VERBS",
    "CUE_VERBS",
    "DOCUMENT_HEADS",
    "HONORIFICS",
    "INFINITIVE_VERBS",
    "INVERTING_VERBS",
    "MEDIA_NAMES",
    "NOT_REPORTING_VERBS",
    "NP_OBJECT_VERBS",
    "ORGANIZATION_HEADS",
    "PRONOUNS",
    "QUOTE_ONLY_VERBS",
    "REGION_NAMES",
    "ROLE_NOUNS",
    "SHORT_NAMES",
    "TITLE_WORDS",
    "WEAK_OBJECT_VERBS",
    "Lexicon",
    "inflect",
]

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "think": ("think", "thinks", "thought", "thinking"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "find": ("find", "finds", "found", "finding"),
    "hold": ("hold", "holds", "held", "holding"),
    "put": ("put", "puts", "putting"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "forbid": ("forbid", "forbids", "forbade", "forbidden", "forbidding"),
    "read": ("read", "reads", "reading"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "refer": ("refer", "refers", "referred", "referring"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "commit": ("commit", "commits", "committed", "committing"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    # heads of phrasal cues ("went after", "shot back", "took aim at"): a
    # phrase takes its head's forms, see inflect()
    "go": ("go", "goes", "went", "going"),
    "stand": ("stand", "stands", "stood", "standing"),
    "fight": ("fight", "fights", "fought", "fighting"),
    "take": ("take", "takes", "took", "taking"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "cut": ("cut", "cuts", "cutting"),
    # the base form is nearly always the noun ("the state", "GOP state leaders")
    "state": ("stated", "stating"),  # "states" is mostly the plural noun too
}


def inflect(lemma: str) -> tuple[str, ...]:
    """The usual English forms of a regular verb: base, -s, -ed, -ing.

    >>> inflect("deny")
    ('deny', 'denies', 'denied', 'denying')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if " " in lemma:
        head, _, rest = lemma.partition(" ")
        return tuple(f"{f} {rest}" for f in inflect(head))
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma, lemma + "s", stem + "ed", stem + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


_ASSERT = """
    say tell claim add warn insist announce note state explain argue assert
    declare stress emphasize emphasise underline underscore affirm reaffirm
    confirm acknowledge admit concede reiterate repeat clarify continue comment
    respond reply answer remark observe point_out mention suggest indicate
    report write tweet post predict promise pledge vow threaten urge demand
    call_for recall describe caution allege accuse charge complain contend
    maintain believe think estimate conclude testify disclose reveal
    speculate recommend propose order ask question wonder hint imply signal
    boast brag joke quip lament regret concede counter retort rebut
    highlight specify elaborate agree guarantee assure reassure inform
    advise notify proclaim proclaim admit allege criticize criticise
    condemn praise welcome hail blame acknowledge recount relate express
    voice speak declare describe
    denounce applaud endorse champion fear hope expect feel worry doubt
    recognize recognise understand acknowledge concede insist project forecast
    find show suggest figure reckon muse opine blast slam attack defend dispute
    challenge mock ridicule cite liken compare tout trumpet stress lament
    decry deplore slam predict vow reiterate acknowledge reaffirm complain
    call dub label brand term offer oppose support
    learn realize realise suspect want
    seek plan point_to refer_to talk_about discuss view consider
    favor favour prefer echo thank remind request encourage assail call_on
    fire_back shoot_back hit_back push_back write_back read
    interject chime_in cut_in weigh_in
    speak_about speak_of ask_about ask_for warn_of warn_about vote_for vote_against rail_against
    agree_with side_with weigh_in_on comment_on joke_about worry_about complain_about complain_of
    apologize_for apologise_for boast_about boast_of push_for advocate_for argue_for argue_against
    campaign_for campaign_against focus_on
    write_about lash_out_at take_aim_at go_after hit_out_at stand_with fight_for fight_against
    speak_out_against speak_out_about call_out
    shout yell scream chant put_it
    bemoan chide scold lambaste berate rebuke exhort laud portray
    scoff sneer taunt plead implore marvel surmise inquire
"""

_DENY = "deny reject dismiss refute contradict rebuff disavow repudiate deny_that"
_NOT_CONFIRM = "not_confirm"
_REFUSE = "decline refuse"


def _build_default() -> tuple[CueVerb, ...]:
    out: dict[str, CueVerb] = {}
    for word in _ASSERT.split():
        lemma = word.replace("_", " ")
        out.setdefault(lemma, CueVerb(lemma, inflect(lemma), Stance.ASSERT))
    for word in _DENY.split():
        if "_" in word:
            continue
        out[word] = CueVerb(word, inflect(word), Stance.DENY)
    for word in _REFUSE.split():
        out[word] = CueVerb(word, inflect(word), Stance.REFUSE)
    return tuple(out.values())


#: Cue lemmas whose base form is as often a noun ("a failed state", "the
#: call", "an action figure"): after a lowercase word that cannot precede a
#: verb, the ``reported`` plugin reads them as nouns.
AMBIGUOUS_NOUNS = frozenset(
    ["call", "report", "claim", "comment", "answer", "question", "attack", "support", "order", "charge", "plan", "view", "request", "offer", "demand", "echo", "favor", "favour", "note", "promise", "pledge", "vow", "blast", "slam", "quip", "joke", "tweet", "post", "signal", "hint", "voice", "label", "brand", "term", "cite", "praise", "welcome", "blame", "defend", "challenge", "mock", "fear", "hope", "doubt", "worry", "estimate", "forecast", "project", "guarantee", "counter", "reply", "respond", "figure", "read", "thank", "remark", "caution", "testify", "protest", "complaint", "complain", "state", "continue", "spoke", "speak", "back", "push", "vote", "aim", "focus", "recommend", "propose", "find", "show", "chant", "shout", "yell", "scream"]
)

#: The default English cue verbs (contributed by the builtin ``cues`` plugin).
CUE_VERBS: tuple[CueVerb, ...] = _build_default()

#: Courtesy titles dropped from canonical names.
HONORIFICS = frozenset(
    ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Sen.", "Sen", "Rep.", "Rep", "Gov.", "Gov", "Lt.", "Gen.", "Col.", "Capt.", "Sgt.", "Adm.", "Maj.", "Rev.", "Hon.", "St.", "Mx"]
)

#: Nouns that name a role or office; used to recognise speaker descriptions
#: ("the spokesperson", "This White House official") and appositions.
ROLE_NOUNS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister", "ministers", "president", "vice-president", "secretary", "ambassador", "envoy", "adviser", "advisor", "advisers", "advisors", "coordinator", "director", "chief", "head", "leader", "chairman", "chairwoman", "chair", "senator", "congressman", "congresswoman", "representative", "governor", "mayor", "lawmaker", "lawmakers", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "commander", "general", "admiral", "officer", "officers", "spokesmen", "negotiator", "negotiators", "premier", "chancellor", "king", "queen", "prince", "sheikh", "ayatollah", "cleric", "lawyer", "attorney", "prosecutor", "judge", "justice", "candidate", "nominee", "campaign", "manager", "strategist", "economist", "professor", "researcher", "scientist", "source", "sources", "aide", "aides", "staffer", "deputy", "undersecretary", "under-secretary", "counselor", "counsellor", "correspondent", "reporter", "editor", "columnist", "author", "executive", "ceo", "founder", "member", "members", "delegate", "delegation", "representative", "representatives", "administrator", "commissioner", "inspector", "investigator", "investigators", "witness", "witnesses", "resident", "residents", "activist", "activists", "observer", "observers", "pollster", "pollsters", "surrogate", "spokesperson's", "mission", "treasurer", "councillor", "councilor", "councilman", "councilwoman", "clerk", "sheriff", "superintendent", "comptroller", "auditor", "chancellor", "provost", "dean", "rector", "principal", "marshal", "mayor-elect", "president-elect", "chairperson", "vice-chair", "headmaster", "bishop", "archbishop", "pope", "imam", "rabbi", "pastor", "ambassador-at-large", "attorney-general", "solicitor", "barrister", "commentator", "anchor", "host", "producer"]
)

#: Lower-case modifiers that occur inside titles ("foreign ministry spokesman").
TITLE_WORDS = frozenset(
    ["foreign", "ministry", "deputy", "senior", "former", "national", "security", "special", "state", "prime", "vice", "acting", "top", "general", "press", "defense", "defence", "intelligence", "affairs", "strategic", "communications", "chief", "supreme", "permanent", "assistant", "associate", "interim", "federal", "regional", "military", "economic", "political", "principal", "executive", "managing", "presidential", "white", "house", "spokesman's", "public"]
)

#: Head nouns of organisation names ("the Ministry", "the White House").
ORGANIZATION_HEADS = frozenset(
    ["ministry", "department", "agency", "office", "council", "committee", "commission", "government", "administration", "house", "kremlin", "pentagon", "embassy", "mission", "party", "campaign", "company", "corporation", "bank", "court", "parliament", "congress", "senate", "army", "military", "police", "service", "services", "union", "organization", "organisation", "group", "coalition", "alliance", "nato", "un", "iaea", "who", "eu", "board", "bureau", "authority", "authorities", "institute", "foundation", "center", "centre", "university", "school", "team", "nations", "states", "kingdom", "federation", "republic", "ministries", "departments", "agencies", "governments", "forces"]
)

#: Head nouns that make a speaker a document ("A … assessment said").
DOCUMENT_HEADS = frozenset(
    ["report", "reports", "assessment", "statement", "letter", "letters", "document", "documents", "memo", "study", "survey", "poll", "analysis", "filing", "complaint", "indictment", "lawsuit", "ruling", "resolution", "communique", "communiqué", "readout", "transcript", "book", "article", "op-ed", "editorial", "release", "memorandum"]
)

#: Words marking an unnamed source ("sources said", "a senior official").
ANONYMOUS_HEADS = frozenset(
    ["anonymous", "unnamed", "unidentified", "source", "sources", "insider", "insiders"]
)

#: News media whose name, after "according to", relays another speaker.
MEDIA_NAMES = frozenset(
    ["IRNA", "Sputnik", "CNN", "Reuters", "AP", "AFP", "Bloomberg", "BBC", "Tasnim", "Fars", "ISNA", "Mehr", "TASS", "RIA", "Xinhua", "Kyodo", "Yonhap", "Axios", "Politico", "Breitbart", "Fox", "MSNBC", "NBC", "CBS", "ABC", "NPR", "Guardian", "Times", "Post", "Journal", "Telegraph", "Independent", "Haaretz", "Interfax", "Al-Jazeera", "Aljazeera", "Anadolu"]
)

#: Regions written after a city ("in Columbus, Ohio,"): US states, their
#: AP abbreviations and a few others, so that the region is not a speaker.
REGION_NAMES = frozenset(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
     "Washington", "Wisconsin", "Wyoming", "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Island",
     "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
     "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
     "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.",
     "Wis.", "W.Va.", "Wyo.", "D.C.", "England", "Scotland", "Wales", "Ontario", "Quebec", "Bavaria"]
)

#: Abbreviations written as speakers, with the name they stand for.
SHORT_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "US": "United States",
        "U.S.": "United States",
        "USA": "United States",
        "UK": "United Kingdom",
        "U.K.": "United Kingdom",
        "UN": "United Nations",
        "U.N.": "United Nations",
        "EU": "European Union",
        "NATO": "NATO",
    }
)

#: Pronouns that can be speakers, with their number/gender class.
PRONOUNS: Mapping[str, str] = MappingProxyType(
    {
        "he": "male",
        "him": "male",
        "she": "female",
        "her": "female",
        "they": "plural",
        "it": "neuter",
        "i": "first",
        "we": "plural",
    }
)


@frozen
class Lexicon:
    """Cue word forms known to the pipeline, built from all plugins' cue verbs."""

    #: word form (lower case) -> its entry
    forms: Mapping[str, CueVerb]
    #: the forms, sorted: a hashable key for caches of compiled patterns
    key: tuple[str, ...] = ()

    @classmethod
    def build(cls, entries: Iterable[CueVerb]) -> Lexicon:
        """Merge entries; a later entry for the same form replaces an earlier one."""
        forms: dict[str, CueVerb] = {}
        for entry in entries:
            for form in entry.forms:
                forms[form.lower()] = entry
        return cls(MappingProxyType(forms), tuple(sorted(forms)))

    def lookup(self, word: str) -> CueVerb | None:
        """The entry for a word form, case-insensitively, or None."""
        return self.forms.get(word.lower())

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.forms

    def alternation(self) -> str:
        """A regex alternation of all forms, longest first (for ``regex`` patterns)."""
        import regex

        words = sorted(self.forms, key=lambda w: (-len(w), w))
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


# ---------------------------------------------------------------- verb classes
# How the ``reported`` plugin reads what follows a cue verb (by lemma).

#: Cue lemmas that take a bare clause: "said the plan failed".
BARE_CLAUSE_VERBS = frozenset(["say", "claim", "believe", "think", "insist", "argue", "suggest", "report", "estimate", "predict", "acknowledge", "deny", "reject", "dismiss", "confirm", "reiterate", "repeat", "specify", "allege", "assert", "state", "admit", "concede", "refute", "rebuff", "announce", "recall", "tell", "know", "hope", "fear", "contend", "maintain", "reaffirm", "disclose", "reveal", "indicate", "feel", "expect", "worry", "doubt", "figure", "reckon", "guess", "warn", "write", "add", "find", "show"])

#: Cue lemmas whose noun-phrase object is what was said: "denounced the
#: “sordid transactions”", "rejected US statements that …".
NP_OBJECT_VERBS = frozenset(["deny", "reject", "dismiss", "refute", "rebuff", "confirm", "reiterate", "repeat", "acknowledge", "announce", "recall", "criticize", "criticise", "denounce", "condemn", "praise", "welcome", "hail", "applaud", "endorse", "blame", "decry", "deplore", "dispute", "challenge", "defend", "tout", "cite", "describe", "mention", "specify", "disclose", "reveal", "question"])

#: Cue lemmas whose infinitive is the content: "promised to take bold action".
INFINITIVE_VERBS = frozenset(["promise", "vow", "pledge", "threaten", "refuse", "decline", "agree", "offer", "urge", "want", "hope", "ask", "seek", "plan", "intend", "aim", "expect", "encourage", "call on", "push"])

#: Cue lemmas whose object is rarely what was said ("planned the trip",
#: "read the book"): content only after "that" or a colon. Their precision
#: with plain objects on PolNeAR train was below 0.35.
WEAK_OBJECT_VERBS = frozenset(["continue", "speak", "plan", "figure", "advise", "maintain", "state", "pledge", "consider", "read"])

#: Cue lemmas that report speech only before a colon or "that" ("he
#: continued: …"); with other complements they were wrong two times out of
#: three on PolNeAR train.
QUOTE_ONLY_VERBS = frozenset(["figure", "continue", "speak", "maintain"])

#: Cue lemmas that take an addressee before the content: "told a packed
#: crowd in Windham that …".
ADDRESSEE_VERBS = frozenset(["tell", "assure", "inform", "remind", "warn", "brief", "promise", "write", "show", "convince", "persuade"])

#: Cue lemmas that take their subject after them in a trailing attribution
#: ("…, said Kirby", "…, recalled Smith"). Others take an object there:
#: "…, Kelly Smith, told POLITICO she …", "…, endorsed Donald Trump".
INVERTING_VERBS = frozenset([
    "say", "add", "ask", "write", "explain", "note", "continue", "recall", "argue", "insist", "reply", "respond",
    "warn", "claim", "observe", "remark", "quip", "joke", "declare", "conclude", "answer", "tweet", "comment",
    "counter", "acknowledge", "admit", "concede", "suggest", "predict", "complain", "exclaim", "muse", "opine",
    "agree", "state", "report", "emphasize", "emphasise", "stress", "point out", "caution", "confirm", "allege",
    "assert", "contend", "maintain", "reiterate", "repeat", "recount", "boast", "laugh", "sigh", "shout", "yell",
    "scream", "whisper", "cry", "chant", "mutter", "read", "begin", "go on", "deny", "reveal", "estimate",
    "announce", "think", "believe", "wonder", "hope", "fear", "worry", "sum up", "put it", "speculate", "predict",
])

#: Past tenses outside the lexicon that do not report a statement when
#: "that" follows ("ensured that", "seemed that").
NOT_REPORTING_VERBS = frozenset(["ensured", "required", "needed", "assumed", "guessed", "ended", "proved", "seemed", "appeared", "happened", "remained", "mattered", "suggested", "showed", "reminded", "used", "based", "aimed", "designed", "intended", "worried", "concerned"])

