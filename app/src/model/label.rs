//! Short texts that staff type and others read: a department, a form
//! reference, a reason, a name, a title. One check for all of them, run by
//! the server (and usable by islands): no characters a reader cannot see.
//! Control characters, bidi overrides and isolates (U+202A–U+202E,
//! U+2066–U+2069) and zero-width or other invisible format characters
//! (Unicode category `Cf`: U+200B–U+200F, U+2060–U+2064, U+FEFF, U+061C …)
//! make a label read differently from what it says, e.g. in "who viewed my
//! data". They are refused, never stripped: the person who typed them sees
//! why, and nothing is stored.

/// Why a typed label is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelError {
    /// Longer than this many characters (after trimming).
    TooLong(usize),
    /// Holds a control, bidi or invisible format character.
    Hidden,
}

/// The Unicode `Cf` (format) characters, as ranges (Unicode 15).
const FORMAT: &[(u32, u32)] = &[
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A character a reader cannot see or that changes how the text around it
/// is shown: control characters (`Cc`), format characters (`Cf`: bidi
/// controls, zero-width characters, the byte order mark …) and the line
/// and paragraph separators U+2028/U+2029.
pub fn is_hidden(c: char) -> bool {
    let code = u32::from(c);
    c.is_control()
        || matches!(code, 0x2028 | 0x2029)
        || FORMAT
            .iter()
            .any(|(first, last)| (*first..=*last).contains(&code))
}

/// A label as typed: trimmed, at most `max` characters, nothing hidden.
/// Empty is allowed here (the caller decides whether the field is
/// required).
pub fn clean_label(typed: &str, max: usize) -> Result<String, LabelError> {
    let label = typed.trim();
    if label.chars().any(is_hidden) {
        return Err(LabelError::Hidden);
    }
    if label.chars().count() > max {
        return Err(LabelError::TooLong(max));
    }
    Ok(label.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_labels_pass_trimmed() {
        assert_eq!(
            clean_label("  Burgerzaken ", 80).as_deref(),
            Ok("Burgerzaken")
        );
        assert_eq!(
            clean_label("État civil – Ω", 80).as_deref(),
            Ok("État civil – Ω")
        );
        assert_eq!(clean_label("", 80).as_deref(), Ok(""));
        assert_eq!(
            clean_label(&"é".repeat(80), 80).map(|l| l.chars().count()),
            Ok(80)
        );
        assert_eq!(
            clean_label(&"é".repeat(81), 80),
            Err(LabelError::TooLong(80))
        );
    }

    #[test]
    fn bidi_zero_width_and_control_characters_are_refused() {
        for c in [
            '\u{0}',
            '\u{7}',
            '\n',
            '\u{7f}',
            '\u{85}',
            '\u{ad}',
            '\u{61c}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{202a}',
            '\u{202b}',
            '\u{202c}',
            '\u{202d}',
            '\u{202e}',
            '\u{2060}',
            '\u{2061}',
            '\u{2062}',
            '\u{2063}',
            '\u{2064}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{206f}',
            '\u{feff}',
            '\u{fff9}',
            '\u{e0001}',
            '\u{e007f}',
        ] {
            assert!(is_hidden(c), "{:04X}", u32::from(c));
            assert_eq!(
                clean_label(&format!("Burger{c}zaken"), 80),
                Err(LabelError::Hidden),
                "{:04X}",
                u32::from(c)
            );
        }
        // Letters, accents, spaces and ordinary punctuation are not hidden.
        for c in ['a', 'é', ' ', '\u{a0}', '-', '–', '/', 'ß', 'ل', '中'] {
            assert!(!is_hidden(c), "{c}");
        }
    }
}
