//! A panic in the WebAssembly module, as a bug would cause one, in a real browser (headless
//! Chromium through wasm-bindgen-test-runner, with the web crate's feature `testing`; see
//! .ci/test). A test binary of its own: after a panic the instance's state is broken (Rust
//! counts its thread as panicking for good), which is why the widget moves to a fresh instance
//! (tests/e2e/page.test.mjs checks that part).
#![cfg(all(target_arch = "wasm32", feature = "testing"))]

use corroborate_web::{cause_internal_error, install_panic_hook, take_panic_message};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function callCatching(f) {
  try { f(); return null; } catch (e) { return e; }
}")]
extern "C" {
    /// Calls `f` from JavaScript and returns what it threw (null if nothing): a Rust panic
    /// reaches JavaScript as a trap, a `WebAssembly.RuntimeError`, as it does on the page.
    #[wasm_bindgen(js_name = callCatching)]
    fn call_catching(f: &js_sys::Function) -> JsValue;
}

#[wasm_bindgen_test]
fn a_panic_reaches_javascript_as_a_trap_with_its_message() {
    assert_eq!(take_panic_message(), None);
    // The test harness counts any panic that reaches its own hook as a failure: the module's
    // hook, the one the page has, replaces it for good (no hook can be set after a panic).
    install_panic_hook();
    let panicking = Closure::<dyn Fn()>::new(cause_internal_error);
    let thrown = call_catching(panicking.as_ref().unchecked_ref());
    assert!(
        thrown.is_instance_of::<js_sys::WebAssembly::RuntimeError>(),
        "a trap, not {thrown:?}"
    );
    // What happened and where, once: widget.js puts it in the Error it throws.
    let message = take_panic_message().expect("the panic's message");
    assert!(
        message.contains("internal error caused on purpose"),
        "{message}"
    );
    assert!(message.contains("web/src/lib.rs"), "{message}");
    assert_eq!(take_panic_message(), None);
}
