//! The "what would it take" controls, prerendered by the app and run here: the baseline and
//! GDP base-year choices, the two rate sliders with their number boxes, the trade presets,
//! and the sentences and formula that follow them.

use super::dom::{self, set_attr, set_text};
use super::Live;
use crate::charts::what_if::{growth_sentence, trade_formula, trade_sentence};
use crate::logic::view_state::{parse_tenths, tenths_text, GdpBase, Tenths, ViewState};
use crate::state::view::{
    control_action, gdp_base_id, ViewAction, BASELINE_IDS, GROWTH_RATE_ID, TRADE_RATE_ID,
};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Listens, on the document, to the controls' inputs: the sliders follow every movement;
/// the number boxes commit on Enter or leaving them, so that typing "7.5" is not cut short
/// at "7."; the choices and presets on a change or click.
pub fn listen(live: &Rc<Live>) -> Vec<EventListener> {
    let doc = dom::document();
    let on = |name: &'static str, slider_only: bool| {
        let live = Rc::downgrade(live);
        EventListener::new(&doc, name, move |e| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let id = input.id();
            if slider_only && !id.ends_with("-range") {
                return;
            }
            if let Some(live) = live.upgrade() {
                match control_action(&id, &input.value()) {
                    Some(action) => live.dispatch(action),
                    // Not a rate: show the state's value again.
                    None if id.ends_with("-number") => render(&live.state.get()),
                    None => {}
                }
            }
        })
    };
    let preset = {
        let live = Rc::downgrade(live);
        EventListener::new(&doc, "click", move |e| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let tenths = target
                .and_then(|t| t.closest("button.preset[data-tenths]").ok().flatten())
                .and_then(|b| parse_tenths(&b.get_attribute("data-tenths")?));
            if let (Some(live), Some(v)) = (live.upgrade(), tenths) {
                // `data-tenths` holds the rate in percent, as the inputs do.
                live.dispatch(ViewAction::SetTradeRate(v));
            }
        })
    };
    vec![on("input", true), on("change", false), preset]
}

/// Shows `s` in every control, sentence and formula.
pub fn render(s: &ViewState) {
    for (b, id) in BASELINE_IDS {
        checked(id, s.baseline == b);
    }
    for b in GdpBase::ALL {
        checked(&gdp_base_id(b), s.gdp_base == b);
    }
    let trade = trade_sentence(s.baseline, s.trade_rate);
    let growth = growth_sentence(s.growth_rate, s.gdp_base);
    rate(TRADE_RATE_ID, s.trade_rate, &trade);
    rate(GROWTH_RATE_ID, s.growth_rate, &growth);
    if let Ok(presets) = dom::document().query_selector_all("button.preset[data-tenths]") {
        for i in 0..presets.length() {
            let Some(b) = presets.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let on = b
                .get_attribute("data-tenths")
                .and_then(|t| parse_tenths(&t))
                == Some(s.trade_rate);
            set_attr(&b, "aria-pressed", Some(if on { "true" } else { "false" }));
        }
    }
    set_text("[data-sentence=trade]", &trade);
    set_text(
        "[data-formula=trade]",
        &trade_formula(s.baseline, s.trade_rate),
    );
    set_text("[data-sentence=growth]", &growth);
}

fn checked(id: &str, on: bool) {
    if let Some(input) = dom::by_id::<HtmlInputElement>(id) {
        input.set_checked(on);
    }
}

fn rate(stem: &str, v: Tenths, sentence: &str) {
    let text = tenths_text(v);
    if let Some(range) = dom::by_id::<HtmlInputElement>(&format!("{stem}-range")) {
        if range.value() != text {
            range.set_value(&text);
        }
        set_attr(&range, "aria-valuetext", Some(sentence));
    }
    if let Some(number) = dom::by_id::<HtmlInputElement>(&format!("{stem}-number")) {
        if number.value() != text {
            number.set_value(&text);
        }
    }
}
