pub mod format;
pub mod growth;
pub mod view_state;
