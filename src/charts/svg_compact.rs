//! The page's prerendered drawings written compactly (issue 17: the page is most of what a
//! reader downloads before the charts are live besides the chart module). Plotters' SVG
//! backend writes one element per line, every attribute in full, a dashed line as one
//! `<polyline>` per dash, and a font size as it was computed (`13.000000000000002`). This
//! keeps every mark and text where it is and only writes them shorter:
//! - a text's content on its line (SVG collapses the whitespace around it anyway);
//! - no attribute at its SVG default (`text-anchor="start"`, `stroke-width="1"`,
//!   `stroke="none"`, `opacity="1"`), no `font-family="sans-serif"` (the `<svg>` element sets
//!   it once: [`FONT_FAMILY`]);
//! - a font size to at most two decimals;
//! - consecutive open polylines of one stroke and width (none translucent, whose overlaps
//!   would darken once drawn as one) as one `<path>` of their points.

/// The font the drawings' texts inherit from their `<svg>` element (an attribute of it).
pub const FONT_FAMILY: &str = r#"font-family="sans-serif""#;

const DEFAULTS: [&str; 5] = [
    r#" text-anchor="start""#,
    r#" stroke-width="1""#,
    r#" stroke="none""#,
    r#" opacity="1""#,
    r#" font-family="sans-serif""#,
];

/// `body`, the elements plotters wrote inside an `<svg>`, written compactly.
pub fn compact(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    // The open polylines being joined: their attributes and each one's points.
    let mut joined: Option<(String, Vec<String>)> = None;
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    while let Some(line) = lines.next() {
        let mut element = shorter(line);
        if element.starts_with("<text") && !element.ends_with("</text>") {
            // `<text …>`, its content, `</text>` on three lines.
            for next in lines.by_ref() {
                element.push_str(next);
                if next.ends_with("</text>") {
                    break;
                }
            }
        }
        match open_polyline(&element) {
            Some((attrs, points)) => match &mut joined {
                Some((same, all)) if *same == attrs => all.push(points.to_string()),
                _ => {
                    flush(&mut out, joined.take());
                    joined = Some((attrs.to_string(), vec![points.to_string()]));
                }
            },
            None => {
                flush(&mut out, joined.take());
                out.push_str(&element);
            }
        }
    }
    flush(&mut out, joined);
    out
}

/// One element without its default attributes, its font size to two decimals.
fn shorter(line: &str) -> String {
    let mut element = line.to_string();
    for default in DEFAULTS {
        element = element.replace(default, "");
    }
    const SIZE: &str = r#"font-size=""#;
    if let Some(start) = element.find(SIZE).map(|i| i + SIZE.len()) {
        if let Some(len) = element[start..].find('"') {
            if let Ok(size) = element[start..start + len].parse::<f64>() {
                let written = format!("{size:.2}");
                let written = written.trim_end_matches('0').trim_end_matches('.');
                element.replace_range(start..start + len, written);
            }
        }
    }
    element
}

/// The attributes and points of an open, opaque polyline (`<polyline fill="none" … points="…"/>`).
fn open_polyline(element: &str) -> Option<(&str, &str)> {
    let rest = element.strip_prefix("<polyline ")?.strip_suffix("\"/>")?;
    let (attrs, points) = rest.split_once(r#" points=""#)?;
    (attrs.starts_with(r#"fill="none""#) && !attrs.contains("opacity"))
        .then_some((attrs, points.trim()))
}

/// Writes the joined polylines: one as it was, more as one path.
fn flush(out: &mut String, joined: Option<(String, Vec<String>)>) {
    match joined {
        None => {}
        Some((attrs, all)) if all.len() == 1 => {
            out.push_str(&format!(r#"<polyline {attrs} points="{}"/>"#, all[0]));
        }
        Some((attrs, all)) => {
            let d: String = all.iter().map(|points| format!("M{points}")).collect();
            out.push_str(&format!(r#"<path {attrs} d="{d}"/>"#));
        }
    }
}
