//! Link previews: the head's Open Graph, Twitter and canonical tags and its JSON-LD are
//! well-formed and complete, with and without `PUBLIC_URL`; the share images are 1200×630,
//! drawn (not blank) and carry their text; the static CSV files are the downloads' data.

use bishkek_explainer::charts::chart_for;
use bishkek_explainer::charts::copy::panel_copy;
use bishkek_explainer::charts::export::to_csv;
use bishkek_explainer::components::EXPLAINER_NAME;
use bishkek_explainer::content::ARTICLE;
use bishkek_explainer::logic::view_state::{Panel, ViewState};
use bishkek_explainer::prerender::splice_head;
use bishkek_explainer::share;
use bishkek_explainer::share::{
    card_png, data_file, files, head, image_file, Fonts, Site, CARD, FONT_PACKAGE, LICENSE,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const BASE: &str = "https://example.org/bishkek/";

fn absolute() -> Site {
    Site::parse(Some("https://example.org/bishkek")).unwrap()
}

/// An attribute's value in a tag, entities decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(
        tag[start..end]
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The `<meta>` tags of the head by property or name; each named once.
fn metas(head: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for piece in head.split("<meta ").skip(1) {
        let tag = format!(" {}", &piece[..piece.find('>').expect("a closed tag")]);
        let key = attribute(&tag, "property")
            .or_else(|| attribute(&tag, "name"))
            .expect("a property or a name");
        let content = attribute(&tag, "content").expect("a content");
        assert!(found.insert(key.clone(), content).is_none(), "{key} twice");
    }
    found
}

/// The JSON-LD block of the head, parsed.
fn json_ld(head: &str) -> Value {
    let open = r#"<script type="application/ld+json">"#;
    assert_eq!(head.matches(open).count(), 1);
    let start = head.find(open).unwrap() + open.len();
    let end = start + head[start..].find("</script>").unwrap();
    let body = &head[start..end];
    assert!(
        !body.contains('<') && !body.contains('>'),
        "nothing in the data block can close it"
    );
    serde_json::from_str(body).expect("the JSON-LD parses")
}

fn canonical(head: &str) -> Option<String> {
    let tags: Vec<&str> = head
        .split("<link ")
        .skip(1)
        .filter(|t| t.starts_with(r#"rel="canonical""#))
        .collect();
    assert!(tags.len() <= 1);
    tags.first()
        .and_then(|t| attribute(&format!(" {t}"), "href"))
}

fn by_type<'a>(ld: &'a Value, kind: &str) -> Vec<&'a Value> {
    ld["@graph"]
        .as_array()
        .expect("a graph")
        .iter()
        .filter(|n| n["@type"] == kind)
        .collect()
}

#[test]
fn the_head_has_every_preview_tag_from_the_baked_content() {
    let head = head(&absolute());
    let m = metas(&head);
    let a = &ARTICLE;
    assert_eq!(m["og:type"], "article");
    assert_eq!(m["og:title"], a.headline.as_ref() as &str);
    assert_eq!(m["og:description"], share::standfirst().as_str());
    assert!(m["og:description"].starts_with("For 2024, Kyrgyz officials"));
    assert_eq!(m["og:site_name"], EXPLAINER_NAME);
    assert_eq!(m["og:url"], BASE);
    assert_eq!(m["og:image"], format!("{BASE}share.png"));
    assert_eq!(m["og:image:type"], "image/png");
    assert_eq!(m["og:image:width"], "1200");
    assert_eq!(m["og:image:height"], "630");
    let title = panel_copy(Panel::Trade).title;
    assert!(m["og:image:alt"].contains(&title), "{}", m["og:image:alt"]);
    assert_eq!(m["twitter:card"], "summary_large_image");
    assert_eq!(m["twitter:image:alt"], m["og:image:alt"]);
    assert_eq!(canonical(&head).as_deref(), Some(BASE));
    // Escaped where the text has quotes or markup characters.
    assert!(!head.contains("content=\"\""));
    for piece in head.split("<meta ").skip(1) {
        let tag = &piece[..piece.find('>').unwrap()];
        assert_eq!(tag.matches('"').count() % 2, 0, "{tag}");
    }
}

#[test]
fn without_public_url_the_addresses_are_relative_and_there_is_no_og_url() {
    let head = head(&Site::relative());
    let m = metas(&head);
    assert!(!m.contains_key("og:url"), "og:url must be absolute");
    assert_eq!(m["og:image"], "share.png");
    assert_eq!(canonical(&head), None, "a canonical link must be absolute");
    assert!(!head.contains("https://example.org"));
    let ld = json_ld(&head);
    assert_eq!(by_type(&ld, "NewsArticle")[0]["url"], "./");
    for set in by_type(&ld, "Dataset") {
        let url = set["distribution"][0]["contentUrl"].as_str().unwrap();
        assert!(
            url.starts_with("bishkek-talks-") && url.ends_with(".csv"),
            "{url}"
        );
    }
}

#[test]
fn the_json_ld_describes_the_explainer_its_basis_and_each_charts_data() {
    let ld = json_ld(&head(&absolute()));
    assert_eq!(ld["@context"], "https://schema.org");
    let articles = by_type(&ld, "NewsArticle");
    assert_eq!(articles.len(), 1, "the explainer (its basis is nested)");
    let explainer = articles[0];
    let a = &ARTICLE;
    assert_eq!(explainer["headline"], a.headline.as_ref() as &str);
    assert_eq!(explainer["description"], share::standfirst().as_str());
    assert_eq!(explainer["dateModified"], a.updated_iso.as_ref() as &str);
    assert_eq!(explainer["url"], BASE);
    assert_eq!(explainer["image"], format!("{BASE}share.png"));
    let basis = &explainer["isBasedOn"];
    assert_eq!(basis["@type"], "NewsArticle");
    assert_eq!(basis["url"], a.source_url.as_ref() as &str);
    assert_eq!(basis["datePublished"], "2025-11-26");
    assert_eq!(basis["datePublished"], a.date_iso.as_ref() as &str);
    assert_eq!(basis["publisher"]["name"], "CentralasianLIGHT.org");

    let sets = by_type(&ld, "Dataset");
    assert_eq!(sets.len(), 3);
    let about: BTreeSet<&str> = explainer["about"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["@id"].as_str().unwrap())
        .collect();
    for (set, panel) in sets.iter().zip(Panel::ALL) {
        let chart = chart_for(panel, &ViewState::default());
        let name = set["name"].as_str().expect("a name");
        assert!(name.starts_with(chart.title), "{name}");
        let description = set["description"].as_str().expect("a description");
        assert!(description.contains(&panel_copy(panel).summary));
        assert!(
            description.len() >= 50,
            "Dataset descriptions need 50 characters"
        );
        assert_eq!(set["license"], LICENSE);
        assert_eq!(
            set["url"],
            format!("{BASE}#chart-{}", panel.key()),
            "the chart's panel"
        );
        assert!(about.contains(set["@id"].as_str().unwrap()));
        let download = &set["distribution"][0];
        assert_eq!(download["@type"], "DataDownload");
        assert_eq!(download["encodingFormat"], "text/csv");
        assert_eq!(
            download["contentUrl"],
            format!("{BASE}bishkek-talks-{}.csv", chart.id)
        );
        let coverage = set["temporalCoverage"].as_str().unwrap();
        assert!(
            coverage.len() == 9 && coverage.as_bytes()[4] == b'/',
            "{coverage}"
        );
    }
}

#[test]
fn public_url_must_be_an_absolute_folder_address() {
    assert_eq!(
        Site::parse(Some("https://example.org/a/")).unwrap().base(),
        Some("https://example.org/a/")
    );
    assert_eq!(
        Site::parse(Some("http://localhost:8080")).unwrap().base(),
        Some("http://localhost:8080/")
    );
    assert_eq!(Site::parse(None).unwrap(), Site::relative());
    assert_eq!(Site::parse(Some("  ")).unwrap(), Site::relative());
    for bad in [
        "example.org/a/",
        "ftp://example.org/",
        "https://",
        "https:///a",
        "https://example.org/?a=1",
        "https://example.org/#x",
        "https://example.org/\"><script>",
        "https://exa mple.org/",
    ] {
        assert!(Site::parse(Some(bad)).is_err(), "{bad}");
    }
}

#[test]
fn the_head_goes_in_once_after_the_title() {
    let page = "<!doctype html><html><meta charset=utf-8><title>T</title><style></style><div id=app></div>";
    let tags = head(&Site::relative());
    let once = splice_head(page, &tags).unwrap();
    assert!(once.contains(&format!("<title>T</title>{tags}<style>")));
    assert!(splice_head(&once, &tags).is_err(), "never twice");
    assert!(
        splice_head("<html><body></body>", &tags).is_err(),
        "a title is needed"
    );
    assert!(splice_head("<title>a</title><title>b</title>", &tags).is_err());
}

/// Decodes an 8-bit RGB PNG.
fn decode(png: &[u8]) -> (u32, u32, Vec<[u8; 3]>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).expect("one frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let pixels = buf[..info.buffer_size()]
        .chunks(3)
        .map(|c| [c[0], c[1], c[2]])
        .collect();
    (info.width, info.height, pixels)
}

#[test]
fn the_share_images_are_1200_by_630_drawn_and_titled() {
    let fonts = Fonts::system().expect("DejaVu Sans (./run setup installs it)");
    for panel in Panel::ALL {
        let (w, h, pixels) = decode(&card_png(panel, &fonts).unwrap());
        assert_eq!((w, h), CARD);
        assert_eq!(pixels.len(), (w * h) as usize);
        let white = [0xFF, 0xFF, 0xFF];
        let drawn = pixels.iter().filter(|p| **p != white).count();
        assert!(
            drawn > pixels.len() / 20,
            "{}: only {drawn} pixels drawn",
            panel.key()
        );
        let colours: BTreeSet<[u8; 3]> = pixels.iter().copied().collect();
        assert!(
            colours.len() > 50,
            "{}: {} colours",
            panel.key(),
            colours.len()
        );
        // The title, in ink (#1C1B19), across the top left: its letters' dark pixels.
        let dark = |x: u32, y: u32| {
            let [r, g, b] = pixels[(y * w + x) as usize];
            r < 0x60 && g < 0x60 && b < 0x60
        };
        let title: usize = (40..150)
            .flat_map(|y| (56..900).map(move |x| (x, y)))
            .filter(|&(x, y)| dark(x, y))
            .count();
        assert!(title > 5_000, "{}: {title} title pixels", panel.key());
        // The credit line, in ink, near the bottom.
        let credit: usize = (560..615)
            .flat_map(|y| (56..700).map(move |x| (x, y)))
            .filter(|&(x, y)| dark(x, y))
            .count();
        assert!(credit > 1_000, "{}: {credit} credit pixels", panel.key());
        // The chart's series, in colour (the text is grey).
        let coloured = pixels
            .iter()
            .filter(|[r, g, b]| r.abs_diff(*g).max(g.abs_diff(*b)).max(r.abs_diff(*b)) > 60)
            .count();
        assert!(
            coloured > 3_000,
            "{}: {coloured} coloured pixels",
            panel.key()
        );
    }
}

#[test]
fn without_the_font_there_is_no_image_and_the_error_names_the_package() {
    let empty = std::env::temp_dir().join(format!("no-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let error = Fonts::in_dir(&empty).err().expect("no font, no image");
    assert!(error.contains(FONT_PACKAGE), "{error}");
    std::fs::remove_dir(&empty).unwrap();
}

#[test]
fn the_build_writes_the_images_and_data_files_the_head_names() {
    let written: BTreeMap<String, Vec<u8>> = files().unwrap().into_iter().collect();
    let names: Vec<&str> = written.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "bishkek-talks-growth.csv",
            "bishkek-talks-investment.csv",
            "bishkek-talks-trade.csv",
            "share-growth.png",
            "share-investment.png",
            "share-trade.png",
            "share.png",
        ]
    );
    let head = head(&Site::relative());
    assert!(written.contains_key(&metas(&head)["og:image"]));
    assert_eq!(written["share.png"], written["share-trade.png"]);
    for panel in Panel::ALL {
        assert!(written.contains_key(&image_file(Some(panel))));
        let chart = chart_for(panel, &ViewState::default());
        assert_eq!(
            written[&data_file(panel)],
            to_csv(&chart).into_bytes(),
            "the download's data"
        );
    }
    for set in by_type(&json_ld(&head), "Dataset") {
        let url = set["distribution"][0]["contentUrl"].as_str().unwrap();
        assert!(written.contains_key(url), "{url}");
    }
}
