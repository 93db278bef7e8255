//! The page's drawings written compactly (`charts::svg_compact`): the same marks and texts as
//! plotters wrote them, in fewer bytes.

use bishkek_explainer::charts::svg_compact::compact;
use bishkek_explainer::charts::theme::{DARK, LIGHT};
use bishkek_explainer::charts::{chart_for, svg};
use bishkek_explainer::logic::view_state::{Panel, ViewState};

/// Each text as (x, y, anchor, size to two decimals, colour, content), from either writing.
fn texts(svg: &str) -> Vec<String> {
    let flat = svg.replace('\n', "");
    flat.split("<text ")
        .skip(1)
        .map(|t| {
            let (attrs, rest) = t.split_once('>').unwrap();
            let content = rest.split_once("</text>").unwrap().0.trim();
            let attr = |name: &str| {
                attrs
                    .split_once(&format!(r#"{name}=""#))
                    .map(|(_, v)| v.split_once('"').unwrap().0.to_string())
            };
            let size = attr("font-size").map(|s| format!("{:.2}", s.parse::<f64>().unwrap()));
            let anchor = attr("text-anchor").unwrap_or_else(|| "start".into());
            format!(
                "{:?} {:?} {anchor} {size:?} {:?} {:?} {content}",
                attr("x"),
                attr("y"),
                attr("fill"),
                attr("font-weight")
            )
        })
        .collect()
}

/// Every point of every open line, in order, as (stroke, width, point).
fn line_points(svg: &str) -> Vec<String> {
    let mut out = vec![];
    for element in svg.replace('\n', "").split('<').skip(1) {
        let attr = |name: &str| {
            element
                .split_once(&format!(r#" {name}=""#))
                .map(|(_, v)| v.split_once('"').unwrap().0.to_string())
        };
        let points = if element.starts_with("polyline fill=\"none\"") {
            attr("points").unwrap()
        } else if element.starts_with("path fill=\"none\"") {
            attr("d").unwrap().replace('M', " ")
        } else {
            continue;
        };
        let width = attr("stroke-width").unwrap_or_else(|| "1".into());
        for p in points.split_whitespace() {
            out.push(format!("{:?} {width} {p}", attr("stroke")));
        }
    }
    out
}

fn drawings() -> Vec<String> {
    let mut all = vec![];
    for panel in [Panel::Trade, Panel::Investment, Panel::Growth] {
        let chart = chart_for(panel, &ViewState::default());
        for palette in [&LIGHT, &DARK] {
            for size in [svg::SIZE, svg::narrow_size(&chart)] {
                all.push(svg::render(&chart, size, palette).unwrap().0);
            }
        }
    }
    all
}

#[test]
fn every_text_and_line_point_stays_where_plotters_put_it() {
    for drawn in drawings() {
        let body = drawn
            .split_once('>')
            .unwrap()
            .1
            .trim_end()
            .trim_end_matches("</svg>");
        let short = compact(body);
        assert!(!texts(&drawn).is_empty());
        assert_eq!(texts(&short), texts(&drawn));
        assert_eq!(line_points(&short), line_points(&drawn));
        for other in ["<rect", "<circle", "<polygon"] {
            assert_eq!(
                short.matches(other).count(),
                drawn.matches(other).count(),
                "{other}"
            );
        }
        assert!(
            short.len() * 10 < drawn.len() * 8,
            "{} of {}",
            short.len(),
            drawn.len()
        );
    }
}

#[test]
fn no_default_attribute_no_float_noise_and_dashes_joined() {
    for drawn in drawings() {
        let short = compact(&drawn);
        for default in [
            r#"text-anchor="start""#,
            r#"stroke-width="1""#,
            r#"stroke="none""#,
            r#"opacity="1""#,
            "font-family",
            "\n",
        ] {
            assert!(!short.contains(default), "{default}");
        }
        for size in short.split(r#"font-size=""#).skip(1) {
            let size = size.split_once('"').unwrap().0;
            assert!(
                size.split_once('.').is_none_or(|(_, d)| d.len() <= 2),
                "{size}"
            );
        }
    }
}

#[test]
fn joins_only_consecutive_opaque_lines_of_one_stroke() {
    let body = r##"<polyline fill="none" stroke="#111111" stroke-width="1" points="1,2 3,4 "/>
<polyline fill="none" stroke="#111111" stroke-width="1" points="5,6 7,8 "/>
<polyline fill="none" stroke="#222222" stroke-width="2" points="9,9 8,8 "/>
<polyline fill="none" opacity="0.5" stroke="#222222" stroke-width="2" points="1,1 2,2 "/>
<polyline fill="none" opacity="0.5" stroke="#222222" stroke-width="2" points="3,3 4,4 "/>
<text x="1" y="2" dy="0.5ex" text-anchor="start" font-family="sans-serif" font-size="13.000000000000002" fill="#111111">
2024
</text>"##;
    assert_eq!(
        compact(body),
        concat!(
            r##"<path fill="none" stroke="#111111" d="M1,2 3,4M5,6 7,8"/>"##,
            r##"<polyline fill="none" stroke="#222222" stroke-width="2" points="9,9 8,8"/>"##,
            r##"<polyline fill="none" opacity="0.5" stroke="#222222" stroke-width="2" points="1,1 2,2 "/>"##,
            r##"<polyline fill="none" opacity="0.5" stroke="#222222" stroke-width="2" points="3,3 4,4 "/>"##,
            r##"<text x="1" y="2" dy="0.5ex" font-size="13" fill="#111111">2024</text>"##,
        )
    );
}
