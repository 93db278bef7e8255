//! The reducers of `src/state.rs`: every action of the view, the explorer and embedding,
//! rates clamped onto their range and step, and an action that changes nothing returns the
//! same `Rc` (so that Yew re-renders nothing).

use bishkek_explainer::charts::trade::Baseline;
use bishkek_explainer::content::{Domain, Kind};
use bishkek_explainer::logic::embed::{EmbedOptions, EmbedView, Set, Theme};
use bishkek_explainer::logic::explorer::{ExplorerState, Filters, Sort, MAX_QUERY};
use bishkek_explainer::logic::view_state::{GdpBase, Mode, Panel, ViewState};
use bishkek_explainer::state::{Embed, EmbedAction, Explorer, ExplorerAction, View, ViewAction};
use std::rc::Rc;
use yew::Reducible;

/// Applies `action`; returns the new state and whether it is the very same `Rc`.
fn step<R: Reducible>(state: &Rc<R>, action: R::Action) -> (Rc<R>, bool) {
    let next = state.clone().reduce(action);
    let same = Rc::ptr_eq(state, &next);
    (next, same)
}

/// Applies an action that must change nothing: the same `Rc` comes back.
fn unchanged<R: Reducible>(state: &Rc<R>, action: R::Action) {
    let (_, same) = step(state, action);
    assert!(same, "a no-op must return the same Rc");
}

/// Applies an action that must change the state: a new `Rc`.
fn changed<R: Reducible>(state: &Rc<R>, action: R::Action) -> Rc<R> {
    let (next, same) = step(state, action);
    assert!(!same, "a change must return a new Rc");
    next
}

fn view() -> Rc<View> {
    Rc::new(View::default())
}

#[test]
fn the_default_view_is_what_a_bare_url_shows() {
    let s = view().0;
    assert_eq!(
        (s.trade, s.investment, s.growth, s.baseline, s.gdp_base),
        (
            Mode::Chart,
            Mode::Chart,
            Mode::Chart,
            Baseline::Kyrgyz,
            GdpBase::Accession
        )
    );
    // The 2024 growth Kyrgyz officials reported (16.6%), and the growth panel's 9.6%.
    assert_eq!((s.trade_rate, s.growth_rate), (166, 96));
}

#[test]
fn view_set_mode_changes_only_its_panel() {
    for panel in Panel::ALL {
        let next = changed(&view(), ViewAction::SetMode(panel, Mode::Table));
        for other in Panel::ALL {
            let expected = if other == panel {
                Mode::Table
            } else {
                Mode::Chart
            };
            assert_eq!(next.0.mode(other), expected, "{panel:?} → {other:?}");
        }
        unchanged(&next, ViewAction::SetMode(panel, Mode::Table));
        let back = changed(&next, ViewAction::SetMode(panel, Mode::Chart));
        assert_eq!(*back, View::default());
    }
    unchanged(&view(), ViewAction::SetMode(Panel::Trade, Mode::Chart));
}

#[test]
fn view_baseline_and_gdp_base() {
    let next = changed(&view(), ViewAction::SetBaseline(Baseline::Russian));
    assert_eq!(
        next.0,
        ViewState {
            baseline: Baseline::Russian,
            ..ViewState::default()
        }
    );
    unchanged(&next, ViewAction::SetBaseline(Baseline::Russian));
    unchanged(&view(), ViewAction::SetBaseline(Baseline::Kyrgyz));

    let next = changed(&view(), ViewAction::SetGdpBase(GdpBase::YearBefore));
    assert_eq!(
        next.0,
        ViewState {
            gdp_base: GdpBase::YearBefore,
            ..ViewState::default()
        }
    );
    unchanged(&next, ViewAction::SetGdpBase(GdpBase::YearBefore));
    unchanged(&view(), ViewAction::SetGdpBase(GdpBase::Accession));
}

#[test]
fn view_rates_are_clamped_to_minus_10_and_30_percent() {
    // Both sliders run from −10.0% to 30.0% in steps of 0.1% (tenths: −100 to 300).
    for (set, read) in [
        (
            ViewAction::SetTradeRate as fn(i32) -> ViewAction,
            (|s: &ViewState| s.trade_rate) as fn(&ViewState) -> i32,
        ),
        (ViewAction::SetGrowthRate, |s: &ViewState| s.growth_rate),
    ] {
        for (value, kept) in [
            (0, 0),
            (-100, -100),
            (300, 300),
            (301, 300),
            (-101, -100),
            (123, 123),
            (i32::MAX, 300),
            (i32::MIN, -100),
        ] {
            let (next, _) = step(&view(), set(value));
            assert_eq!(read(&next.0), kept, "{value}");
        }
        // Setting the value it has, or clamping onto it, changes nothing.
        let top = changed(&view(), set(300));
        unchanged(&top, set(300));
        unchanged(&top, set(1_000));
        let current = read(&view().0);
        unchanged(&view(), set(current));
    }
    // Each rate leaves the other alone.
    let next = changed(&view(), ViewAction::SetTradeRate(50));
    assert_eq!((next.0.trade_rate, next.0.growth_rate), (50, 96));
    let next = changed(&next, ViewAction::SetGrowthRate(-25));
    assert_eq!((next.0.trade_rate, next.0.growth_rate), (50, -25));
}

#[test]
fn view_replace_takes_the_url_s_state_as_it_is() {
    let state = ViewState {
        trade: Mode::Table,
        investment: Mode::Table,
        growth: Mode::Chart,
        baseline: Baseline::Russian,
        trade_rate: -30,
        growth_rate: 250,
        gdp_base: GdpBase::YearBefore,
    };
    let next = changed(&view(), ViewAction::Replace(state));
    assert_eq!(next.0, state);
    unchanged(&next, ViewAction::Replace(state));
    unchanged(&view(), ViewAction::Replace(ViewState::default()));
}

fn explorer() -> Rc<Explorer> {
    Rc::new(Explorer::default())
}

#[test]
fn explorer_search_keeps_at_most_100_characters() {
    let next = changed(&explorer(), ExplorerAction::Search("health".into()));
    assert_eq!(next.state.filters.query, "health");
    unchanged(&next, ExplorerAction::Search("health".into()));
    // Characters, not bytes: 150 two-byte letters become 100 of them.
    let long = "é".repeat(150);
    let next = changed(&explorer(), ExplorerAction::Search(long.clone()));
    assert_eq!(MAX_QUERY, 100);
    assert_eq!(next.state.filters.query, "é".repeat(100));
    // A longer search that cuts to the same 100 characters changes nothing.
    unchanged(&next, ExplorerAction::Search(long + "more"));
    let cleared = changed(&next, ExplorerAction::Search(String::new()));
    assert_eq!(*cleared, Explorer::default());
    unchanged(&explorer(), ExplorerAction::Search(String::new()));
}

#[test]
fn explorer_facets_toggle_in_canonical_order() {
    let s = changed(&explorer(), ExplorerAction::ToggleKind(Kind::Protocol));
    let s = changed(&s, ExplorerAction::ToggleKind(Kind::Agreement));
    assert_eq!(s.state.filters.kinds, [Kind::Agreement, Kind::Protocol]);
    let s = changed(&s, ExplorerAction::ToggleKind(Kind::Protocol));
    assert_eq!(s.state.filters.kinds, [Kind::Agreement]);

    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Post));
    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Economy));
    assert_eq!(s.state.filters.domains, [Domain::Economy, Domain::Post]);
    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Economy));
    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Post));
    assert!(s.state.filters.domains.is_empty());
    assert_eq!(
        s.state.filters.kinds,
        [Kind::Agreement],
        "domains leave kinds alone"
    );
}

#[test]
fn explorer_only_replaces_both_facets_and_keeps_the_search() {
    let s = changed(&explorer(), ExplorerAction::Search("law".into()));
    let s = changed(&s, ExplorerAction::ToggleKind(Kind::Memorandum));
    let s = changed(&s, ExplorerAction::ToggleKind(Kind::Protocol));
    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Health));
    let s = changed(&s, ExplorerAction::Only(Domain::Defence, Kind::Protocol));
    assert_eq!(
        s.state.filters,
        Filters {
            query: "law".into(),
            kinds: vec![Kind::Protocol],
            domains: vec![Domain::Defence],
            sort: Sort::Article,
        }
    );
    unchanged(&s, ExplorerAction::Only(Domain::Defence, Kind::Protocol));
}

#[test]
fn explorer_sort_open_and_highlight() {
    let s = changed(&explorer(), ExplorerAction::Sort(Sort::Domain));
    assert_eq!(s.state.filters.sort, Sort::Domain);
    unchanged(&s, ExplorerAction::Sort(Sort::Domain));
    unchanged(&explorer(), ExplorerAction::Sort(Sort::Article));

    let s = changed(&s, ExplorerAction::Open(Some("post".into())));
    assert_eq!(s.state.open.as_deref(), Some("post"));
    unchanged(&s, ExplorerAction::Open(Some("post".into())));
    let other = changed(&s, ExplorerAction::Open(Some("cardiology".into())));
    assert_eq!(other.state.open.as_deref(), Some("cardiology"));
    let closed = changed(&other, ExplorerAction::Open(None));
    assert_eq!(closed.state.open, None);
    unchanged(&closed, ExplorerAction::Open(None));

    // The highlighted item of the article's list is not part of the URL state.
    let lit = changed(&closed, ExplorerAction::ShowInArticle(4));
    assert_eq!(lit.highlighted, Some(4));
    assert_eq!(lit.state, closed.state);
    unchanged(&lit, ExplorerAction::ShowInArticle(4));
    assert_eq!(
        changed(&lit, ExplorerAction::ShowInArticle(0)).highlighted,
        Some(0)
    );
}

#[test]
fn explorer_clear_drops_search_and_facets_but_keeps_sort_open_and_highlight() {
    let s = changed(&explorer(), ExplorerAction::Search("post".into()));
    let s = changed(&s, ExplorerAction::ToggleKind(Kind::AgreementOfIntent));
    let s = changed(&s, ExplorerAction::ToggleDomain(Domain::Post));
    let s = changed(&s, ExplorerAction::Sort(Sort::Kind));
    let s = changed(&s, ExplorerAction::Open(Some("post".into())));
    let s = changed(&s, ExplorerAction::ShowInArticle(6));
    let cleared = changed(&s, ExplorerAction::Clear);
    assert_eq!(
        *cleared,
        Explorer {
            state: ExplorerState {
                filters: Filters {
                    sort: Sort::Kind,
                    ..Filters::default()
                },
                open: Some("post".into()),
            },
            highlighted: Some(6),
            reveal: None,
        }
    );
    unchanged(&cleared, ExplorerAction::Clear);
    unchanged(&explorer(), ExplorerAction::Clear);
}

#[test]
fn explorer_replace_takes_the_url_s_state_and_keeps_the_highlight() {
    let url_state = ExplorerState {
        filters: Filters {
            query: "campus".into(),
            kinds: vec![Kind::Agreement],
            domains: vec![Domain::Education],
            sort: Sort::Domain,
        },
        open: Some("krsu-campus".into()),
    };
    let lit = changed(&explorer(), ExplorerAction::ShowInArticle(2));
    let next = changed(&lit, ExplorerAction::Replace(url_state.clone()));
    assert_eq!(next.state, url_state);
    assert_eq!(next.highlighted, Some(2));
    unchanged(&next, ExplorerAction::Replace(url_state));
    unchanged(
        &explorer(),
        ExplorerAction::Replace(ExplorerState::default()),
    );
}

#[test]
fn explorer_reveals_the_document_the_url_opened_until_the_reader_opens_or_closes_one() {
    let url_state = ExplorerState {
        open: Some("krsu-campus".into()),
        ..ExplorerState::default()
    };
    let read = changed(&explorer(), ExplorerAction::Replace(url_state));
    assert_eq!(read.reveal.as_deref(), Some("krsu-campus"));
    // Searching or highlighting leaves the request for the first render that shows it.
    let searched = changed(&read, ExplorerAction::Search("campus".into()));
    assert_eq!(searched.reveal.as_deref(), Some("krsu-campus"));
    let closed = changed(&searched, ExplorerAction::Open(None));
    assert_eq!(closed.reveal, None);
    let opened = changed(&read, ExplorerAction::Open(Some("cardiology".into())));
    assert_eq!(opened.reveal, None);
    assert_eq!(opened.state.open.as_deref(), Some("cardiology"));
}

fn embed() -> Rc<Embed> {
    Rc::new(Embed::default())
}

fn set(theme: Option<Theme>, highlight: Option<&str>) -> EmbedAction {
    EmbedAction::Set(Set {
        theme,
        highlight: highlight.map(str::to_string),
    })
}

#[test]
fn embed_start_takes_theme_and_highlight_from_the_options() {
    assert!(!embed().started, "before the URL is read");
    let options = EmbedOptions {
        view: Some(EmbedView::Trade),
        theme: Theme::Dark,
        highlight: Some("trade-kg-2024".into()),
        id: "trade".into(),
        ..EmbedOptions::default()
    };
    let s = changed(&embed(), EmbedAction::Start(options.clone()));
    assert!(s.started);
    assert_eq!(*s.options, options);
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(s.highlight.as_deref(), Some("trade-kg-2024"));
    unchanged(&s, EmbedAction::Start(options));
    // The page itself (no embed options) is started too: a change, once.
    let page = changed(&embed(), EmbedAction::Start(EmbedOptions::default()));
    assert!(page.started);
    assert_eq!((page.theme, page.highlight.clone()), (Theme::Auto, None));
    unchanged(&page, EmbedAction::Start(EmbedOptions::default()));
}

#[test]
fn embed_set_changes_what_it_names_and_keeps_the_rest() {
    let options = EmbedOptions {
        view: Some(EmbedView::Agreements),
        highlight: Some("post".into()),
        ..EmbedOptions::default()
    };
    let started = changed(&embed(), EmbedAction::Start(options.clone()));
    let dark = changed(&started, set(Some(Theme::Dark), None));
    assert_eq!(dark.theme, Theme::Dark);
    assert_eq!(
        dark.highlight.as_deref(),
        Some("post"),
        "no highlight: kept"
    );
    assert!(dark.started);
    assert_eq!(
        *dark.options, options,
        "a set message never changes the options"
    );
    let lit = changed(&dark, set(None, Some("cardiology")));
    assert_eq!(
        (lit.theme, lit.highlight.as_deref()),
        (Theme::Dark, Some("cardiology"))
    );
    let both = changed(&lit, set(Some(Theme::Light), Some("post")));
    assert_eq!(
        (both.theme, both.highlight.as_deref()),
        (Theme::Light, Some("post"))
    );
    unchanged(&both, set(None, None));
    unchanged(&both, set(Some(Theme::Light), Some("post")));
    unchanged(&both, set(Some(Theme::Light), None));
}
