//! A municipality's own page: contact details and opening hours.

use crate::api::get_municipality;
use crate::components::error::ErrorPanel;
use crate::components::layout::{Layout, MunicipalityRef, PageTitle};
use crate::i18n::use_i18n;
use crate::model::{MunicipalityPage, OpeningPeriod};
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Loads the municipality named in the route; shared by its pages.
pub fn municipality_resource() -> Resource<Result<MunicipalityPage, crate::error::AppError>> {
    let params = use_params_map();
    Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_municipality,
    )
}

#[component]
pub fn MunicipalityPageView() -> impl IntoView {
    let municipality = municipality_resource();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match municipality.await {
                    Ok(page) => {
                        let reference = MunicipalityRef {
                            slug: page.slug.clone(),
                            name: page.name.clone(),
                        };
                        view! {
                            <Layout municipality=reference>
                                <Municipality page />
                            </Layout>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Layout><ErrorPanel error /></Layout> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Municipality(page: MunicipalityPage) -> impl IntoView {
    let l = use_i18n().loader();
    let codes = page
        .postal_codes
        .iter()
        .map(|code| {
            if code.partial {
                fl!(
                    l,
                    "municipality-postal-code-partial",
                    code = code.code.clone()
                )
            } else {
                code.code.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let phone_href = format!("tel:{}", page.phone.replace(' ', ""));
    view! {
        <PageTitle text=page.name.clone() />
        <h1>{page.name.clone()}</h1>
        <p class="lead">{fl!(l, "municipality-intro", municipality = page.name.clone())}</p>
        <p>
            <a href=format!("/{}/producten", page.slug) class="call-to-action">
                {fl!(l, "municipality-catalogue-link", municipality = page.name.clone())}
            </a>
        </p>
        <p>{fl!(l, "municipality-coming")}</p>
        {page
            .demo_content
            .then(|| {
                view! {
                    <p class="notice notice--inline">{fl!(l, "municipality-demo-content")}</p>
                }
            })}

        <section aria-labelledby="contact">
            <h2 id="contact">{fl!(l, "municipality-contact-heading")}</h2>
            <dl class="facts">
                <dt>{fl!(l, "municipality-address")}</dt>
                <dd>
                    <address>
                        {fl!(l, "municipality-town-hall")} <br />
                        {page.street.clone()} <br />
                        {format!("{} {}", page.postal_code, page.city)}
                    </address>
                </dd>
                <dt>{fl!(l, "municipality-phone")}</dt>
                <dd>
                    <a href=phone_href>{page.phone.clone()}</a>
                </dd>
                <dt>{fl!(l, "municipality-email")}</dt>
                <dd>
                    <a href=format!("mailto:{}", page.email)>{page.email.clone()}</a>
                </dd>
                <dt>{fl!(l, "municipality-website")}</dt>
                <dd>
                    <a href=page.website.clone()>{page.website.clone()}</a>
                </dd>
                <dt>{fl!(l, "municipality-postal-codes")}</dt>
                <dd>{codes}</dd>
            </dl>
        </section>

        <section aria-labelledby="opening-hours">
            <h2 id="opening-hours">{fl!(l, "municipality-hours-heading")}</h2>
            <OpeningHours periods=page.opening_hours.clone() />
        </section>

        <p>
            <a href=format!("/{}/toegankelijkheid", page.slug)>
                {fl!(l, "municipality-statement-link", municipality = page.name.clone())}
            </a>
        </p>
    }
}

/// The week as a table: one row a day, closed days said out loud.
#[component]
pub fn OpeningHours(periods: Vec<OpeningPeriod>) -> impl IntoView {
    let l = use_i18n().loader();
    let rows = (1u8..=7)
        .map(|weekday| {
            let day: Vec<_> = periods.iter().filter(|p| p.weekday == weekday).collect();
            let hours = if day.is_empty() {
                fl!(l, "hours-closed")
            } else {
                day.iter()
                    .map(|p| {
                        let span = fl!(
                            l,
                            "hours-span",
                            opens = p.opens.clone(),
                            closes = p.closes.clone()
                        );
                        if p.appointment_only {
                            fl!(l, "hours-by-appointment", span = span)
                        } else {
                            span
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            view! {
                <tr>
                    <th scope="row">{weekday_name(weekday)}</th>
                    <td>{hours}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="hours">
            <caption class="visually-hidden">{fl!(l, "municipality-hours-heading")}</caption>
            <thead>
                <tr>
                    <th scope="col">{fl!(l, "hours-day")}</th>
                    <th scope="col">{fl!(l, "hours-open")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn weekday_name(weekday: u8) -> String {
    let l = use_i18n().loader();
    match weekday {
        1 => fl!(l, "weekday-monday"),
        2 => fl!(l, "weekday-tuesday"),
        3 => fl!(l, "weekday-wednesday"),
        4 => fl!(l, "weekday-thursday"),
        5 => fl!(l, "weekday-friday"),
        6 => fl!(l, "weekday-saturday"),
        _ => fl!(l, "weekday-sunday"),
    }
}
