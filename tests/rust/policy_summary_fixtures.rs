#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]
//! Runs the policy-summary fixtures in `tests/fixtures/policy-summary/`: a policy document, an
//! optional `locale` (a BCP 47 tag, as a decide request names one) and the exact summary
//! `expected` of `wire::policy_summary`, which every binding's runner checks too. A fixture
//! without a locale is the English summary, also what `wire::policy_explain` writes; one with a
//! tag without a catalog falls back to it.
//!
//! The expected texts were written by the engine and reviewed sentence by sentence.

mod support;

use returnkit::messages::Locale;
use returnkit::policy::Policy;
use returnkit::wire;
use support::fixtures::fixtures;

#[test]
fn every_policy_summary_fixture_is_the_engines_summary_byte_for_byte() {
    let all = fixtures("policy-summary");
    assert!(all.len() >= 3, "{}", all.len());
    let mut locales = Vec::new();
    for (name, fixture) in all {
        let policy = Policy::from_json(&fixture["policy"].to_string())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let locale = fixture.get("locale").and_then(|l| l.as_str());
        let expected = fixture["expected"].as_str().expect("`expected` is text");
        let answer = wire::policy_summary(&policy, locale).unwrap();
        let text: String = serde_json::from_str(&answer).unwrap();
        assert_eq!(text, expected, "{name}");
        let used = locale.map(Locale::negotiate).unwrap_or_default();
        assert_eq!(policy.summary_in(used), expected, "{name}");
        if used == Locale::En {
            assert_eq!(
                answer,
                wire::policy_explain(&policy, false).unwrap(),
                "{name}"
            );
        } else {
            // A translated summary shares no sentence with the English one but the policy's
            // own words (its name, rule descriptions, verdict messages).
            let english = policy.summary();
            let own: Vec<&str> = english
                .lines()
                .filter(|l| text.lines().any(|t| t == *l))
                .collect();
            assert!(own.len() <= 3, "{name}: English lines {own:?}");
            assert!(!text.contains("{$"), "{name}: a variable left out");
        }
        locales.push(used);
    }
    for must in [Locale::En, Locale::De, Locale::Pl, Locale::Ru] {
        assert!(locales.contains(&must), "no fixture in {}", must.tag());
    }
}
