//! English conjugation: *-s*, *-ed*, *-ing* with their spelling rules
//! (*stops*/*stopped*, *saving*, *copies*/*copied*, *panicked*) and the
//! irregular verbs ([`IRREGULAR`]), which also serve their prefixed
//! compounds (*rewrite* → *rewrote*, *overridden*; *reset*; *undo* → *undid*).

/// Irregular verbs: the base, then the past and past participle forms.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("be", &["am", "is", "are", "was", "were", "been"]),
    ("have", &["has", "had"]),
    ("do", &["did", "done"]),
    ("go", &["went", "gone"]),
    ("arise", &["arose", "arisen"]),
    ("bear", &["bore", "borne"]),
    ("beat", &["beat", "beaten"]),
    ("begin", &["began", "begun"]),
    ("bend", &["bent"]),
    ("bet", &["bet"]),
    ("bind", &["bound"]),
    ("bite", &["bit", "bitten"]),
    ("blow", &["blew", "blown"]),
    ("break", &["broke", "broken"]),
    ("bring", &["brought"]),
    ("broadcast", &["broadcast"]),
    ("build", &["built"]),
    ("burn", &["burnt"]),
    ("buy", &["bought"]),
    ("cast", &["cast"]),
    ("catch", &["caught"]),
    ("choose", &["chose", "chosen"]),
    ("come", &["came", "come"]),
    ("cost", &["cost"]),
    ("cut", &["cut"]),
    ("deal", &["dealt"]),
    ("dig", &["dug"]),
    ("draw", &["drew", "drawn"]),
    ("dream", &["dreamt"]),
    ("drink", &["drank", "drunk"]),
    ("drive", &["drove", "driven"]),
    ("eat", &["ate", "eaten"]),
    ("fall", &["fell", "fallen"]),
    ("feed", &["fed"]),
    ("feel", &["felt"]),
    ("fight", &["fought"]),
    ("find", &["found"]),
    ("fit", &["fit"]),
    ("fly", &["flew", "flown"]),
    ("forbid", &["forbade", "forbidden"]),
    ("forget", &["forgot", "forgotten"]),
    ("forgive", &["forgave", "forgiven"]),
    ("freeze", &["froze", "frozen"]),
    ("get", &["got", "gotten"]),
    ("give", &["gave", "given"]),
    ("grow", &["grew", "grown"]),
    ("hang", &["hung"]),
    ("hear", &["heard"]),
    ("hide", &["hid", "hidden"]),
    ("hit", &["hit"]),
    ("hold", &["held"]),
    ("hurt", &["hurt"]),
    ("keep", &["kept"]),
    ("know", &["knew", "known"]),
    ("lay", &["laid"]),
    ("lead", &["led"]),
    ("learn", &["learnt"]),
    ("leave", &["left"]),
    ("lend", &["lent"]),
    ("let", &["let"]),
    ("lie", &["lay", "lain"]),
    ("light", &["lit"]),
    ("lose", &["lost"]),
    ("make", &["made"]),
    ("mean", &["meant"]),
    ("meet", &["met"]),
    ("pay", &["paid"]),
    ("put", &["put"]),
    ("quit", &["quit"]),
    ("read", &["read"]),
    ("ride", &["rode", "ridden"]),
    ("ring", &["rang", "rung"]),
    ("rise", &["rose", "risen"]),
    ("run", &["ran", "run"]),
    ("say", &["said"]),
    ("see", &["saw", "seen"]),
    ("seek", &["sought"]),
    ("sell", &["sold"]),
    ("send", &["sent"]),
    ("set", &["set"]),
    ("shake", &["shook", "shaken"]),
    ("shed", &["shed"]),
    ("shine", &["shone"]),
    ("shoot", &["shot"]),
    ("show", &["shown"]),
    ("shrink", &["shrank", "shrunk"]),
    ("shut", &["shut"]),
    ("sing", &["sang", "sung"]),
    ("sink", &["sank", "sunk"]),
    ("sit", &["sat"]),
    ("sleep", &["slept"]),
    ("slide", &["slid"]),
    ("speak", &["spoke", "spoken"]),
    ("spell", &["spelt"]),
    ("spend", &["spent"]),
    ("spin", &["spun"]),
    ("split", &["split"]),
    ("spread", &["spread"]),
    ("stand", &["stood"]),
    ("steal", &["stole", "stolen"]),
    ("stick", &["stuck"]),
    ("strike", &["struck", "stricken"]),
    ("swear", &["swore", "sworn"]),
    ("sweep", &["swept"]),
    ("swim", &["swam", "swum"]),
    ("swing", &["swung"]),
    ("take", &["took", "taken"]),
    ("teach", &["taught"]),
    ("tear", &["tore", "torn"]),
    ("tell", &["told"]),
    ("think", &["thought"]),
    ("throw", &["threw", "thrown"]),
    ("upset", &["upset"]),
    ("wake", &["woke", "woken"]),
    ("wear", &["wore", "worn"]),
    ("win", &["won"]),
    ("wind", &["wound"]),
    ("write", &["wrote", "written"]),
];

/// Prefixes that make compounds of an irregular verb (*rewrite*,
/// *override*, *undo*, *understand*, *withdraw*, *become*, *mislead*).
const PREFIXES: [&str; 12] = [
    "re", "un", "over", "under", "out", "with", "mis", "fore", "up", "be", "for", "pre",
];

/// Every conjugated form of an English verb (lowercase base form).
pub fn conjugations(base: &str) -> Vec<String> {
    if base.is_empty() {
        return Vec::new();
    }
    let mut forms = vec![third_person(base), present_participle(base)];
    match irregular(base) {
        Some((prefix, past)) => {
            forms.extend(past.iter().map(|form| format!("{prefix}{form}")));
            // learnt/learned, burnt/burned: both are written; a prefixed
            // word may be regular (relay → relayed, not relaid).
            let dual = past.iter().all(|form| form.ends_with('t')) && !base.ends_with('t');
            if dual || !prefix.is_empty() {
                forms.extend(past_regular(base));
            }
        }
        None => forms.extend(past_regular(base)),
    }
    forms
}

/// The table entry of a verb and the prefix before it.
fn irregular(base: &str) -> Option<(&str, &'static [&'static str])> {
    IRREGULAR.iter().find_map(|&(verb, past)| {
        let prefix = base.strip_suffix(verb)?;
        (prefix.is_empty() || PREFIXES.contains(&prefix)).then_some((prefix, past))
    })
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// *saves*, *copies*, *pushes*, *goes*.
fn third_person(base: &str) -> String {
    if let Some(stem) = base.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| !is_vowel(c))
    {
        return format!("{stem}ies");
    }
    let sibilant = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| base.ends_with(e));
    let o_after_consonant =
        base.ends_with('o') && base.chars().rev().nth(1).is_some_and(|c| !is_vowel(c));
    if sibilant || o_after_consonant {
        format!("{base}es")
    } else {
        format!("{base}s")
    }
}

/// The doubled final consonant of a verb ending consonant–vowel–consonant
/// (*stop* → *stopp*), with the undoubled form too when the verb has more
/// than one syllable and the stress cannot be told (*edited*, *committed*).
fn stems_before_vowel(base: &str) -> Vec<String> {
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    let cvc = n >= 3
        && !is_vowel(chars[n - 1])
        && !matches!(chars[n - 1], 'w' | 'x' | 'y')
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3]);
    if !cvc {
        return vec![base.to_owned()];
    }
    let doubled = format!("{base}{}", chars[n - 1]);
    if chars[n - 1] == 'c' {
        // panic → panicked, sync → synced.
        return vec![base.to_owned(), format!("{base}k")];
    }
    let syllables = chars
        .iter()
        .zip(std::iter::once(&' ').chain(chars.iter()))
        .filter(|&(&c, &before)| is_vowel(c) && !is_vowel(before))
        .count();
    if syllables <= 1 {
        vec![doubled]
    } else {
        vec![doubled, base.to_owned()]
    }
}

/// *saving*, *stopping*, *dying*, *seeing*.
fn present_participle(base: &str) -> String {
    if let Some(stem) = base.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    if base.ends_with('e')
        && !["ee", "ye", "oe"].iter().any(|e| base.ends_with(e))
        && base.len() > 2
    {
        return format!("{}ing", &base[..base.len() - 1]);
    }
    stems_before_vowel(base)
        .into_iter()
        .next()
        .map_or_else(|| format!("{base}ing"), |stem| format!("{stem}ing"))
}

/// *saved*, *stopped*, *copied*, *played*; the *-ing* forms of a verb with
/// two spellings come here too.
fn past_regular(base: &str) -> Vec<String> {
    if base.ends_with('e') {
        return vec![format!("{base}d")];
    }
    if let Some(stem) = base.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| !is_vowel(c))
    {
        return vec![format!("{stem}ied")];
    }
    let stems = stems_before_vowel(base);
    let mut forms: Vec<String> = stems.iter().map(|stem| format!("{stem}ed")).collect();
    forms.extend(stems.iter().skip(1).map(|stem| format!("{stem}ing")));
    forms
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

    #[test]
    fn regular_verbs_and_their_spelling_rules() {
        has("save", &["saves", "saved", "saving"]);
        has("stop", &["stops", "stopped", "stopping"]);
        has("log", &["logs", "logged", "logging"]);
        has("commit", &["commits", "committed", "committing"]);
        has("edit", &["edits", "edited", "editing"]);
        has("copy", &["copies", "copied", "copying"]);
        has("play", &["plays", "played", "playing"]);
        has("push", &["pushes", "pushed"]);
        has("fix", &["fixes", "fixed", "fixing"]);
        has("panic", &["panics", "panicked"]);
        has("die", &["dies", "died", "dying"]);
        has("agree", &["agrees", "agreed", "agreeing"]);
        has("update", &["updates", "updated", "updating"]);
        has("echo", &["echoes", "echoed"]);
        has("install", &["installs", "installed", "installing"]);
        let save = conjugations("save");
        assert!(!save.iter().any(|f| f == "saveing" || f == "saveed"));
    }

    #[test]
    fn irregular_verbs_and_their_compounds() {
        has("be", &["is", "are", "was", "were", "been", "being"]);
        has("have", &["has", "had", "having"]);
        has("do", &["does", "did", "done", "doing"]);
        has("undo", &["undoes", "undid", "undone"]);
        has("go", &["goes", "went", "gone"]);
        has("write", &["writes", "wrote", "written", "writing"]);
        has(
            "overwrite",
            &["overwrites", "overwrote", "overwritten", "overwriting"],
        );
        has("set", &["sets", "set", "setting"]);
        has("reset", &["resets", "resetting"]);
        has("run", &["runs", "ran", "running"]);
        has("build", &["builds", "built", "building"]);
        has("rebuild", &["rebuilt"]);
        has("send", &["sends", "sent"]);
        has("find", &["found"]);
        has("choose", &["chose", "chosen", "choosing"]);
        has("understand", &["understood"]);
        has("learn", &["learnt", "learned"]);
        has("get", &["got", "gotten", "getting"]);
    }
}
