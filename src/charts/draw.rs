//! Drawing, generic over plotters' `DrawingBackend`: the same code paints the browser canvas,
//! the prerendered and downloadable SVG, and the native tests' SVG strings. It returns where
//! each point landed, for hit-testing and for placing the tooltip.

use super::data::{ChartData, DataPoint, Mark, PointRef, Series, SeriesKind};
use super::theme::Palette;
use crate::content::Bound;
use crate::logic::format::{bound_word, fixed, group_thousands};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What to draw on top of the data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawOptions<'a> {
    pub palette: &'a Palette,
    /// Backend pixels per CSS pixel (the device pixel ratio on canvas, 1 for SVG).
    pub scale: f64,
    /// The point linked from the prose (hovered or focused figure).
    pub highlight: Option<PointRef>,
    /// The point under the pointer or the keyboard focus.
    pub focus: Option<PointRef>,
}

/// Where a point landed, in backend pixels: a box to hit and an anchor for the tooltip.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub at: PointRef,
    pub anchor: (i32, i32),
    pub rect: ((i32, i32), (i32, i32)),
}

/// The hit-test map of a drawn chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitMap {
    pub hits: Vec<Hit>,
}

impl HitMap {
    /// The point under (x, y) in backend pixels, else the nearest within `reach` pixels.
    #[must_use]
    pub fn at(&self, x: i32, y: i32, reach: i32) -> Option<PointRef> {
        let inside = |h: &&Hit| {
            let ((x0, y0), (x1, y1)) = h.rect;
            x >= x0 && x <= x1 && y >= y0 && y <= y1
        };
        if let Some(h) = self.hits.iter().find(inside) {
            return Some(h.at);
        }
        // In i64, saturating: any two i32 differ by less than 2^32, but squares of such
        // differences may not fit; a saturated distance is beyond any reach anyway.
        let d2 = |h: &Hit| {
            let dx = i64::from(h.anchor.0) - i64::from(x);
            let dy = i64::from(h.anchor.1) - i64::from(y);
            dx.saturating_mul(dx).saturating_add(dy.saturating_mul(dy))
        };
        self.hits
            .iter()
            .filter(|h| d2(h) <= i64::from(reach) * i64::from(reach))
            .min_by_key(|h| d2(h))
            .map(|h| h.at)
    }

    #[must_use]
    pub fn anchor(&self, at: PointRef) -> Option<(i32, i32)> {
        self.hits.iter().find(|h| h.at == at).map(|h| h.anchor)
    }
}

type DrawResult<T> = Result<T, String>;

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// Draws `chart` onto `root` and returns where its points landed.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    root.fill(&opts.palette.background).map_err(err)?;
    if chart.series.iter().any(|s| s.kind == SeriesKind::Bars) {
        draw_bars(root, chart, opts)
    } else {
        draw_lines(root, chart, opts)
    }
}

/// Below this chart width (CSS px) the year axis has half the ticks and tags their short form.
const NARROW_CSS_PX: f64 = 480.0;

fn px(opts: &DrawOptions, css: f64) -> i32 {
    round_px(css * opts.scale)
}

/// Rounds to whole backend pixels; `as` saturates (NaN gives 0), so nothing wraps.
#[allow(clippy::cast_possible_truncation)] // saturating; drawn sizes are far inside i32
fn round_px(v: f64) -> i32 {
    v.round() as i32
}

/// A width in backend pixels (a stroke, a label), never negative.
fn px_u32(opts: &DrawOptions, css: f64) -> u32 {
    u32::try_from(px(opts, css)).unwrap_or(0)
}

/// A number of characters as a float: exact up to `u32::MAX`, saturating above.
fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

fn font<'a>(opts: &DrawOptions, css_px: f64, color: RGBColor) -> TextStyle<'a> {
    (FontFamily::SansSerif, css_px * 1.24 * opts.scale)
        .into_font()
        .color(&color)
}

/// A box of the background colour behind a mark's tag (drawn to its left), so that lines
/// passing under the tag do not cross its letters. The width is estimated from the number of
/// characters (about 0.56 em each in a sans-serif face), the same on every backend.
fn tag_halo(opts: &DrawOptions, tag: &str, background: RGBColor) -> Rectangle<(i32, i32)> {
    let em = 11.5 * opts.scale;
    let width = round_px(count_f64(tag.chars().count()) * 0.56 * em);
    let (right, pad, half) = (-px(opts, 10.0), px(opts, 3.0), round_px(0.6 * em));
    Rectangle::new(
        [
            (right - width - pad, -half - pad),
            (right + pad, half + pad),
        ],
        background.mix(0.85).filled(),
    )
}

fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let p = opts.palette;
    let f = &chart.frame;
    let (legend, legend_height) = legend_layout(chart, root.dim_in_pixel().0, opts);
    let mut ctx = ChartBuilder::on(root)
        .margin_top(legend_height + px(opts, 8.0))
        .margin_right(px(opts, 16.0))
        .margin_left(px(opts, 4.0))
        .margin_bottom(px(opts, 4.0))
        .x_label_area_size(px(opts, 28.0))
        .y_label_area_size(px(opts, 52.0))
        .build_cartesian_2d(f.x_range.0..f.x_range.1, f.y_range.0..f.y_range.1)
        .map_err(err)?;
    let (width, _) = root.dim_in_pixel();
    let css_width = f64::from(width) / opts.scale;
    let year_label = |x: f64| fixed(x, 0);
    let y_label = |y: f64| group_thousands((y * 100.0).round() / 100.0);
    let narrow = css_width < NARROW_CSS_PX;
    let x_count = if narrow { 5 } else { 10 };
    let x_ticks: Vec<f64> = nice_ticks(f.x_range.0, f.x_range.1, x_count)
        .into_iter()
        .filter(|x| x.fract() == 0.0)
        .collect();
    let y_ticks = nice_ticks(f.y_range.0, f.y_range.1, 7);
    draw_axes(
        root,
        &ctx,
        opts,
        Axes {
            x_ticks: &x_ticks,
            x_format: &year_label,
            y_ticks: &y_ticks,
            y_format: Some(&y_label),
            x_desc: None,
            y_desc: Some(f.y_label),
        },
    )?;

    if let Some((x, label)) = f.marker {
        let style = ShapeStyle::from(p.muted).stroke_width(px_u32(opts, 1.0));
        ctx.draw_series(std::iter::once(DashedPathElement::new(
            vec![(x, f.y_range.0), (x, f.y_range.1)],
            px(opts, 3.0),
            px(opts, 3.0),
            style,
        )))
        .map_err(err)?;
        ctx.draw_series(std::iter::once(
            EmptyElement::at((x, f.y_range.0))
                + Text::new(
                    label.to_string(),
                    (px(opts, 4.0), -px(opts, 18.0)),
                    font(opts, 11.0, p.muted),
                ),
        ))
        .map_err(err)?;
    }

    // With tags, the marks are drawn after them (below), not with their series.
    let marked = |s: &&Series| !s.derived && s.kind != SeriesKind::Reference;
    let tagged = chart
        .series
        .iter()
        .filter(marked)
        .any(|s| s.points.iter().any(|d| d.tag.is_some()));
    let mut hits = HitMap::default();
    for (s, series) in chart.series.iter().enumerate() {
        let color = p.role(series.role);
        let line = ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0));
        match series.kind {
            SeriesKind::Reference => {
                for (i, point) in series.points.iter().enumerate() {
                    let path = vec![(f.x_range.0, point.y), (f.x_range.1, point.y)];
                    ctx.draw_series(std::iter::once(DashedPathElement::new(
                        path,
                        px(opts, 6.0),
                        px(opts, 4.0),
                        line,
                    )))
                    .map_err(err)?;
                    let label = format!("{}: {}", series.label, point.value_text);
                    let at = (f.x_range.0, point.y);
                    ctx.draw_series(std::iter::once(
                        EmptyElement::at(at)
                            + Text::new(
                                label,
                                (px(opts, 6.0), -px(opts, 16.0)),
                                font(opts, 12.0, color),
                            ),
                    ))
                    .map_err(err)?;
                    let anchor = ctx.backend_coord(&(point.x, point.y));
                    let (x0, _) = ctx.backend_coord(&(f.x_range.0, point.y));
                    hits.hits.push(Hit {
                        at: PointRef {
                            series: s,
                            point: i,
                        },
                        anchor,
                        rect: (
                            (x0, anchor.1 - px(opts, 5.0)),
                            (anchor.0, anchor.1 + px(opts, 5.0)),
                        ),
                    });
                }
                continue;
            }
            SeriesKind::Line => {
                for (first, last) in series.gaps() {
                    draw_gap(&mut ctx, series, (first, last), opts)?;
                }
                for run in series.runs().into_iter().filter(|r| r.len() > 1) {
                    let path: Vec<(f64, f64)> = run.iter().map(|d| (d.x, d.y)).collect();
                    if series.dashed {
                        ctx.draw_series(std::iter::once(DashedPathElement::new(
                            path,
                            px(opts, 6.0),
                            px(opts, 4.0),
                            line,
                        )))
                        .map_err(err)?;
                    } else {
                        ctx.draw_series(std::iter::once(PathElement::new(path, line)))
                            .map_err(err)?;
                    }
                }
            }
            _ => {}
        }
        if series.derived {
            continue;
        }
        for (i, point) in series.points.iter().enumerate() {
            let at = PointRef {
                series: s,
                point: i,
            };
            if !tagged {
                draw_mark(&mut ctx, series, point, opts)?;
            }
            let anchor = ctx.backend_coord(&(point.x, point.y));
            let r = px(opts, 10.0);
            hits.hits.push(Hit {
                at,
                anchor,
                rect: ((anchor.0 - r, anchor.1 - r), (anchor.0 + r, anchor.1 + r)),
            });
        }
    }
    // Tags over every line, each in a box that hides the lines under it; then the marks, on
    // top: a tag never hides a data point.
    if tagged {
        for series in chart.series.iter().filter(marked) {
            for point in series.points.iter() {
                if let Some(tag) = point.tag {
                    let tag = if narrow { tag.narrow } else { tag.full };
                    let style = font(opts, 11.5, p.role(series.role))
                        .pos(Pos::new(HPos::Right, VPos::Center));
                    ctx.draw_series(std::iter::once(
                        EmptyElement::at((point.x, point.y))
                            + tag_halo(opts, tag, p.background)
                            + Text::new(tag, (-px(opts, 10.0), 0), style),
                    ))
                    .map_err(err)?;
                }
            }
        }
        for series in chart.series.iter().filter(marked) {
            for point in series.points.iter() {
                draw_mark(&mut ctx, series, point, opts)?;
            }
        }
    }
    for (at, ring) in [(opts.highlight, p.highlight), (opts.focus, p.ink)] {
        if let Some(point) = at.and_then(|at| chart.point(at)) {
            let style = ShapeStyle::from(ring).stroke_width(px_u32(opts, 2.5));
            ctx.draw_series(std::iter::once(
                EmptyElement::at((point.x, point.y)) + Circle::new((0, 0), px(opts, 9.0), style),
            ))
            .map_err(err)?;
        }
    }
    draw_legend(root, chart, opts, &legend)?;
    Ok(hits)
}

/// Marks the years a line series has no figure: a band tinted with the series' colour, and
/// "No figure from Kyrgyz officials, 2019–2022" (or a shorter form) along its foot where it fits.
fn draw_gap<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    series: &Series,
    (first, last): (u16, u16),
    opts: &DrawOptions,
) -> DrawResult<()> {
    let color = opts.palette.role(series.role);
    let (x0, x1) = (f64::from(first) - 0.5, f64::from(last) + 0.5);
    let yr = ctx.y_range();
    ctx.draw_series(std::iter::once(Rectangle::new(
        [(x0, yr.start), (x1, yr.end)],
        color.mix(0.05).filled(),
    )))
    .map_err(err)?;
    let span = |f: &dyn Fn(u16) -> String| {
        if first == last {
            f(first)
        } else {
            format!("{}–{}", f(first), f(last))
        }
    };
    let (years, short) = (
        span(&|y| y.to_string()),
        span(&|y| format!("’{:02}", y % 100)),
    );
    let band_px = (ctx.backend_coord(&(x1, yr.start)).0 - ctx.backend_coord(&(x0, yr.start)).0)
        .unsigned_abs();
    let fits = |t: &String| gap_label_width(opts, t) + px_u32(opts, 6.0) <= band_px;
    let label = [
        format!("No figure from {}, {years}", series.label),
        format!(
            "No {} figure, {years}",
            series.label.split(' ').next().unwrap_or_default()
        ),
        format!("No figure, {years}"),
        format!("No figure {short}"),
    ]
    .into_iter()
    .find(fits);
    if let Some(label) = label {
        let style = font(opts, 11.0, color).pos(Pos::new(HPos::Center, VPos::Bottom));
        ctx.draw_series(std::iter::once(
            EmptyElement::at(((x0 + x1) / 2.0, yr.start))
                + Text::new(label, (0, -px(opts, 6.0)), style),
        ))
        .map_err(err)?;
    }
    Ok(())
}

/// The width of a gap label, estimated like `tag_halo`: about 0.56 em a character.
fn gap_label_width(opts: &DrawOptions, text: &str) -> u32 {
    u32::try_from(round_px(
        count_f64(text.chars().count()) * 0.56 * 11.0 * opts.scale,
    ))
    .unwrap_or(0)
}

/// "Nice" tick values (steps of 1, 2 or 5 × 10ⁿ) inside `[min, max]`, about `count` of them.
#[must_use]
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if max <= min || count == 0 || !min.is_finite() || !max.is_finite() {
        return Vec::new();
    }
    let raw = (max - min) / count_f64(count);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    // Whole multiples of the step, counted in floats (no cast to wrap); about `count + 1`
    // of them, and never more than `count + 2`, even where adding 1 no longer changes a float.
    let (first, last) = ((min / step).ceil(), (max / step).floor());
    std::iter::successors(Some(first), |k| Some(k + 1.0))
        .take_while(|k| *k <= last)
        .take(count.saturating_add(2))
        .map(|k| (k * step * 1e9).round() / 1e9)
        .collect()
}

/// What the axes show.
struct Axes<'a> {
    x_ticks: &'a [f64],
    x_format: &'a dyn Fn(f64) -> String,
    /// Horizontal grid lines and labels; empty for a vertical grid at the x ticks instead.
    y_ticks: &'a [f64],
    y_format: Option<&'a dyn Fn(f64) -> String>,
    x_desc: Option<&'a str>,
    y_desc: Option<&'a str>,
}

/// Grid, axis line, tick labels and axis descriptions, placed by anchor: no text is measured,
/// so drawing needs no layout from the browser.
fn draw_axes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ctx: &Ctx<'_, DB>,
    opts: &DrawOptions,
    axes: Axes,
) -> DrawResult<()> {
    let p = opts.palette;
    let (xr, yr) = (ctx.x_range(), ctx.y_range());
    let grid = ShapeStyle::from(p.grid).stroke_width(px_u32(opts, 1.0));
    let axis = ShapeStyle::from(p.muted).stroke_width(px_u32(opts, 1.0));
    let at = |x: f64, y: f64| ctx.backend_coord(&(x, y));
    let label = |anchor: Pos| font(opts, 12.0, p.muted).pos(anchor);
    if axes.y_ticks.is_empty() {
        for &x in axes.x_ticks {
            root.draw(&PathElement::new(
                vec![at(x, yr.start), at(x, yr.end)],
                grid,
            ))
            .map_err(err)?;
        }
    } else {
        for &y in axes.y_ticks {
            root.draw(&PathElement::new(
                vec![at(xr.start, y), at(xr.end, y)],
                grid,
            ))
            .map_err(err)?;
            if let Some(format) = axes.y_format {
                let (x0, py) = at(xr.start, y);
                root.draw(&Text::new(
                    format(y),
                    (x0 - px(opts, 6.0), py),
                    label(Pos::new(HPos::Right, VPos::Center)),
                ))
                .map_err(err)?;
            }
        }
        root.draw(&PathElement::new(
            vec![at(xr.start, yr.start), at(xr.start, yr.end)],
            axis,
        ))
        .map_err(err)?;
    }
    root.draw(&PathElement::new(
        vec![at(xr.start, yr.start), at(xr.end, yr.start)],
        axis,
    ))
    .map_err(err)?;
    for &x in axes.x_ticks {
        let (px_x, py) = at(x, yr.start);
        root.draw(&PathElement::new(
            vec![(px_x, py), (px_x, py + px(opts, 4.0))],
            axis,
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            (axes.x_format)(x),
            (px_x, py + px(opts, 7.0)),
            label(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    if let Some(desc) = axes.x_desc {
        let (x0, y0) = at(xr.start, yr.start);
        let (x1, _) = at(xr.end, yr.start);
        root.draw(&Text::new(
            desc.to_string(),
            ((x0 + x1) / 2, y0 + px(opts, 24.0)),
            label(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    if let Some(desc) = axes.y_desc {
        let (_, y0) = at(xr.start, yr.start);
        let (_, y1) = at(xr.start, yr.end);
        let style = label(Pos::new(HPos::Center, VPos::Top)).transform(FontTransform::Rotate270);
        root.draw(&Text::new(
            desc.to_string(),
            (px(opts, 2.0), (y0 + y1) / 2),
            style,
        ))
        .map_err(err)?;
    }
    Ok(())
}

type Ctx<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

fn draw_mark<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    series: &Series,
    point: &DataPoint,
    opts: &DrawOptions,
) -> DrawResult<()> {
    let color = opts.palette.role(series.role);
    let fill = ShapeStyle::from(color).filled();
    let stroke = ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0));
    let r = px(opts, 5.0);
    let at = EmptyElement::at((point.x, point.y));
    let result = match series.mark {
        Mark::Circle => ctx
            .draw_series(std::iter::once(at + Circle::new((0, 0), r, fill)))
            .map(|_| ()),
        Mark::HollowCircle => ctx
            .draw_series(std::iter::once(at + Circle::new((0, 0), r, stroke)))
            .map(|_| ()),
        Mark::Triangle => ctx
            .draw_series(std::iter::once(
                at + Polygon::new(vec![(0, -r - 1), (r + 1, r), (-r - 1, r)], fill),
            ))
            .map(|_| ()),
        Mark::Diamond => ctx
            .draw_series(std::iter::once(
                at + Polygon::new(vec![(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)], fill),
            ))
            .map(|_| ()),
        Mark::Square => ctx
            .draw_series(std::iter::once(
                at + Rectangle::new([(-r, -r), (r, r)], fill),
            ))
            .map(|_| ()),
        Mark::None => Ok(()),
    };
    result.map_err(err)?;
    if point.bound == Bound::AtLeast {
        // A lower bound: an arrow pointing up from the mark.
        let tip = -r - px(opts, 16.0);
        let arrow = EmptyElement::at((point.x, point.y))
            + PathElement::new(vec![(0, -r - px(opts, 2.0)), (0, tip)], stroke)
            + Polygon::new(
                vec![
                    (0, tip - px(opts, 4.0)),
                    (px(opts, 4.0), tip + px(opts, 2.0)),
                    (-px(opts, 4.0), tip + px(opts, 2.0)),
                ],
                fill,
            );
        ctx.draw_series(std::iter::once(arrow)).map_err(err)?;
    }
    Ok(())
}

/// A one-line legend across the top of the plot: mark and label per reported series.
/// Where each legend entry goes: rows across the top, wrapping at the chart's width.
/// Returns (series index, x, y) per entry, and the height the legend takes.
fn legend_layout(
    chart: &ChartData,
    width: u32,
    opts: &DrawOptions,
) -> (Vec<(usize, i32, i32)>, i32) {
    let (start, row) = (px(opts, 64.0), px(opts, 18.0));
    let (mut x, mut y) = (start, px(opts, 12.0));
    let mut entries = Vec::new();
    for (i, series) in chart.series.iter().enumerate() {
        if series.kind == SeriesKind::Reference || series.points.is_empty() {
            continue;
        }
        let label_width = px(opts, 7.0 * count_f64(series.label.chars().count()) + 30.0);
        if x + label_width > i32::try_from(width).unwrap_or(i32::MAX) && x > start {
            x = start;
            y += row;
        }
        entries.push((i, x, y));
        x += label_width;
    }
    let height = if entries.is_empty() {
        0
    } else {
        y + row - px(opts, 6.0)
    };
    (entries, height)
}

/// The legend: mark and label per series, as laid out by `legend_layout`.
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
    entries: &[(usize, i32, i32)],
) -> DrawResult<()> {
    let p = opts.palette;
    for &(i, x, y) in entries {
        let series = &chart.series[i];
        let color = p.role(series.role);
        let r = px(opts, 4.0);
        let swatch: DynElement<DB, (i32, i32)> = match series.mark {
            Mark::None => PathElement::new(
                vec![(x - r * 2, y), (x + r, y)],
                ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0)),
            )
            .into_dyn(),
            Mark::Circle | Mark::HollowCircle => Circle::new(
                (x, y),
                r,
                if series.mark == Mark::Circle {
                    ShapeStyle::from(color).filled()
                } else {
                    ShapeStyle::from(color).stroke_width(px_u32(opts, 2.0))
                },
            )
            .into_dyn(),
            Mark::Triangle => Polygon::new(
                vec![(x, y - r), (x + r, y + r), (x - r, y + r)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
            Mark::Diamond => Polygon::new(
                vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
            Mark::Square => Rectangle::new(
                [(x - r, y - r), (x + r, y + r)],
                ShapeStyle::from(color).filled(),
            )
            .into_dyn(),
        };
        root.draw(&swatch).map_err(err)?;
        root.draw(&Text::new(
            series.label.clone(),
            (x + px(opts, 9.0), y - px(opts, 7.0)),
            font(opts, 12.0, p.ink),
        ))
        .map_err(err)?;
    }
    Ok(())
}

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let p = opts.palette;
    let f = &chart.frame;
    let mut ctx = ChartBuilder::on(root)
        .margin_top(px(opts, 8.0))
        .margin_right(px(opts, 16.0))
        .margin_left(px(opts, 12.0))
        .margin_bottom(px(opts, 4.0))
        .x_label_area_size(px(opts, 34.0))
        .build_cartesian_2d(f.x_range.0..f.x_range.1, f.y_range.0..f.y_range.1)
        .map_err(err)?;
    let x_label = |x: f64| group_thousands(x);
    let x_ticks = nice_ticks(f.x_range.0, f.x_range.1, 6);
    draw_axes(
        root,
        &ctx,
        opts,
        Axes {
            x_ticks: &x_ticks,
            x_format: &x_label,
            y_ticks: &[],
            y_format: None,
            x_desc: Some(f.x_label),
            y_desc: None,
        },
    )?;
    let top = f.y_range.1 - 0.5;
    let (width, _) = root.dim_in_pixel();
    let label_px = if f64::from(width) / opts.scale < 420.0 {
        11.0
    } else {
        12.5
    };
    let mut hits = HitMap::default();
    for (s, series) in chart.series.iter().enumerate() {
        let color = p.role(series.role);
        for (i, point) in series.points.iter().enumerate() {
            let at = PointRef {
                series: s,
                point: i,
            };
            // Slot 0 at the top: the bar sits in the lower part of its slot, the label above.
            let y = top - point.y;
            let bar = Rectangle::new(
                [(0.0, y - 0.38), (point.x, y - 0.02)],
                ShapeStyle::from(color).filled(),
            );
            ctx.draw_series(std::iter::once(bar)).map_err(err)?;
            let text = format!(
                "{}: {}{}",
                point.period,
                bound_word(point.bound),
                group_thousands(point.x)
            );
            let label = EmptyElement::at((0.0, y + 0.04))
                + Text::new(text, (0, -px(opts, 14.0)), font(opts, label_px, p.ink));
            ctx.draw_series(std::iter::once(label)).map_err(err)?;
            if point.bound == Bound::AtLeast {
                let arrow = EmptyElement::at((point.x, y - 0.2))
                    + Polygon::new(
                        vec![
                            (px(opts, 1.0), -px(opts, 5.0)),
                            (px(opts, 7.0), 0),
                            (px(opts, 1.0), px(opts, 5.0)),
                        ],
                        ShapeStyle::from(color).filled(),
                    );
                ctx.draw_series(std::iter::once(arrow)).map_err(err)?;
            }
            let (x0, y0) = ctx.backend_coord(&(0.0, y + 0.1));
            let (x1, y1) = ctx.backend_coord(&(point.x, y - 0.42));
            let anchor = ctx.backend_coord(&(point.x, y - 0.2));
            hits.hits.push(Hit {
                at,
                anchor,
                rect: ((x0, y0), (x1.max(x0 + px(opts, 24.0)), y1)),
            });
            let ring_color = if opts.focus == Some(at) {
                Some(p.ink)
            } else if opts.highlight == Some(at) {
                Some(p.highlight)
            } else {
                None
            };
            if let Some(ring) = ring_color {
                let outline = Rectangle::new(
                    [(0.0, y - 0.42), (point.x, y + 0.02)],
                    ShapeStyle::from(ring).stroke_width(px_u32(opts, 2.5)),
                );
                ctx.draw_series(std::iter::once(outline)).map_err(err)?;
            }
        }
    }
    Ok(hits)
}
