//! Accessibility statements: one for the regional portal and one per
//! municipality (each municipality is responsible for its own pages).

use crate::components::error::ErrorPanel;
use crate::components::layout::{Layout, MunicipalityRef, PageTitle};
use crate::i18n::use_i18n;
use crate::model::MunicipalityPage;
use crate::pages::municipality::municipality_resource;
use i18n_embed_fl::fl;
use leptos::prelude::*;

/// The date this statement was drawn up (it changes when we re-test).
const STATEMENT_DATE: &str = "2026-11-28";

#[component]
pub fn RegionStatementPage() -> impl IntoView {
    view! {
        <Layout>
            <Statement municipality=None />
        </Layout>
    }
}

#[component]
pub fn MunicipalityStatementPage() -> impl IntoView {
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
                                <Statement municipality=Some(page) />
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
fn Statement(municipality: Option<MunicipalityPage>) -> impl IntoView {
    let l = use_i18n().loader();
    let intro = municipality.as_ref().map_or_else(
        || fl!(l, "statement-intro-region"),
        |m| {
            fl!(
                l,
                "statement-intro-municipality",
                municipality = m.name.clone()
            )
        },
    );
    let contact = match &municipality {
        Some(m) => view! {
            <p>
                {fl!(l, "statement-contact-municipality")} " "
                <a href=format!("mailto:{}", m.email)>{m.email.clone()}</a> " "
                {fl!(l, "statement-contact-or-call")} " "
                <a href=format!("tel:{}", m.phone.replace(' ', ""))>{m.phone.clone()}</a>
                "."
            </p>
        }
        .into_any(),
        None => view! {
            <p>
                {fl!(l, "statement-contact-region")} " "
                <a href="/#gemeenten">{fl!(l, "statement-contact-region-link")}</a>
            </p>
        }
        .into_any(),
    };
    view! {
        <PageTitle text=fl!(l, "statement-title") />
        <h1>{fl!(l, "statement-title")}</h1>
        <p class="lead">{intro}</p>
        <h2>{fl!(l, "statement-status-heading")}</h2>
        <p>{fl!(l, "statement-status")}</p>
        <p>{fl!(l, "statement-testing")}</p>
        <h2>{fl!(l, "statement-known-heading")}</h2>
        <p>{fl!(l, "statement-known")}</p>
        <h2>{fl!(l, "statement-contact-heading")}</h2>
        {contact}
        <h2>{fl!(l, "statement-complaint-heading")}</h2>
        <p>
            {fl!(l, "statement-complaint")} " "
            <a href="https://www.vlaamseombudsdienst.be">{fl!(l, "statement-ombudsman")}</a>
            "."
        </p>
        <p class="meta">{fl!(l, "statement-date", date = STATEMENT_DATE)}</p>
    }
}
