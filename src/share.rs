//! Link previews, made at build time (native only: nothing here reaches the WebAssembly).
//!
//! - The page head's Open Graph and Twitter tags, canonical link and JSON-LD (a `NewsArticle`
//!   for the explainer, based on the CentralasianLIGHT.org article, and a `Dataset` per chart),
//!   every word and address taken from the baked content and the charts' copy.
//! - The share images: a chart drawn by the same code as the page's (`charts::draw`, on
//!   plotters' SVG backend) with its title, a subtitle, its sources and the credit, rasterised
//!   by resvg at 1200×630 with the DejaVu Sans font.
//! - The charts' reported data as static CSV files, from the same export as the downloads.
//!
//! The prerender binary writes all of it (`files`, `head`); `PUBLIC_URL` makes the addresses
//! absolute (`Site`).

use crate::charts::chart_for;
use crate::charts::copy::panel_copy;
use crate::charts::data::ChartData;
use crate::charts::export::{download_name, to_csv};
use crate::charts::frame::{credit, frame_text, framed_svg, Measure};
use crate::charts::theme::LIGHT;
use crate::components::EXPLAINER_NAME;
use crate::content::ARTICLE;
use crate::logic::view_state::{Panel, ViewState};
use resvg::{tiny_skia, usvg};
use serde_json::{json, Value};

/// The size of every share image, the one link previews ask for (1.91:1).
pub const CARD: (u32, u32) = crate::charts::frame::SIZE;

/// The licence of the explainer's own compilation of the figures (the figures themselves
/// belong to the sources cited with each of them).
pub const LICENSE: &str = "https://creativecommons.org/licenses/by/4.0/";
pub const LICENSE_NAME: &str = "CC BY 4.0";

/// The font the share images are drawn with: in Debian's `fonts-dejavu-core`.
pub const FONT_FAMILY: &str = "DejaVu Sans";
pub const FONT_PACKAGE: &str = "fonts-dejavu-core";

/// The image of the page itself (`og:image`), and of one chart's embed view.
pub fn image_file(view: Option<Panel>) -> String {
    match view {
        None => "share.png".to_string(),
        Some(panel) => format!("share-{}.png", panel.key()),
    }
}

/// The chart the page's own image shows.
pub const PAGE_PANEL: Panel = Panel::Trade;

/// A chart's data as a static file: named as the download of the same data.
pub fn data_file(panel: Panel) -> String {
    download_name!(panel.key(), "csv")
}

/// The chart of a panel as the page first shows it (the default view).
fn chart(panel: Panel) -> ChartData {
    chart_for(panel, &ViewState::default())
}

// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------

/// Where the bundle will be served: from `PUBLIC_URL` (an absolute http(s) address of the
/// folder holding index.html), or unknown, and then every address is relative to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    base: Option<String>,
}

impl Site {
    /// Addresses relative to the page (no `PUBLIC_URL`).
    pub fn relative() -> Site {
        Site { base: None }
    }

    /// `PUBLIC_URL` as given (empty or absent: relative); a missing final slash is added.
    pub fn parse(public_url: Option<&str>) -> Result<Site, String> {
        let Some(url) = public_url.map(str::trim).filter(|u| !u.is_empty()) else {
            return Ok(Site::relative());
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| format!("PUBLIC_URL must start with https:// or http://: {url}"))?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(format!("PUBLIC_URL has no host: {url}"));
        }
        if let Some(c) = url
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "?#\"'<>\\`".contains(*c))
        {
            return Err(format!(
                "PUBLIC_URL must be the bundle's folder, without {c:?}: {url}"
            ));
        }
        let base = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
        Ok(Site { base: Some(base) })
    }

    /// From the environment variable `PUBLIC_URL`.
    pub fn from_env() -> Result<Site, String> {
        Site::parse(std::env::var("PUBLIC_URL").ok().as_deref())
    }

    /// The absolute address of the bundle's folder, if known.
    pub fn base(&self) -> Option<&str> {
        self.base.as_deref()
    }

    /// The address of a file of the bundle ("" is the page): absolute with `PUBLIC_URL`,
    /// else relative to the page.
    pub fn url(&self, file: &str) -> String {
        match (&self.base, file) {
            (Some(base), _) => format!("{base}{file}"),
            (None, "") => "./".to_string(),
            (None, _) => file.to_string(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The head
// ---------------------------------------------------------------------------------------

/// An attribute value, escaped.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The image's text alternative: the chart's finding and its summary.
pub fn image_alt(panel: Panel) -> String {
    let copy = panel_copy(panel);
    format!("Chart: {}. {}", copy.title, copy.summary)
}

/// The tags for the page head: Open Graph, Twitter, canonical link and JSON-LD. Without an
/// absolute address (`PUBLIC_URL`) there is neither `og:url` nor a canonical link (both must be
/// absolute); the start-up script then adds the canonical link from the page's own address.
pub fn head(site: &Site) -> String {
    let a = &ARTICLE;
    let meta = |property: &str, content: &str| {
        format!(
            r#"<meta property="{property}" content="{}">"#,
            attr(content)
        )
    };
    let name =
        |name: &str, content: &str| format!(r#"<meta name="{name}" content="{}">"#, attr(content));
    let image = site.url(&image_file(None));
    let alt = image_alt(PAGE_PANEL);
    let mut tags = vec![
        meta("og:type", "article"),
        meta("og:site_name", EXPLAINER_NAME),
        meta("og:title", a.headline.as_ref()),
        meta("og:description", &standfirst()),
    ];
    if let Some(base) = site.base() {
        tags.push(meta("og:url", base));
        // The page without its query, whatever the query (every view is the one explainer).
        tags.push(format!(r#"<link rel="canonical" href="{}">"#, attr(base)));
    }
    tags.extend([
        meta("og:image", &image),
        meta("og:image:type", "image/png"),
        meta("og:image:width", &CARD.0.to_string()),
        meta("og:image:height", &CARD.1.to_string()),
        meta("og:image:alt", &alt),
        name("twitter:card", "summary_large_image"),
        name("twitter:image:alt", &alt),
        format!(
            r#"<script type="application/ld+json">{}</script>"#,
            script_json(&json_ld(site))
        ),
    ]);
    tags.concat()
}

/// The lead's standfirst (what the figures show), the page's description.
pub fn standfirst() -> String {
    crate::logic::lead::lead().map_or_else(String::new, |l| l.standfirst)
}

/// JSON for a `<script>` data block: nothing in it can end the element or open a comment.
fn script_json(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The structured data: the explainer as a `NewsArticle` based on the CentralasianLIGHT.org
/// article, and each chart's data as a `Dataset` with its CSV file and licence.
pub fn json_ld(site: &Site) -> Value {
    let a = &ARTICLE;
    let page = site.url("");
    let source: &str = a.source_url.as_ref();
    let origin = source
        .find("://")
        .and_then(|i| source[i + 3..].find('/').map(|j| &source[..i + 3 + j + 1]))
        .unwrap_or(source);
    let report = json!({
        "@type": "NewsArticle",
        "url": source,
        "datePublished": a.date_iso.as_ref() as &str,
        "publisher": { "@type": "Organization", "name": a.credit.as_ref() as &str, "url": origin },
    });
    let datasets: Vec<Value> = Panel::ALL
        .iter()
        .map(|&panel| dataset(site, panel, &page))
        .collect();
    let mut graph = vec![json!({
        "@type": "NewsArticle",
        "headline": a.headline.as_ref() as &str,
        "description": standfirst(),
        "dateModified": a.updated_iso.as_ref() as &str,
        "url": page,
        "image": site.url(&image_file(None)),
        "inLanguage": "en",
        "isAccessibleForFree": true,
        "isBasedOn": report,
        "about": datasets.iter().map(|d| json!({ "@id": d["@id"] })).collect::<Vec<_>>(),
    })];
    graph.extend(datasets);
    json!({ "@context": "https://schema.org", "@graph": graph })
}

fn dataset(site: &Site, panel: Panel, page: &str) -> Value {
    let chart = chart(panel);
    let copy = panel_copy(panel);
    // The years the reported figures cover ("Jan-Jun 2025", "end-2017", "2024").
    let years: Vec<u16> = chart
        .points()
        .filter_map(|(_, _, p)| {
            let digits: Vec<&str> = p
                .period
                .split(|c: char| !c.is_ascii_digit())
                .filter(|d| d.len() == 4)
                .collect();
            digits.first()?.parse().ok()
        })
        .collect();
    let coverage = match (years.iter().min(), years.iter().max()) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first}/{last}"),
        _ => String::new(),
    };
    let csv = site.url(&data_file(panel));
    let id = format!("{page}#{}", crate::logic::ids::panel(panel));
    json!({
        "@type": "Dataset",
        "@id": id,
        "name": format!("{}, {} ({})", chart.title, chart.unit, EXPLAINER_NAME),
        "description": format!(
            "{}. {} Each row names the source of its figure and links to it.",
            copy.title, copy.summary
        ),
        "url": id,
        "license": LICENSE,
        "isAccessibleForFree": true,
        "temporalCoverage": coverage,
        "spatialCoverage": "Kyrgyzstan",
        "creditText": format!(
            "Figures as reported by the sources named in each row; compiled by {EXPLAINER_NAME}"
        ),
        "distribution": [{
            "@type": "DataDownload",
            "encodingFormat": "text/csv",
            "contentUrl": csv,
        }],
    })
}

// ---------------------------------------------------------------------------------------
// The share images
// ---------------------------------------------------------------------------------------

/// The fonts for the share images: only DejaVu Sans (regular and bold), from the system's
/// fonts, so that every machine draws the same letters; no font, no image.
pub struct Fonts {
    options: usvg::Options<'static>,
}

impl Fonts {
    /// Finds DejaVu Sans among the system's fonts, or says which package to install.
    pub fn system() -> Result<Fonts, String> {
        let mut system = usvg::fontdb::Database::new();
        system.load_system_fonts();
        Fonts::from(&system)
    }

    /// Finds DejaVu Sans among the fonts in `dir` (and its folders), or says which package
    /// to install.
    pub fn in_dir(dir: &std::path::Path) -> Result<Fonts, String> {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_fonts_dir(dir);
        Fonts::from(&fonts)
    }

    fn from(found: &usvg::fontdb::Database) -> Result<Fonts, String> {
        use usvg::fontdb::{Source, Stretch, Style, Weight};
        let mut faces: Vec<_> = found
            .faces()
            .filter(|f| {
                f.families.iter().any(|(name, _)| name == FONT_FAMILY)
                    && f.style == Style::Normal
                    && f.stretch == Stretch::Normal
            })
            .collect();
        faces.sort_by_key(|f| match &f.source {
            Source::File(path) => path.clone(),
            _ => Default::default(),
        });
        let mut options = usvg::Options::default();
        let db = options.fontdb_mut();
        for weight in [Weight::NORMAL, Weight::BOLD] {
            let face = faces.iter().find(|f| f.weight == weight).ok_or_else(|| {
                format!(
                    "no {FONT_FAMILY} font (weight {}) among the system's fonts: install Debian's {FONT_PACKAGE} (`./run setup` does)",
                    weight.0
                )
            })?;
            let loaded = match &face.source {
                Source::File(path) => {
                    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?
                }
                Source::Binary(data) => data.as_ref().as_ref().to_vec(),
                #[allow(unreachable_patterns)]
                _ => return Err(format!("{FONT_FAMILY}: an unexpected kind of font source")),
            };
            db.load_font_data(loaded);
        }
        db.set_sans_serif_family(FONT_FAMILY);
        db.set_serif_family(FONT_FAMILY);
        options.font_family = FONT_FAMILY.to_string();
        Ok(Fonts { options })
    }

    /// The words of `text` at `size` px with where each starts and ends, as resvg lays
    /// them out on one line (one layout for the whole text: kerning and ligatures included).
    fn words(&self, text: &str, size: f64, bold: bool) -> Result<Vec<(String, f32, f32)>, String> {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200"><text x="0" y="100" font-family="sans-serif" font-size="{size}"{}>{}</text></svg>"#,
            if bold { r#" font-weight="bold""# } else { "" },
            text.replace('&', "&amp;").replace('<', "&lt;")
        );
        let tree = usvg::Tree::from_str(&svg, &self.options).map_err(|e| e.to_string())?;
        check_text(&tree, 1)?;
        let Some(usvg::Node::Text(laid)) = tree.root().children().first() else {
            return Err("share image: no text laid out".into());
        };
        let glyphs: Vec<(&str, f32)> = laid
            .layouted()
            .iter()
            .flat_map(|span| &span.positioned_glyphs)
            .map(|g| (g.text.as_str(), g.transform().tx))
            .collect();
        let right = laid.bounding_box().right();
        let mut words: Vec<(String, f32, f32)> = Vec::new();
        let mut in_word = false;
        for (i, &(cluster, x)) in glyphs.iter().enumerate() {
            let end = glyphs.get(i + 1).map_or(right, |g| g.1);
            if cluster.trim().is_empty() {
                in_word = false;
                continue;
            }
            match words.last_mut() {
                Some(word) if in_word => {
                    word.0.push_str(cluster);
                    word.2 = end;
                }
                _ => words.push((cluster.to_string(), x, end)),
            }
            in_word = true;
        }
        let joined: Vec<&str> = words.iter().map(|w| w.0.as_str()).collect();
        if joined.join(" ") != text.split_whitespace().collect::<Vec<_>>().join(" ") {
            return Err(format!("share image: the layout of {text:?} lost letters"));
        }
        Ok(words)
    }

    /// The width of `text` at `size` px, as resvg lays it out.
    fn width(&self, text: &str, size: f64, bold: bool) -> Result<f32, String> {
        let words = self.words(text, size, bold)?;
        Ok(match (words.first(), words.last()) {
            (Some(first), Some(last)) => last.2 - first.1,
            _ => 0.0,
        })
    }
}

/// Fails unless the tree has `expected` texts and every glyph of theirs is a real one: a
/// missing font drops a text, a missing glyph draws a box, and neither is acceptable.
fn check_text(tree: &usvg::Tree, expected: usize) -> Result<(), String> {
    fn texts<'a>(group: &'a usvg::Group, out: &mut Vec<&'a usvg::Text>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => texts(g, out),
                usvg::Node::Text(t) => out.push(t),
                _ => {}
            }
        }
    }
    let mut found = Vec::new();
    texts(tree.root(), &mut found);
    if found.len() != expected {
        return Err(format!(
            "share image: {} of {expected} texts could be laid out (is {FONT_FAMILY} installed? Debian: {FONT_PACKAGE})",
            found.len()
        ));
    }
    for text in found {
        let content: String = text.chunks().iter().map(|c| c.text()).collect();
        let glyphs: Vec<_> = text
            .layouted()
            .iter()
            .flat_map(|span| &span.positioned_glyphs)
            .collect();
        if !content.trim().is_empty() && !text.flattened().has_children() {
            return Err(format!("share image: no glyphs drawn for {content:?}"));
        }
        if let Some(g) = glyphs
            .iter()
            .find(|g| g.id.0 == 0 && !g.text.trim().is_empty())
        {
            return Err(format!(
                "share image: {FONT_FAMILY} has no glyph for {:?} (in {content:?})",
                g.text
            ));
        }
    }
    Ok(())
}

impl Measure for Fonts {
    fn width(&self, text: &str, size: f64, bold: bool) -> Result<f32, String> {
        Fonts::width(self, text, size, bold)
    }
}

/// The share image of a chart as SVG: its title (the finding), the chart's name and unit,
/// the chart, its sources and the credit, laid out with the real font.
pub fn card_svg(panel: Panel, fonts: &Fonts) -> Result<String, String> {
    let chart = chart(panel);
    let copy = panel_copy(panel);
    let text = frame_text(&chart, &copy.title, credit(EXPLAINER_NAME));
    Ok(framed_svg(&chart, &text, &LIGHT, fonts)?.0)
}

/// The share image of a chart as PNG (RGB, 8 bits).
pub fn card_png(panel: Panel, fonts: &Fonts) -> Result<Vec<u8>, String> {
    rasterise(&card_svg(panel, fonts)?, fonts)
}

/// Rasterises a share image's SVG, after checking that all its text is drawn.
pub fn rasterise(svg: &str, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, &fonts.options).map_err(|e| e.to_string())?;
    check_text(&tree, svg.matches("<text").count())?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("share image: no pixmap")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let mut rgb = Vec::with_capacity(pixmap.pixels().len() * 3);
    for px in pixmap.pixels() {
        if px.alpha() != 255 {
            return Err("share image: a transparent pixel (the background must fill it)".into());
        }
        rgb.extend([px.red(), px.green(), px.blue()]);
    }
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, size.width(), size.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(png)
}

/// Every file the link previews need, by name: the page's share image, one per chart view,
/// and each chart's data as CSV.
pub fn files() -> Result<Vec<(String, Vec<u8>)>, String> {
    let fonts = Fonts::system()?;
    let mut files = Vec::new();
    let page = card_png(PAGE_PANEL, &fonts)?;
    for panel in Panel::ALL {
        let png = if panel == PAGE_PANEL {
            page.clone()
        } else {
            card_png(panel, &fonts)?
        };
        files.push((image_file(Some(panel)), png));
    }
    files.insert(0, (image_file(None), page));
    for panel in Panel::ALL {
        files.push((data_file(panel), to_csv(&chart(panel)).into_bytes()));
    }
    Ok(files)
}
