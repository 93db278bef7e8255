//! Parts of the page that are Yew apps of their own (issue 17: no long task at start-up): the
//! chart panels (`chart::panel_roots`) and the explorer (`explorer::explorer_root`). The page
//! writes each one's element (its "host") with the server's render of the part inside; the
//! app adopts the host as it stands when it hydrates (an empty raw node in the browser's
//! render), and later, in a task of its own, hydrates the part on the host from the same first
//! props as the server's. From then on the app hands the part its props as they change
//! (`AppHandle::update`): the part takes no context, since contexts do not cross apps.

use yew::prelude::*;

/// The host as the page writes it: `open` (the host's opening tag), the part's server render
/// (`server::prepare`, under `key`) and the closing tag; in the browser an empty string, so
/// that the app's hydration adopts the host without walking it.
pub fn slot(open: &str, key: &str, close: &str) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    return Html::from_html_unchecked(format!("{open}{}{close}", server::markup(key)).into());
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (open, key, close);
        Html::from_html_unchecked(AttrValue::default())
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::Island;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use yew::prelude::*;
    use yew::AppHandle;

    /// One part, hydrated or not yet, with the props it should have.
    pub struct Island<C: BaseComponent> {
        live: RefCell<Option<(AppHandle<C>, C::Properties)>>,
        latest: RefCell<C::Properties>,
    }

    impl<C> Island<C>
    where
        C: BaseComponent,
        C::Properties: Clone + PartialEq,
    {
        pub fn new(first: C::Properties) -> Self {
            Island {
                live: RefCell::default(),
                latest: RefCell::new(first),
            }
        }

        /// Hydrates the part on the element with `id` (if the page has it) from `first`, the
        /// props of the server's render (given the latest, whose callbacks it can take: they
        /// change no markup), then brings it to its latest props.
        pub fn hydrate(&self, id: &str, first: impl FnOnce(&C::Properties) -> C::Properties) {
            let Some(host) = gloo::utils::document().get_element_by_id(id) else {
                return;
            };
            let first = first(&self.latest.borrow());
            let handle = yew::Renderer::<C>::with_root_and_props(host, first.clone()).hydrate();
            *self.live.borrow_mut() = Some((handle, first));
            self.update();
        }

        /// The props the part should have.
        pub fn latest(&self) -> C::Properties {
            self.latest.borrow().clone()
        }

        /// The props the part should have (handed over at once if it is live).
        pub fn set(&self, props: C::Properties) {
            *self.latest.borrow_mut() = props;
            self.update();
        }

        fn update(&self) {
            if let Some((handle, has)) = self.live.borrow_mut().as_mut() {
                let want = self.latest.borrow();
                if *has != *want {
                    *has = want.clone();
                    handle.update(want.clone());
                }
            }
        }

        /// Removes the part's app (when the page's app goes).
        pub fn stop(&self) {
            if let Some((handle, _)) = self.live.take() {
                handle.destroy();
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use server::prepare;

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use std::sync::Mutex;
    use yew::BaseComponent;

    /// Each part's server render, by key, made by `prepare` before the app.
    static MARKUP: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

    /// Renders a part as the browser will hydrate it, for `slot` under `key`.
    pub async fn prepare<C>(key: &str, first: C::Properties)
    where
        C: BaseComponent,
    {
        let html = yew::LocalServerRenderer::<C>::with_props(first)
            .hydratable(true)
            .render()
            .await;
        if let Ok(mut markup) = MARKUP.lock() {
            markup.retain(|(k, _)| k != key);
            markup.push((key.to_string(), html));
        }
    }

    pub fn markup(key: &str) -> String {
        MARKUP
            .lock()
            .ok()
            .and_then(|m| m.iter().find(|(k, _)| k == key).map(|(_, h)| h.clone()))
            .unwrap_or_default()
    }
}
