//! Where each chart panel and the documents explorer stand in the article: each panel right
//! after the block that cites most of its figures (the earliest on a tie), the explorer right
//! after the article's list of documents. Derived from the blocks and from which panel shows
//! which figure (`charts::FIGURE_PANELS`), never from paragraph numbers.

use crate::content::{Block, Figure, Inline};
use crate::logic::view_state::Panel;

/// What stands after a block of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insert {
    Chart(Panel),
    Agreements,
}

fn figures_in(block: &Block) -> Vec<u16> {
    let of = |run: &[Inline]| -> Vec<u16> {
        run.iter()
            .filter_map(|i| match i {
                Inline::Figure(n) => Some(*n),
                _ => None,
            })
            .collect()
    };
    match block {
        Block::Paragraph(body) | Block::Quote { body, .. } => of(body),
        Block::List(items) => items.iter().flat_map(|item| of(item)).collect(),
    }
}

/// For each block index, what follows it, in the order of `Panel::ALL`; `panels` maps a
/// figure id to the panel that shows it.
pub fn placements(
    blocks: &[Block],
    figures: &[Figure],
    panels: &[(&str, Panel, bool)],
) -> Vec<(usize, Insert)> {
    let panel_of = |n: u16| {
        let id = figures.get(usize::from(n))?.id.as_ref();
        panels.iter().find(|(f, _, _)| *f == id).map(|(_, p, _)| *p)
    };
    let mut out = Vec::new();
    for panel in Panel::ALL {
        let counts = blocks.iter().map(|b| {
            figures_in(b)
                .into_iter()
                .filter(|&n| panel_of(n) == Some(panel))
                .count()
        });
        // The first block with the highest count: `max_by_key` keeps the last, so compare
        // with the index reversed.
        let best = counts
            .enumerate()
            .filter(|&(_, c)| c > 0)
            .max_by_key(|&(i, c)| (c, std::cmp::Reverse(i)));
        if let Some((i, _)) = best {
            out.push((i, Insert::Chart(panel)));
        }
    }
    if let Some(i) = blocks.iter().position(|b| matches!(b, Block::List(_))) {
        out.push((i, Insert::Agreements));
    }
    out.sort_by_key(|&(i, _)| i);
    out
}

/// Whether figure `n`'s chart stands right after the block that cites it (its tap can then
/// go to its point, a few lines away).
pub fn beside(
    blocks: &[Block],
    placed: &[(usize, Insert)],
    figures: &[Figure],
    panels: &[(&str, Panel, bool)],
    n: u16,
) -> bool {
    let Some(id) = figures.get(usize::from(n)).map(|f| f.id.as_ref()) else {
        return false;
    };
    let Some(panel) = panels.iter().find(|(f, _, _)| *f == id).map(|(_, p, _)| *p) else {
        return false;
    };
    blocks
        .iter()
        .position(|b| figures_in(b).contains(&n))
        .is_some_and(|i| after(placed, i).any(|x| x == Insert::Chart(panel)))
}

/// What follows block `i`.
pub fn after(placed: &[(usize, Insert)], i: usize) -> impl Iterator<Item = Insert> + '_ {
    placed.iter().filter(move |(b, _)| *b == i).map(|(_, x)| *x)
}
