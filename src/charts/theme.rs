//! Chart colours for the light and dark themes. Every mark keeps a contrast of at least 3:1
//! against the chart background, every two data colours differ clearly (CIEDE2000 of at least
//! 20, tested), and series also differ by marker shape. One encoding, one meaning: reported
//! series are solid lines and filled marks in their colour; projections and models (the trade
//! projection, the steady-growth path) one dashed grey-blue (`projection`); claims one diamond
//! (`claim`); part-year figures one hollow circle (`partial`).
//! The prerendered SVG is drawn with `LIGHT`; `assets/style.css` maps each of its colours to
//! `DARK` under `prefers-color-scheme: dark` (a test keeps the two in step).

use super::data::Role;
use plotters_backend::BackendColor;

/// A colour, red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as the backends take it, opaque.
    pub fn opaque(self) -> BackendColor {
        self.alpha(1.0)
    }

    /// The colour at `alpha` (0 to 1), for a tint.
    pub fn alpha(self, alpha: f64) -> BackendColor {
        BackendColor {
            alpha,
            rgb: (self.0, self.1, self.2),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Rgb,
    pub ink: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub highlight: Rgb,
    pub kyrgyz: Rgb,
    pub russian: Rgb,
    pub unstated: Rgb,
    pub partial: Rgb,
    pub projection: Rgb,
    pub claim: Rgb,
    pub som: Rgb,
    pub fund: Rgb,
    pub energy: Rgb,
}

impl Palette {
    pub fn role(&self, role: Role) -> Rgb {
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
    pub fn named(&self) -> [(&'static str, Rgb); 14] {
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
    background: Rgb(0xFF, 0xFF, 0xFF),
    ink: Rgb(0x1C, 0x1B, 0x19),
    muted: Rgb(0x55, 0x52, 0x4C),
    grid: Rgb(0xE4, 0xE0, 0xD8),
    highlight: Rgb(0xA8, 0x6B, 0x00),
    kyrgyz: Rgb(0xB4, 0x23, 0x18),
    russian: Rgb(0x1D, 0x4F, 0x91),
    unstated: Rgb(0x6B, 0x5B, 0x00),
    partial: Rgb(0x8E, 0x24, 0xAA),
    projection: Rgb(0x7D, 0x87, 0x94),
    claim: Rgb(0xD6, 0x33, 0x6C),
    som: Rgb(0x16, 0x75, 0x7E),
    fund: Rgb(0x15, 0x80, 0x3D),
    energy: Rgb(0xC2, 0x63, 0x0A),
};

pub const DARK: Palette = Palette {
    background: Rgb(0x1E, 0x20, 0x26),
    ink: Rgb(0xE9, 0xE6, 0xDF),
    muted: Rgb(0xB3, 0xAD, 0xA3),
    grid: Rgb(0x3A, 0x3C, 0x44),
    highlight: Rgb(0xF0, 0xB6, 0x4A),
    kyrgyz: Rgb(0xFF, 0x8A, 0x80),
    russian: Rgb(0x8A, 0xB4, 0xFF),
    unstated: Rgb(0xD4, 0xB9, 0x3C),
    partial: Rgb(0xE0, 0xA3, 0xF5),
    projection: Rgb(0x86, 0x8C, 0x94),
    claim: Rgb(0xEC, 0x48, 0x99),
    som: Rgb(0x2B, 0xB3, 0xA8),
    fund: Rgb(0x6C, 0xCB, 0x5F),
    energy: Rgb(0xE0, 0x8A, 0x2E),
};

/// "#1D4F91", as plotters writes colours into SVG.
pub fn hex(c: Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}
