//! A chart framed to stand on its own: its title (the finding), a subtitle (what is measured,
//! in what unit), the chart, its sources and the credit. One layout serves the share images
//! (built natively, measured with the real font) and the PNG and SVG downloads (built in the
//! browser, measured by a conservative estimate), so they read alike.

use super::data::{ChartData, SeriesKind};
use super::surface::{Font, Stroke, Surface};
use super::theme::{Palette, Rgb};
use plotters_backend::DrawingBackend;

/// The size of a framed chart in CSS px: the size link previews ask for (1.91:1), which also
/// prints well on a page's width. The PNG download is drawn at 2×.
pub const SIZE: (u32, u32) = (1200, 630);
const PAD: i32 = 56;
const TOP: i32 = 42;
const BOTTOM: i32 = 30;
/// Backend pixels per frame pixel of the chart: its labels at about 1.4× the page's.
const CHART_SCALE: f64 = 1.4;
const SUBTITLE: f64 = 24.0;
const SMALL: f64 = 17.0;

/// How wide a text is at a font size (px), regular or bold.
pub trait Measure {
    fn width(&self, text: &str, size: f64, bold: bool) -> Result<f32, String>;
}

/// A width no common sans-serif face exceeds: the charts' one estimate
/// (`layout::text_em`), bold at 1.14 times.
pub struct Estimate;

impl Measure for Estimate {
    fn width(&self, text: &str, size: f64, bold: bool) -> Result<f32, String> {
        let em = super::layout::text_em(text) * if bold { 1.14 } else { 1.0 };
        #[allow(clippy::cast_possible_truncation)] // text widths are far inside f32
        Ok((em * size) as f32)
    }
}

/// The credit under every framed chart: the explainer (`name`) and the report it is built on.
pub fn credit(name: &str) -> String {
    let a = &crate::content::ARTICLE;
    format!(
        "{name} · on the {} report of {}",
        a.credit.as_ref() as &str,
        a.dateline.as_ref() as &str
    )
}

/// What a frame says.
pub struct FrameText<'a> {
    pub title: &'a str,
    pub subtitle: String,
    pub sources: Vec<&'a str>,
    pub credit: String,
}

/// Where everything goes, in frame px.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameLayout {
    pub title_size: f64,
    pub title: Vec<String>,
    pub subtitle: Vec<String>,
    pub sources: Vec<String>,
    pub credit: String,
    /// The chart's drawing area: left, top, width, height.
    pub chart: (i32, i32, u32, u32),
    /// Backend pixels per CSS px for the chart, in frame px.
    pub chart_scale: f64,
}

/// Breaks `text` into lines at most `width` wide, at spaces.
pub fn wrap(
    m: &dyn Measure,
    text: &str,
    size: f64,
    bold: bool,
    width: f32,
) -> Result<Vec<String>, String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        if let Some(line) = lines.last_mut() {
            let longer = format!("{line} {word}");
            if m.width(&longer, size, bold)? <= width {
                *line = longer;
                continue;
            }
        }
        lines.push(word.to_string());
    }
    Ok(lines)
}

/// The text of a chart's frame: its distinct sources in the order of its points.
pub fn frame_text<'a>(chart: &'a ChartData, title: &'a str, credit: String) -> FrameText<'a> {
    let mut sources: Vec<&str> = Vec::new();
    for (_, _, point) in chart.points() {
        let source: &str = point.source.as_ref();
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    FrameText {
        title,
        subtitle: format!("{}, {}", chart.title, chart.unit),
        sources,
        credit,
    }
}

/// "Data: A; B; and 3 more, …" in at most two lines.
fn sources_lines(m: &dyn Measure, sources: &[&str], width: f32) -> Result<Vec<String>, String> {
    for shown in (1..=sources.len()).rev() {
        let rest = sources.len() - shown;
        let mut line = format!("Data: {}", sources[..shown].join("; "));
        if rest > 0 {
            line.push_str(&format!(
                "; and {rest} more: every value with its source and link in the explainer"
            ));
        }
        let lines = wrap(m, &line, SMALL, false, width)?;
        if lines.len() <= 2 {
            return Ok(lines);
        }
    }
    Err("framed chart: the first source alone does not fit in two lines".into())
}

use super::surface::round as round_px;

fn line_height(size: f64, factor: f64) -> i32 {
    round_px(size * factor)
}

/// Lays out a frame of `SIZE`: the title as large as it fits in two lines, else three.
pub fn layout(text: &FrameText, chart: &ChartData, m: &dyn Measure) -> Result<FrameLayout, String> {
    let inner = f32::from(u16::try_from(SIZE.0 - 2 * PAD.unsigned_abs()).unwrap_or(0));
    let mut title = None;
    'fit: for (most, sizes) in [(2, 36..=46), (3, 30..=36)] {
        for size in sizes.rev().step_by(2) {
            let lines = wrap(m, text.title, f64::from(size), true, inner)?;
            if lines.len() <= most {
                title = Some((f64::from(size), lines));
                break 'fit;
            }
        }
    }
    let (title_size, title) =
        title.ok_or_else(|| format!("framed chart: the title does not fit: {}", text.title))?;
    let subtitle = wrap(m, &text.subtitle, SUBTITLE, false, inner)?;
    let sources = sources_lines(m, &text.sources, inner)?;
    if m.width(&text.credit, SMALL, true)? > inner {
        return Err(format!(
            "framed chart: the credit line does not fit: {}",
            text.credit
        ));
    }
    let lines = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    let top = TOP
        + line_height(title_size, 1.18) * lines(title.len())
        + 6
        + line_height(SUBTITLE, 1.3) * lines(subtitle.len())
        + 6;
    let footer = line_height(SMALL, 1.35) * (lines(sources.len()) + 1);
    let bottom = i32::try_from(SIZE.1).unwrap_or(0) - BOTTOM - footer - 14;
    let (left, right) = (PAD - 8, i32::try_from(SIZE.0).unwrap_or(0) - PAD + 16);
    let size = (
        u32::try_from(right - left).unwrap_or(0),
        u32::try_from(bottom - top).unwrap_or(0),
    );
    // The bar chart's rows need their height: drawn smaller where the area is lower.
    let chart_scale = if chart.series.iter().any(|s| s.kind == SeriesKind::Bars) {
        CHART_SCALE.min(f64::from(size.1) / f64::from(super::svg::BARS_MIN_HEIGHT))
    } else {
        CHART_SCALE
    };
    Ok(FrameLayout {
        title_size,
        title,
        subtitle,
        sources,
        credit: text.credit.clone(),
        chart: (left, top, size.0, size.1),
        chart_scale,
    })
}

/// Text of `size` px, anchored at its top left.
fn style(size: f64, bold: bool, color: Rgb) -> Font {
    let font = Font::new(size * 1.24, color);
    if bold {
        font.bold()
    } else {
        font
    }
}

/// Draws the frame's text and rule (not the chart) at `scale` backend px per frame px.
pub fn draw_frame<DB: DrawingBackend>(
    backend: &mut DB,
    l: &FrameLayout,
    p: &Palette,
    scale: f64,
) -> Result<(), String> {
    let root = Surface::new(backend);
    let s = |v: i32| round_px(f64::from(v) * scale);
    let text = |t: &str, y: i32, size: f64, bold: bool, color| {
        root.text(t, (s(PAD), s(y)), &style(size * scale, bold, color))
    };
    root.fill(p.background)?;
    let mut y = TOP;
    for line in &l.title {
        text(line, y, l.title_size, true, p.ink)?;
        y += line_height(l.title_size, 1.18);
    }
    y += 6;
    for line in &l.subtitle {
        text(line, y, SUBTITLE, false, p.muted)?;
        y += line_height(SUBTITLE, 1.3);
    }
    let step = line_height(SMALL, 1.35);
    let lines = i32::try_from(l.sources.len()).unwrap_or(0);
    let mut y = i32::try_from(SIZE.1).unwrap_or(0) - BOTTOM - step * (lines + 1);
    let rule = y - 8;
    let width = i32::try_from(SIZE.0).unwrap_or(0);
    for line in &l.sources {
        text(line, y, SMALL, false, p.muted)?;
        y += step;
    }
    text(&l.credit, y, SMALL, true, p.ink)?;
    root.path(
        &[(s(PAD), s(rule)), (s(width - PAD), s(rule))],
        Stroke::new(p.grid, round_px(2.0 * scale).unsigned_abs()),
    )
}

/// Puts a chart's SVG document into a frame's SVG document at the layout's chart area.
pub fn compose_svg(frame: &str, chart: &str, l: &FrameLayout) -> Result<String, String> {
    let body = chart
        .find("<svg")
        .and_then(|i| chart[i..].find('>').map(|j| i + j + 1))
        .and_then(|start| Some(&chart[start..chart.rfind("</svg>")?]))
        .ok_or("framed chart: unexpected chart SVG")?;
    let end = frame
        .rfind("</svg>")
        .ok_or("framed chart: unexpected SVG")?;
    let (left, top, _, _) = l.chart;
    let mut out = frame.to_string();
    out.insert_str(
        end,
        &format!(r#"<g transform="translate({left},{top})">{body}</g>"#),
    );
    Ok(out)
}

/// A chart framed as one SVG document of `SIZE`, with its layout.
pub fn framed_svg(
    chart: &ChartData,
    text: &FrameText,
    palette: &Palette,
    m: &dyn Measure,
) -> Result<(String, FrameLayout), String> {
    use super::backend::Backend;
    use super::draw::{draw, DrawOptions};
    use plotters_svg::SVGBackend;
    let l = layout(text, chart, m)?;
    let mut frame = String::new();
    {
        let mut svg = Backend::Svg(SVGBackend::with_string(&mut frame, SIZE));
        draw_frame(&mut svg, &l, palette, 1.0)?;
        svg.present().map_err(|e| e.to_string())?;
    }
    let mut plot = String::new();
    {
        let (_, _, w, h) = l.chart;
        let mut svg = Backend::Svg(SVGBackend::with_string(&mut plot, (w, h)));
        draw(
            &mut svg,
            chart,
            &DrawOptions {
                palette,
                scale: l.chart_scale,
                highlight: None,
                focus: None,
            },
        )?;
        svg.present().map_err(|e| e.to_string())?;
    }
    Ok((compose_svg(&frame, &plot, &l)?, l))
}
