//! The mail that carries a guest's one-time code (server only), in the
//! visitor's language. Written here because the translations live in this
//! crate; `server::guest` puts it into the outbox.

use crate::i18n::Lang;
use crate::model::GUEST_CODE_MINUTES;
use i18n_embed_fl::fl;

/// Subject and plain-text body of a code mail. The code is only in the body:
/// subjects show on locked phone screens and in mail lists.
pub fn code_mail(lang: Lang, code: &str) -> (String, String) {
    let l = lang.loader();
    let subject = fl!(l, "guest-mail-subject");
    // The code stands on a line of its own, easy to copy.
    let body = crate::i18n::mail_body(
        l,
        [
            fl!(l, "guest-mail-intro"),
            code.to_owned(),
            fl!(l, "guest-code-valid", minutes = GUEST_CODE_MINUTES),
            fl!(l, "guest-mail-not-you"),
        ],
    );
    (subject, body)
}
