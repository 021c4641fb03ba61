//! Demo personas: the people a visitor of the demo can sign in as (citizens,
//! a parent with a minor child, a helper at a digital help desk, staff of two
//! municipalities with Poperinge's admin, a catalogue editor and the regional
//! admin). They are
//! fictitious; their national register numbers have valid check digits but
//! belong to no one we know of. Matched on `key` (the demo login subject), so
//! re-seeding updates them in place.

use crate::entities::{municipality, person, representation, staff_role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

/// The issuer of demo logins (never a real identity provider's URL).
pub const DEMO_ISSUER: &str = "demo";

/// One persona as the demo sign-in page lists it.
#[derive(Clone, Copy, Debug)]
pub struct Persona {
    /// Stable key: the demo login's subject and the form value.
    pub key: &'static str,
    pub kind: &'static str,
    pub rrn: Option<&'static str>,
    pub given_name: &'static str,
    pub family_name: &'static str,
    /// Seconds since 1970 (UTC).
    pub birth_date: Option<i64>,
    /// Slug of the municipality where they live.
    pub lives_in: Option<&'static str>,
    pub email: Option<&'static str>,
    pub language: &'static str,
    /// Roles: (municipality slug or None for the region, department, role).
    pub roles: &'static [(Option<&'static str>, Option<&'static str>, &'static str)],
    /// Sign in as this persona? (A minor child is only represented.)
    pub can_sign_in: bool,
}

pub const PERSONAS: &[Persona] = &[
    Persona {
        key: "els",
        kind: "citizen",
        rrn: Some("85073003328"),
        given_name: "Els",
        family_name: "Vandamme",
        birth_date: Some(491_529_600),
        lives_in: Some("ieper"),
        email: Some("els.vandamme@example.org"),
        language: "nl",
        roles: &[],
        can_sign_in: true,
    },
    Persona {
        key: "jan",
        kind: "citizen",
        rrn: Some("79031214511"),
        given_name: "Jan",
        family_name: "Declercq",
        birth_date: Some(290_044_800),
        lives_in: Some("poperinge"),
        email: Some("jan.declercq@example.org"),
        language: "nl",
        roles: &[],
        can_sign_in: true,
    },
    Persona {
        key: "sofie",
        kind: "citizen",
        rrn: Some("88110206257"),
        given_name: "Sofie",
        family_name: "Maes",
        birth_date: Some(594_432_000),
        lives_in: Some("diksmuide"),
        email: Some("sofie.maes@example.org"),
        language: "nl",
        roles: &[],
        can_sign_in: true,
    },
    Persona {
        key: "lotte",
        kind: "citizen",
        rrn: Some("15051708872"),
        given_name: "Lotte",
        family_name: "Maes",
        birth_date: Some(1_431_820_800),
        lives_in: Some("diksmuide"),
        email: None,
        language: "nl",
        roles: &[],
        can_sign_in: false,
    },
    Persona {
        key: "marie",
        kind: "guest",
        rrn: None,
        given_name: "Marie",
        family_name: "Dupont",
        birth_date: None,
        lives_in: None,
        email: Some("marie.dupont@example.fr"),
        language: "fr",
        roles: &[],
        can_sign_in: true,
    },
    Persona {
        key: "karim",
        kind: "staff",
        rrn: Some("90012521163"),
        given_name: "Karim",
        family_name: "El Amrani",
        birth_date: Some(633_225_600),
        lives_in: Some("ieper"),
        email: Some("karim.elamrani@example.org"),
        language: "nl",
        roles: &[(Some("ieper"), Some("Digitaal Huis"), "helper")],
        can_sign_in: true,
    },
    Persona {
        key: "an",
        kind: "staff",
        rrn: Some("76090801843"),
        given_name: "An",
        family_name: "Verstraete",
        birth_date: Some(210_988_800),
        lives_in: Some("zonnebeke"),
        email: Some("an.verstraete@ieper.example"),
        language: "nl",
        roles: &[(Some("ieper"), Some("Burgerzaken"), "clerk")],
        can_sign_in: true,
    },
    Persona {
        key: "bart",
        kind: "staff",
        rrn: Some("82041409769"),
        given_name: "Bart",
        family_name: "Lievens",
        birth_date: Some(387_590_400),
        lives_in: Some("vleteren"),
        email: Some("bart.lievens@poperinge.example"),
        language: "nl",
        roles: &[
            (Some("poperinge"), Some("Burgerzaken"), "clerk"),
            (Some("poperinge"), Some("Burgerzaken"), "team_lead"),
        ],
        can_sign_in: true,
    },
    Persona {
        key: "griet",
        kind: "staff",
        rrn: Some("74100304237"),
        given_name: "Griet",
        family_name: "Desmet",
        birth_date: Some(149_990_400),
        lives_in: Some("poperinge"),
        email: Some("griet.desmet@poperinge.example"),
        language: "nl",
        roles: &[(Some("poperinge"), None, "municipal_admin")],
        can_sign_in: true,
    },
    Persona {
        key: "tom",
        kind: "staff",
        rrn: Some("68062112140"),
        given_name: "Tom",
        family_name: "Vermeulen",
        birth_date: Some(-48_297_600),
        lives_in: Some("veurne"),
        email: Some("tom.vermeulen@westhoek.example"),
        language: "nl",
        roles: &[(None, Some("Catalogus"), "catalogue_editor")],
        can_sign_in: true,
    },
    Persona {
        key: "hilde",
        kind: "staff",
        rrn: Some("70120100465"),
        given_name: "Hilde",
        family_name: "Dewulf",
        birth_date: Some(28_857_600),
        lives_in: Some("lo-reninge"),
        email: Some("hilde.dewulf@westhoek.example"),
        language: "nl",
        roles: &[(None, None, "regional_admin")],
        can_sign_in: true,
    },
];

/// The persona with this key.
pub fn persona(key: &str) -> Option<&'static Persona> {
    PERSONAS.iter().find(|persona| persona.key == key)
}

async fn municipality_id<C: ConnectionTrait>(db: &C, slug: &str) -> Result<Option<i32>, DbErr> {
    Ok(municipality::Entity::find()
        .filter(municipality::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|row| row.id))
}

/// Inserts or updates the personas, their demo logins, roles and the
/// parent–child link. Returns the person ids by key.
pub async fn seed<C: ConnectionTrait>(db: &C, now: i64) -> Result<Vec<(&'static str, i32)>, DbErr> {
    let mut ids = Vec::new();
    for persona in PERSONAS {
        let lives_in = match persona.lives_in {
            Some(slug) => municipality_id(db, slug).await?,
            None => None,
        };
        let existing = crate::identity::person_by_login(db, DEMO_ISSUER, persona.key).await?;
        let mut row = match existing {
            Some(model) => person::ActiveModel::from(model),
            None => person::ActiveModel {
                created_at: Set(now),
                ..Default::default()
            },
        };
        row.kind = Set(persona.kind.to_owned());
        row.rrn = Set(persona.rrn.map(str::to_owned));
        row.given_name = Set(persona.given_name.to_owned());
        row.family_name = Set(persona.family_name.to_owned());
        row.birth_date = Set(persona.birth_date);
        row.municipality_id = Set(lives_in);
        row.email = Set(persona.email.map(str::to_owned));
        row.language = Set(persona.language.to_owned());
        row.source = Set(if persona.rrn.is_some() {
            "register"
        } else {
            "guest"
        }
        .to_owned());
        row.source_at = Set(now);
        row.demo = Set(true);
        let saved = row.save(db).await?;
        let id = *saved.id.as_ref();
        crate::identity::link_login(db, id, DEMO_ISSUER, persona.key, now).await?;
        // Demo roles are exactly the persona's: replace what is there.
        staff_role::Entity::delete_many()
            .filter(staff_role::Column::PersonId.eq(id))
            .exec(db)
            .await?;
        for (slug, department, role) in persona.roles {
            let municipality_id = match slug {
                Some(slug) => municipality_id(db, slug).await?,
                None => None,
            };
            staff_role::ActiveModel {
                person_id: Set(id),
                municipality_id: Set(municipality_id),
                department: Set(department.map(str::to_owned)),
                role: Set((*role).to_owned()),
                granted_by: Set(None),
                granted_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        ids.push((persona.key, id));
    }
    let id_of = |key: &str| ids.iter().find(|(k, _)| *k == key).map(|(_, id)| *id);
    if let (Some(parent), Some(child)) = (id_of("sofie"), id_of("lotte")) {
        representation::Entity::delete_many()
            .filter(representation::Column::RepresentativeId.eq(parent))
            .exec(db)
            .await?;
        representation::ActiveModel {
            representative_id: Set(parent),
            represented_id: Set(child),
            kind: Set("parent".to_owned()),
            source: Set("register".to_owned()),
            // Until the child turns 18 (2033-05-17).
            valid_until: Set(Some(1_999_900_800)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// INSZ check digits: 97 minus (the first nine digits, with a 2 in front
    /// for people born from 2000) modulo 97.
    fn insz_is_valid(rrn: &str, born_2000_or_later: bool) -> bool {
        let Ok(base) = rrn[..9].parse::<u64>() else {
            return false;
        };
        let base = if born_2000_or_later {
            2_000_000_000 + base
        } else {
            base
        };
        rrn[9..]
            .parse::<u64>()
            .is_ok_and(|check| check == 97 - base % 97)
    }

    #[test]
    fn personas_are_unique_and_their_numbers_valid() {
        let mut keys: Vec<_> = PERSONAS.iter().map(|p| p.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), PERSONAS.len());
        for persona in PERSONAS {
            if let Some(rrn) = persona.rrn {
                let young = persona.birth_date.is_some_and(|b| b >= 946_684_800);
                assert!(insz_is_valid(rrn, young), "{}", persona.key);
            }
        }
        assert!(persona("lotte").is_some_and(|p| !p.can_sign_in));
        assert!(
            PERSONAS
                .iter()
                .any(|p| p.roles.iter().any(|r| r.2 == "regional_admin"))
        );
    }
}
