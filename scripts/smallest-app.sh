#!/usr/bin/env bash
# Builds bench/smallest-app (one Yew component hydrating one plotters chart with a pointer
# readout) with the explainer's release profile, wasm-bindgen and wasm-opt flags, and prints
# the gzip -9 size of its WebAssembly and glue: the floor the card's crates set for the
# explainer's first view. A measurement, not a test. Run after `./run setup`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
app=bench/smallest-app
out=bench-output/smallest-app
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$app/Cargo.toml" --target-dir target/smallest-app
wasm-bindgen --target web --no-typescript --out-dir "$out" target/smallest-app/wasm32-unknown-unknown/release/smallest-app.wasm
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
# shellcheck disable=SC2086
wasm-opt $params "$out/smallest-app_bg.wasm" -o "$out/smallest-app_bg.wasm"
terser --module --compress --mangle -o "$out/smallest-app.min.js" "$out/smallest-app.js"
for f in smallest-app_bg.wasm smallest-app.min.js; do
  printf '%-22s %8d B   gzip -9: %7d B\n' "$f" "$(wc -c < "$out/$f")" "$(gzip -9 -n -c "$out/$f" | wc -c)"
done
printf '%-22s %30d B\n' "total, gzip -9" "$(( $(gzip -9 -n -c "$out/smallest-app_bg.wasm" | wc -c) + $(gzip -9 -n -c "$out/smallest-app.min.js" | wc -c) ))"
