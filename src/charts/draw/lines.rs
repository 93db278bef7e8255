//! Line charts: axes, the accession marker, lines broken at missing years (the gaps marked),
//! reference lines, tags, marks and the rings of the highlighted and focused points.

use super::{
    count_f64, draw_axes, draw_legend, draw_mark, err, font, legend_layout, nice_ticks, px, px_u32,
    round_px, tag_halo, Axes, Ctx, DrawOptions, DrawResult, Hit, HitMap, NARROW_CSS_PX,
};
use crate::charts::data::{ChartData, PointRef, Series, SeriesKind};
use crate::logic::format::{fixed, group_thousands};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub(super) fn draw_lines<DB: DrawingBackend>(
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
                    draw_path(&mut ctx, path, true, line, opts)?;
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
                    draw_path(&mut ctx, path, series.dashed, line, opts)?;
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

/// A line through `path`, dashed (6 on, 4 off) or solid.
fn draw_path<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    path: Vec<(f64, f64)>,
    dashed: bool,
    style: ShapeStyle,
    opts: &DrawOptions,
) -> DrawResult<()> {
    let drawn = if dashed {
        ctx.draw_series(std::iter::once(DashedPathElement::new(
            path,
            px(opts, 6.0),
            px(opts, 4.0),
            style,
        )))
    } else {
        ctx.draw_series(std::iter::once(PathElement::new(path, style)))
    };
    drawn.map(|_| ()).map_err(err)
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
