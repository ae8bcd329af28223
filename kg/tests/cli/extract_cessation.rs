//! Cooperation stopped or soured (issue 14): a cooperation noun governed
//! by a cessation word (`kg:cessationWord`: "suspended", "broke off",
//! "deteriorated") states no cooperation, before the noun ("A suspended its
//! cooperation with B") or as the verb after its parties ("relations
//! between A and B soured"); the fact is kept as negative evidence. The
//! same nouns with other verbs still give cooperation. Sentences written
//! for these tests.

use super::extract_constructions::Output;

fn cooperation_of(text: &str) -> (bool, Output) {
    let out = Output::of(text);
    let found = out.has("France", "cooperatesWith", "Germany");
    (found, out)
}

#[test]
fn a_suspended_or_ended_cooperation_noun_gives_no_cooperation() {
    for text in [
        "Fisheries\n\nFrance suspended its cooperation with Germany on fisheries in March.\n",
        "Fisheries\n\nFrance ended its partnership with Germany after the vote.\n",
        "Fisheries\n\nFrance broke off all cooperation with Germany last week.\n",
        "Fisheries\n\nFrance's cooperation with Germany on fisheries has been suspended.\n",
    ] {
        let (found, out) = cooperation_of(text);
        assert!(!found, "{text}: {:?}", out.facts());
        assert!(
            out.has_negative_evidence(),
            "{text}: kept as negative evidence"
        );
    }
}

#[test]
fn relations_that_soured_between_two_parties_give_no_cooperation() {
    for text in [
        "Fisheries\n\nRelations between France and Germany deteriorated sharply last year.\n",
        "Fisheries\n\nThe partnership between France and Germany has collapsed.\n",
        "Fisheries\n\nParis froze the partnership between France and Germany on fisheries.\n",
    ] {
        let (found, out) = cooperation_of(text);
        assert!(!found, "{text}: {:?}", out.facts());
    }
}

#[test]
fn the_same_nouns_with_other_verbs_still_give_cooperation() {
    for text in [
        "Fisheries\n\nFrance expanded its cooperation with Germany on fisheries in March.\n",
        "Fisheries\n\nRelations between France and Germany improved sharply last year.\n",
        "Fisheries\n\nThe partnership between France and Germany has grown.\n",
    ] {
        let (found, out) = cooperation_of(text);
        assert!(found, "{text}: {:?}", out.facts());
    }
}
