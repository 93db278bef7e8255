//! Chart colours for the light and dark themes. Every mark keeps a contrast of at least 3:1
//! against the chart background, every two data colours differ clearly (CIEDE2000 of at least
//! 20, tested), and series also differ by marker shape. One encoding, one meaning: reported
//! series are solid lines and filled marks in their colour; projections and models (the trade
//! projection, the steady-growth path) one dashed grey-blue (`projection`); claims one diamond
//! (`claim`); part-year figures one hollow circle (`partial`).
//! The prerendered SVG is drawn with `LIGHT`; `assets/style.css` maps each of its colours to
//! `DARK` under `prefers-color-scheme: dark` (a test keeps the two in step).

use super::data::Role;
use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub highlight: RGBColor,
    pub kyrgyz: RGBColor,
    pub russian: RGBColor,
    pub unstated: RGBColor,
    pub partial: RGBColor,
    pub projection: RGBColor,
    pub claim: RGBColor,
    pub som: RGBColor,
    pub fund: RGBColor,
    pub energy: RGBColor,
}

impl Palette {
    pub fn role(&self, role: Role) -> RGBColor {
        match role {
            Role::Kyrgyz => self.kyrgyz,
            Role::Russian => self.russian,
            Role::Unstated => self.unstated,
            Role::Partial => self.partial,
            Role::Target => self.ink,
            Role::Projection => self.projection,
            Role::Claim => self.claim,
            Role::Som => self.som,
            Role::Fund => self.fund,
            Role::Energy => self.energy,
        }
    }

    /// Every colour with its name, for the CSS check and the contrast test.
    pub fn named(&self) -> [(&'static str, RGBColor); 14] {
        [
            ("background", self.background),
            ("ink", self.ink),
            ("muted", self.muted),
            ("grid", self.grid),
            ("highlight", self.highlight),
            ("kyrgyz", self.kyrgyz),
            ("russian", self.russian),
            ("unstated", self.unstated),
            ("partial", self.partial),
            ("projection", self.projection),
            ("claim", self.claim),
            ("som", self.som),
            ("fund", self.fund),
            ("energy", self.energy),
        ]
    }
}

pub const LIGHT: Palette = Palette {
    background: RGBColor(0xFF, 0xFF, 0xFF),
    ink: RGBColor(0x1C, 0x1B, 0x19),
    muted: RGBColor(0x55, 0x52, 0x4C),
    grid: RGBColor(0xE4, 0xE0, 0xD8),
    highlight: RGBColor(0xA8, 0x6B, 0x00),
    kyrgyz: RGBColor(0xB4, 0x23, 0x18),
    russian: RGBColor(0x1D, 0x4F, 0x91),
    unstated: RGBColor(0x6B, 0x5B, 0x00),
    partial: RGBColor(0x8E, 0x24, 0xAA),
    projection: RGBColor(0x7D, 0x87, 0x94),
    claim: RGBColor(0xD6, 0x33, 0x6C),
    som: RGBColor(0x16, 0x75, 0x7E),
    fund: RGBColor(0x15, 0x80, 0x3D),
    energy: RGBColor(0xC2, 0x63, 0x0A),
};

pub const DARK: Palette = Palette {
    background: RGBColor(0x1E, 0x20, 0x26),
    ink: RGBColor(0xE9, 0xE6, 0xDF),
    muted: RGBColor(0xB3, 0xAD, 0xA3),
    grid: RGBColor(0x3A, 0x3C, 0x44),
    highlight: RGBColor(0xF0, 0xB6, 0x4A),
    kyrgyz: RGBColor(0xFF, 0x8A, 0x80),
    russian: RGBColor(0x8A, 0xB4, 0xFF),
    unstated: RGBColor(0xD4, 0xB9, 0x3C),
    partial: RGBColor(0xE0, 0xA3, 0xF5),
    projection: RGBColor(0x86, 0x8C, 0x94),
    claim: RGBColor(0xEC, 0x48, 0x99),
    som: RGBColor(0x2B, 0xB3, 0xA8),
    fund: RGBColor(0x6C, 0xCB, 0x5F),
    energy: RGBColor(0xE0, 0x8A, 0x2E),
};

/// "#1D4F91", as plotters writes colours into SVG.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}
