//! The explorer of the documents the article lists as signed: cards, overview, search, facets
//! and the article's own list.

pub mod agreement_card;
pub mod agreements_explorer;
pub mod agreements_overview;
pub mod explorer_controls;
pub mod explorer_root;
pub mod facets;
#[cfg(not(target_arch = "wasm32"))]
pub mod signed_list;

pub use agreement_card::AgreementCard;
pub use agreements_explorer::AgreementsExplorer;
pub use agreements_overview::agreements_overview;
pub use explorer_controls::explorer_controls;
pub use explorer_root::ExplorerRoot;
pub use facets::facets;
