//! The charts: what they show (`data`, one module per chart) and how they are drawn (`draw`,
//! generic over plotters' `DrawingBackend`: canvas in the browser, SVG for the prerendered
//! page, downloads and tests).

pub mod data;
pub mod draw;
pub mod export;
pub mod growth;
pub mod investment;
pub mod svg;
pub mod theme;
pub mod trade;
