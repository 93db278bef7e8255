//! Prints the three charts' reported data as one JSON object (`{"trade": [...], ...}`), for
//! the benchmark's Chart.js page, which must show the same numbers. Native only.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use bishkek_explainer::charts::{chart_for, export::to_json};
    use bishkek_explainer::logic::view_state::{Panel, ViewState};
    let parts: Vec<String> = Panel::ALL
        .iter()
        .map(|p| {
            format!(
                "\"{}\": {}",
                p.key(),
                to_json(&chart_for(*p, &ViewState::default())).trim_end()
            )
        })
        .collect();
    println!("{{\n{}\n}}", parts.join(",\n"));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
