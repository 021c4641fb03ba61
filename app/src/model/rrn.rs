//! The national register number (rijksregisternummer, INSZ) as people type
//! and read it: 11 digits, the last two a check on the first nine.

/// Why a typed national register number is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RrnError {
    Empty,
    /// Not 11 digits once spaces, dots and dashes are left out.
    Shape,
    /// 11 digits, but the check digits do not match (a typing error).
    Check,
}

/// A valid national register number: 11 digits, check digits right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rrn(String);

impl Rrn {
    /// Reads "85.07.30-033.28", "85073003328" or "850730 033 28".
    pub fn parse(typed: &str) -> Result<Rrn, RrnError> {
        let digits: String = typed
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '/'))
            .collect();
        if digits.is_empty() {
            return Err(RrnError::Empty);
        }
        if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RrnError::Shape);
        }
        let (Ok(base), Ok(check)) = (digits[..9].parse::<u64>(), digits[9..].parse::<u64>()) else {
            return Err(RrnError::Shape);
        };
        // Born in 2000 or later: the check is computed with a 2 in front.
        let fits = |number: u64| 97 - number % 97 == check;
        if fits(base) || fits(2_000_000_000 + base) {
            Ok(Rrn(digits))
        } else {
            Err(RrnError::Check)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An INSZ as people write it: 85.07.30-033.28.
pub fn format(rrn: &str) -> String {
    if rrn.len() == 11 && rrn.bytes().all(|b| b.is_ascii_digit()) {
        format!(
            "{}.{}.{}-{}.{}",
            &rrn[0..2],
            &rrn[2..4],
            &rrn[4..6],
            &rrn[6..9],
            &rrn[9..11]
        )
    } else {
        rrn.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_people_write_them() {
        for typed in ["85.07.30-033.28", "85073003328", " 850730 033 28 "] {
            assert_eq!(Rrn::parse(typed).map(|r| r.0), Ok("85073003328".into()));
        }
        // Born in 2015: the check digits count a 2 in front.
        assert!(Rrn::parse("15.05.17-088.72").is_ok());
        assert_eq!(format("85073003328"), "85.07.30-033.28");
    }

    #[test]
    fn typing_errors_are_caught() {
        assert_eq!(Rrn::parse(""), Err(RrnError::Empty));
        assert_eq!(Rrn::parse(" - "), Err(RrnError::Empty));
        assert_eq!(Rrn::parse("8507300332"), Err(RrnError::Shape));
        assert_eq!(Rrn::parse("85073003328 1"), Err(RrnError::Shape));
        assert_eq!(Rrn::parse("85O73003328"), Err(RrnError::Shape));
        // Two digits swapped, one digit wrong.
        assert_eq!(Rrn::parse("58073003328"), Err(RrnError::Check));
        assert_eq!(Rrn::parse("85073003329"), Err(RrnError::Check));
    }
}
