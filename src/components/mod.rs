//! Reusable pieces of the Yew shell.

pub mod agreement_card;
pub mod agreements_explorer;
pub mod agreements_overview;
pub mod article_block;
pub mod chart_canvas;
pub mod chart_paint;
pub mod chart_panel;
pub mod chart_section;
pub mod chart_tooltip;
pub mod data_table;
pub mod downloads;
pub mod eaeu_claims;
pub mod embed_code;
pub mod embed_credit;
pub mod explorer_controls;
pub mod facets;
pub mod figure_card;
pub mod figure_index;
pub mod figure_mention;
pub mod growth_controls;
pub mod panel_notes;
pub mod rate_control;
pub mod share_link;
pub mod signed_list;
pub mod sound_button;
pub mod trade_controls;
pub mod trade_share;

pub use agreement_card::AgreementCard;
pub use agreements_explorer::AgreementsExplorer;
pub use agreements_overview::agreements_overview;
pub use article_block::article_block;
pub use chart_canvas::ChartCanvas;
pub use chart_panel::ChartPanel;
pub use chart_section::ChartSection;
pub use chart_tooltip::chart_tooltip;
pub use data_table::data_table;
pub use downloads::downloads;
pub use eaeu_claims::eaeu_claims;
pub use embed_code::{embed_code, embed_help};
pub use embed_credit::{embed_credit, embed_heading, EXPLAINER_NAME, EXPLAINER_SHORT};
pub use explorer_controls::explorer_controls;
pub use facets::facets;
pub use figure_card::FigureCard;
pub use figure_index::figure_index;
pub use figure_mention::FigureMention;
pub use growth_controls::growth_controls;
pub use panel_notes::panel_notes;
pub use share_link::share_link;
pub use signed_list::SignedList;
pub use sound_button::SoundButton;
pub use trade_controls::trade_controls;
pub use trade_share::trade_share;

/// DOM ids shared by the mention in the text, its entry in the figure index and its
/// description, so links and `aria-describedby` always agree.
pub mod ids {
    pub fn mention(figure_id: &str) -> String {
        format!("mention-{figure_id}")
    }
    pub fn entry(figure_id: &str) -> String {
        format!("figure-{figure_id}")
    }
    pub fn description(figure_id: &str) -> String {
        format!("figure-desc-{figure_id}")
    }
}
