//! The session time-out warning (WCAG 2.2.1 Timing Adjustable, 2.4.3 Focus
//! Order): shortly before a session ends for lack of activity, a dialog says
//! so and offers one button to stay signed in; when it has ended, it says
//! that and links to sign in again.
//!
//! The server decides, not the browser's clock: before it warns and before
//! it says "signed out", the island asks the server how long the session
//! lasts (`get_session_status`, which does not extend it), because another
//! tab may have kept the session going; it schedules from that answer.
//!
//! Every signed-in page also says, rendered by the server at that request,
//! until what time the session lasts if nothing happens, with a plain form
//! post that extends it (`/mijn/sessies/verlengen`): that is the way without
//! JavaScript.

use crate::api::{extend_session, get_session_status};
use crate::i18n::use_i18n;
use crate::model::SessionLeft;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Quiet,
    Warning,
    Ended,
}

/// When to ask the server again: `warning` seconds before the end (then it
/// warns, if the server agrees), or at the end while the warning shows.
pub fn check_after(seconds_left: i64, warning: i64) -> i64 {
    if seconds_left <= warning {
        seconds_left.max(0)
    } else {
        seconds_left - warning
    }
}

/// The minutes the warning names: the seconds left, rounded up, at least 1.
pub fn minutes_left(seconds_left: i64) -> i64 {
    ((seconds_left + 59) / 60).max(1)
}

/// An unanswered question (network down) is asked again after this long.
const RETRY_SECONDS: u64 = 15;

/// The id of the warning's text, which names the dialog.
const MESSAGE_ID: &str = "session-timer-message";

#[island]
pub fn SessionTimer(
    session: SessionLeft,
    warning_seconds: i64,
    csrf: String,
    return_to: String,
) -> impl IntoView {
    let l = use_i18n().loader();
    let phase = RwSignal::new(Phase::Quiet);
    let minutes = RwSignal::new(minutes_left(session.seconds));
    let until = RwSignal::new(session.until.clone());
    let until_iso = RwSignal::new(session.until_iso.clone());
    let announcement = RwSignal::new(String::new());
    let stay_button = NodeRef::<leptos::html::Button>::new();
    let sign_in_link = NodeRef::<leptos::html::A>::new();
    // Each schedule gets a generation; timers of an older one do nothing.
    let generation = StoredValue::new(0_u64);
    // Focus moves once per warning, not again when it re-renders.
    let focus_moved = StoredValue::new(false);
    let csrf_token = StoredValue::new(csrf.clone());
    let check: StoredValue<Option<Callback<()>>> = StoredValue::new(None);

    // What the server said: warn, stay quiet, or say "signed out", and when
    // to ask again.
    let follow = move |left: SessionLeft| {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if !left.until.is_empty() {
            until.set(left.until.clone());
            until_iso.set(left.until_iso.clone());
        }
        if left.seconds <= 0 {
            phase.set(Phase::Ended);
            return;
        }
        if left.seconds <= warning_seconds {
            minutes.set(minutes_left(left.seconds));
            if phase.get_untracked() != Phase::Warning {
                browser::remember_focus();
                focus_moved.set_value(false);
                announcement.set(String::new());
                phase.set(Phase::Warning);
            }
        } else if phase.get_untracked() != Phase::Quiet {
            // Another tab (or this one) kept the session going.
            phase.set(Phase::Quiet);
            browser::restore_focus();
        }
        let wait = check_after(left.seconds, warning_seconds);
        let _ = set_timeout_with_handle(
            move || {
                if generation.get_value() == mine
                    && let Some(check) = check.get_value()
                {
                    check.run(());
                }
            },
            Duration::from_secs(u64::try_from(wait).unwrap_or(0)),
        );
    };
    let ask = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            match get_session_status().await {
                Ok(left) => follow(left),
                // No answer: the browser cannot know, so it neither warns
                // nor says "signed out" on its own; it asks again soon.
                Err(_) => {
                    let mine = generation.get_value();
                    let _ = set_timeout_with_handle(
                        move || {
                            if generation.get_value() == mine
                                && let Some(check) = check.get_value()
                            {
                                check.run(());
                            }
                        },
                        Duration::from_secs(RETRY_SECONDS),
                    );
                }
            }
        });
    });
    check.set_value(Some(ask));

    // Effects run only in the browser, after hydration: schedule the first
    // question from what the page was rendered with.
    let initial = session.clone();
    Effect::new(move |_| {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let wait = check_after(initial.seconds, warning_seconds);
        let _ = set_timeout_with_handle(
            move || {
                if generation.get_value() == mine {
                    ask.run(());
                }
            },
            Duration::from_secs(u64::try_from(wait).unwrap_or(0)),
        );
    });

    // Focus moves to "stay signed in" once the button is in the document
    // (the node ref is set when it is rendered; focus waits one frame).
    Effect::new(move |_| {
        if phase.get() == Phase::Warning
            && let Some(button) = stay_button.get()
            && !focus_moved.get_value()
        {
            focus_moved.set_value(true);
            request_animation_frame(move || {
                let _ = button.focus();
            });
        }
    });
    // Signed out while the warning had focus: focus goes to "sign in again",
    // not to the page's body.
    Effect::new(move |_| {
        if phase.get() == Phase::Ended
            && let Some(link) = sign_in_link.get()
            && browser::focus_is_lost()
        {
            request_animation_frame(move || {
                let _ = link.focus();
            });
        }
    });

    let stay = move |_| {
        leptos::task::spawn_local(async move {
            let extended = extend_session(csrf_token.get_value()).await.is_ok();
            if extended {
                announcement.set(fl!(l, "session-extended"));
                phase.set(Phase::Quiet);
                browser::restore_focus();
            }
            // Either way the server says what holds now (and the new end).
            ask.run(());
        });
    };

    view! {
        <div class="session-timer">
            {move || {
                (phase.get() != Phase::Ended)
                    .then(|| {
                        view! {
                            <form method="post" action="/mijn/sessies/verlengen" class="session-timer__line">
                                <input type="hidden" name="csrf" value=csrf.clone() />
                                <input type="hidden" name="return_to" value=return_to.clone() />
                                <p data-ends-at=move || until_iso.get()>
                                    {move || fl!(l, "session-until", time = until.get())}
                                    " "
                                    <button type="submit" class="link-button">
                                        {fl!(l, "session-extend")}
                                    </button>
                                </p>
                            </form>
                        }
                    })
            }}
            <p class="visually-hidden session-timer__announcement" aria-live="polite">
                {move || announcement.get()}
            </p>
            {move || match phase.get() {
                Phase::Quiet => ().into_any(),
                Phase::Warning => {
                    view! {
                        <div
                            class="notice--warning session-timer__box"
                            role="alertdialog"
                            aria-labelledby=MESSAGE_ID
                        >
                            <div class="session-timer__inner">
                                <p id=MESSAGE_ID>{move || fl!(l, "session-warning", minutes = minutes.get())}</p>
                                <button type="button" class="button" node_ref=stay_button on:click=stay>
                                    {fl!(l, "session-stay")}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
                Phase::Ended => {
                    view! {
                        <div class="notice--warning session-timer__box" role="alert">
                            <div class="session-timer__inner">
                                <p>{fl!(l, "session-ended")}</p>
                                <a href="/aanmelden" class="button" node_ref=sign_in_link>
                                    {fl!(l, "session-sign-in-again")}
                                </a>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Where focus was before the warning, and putting it back (browser only).
#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::RefCell;
    use web_sys::wasm_bindgen::JsCast;

    thread_local! {
        static BEFORE: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window().and_then(|window| window.document())
    }

    /// True when nothing in particular has focus (the body, or nothing).
    pub fn focus_is_lost() -> bool {
        let Some(document) = document() else {
            return false;
        };
        match (document.active_element(), document.body()) {
            (None, _) => true,
            (Some(active), Some(body)) => active.is_same_node(Some(body.as_ref())),
            (Some(_), None) => false,
        }
    }

    /// Remembers the focused element (not the body) before the warning.
    pub fn remember_focus() {
        let element = if focus_is_lost() {
            None
        } else {
            document()
                .and_then(|document| document.active_element())
                .and_then(|active| active.dyn_into::<web_sys::HtmlElement>().ok())
        };
        BEFORE.with(|before| *before.borrow_mut() = element);
    }

    /// Puts focus back where it was before the warning; when that element
    /// is gone (or there was none), on the page's main content, without
    /// moving the page.
    pub fn restore_focus() {
        let remembered = BEFORE.with(|before| before.borrow_mut().take());
        if let Some(element) = remembered.filter(|element| element.is_connected()) {
            let _ = element.focus();
            if !focus_is_lost() {
                return;
            }
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let main = document()
            .and_then(|document| document.get_element_by_id("main"))
            .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let (x, y) = (
                window.scroll_x().unwrap_or(0.0),
                window.scroll_y().unwrap_or(0.0),
            );
            let _ = main.focus();
            window.scroll_to_with_x_and_y(x, y);
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn focus_is_lost() -> bool {
        false
    }
    pub fn remember_focus() {}
    pub fn restore_focus() {}
}

#[cfg(test)]
mod tests {
    use super::{check_after, minutes_left};

    #[test]
    fn the_server_is_asked_before_the_warning_and_again_at_the_end() {
        assert_eq!(check_after(1800, 120), 1680);
        assert_eq!(check_after(100, 120), 100);
        assert_eq!(check_after(0, 120), 0);
        assert_eq!(check_after(-5, 120), 0);
    }

    #[test]
    fn the_warning_names_whole_minutes() {
        assert_eq!(minutes_left(50), 1);
        assert_eq!(minutes_left(61), 2);
        assert_eq!(minutes_left(0), 1);
    }
}
