//! `keyed!`: an enum whose variants each have a key (in URLs, file names and the DOM), with
//! `ALL` (the variants in order) and `key()`, written once instead of per enum.

/// `keyed! { #[derive(…)] pub enum Name { Variant => "key", … } }`
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal,)* }
    ) => {
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            /// Every variant, in order.
            pub const ALL: [$name; [$($key),*].len()] = [$($name::$variant),*];

            /// Its key: in URLs, file names and the DOM.
            #[must_use]
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }
        }
    };
}
