//! Intergovernmental and regional organisations the gazetteer knows
//! (session 48: `ontology/gazetteer/intergovernmental.ttl`, after the CIA
//! World Factbook's appendix): written in full, with their British
//! spelling, or as their acronym alone, they are one body under its full
//! name; an acronym in brackets its letters spell is the body's other name
//! in the document; a capital the name has must be written ("the Caribbean
//! community" is no body); a known name that only modifies a body named
//! after it ("the OSCE Parliamentary Assembly") is no mention of its own.
//! Sentences written for these tests.

use super::extract_constructions::Output;

/// Whether any fact has `name` as its subject or object.
fn names(out: &Output, name: &str) -> bool {
    out.facts().iter().any(|(s, _, o)| s == name || o == name)
}

#[test]
fn an_acronym_alone_is_the_body_under_its_full_name() {
    for (text, body) in [
        (
            "Trade news\n\nECOWAS and Kenya signed the Coastal Trade Agreement on Friday.\n",
            "Economic Community of West African States",
        ),
        (
            "Transit news\n\nUNCTAD and Chile signed the Transit Agreement in Geneva on 3 May.\n",
            "United Nations Conference on Trade and Development",
        ),
        (
            "Port news\n\nOn Monday, Peru and CEMAC signed the Port Agreement, which will open two harbours.\n",
            "Central African Economic and Monetary Community",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.objects_of(body, "cooperatesWith").len()
                + out.subjects_of("cooperatesWith", body).len()
                > 0,
            "{text}: {:?}",
            out.facts()
        );
        let acronym = text
            .split_whitespace()
            .find(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_uppercase()))
            .unwrap();
        assert!(!names(&out, acronym), "{text}: {:?}", out.facts());
    }
}

#[test]
fn listed_organisations_each_sign() {
    for (text, bodies) in [
        (
            "Charter news\n\nCARICOM, SICA, ECOWAS and the Pacific Community signed the Ocean Data Charter in Suva.\n",
            &[
                "Caribbean Community",
                "Central American Integration System",
                "Economic Community of West African States",
                "Pacific Community",
            ][..],
        ),
        (
            "Reef news\n\nThe Organisation of Eastern Caribbean States and the Asian Development Bank signed the Reef Plan.\n",
            &["Organisation of Eastern Caribbean States", "Asian Development Bank"][..],
        ),
        (
            "Relief news\n\nThe Inter-Governmental Authority on Development and the Kestrian Relief Agency signed a Memorandum of Understanding in Djibouti.\n",
            &["Intergovernmental Authority on Development", "Kestrian Relief Agency"][..],
        ),
    ] {
        let out = Output::of(text);
        let document = out
            .facts()
            .into_iter()
            .find(|(_, p, _)| p == "signs")
            .map(|(_, _, o)| o)
            .unwrap_or_default();
        for body in bodies {
            assert!(
                out.has(body, "signs", &document),
                "{text}: {body}: {:?}",
                out.facts()
            );
        }
        // The pieces of a name are no bodies of their own.
        assert!(
            !names(&out, "CARICOM") && !names(&out, "Inter-Governmental Authority"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_acronym_in_brackets_after_a_known_name_is_its_other_name() {
    for text in [
        "Reef news\n\nHeads of the Council of Regional Organisations in the Pacific (CROP) met in Apia. On Tuesday, CROP signed the Reef Plan with Kenya.\n",
        "Reef news\n\nKenya and the Council of Regional Organisations in the Pacific (CROP) signed the Reef Plan on 2 June. CROP will review it in 2027.\n",
    ] {
        let out = Output::of(text);
        assert!(
            out.has(
                "Council of Regional Organisations in the Pacific",
                "signs",
                "Reef Plan"
            ),
            "{text}: {:?}",
            out.facts()
        );
        assert!(!names(&out, "CROP"), "{text}: {:?}", out.facts());
    }
}

#[test]
fn a_known_name_keeps_its_capitals() {
    let out = Output::of(
        "Reef news\n\nThe Caribbean community of Vell Harbour signed the Reef Charter on Monday.\n",
    );
    assert!(!names(&out, "Caribbean Community"), "{:?}", out.facts());
}

#[test]
fn a_known_name_before_a_body_it_modifies_is_part_of_that_body() {
    for text in [
        "Lake news\n\nThe OSCE Parliamentary Assembly signed the Lake Charter with Kenya.\n",
        "Lake news\n\nAda Quist, President of the OSCE Parliamentary Assembly, signed the Lake Charter.\n",
    ] {
        let out = Output::of(text);
        assert!(
            out.facts()
                .iter()
                .any(|(s, _, o)| s.contains("OSCE Parliamentary Assembly")
                    || o.contains("OSCE Parliamentary Assembly")),
            "{text}: {:?}",
            out.facts()
        );
        assert!(
            !names(
                &out,
                "Organization for Security and Co-operation in Europe"
            ),
            "{text}: {:?}",
            out.facts()
        );
    }
}
