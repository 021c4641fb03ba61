//! The catalogue editing screens (`/beheer/catalogus/…`): what an editor
//! may edit, the products of the region or a municipality, the edit form
//! of one product with its draft, and what was published before.
//!
//! Plain forms (they work without JavaScript); the server checks every
//! post again. Errors are listed at the top (linked to their fields) and
//! repeated under each field, as on every form of the portal.

use crate::api::{
    get_catalogue_admin, get_catalogue_scope, get_product_editor, get_product_history,
};
use crate::components::error::{FieldError, FieldErrorText, FormErrors};
use crate::components::form::{RadioGroup, RadioOption, TextArea};
use crate::components::layout::{CsrfField, LoadedPage, PageTitle};
use crate::i18n::use_i18n;
use crate::model::Channel;
use crate::model::editor::{
    ASSURANCES, CHANNELS, CatalogueAdmin, ConceptForm, EditorForm, FieldChange, FieldProblem,
    HistoryEntry, LANGS, LocalForm, MAX_CODE, MAX_SUMMARY, MAX_TEXT, MAX_TITLE, PRODUCT_TYPES,
    Problem, ProductEditor, ProductHistory, RegionDefaults, ScopeList, ScopeProduct, TEXT_FIELDS,
    format_amount,
};
use crate::pages::account::role_text;
use crate::pages::catalogue::{channel_name, fee_label};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The scope of the regional products in addresses.
const REGION: &str = "regio";
/// Longest value shown in a list of changes; the rest is in the form.
const SHOWN_CHARS: usize = 300;

fn scope_path(scope: &str) -> String {
    format!("/beheer/catalogus/{scope}")
}

fn editor_path(scope: &str, code: &str) -> String {
    format!("/beheer/catalogus/{scope}/{code}")
}

fn scope_title(l: &FluentLanguageLoader, municipality: Option<&String>) -> String {
    match municipality {
        Some(name) => fl!(l, "editor-scope-municipality", municipality = name.clone()),
        None => fl!(l, "editor-scope-region"),
    }
}

fn language_name(l: &FluentLanguageLoader, lang: &str) -> String {
    match lang {
        "nl" => fl!(l, "editor-lang-nl"),
        "fr" => fl!(l, "editor-lang-fr"),
        "de" => fl!(l, "editor-lang-de"),
        _ => fl!(l, "editor-lang-en"),
    }
}

/// The label of a field, with its language for the texts (`fr-title`).
fn field_label(l: &FluentLanguageLoader, field: &str) -> String {
    let (lang, name) = match field.split_once('-') {
        Some((lang, name)) if LANGS.contains(&lang) => (Some(lang), name),
        _ => match field.strip_prefix("note-") {
            Some(lang) => (Some(lang), "note"),
            None => (None, field),
        },
    };
    let label = match name {
        "product_type" => fl!(l, "editor-field-product-type"),
        "min_assurance" => fl!(l, "editor-field-min-assurance"),
        "default_channel" => fl!(l, "editor-field-default-channel"),
        "default_fee" => fl!(l, "editor-field-default-fee"),
        "default_lead_time" => fl!(l, "editor-field-default-lead-time"),
        "topics" => fl!(l, "editor-field-topics"),
        "title" => fl!(l, "editor-field-title"),
        "summary" => fl!(l, "editor-field-summary"),
        "description" => fl!(l, "editor-field-description"),
        "conditions" => fl!(l, "editor-field-conditions"),
        "evidence" => fl!(l, "editor-field-evidence"),
        "procedure" => fl!(l, "editor-field-procedure"),
        "costs" => fl!(l, "editor-field-costs"),
        "target_groups" => fl!(l, "editor-field-target-groups"),
        "keywords" => fl!(l, "editor-field-keywords"),
        "offered" => fl!(l, "editor-field-offered"),
        "channel" => fl!(l, "editor-field-channel"),
        "fee" => fl!(l, "editor-field-fee"),
        "lead_time" => fl!(l, "editor-field-lead-time"),
        "note" => fl!(l, "editor-field-note"),
        other => other.to_owned(),
    };
    match lang {
        Some(lang) => format!("{label} ({})", language_name(l, lang)),
        None => label,
    }
}

fn problem_message(l: &FluentLanguageLoader, problem: Problem) -> String {
    match problem {
        Problem::Required => fl!(l, "editor-problem-required"),
        Problem::TooLong(max) => fl!(l, "editor-problem-too-long", max = max),
        Problem::NotAmount => fl!(l, "editor-problem-not-amount"),
        Problem::NotDays => fl!(l, "editor-problem-not-days"),
        Problem::TooHigh => fl!(l, "editor-problem-too-high"),
        Problem::NoTopic => fl!(l, "editor-problem-no-topic"),
        Problem::DutchFirst => fl!(l, "editor-problem-dutch-first"),
        Problem::TooManyKeywords => fl!(l, "editor-problem-too-many-keywords"),
        Problem::Hidden => fl!(l, "label-hidden-characters"),
    }
}

fn product_type_name(l: &FluentLanguageLoader, value: &str) -> String {
    match value {
        "document" => fl!(l, "product-type-document"),
        "permit" => fl!(l, "product-type-permit"),
        "attest" => fl!(l, "product-type-attest"),
        "service" => fl!(l, "product-type-service"),
        "financial" => fl!(l, "product-type-financial"),
        "information" => fl!(l, "product-type-information"),
        "registration" => fl!(l, "product-type-registration"),
        other => other.to_owned(),
    }
}

fn assurance_name(l: &FluentLanguageLoader, value: &str) -> String {
    match value {
        "none" => fl!(l, "editor-assurance-none"),
        "low" => fl!(l, "editor-assurance-low"),
        "substantial" => fl!(l, "editor-assurance-substantial"),
        "high" => fl!(l, "editor-assurance-high"),
        other => other.to_owned(),
    }
}

fn channel_code_name(l: &FluentLanguageLoader, code: &str) -> String {
    match Channel::parse(code) {
        Some(channel) => channel_name(l, Some(channel)),
        None => code.to_owned(),
    }
}

/// A stored value as people read it: choices by their name, empty as "(empty)".
fn value_text(
    l: &FluentLanguageLoader,
    field: &str,
    value: &str,
    topics: &[(String, String)],
) -> String {
    if value.is_empty() {
        return match field {
            "channel" | "fee" | "lead_time" => fl!(l, "editor-value-as-region"),
            _ => fl!(l, "editor-value-empty"),
        };
    }
    let text = match field {
        "product_type" => product_type_name(l, value),
        "min_assurance" => assurance_name(l, value),
        "default_channel" | "channel" => channel_code_name(l, value),
        "offered" if value == "ja" => fl!(l, "editor-offered-yes"),
        "offered" => fl!(l, "editor-offered-no"),
        "topics" => value
            .split(", ")
            .map(|code| {
                topics
                    .iter()
                    .find(|(known, _)| known == code)
                    .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
            })
            .collect::<Vec<_>>()
            .join(", "),
        "default_fee" | "fee" => format!("€ {value}"),
        _ => value.to_owned(),
    };
    if text.chars().count() > SHOWN_CHARS {
        let shown: String = text.chars().take(SHOWN_CHARS).collect();
        format!("{shown}…")
    } else {
        text
    }
}

/// The notice for `?melding=` after a form post.
fn notice(l: &FluentLanguageLoader, key: Option<&str>) -> Option<(String, bool)> {
    Some(match key? {
        "bewaard" => (fl!(l, "editor-notice-saved"), false),
        "gepubliceerd" => (fl!(l, "editor-notice-published"), false),
        "fouten" => (fl!(l, "editor-notice-problems"), true),
        "verouderd" => (fl!(l, "editor-notice-stale"), true),
        "gewijzigd" => (fl!(l, "editor-notice-changed-since"), true),
        "weggegooid" => (fl!(l, "editor-notice-discarded"), false),
        "aangemaakt" => (fl!(l, "editor-notice-created"), false),
        _ => return None,
    })
}

#[component]
fn Notice() -> impl IntoView {
    let l = use_i18n().loader();
    let key = use_query_map().read_untracked().get("melding");
    let shown = notice(l, key.as_deref());
    view! {
        <div role="status">
            {shown
                .map(|(text, warning)| {
                    let class = if warning { "notice notice--warning" } else { "notice notice--inline" };
                    view! { <p class=class>{text}</p> }
                })}
        </div>
    }
}

// ---- /beheer/catalogus ----

#[component]
pub fn CatalogueAdminPage() -> impl IntoView {
    let admin = Resource::new(|| (), |_| get_catalogue_admin());
    view! {
        <LoadedPage data=admin content=|admin| view! { <CatalogueAdminView admin /> } />
    }
}

#[component]
fn CatalogueAdminView(admin: CatalogueAdmin) -> impl IntoView {
    let l = use_i18n().loader();
    let title = fl!(l, "editor-title");
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{fl!(l, "editor-intro")}</p>
        <ul class="link-list">
            {admin
                .regional
                .then(|| {
                    view! {
                        <li>
                            <a href=scope_path(REGION)>{fl!(l, "editor-scope-region")}</a>
                            " – "
                            {fl!(l, "editor-region-explained")}
                        </li>
                    }
                })}
            {admin
                .municipalities
                .into_iter()
                .map(|(slug, name)| {
                    view! {
                        <li>
                            <a href=scope_path(&slug)>{fl!(l, "editor-scope-municipality", municipality = name)}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

// ---- /beheer/catalogus/:scope ----

#[component]
pub fn CatalogueScopePage() -> impl IntoView {
    let lang = use_i18n().lang();
    let params = use_params_map();
    let list = Resource::new(
        move || params.read().get("scope").unwrap_or_default(),
        move |scope| get_catalogue_scope(scope, lang),
    );
    view! {
        <LoadedPage data=list content=|list| view! { <ScopeView list /> } />
    }
}

#[component]
fn ScopeView(list: ScopeList) -> impl IntoView {
    let l = use_i18n().loader();
    let lang = use_i18n().lang().code();
    let title = scope_title(l, list.municipality.as_ref());
    let local = list.municipality.is_some();
    let scope = list.scope.clone();
    let count = list.products.len();
    let new_product = NewProductProblems::from_query(l);
    let errors = if local {
        Vec::new()
    } else {
        new_product.errors()
    };
    view! {
        <FormErrors title=title.clone() errors />
        <p><a href="/beheer/catalogus">{fl!(l, "editor-back-to-start")}</a></p>
        <h1>{title}</h1>
        <Notice />
        {(!list.drafts.is_empty())
            .then(|| {
                let scope = scope.clone();
                view! {
                    <section aria-labelledby="drafts-title">
                        <h2 id="drafts-title">{fl!(l, "editor-drafts-title")}</h2>
                        <ul class="link-list">
                            {list
                                .drafts
                                .iter()
                                .map(|product| {
                                    let saved = product
                                        .draft
                                        .as_ref()
                                        .map(|draft| {
                                            fl!(
                                                l, "editor-draft-saved-by", name = draft.saved_by.clone(), at = draft
                                                .saved_at.clone()
                                            )
                                        })
                                        .unwrap_or_default();
                                    view! {
                                        <li>
                                            <a href=editor_path(&scope, &product.code)>{product.title.clone()}</a>
                                            {product.new.then(|| view! { " " <span class="tag">{fl!(l, "editor-new-tag")}</span> })}
                                            " – "
                                            {saved}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        {(!local).then(|| view! { <NewProductForm problems=new_product /> })}
        <section aria-labelledby="products-title">
            <h2 id="products-title">{fl!(l, "editor-products-title", count = count)}</h2>
            // Named by its caption, not by the heading: the section and the
            // scrolling region would be two landmarks with one name.
            <div class="table-scroll" role="region" aria-labelledby="products-caption" tabindex="0">
                <table class="editor-table">
                    <caption id="products-caption" class="visually-hidden">
                        {if local { fl!(l, "editor-products-caption-local") } else { fl!(l, "editor-products-caption") }}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{fl!(l, "editor-column-product")}</th>
                            {local.then(|| view! { <th scope="col">{fl!(l, "editor-column-offered")}</th> })}
                            <th scope="col">{fl!(l, "editor-column-channel")}</th>
                            <th scope="col">{fl!(l, "editor-column-fee")}</th>
                            {local.then(|| view! { <th scope="col">{fl!(l, "editor-column-local")}</th> })}
                            <th scope="col">{fl!(l, "editor-column-draft")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list
                            .products
                            .into_iter()
                            .map(|product| view! { <ProductRow product scope=scope.clone() local lang /> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn ProductRow(
    product: ScopeProduct,
    scope: String,
    local: bool,
    lang: &'static str,
) -> impl IntoView {
    let l = use_i18n().loader();
    let yes_no = |value: bool| {
        if value {
            fl!(l, "editor-yes")
        } else {
            fl!(l, "editor-no")
        }
    };
    let fee = fee_label(lang, product.fee_cents);
    view! {
        <tr>
            <th scope="row">
                <a href=editor_path(&scope, &product.code)>{product.title.clone()}</a>
            </th>
            {local.then(|| view! { <td>{yes_no(product.offered)}</td> })}
            <td>{channel_code_name(l, &product.channel)}</td>
            <td>{fee}</td>
            {local.then(|| view! { <td>{yes_no(product.local)}</td> })}
            <td>{yes_no(product.draft.is_some())}</td>
        </tr>
    }
}

/// What was wrong with a refused new product (`?fout=code,titel`, all of
/// them at once), and what was typed.
#[derive(Clone)]
struct NewProductProblems {
    code_error: Option<String>,
    title_error: Option<String>,
    typed_code: String,
    typed_title: String,
}

impl NewProductProblems {
    fn from_query(l: &FluentLanguageLoader) -> Self {
        let query = use_query_map().read_untracked();
        let problems = query.get("fout").unwrap_or_default();
        let problems: Vec<&str> = problems.split(',').collect();
        let code_error = if problems.contains(&"code") {
            Some(fl!(l, "editor-new-bad-code", max = MAX_CODE))
        } else if problems.contains(&"bestaat") {
            Some(fl!(l, "editor-new-code-taken"))
        } else {
            None
        };
        let title_error = problems
            .contains(&"titel")
            .then(|| fl!(l, "editor-new-no-title", max = MAX_TITLE));
        Self {
            code_error,
            title_error,
            typed_code: query.get("code").unwrap_or_default(),
            typed_title: query.get("titel").unwrap_or_default(),
        }
    }

    /// For the summary, in the order of the fields.
    fn errors(&self) -> Vec<FieldError> {
        [
            ("new-title", &self.title_error),
            ("new-code", &self.code_error),
        ]
        .into_iter()
        .filter_map(|(field_id, message)| {
            message.clone().map(|message| FieldError {
                field_id: field_id.to_owned(),
                message,
            })
        })
        .collect()
    }
}

/// Start a new regional product: its code and Dutch title. Its errors are in
/// the page's summary at the top.
#[component]
fn NewProductForm(problems: NewProductProblems) -> impl IntoView {
    let l = use_i18n().loader();
    let NewProductProblems {
        code_error,
        title_error,
        typed_code,
        typed_title,
    } = problems;
    let code_described = if code_error.is_some() {
        "new-code-error new-code-hint"
    } else {
        "new-code-hint"
    };
    view! {
        <section aria-labelledby="new-title-heading">
            <h2 id="new-title-heading">{fl!(l, "editor-new-title")}</h2>
            <form method="post" action="/beheer/catalogus/nieuw" class="editor-form" novalidate>
                <CsrfField />
                <div class="field">
                    <label class="field__label" for="new-title">{fl!(l, "editor-field-title")} " (" {fl!(l, "editor-lang-nl")} ")"</label>
                    {title_error.clone().map(|message| view! { <FieldErrorText id="new-title-error" message /> })}
                    <input
                        class="field__input field__input--wide"
                        id="new-title"
                        name="titel"
                        type="text"
                        lang="nl"
                        maxlength=MAX_TITLE.to_string()
                        value=typed_title
                        aria-invalid=title_error.is_some().then_some("true")
                        aria-describedby=title_error.is_some().then_some("new-title-error")
                    />
                </div>
                <div class="field">
                    <label class="field__label" for="new-code">{fl!(l, "editor-new-code")}</label>
                    <p id="new-code-hint" class="field__hint">{fl!(l, "editor-new-code-hint")}</p>
                    {code_error.clone().map(|message| view! { <FieldErrorText id="new-code-error" message /> })}
                    <input
                        class="field__input field__input--wide"
                        id="new-code"
                        name="code"
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        maxlength=MAX_CODE.to_string()
                        value=typed_code
                        aria-invalid=code_error.is_some().then_some("true")
                        aria-describedby=code_described
                    />
                </div>
                <button type="submit" class="button">{fl!(l, "editor-new-submit")}</button>
            </form>
        </section>
    }
}

// ---- /beheer/catalogus/:scope/:product ----

#[component]
pub fn ProductEditorPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let params = use_params_map();
    let editor = Resource::new(
        move || {
            let params = params.read();
            (
                params.get("scope").unwrap_or_default(),
                params.get("product").unwrap_or_default(),
            )
        },
        move |(scope, code)| get_product_editor(scope, code, lang),
    );
    view! {
        <LoadedPage data=editor content=|editor| view! { <EditorView editor /> } />
    }
}

/// Looks up the problem of a field, for the field and the summary.
#[derive(Clone)]
struct Problems(Vec<FieldProblem>);

impl Problems {
    fn of(&self, l: &FluentLanguageLoader, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|p| p.field == field)
            .map(|p| problem_message(l, p.problem))
    }

    fn any_in(&self, prefix: &str) -> bool {
        self.0.iter().any(|p| p.field.starts_with(prefix))
    }
}

#[component]
fn EditorView(editor: ProductEditor) -> impl IntoView {
    let l = use_i18n().loader();
    let where_ = scope_title(l, editor.municipality.as_ref());
    let page_title = format!("{} – {where_}", editor.title);
    let problems = Problems(editor.problems.clone());
    let summary: Vec<FieldError> = editor
        .problems
        .iter()
        .map(|p| FieldError {
            field_id: if p.field == "topics" {
                "topic-0".to_owned()
            } else {
                p.field.clone()
            },
            message: format!(
                "{}: {}",
                field_label(l, &p.field),
                problem_message(l, p.problem)
            ),
        })
        .collect();
    // A draft's problems; the published version has none to show.
    let shown_errors = if editor.draft.is_some() {
        summary
    } else {
        Vec::new()
    };
    let status = match &editor.draft {
        Some(draft) => fl!(
            l,
            "editor-status-draft",
            name = draft.saved_by.clone(),
            at = draft.saved_at.clone()
        ),
        None => fl!(l, "editor-status-published"),
    };
    let version = editor
        .draft
        .as_ref()
        .map(|d| d.version.to_string())
        .unwrap_or_default();
    let topics = editor.topics.clone();
    let history = format!("{}/geschiedenis", editor_path(&editor.scope, &editor.code));
    let confirm_overwrite = !editor.changed_since.is_empty();
    view! {
        <FormErrors title=page_title errors=shown_errors />
        <p><a href=scope_path(&editor.scope)>{fl!(l, "editor-back-to-scope", scope = where_.clone())}</a></p>
        <h1>
            {editor.title.clone()}
            <span class="heading-context">" – " {where_.clone()}</span>
        </h1>
        <Notice />
        <p>{status}</p>
        {editor.new.then(|| view! { <p>{fl!(l, "editor-status-new")}</p> })}
        {confirm_overwrite
            .then(|| {
                view! {
                    <section class="notice notice--warning" aria-labelledby="changed-since-title">
                        <h2 id="changed-since-title">{fl!(l, "editor-changed-since-title")}</h2>
                        <p>{fl!(l, "editor-changed-since-text")}</p>
                        <ChangeTable changes=editor.changed_since.clone() topics=topics.clone() caption=fl!(l, "editor-changed-since-caption") />
                    </section>
                }
            })}
        {(!editor.changes.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="changes-title">
                        <h2 id="changes-title">{fl!(l, "editor-changes-title", count = editor.changes.len())}</h2>
                        <ChangeTable changes=editor.changes.clone() topics=topics.clone() caption=fl!(l, "editor-changes-caption") />
                    </section>
                }
            })}
        {(editor.draft.is_some() && editor.changes.is_empty() && !editor.new)
            .then(|| view! { <p>{fl!(l, "editor-no-changes")}</p> })}
        <form method="post" action="/beheer/catalogus/bewaren" class="editor-form" novalidate>
            <CsrfField />
            <input type="hidden" name="scope" value=editor.scope.clone() />
            <input type="hidden" name="code" value=editor.code.clone() />
            <input type="hidden" name="version" value=version.clone() />
            {match editor.form.clone() {
                EditorForm::Concept(form) => {
                    view! { <ConceptFields form topics=topics.clone() problems=problems.clone() /> }.into_any()
                }
                EditorForm::Local { form, region } => {
                    let name = editor.municipality.clone().unwrap_or_default();
                    view! { <LocalFields form region problems=problems.clone() municipality=name /> }.into_any()
                }
            }}
            {confirm_overwrite
                .then(|| {
                    view! {
                        <div class="field field--checkbox">
                            <input id="overwrite" name="overwrite" type="checkbox" value="ja" />
                            <label for="overwrite">{fl!(l, "editor-overwrite")}</label>
                        </div>
                    }
                })}
            <div class="button-row">
                <button type="submit" name="then" value="bewaren" class="button button--secondary">
                    {fl!(l, "editor-save")}
                </button>
                <button type="submit" name="then" value="publiceren" class="button">
                    {fl!(l, "editor-publish")}
                </button>
            </div>
        </form>
        {editor
            .draft
            .is_some()
            .then(|| {
                view! {
                    <form method="post" action="/beheer/catalogus/weggooien" class="inline-form">
                        <CsrfField />
                        <input type="hidden" name="scope" value=editor.scope.clone() />
                        <input type="hidden" name="code" value=editor.code.clone() />
                        <input type="hidden" name="version" value=version.clone() />
                        <button type="submit" class="link-button">{fl!(l, "editor-discard")}</button>
                    </form>
                }
            })}
        <ul class="link-list">
            {(!editor.new).then(|| view! { <li><a href=history>{fl!(l, "editor-history-link")}</a></li> })}
            {editor
                .public_path
                .clone()
                .map(|path| view! { <li><a href=path>{fl!(l, "editor-public-link")}</a></li> })}
        </ul>
    }
}

#[component]
fn ChangeTable(
    changes: Vec<FieldChange>,
    topics: Vec<(String, String)>,
    caption: String,
) -> impl IntoView {
    let l = use_i18n().loader();
    view! {
        <div class="table-scroll">
            <table class="editor-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{fl!(l, "editor-column-field")}</th>
                        <th scope="col">{fl!(l, "editor-column-before")}</th>
                        <th scope="col">{fl!(l, "editor-column-after")}</th>
                    </tr>
                </thead>
                <tbody>
                    {changes
                        .into_iter()
                        .map(|change| {
                            let field = change.field.clone();
                            view! {
                                <tr>
                                    <th scope="row">{field_label(l, &field)}</th>
                                    <td class="editor-table__value">{value_text(l, &field, &change.before, &topics)}</td>
                                    <td class="editor-table__value">{value_text(l, &field, &change.after, &topics)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One text field (input or textarea) with its label, hint and problem.
#[component]
fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    problem: Option<String>,
    #[prop(default = 0)] rows: u32,
    max: usize,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] lang: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described: Vec<String> = [
        problem.as_ref().map(|_| error_id.clone()),
        hint.as_ref().map(|_| hint_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = problem.is_some().then_some("true");
    let control = if rows > 0 {
        view! {
            <TextArea
                class="field__input field__input--text"
                id=id.clone()
                value
                rows
                max
                lang
                invalid=problem.is_some()
                described_by=described.clone()
            />
        }
        .into_any()
    } else {
        view! {
            <input
                class="field__input"
                id=id.clone()
                name=id.clone()
                type="text"
                value=value
                maxlength=max.to_string()
                lang=lang
                inputmode=inputmode
                aria-invalid=invalid
                aria-describedby=described
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p id=hint_id class="field__hint">{hint}</p> })}
            {problem.map(|message| view! { <FieldErrorText id=error_id message /> })}
            {control}
        </div>
    }
}

/// A choice from a list, as a select.
#[component]
fn Choice(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{label}</label>
            <select class="field__input" id=id.clone() name=id>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let chosen = value == selected;
                        view! { <option value=value selected=chosen>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn ConceptFields(
    form: ConceptForm,
    topics: Vec<(String, String)>,
    problems: Problems,
) -> impl IntoView {
    let l = use_i18n().loader();
    let options = |values: &[&str], name: &dyn Fn(&str) -> String| -> Vec<(String, String)> {
        values.iter().map(|v| ((*v).to_owned(), name(v))).collect()
    };
    let types = options(&PRODUCT_TYPES, &|v| product_type_name(l, v));
    let assurances = options(&ASSURANCES, &|v| assurance_name(l, v));
    let channels = options(&CHANNELS, &|v| channel_code_name(l, v));
    let topic_problem = problems.of(l, "topics");
    let topic_described = topic_problem.as_ref().map(|_| "topics-error");
    view! {
        <fieldset class="editor-fieldset">
            <legend>{fl!(l, "editor-general")}</legend>
            <Choice id="product_type" label=field_label(l, "product_type") options=types selected=form.product_type.clone() />
            <Choice id="min_assurance" label=field_label(l, "min_assurance") options=assurances selected=form.min_assurance.clone() />
            <Choice id="default_channel" label=field_label(l, "default_channel") options=channels selected=form.default_channel.clone() />
            <TextField
                id="default_fee"
                label=field_label(l, "default_fee")
                value=form.default_fee.clone()
                problem=problems.of(l, "default_fee")
                max=20
                hint=fl!(l, "editor-fee-hint")
                inputmode="decimal"
            />
            <TextField
                id="default_lead_time"
                label=field_label(l, "default_lead_time")
                value=form.default_lead_time.clone()
                problem=problems.of(l, "default_lead_time")
                max=10
                hint=fl!(l, "editor-days-hint")
                inputmode="numeric"
            />
        </fieldset>
        <fieldset class="editor-fieldset" aria-describedby=topic_described>
            <legend>{field_label(l, "topics")}</legend>
            {topic_problem.map(|message| view! { <FieldErrorText id="topics-error" message /> })}
            <ul class="checkbox-list">
                {topics
                    .into_iter()
                    .enumerate()
                    .map(|(index, (code, name))| {
                        let id = format!("topic-{index}");
                        let checked = form.topics.contains(&code);
                        view! {
                            <li class="field--checkbox">
                                <input id=id.clone() name="topic" type="checkbox" value=code checked=checked />
                                <label for=id>{name}</label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
        {LANGS
            .iter()
            .map(|lang| {
                let text = form.texts.get(*lang).cloned().unwrap_or_default();
                let open = *lang == "nl" || !text.is_empty() || problems.any_in(&format!("{lang}-"));
                let fields = view! { <LanguageFields lang text problems=problems.clone() /> };
                if *lang == "nl" {
                    view! {
                        <fieldset class="editor-fieldset" lang="nl">
                            <legend>{fl!(l, "editor-texts-in", language = language_name(l, lang))}</legend>
                            <p class="field__hint">{fl!(l, "editor-texts-dutch-hint")}</p>
                            {fields}
                        </fieldset>
                    }
                        .into_any()
                } else {
                    view! {
                        <details class="editor-translation" open=open>
                            <summary>{fl!(l, "editor-translation", language = language_name(l, lang))}</summary>
                            <fieldset class="editor-fieldset">
                                <legend>{fl!(l, "editor-texts-in", language = language_name(l, lang))}</legend>
                                <p class="field__hint">{fl!(l, "editor-translation-hint")}</p>
                                {fields}
                            </fieldset>
                        </details>
                    }
                        .into_any()
                }
            })
            .collect_view()}
    }
}

#[component]
fn LanguageFields(
    lang: &'static str,
    text: crate::model::editor::TextForm,
    problems: Problems,
) -> impl IntoView {
    let l = use_i18n().loader();
    let fields = TEXT_FIELDS
        .iter()
        .map(|field| {
            let id = format!("{lang}-{field}");
            let (rows, max) = match *field {
                "title" => (0, MAX_TITLE),
                "summary" => (3, MAX_SUMMARY),
                _ => (6, MAX_TEXT),
            };
            view! {
                <TextField
                    id=id.clone()
                    label=field_label(l, &id)
                    value=text.get(field).to_owned()
                    problem=problems.of(l, &id)
                    rows
                    max
                    lang
                />
            }
        })
        .collect_view();
    let keywords = format!("{lang}-keywords");
    view! {
        {fields}
        <TextField
            id=keywords.clone()
            label=field_label(l, &keywords)
            value=text.keywords.clone()
            problem=problems.of(l, &keywords)
            rows=4
            max=MAX_TEXT
            hint=fl!(l, "editor-keywords-hint")
            lang
        />
    }
}

#[component]
fn LocalFields(
    form: LocalForm,
    region: RegionDefaults,
    problems: Problems,
    municipality: String,
) -> impl IntoView {
    let l = use_i18n().loader();
    let lang = use_i18n().lang().code();
    let region_channel = channel_code_name(l, &region.channel);
    let mut channels = vec![(
        String::new(),
        fl!(l, "editor-as-region-channel", channel = region_channel),
    )];
    channels.extend(
        CHANNELS
            .iter()
            .map(|c| ((*c).to_owned(), channel_code_name(l, c))),
    );
    let region_fee = fee_label(lang, region.fee_cents);
    let offered = [
        ("yes", "ja", fl!(l, "editor-offered-yes")),
        ("no", "nee", fl!(l, "editor-offered-no")),
    ]
    .into_iter()
    .map(|(id, value, label)| RadioOption {
        id: format!("offered-{id}"),
        value: value.to_owned(),
        label,
        lang: None,
    })
    .collect();
    view! {
        <RadioGroup
            legend=fl!(l, "editor-offered-question", municipality = municipality)
            name="offered"
            options=offered
            checked=(if form.offered { "ja" } else { "nee" }).to_owned()
        />
        <fieldset class="editor-fieldset">
            <legend>{fl!(l, "editor-how-here")}</legend>
            <Choice id="channel" label=field_label(l, "channel") options=channels selected=form.channel.clone() />
            <TextField
                id="fee"
                label=field_label(l, "fee")
                value=form.fee.clone()
                problem=problems.of(l, "fee")
                max=20
                hint=fl!(l, "editor-local-fee-hint", fee = region_fee, example = format_amount(1250))
                inputmode="decimal"
            />
            <TextField
                id="lead_time"
                label=field_label(l, "lead_time")
                value=form.lead_time.clone()
                problem=problems.of(l, "lead_time")
                max=10
                hint=fl!(l, "editor-local-days-hint", days = region.lead_time_days)
                inputmode="numeric"
            />
        </fieldset>
        {LANGS
            .iter()
            .map(|lang| {
                let id = format!("note-{lang}");
                if *lang == "nl" {
                    view! {
                        <TextField
                            id=id.clone()
                            label=field_label(l, &id)
                            value=form.note(lang).to_owned()
                            problem=problems.of(l, &id)
                            rows=4
                            max=MAX_TEXT
                            hint=fl!(l, "editor-note-hint")
                            lang
                        />
                    }
                        .into_any()
                } else {
                    let field = view! {
                        <TextField
                            id=id.clone()
                            label=field_label(l, &id)
                            value=form.note(lang).to_owned()
                            problem=problems.of(l, &id)
                            rows=4
                            max=MAX_TEXT
                            lang
                        />
                    };
                    let open = !form.note(lang).is_empty() || problems.of(l, &id).is_some();
                    view! {
                        <details class="editor-translation" open=open>
                            <summary>{fl!(l, "editor-translation", language = language_name(l, lang))}</summary>
                            {field}
                        </details>
                    }
                        .into_any()
                }
            })
            .collect_view()}
    }
}

// ---- /beheer/catalogus/:scope/:product/geschiedenis ----

#[component]
pub fn ProductHistoryPage() -> impl IntoView {
    let lang = use_i18n().lang();
    let params = use_params_map();
    let history = Resource::new(
        move || {
            let params = params.read();
            (
                params.get("scope").unwrap_or_default(),
                params.get("product").unwrap_or_default(),
            )
        },
        move |(scope, code)| get_product_history(scope, code, lang),
    );
    view! {
        <LoadedPage data=history content=|history| view! { <HistoryView history /> } />
    }
}

#[component]
fn HistoryView(history: ProductHistory) -> impl IntoView {
    let l = use_i18n().loader();
    let where_ = scope_title(l, history.municipality.as_ref());
    let title = fl!(l, "editor-history-title", product = history.title.clone());
    view! {
        <PageTitle text=format!("{title} – {where_}") />
        <p>
            <a href=editor_path(&history.scope, &history.code)>
                {fl!(l, "editor-back-to-product", product = history.title.clone())}
            </a>
        </p>
        <h1>{title} <span class="heading-context">" – " {where_}</span></h1>
        {if history.entries.is_empty() {
            view! { <p>{fl!(l, "editor-history-empty")}</p> }.into_any()
        } else {
            view! {
                <ol class="history-list">
                    {history
                        .entries
                        .into_iter()
                        .map(|entry| view! { <HistoryItem entry topics=history.topics.clone() /> })
                        .collect_view()}
                </ol>
            }
                .into_any()
        }}
    }
}

#[component]
fn HistoryItem(entry: HistoryEntry, topics: Vec<(String, String)>) -> impl IntoView {
    let l = use_i18n().loader();
    let by = match &entry.role {
        Some(role) => format!("{} ({})", entry.by, role_text(l, role)),
        None => entry.by.clone(),
    };
    let caption = fl!(l, "editor-history-caption", at = entry.at.clone());
    view! {
        <li class="history-list__item">
            <h2>{entry.at.clone()}</h2>
            <p>{fl!(l, "editor-history-by", name = by)}</p>
            {entry.created.then(|| view! { <p>{fl!(l, "editor-history-created")}</p> })}
            {(!entry.changes.is_empty())
                .then(|| view! { <ChangeTable changes=entry.changes.clone() topics=topics.clone() caption /> })}
        </li>
    }
}
