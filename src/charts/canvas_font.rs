//! The canvas `font` strings: the size and style the SVG backend writes, as the browser
//! serialises them, so that the canvas backend can tell from `ctx.font` whether a font is set
//! already (pure, tested natively).

/// A font size in CSS px to a tenth (the SVG backend's size ÷ 1.24), written as the browser
/// writes it back ("12.1px", "13px").
pub fn font_px(size: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // font sizes are small
    let tenths = (size.max(0.0) / 1.24 * 10.0).round() as u32;
    match tenths % 10 {
        0 => format!("{}px", tenths / 10),
        t => format!("{}.{t}px", tenths / 10),
    }
}

/// The canvas `font` for a text style, as the browser serialises it (`ctx.font` reads back
/// the same string): the style only when not normal, then the size and the family.
pub fn canvas_font(style: &str, size: f64, family: &str) -> String {
    let style = match style {
        "normal" => "",
        "bold" => "bold ",
        _ => "italic ",
    };
    format!("{style}{} {family}", font_px(size))
}
