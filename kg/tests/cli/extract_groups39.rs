//! Parties named by a group description (session 39): "the three
//! provinces", "all four countries", "both governments" stand for the
//! things of the noun's class the text named before, where it names
//! exactly as many as the count says; and co-signers given as the agent of
//! a passive signing cooperate, as the subjects of the active do. One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn co_signers_as_a_passive_agent_cooperate() {
    let out = Output::of(
        "Rail charter signed\n\n\
         The Prairie Rail Charter was signed by Alberta and Manitoba in Regina on Friday.\n",
    );
    assert!(
        out.has("Alberta", "signs", "Prairie Rail Charter"),
        "{:?}",
        out.facts()
    );
    assert!(cooperate(&out, "Alberta", "Manitoba"), "{:?}", out.facts());
}

#[test]
fn a_passive_signer_and_a_witness_do_not_cooperate() {
    let out = Output::of(
        "Rail charter signed\n\n\
         The Prairie Rail Charter was signed by Alberta and witnessed by Manitoba in Regina on \
         Friday.\n",
    );
    assert!(
        out.has("Alberta", "signs", "Prairie Rail Charter"),
        "{:?}",
        out.facts()
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}
