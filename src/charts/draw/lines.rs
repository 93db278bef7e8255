//! Line charts: axes, the accession marker, lines broken at missing years (the gaps marked),
//! the target line, marks, and every label placed by the label layout: each series named at
//! its end, claims beside their markers, annotations where they happen.

use super::gaps::{draw_gap, draw_path};
use super::text::{font_px, fpt, place_and_draw, Wanted};
use super::{
    draw_axes, draw_mark, label_css, mark_box, nice_ticks, px, px_u32, spaced_x_ticks, Axes,
    Coords, DrawOptions, DrawResult, Hit, HitMap, Room,
};
use crate::charts::data::{ChartData, PointRef, SeriesKind};
use crate::charts::layout::{text_size, Obstacle, Rect, Side, LINE_EM};
use crate::charts::surface::{Stroke, Surface};
use crate::logic::format::{fixed, group_thousands};
use plotters_backend::DrawingBackend;

use Side::{Above, AboveLeft, AboveRight, Below, BelowLeft, BelowRight, Left, Right};

pub(super) fn draw_lines<DB: DrawingBackend>(
    root: &Surface<DB>,
    chart: &ChartData,
    opts: &DrawOptions,
) -> DrawResult<HitMap> {
    let p = opts.palette;
    let f = &chart.frame;
    let (width, _) = root.size();
    let css = label_css(opts, width);
    let size = font_px(opts, css);
    let y_label = |y: f64| group_thousands((y * 100.0).round() / 100.0);
    let widest_y = nice_ticks(f.y_range.0, f.y_range.1, 7)
        .iter()
        .map(|y| text_size(&y_label(*y), size).0)
        .fold(0.0, f64::max);
    // Room on the right for the names of the lines that end at the last year.
    // Room on the right for the names of the lines (and claims) that end at the last year:
    // for each, its longest name that fits a quarter of the width, else its shortest.
    let room = |t: &String| text_size(t, size).0 + 14.0 * opts.scale;
    let quarter = f64::from(width) * 0.25;
    let end_room = chart
        .series
        .iter()
        .filter(|s| !s.derived)
        .filter(|s| s.kind == SeriesKind::Line || s.points.iter().any(|d| d.tag.is_some()))
        .filter(|s| s.points.last().is_some_and(|d| d.x >= f.x_range.1 - 1.0))
        .flat_map(|s| {
            let names: Vec<Vec<String>> = if s.kind == SeriesKind::Line {
                vec![s.direct_texts()]
            } else {
                s.points
                    .iter()
                    .filter_map(|d| d.tag)
                    .map(|t| vec![t.full.to_string(), t.narrow.to_string()])
                    .collect()
            };
            names.into_iter().map(|texts| {
                let widths = texts.iter().map(room);
                widths
                    .clone()
                    .filter(|w| *w <= quarter)
                    .fold(None, |m: Option<f64>, w| Some(m.map_or(w, |m| m.max(w))))
                    .unwrap_or_else(|| widths.fold(f64::MAX, f64::min))
            })
        })
        .fold(10.0 * opts.scale, f64::max)
        .min(f64::from(width) * 0.3);
    let room = Room {
        top: super::round_px(1.6 * LINE_EM * size + 6.0 * opts.scale),
        right: super::round_px(end_room),
        left: px(opts, 2.0),
        bottom: px(opts, 2.0),
        below: super::round_px(LINE_EM * size + 8.0 * opts.scale),
        beside: super::round_px(widest_y + 8.0 * opts.scale),
    };
    let ctx = Coords::new(root.size(), room, f.x_range, f.y_range);
    let at = |ctx: &Coords, x: f64, y: f64| fpt(ctx.at(x, y));
    let (px0, py1) = at(&ctx, f.x_range.0, f.y_range.0);
    let (px1, py0) = at(&ctx, f.x_range.1, f.y_range.1);
    let plot = Rect::new(px0, py0, px1, py1);
    let year_label = |x: f64| fixed(x, 0);
    let make = |count| {
        nice_ticks(f.x_range.0, f.x_range.1, count)
            .into_iter()
            .filter(|x| x.fract() == 0.0)
            .collect()
    };
    let x_ticks = spaced_x_ticks(&ctx, opts, css, &year_label, &make, 12);
    let plot_h_css = (py1 - py0) / opts.scale;
    let y_count = ((plot_h_css / 38.0).floor() as usize).clamp(2, 7);
    let y_ticks = nice_ticks(f.y_range.0, f.y_range.1, y_count);
    let y_title = [f.y_label.to_string(), chart.unit.to_string()];
    let mut hits = HitMap {
        plot: Some(plot),
        ..HitMap::default()
    };
    hits.texts = draw_axes(
        root,
        &ctx,
        opts,
        &Axes {
            x_ticks: &x_ticks,
            x_format: &year_label,
            y_ticks: &y_ticks,
            y_format: Some(&y_label),
            x_title: None,
            y_title: &y_title,
            css,
        },
    )?;
    let mut obstacles: Vec<Obstacle> = Vec::new();
    let mut wanted: Vec<Wanted> = Vec::new();
    let thin = 2.0 * opts.scale;
    let segments = |path: &[(f64, f64)], obstacles: &mut Vec<Obstacle>, ctx: &Coords| {
        for w in path.windows(2) {
            obstacles.push(Obstacle::Segment(
                at(ctx, w[0].0, w[0].1),
                at(ctx, w[1].0, w[1].1),
                thin,
            ));
        }
    };

    if let Some((x, texts)) = f.marker {
        let style = Stroke::new(p.muted, px_u32(opts, 1.0));
        let line = vec![(x, f.y_range.0), (x, f.y_range.1)];
        let ends = [ctx.on_plot(x, f.y_range.0), ctx.on_plot(x, f.y_range.1)];
        root.dashed(&ends, (px(opts, 3.0), px(opts, 3.0)), style)?;
        segments(&line, &mut obstacles, &ctx);
        wanted.push(
            Wanted::new(
                opts,
                at(&ctx, x, f.y_range.1),
                texts.iter().map(|t| (*t).to_string()).collect(),
                vec![BelowRight, BelowLeft],
                (css, p.muted),
            )
            .gap(10.0, opts),
        );
    }

    let mut series_labels: Vec<Wanted> = Vec::new();
    let mut point_labels: Vec<Wanted> = Vec::new();
    for (s, series) in chart.series.iter().enumerate() {
        let color = p.role(series.role);
        let line = Stroke::new(color, px_u32(opts, 2.0));
        match series.kind {
            SeriesKind::Reference => {
                for (i, point) in series.points.iter().enumerate() {
                    let path = vec![(f.x_range.0, point.y), (f.x_range.1, point.y)];
                    let style = Stroke::new(color, px_u32(opts, 1.0));
                    draw_path((root, &ctx), &path, false, style, opts)?;
                    segments(&path, &mut obstacles, &ctx);
                    series_labels.push(
                        Wanted::new(
                            opts,
                            (px0 + 2.0 * opts.scale, at(&ctx, 0.0, point.y).1),
                            series.direct_texts(),
                            vec![AboveRight, BelowRight],
                            (css, color),
                        )
                        .gap(4.0, opts)
                        .fixed(),
                    );
                    let anchor = ctx.at(point.x, point.y);
                    let (x0, _) = ctx.at(f.x_range.0, point.y);
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
                    point_labels.extend(draw_gap((root, &ctx), series, (first, last), opts, css)?);
                }
                for run in series.runs().into_iter().filter(|r| r.len() > 1) {
                    let path: Vec<(f64, f64)> = run.iter().map(|d| (d.x, d.y)).collect();
                    draw_path((root, &ctx), &path, series.dashed, line, opts)?;
                    segments(&path, &mut obstacles, &ctx);
                }
                // A reported line is named at its end; a computed one (a projection, a
                // path) two fifths along, below its rise, or at its end where it leaves the plot.
                let (anchor, sides) = if series.derived && series.named_at_end {
                    // Ended at the top edge: named there, with where it was going.
                    (series.points.last(), vec![BelowRight, BelowLeft, Below])
                } else if series.derived {
                    let mid = series.points.get(series.points.len() * 2 / 5);
                    (mid, vec![BelowRight, Right, AboveLeft, Below, Above, Left])
                } else {
                    let sides = vec![
                        Right, AboveRight, BelowRight, Above, Below, AboveLeft, BelowLeft, Left,
                    ];
                    (series.points.last(), sides)
                };
                if let Some(d) = anchor {
                    series_labels.push(Wanted::new(
                        opts,
                        at(&ctx, d.x, d.y),
                        series.direct_texts(),
                        sides,
                        (css, color),
                    ));
                }
            }
            SeriesKind::Points => {
                let tagged = series.points.iter().any(|d| d.tag.is_some());
                if tagged {
                    for point in series.points.iter() {
                        if let Some(tag) = point.tag {
                            series_labels.push(Wanted::new(
                                opts,
                                at(&ctx, point.x, point.y),
                                vec![tag.full.to_string(), tag.narrow.to_string()],
                                vec![Left, Right, AboveLeft, BelowLeft, Above, Below],
                                (css, color),
                            ));
                        }
                    }
                } else if let Some(first) = series.points.first() {
                    point_labels.push(Wanted::new(
                        opts,
                        at(&ctx, first.x, first.y),
                        series.direct_texts(),
                        vec![Below, BelowRight, BelowLeft, Above, Right, Left],
                        (css, color),
                    ));
                }
            }
            SeriesKind::Bars => {}
        }
        if series.derived {
            continue;
        }
        for (i, point) in series.points.iter().enumerate() {
            draw_mark(root, &ctx, series, point, opts)?;
            let anchor = ctx.at(point.x, point.y);
            let mark = mark_box(opts, point, anchor);
            obstacles.push(Obstacle::Box(mark));
            hits.marks.push(mark);
            let r = px(opts, 10.0);
            hits.hits.push(Hit {
                at: PointRef {
                    series: s,
                    point: i,
                },
                anchor,
                rect: ((anchor.0 - r, anchor.1 - r), (anchor.0 + r, anchor.1 + r)),
            });
        }
    }
    let mut note_labels = Vec::new();
    let mut rings = Vec::new();
    for note in &chart.notes {
        let (x, y) = at(&ctx, note.x, note.y);
        let color = p.ink;
        if let Some(to) = note.to_y {
            // A bracket just right of the two marks, from one figure to the other.
            let (_, y2) = at(&ctx, note.x, to);
            let bx = x + 11.0 * opts.scale;
            let tick = 4.0 * opts.scale;
            let path = [(bx - tick, y), (bx, y), (bx, y2), (bx - tick, y2)];
            let style = Stroke::new(color, px_u32(opts, 1.0));
            root.path(
                &path.iter().map(|q| super::text::pt(*q)).collect::<Vec<_>>(),
                style,
            )?;
            let bracket = Rect::new(bx - tick, y.min(y2), bx + 1.0, y.max(y2));
            obstacles.push(Obstacle::Box(bracket));
            note_labels.push(
                Wanted::new(
                    opts,
                    (bx, (y + y2) / 2.0),
                    note.texts.clone(),
                    vec![Right, Left, AboveRight, BelowRight],
                    (css, color),
                )
                .gap(4.0, opts),
            );
        } else {
            // A ring on the line where it happens (drawn once its label is placed).
            let ring = Rect::around((x, y), 10.0 * opts.scale, 10.0 * opts.scale);
            obstacles.push(Obstacle::Box(ring));
            rings.push(((x, y), ring, note_labels.len()));
            note_labels.push(Wanted::new(
                opts,
                (x, y),
                note.texts.clone(),
                vec![AboveLeft, Left, BelowRight, Right, Above, Below],
                (css, color),
            ));
        }
    }
    // The marker's label first (it may not move), then the series, then the annotations, then the other marks' names: the most needed
    // get the room.
    wanted.extend(series_labels);
    let first_note = wanted.len();
    wanted.extend(note_labels);
    wanted.extend(point_labels);
    obstacles.extend(hits.texts.iter().map(|r| Obstacle::Box(*r)));
    let bounds = Rect::new(
        plot.x0,
        plot.y0,
        f64::from(width) - 2.0 * opts.scale,
        plot.y1,
    );
    let placed = place_and_draw(root, opts, bounds, &obstacles, &wanted)?;
    for (at, ring, i) in rings {
        if placed[first_note + i].is_some() {
            let style = Stroke::new(p.ink, px_u32(opts, 1.5));
            root.circle(super::text::pt(at), px(opts, 4.0), style, false)?;
            hits.marks.push(ring);
        }
    }
    hits.texts.extend(placed.into_iter().flatten());
    for (at, ring) in [(opts.highlight, p.highlight), (opts.focus, p.ink)] {
        if let Some(point) = at.and_then(|at| chart.point(at)) {
            let style = Stroke::new(ring, px_u32(opts, 2.5));
            root.circle(ctx.on_plot(point.x, point.y), px(opts, 9.0), style, false)?;
        }
    }
    Ok(hits)
}
