//! Catalogue search: folded terms in an indexed table, looked up by prefix and
//! ranked in Rust, tolerant of accents, case and small typos.
//!
//! Every title (in every language, weight 3) and keyword (weight 2) is stored
//! whole and word by word, folded. A query word finds the terms that start with
//! its first two letters (an index range), then scores them: the same word 3,
//! a word it begins 2, one or two letters off 1. A typo in the first two
//! letters is not forgiven.

use crate::entities::search_term;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// Words too common to find anything by.
const STOP_WORDS: [&str; 24] = [
    "de", "het", "een", "van", "uit", "voor", "met", "en", "la", "le", "les", "du", "des", "un",
    "une", "et", "der", "die", "das", "und", "the", "of", "for", "and",
];

/// Lower case, accents off, punctuation as spaces, single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ÿ' | 'ý' => 'y',
            'ß' => 's',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// The words of a folded text worth searching by.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(' ')
        .filter(|word| word.chars().count() >= 2 && !STOP_WORDS.contains(word))
}

/// The terms to store for one title or keyword: the whole folded text and
/// each of its words.
pub fn terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut terms: Vec<String> = words(&folded).map(str::to_owned).collect();
    if !folded.is_empty() && !terms.contains(&folded) {
        terms.push(folded);
    }
    terms.sort();
    terms.dedup();
    terms
}

/// How well a query word matches a stored term (0: not at all).
pub fn score(word: &str, term: &str) -> i32 {
    if word == term {
        return 3;
    }
    let length = word.chars().count();
    if length >= 3 && term.starts_with(word) {
        return 2;
    }
    let allowed = match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if allowed > 0 && edit_distance(word, term) <= allowed {
        return 1;
    }
    0
}

/// Damerau–Levenshtein distance (adjacent swaps count as one edit).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > 2 {
        return n.abs_diff(m);
    }
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// The concepts a query finds, best first: `(concept id, score)`. Every query
/// word costs one indexed range look-up; at most six words are used.
pub async fn find(db: &DatabaseConnection, query: &str) -> Result<Vec<(i32, i32)>, DbErr> {
    let folded = fold(query);
    let mut totals: HashMap<i32, i32> = HashMap::new();
    for word in words(&folded).take(6) {
        let prefix: String = word.chars().take(2).collect();
        // The range [prefix, prefix with its last letter one up): "pa" .. "pb".
        let mut upper: Vec<char> = prefix.chars().collect();
        if let Some(last) = upper.last_mut() {
            *last = char::from_u32(u32::from(*last) + 1).unwrap_or(char::MAX);
        }
        let upper: String = upper.into_iter().collect();
        let candidates: Vec<(i32, String, i32)> = search_term::Entity::find()
            .select_only()
            .column(search_term::Column::ConceptId)
            .column(search_term::Column::Term)
            .column(search_term::Column::Weight)
            .filter(search_term::Column::Term.gte(prefix.as_str()))
            .filter(search_term::Column::Term.lt(upper.as_str()))
            .into_tuple()
            .all(db)
            .await?;
        let mut best: HashMap<i32, i32> = HashMap::new();
        for (concept_id, term, weight) in candidates {
            let points = score(word, &term) * weight;
            if points > 0 {
                let entry = best.entry(concept_id).or_default();
                *entry = (*entry).max(points);
            }
        }
        for (concept_id, points) in best {
            *totals.entry(concept_id).or_default() += points;
        }
    }
    let mut ranked: Vec<(i32, i32)> = totals.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(ranked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_accents_and_punctuation() {
        assert_eq!(fold("  Carte d’Identité (eID) "), "carte d identite eid");
        assert_eq!(fold("Straße"), "strase");
        assert_eq!(fold("!!!"), "");
    }

    #[test]
    fn terms_are_the_words_and_the_whole_phrase() {
        assert_eq!(
            terms("Attest van woonst"),
            ["attest", "attest van woonst", "woonst"]
        );
        assert_eq!(terms("Paspoort"), ["paspoort"]);
    }

    #[test]
    fn small_typos_score_but_short_words_must_be_exact() {
        assert_eq!(score("paspoort", "paspoort"), 3);
        assert_eq!(score("pasp", "paspoort"), 2);
        assert_eq!(score("pasport", "paspoort"), 1);
        assert_eq!(score("passpoort", "paspoort"), 1);
        assert_eq!(score("psapoort", "paspoort"), 1, "a swap is one edit");
        assert_eq!(score("eid", "eik"), 0);
        assert_eq!(score("bibliotheek", "paspoort"), 0);
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("abcd", "abdc"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
