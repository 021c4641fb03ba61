//! The catalogue of a municipality (or of the whole region): browse by life
//! event or theme, search, and the page of one product as this municipality
//! offers it, compared with the other Westhoek municipalities (on the region's
//! page: with all of them).

use crate::api::{get_catalogue, get_product};
use crate::components::error::{ErrorPanel, FieldError, FieldErrorText, FormErrors};
use crate::components::layout::{Layout, MunicipalityRef, PageTitle};
use crate::components::suggest::SearchSuggest;
use crate::i18n::use_i18n;
use crate::model::{
    Availability, Catalogue, Channel, LocalOffer, LocalText, ProductPage, SEARCH_MAX_CHARS,
    format_fee,
};
use crate::pages::municipality::OpeningHours;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The query parameter that picks a topic.
const TOPIC: &str = "onderwerp";
/// The query parameter (and field id) of the search.
const SEARCH: &str = "q";
/// The product list's heading, where the search form and the topic links land.
const RESULTS: &str = "producten";

#[component]
pub fn CataloguePageView() -> impl IntoView {
    let lang = use_i18n().lang();
    let params = use_params_map();
    let query = use_query_map();
    let catalogue = Resource::new(
        move || {
            let search = query.read().get(SEARCH).unwrap_or_default();
            // Too long: the page says so and searches nothing.
            let search = if search.chars().count() > SEARCH_MAX_CHARS {
                String::new()
            } else {
                search
            };
            (params.read().get("slug"), search)
        },
        move |(slug, search)| get_catalogue(slug, lang, search),
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match catalogue.await {
                    Ok(catalogue) => {
                        let reference = catalogue
                            .municipality
                            .as_ref()
                            .map(|m| MunicipalityRef {
                                slug: m.slug.clone(),
                                name: m.name.clone(),
                            });
                        view! {
                            <Layout municipality=reference>
                                <CatalogueView catalogue />
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
fn CatalogueView(catalogue: Catalogue) -> impl IntoView {
    let l = use_i18n().loader();
    let name = catalogue.municipality.as_ref().map(|m| m.name.clone());
    let base = catalogue_path(catalogue.municipality.as_ref().map(|m| m.slug.as_str()));
    let query_map = use_query_map().read_untracked();
    let chosen = query_map.get(TOPIC).unwrap_or_default();
    let typed = query_map.get(SEARCH).unwrap_or_default();
    let problem = (typed.chars().count() > SEARCH_MAX_CHARS)
        .then(|| fl!(l, "chooser-error-too-long", max = SEARCH_MAX_CHARS));
    let searched = !catalogue.query.is_empty();
    // An unknown topic shows everything (and says nothing is filtered).
    let topic = catalogue.topics.iter().find(|t| t.code == chosen).cloned();
    // A search shows what it found, whatever topic was chosen before.
    let topic = if searched { None } else { topic };
    let products: Vec<_> = catalogue
        .products
        .iter()
        .filter(|p| topic.as_ref().is_none_or(|t| p.topics.contains(&t.code)))
        .cloned()
        .collect();
    let topic_links = |life_event: bool| {
        catalogue
            .topics
            .iter()
            .filter(move |t| t.life_event == life_event)
            .map(|t| {
                let count = catalogue.products.iter().filter(|p| p.topics.contains(&t.code)).count();
                let current = topic.as_ref().is_some_and(|c| c.code == t.code);
                view! {
                    <li>
                        <a
                            href=format!("{base}?{TOPIC}={}#producten", t.code)
                            aria-current=current.then_some("true")
                        >
                            {t.name.clone()}
                        </a>
                        " "
                        <span class="topic-list__count">{fl!(l, "catalogue-count", count = count)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let heading = match &topic {
        _ if searched => fl!(l, "catalogue-results", query = catalogue.query.clone()),
        Some(t) => t.name.clone(),
        None => fl!(l, "catalogue-all"),
    };
    let nothing_found = searched && products.is_empty();
    // The search form lands on #producten: on a refused search that is the
    // error summary (so it gets focus), and the heading gives the id up.
    let heading_id = if problem.is_some() {
        "producten-kop"
    } else {
        RESULTS
    };
    let described_by = if problem.is_some() {
        "q-hint q-error"
    } else {
        "q-hint"
    };
    view! {
        <FormErrors
            title=format!("{} – {}", fl!(l, "catalogue-title"), name.clone().unwrap_or_else(|| fl!(l, "region-name")))
            errors=problem.clone().map(|message| FieldError { field_id: SEARCH.to_owned(), message }).into_iter().collect()
            anchor=RESULTS
        />
        <h1>{catalogue_heading(name.as_deref())}</h1>
        <p class="lead">{fl!(l, "catalogue-intro")}</p>
        <form method="get" action=format!("{base}#{RESULTS}") class="catalogue-search" role="search">
            <div class=if problem.is_some() { "field field--error" } else { "field" }>
                <label for=SEARCH class="field__label">{fl!(l, "catalogue-search-label")}</label>
                <p id="q-hint" class="field__hint">{fl!(l, "catalogue-search-hint")}</p>
                {problem.clone().map(|message| view! { <FieldErrorText id="q-error" message /> })}
                <div class="chooser__row">
                    <SearchSuggest
                        slug=catalogue.municipality.as_ref().map(|m| m.slug.clone())
                        value=typed.clone()
                        described_by=described_by.to_owned()
                        invalid=problem.is_some()
                    />
                    <button type="submit" class="button">{fl!(l, "catalogue-search-submit")}</button>
                </div>
            </div>
        </form>
        {catalogue
            .demo_content
            .then(|| view! { <p class="notice notice--inline">{fl!(l, "catalogue-demo")}</p> })}
        <div class="topics">
            <nav aria-labelledby="life-events">
                <h2 id="life-events">{fl!(l, "catalogue-life-events")}</h2>
                <ul class="topic-list">{topic_links(true)}</ul>
            </nav>
            <nav aria-labelledby="themes">
                <h2 id="themes">{fl!(l, "catalogue-themes")}</h2>
                <ul class="topic-list">{topic_links(false)}</ul>
            </nav>
        </div>
        <section aria-labelledby=heading_id class="products">
            <h2 id=heading_id>{heading}</h2>
            <p class="products__count">{fl!(l, "catalogue-count", count = products.len())}</p>
            {nothing_found
                .then(|| view! { <p>{fl!(l, "catalogue-no-results", query = catalogue.query.clone())}</p> })}
            {(topic.is_some() || searched)
                .then(|| {
                    view! {
                        <p>
                            <a href=format!("{base}#producten") class="chooser__show-all">
                                {fl!(l, "catalogue-show-all")}
                            </a>
                        </p>
                    }
                })}
            <ul class="product-list">
                {products
                    .into_iter()
                    .map(|product| {
                        view! {
                            <li class="product-list__item">
                                <h3 class="product-list__title">
                                    <a
                                        href=format!("{base}/{}", product.code)
                                        lang=translated_lang(&product.title)
                                    >
                                        {product.title.text.clone()}
                                    </a>
                                </h3>
                                <p lang=translated_lang(&product.summary)>{product.summary.text.clone()}</p>
                                <AvailabilityLine availability=product.availability />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn ProductPageView() -> impl IntoView {
    let lang = use_i18n().lang();
    let params = use_params_map();
    let product = Resource::new(
        move || {
            let params = params.read();
            (
                params.get("slug"),
                params.get("product").unwrap_or_default(),
            )
        },
        move |(slug, code)| get_product(slug, code, lang),
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(page) => {
                        let reference = page
                            .here
                            .as_ref()
                            .map(|(m, _)| MunicipalityRef {
                                slug: m.slug.clone(),
                                name: m.name.clone(),
                            });
                        view! {
                            <Layout municipality=reference>
                                <ProductView page />
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
fn ProductView(page: ProductPage) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.loader();
    let lang = i18n.lang().code();
    let name = page.here.as_ref().map(|(m, _)| m.name.clone());
    let base = catalogue_path(page.here.as_ref().map(|(m, _)| m.slug.as_str()));
    let untranslated = [
        &page.title,
        &page.summary,
        &page.description,
        &page.target_groups,
        &page.conditions,
        &page.evidence,
        &page.procedure,
        &page.costs,
    ]
    .iter()
    .any(|text| text.lang != lang);
    let sections = [
        ("what", fl!(l, "product-what"), page.description.clone()),
        (
            "for-whom",
            fl!(l, "product-for-whom"),
            page.target_groups.clone(),
        ),
        (
            "conditions",
            fl!(l, "product-conditions"),
            page.conditions.clone(),
        ),
        (
            "evidence",
            fl!(l, "product-evidence"),
            page.evidence.clone(),
        ),
        (
            "procedure",
            fl!(l, "product-procedure"),
            page.procedure.clone(),
        ),
        ("costs", fl!(l, "product-costs"), page.costs.clone()),
    ];
    view! {
        <PageTitle
            text=format!("{} – {}", page.title.text, name.clone().unwrap_or_else(|| fl!(l, "region-name")))
        />
        <p class="breadcrumb">
            <a href=base.clone()>{catalogue_heading(name.as_deref())}</a>
        </p>
        <h1 lang=translated_lang(&page.title)>{page.title.text.clone()}</h1>
        <p class="lead" lang=translated_lang(&page.summary)>{page.summary.text.clone()}</p>
        <p class="product-topics">
            {fl!(l, "product-topics")} " "
            {page
                .topics
                .iter()
                .enumerate()
                .map(|(index, topic)| {
                    view! {
                        {(index > 0).then_some(", ")}
                        <a href=format!("{base}?{TOPIC}={}#producten", topic.code)>{topic.name.clone()}</a>
                    }
                })
                .collect_view()}
        </p>
        {untranslated.then(|| view! { <p class="notice notice--inline">{fl!(l, "product-translation-fallback")}</p> })}
        {page
            .demo_content
            .then(|| view! { <p class="notice notice--inline">{fl!(l, "catalogue-demo")}</p> })}
        {(page.may_edit_region || page.may_edit_here)
            .then(|| {
                let here = page.here.as_ref().map(|(municipality, _)| (municipality.slug.clone(), municipality.name.clone()));
                view! {
                    <ul class="link-list staff-links" aria-label=fl!(l, "product-edit-links")>
                        {page
                            .may_edit_region
                            .then(|| {
                                view! {
                                    <li>
                                        <a href=format!("/beheer/catalogus/regio/{}", page.code)>{fl!(l, "product-edit-region")}</a>
                                    </li>
                                }
                            })}
                        {here
                            .filter(|_| page.may_edit_here)
                            .map(|(slug, name)| {
                                view! {
                                    <li>
                                        <a href=format!("/beheer/catalogus/{slug}/{}", page.code)>
                                            {fl!(l, "product-edit-here", municipality = name)}
                                        </a>
                                    </li>
                                }
                            })}
                    </ul>
                }
            })}

        {match page.here.clone() {
            Some((municipality, offer)) => {
                view! {
                    <section aria-labelledby="here" class="offer">
                        <h2 id="here">{fl!(l, "product-here-heading", municipality = municipality.name.clone())}</h2>
                        {(offer.offered && matches!(offer.channel, Channel::Online | Channel::OnlineWithVisit))
                            .then(|| {
                                view! {
                                    <SignInNeed
                                        required=page.min_assurance.clone()
                                        visitor=page.visitor.clone()
                                        municipality=municipality.name.clone()
                                    />
                                }
                            })}
                        <LocalOfferView offer municipality />
                    </section>
                }
                    .into_any()
            }
            None => {
                view! {
                    <section aria-labelledby="here" class="offer">
                        <h2 id="here">{fl!(l, "product-region-here-heading")}</h2>
                        <p>{fl!(l, "product-region-here")}</p>
                        <p><a href="#elsewhere">{fl!(l, "product-region-choose")}</a></p>
                    </section>
                }
                    .into_any()
            }
        }}

        {sections
            .into_iter()
            .filter(|(_, _, text)| !text.text.is_empty())
            .map(|(id, title, text)| {
                view! {
                    <section aria-labelledby=format!("product-{id}")>
                        <h2 id=format!("product-{id}")>{title}</h2>
                        <p lang=translated_lang(&text)>{text.text.clone()}</p>
                    </section>
                }
            })
            .collect_view()}

        <section>
            <h2 id="elsewhere">
                {if page.here.is_some() {
                    fl!(l, "product-elsewhere-heading")
                } else {
                    fl!(l, "product-region-heading")
                }}
            </h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="elsewhere">
                <table class="comparison">
                    <caption class="visually-hidden">{fl!(l, "product-elsewhere-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{fl!(l, "product-elsewhere-municipality")}</th>
                            <th scope="col">{fl!(l, "product-elsewhere-how")}</th>
                            <th scope="col">{fl!(l, "product-cost")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {page
                            .elsewhere
                            .into_iter()
                            .map(|offer| {
                                let (how, cost) = if offer.offered {
                                    (channel_label(offer.channel), fee_label(lang, offer.fee_cents))
                                } else {
                                    (fl!(l, "product-not-offered-short"), String::new())
                                };
                                view! {
                                    <tr>
                                        <th scope="row">
                                            <a href=format!("/{}/producten/{}", offer.slug, page.code)>
                                                {offer.name.clone()}
                                            </a>
                                        </th>
                                        <td>{how}</td>
                                        <td>{cost}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The sign-in a product needs to be applied for online, and whether the
/// visitor's sign-in is enough; when it is not, why, and the way up.
#[component]
fn SignInNeed(
    required: String,
    visitor: Option<(String, String)>,
    municipality: String,
) -> impl IntoView {
    let l = use_i18n().loader();
    let rank = |level: &str| match level {
        "high" => 3,
        "substantial" => 2,
        "low" => 1,
        _ => 0,
    };
    if rank(&required) == 0 {
        return ().into_any();
    }
    let needed = match required.as_str() {
        "high" => fl!(l, "product-sign-in-high"),
        "substantial" => fl!(l, "product-sign-in-substantial"),
        _ => fl!(l, "product-sign-in-low"),
    };
    let why = match required.as_str() {
        "low" => fl!(l, "product-sign-in-why-low"),
        _ => fl!(l, "product-sign-in-why-personal"),
    };
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let sign_in = format!(
        "/aanmelden?terug={}",
        crate::components::layout::encode_query(&here)
    );
    match visitor {
        None => view! {
            <div class="sign-in-need">
                <p>{fl!(l, "product-sign-in-needed", level = needed)}</p>
                <p><a href=sign_in>{fl!(l, "product-sign-in-link")}</a></p>
            </div>
        }
        .into_any(),
        Some((_, assurance)) if rank(&assurance) >= rank(&required) => {
            view! { <p class="sign-in-need">{fl!(l, "product-sign-in-enough")}</p> }.into_any()
        }
        Some((method, assurance)) => view! {
            <div class="sign-in-need sign-in-need--too-low" role="note">
                <h3>{fl!(l, "product-sign-in-too-low-title")}</h3>
                <p>
                    {fl!(
                        l, "product-sign-in-too-low", method = crate::pages::account::method_text(l, & method), level
                        = crate::pages::account::assurance_text(l, & assurance), needed = needed
                    )}
                </p>
                <p>{why}</p>
                <p>{fl!(l, "product-sign-in-way-up")}</p>
                <p><a href=sign_in>{fl!(l, "product-sign-in-again")}</a></p>
                <p>{fl!(l, "product-sign-in-help", municipality = municipality)}</p>
            </div>
        }
        .into_any(),
    }
}

/// How to get the product here: channel, cost, lead time, local note, and
/// how to apply (with the town hall's contact and hours where a visit is needed).
#[component]
fn LocalOfferView(
    offer: LocalOffer,
    municipality: crate::model::MunicipalityPage,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.loader();
    let lang = i18n.lang().code();
    if !offer.offered {
        return view! {
            <p class="offer__not-offered">
                {fl!(l, "product-not-offered", municipality = municipality.name.clone())}
            </p>
        }
        .into_any();
    }
    let apply = match offer.channel {
        Channel::Online | Channel::OnlineWithVisit => fl!(l, "product-apply-online"),
        Channel::Appointment => fl!(l, "product-apply-appointment"),
        Channel::Counter => fl!(l, "product-apply-counter"),
    };
    let visit = offer.channel != Channel::Online;
    let phone_href = format!("tel:{}", municipality.phone.replace(' ', ""));
    view! {
        <dl class="facts">
            <dt>{fl!(l, "product-how")}</dt>
            <dd class=format!("channel channel--{}", offer.channel.code())>{channel_label(offer.channel)}</dd>
            <dt>{fl!(l, "product-cost")}</dt>
            <dd>{fee_label(lang, offer.fee_cents)}</dd>
            <dt>{fl!(l, "product-lead-time")}</dt>
            <dd>{fl!(l, "product-lead-time-days", days = offer.lead_time_days)}</dd>
        </dl>
        {offer.note.clone().map(|note| view! { <p class="offer__note" lang=translated_lang(&note)>{note.text.clone()}</p> })}
        <p>{apply}</p>
        <p>
            {fl!(l, "municipality-phone")} ": " <a href=phone_href>{municipality.phone.clone()}</a> " · "
            {fl!(l, "municipality-email")} ": "
            <a href=format!("mailto:{}", municipality.email)>{municipality.email.clone()}</a>
        </p>
        {visit
            .then(|| {
                view! {
                    <h3>{fl!(l, "municipality-hours-heading")}</h3>
                    <OpeningHours periods=municipality.opening_hours.clone() />
                }
            })}
    }
    .into_any()
}

/// The address of a municipality's catalogue, or the region's.
fn catalogue_path(slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("/{slug}/producten"),
        None => "/producten".to_owned(),
    }
}

/// "What can you arrange in …?": the municipality, or the Westhoek.
fn catalogue_heading(municipality: Option<&str>) -> String {
    let l = use_i18n().loader();
    match municipality {
        Some(name) => fl!(l, "catalogue-heading", municipality = name),
        None => fl!(l, "catalogue-heading-region"),
    }
}

/// How a listed product is offered: here (its channel) or in the region.
#[component]
fn AvailabilityLine(availability: Availability) -> impl IntoView {
    let l = use_i18n().loader();
    match availability {
        Availability::Here(channel) => view! {
            <p class=format!("channel channel--{}", channel.code())>{channel_label(channel)}</p>
        }
        .into_any(),
        Availability::Region { online, offered, total } => view! {
            <p class="meta">
                {fl!(l, "catalogue-region-availability", offered = offered, total = total, online = online)}
            </p>
        }
        .into_any(),
    }
}

/// `lang` for a text shown in Dutch on a translated page (none otherwise:
/// the element inherits the page's language).
fn translated_lang(text: &LocalText) -> Option<String> {
    let page = use_i18n().lang().code();
    (text.lang != page).then(|| text.lang.clone())
}

fn channel_label(channel: Channel) -> String {
    channel_name(use_i18n().loader(), Some(channel))
}

/// How a product is offered, in words; `None` is "not offered".
pub fn channel_name(l: &FluentLanguageLoader, channel: Option<Channel>) -> String {
    match channel {
        Some(Channel::Online) => fl!(l, "channel-online"),
        Some(Channel::OnlineWithVisit) => fl!(l, "channel-online-with-visit"),
        Some(Channel::Appointment) => fl!(l, "channel-appointment"),
        Some(Channel::Counter) => fl!(l, "channel-counter"),
        None => fl!(l, "product-not-offered-short"),
    }
}

pub(crate) fn fee_label(lang: &str, cents: i32) -> String {
    if cents == 0 {
        let l = use_i18n().loader();
        fl!(l, "product-free")
    } else {
        format_fee(lang, cents)
    }
}
