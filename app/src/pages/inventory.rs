//! The regional inventory ("inventaris"): how each municipality offers each
//! product — fully online, online with a visit, by appointment, at the
//! counter, or not at all — with totals per municipality and downloads.
//! Public: the steering group's picture of digital maturity.

use crate::api::get_inventory;
use crate::components::error::ErrorPanel;
use crate::components::layout::{Layout, PageTitle};
use crate::i18n::use_i18n;
use crate::model::{Channel, ChannelTotals, Inventory, TopicEntry};
use crate::pages::catalogue::channel_name;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The query parameter that picks a topic (as on the catalogue pages).
pub const TOPIC: &str = "onderwerp";

#[component]
pub fn InventoryPageView() -> impl IntoView {
    let lang = use_i18n().lang();
    let inventory = Resource::new(|| (), move |()| get_inventory(lang));
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match inventory.await {
                    Ok(inventory) => view! { <Layout><InventoryView inventory /></Layout> }.into_any(),
                    Err(error) => view! { <Layout><ErrorPanel error /></Layout> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InventoryView(inventory: Inventory) -> impl IntoView {
    let l = use_i18n().loader();
    let chosen = use_query_map()
        .read_untracked()
        .get(TOPIC)
        .unwrap_or_default();
    // An unknown topic shows everything, as on the catalogue pages.
    let topic: Option<TopicEntry> = inventory.topic(&chosen).cloned();
    let products: Vec<_> = inventory.products_of(topic.as_ref()).cloned().collect();
    let totals = inventory.totals(&products);
    let region = totals
        .iter()
        .fold(ChannelTotals::default(), |sum, total| sum.plus(*total));
    let filter = topic
        .as_ref()
        .map(|t| format!("?{TOPIC}={}", t.code))
        .unwrap_or_default();
    let scope = match &topic {
        Some(t) => fl!(l, "inventory-scope-topic", topic = t.name.clone()),
        None => fl!(l, "inventory-scope-all"),
    };
    let options = |life_event: bool| {
        inventory
            .topics
            .iter()
            .filter(|t| t.life_event == life_event)
            .map(|t| {
                let selected = topic.as_ref().is_some_and(|c| c.code == t.code);
                view! {
                    <option value=t.code.clone() selected=selected>
                        {t.name.clone()}
                    </option>
                }
            })
            .collect_view()
    };
    let legend = [
        Some(Channel::Online),
        Some(Channel::OnlineWithVisit),
        Some(Channel::Appointment),
        Some(Channel::Counter),
        None,
    ];
    view! {
        <PageTitle text=fl!(l, "inventory-title") />
        <h1>{fl!(l, "inventory-heading")}</h1>
        <p class="lead">{fl!(l, "inventory-intro")}</p>
        {inventory
            .demo_content
            .then(|| view! { <p class="notice notice--inline">{fl!(l, "catalogue-demo")}</p> })}
        <form method="get" action="/inventaris" class="inventory-filter">
            <div class="field">
                <label for=TOPIC class="field__label">{fl!(l, "inventory-filter-label")}</label>
                <div class="chooser__row">
                    <select id=TOPIC name=TOPIC class="field__input">
                        <option value="" selected=topic.is_none()>{fl!(l, "inventory-filter-all")}</option>
                        <optgroup label=fl!(l, "catalogue-life-events")>{options(true)}</optgroup>
                        <optgroup label=fl!(l, "catalogue-themes")>{options(false)}</optgroup>
                    </select>
                    <button type="submit" class="button">{fl!(l, "inventory-filter-submit")}</button>
                </div>
            </div>
        </form>
        <p class="products__count">
            {scope} " " {fl!(l, "catalogue-count", count = products.len())}
        </p>
        <p class="downloads">
            {fl!(l, "inventory-download")} " "
            <a href=format!("/inventaris.csv{filter}") download="">
                {fl!(l, "inventory-download-csv")}
            </a> " · "
            <a href=format!("/inventaris.json{filter}") download="">
                {fl!(l, "inventory-download-json")}
            </a>
        </p>
        <p class="downloads">
            <a href="/catalogus.jsonld" download="">{fl!(l, "inventory-download-catalogue")}</a>
        </p>

        <section>
            <h2 id="per-municipality">{fl!(l, "inventory-totals-heading")}</h2>
            <div class="table-scroll table-scroll--wide" tabindex="0" role="region" aria-labelledby="per-municipality">
                <table class="comparison inventory-totals">
                    <caption class="visually-hidden">{fl!(l, "inventory-totals-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{fl!(l, "product-elsewhere-municipality")}</th>
                            <th scope="col">{fl!(l, "inventory-online-share")}</th>
                            {legend
                                .iter()
                                .map(|channel| view! { <th scope="col" class="number">{channel_name(l, *channel)}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {inventory
                            .municipalities
                            .iter()
                            .zip(&totals)
                            .map(|(municipality, total)| {
                                view! {
                                    <tr>
                                        <th scope="row">
                                            <a href=format!("/{}/producten", municipality.slug)>{municipality.name.clone()}</a>
                                        </th>
                                        <TotalsCells total=*total />
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{fl!(l, "inventory-region")}</th>
                            <TotalsCells total=region />
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>

        <section>
            <h2 id="matrix">{fl!(l, "inventory-matrix-heading")}</h2>
            <p>{fl!(l, "inventory-matrix-intro")}</p>
            <ul class="inventory-legend">
                {legend
                    .iter()
                    .map(|channel| view! { <li><ChannelMark channel=*channel labelled=true /></li> })
                    .collect_view()}
            </ul>
            <div class="table-scroll table-scroll--wide" tabindex="0" role="region" aria-labelledby="matrix">
                <table class="inventory">
                    <caption class="visually-hidden">{fl!(l, "inventory-matrix-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="inventory__product">{fl!(l, "inventory-product")}</th>
                            {inventory
                                .municipalities
                                .iter()
                                .map(|m| {
                                    view! {
                                        <th scope="col" class="inventory__municipality">
                                            <span>{m.name.clone()}</span>
                                        </th>
                                    }
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {products
                            .into_iter()
                            .map(|product| {
                                let lang = (product.title.lang != use_i18n().lang().code())
                                    .then(|| product.title.lang.clone());
                                view! {
                                    <tr>
                                        <th scope="row" class="inventory__product" lang=lang>
                                            {product.title.text.clone()}
                                        </th>
                                        {product
                                            .channels
                                            .iter()
                                            .map(|channel| view! { <td><ChannelMark channel=*channel labelled=false /></td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" class="inventory__product">{fl!(l, "inventory-online-share")}</th>
                            {totals
                                .iter()
                                .map(|total| view! { <td class="number">{total.online_percent()} " %"</td> })
                                .collect_view()}
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// The channel counts of one row of the totals table.
#[component]
fn TotalsCells(total: ChannelTotals) -> impl IntoView {
    let l = use_i18n().loader();
    view! {
        <td class="number">
            {fl!(l, "inventory-online-of", online = total.online, offered = total.offered())}
        </td>
        <td class="number">{total.online}</td>
        <td class="number">{total.online_with_visit}</td>
        <td class="number">{total.appointment}</td>
        <td class="number">{total.counter}</td>
        <td class="number">{total.not_offered}</td>
    }
}

/// A channel as a shape (filled, half, square, open, dash) that does not rely
/// on colour, with its name: visible in the legend, for screen readers in the
/// table.
#[component]
fn ChannelMark(channel: Option<Channel>, labelled: bool) -> impl IntoView {
    let l = use_i18n().loader();
    let class = match channel {
        Some(channel) => format!("mark mark--{}", channel.code()),
        None => "mark mark--not-offered".to_owned(),
    };
    let name = channel_name(l, channel);
    view! {
        <span class=class aria-hidden="true"></span>
        <span class=if labelled { "mark__label" } else { "visually-hidden" }>{name}</span>
    }
}
