pub mod embed;
pub mod embed_choice;
pub mod encoding;
pub mod explorer;
pub mod format;
pub mod growth;
pub mod sonify;
pub mod view_state;
