//! The agreements explorer's logic, pure: search folding, filtering, sorting, facet counts,
//! the summary line, exports, and the explorer's part of the URL.

use super::encoding::{csv, ignored_message, json_string, query_pairs, url_encode};
use crate::content::{Agreement, Domain, Kind};

/// At most this many characters of a search are used.
pub const MAX_QUERY: usize = 100;

keyed! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Sort {
        #[default]
        Article => "article",
        Kind => "kind",
        Domain => "domain",
    }
}

impl Sort {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Sort::Article => "Article order",
            Sort::Kind => "Kind",
            Sort::Domain => "Domain",
        }
    }
}

/// The reader's filters. Within a facet, choices combine with OR; across facets and the
/// search, with AND. An empty facet does not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub query: String,
    pub kinds: Vec<Kind>,
    pub domains: Vec<Domain>,
    pub sort: Sort,
}

impl Filters {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.kinds.is_empty() && self.domains.is_empty()
    }

    /// Adds or removes a facet value, keeping the list in canonical order.
    #[must_use]
    pub fn toggle_kind(mut self, k: Kind) -> Self {
        toggle(&mut self.kinds, k);
        self
    }

    #[must_use]
    pub fn toggle_domain(mut self, d: Domain) -> Self {
        toggle(&mut self.domains, d);
        self
    }
}

fn toggle<T: Ord + Copy>(list: &mut Vec<T>, v: T) {
    match list.iter().position(|x| *x == v) {
        Some(i) => {
            list.remove(i);
        }
        None => {
            list.push(v);
            list.sort_unstable();
        }
    }
}

/// Lower case without accents or typographic quotes, for matching: "Épidémiologique" →
/// "epidemiologique". Folds Latin letters (the documents are in English); other characters
/// are kept as they are, so they only match themselves. (No Unicode case tables: they
/// would cost the bundle more than all the rest of the explorer.)
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Latin-1 and Latin Extended-A capitals sit next to their small letters.
    let c = match c as u32 {
        0xC0..=0xDE if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        0x100..=0x137 | 0x14A..=0x177 if (c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        0x139..=0x148 | 0x179..=0x17E if !(c as u32).is_multiple_of(2) => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        _ => c,
    };
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '“' | '”' | '„' | '«' | '»' => '"',
        '‘' | '’' => '\'',
        '‐' | '‑' | '–' | '—' => '-',
        c => c,
    }
}

/// Whether a document matches the search (every word somewhere in its title, parties,
/// explanation, kind or domain) and the facets.
#[must_use]
pub fn matches(a: &Agreement, f: &Filters) -> bool {
    (f.kinds.is_empty() || f.kinds.contains(&a.kind))
        && (f.domains.is_empty() || f.domains.contains(&a.domain))
        && matches_query(a, &f.query)
}

fn matches_query(a: &Agreement, query: &str) -> bool {
    let query: String = query.chars().take(MAX_QUERY).collect();
    let words: Vec<String> = fold(&query)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = fold(&a.title);
    for p in a.parties.iter() {
        haystack.push(' ');
        haystack.push_str(&fold(p));
    }
    for extra in [a.explanation.as_ref(), a.kind.label(1), a.domain.label()] {
        haystack.push(' ');
        haystack.push_str(&fold(extra));
    }
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// The indices of the matching documents, sorted (ties in article order).
#[must_use]
pub fn results(all: &[Agreement], f: &Filters) -> Vec<usize> {
    let mut out: Vec<usize> = (0..all.len()).filter(|&i| matches(&all[i], f)).collect();
    // One sort for the three orders (each sort call is code in the bundle): the group, then
    // the article's order, then the index, so that the order is total and ties keep the data's.
    let group = |i: usize| match f.sort {
        Sort::Article => 0,
        Sort::Kind => all[i].kind as u8,
        Sort::Domain => all[i].domain as u8,
    };
    out.sort_unstable_by_key(|&i| (group(i), all[i].article_item, i));
    out
}

/// How many documents each kind would show, given the other filters (search and domains).
#[must_use]
pub fn kind_counts(all: &[Agreement], f: &Filters) -> Vec<(Kind, usize)> {
    let others = Filters {
        kinds: Vec::new(),
        ..f.clone()
    };
    Kind::ALL
        .iter()
        .map(|k| {
            (
                *k,
                all.iter()
                    .filter(|a| a.kind == *k && matches(a, &others))
                    .count(),
            )
        })
        .collect()
}

/// How many documents each domain would show, given the other filters (search and kinds).
#[must_use]
pub fn domain_counts(all: &[Agreement], f: &Filters) -> Vec<(Domain, usize)> {
    let others = Filters {
        domains: Vec::new(),
        ..f.clone()
    };
    Domain::ALL
        .iter()
        .map(|d| {
            (
                *d,
                all.iter()
                    .filter(|a| a.domain == *d && matches(a, &others))
                    .count(),
            )
        })
        .collect()
}

/// The words the article introduces its list with (quoted in the summary line).
pub const LIST_INTRO: &str = "a number of documents were signed, including:";

/// The status line, counted from the data. With every item shown: "The article lists 7 items
/// after “a number of documents were signed, including:”, so more may have been signed; one
/// item, “Agreements on the legal status …”, covers more than one agreement." With some:
/// "2 of the 7 items the article lists." (and the note on plural items, if one is shown).
#[must_use]
pub fn summary(shown: &[&Agreement], all: &[Agreement]) -> String {
    let plural: Vec<&&Agreement> = shown.iter().filter(|a| a.is_plural()).collect();
    let note = match plural.as_slice() {
        [] => None,
        [a] => Some(format!(
            "one item, “{}”, covers more than one {}",
            short_title(a),
            a.kind.label(1)
        )),
        many => Some(format!(
            "{} items each cover more than one document",
            many.len()
        )),
    };
    let n = all.len();
    let mut out = if shown.len() == n {
        format!("The article lists {n} items after “{LIST_INTRO}”, so more may have been signed")
    } else {
        format!("{} of the {n} items the article lists", shown.len())
    };
    if let Some(note) = note {
        out.push_str("; ");
        out.push_str(&note);
    }
    out.push('.');
    out
}

/// The first five words of a title, then "…": "Agreements on the legal status …".
fn short_title(a: &Agreement) -> String {
    let words: Vec<&str> = a.title.split_whitespace().collect();
    if words.len() <= 5 {
        a.title.to_string()
    } else {
        format!("{} …", words[..5].join(" "))
    }
}

/// The explorer's view: filters and the open document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExplorerState {
    pub filters: Filters,
    /// The id of the document whose detail is open.
    pub open: Option<String>,
}

/// Reads the explorer's keys (`q`, `kind`, `domain`, `sort`, `doc`) from a URL query;
/// unknown values are dropped (and reported), other keys are left to other views.
#[must_use]
pub fn parse(query: &str, all: &[Agreement]) -> (ExplorerState, Vec<String>) {
    let mut state = ExplorerState::default();
    let mut ignored = Vec::new();
    for (key, value) in query_pairs(query, 32) {
        let mut bad = |what: &str| ignored.push(ignored_message(&key, what));
        match key.as_str() {
            "q" => state.filters.query = value.chars().take(MAX_QUERY).collect(),
            "kind" => {
                for v in value.split(',').filter(|v| !v.is_empty()).take(8) {
                    match Kind::ALL.iter().find(|k| k.key() == v) {
                        Some(k) if !state.filters.kinds.contains(k) => state.filters.kinds.push(*k),
                        Some(_) => {}
                        None => bad(v),
                    }
                }
                state.filters.kinds.sort_unstable();
            }
            "domain" => {
                for v in value.split(',').filter(|v| !v.is_empty()).take(8) {
                    match Domain::ALL.iter().find(|d| d.key() == v) {
                        Some(d) if !state.filters.domains.contains(d) => {
                            state.filters.domains.push(*d)
                        }
                        Some(_) => {}
                        None => bad(v),
                    }
                }
                state.filters.domains.sort_unstable();
            }
            "sort" => match Sort::ALL.iter().find(|s| s.key() == value) {
                Some(s) => state.filters.sort = *s,
                None => bad(&value),
            },
            "doc" => match all.iter().find(|a| a.id == value.as_str()) {
                Some(a) => state.open = Some(a.id.to_string()),
                None => bad(&value),
            },
            _ => {}
        }
    }
    (state, ignored)
}

/// The explorer's part of a URL query, without `?`; empty when everything is at its default.
#[must_use]
pub fn format(state: &ExplorerState) -> String {
    let f = &state.filters;
    let mut parts = Vec::new();
    if !f.query.trim().is_empty() {
        parts.push(format!("q={}", url_encode(&f.query)));
    }
    if !f.kinds.is_empty() {
        parts.push(format!(
            "kind={}",
            f.kinds
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    if !f.domains.is_empty() {
        parts.push(format!(
            "domain={}",
            f.domains
                .iter()
                .map(|d| d.key())
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    if f.sort != Sort::default() {
        parts.push(format!("sort={}", f.sort.key()));
    }
    if let Some(id) = &state.open {
        parts.push(format!("doc={}", url_encode(id)));
    }
    parts.join("&")
}

fn parties_text(a: &Agreement) -> String {
    a.parties_text("; ")
}

/// The listed documents as CSV (RFC 4180, header row).
#[must_use]
pub fn to_csv(docs: &[&Agreement]) -> String {
    let header = [
        "id",
        "title",
        "kind",
        "domain",
        "parties",
        "explanation",
        "article_text",
    ];
    csv(
        &header,
        docs.iter().map(|a| {
            [
                a.id.to_string(),
                a.title.to_string(),
                a.kind.label(1).to_string(),
                a.domain.label().to_string(),
                parties_text(a),
                a.explanation.to_string(),
                a.sentence.to_string(),
            ]
        }),
    )
}

/// The listed documents as a JSON array.
#[must_use]
pub fn to_json(docs: &[&Agreement]) -> String {
    let items: Vec<String> = docs
        .iter()
        .map(|a| {
            let parties: Vec<String> = a.parties.iter().map(|p| json_string(p)).collect();
            format!(
                "{{\"id\":{},\"title\":{},\"kind\":{},\"domain\":{},\"parties\":[{}],\"explanation\":{},\"article_text\":{}}}",
                json_string(&a.id),
                json_string(&a.title),
                json_string(a.kind.key()),
                json_string(a.domain.key()),
                parties.join(","),
                json_string(&a.explanation),
                json_string(&a.sentence)
            )
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}
