//! Data shared by server and browser: what the pages show, and the validated
//! inputs both sides check with the same code (the server is authoritative).

use serde::{Deserialize, Serialize};

pub mod editor;
mod email;
pub mod label;
pub use email::{EmailAddress, EmailError};
pub mod rrn;

/// How long a guest's one-time code works, in minutes (the mail and the
/// code page say so; the server enforces it).
pub const GUEST_CODE_MINUTES: i64 = 10;

/// How long the code that confirms a new e-mail address works, in minutes
/// (`db::email_change::CODE_SECONDS` enforces it; a test checks both agree).
pub const EMAIL_CODE_MINUTES: i64 = 30;

/// A municipality in the region list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityCard {
    pub slug: String,
    pub name: String,
    pub postal_codes: Vec<String>,
}

/// Everything a municipality's own page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityPage {
    pub slug: String,
    pub name: String,
    pub nis_code: String,
    pub postal_codes: Vec<PostalCodeEntry>,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub opening_hours: Vec<OpeningPeriod>,
    pub demo_content: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalCodeEntry {
    pub code: String,
    pub partial: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningPeriod {
    /// ISO weekday, 1 = Monday.
    pub weekday: u8,
    pub opens: String,
    pub closes: String,
    pub appointment_only: bool,
}

/// How a municipality offers a product (IPDC "kanaal").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// Fully online.
    Online,
    /// Online, with one visit to the town hall (to collect, to sign).
    OnlineWithVisit,
    /// At the town hall, by appointment.
    Appointment,
    /// At the town hall counter, during opening hours.
    Counter,
}

impl Channel {
    pub fn parse(code: &str) -> Option<Channel> {
        match code {
            "online" => Some(Channel::Online),
            "online_with_visit" => Some(Channel::OnlineWithVisit),
            "appointment" => Some(Channel::Appointment),
            "counter" => Some(Channel::Counter),
            _ => None,
        }
    }

    /// As stored and exchanged (the inverse of `parse`).
    pub fn exchange_code(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::OnlineWithVisit => "online_with_visit",
            Channel::Appointment => "appointment",
            Channel::Counter => "counter",
        }
    }

    /// For CSS classes and data attributes.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::OnlineWithVisit => "online-with-visit",
            Channel::Appointment => "appointment",
            Channel::Counter => "counter",
        }
    }
}

/// A text in the page's language, or in Dutch when it is not translated yet
/// (`lang` says which, so the page can mark it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    pub text: String,
    pub lang: String,
}

/// A theme or life event of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicEntry {
    pub code: String,
    pub life_event: bool,
    pub name: String,
}

/// A product in a catalogue list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductCard {
    pub code: String,
    pub title: LocalText,
    pub summary: LocalText,
    pub availability: Availability,
    pub topics: Vec<String>,
}

/// Where and how a product in a list can be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Availability {
    /// In the chosen municipality, through this channel.
    Here(Channel),
    /// Region-wide: fully online in `online` of the `offered` municipalities
    /// that offer it, out of `total` active ones.
    Region {
        online: usize,
        offered: usize,
        total: usize,
    },
}

/// A catalogue: a municipality's (what it offers), or the region's (every
/// product offered somewhere), and how to browse it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    /// `None`: the whole region.
    pub municipality: Option<MunicipalityCard>,
    pub topics: Vec<TopicEntry>,
    /// The products this municipality offers: alphabetically, or best match
    /// first when `query` is not empty.
    pub products: Vec<ProductCard>,
    /// What was searched for (empty: nothing).
    pub query: String,
    pub demo_content: bool,
}

/// How one municipality offers a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalOffer {
    pub slug: String,
    pub name: String,
    pub offered: bool,
    pub channel: Channel,
    pub fee_cents: i32,
    pub lead_time_days: i32,
    pub note: Option<LocalText>,
}

/// A product as one municipality offers it, with how the others do; or
/// the region's page of it, with how every municipality does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductPage {
    pub code: String,
    pub title: LocalText,
    pub summary: LocalText,
    pub description: LocalText,
    pub target_groups: LocalText,
    pub conditions: LocalText,
    pub evidence: LocalText,
    pub procedure: LocalText,
    pub costs: LocalText,
    pub topics: Vec<TopicEntry>,
    /// The municipality the page is for and how it offers the product;
    /// `None` on the region's page of the product.
    pub here: Option<(MunicipalityPage, LocalOffer)>,
    /// The other active municipalities (all of them on the region's page),
    /// alphabetically.
    pub elsewhere: Vec<LocalOffer>,
    pub demo_content: bool,
    /// How sure the sign-in must be to apply online: none, low,
    /// substantial, high.
    pub min_assurance: String,
    /// The signed-in visitor's sign-in, `(method, assurance)`; `None` when
    /// nobody is signed in.
    pub visitor: Option<(String, String)>,
    /// The visitor may edit the regional product page.
    pub may_edit_region: bool,
    /// The visitor may edit how this municipality offers it.
    pub may_edit_here: bool,
}

/// The regional inventory ("inventaris"): how every municipality offers every
/// product. The steering group's picture of digital maturity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inventory {
    pub topics: Vec<TopicEntry>,
    /// The columns: the active municipalities, alphabetically.
    pub municipalities: Vec<InventoryMunicipality>,
    /// The rows: every product, alphabetically.
    pub products: Vec<InventoryProduct>,
    pub demo_content: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventoryMunicipality {
    pub slug: String,
    pub name: String,
}

/// One product across the region: one cell per municipality, in the order of
/// `Inventory::municipalities`; `None` where it is not offered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventoryProduct {
    pub code: String,
    pub title: LocalText,
    pub topics: Vec<String>,
    pub channels: Vec<Option<Channel>>,
}

/// How many products a municipality offers through each channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelTotals {
    pub online: usize,
    pub online_with_visit: usize,
    pub appointment: usize,
    pub counter: usize,
    pub not_offered: usize,
}

impl ChannelTotals {
    pub fn add(&mut self, channel: Option<Channel>) {
        match channel {
            Some(Channel::Online) => self.online += 1,
            Some(Channel::OnlineWithVisit) => self.online_with_visit += 1,
            Some(Channel::Appointment) => self.appointment += 1,
            Some(Channel::Counter) => self.counter += 1,
            None => self.not_offered += 1,
        }
    }

    /// These totals and `other` together (the region's row).
    pub fn plus(self, other: ChannelTotals) -> ChannelTotals {
        ChannelTotals {
            online: self.online + other.online,
            online_with_visit: self.online_with_visit + other.online_with_visit,
            appointment: self.appointment + other.appointment,
            counter: self.counter + other.counter,
            not_offered: self.not_offered + other.not_offered,
        }
    }

    /// The products offered at all.
    pub fn offered(&self) -> usize {
        self.online + self.online_with_visit + self.appointment + self.counter
    }

    /// The share offered fully online, in whole percent of those offered
    /// (rounded down, so 100 means every one).
    pub fn online_percent(&self) -> usize {
        (self.online * 100).checked_div(self.offered()).unwrap_or(0)
    }
}

impl Inventory {
    /// The topic with this code, if there is one.
    pub fn topic(&self, code: &str) -> Option<&TopicEntry> {
        self.topics.iter().find(|topic| topic.code == code)
    }

    /// The products of a topic (all products without one).
    pub fn products_of<'a>(
        &'a self,
        topic: Option<&'a TopicEntry>,
    ) -> impl Iterator<Item = &'a InventoryProduct> + 'a {
        self.products
            .iter()
            .filter(move |p| topic.is_none_or(|t| p.topics.contains(&t.code)))
    }

    /// Totals per municipality (in column order) over the given products.
    pub fn totals<'a>(
        &self,
        products: impl IntoIterator<Item = &'a InventoryProduct>,
    ) -> Vec<ChannelTotals> {
        let mut totals = vec![ChannelTotals::default(); self.municipalities.len()];
        for product in products {
            for (total, channel) in totals.iter_mut().zip(&product.channels) {
                total.add(*channel);
            }
        }
        totals
    }
}

/// The longest search the catalogue accepts, in characters.
pub const SEARCH_MAX_CHARS: usize = 100;

/// The shortest text that gets search suggestions: one letter matches too much
/// to help.
pub const SUGGEST_MIN_CHARS: usize = 2;

/// At most this many suggestions: a short list is quick to read and to hear.
pub const SUGGESTIONS_MAX: usize = 8;

/// A product suggested while typing a search: enough to show and to link to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub code: String,
    pub title: LocalText,
}

/// A fee in euro cents as the language writes it: "€ 7,50" or "€7.50".
pub fn format_fee(lang: &str, cents: i32) -> String {
    let euros = cents / 100;
    let rest = (cents % 100).abs();
    match lang {
        "en" => format!("€{euros}.{rest:02}"),
        _ => format!("€ {euros},{rest:02}"),
    }
}

/// What someone typed to find their municipality: a postal code (or its first
/// digits) or part of a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MunicipalityQuery {
    Everything,
    /// One to four digits.
    PostalCode(String),
    /// Lower-case, without accents, spaces and hyphens made equal.
    Name(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the search text is longer than {max} characters")]
    TooLong { max: usize },
    #[error("a postal code has four digits")]
    PostalCodeTooLong,
}

impl MunicipalityQuery {
    pub const MAX_LEN: usize = 60;

    pub fn parse(input: &str) -> Result<Self, QueryError> {
        let trimmed = input.trim();
        if trimmed.chars().count() > Self::MAX_LEN {
            return Err(QueryError::TooLong { max: Self::MAX_LEN });
        }
        if trimmed.is_empty() {
            return Ok(MunicipalityQuery::Everything);
        }
        // "B-8900", "8900 Ieper" and "8 900" are common ways to write a code.
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let rest = fold(&trimmed.replace(|c: char| c.is_ascii_digit(), ""));
        let rest = rest.trim_start_matches('b').trim();
        if !digits.is_empty() && (rest.is_empty() || rest.chars().all(|c| c == ' ')) {
            if digits.len() > 4 {
                return Err(QueryError::PostalCodeTooLong);
            }
            return Ok(MunicipalityQuery::PostalCode(digits));
        }
        if !digits.is_empty() && digits.len() == 4 {
            // "8900 Ieper": the code is the more precise half.
            return Ok(MunicipalityQuery::PostalCode(digits));
        }
        Ok(MunicipalityQuery::Name(fold(trimmed)))
    }

    pub fn matches(&self, card: &MunicipalityCard) -> bool {
        match self {
            MunicipalityQuery::Everything => true,
            MunicipalityQuery::PostalCode(prefix) => card
                .postal_codes
                .iter()
                .any(|code| code.starts_with(prefix.as_str())),
            MunicipalityQuery::Name(needle) => fold(&card.name).contains(needle.as_str()),
        }
    }

    /// A complete postal code, when that is what was typed.
    pub fn full_postal_code(&self) -> Option<&str> {
        match self {
            MunicipalityQuery::PostalCode(code) if code.len() == 4 => Some(code),
            _ => None,
        }
    }
}

/// Lower case without diacritics, hyphens and runs of spaces as one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ÿ' | 'ý' => 'y',
            '-' | '_' | '\'' | '’' | '.' | ',' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_are_written_the_way_each_language_writes_money() {
        assert_eq!(format_fee("nl", 7100), "€ 71,00");
        assert_eq!(format_fee("fr", 750), "€ 7,50");
        assert_eq!(format_fee("en", 2505), "€25.05");
        assert_eq!(format_fee("de", 5), "€ 0,05");
    }

    #[test]
    fn inventory_totals_count_each_channel_per_municipality() {
        let product = |code: &str, topic: &str, channels: Vec<Option<Channel>>| InventoryProduct {
            code: code.to_owned(),
            title: LocalText {
                text: code.to_owned(),
                lang: "nl".to_owned(),
            },
            topics: vec![topic.to_owned()],
            channels,
        };
        let place = |slug: &str| InventoryMunicipality {
            slug: slug.to_owned(),
            name: slug.to_owned(),
        };
        let inventory = Inventory {
            topics: vec![TopicEntry {
                code: "waste".to_owned(),
                life_event: false,
                name: "Afval".to_owned(),
            }],
            municipalities: vec![place("ieper"), place("vleteren")],
            products: vec![
                product("a", "waste", vec![Some(Channel::Online), None]),
                product(
                    "b",
                    "moving",
                    vec![Some(Channel::Online), Some(Channel::Counter)],
                ),
                product(
                    "c",
                    "waste",
                    vec![Some(Channel::Appointment), Some(Channel::OnlineWithVisit)],
                ),
            ],
            demo_content: true,
        };
        let all = inventory.totals(inventory.products_of(None));
        assert_eq!(
            all[0],
            ChannelTotals {
                online: 2,
                appointment: 1,
                ..Default::default()
            }
        );
        assert_eq!(all[0].offered(), 3);
        assert_eq!(all[0].online_percent(), 66);
        assert_eq!(
            all[1],
            ChannelTotals {
                online_with_visit: 1,
                counter: 1,
                not_offered: 1,
                ..Default::default()
            }
        );
        assert_eq!(all[1].online_percent(), 0);
        let waste = inventory.topic("waste");
        assert!(inventory.topic("nope").is_none());
        let of_waste = inventory.totals(inventory.products_of(waste));
        assert_eq!(
            of_waste[1],
            ChannelTotals {
                online_with_visit: 1,
                not_offered: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            ChannelTotals::default().online_percent(),
            0,
            "nothing offered is 0 %, not a division by zero"
        );
    }

    #[test]
    fn channels_parse_only_known_codes() {
        for channel in [
            Channel::Online,
            Channel::OnlineWithVisit,
            Channel::Appointment,
            Channel::Counter,
        ] {
            assert_eq!(Channel::parse(channel.exchange_code()), Some(channel));
        }
        assert_eq!(
            Channel::parse("online_with_visit"),
            Some(Channel::OnlineWithVisit)
        );
        assert_eq!(Channel::parse("Online"), None);
        assert_eq!(Channel::parse(""), None);
    }

    fn card(name: &str, codes: &[&str]) -> MunicipalityCard {
        MunicipalityCard {
            slug: name.to_lowercase(),
            name: name.into(),
            postal_codes: codes.iter().map(|c| (*c).into()).collect(),
        }
    }

    #[test]
    fn postal_codes_in_the_ways_people_write_them() {
        for input in ["8900", " 8900 ", "B-8900", "b 8900", "8 900", "8900 Ieper"] {
            assert_eq!(
                MunicipalityQuery::parse(input),
                Ok(MunicipalityQuery::PostalCode("8900".into())),
                "{input}"
            );
        }
        assert_eq!(
            MunicipalityQuery::parse("89"),
            Ok(MunicipalityQuery::PostalCode("89".into()))
        );
        assert_eq!(
            MunicipalityQuery::parse("89000"),
            Err(QueryError::PostalCodeTooLong)
        );
    }

    #[test]
    fn names_ignore_case_accents_and_hyphens() {
        let langemark = card("Langemark-Poelkapelle", &["8920"]);
        for input in [
            "langemark poelkapelle",
            "LANGEMARK-poel",
            "poelkapelle",
            " langemark ",
        ] {
            let query = MunicipalityQuery::parse(input).unwrap();
            assert!(query.matches(&langemark), "{input}");
        }
        assert!(
            MunicipalityQuery::parse("Ypres")
                .unwrap()
                .matches(&card("Ypres", &[]))
        );
        assert!(
            MunicipalityQuery::parse("méSEN")
                .unwrap()
                .matches(&card("Mesen", &["8957"]))
        );
        assert!(
            !MunicipalityQuery::parse("Brugge")
                .unwrap()
                .matches(&card("Mesen", &["8957"]))
        );
    }

    #[test]
    fn a_shared_postal_code_matches_both_municipalities() {
        let query = MunicipalityQuery::parse("8957").unwrap();
        assert!(query.matches(&card("Mesen", &["8957"])));
        assert!(query.matches(&card("Heuvelland", &["8950", "8957"])));
        assert!(!query.matches(&card("Ieper", &["8900"])));
        assert_eq!(query.full_postal_code(), Some("8957"));
    }

    #[test]
    fn empty_and_overlong_input() {
        assert_eq!(
            MunicipalityQuery::parse("   "),
            Ok(MunicipalityQuery::Everything)
        );
        let long = "a".repeat(61);
        assert_eq!(
            MunicipalityQuery::parse(&long),
            Err(QueryError::TooLong { max: 60 })
        );
        // Pasted rubbish is not an error, it simply finds nothing.
        let query = MunicipalityQuery::parse("<script>alert(1)</script>").unwrap();
        assert!(!query.matches(&card("Ieper", &["8900"])));
    }
}

/// What the sign-in page offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInOptions {
    /// Login with ACM/IDM (eID, itsme) is offered.
    pub acm: bool,
    /// Demo personas (only in a demo deployment).
    pub personas: Vec<PersonaCard>,
    /// Already signed in as this person.
    pub signed_in_as: Option<String>,
    /// Guests may sign in with an e-mail address and a one-time code (the
    /// server can send mail).
    pub guest_sign_in: bool,
}

/// A demo persona on the sign-in page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonaCard {
    pub key: String,
    pub name: String,
    /// citizen, guest, staff
    pub kind: String,
    pub lives_in: Option<String>,
    pub roles: Vec<ProfileRole>,
    pub has_child: bool,
}

/// A role as people read it: which, where, in which department.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRole {
    /// clerk, team_lead, municipal_admin, catalogue_editor, regional_admin, helper
    pub role: String,
    /// None: the whole region.
    pub municipality: Option<String>,
    pub department: Option<String>,
}

/// Someone the signed-in person may act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Represented {
    /// The represented person's id (for the link to their data).
    pub id: i32,
    pub name: String,
    /// parent, legal
    pub kind: String,
    pub source: String,
    pub until: Option<String>,
}

/// What a parent or legal representative sees of the person they may act
/// for (`/mijn/voor/{person}`), while the link in the register holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentedProfile {
    pub name: String,
    /// parent, legal
    pub kind: String,
    /// Until when they may act for this person (a child's 18th birthday).
    pub until: Option<String>,
    pub rrn: Option<String>,
    pub birth_date: Option<String>,
    pub municipality: Option<String>,
    /// register, login, guest; and when it was fetched.
    pub source: String,
    pub source_at: String,
}

/// "My data": what the portal knows, and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    /// citizen, guest, staff
    pub kind: String,
    pub rrn: Option<String>,
    pub birth_date: Option<String>,
    pub municipality: Option<String>,
    pub email: Option<String>,
    pub language: String,
    /// register, login, guest
    pub source: String,
    pub source_at: String,
    /// How this session signed in (demo, acm, guest) and how sure that is.
    pub method: String,
    pub assurance: String,
    pub roles: Vec<ProfileRole>,
    pub represented: Vec<Represented>,
    pub demo: bool,
    /// May open the role screen.
    pub role_admin: bool,
    /// May open the catalogue editing screens.
    pub catalogue_editor: bool,
}

/// One of the signed-in person's sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    pub id: i32,
    /// The session of this browser.
    pub current: bool,
    pub started: String,
    pub last_seen: String,
    pub method: String,
    pub device: String,
    pub ip: String,
}

/// How long the visitor's session lasts if nothing happens, as the server
/// sees it (the time-out warning asks before it warns or says "signed out").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLeft {
    /// Seconds until the idle (or absolute) end; 0 when signed out.
    pub seconds: i64,
    /// That end in Belgian time, hour:minute, for people.
    pub until: String,
    /// The same end as an RFC 3339 time with seconds, for machines.
    pub until_iso: String,
}

/// The signed-in person's sessions, and how long a session lasts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sessions {
    pub entries: Vec<SessionEntry>,
    pub idle_minutes: i64,
    pub absolute_hours: i64,
}

/// The role screen for an admin: the staff they may see and what they may give.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleAdmin {
    /// Where the admin may give roles: `value` is a municipality id or
    /// `regio` for the whole region.
    pub places: Vec<PlaceOption>,
    pub roles: Vec<String>,
    pub people: Vec<StaffPerson>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceOption {
    pub value: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPerson {
    pub id: i32,
    pub name: String,
    pub roles: Vec<HeldRole>,
    /// The admin looking: nobody gives themself a role.
    pub is_self: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldRole {
    pub id: i32,
    pub role: ProfileRole,
    /// This admin may withdraw it (their municipality, not their own admin role).
    pub can_revoke: bool,
}

/// One time staff read or changed the signed-in person's data: when, what,
/// and in which role and department (not the employee's name).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub at: String,
    /// The audit action, e.g. `role.grant`.
    pub action: String,
    pub role: Option<String>,
    pub municipality: Option<String>,
    pub department: Option<String>,
}

/// "Help from a helper" (`/mijn/hulp`): the code just made, the code that
/// waits, and who may help now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPage {
    /// The code made a moment ago in this browser, to say to the helper.
    pub code: Option<ShownCode>,
    /// A code that no helper has used yet (its digits are not kept).
    pub waiting: Option<HelpEntry>,
    /// Helpers who may act for this person now.
    pub active: Vec<HelpEntry>,
    /// What helpers did for this citizen, newest first.
    pub done: Vec<HelpAction>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownCode {
    /// As it is read out: "4821 7730".
    pub code: String,
    pub until: String,
}

/// One waiting code or one helper's help.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpEntry {
    pub id: i32,
    /// The helper's name; `None` while the code waits.
    pub helper: Option<String>,
    /// Where the helper works (their help desk's municipality).
    pub desk: Option<String>,
    /// view, apply
    pub scope: String,
    /// Until when the code works, or the help lasts.
    pub until: String,
    /// The reference of the form signed at the desk (consent on paper).
    pub paper: Option<String>,
    /// Why a helper of another municipality's desk helps (paper consent).
    pub reason: Option<String>,
}

/// One thing a helper did for a citizen, as both of them see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpAction {
    pub at: String,
    /// The helper and their desk (empty on the helper's own page).
    pub helper: String,
    pub desk: Option<String>,
    /// The audit action, e.g. `person.read`.
    pub action: String,
}

/// The help desk (`/hulp`): the people this helper may help now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperDesk {
    pub helping: Vec<HelpedPerson>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpedPerson {
    /// The mandate's id (for "stop").
    pub id: i32,
    pub name: String,
    pub scope: String,
    pub until: String,
    /// The reference of the form signed at the desk (consent on paper).
    pub paper: Option<String>,
    /// Why a helper of another municipality's desk helps (paper consent).
    pub reason: Option<String>,
}

/// What a helper sees of the person they help (`/hulp/burger/{mandate}`):
/// who and where, not their national register number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpedProfile {
    pub mandate: i32,
    pub name: String,
    pub scope: String,
    pub until: String,
    pub birth_date: Option<String>,
    pub municipality: Option<String>,
    pub email: Option<String>,
    pub language: String,
    /// The people they may act for (names).
    pub represented: Vec<String>,
    /// What this helper did for them, newest first (this look included).
    pub done: Vec<HelpAction>,
    /// A guest (their address is how they sign in: it stays).
    pub guest: bool,
    /// A new address that waits for the code sent to it.
    pub pending_email: Option<String>,
}
