//! The explainer's lead (title, standfirst, byline, key numbers) and the note on how its
//! figures were checked, both composed in `logic::lead`.

pub mod lead_header;
pub mod method_note;

pub use lead_header::lead_header;
pub use method_note::method_note;
