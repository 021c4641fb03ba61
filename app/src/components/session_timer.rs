//! The session time-out warning (WCAG 2.2.1): shortly before a session ends
//! for lack of activity, an alert says so and offers one button to stay
//! signed in; when it has ended, it says that and links to sign in again.
//!
//! It is an island: the server renders only the empty alert region (which
//! must exist before text appears in it for screen readers to announce it).
//! Without JavaScript there is no warning; every page load counts as
//! activity, and the session page says how long a session lasts.

use crate::api::extend_session;
use crate::i18n::use_i18n;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Quiet,
    Warning,
    Ended,
    Failed,
}

/// When to warn, after the page loaded: `warning` seconds before the end, or
/// at once when the end is nearer than that.
pub fn warn_after(seconds_left: i64, warning: i64) -> i64 {
    (seconds_left - warning).max(0)
}

#[island]
pub fn SessionTimer(seconds_left: i64, warning_seconds: i64, csrf: String) -> impl IntoView {
    let l = use_i18n().loader();
    let phase = RwSignal::new(Phase::Quiet);
    let minutes = RwSignal::new(0_i64);
    let button = NodeRef::<leptos::html::Button>::new();
    // Each schedule gets a generation; timers of an older one do nothing.
    let generation = StoredValue::new(0_u64);
    let csrf = StoredValue::new(csrf);

    let schedule = move |left: i64| {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let warn_in = warn_after(left, warning_seconds);
        let warn_minutes = ((left.min(warning_seconds) + 59) / 60).max(1);
        let _ = set_timeout_with_handle(
            move || {
                if generation.get_value() == mine {
                    minutes.set(warn_minutes);
                    phase.set(Phase::Warning);
                    if let Some(button) = button.get_untracked() {
                        let _ = button.focus();
                    }
                }
            },
            Duration::from_secs(u64::try_from(warn_in).unwrap_or(0)),
        );
        let _ = set_timeout_with_handle(
            move || {
                if generation.get_value() == mine {
                    phase.set(Phase::Ended);
                }
            },
            Duration::from_secs(u64::try_from(left).unwrap_or(0)),
        );
    };
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| schedule(seconds_left));

    let stay = move |_| {
        leptos::task::spawn_local(async move {
            match extend_session(csrf.get_value()).await {
                Ok(left) => {
                    phase.set(Phase::Quiet);
                    schedule(left);
                }
                Err(_) => phase.set(Phase::Failed),
            }
        });
    };

    view! {
        <div class="session-timer" role="alert">
            {move || match phase.get() {
                Phase::Quiet => ().into_any(),
                Phase::Warning => {
                    view! {
                        <div class="notice notice--warning session-timer__box">
                            <p>{fl!(l, "session-warning", minutes = minutes.get())}</p>
                            <button type="button" class="button" node_ref=button on:click=stay>
                                {fl!(l, "session-stay")}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Phase::Ended | Phase::Failed => {
                    view! {
                        <div class="notice notice--warning session-timer__box">
                            <p>{fl!(l, "session-ended")}</p>
                            <a href="/aanmelden" class="button">{fl!(l, "session-sign-in-again")}</a>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::warn_after;

    #[test]
    fn the_warning_comes_before_the_end_or_at_once() {
        assert_eq!(warn_after(1800, 120), 1680);
        assert_eq!(warn_after(60, 120), 0);
        assert_eq!(warn_after(0, 120), 0);
    }
}
