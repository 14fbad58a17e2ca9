//! French conjugation: the simple tenses (présent, imparfait, passé simple,
//! futur, conditionnel, subjonctif présent and imparfait), the imperative,
//! the present participle and the past participle with its agreement.
//!
//! Regular *-er* verbs with their spelling changes (*commençons*,
//! *mangeons*, *appelle*, *achète*, *emploie*, *répète*, *lève*) and regular
//! *-ir* verbs (*finissons*) follow rules; the other verbs follow a table of
//! principal parts ([`IRREGULAR`]), matched on the end of the infinitive so
//! that a table entry serves its compounds (*mettre* → *remettre*,
//! *permettre*; *venir* → *devenir*, *prévenir*; *duire* → *produire*).

/// Endings of the présent (and of the imperative, which borrows them) of an
/// *-er* verb, after the stem.
const ER_PRESENT: [&str; 6] = ["e", "es", "e", "ons", "ez", "ent"];

/// Endings of the imparfait and of the conditionnel.
const IMPERFECT: [&str; 6] = ["ais", "ais", "ait", "ions", "iez", "aient"];

/// Endings of the futur.
const FUTURE: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];

/// Endings of the subjonctif présent for je, tu, il, ils; and nous, vous.
const SUBJUNCTIVE_SINGULAR: [&str; 4] = ["e", "es", "e", "ent"];
const SUBJUNCTIVE_PLURAL: [&str; 2] = ["ions", "iez"];

/// The principal parts of a verb that does not follow the *-er* or *-ir*
/// rules. Every part replaces [`Irregular::ending`] at the end of the
/// infinitive, so that one entry serves the verbs ending the same way.
struct Irregular {
    /// The end of the infinitive the entry is for.
    ending: &'static str,
    /// Only the infinitive itself or with *re-* (*naître*, *renaître*; not
    /// *connaître*).
    whole: bool,
    /// The six persons of the présent.
    present: [&'static str; 6],
    /// The stem of the imparfait.
    imperfect: &'static str,
    /// The passé simple up to its thematic vowel: *vin*, *pri*, *reçu*;
    /// ending in `a`, the *-er* endings (*alla*).
    simple_past: &'static str,
    /// The stem of the futur and the conditionnel.
    future: &'static str,
    /// The stems of the subjonctif présent (je, tu, il, ils; nous, vous);
    /// empty when [`Irregular::extra`] spells it out.
    subjunctive: [&'static str; 2],
    /// The masculine singular past participle.
    past_participle: &'static str,
    /// The present participle.
    present_participle: &'static str,
    /// Forms no rule gives (*sois*, *aie*, *sachez*, *va*).
    extra: &'static [&'static str],
}

/// Verbs of the third group and the irregular *-er* verb *aller*; the longest
/// matching ending wins.
const IRREGULAR: &[Irregular] = &[
    Irregular {
        ending: "être",
        whole: true,
        present: ["suis", "es", "est", "sommes", "êtes", "sont"],
        imperfect: "ét",
        simple_past: "fu",
        future: "ser",
        subjunctive: ["", ""],
        past_participle: "été",
        present_participle: "étant",
        extra: &["sois", "soit", "soyons", "soyez", "soient"],
    },
    Irregular {
        ending: "avoir",
        whole: true,
        present: ["ai", "as", "a", "avons", "avez", "ont"],
        imperfect: "av",
        simple_past: "eu",
        future: "aur",
        subjunctive: ["", ""],
        past_participle: "eu",
        present_participle: "ayant",
        extra: &["aie", "aies", "ait", "ayons", "ayez", "aient"],
    },
    Irregular {
        ending: "aller",
        whole: true,
        present: ["vais", "vas", "va", "allons", "allez", "vont"],
        imperfect: "all",
        simple_past: "alla",
        future: "ir",
        subjunctive: ["aill", "all"],
        past_participle: "allé",
        present_participle: "allant",
        extra: &[],
    },
    Irregular {
        ending: "faire",
        whole: false,
        present: ["fais", "fais", "fait", "faisons", "faites", "font"],
        imperfect: "fais",
        simple_past: "fi",
        future: "fer",
        subjunctive: ["fass", "fass"],
        past_participle: "fait",
        present_participle: "faisant",
        extra: &[],
    },
    Irregular {
        ending: "pouvoir",
        whole: true,
        present: ["peux", "peux", "peut", "pouvons", "pouvez", "peuvent"],
        imperfect: "pouv",
        simple_past: "pu",
        future: "pourr",
        subjunctive: ["puiss", "puiss"],
        past_participle: "pu",
        present_participle: "pouvant",
        extra: &["puis"],
    },
    Irregular {
        ending: "vouloir",
        whole: true,
        present: ["veux", "veux", "veut", "voulons", "voulez", "veulent"],
        imperfect: "voul",
        simple_past: "voulu",
        future: "voudr",
        subjunctive: ["veuill", "voul"],
        past_participle: "voulu",
        present_participle: "voulant",
        extra: &["veuillons", "veuillez"],
    },
    Irregular {
        ending: "devoir",
        whole: true,
        present: ["dois", "dois", "doit", "devons", "devez", "doivent"],
        imperfect: "dev",
        simple_past: "du",
        future: "devr",
        subjunctive: ["doiv", "dev"],
        past_participle: "dû",
        present_participle: "devant",
        extra: &["due", "dues", "dus"],
    },
    Irregular {
        ending: "savoir",
        whole: true,
        present: ["sais", "sais", "sait", "savons", "savez", "savent"],
        imperfect: "sav",
        simple_past: "su",
        future: "saur",
        subjunctive: ["sach", "sach"],
        past_participle: "su",
        present_participle: "sachant",
        extra: &["sachons", "sachez"],
    },
    Irregular {
        ending: "valoir",
        whole: false,
        present: ["vaux", "vaux", "vaut", "valons", "valez", "valent"],
        imperfect: "val",
        simple_past: "valu",
        future: "vaudr",
        subjunctive: ["vaill", "val"],
        past_participle: "valu",
        present_participle: "valant",
        extra: &[],
    },
    Irregular {
        ending: "voir",
        whole: false,
        present: ["vois", "vois", "voit", "voyons", "voyez", "voient"],
        imperfect: "voy",
        simple_past: "vi",
        future: "verr",
        subjunctive: ["voi", "voy"],
        past_participle: "vu",
        present_participle: "voyant",
        // prévoir, pourvoir: a regular futur.
        extra: &[
            "voirai",
            "voiras",
            "voira",
            "voirons",
            "voirez",
            "voiront",
            "voirais",
            "voirait",
            "voirions",
            "voiriez",
            "voiraient",
        ],
    },
    Irregular {
        ending: "cevoir",
        whole: false,
        present: ["çois", "çois", "çoit", "cevons", "cevez", "çoivent"],
        imperfect: "cev",
        simple_past: "çu",
        future: "cevr",
        subjunctive: ["çoiv", "cev"],
        past_participle: "çu",
        present_participle: "cevant",
        extra: &[],
    },
    Irregular {
        ending: "enir",
        whole: false,
        present: ["iens", "iens", "ient", "enons", "enez", "iennent"],
        imperfect: "en",
        simple_past: "in",
        future: "iendr",
        subjunctive: ["ienn", "en"],
        past_participle: "enu",
        present_participle: "enant",
        extra: &[],
    },
    Irregular {
        ending: "vrir",
        whole: false,
        present: ["vre", "vres", "vre", "vrons", "vrez", "vrent"],
        imperfect: "vr",
        simple_past: "vri",
        future: "vrir",
        subjunctive: ["vr", "vr"],
        past_participle: "vert",
        present_participle: "vrant",
        extra: &[],
    },
    Irregular {
        ending: "frir",
        whole: false,
        present: ["fre", "fres", "fre", "frons", "frez", "frent"],
        imperfect: "fr",
        simple_past: "fri",
        future: "frir",
        subjunctive: ["fr", "fr"],
        past_participle: "fert",
        present_participle: "frant",
        extra: &[],
    },
    Irregular {
        ending: "courir",
        whole: false,
        present: ["cours", "cours", "court", "courons", "courez", "courent"],
        imperfect: "cour",
        simple_past: "couru",
        future: "courr",
        subjunctive: ["cour", "cour"],
        past_participle: "couru",
        present_participle: "courant",
        extra: &[],
    },
    Irregular {
        ending: "mourir",
        whole: true,
        present: ["meurs", "meurs", "meurt", "mourons", "mourez", "meurent"],
        imperfect: "mour",
        simple_past: "mouru",
        future: "mourr",
        subjunctive: ["meur", "mour"],
        past_participle: "mort",
        present_participle: "mourant",
        extra: &[],
    },
    Irregular {
        ending: "quérir",
        whole: false,
        present: [
            "quiers",
            "quiers",
            "quiert",
            "quérons",
            "quérez",
            "quièrent",
        ],
        imperfect: "quér",
        simple_past: "qui",
        future: "querr",
        subjunctive: ["quièr", "quér"],
        past_participle: "quis",
        present_participle: "quérant",
        extra: &[],
    },
    Irregular {
        ending: "ueillir",
        whole: false,
        present: [
            "ueille", "ueilles", "ueille", "ueillons", "ueillez", "ueillent",
        ],
        imperfect: "ueill",
        simple_past: "ueilli",
        future: "ueiller",
        subjunctive: ["ueill", "ueill"],
        past_participle: "ueilli",
        present_participle: "ueillant",
        extra: &[],
    },
    Irregular {
        ending: "fuir",
        whole: false,
        present: ["fuis", "fuis", "fuit", "fuyons", "fuyez", "fuient"],
        imperfect: "fuy",
        simple_past: "fui",
        future: "fuir",
        subjunctive: ["fui", "fuy"],
        past_participle: "fui",
        present_participle: "fuyant",
        extra: &[],
    },
    Irregular {
        ending: "mettre",
        whole: false,
        present: ["mets", "mets", "met", "mettons", "mettez", "mettent"],
        imperfect: "mett",
        simple_past: "mi",
        future: "mettr",
        subjunctive: ["mett", "mett"],
        past_participle: "mis",
        present_participle: "mettant",
        extra: &[],
    },
    Irregular {
        ending: "battre",
        whole: false,
        present: ["bats", "bats", "bat", "battons", "battez", "battent"],
        imperfect: "batt",
        simple_past: "batti",
        future: "battr",
        subjunctive: ["batt", "batt"],
        past_participle: "battu",
        present_participle: "battant",
        extra: &[],
    },
    Irregular {
        ending: "prendre",
        whole: false,
        present: ["prends", "prends", "prend", "prenons", "prenez", "prennent"],
        imperfect: "pren",
        simple_past: "pri",
        future: "prendr",
        subjunctive: ["prenn", "pren"],
        past_participle: "pris",
        present_participle: "prenant",
        extra: &[],
    },
    Irregular {
        ending: "indre",
        whole: false,
        present: ["ins", "ins", "int", "ignons", "ignez", "ignent"],
        imperfect: "ign",
        simple_past: "igni",
        future: "indr",
        subjunctive: ["ign", "ign"],
        past_participle: "int",
        present_participle: "ignant",
        extra: &[],
    },
    Irregular {
        ending: "soudre",
        whole: false,
        present: ["sous", "sous", "sout", "solvons", "solvez", "solvent"],
        imperfect: "solv",
        simple_past: "solu",
        future: "soudr",
        subjunctive: ["solv", "solv"],
        past_participle: "solu",
        present_participle: "solvant",
        extra: &[],
    },
    Irregular {
        ending: "uire",
        whole: false,
        present: ["uis", "uis", "uit", "uisons", "uisez", "uisent"],
        imperfect: "uis",
        simple_past: "uisi",
        future: "uir",
        subjunctive: ["uis", "uis"],
        past_participle: "uit",
        present_participle: "uisant",
        extra: &[],
    },
    Irregular {
        ending: "aître",
        whole: false,
        present: ["ais", "ais", "aît", "aissons", "aissez", "aissent"],
        imperfect: "aiss",
        simple_past: "u",
        future: "aîtr",
        subjunctive: ["aiss", "aiss"],
        past_participle: "u",
        present_participle: "aissant",
        // The spelling of 1990, without the circumflex.
        extra: &["ait", "aitre"],
    },
    Irregular {
        ending: "naître",
        whole: true,
        present: ["nais", "nais", "naît", "naissons", "naissez", "naissent"],
        imperfect: "naiss",
        simple_past: "naqui",
        future: "naîtr",
        subjunctive: ["naiss", "naiss"],
        past_participle: "né",
        present_participle: "naissant",
        extra: &["nait"],
    },
    Irregular {
        ending: "lire",
        whole: false,
        present: ["lis", "lis", "lit", "lisons", "lisez", "lisent"],
        imperfect: "lis",
        simple_past: "lu",
        future: "lir",
        subjunctive: ["lis", "lis"],
        past_participle: "lu",
        present_participle: "lisant",
        extra: &[],
    },
    Irregular {
        ending: "crire",
        whole: false,
        present: ["cris", "cris", "crit", "crivons", "crivez", "crivent"],
        imperfect: "criv",
        simple_past: "crivi",
        future: "crir",
        subjunctive: ["criv", "criv"],
        past_participle: "crit",
        present_participle: "crivant",
        extra: &[],
    },
    Irregular {
        ending: "dire",
        whole: false,
        present: ["dis", "dis", "dit", "disons", "dites", "disent"],
        imperfect: "dis",
        simple_past: "di",
        future: "dir",
        subjunctive: ["dis", "dis"],
        past_participle: "dit",
        present_participle: "disant",
        // interdire, prédire: vous interdisez.
        extra: &["disez"],
    },
    Irregular {
        ending: "rire",
        whole: false,
        present: ["ris", "ris", "rit", "rions", "riez", "rient"],
        imperfect: "ri",
        simple_past: "ri",
        future: "rir",
        subjunctive: ["ri", "ri"],
        past_participle: "ri",
        present_participle: "riant",
        extra: &[],
    },
    Irregular {
        ending: "suivre",
        whole: false,
        present: ["suis", "suis", "suit", "suivons", "suivez", "suivent"],
        imperfect: "suiv",
        simple_past: "suivi",
        future: "suivr",
        subjunctive: ["suiv", "suiv"],
        past_participle: "suivi",
        present_participle: "suivant",
        extra: &[],
    },
    Irregular {
        ending: "vivre",
        whole: false,
        present: ["vis", "vis", "vit", "vivons", "vivez", "vivent"],
        imperfect: "viv",
        simple_past: "vécu",
        future: "vivr",
        subjunctive: ["viv", "viv"],
        past_participle: "vécu",
        present_participle: "vivant",
        extra: &[],
    },
    Irregular {
        ending: "croire",
        whole: false,
        present: ["crois", "crois", "croit", "croyons", "croyez", "croient"],
        imperfect: "croy",
        simple_past: "cru",
        future: "croir",
        subjunctive: ["croi", "croy"],
        past_participle: "cru",
        present_participle: "croyant",
        extra: &[],
    },
    Irregular {
        ending: "boire",
        whole: false,
        present: ["bois", "bois", "boit", "buvons", "buvez", "boivent"],
        imperfect: "buv",
        simple_past: "bu",
        future: "boir",
        subjunctive: ["boiv", "buv"],
        past_participle: "bu",
        present_participle: "buvant",
        extra: &[],
    },
    Irregular {
        ending: "plaire",
        whole: false,
        present: ["plais", "plais", "plaît", "plaisons", "plaisez", "plaisent"],
        imperfect: "plais",
        simple_past: "plu",
        future: "plair",
        subjunctive: ["plais", "plais"],
        past_participle: "plu",
        present_participle: "plaisant",
        extra: &["plait"],
    },
    Irregular {
        ending: "clure",
        whole: false,
        present: ["clus", "clus", "clut", "cluons", "cluez", "cluent"],
        imperfect: "clu",
        simple_past: "clu",
        future: "clur",
        subjunctive: ["clu", "clu"],
        past_participle: "clu",
        present_participle: "cluant",
        // inclus, incluse.
        extra: &["clus", "cluse", "cluses"],
    },
    Irregular {
        ending: "vaincre",
        whole: false,
        present: [
            "vaincs",
            "vaincs",
            "vainc",
            "vainquons",
            "vainquez",
            "vainquent",
        ],
        imperfect: "vainqu",
        simple_past: "vainqui",
        future: "vaincr",
        subjunctive: ["vainqu", "vainqu"],
        past_participle: "vaincu",
        present_participle: "vainquant",
        extra: &[],
    },
];

/// *-ir* verbs of the third group conjugated like *sortir* (*sors*,
/// *sortons*, *sorti*), named in full: *assortir* and *répartir* are of the
/// second group.
const LIKE_SORTIR: [&str; 16] = [
    "sortir",
    "ressortir",
    "partir",
    "repartir",
    "sentir",
    "ressentir",
    "consentir",
    "pressentir",
    "mentir",
    "démentir",
    "servir",
    "desservir",
    "resservir",
    "dormir",
    "endormir",
    "rendormir",
];

/// *-eler* and *-eter* verbs that double their consonant before a mute `e`
/// (*appelle*, *jette*); the others take a grave accent (*achète*, *gèle*).
/// Verbs in neither list get both spellings, as the 1990 spelling allows.
const DOUBLING: [&str; 2] = ["appeler", "jeter"];
const GRAVE: [&str; 9] = [
    "acheter",
    "geler",
    "peler",
    "modeler",
    "harceler",
    "marteler",
    "haleter",
    "fureter",
    "crocheter",
];

/// Every conjugated form of a French verb (lowercase infinitive).
pub fn conjugations(infinitive: &str) -> Vec<String> {
    if let Some((prefix, irregular)) = irregular(infinitive) {
        return irregular_forms(prefix, irregular);
    }
    if let Some(stem) = LIKE_SORTIR
        .contains(&infinitive)
        .then(|| infinitive.strip_suffix("ir"))
        .flatten()
    {
        return like_sortir(stem);
    }
    if let Some(stem) = infinitive.strip_suffix("er") {
        return first_group(stem);
    }
    if let Some(stem) = infinitive.strip_suffix("ir") {
        return second_group(stem);
    }
    if let Some(stem) = infinitive.strip_suffix("re") {
        return like_rendre(stem);
    }
    Vec::new()
}

/// The table entry for a verb and the part of the infinitive before its
/// ending.
fn irregular(infinitive: &str) -> Option<(&str, &'static Irregular)> {
    IRREGULAR
        .iter()
        .filter_map(|entry| {
            let prefix = infinitive.strip_suffix(entry.ending)?;
            (!entry.whole || prefix.is_empty() || prefix == "re").then_some((prefix, entry))
        })
        .max_by_key(|(_, entry)| entry.ending.len())
}

fn irregular_forms(prefix: &str, verb: &Irregular) -> Vec<String> {
    let at = |part: &str| format!("{prefix}{part}");
    let mut forms: Vec<String> = verb.present.iter().map(|p| at(p)).collect();
    forms.extend(endings(&at(verb.imperfect), &IMPERFECT));
    let future = at(verb.future);
    forms.extend(endings(&future, &FUTURE));
    forms.extend(endings(&future, &IMPERFECT));
    match verb.simple_past.strip_suffix('a') {
        Some(stem) => forms.extend(er_simple_past(&at(stem), &at(stem))),
        None => forms.extend(simple_past(&at(verb.simple_past))),
    }
    let [singular, plural] = verb.subjunctive;
    if !singular.is_empty() {
        forms.extend(endings(&at(singular), &SUBJUNCTIVE_SINGULAR));
        forms.extend(endings(&at(plural), &SUBJUNCTIVE_PLURAL));
    }
    forms.extend(past_participle(&at(verb.past_participle)));
    forms.push(at(verb.present_participle));
    forms.extend(verb.extra.iter().map(|e| at(e)));
    forms
}

/// Second-group verbs: *finis*, *finissons*, *fini*.
fn second_group(stem: &str) -> Vec<String> {
    let long = format!("{stem}iss");
    let mut forms = endings(&format!("{stem}i"), &["s", "t"]);
    forms.extend(endings(&long, &["ons", "ez", "ent"]));
    forms.extend(endings(&long, &IMPERFECT));
    forms.extend(endings(&long, &SUBJUNCTIVE_SINGULAR));
    forms.extend(endings(&long, &SUBJUNCTIVE_PLURAL));
    forms.extend(common_tail(stem, "i", &format!("{stem}ir"), &long));
    forms
}

/// *sortir*: *sors*, *sort*, *sortons*, *sorti*.
fn like_sortir(stem: &str) -> Vec<String> {
    let short: String = {
        let mut chars: Vec<char> = stem.chars().collect();
        chars.pop();
        chars.into_iter().collect()
    };
    let mut forms = endings(&short, &["s", "t"]);
    forms.extend(endings(stem, &["ons", "ez", "ent"]));
    forms.extend(endings(stem, &IMPERFECT));
    forms.extend(endings(stem, &SUBJUNCTIVE_SINGULAR));
    forms.extend(endings(stem, &SUBJUNCTIVE_PLURAL));
    forms.extend(common_tail(stem, "i", &format!("{stem}ir"), stem));
    forms
}

/// *-re* verbs not in the table: *rends*, *rend*, *rendons*, *rendu*.
fn like_rendre(stem: &str) -> Vec<String> {
    let mut forms = endings(stem, &["s", "", "ons", "ez", "ent"]);
    forms.extend(endings(stem, &IMPERFECT));
    forms.extend(endings(stem, &SUBJUNCTIVE_SINGULAR));
    forms.extend(endings(stem, &SUBJUNCTIVE_PLURAL));
    forms.extend(common_tail(stem, "u", &format!("{stem}r"), stem));
    forms
}

/// The passé simple and subjonctif imparfait on `stem` + `i`, the futur and
/// conditionnel on `future`, the past participle on `stem` + `vowel`, the
/// present participle on `participle_stem`.
fn common_tail(stem: &str, vowel: &str, future: &str, participle_stem: &str) -> Vec<String> {
    let mut forms = simple_past(&format!("{stem}i"));
    forms.extend(endings(future, &FUTURE));
    forms.extend(endings(future, &IMPERFECT));
    forms.extend(past_participle(&format!("{stem}{vowel}")));
    forms.push(format!("{participle_stem}ant"));
    forms
}

/// First-group verbs with their spelling changes.
fn first_group(stem: &str) -> Vec<String> {
    // Before a and o: commenç-ons, mange-ons.
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_owned()
    };
    let heavy = heavy_stems(stem);
    let mut forms = Vec::new();
    for heavy in &heavy {
        for (person, ending) in ER_PRESENT.iter().enumerate() {
            if [0, 1, 2, 5].contains(&person) {
                forms.push(format!("{heavy}{ending}"));
            }
        }
        forms.extend(endings(heavy, &SUBJUNCTIVE_SINGULAR));
    }
    forms.push(format!("{soft}ons"));
    forms.push(format!("{stem}ez"));
    forms.extend(endings(stem, &SUBJUNCTIVE_PLURAL));
    for (person, ending) in IMPERFECT.iter().enumerate() {
        let base = if matches!(person, 3 | 4) { stem } else { &soft };
        forms.push(format!("{base}{ending}"));
    }
    for future in future_stems(stem, &heavy) {
        forms.extend(endings(&future, &FUTURE));
        forms.extend(endings(&future, &IMPERFECT));
    }
    forms.extend(er_simple_past(&soft, stem));
    forms.extend(past_participle(&format!("{stem}é")));
    forms.push(format!("{soft}ant"));
    forms
}

/// The present singular of a regular *-er* verb (*sauvegarde*,
/// *sauvegardes*, *appelle*), spelt like a noun of its stem.
pub fn noun_homographs(infinitive: &str) -> Vec<String> {
    if irregular(infinitive).is_some() {
        return Vec::new();
    }
    let Some(stem) = infinitive.strip_suffix("er") else {
        return Vec::new();
    };
    heavy_stems(stem)
        .iter()
        .flat_map(|heavy| endings(heavy, &["e", "es"]))
        .collect()
}

/// The stems of an *-er* verb before a mute `e` (*appell-*, *achèt-*,
/// *emploi-*, *répèt-*, *lèv-*): one or two spellings, or the stem itself.
fn heavy_stems(stem: &str) -> Vec<String> {
    let infinitive = format!("{stem}er");
    for ending in ["oy", "uy"] {
        if let Some(s) = stem.strip_suffix(ending) {
            return vec![format!("{s}{}i", &ending[..1])];
        }
    }
    if let Some(s) = stem.strip_suffix("ay") {
        return vec![stem.to_owned(), format!("{s}ai")];
    }
    let chars: Vec<char> = stem.chars().collect();
    let Some(at) = mute_e_vowel(&chars) else {
        return vec![stem.to_owned()];
    };
    let n = chars.len();
    let grave: String = chars[..at]
        .iter()
        .chain(std::iter::once(&'è'))
        .chain(&chars[at + 1..])
        .collect();
    let consonant = chars[n - 1];
    let doubles = chars[at] == 'e' && at == n - 2 && matches!(consonant, 'l' | 't');
    if !doubles {
        return vec![grave];
    }
    let doubled = format!("{stem}{consonant}");
    let family = |list: &[&str]| list.iter().any(|verb| infinitive.ends_with(verb));
    if family(&DOUBLING) {
        vec![doubled]
    } else if family(&GRAVE) {
        vec![grave]
    } else {
        vec![doubled, grave]
    }
}

/// Where an *-er* stem has the `e` or `é` that turns grave before a mute
/// syllable: followed by one consonant (*lev-*, *répét-*), a digraph
/// (*séch-*, *régn-*) or a consonant and `l` or `r` (*sevr-*, *célébr-*).
fn mute_e_vowel(chars: &[char]) -> Option<usize> {
    let n = chars.len();
    let e_at = |at: usize| matches!(chars.get(at), Some('e' | 'é'));
    if n >= 2 && is_consonant(chars[n - 1]) && e_at(n - 2) {
        return Some(n - 2);
    }
    if n >= 3 && e_at(n - 3) {
        let pair: String = chars[n - 2..].iter().collect();
        let cluster = matches!(chars[n - 1], 'l' | 'r') && is_consonant(chars[n - 2]);
        if cluster || ["ch", "gn", "gu", "qu", "th", "ph"].contains(&pair.as_str()) {
            return Some(n - 3);
        }
    }
    None
}

/// The stems of the futur: on the heavy stem for *e…er*, *-eler*, *-eter*,
/// *-yer* (*lèverai*, *appellerai*, *emploierai*), both for *é…er*
/// (*répéterai*, *répèterai*) and *-ayer*, *enverr-* for *envoyer*.
fn future_stems(stem: &str, heavy: &[String]) -> Vec<String> {
    if let Some(s) = stem.strip_suffix("envoy") {
        return vec![format!("{s}enverr")];
    }
    let mut stems: Vec<String> = heavy.iter().map(|h| format!("{h}er")).collect();
    let chars: Vec<char> = stem.chars().collect();
    let keeps_regular = match mute_e_vowel(&chars) {
        Some(at) => chars[at] == 'é',
        None => !stem.ends_with("oy") && !stem.ends_with("uy"),
    };
    let regular = format!("{stem}er");
    if keeps_regular && !stems.contains(&regular) {
        stems.push(regular);
    }
    stems
}

/// The passé simple and subjonctif imparfait of an *-er* verb.
fn er_simple_past(soft: &str, stem: &str) -> Vec<String> {
    let mut forms = endings(soft, &["ai", "as", "a", "âmes", "âtes"]);
    forms.push(format!("{stem}èrent"));
    forms.extend(endings(
        soft,
        &["asse", "asses", "ât", "assions", "assiez", "assent"],
    ));
    forms
}

/// The passé simple and subjonctif imparfait on a stem ending in its
/// thematic vowel (*fini*, *reçu*, *vin*).
fn simple_past(base: &str) -> Vec<String> {
    let accented = circumflex(base);
    let mut forms = endings(
        base,
        &["s", "t", "rent", "sse", "sses", "ssions", "ssiez", "ssent"],
    );
    forms.extend(endings(&accented, &["mes", "tes", "t"]));
    forms
}

/// `base` with a circumflex on its last vowel (*fini* → *finî*, *vin* → *vîn*).
fn circumflex(base: &str) -> String {
    let mut chars: Vec<char> = base.chars().collect();
    if let Some(vowel) = chars
        .iter_mut()
        .rev()
        .find(|c| matches!(c, 'a' | 'i' | 'u'))
    {
        *vowel = match *vowel {
            'a' => 'â',
            'i' => 'î',
            _ => 'û',
        };
    }
    chars.into_iter().collect()
}

/// The past participle with its agreement (*mis*, *mise*, *mises*; *fini*,
/// *finie*, *finis*, *finies*).
fn past_participle(masculine: &str) -> Vec<String> {
    let mut forms = vec![
        masculine.to_owned(),
        format!("{masculine}e"),
        format!("{masculine}es"),
    ];
    if !masculine.ends_with('s') {
        forms.push(format!("{masculine}s"));
    }
    forms
}

fn endings(stem: &str, endings: &[&str]) -> Vec<String> {
    endings.iter().map(|e| format!("{stem}{e}")).collect()
}

fn is_consonant(c: char) -> bool {
    c.is_alphabetic() && !"aeiouyàâäéèêëîïôöùûüœæ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(verb: &str, forms: &[&str]) {
        let all = conjugations(verb);
        for form in forms {
            assert!(
                all.iter().any(|f| f == form),
                "{verb}: no {form} in {all:?}"
            );
        }
    }

    fn lacks(verb: &str, forms: &[&str]) {
        let all = conjugations(verb);
        for form in forms {
            assert!(!all.iter().any(|f| f == form), "{verb}: {form} in {all:?}");
        }
    }

    #[test]
    fn regular_first_group_has_every_simple_tense() {
        has(
            "enregistrer",
            &[
                "enregistre",
                "enregistres",
                "enregistrons",
                "enregistrez",
                "enregistrent",
                "enregistrais",
                "enregistraient",
                "enregistrai",
                "enregistra",
                "enregistrâmes",
                "enregistrèrent",
                "enregistrerai",
                "enregistreront",
                "enregistrerais",
                "enregistrerions",
                "enregistrions",
                "enregistrasse",
                "enregistrât",
                "enregistrant",
                "enregistré",
                "enregistrée",
                "enregistrés",
                "enregistrées",
            ],
        );
        lacks("enregistrer", &["enregistrement", "enregistreur"]);
    }

    #[test]
    fn spelling_changes_of_the_first_group() {
        has(
            "commencer",
            &["commençons", "commençait", "commença", "commencez"],
        );
        has("manger", &["mangeons", "mangeait", "mangea", "mangez"]);
        has(
            "appeler",
            &["appelle", "appellent", "appellerai", "appelons"],
        );
        has("jeter", &["jette", "jetterons", "jetons"]);
        has("acheter", &["achète", "achèterai", "achetons"]);
        has(
            "employer",
            &["emploie", "emploieront", "employons", "employé"],
        );
        has("essuyer", &["essuie", "essuyons"]);
        has("payer", &["paie", "paye", "paierai", "payerai"]);
        has("envoyer", &["envoie", "enverrai", "envoyons"]);
        has("répéter", &["répète", "répètent", "répétons", "répéterai"]);
        has("lever", &["lève", "lèverai", "levons"]);
        has("célébrer", &["célèbre", "célébrons"]);
        lacks("appeler", &["appèle"]);
    }

    #[test]
    fn second_group_inserts_iss() {
        has(
            "finir",
            &[
                "finis",
                "finit",
                "finissons",
                "finissez",
                "finissent",
                "finissait",
                "finirai",
                "finirait",
                "finisse",
                "finîmes",
                "fini",
                "finie",
                "finies",
                "finissant",
            ],
        );
        has("choisir", &["choisissons", "choisi"]);
    }

    #[test]
    fn irregular_verbs_and_their_compounds() {
        has(
            "être",
            &[
                "suis", "est", "sommes", "étais", "fut", "sera", "soit", "été", "étant",
            ],
        );
        has(
            "avoir",
            &[
                "ai", "a", "avons", "ont", "avait", "eut", "aura", "ait", "ayant",
            ],
        );
        has(
            "aller",
            &[
                "vais", "va", "allons", "vont", "irai", "aille", "allé", "alla",
            ],
        );
        has(
            "faire",
            &[
                "fais", "faites", "font", "fit", "ferai", "fasse", "fait", "faite",
            ],
        );
        has(
            "mettre",
            &[
                "mets", "met", "mettez", "mis", "mise", "mises", "mit", "mettrai",
            ],
        );
        has("remettre", &["remets", "remis", "remettez"]);
        has("permettre", &["permet", "permis", "permettent"]);
        has(
            "prendre",
            &["prends", "prenons", "prennent", "pris", "prit", "prendra"],
        );
        has(
            "pouvoir",
            &["peux", "peut", "peuvent", "pourra", "puisse", "pu"],
        );
        has(
            "vouloir",
            &[
                "veux", "veulent", "voudrait", "veuille", "veuillez", "voulu",
            ],
        );
        has(
            "devoir",
            &["dois", "doivent", "devra", "doive", "dû", "due"],
        );
        has("voir", &["vois", "voyons", "verra", "vu", "vue", "vit"]);
        has("prévoir", &["prévoit", "prévoira", "prévu"]);
        has(
            "venir",
            &[
                "viens", "venons", "viennent", "viendra", "vienne", "venu", "vint",
            ],
        );
        has("devenir", &["devient", "devenu"]);
        has("tenir", &["tiens", "tiennent", "tiendra", "tenu"]);
        has("obtenir", &["obtient", "obtenu", "obtiendrez"]);
        has(
            "ouvrir",
            &["ouvre", "ouvrons", "ouvert", "ouverte", "ouvrira"],
        );
        has("offrir", &["offre", "offert"]);
        has("lire", &["lis", "lit", "lisons", "lu", "lue", "lira"]);
        has(
            "écrire",
            &["écris", "écrivons", "écrit", "écrite", "écrira", "écrivit"],
        );
        has("décrire", &["décrit", "décrivent"]);
        has("dire", &["dis", "dit", "dites", "disons", "dira"]);
        has("interdire", &["interdit", "interdisez"]);
        has(
            "savoir",
            &["sais", "sait", "saura", "sache", "sachez", "su", "sachant"],
        );
        has(
            "recevoir",
            &[
                "reçois",
                "reçoit",
                "recevons",
                "reçoivent",
                "reçu",
                "recevra",
            ],
        );
        has(
            "connaître",
            &["connais", "connaît", "connaissons", "connu", "connaîtra"],
        );
        has("paraître", &["paraît", "paru", "paraissent"]);
        has("naître", &["naît", "né", "née", "naquit"]);
        has(
            "produire",
            &["produit", "produisons", "produira", "produite"],
        );
        has("réduire", &["réduit", "réduisez", "réduite"]);
        has("sortir", &["sors", "sort", "sortons", "sorti", "sortira"]);
        has("partir", &["pars", "part", "parti"]);
        has("répartir", &["répartissons"]);
        has(
            "rendre",
            &["rends", "rend", "rendons", "rendu", "rendra", "rendit"],
        );
        has("attendre", &["attend", "attendu"]);
        has("inclure", &["inclut", "inclus", "incluse", "inclura"]);
        has("résoudre", &["résout", "résolvons", "résolu"]);
        has("joindre", &["joins", "joint", "joignons"]);
        has("suivre", &["suit", "suivons", "suivi"]);
        lacks("connaître", &["naquit"]);
    }
}
