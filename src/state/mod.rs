//! The app's state as pure reducers (`yew::Reducible`), one file each: the figure focus,
//! the view (URL) state, the explorer and embedding. Tested natively.

pub mod embed;
pub mod explorer;
pub mod focus;
pub mod view;

pub use embed::{Embed, EmbedAction};
pub use explorer::{Explorer, ExplorerAction};
pub use focus::{FigureFocus, FocusAction};
pub use view::{View, ViewAction};
