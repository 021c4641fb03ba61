//! An e-mail address as the guest sign-in accepts it. Deliberately simple:
//! the only real proof that an address works is the code that arrives there,
//! so this check only refuses what can never be delivered or would be unsafe
//! to put into a mail header, and it makes one person's address one value
//! (lower case), so that "Marie@Example.fr" and "marie@example.fr" are the
//! same guest.

use serde::{Deserialize, Serialize};

/// A checked, lower-cased e-mail address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

/// Why an address was refused; each has its own message on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("no e-mail address given")]
    Empty,
    #[error("the e-mail address is longer than {max} characters")]
    TooLong { max: usize },
    #[error("this is not an e-mail address")]
    Invalid,
}

/// Characters that have a meaning in mail headers or that nobody types in
/// an ordinary address; refusing them keeps the address safe to send to.
const FORBIDDEN: &[char] = &['<', '>', '(', ')', '[', ']', '\\', ',', ';', ':', '"', '/'];

impl EmailAddress {
    /// The longest address SMTP can carry (RFC 5321, a path of 256 octets
    /// minus the angle brackets).
    pub const MAX_LEN: usize = 254;
    /// The longest local part (before the @) SMTP allows.
    const MAX_LOCAL_LEN: usize = 64;

    /// Checks what someone typed: spaces around it are forgiven, spaces or
    /// control characters inside it are not.
    pub fn parse(input: &str) -> Result<EmailAddress, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        if trimmed.len() > Self::MAX_LEN {
            return Err(EmailError::TooLong { max: Self::MAX_LEN });
        }
        if trimmed
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || FORBIDDEN.contains(&c))
        {
            return Err(EmailError::Invalid);
        }
        let mut parts = trimmed.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(EmailError::Invalid);
        };
        let local_ok = !local.is_empty()
            && local.len() <= Self::MAX_LOCAL_LEN
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        // A domain with at least one dot and no empty label: mail to a bare
        // host name ("root@localhost") never reaches a resident.
        let domain_ok = domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !(local_ok && domain_ok) {
            return Err(EmailError::Invalid);
        }
        Ok(EmailAddress(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted_and_lower_cased() {
        assert_eq!(
            EmailAddress::parse("  Marie.Dupont@Example.FR ")
                .unwrap()
                .as_str(),
            "marie.dupont@example.fr"
        );
        assert!(EmailAddress::parse("jan+gemeente@westhoek.be").is_ok());
        assert!(EmailAddress::parse("o'neil@mail.co.uk").is_ok());
        assert!(EmailAddress::parse("zoë@bücher.de").is_ok());
    }

    #[test]
    fn empty_and_too_long_have_their_own_errors() {
        assert_eq!(EmailAddress::parse("   "), Err(EmailError::Empty));
        let long = format!("{}@{}.be", "a".repeat(60), "b".repeat(200));
        assert_eq!(
            EmailAddress::parse(&long),
            Err(EmailError::TooLong { max: 254 })
        );
    }

    #[test]
    fn what_cannot_be_an_address_is_refused() {
        for bad in [
            "marie",
            "marie@",
            "@example.fr",
            "marie@@example.fr",
            "marie@a@example.fr",
            "marie dupont@example.fr",
            "marie@example",
            "marie@example..fr",
            "marie@.example.fr",
            "marie@-example.fr",
            ".marie@example.fr",
            "ma..rie@example.fr",
            "marie@example.fr\r\nBcc: x@evil.test",
            "Marie <marie@example.fr>",
            "marie@exam_ple.fr",
            "marie\u{7}@example.fr",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(EmailError::Invalid),
                "{bad:?}"
            );
        }
        let long_local = format!("{}@example.fr", "a".repeat(65));
        assert_eq!(EmailAddress::parse(&long_local), Err(EmailError::Invalid));
    }
}
