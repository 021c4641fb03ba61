# e-Westhoek — Deutsch (eine Übersetzung; der niederländische Text ist der offizielle)
# Schreiben Sie kurz und klar: kurze Sätze, einfache Wörter, ein Gedanke pro Satz.

site-name = e-Westhoek
skip-to-content = Zum Inhalt
language-switch-label = Wählen Sie Ihre Sprache
demo-notice = Dies ist eine Demoversion. Die Kontaktdaten und Öffnungszeiten sind Beispiele.
translation-notice = Sie lesen eine Übersetzung. Der niederländische Text ist der offizielle Text.
title-error-prefix = Fehler:
field-error-prefix = Fehler:

## Fußzeile
footer-heading = Über diese Website
footer-contact-your-municipality = Kontakt mit Ihrer Gemeinde
footer-contact-municipality = Kontakt mit { $municipality }
footer-accessibility = Barrierefreiheit
footer-about = e-Westhoek ist der digitale Schalter der 18 Gemeinden im Westhoek.

## Startseite
home-title = Ihre Gemeinde online
home-heading = Willkommen bei e-Westhoek
home-intro = Hier erledigen Sie Dinge mit Ihrer Gemeinde. Sie müssen nicht zum Gemeindehaus gehen.
home-promise-anytime = Sie können Tag und Nacht einen Antrag stellen.
home-promise-follow = Sie sehen immer, wie weit Ihr Antrag ist.
home-promise-once = Wir fragen nichts, was die Behörden schon wissen.
home-promise-help = Brauchen Sie Hilfe? Eine digitale Hilfestelle in Ihrer Gemeinde hilft Ihnen gern.

## Gemeinde wählen
chooser-heading = Wählen Sie Ihre Gemeinde
chooser-label = Postleitzahl oder Name Ihrer Gemeinde
chooser-hint = Zum Beispiel 8900 oder Ieper.
chooser-submit = Suchen
chooser-postal-codes = Postleitzahlen:
chooser-count-all = { $count ->
    [one] Es gibt 1 Gemeinde.
   *[other] Es gibt { $count } Gemeinden.
}
chooser-count-found = { $count ->
    [0] Keine Gemeinde gefunden.
    [one] 1 Gemeinde gefunden.
   *[other] { $count } Gemeinden gefunden.
}
chooser-show-all = Alle Gemeinden zeigen
chooser-error-too-long = Geben Sie höchstens { $max } Zeichen ein.
chooser-error-postal-code-digits = Eine Postleitzahl hat 4 Ziffern. Zum Beispiel 8900.
chooser-error-postal-code-outside = Die Postleitzahl { $code } liegt nicht im Westhoek. Wählen Sie Ihre Gemeinde in der Liste.
chooser-error-no-match = Wir finden keine Gemeinde „{ $text }“. Prüfen Sie den Namen oder geben Sie Ihre Postleitzahl ein.

## Seite einer Gemeinde
municipality-intro = Dies ist der digitale Schalter von { $municipality }.
municipality-coming = Bald können Sie hier auch Anträge stellen. Bis dahin helfen wir Ihnen gern im Gemeindehaus.
municipality-demo-content = Beispieldaten: Diese Adresse, diese Telefonnummer und diese Öffnungszeiten sind nicht echt.
municipality-contact-heading = Kontakt
municipality-address = Adresse
municipality-town-hall = Gemeindehaus
municipality-phone = Telefon
municipality-email = E-Mail
municipality-website = Website
municipality-postal-codes = Postleitzahlen
municipality-postal-code-partial = { $code } (ein Teil)
municipality-hours-heading = Öffnungszeiten des Gemeindehauses
municipality-statement-link = Barrierefreiheit der Seiten von { $municipality }

## Öffnungszeiten
hours-day = Tag
hours-open = Geöffnet
hours-closed = Geschlossen
hours-span = von { $opens } bis { $closes }
hours-by-appointment = { $span } (nur mit Termin)
weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag

## Erklärung zur Barrierefreiheit
statement-title = Erklärung zur Barrierefreiheit
statement-intro-region = Die Westhoek-Gemeinden möchten, dass alle diese Website nutzen können. Das ist auch eine Pflicht für jede Behörde.
statement-intro-municipality = Die Gemeinde { $municipality } möchte, dass alle diese Website nutzen können. Das ist auch eine Pflicht für jede Behörde.
statement-status-heading = Wie barrierefrei ist diese Website?
statement-status = Diese Website erfüllt die Norm WCAG 2.2, Stufe AA, teilweise. Die Website ist neu. Wir testen sie noch vollständig.
statement-testing = Wir testen jede Seite mit einem Computerprogramm und von Hand. Wir testen auch ohne JavaScript und mit einem Screenreader.
statement-known-heading = Was funktioniert noch nicht gut?
statement-known = Wir kennen zurzeit keine Probleme. Finden Sie doch eines? Sagen Sie es uns.
statement-contact-heading = Ein Problem melden
statement-contact-municipality = Schicken Sie eine E-Mail an
statement-contact-or-call = oder rufen Sie an:
statement-contact-region = Melden Sie es Ihrer Gemeinde.
statement-contact-region-link = Wählen Sie Ihre Gemeinde.
statement-complaint-heading = Nicht zufrieden mit unserer Antwort?
statement-complaint = Dann können Sie sich beschweren beim
statement-ombudsman = Flämischen Ombudsdienst (Vlaamse Ombudsdienst)
statement-date = Wir haben diese Erklärung am { $date } erstellt.

## Fehler
error-summary-title = Es gibt ein Problem
error-id-label = Fehlercode:
error-go-home = Zur Startseite
error-not-found-title = Diese Seite gibt es nicht
error-not-found-text = Prüfen Sie die Adresse. Oder gehen Sie zur Startseite und wählen Sie dort Ihre Gemeinde.
error-bad-request-title = Diese Anfrage stimmt nicht
error-bad-request-text = Wir konnten Ihre Anfrage nicht lesen. Es hat sich nichts geändert. Versuchen Sie es noch einmal von der Startseite aus.
error-forbidden-title = Das ist nicht erlaubt
error-forbidden-text = Sie haben hierauf keinen Zugriff, oder die Anfrage kam nicht von unserer Website. Es hat sich nichts geändert. Sollten Sie Zugriff haben? Fragen Sie den Verwalter Ihrer Gemeinde.
error-too-many-title = Einen Moment bitte
error-too-many-text = Sie haben in kurzer Zeit zu viele Anfragen gestellt. Warten Sie eine Minute und versuchen Sie es dann noch einmal.
error-unavailable-title = Dieser Dienst funktioniert gerade nicht
error-unavailable-text = Es gibt eine Störung. Versuchen Sie es in ein paar Minuten noch einmal. Bleibt das Problem? Dann geben Sie den Fehlercode an Ihre Gemeinde weiter.
error-internal-title = Etwas ist schiefgegangen
error-internal-text = Das ist unser Fehler, nicht Ihrer. Versuchen Sie es später noch einmal. Bleibt das Problem? Dann geben Sie den Fehlercode an Ihre Gemeinde weiter.
error-network-title = Keine Verbindung
error-network-text = Wir erreichen die Website gerade nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.

## Produkte und Dienste
municipality-catalogue-link = Sehen Sie, was Sie in { $municipality } erledigen können
catalogue-title = Produkte und Dienste
catalogue-heading = Was können Sie in { $municipality } erledigen?
catalogue-intro = Wählen Sie, was in Ihrem Leben passiert, oder ein Thema. Oder sehen Sie sich die ganze Liste unten an.
catalogue-demo = Beispieldaten: Diese Produkte, Preise und Fristen sind nicht echt.
catalogue-life-events = Was passiert in Ihrem Leben?
catalogue-themes = Themen
catalogue-all = Alle Produkte und Dienste
catalogue-show-all = Alle Produkte und Dienste zeigen
catalogue-count = { $count ->
    [0] Keine Produkte
    [one] 1 Produkt
   *[other] { $count } Produkte
}
channel-online = Ganz online
channel-online-with-visit = Online, mit einem Besuch im Gemeindehaus
channel-appointment = Mit Termin im Gemeindehaus
channel-counter = Am Schalter im Gemeindehaus
product-here-heading = So geht es in { $municipality }
product-how = Wie
product-cost = Preis
product-free = Kostenlos
product-lead-time = Wie lange dauert es?
product-lead-time-days = { $days ->
    [0] Sie bekommen es sofort.
    [one] 1 Werktag
   *[other] { $days } Werktage
}
product-not-offered = { $municipality } bietet dies nicht an. Unten sehen Sie, wie es in den anderen Gemeinden geht.
product-not-offered-short = Nicht angeboten
product-apply-online = Bald können Sie dies hier online beantragen. Bis dahin hilft Ihnen das Gemeindehaus gern.
product-apply-appointment = Vereinbaren Sie einen Termin mit dem Gemeindehaus. Rufen Sie an oder schreiben Sie eine E-Mail.
product-apply-counter = Kommen Sie während der Öffnungszeiten ins Gemeindehaus.
product-what = Was ist es?
product-for-whom = Für wen?
product-conditions = Bedingungen
product-evidence = Was brauchen Sie?
product-procedure = Wie läuft es ab?
product-costs = Was kostet es?
product-elsewhere-heading = In den anderen Westhoek-Gemeinden
product-elsewhere-municipality = Gemeinde
product-elsewhere-how = Wie
product-translation-fallback = Ein Teil dieses Textes ist noch nicht übersetzt. Diesen Teil lesen Sie auf Niederländisch.
product-topics = Gehört zu:
catalogue-search-label = Ein Produkt oder einen Dienst suchen
catalogue-search-hint = Zum Beispiel Reisepass oder Umzug.
catalogue-search-submit = Suchen
catalogue-results = Ergebnisse für „{ $query }“
catalogue-no-results = Wir finden nichts für „{ $query }“. Prüfen Sie die Schreibweise, versuchen Sie ein anderes Wort oder wählen Sie ein Thema.

## Bestandsaufnahme der Dienstleistungen
footer-inventory = Welche Dienste gibt es online?
inventory-title = Bestandsaufnahme der Dienstleistungen
inventory-heading = Welche Dienste bieten die Westhoek-Gemeinden online an?
inventory-intro = Hier sehen Sie für jede Gemeinde, wie Sie jedes Produkt beantragen. Vollständig online, online mit einem Besuch, mit Termin oder am Schalter.
inventory-filter-label = Produkte anzeigen zu
inventory-filter-all = Alle Themen
inventory-filter-submit = Anzeigen
inventory-scope-all = Alle Themen:
inventory-scope-topic = { $topic }:
inventory-download = Daten herunterladen:
inventory-download-csv = als CSV (für eine Tabellenkalkulation)
inventory-download-catalogue = Den ganzen Katalog herunterladen (offene Daten, JSON-LD)
inventory-download-json = als JSON
inventory-totals-heading = Nach Gemeinde
inventory-online-share = Anteil vollständig online
inventory-online-of = { $online } von { $offered }
inventory-region = Ganzer Westhoek
inventory-matrix-heading = Nach Produkt
inventory-matrix-intro = Jede Zeile ist ein Produkt, jede Spalte eine Gemeinde. Das Zeichen zeigt, wie Sie das Produkt beantragen.
inventory-product = Produkt
inventory-code = Code

## Die ganze Region
region-name = Westhoek
home-catalogue-heading = Was können Sie erledigen?
home-catalogue-text = Suchen Sie ein Produkt oder eine Dienstleistung in allen Westhoek-Gemeinden. Danach sehen Sie, wie es in Ihrer Gemeinde geht.
home-catalogue-link = Alle Produkte und Dienstleistungen ansehen
catalogue-heading-region = Was können Sie im Westhoek erledigen?
catalogue-region-availability = In { $offered } von { $total } Gemeinden. Vollständig online in { $online } davon.
product-region-here-heading = Wie geht es bei Ihnen?
product-region-here = Das hängt von Ihrer Gemeinde ab. Preis und Art des Antrags sind verschieden.
product-region-choose = Wählen Sie Ihre Gemeinde in der Tabelle
product-region-heading = In den Westhoek-Gemeinden
## Zoeksuggesties
suggest-list-label = Vorschläge
suggest-count = { $count ->
    [one] 1 Vorschlag. Wählen Sie mit der Pfeiltaste nach unten.
   *[other] { $count } Vorschläge. Wählen Sie mit der Pfeiltaste nach unten.
}
suggest-none = Keine Vorschläge.

## Anmeldung, Sitzungen und meine Daten
account-nav-label = Ihr Konto
account-sign-in = Anmelden
account-sign-out = Abmelden
account-signed-in-as = Angemeldet als
error-sign-in-required-title = Melden Sie sich zuerst an
error-sign-in-required-text = Für diese Seite müssen Sie angemeldet sein. Vielleicht wurden Sie abgemeldet, weil Sie eine Weile nichts getan haben. Es wurde nichts geändert.
error-sign-in-failed-title = Die Anmeldung hat nicht geklappt
error-sign-in-failed-text = Wir konnten nicht prüfen, wer Sie sind. Es wurde nichts geändert. Versuchen Sie es noch einmal.
error-sign-in-link = Anmelden
sign-in-title = Anmelden
sign-in-intro = Melden Sie sich an, um Ihre Anträge zu stellen und zu verfolgen.
sign-in-already = Sie sind bereits als { $name } angemeldet.
sign-in-demo-title = Demo: Wählen Sie eine Person
sign-in-demo-text = Dies ist eine Demo. Diese Personen gibt es nicht. Wählen Sie eine, um die Website so zu sehen, wie diese Person sie sieht.
sign-in-as = Als { $name } anmelden
sign-in-again = Erneut anmelden
persona-citizen = Einwohner von { $municipality }
persona-guest = Gast ohne belgische eID (Zweitwohnung an der Küste)
persona-parent = Elternteil eines minderjährigen Kindes
role-clerk = Mitarbeiter am Schalter
role-team-lead = Teamleiter
role-municipal-admin = Verwalter der Gemeinde
role-catalogue-editor = Redakteur des Produktkatalogs
role-regional-admin = Verwalter der Region
role-helper = Helfer bei der digitalen Hilfe
role-whole-region = ganzer Westhoek
signed-out-title = Sie sind abgemeldet
signed-out-text = Ihre Sitzung ist beendet. Benutzen Sie den Computer einer anderen Person? Schließen Sie dann auch den Browser.
profile-title = Meine Daten
profile-demo = Dies sind Beispieldaten einer Demo-Person.
profile-data-title = Was wir über Sie wissen
profile-name = Name
profile-rrn = Nationalregisternummer
profile-birth-date = Geburtsdatum
profile-municipality = Gemeinde, in der Sie wohnen
profile-email = E-Mail-Adresse
profile-language = Sprache
profile-unknown = Nicht bekannt
profile-source-register = Diese Daten kommen aus dem Nationalregister. Abgerufen am { $date }.
profile-source-login = Diese Daten kommen von Ihrer Anmeldung. Abgerufen am { $date }.
profile-source-guest = Diese Daten haben Sie selbst angegeben. Gespeichert am { $date }.
profile-login-title = Wie Sie angemeldet sind
profile-login-text = Sie sind mit { $method } angemeldet. Vertrauensniveau: { $assurance }.
login-method-acm = eID oder itsme
login-method-guest = einem Code per E-Mail
login-method-demo = einer Demo-Person
assurance-high = hoch
assurance-substantial = substanziell
assurance-low = niedrig
profile-represented-title = Sie dürfen handeln für
profile-represented-child = Ihr minderjähriges Kind
profile-represented-legal = Sie sind gesetzlicher Vertreter
profile-represented-until = bis { $date }
profile-roles-title = Ihre Rollen als Mitarbeiter
sessions-title = Meine Sitzungen
sessions-intro = Hier sehen Sie, wo Sie angemeldet sind. Eine Sitzung endet nach { $idle } Minuten ohne Aktivität und immer nach { $absolute } Stunden. Kennen Sie eine Sitzung nicht? Beenden Sie sie.
sessions-caption = Wo Sie angemeldet sind
sessions-device = Gerät
sessions-started = Begonnen
sessions-last-seen = Zuletzt aktiv
sessions-address = Internetadresse
sessions-action = Aktion
sessions-current = (diese Sitzung)
sessions-end = Beenden
sessions-end-this = Diese Sitzung beenden und abmelden
sessions-end-other = Sitzung auf { $device } vom { $started } beenden
sessions-end-all = Überall abmelden
sessions-ended-one = Die Sitzung ist beendet.
session-warning = Sie werden in { $minutes } { $minutes ->
        [one] Minute
       *[other] Minuten
    } abgemeldet, weil Sie eine Weile nichts getan haben.
session-stay = Angemeldet bleiben
session-ended = Sie sind abgemeldet, weil Sie eine Weile nichts getan haben.
session-sign-in-again = Erneut anmelden
sign-in-acm-title = Mit eID oder itsme
sign-in-acm-text = Sie melden sich bei der flämischen Regierung an, mit Ihrem Personalausweis, itsme oder einem Code. Danach kommen Sie hierher zurück.
sign-in-acm-button = Mit eID oder itsme anmelden
roles-title = Rollen der Mitarbeiter
roles-intro = Geben Sie Mitarbeitern die Rollen, die sie brauchen, pro Gemeinde und Dienst. Jede Änderung wird im Audit-Protokoll festgehalten.
roles-none = Noch keine Rolle.
roles-revoke = Entziehen
roles-revoke-label = Rolle { $role } von { $name } entziehen
roles-role = Rolle
roles-place = Wo
roles-department = Dienst (freiwillig)
roles-grant = { $name } eine Rolle geben
roles-granted = Die Rolle wurde vergeben.
roles-revoked = Die Rolle wurde entzogen.
account-roles-link = Rollen der Mitarbeiter

## Guest sign-in: an e-mail address and a one-time code
sign-in-guest-title = Keine belgische eID? Melden Sie sich mit Ihrer E-Mail-Adresse an
sign-in-guest-text = Wir senden einen Code an Ihre E-Mail-Adresse. Mit diesem Code melden Sie sich an. Manche Anträge sind so nicht möglich. Dafür brauchen Sie eine eID.
sign-in-guest-email-label = E-Mail-Adresse
sign-in-guest-email-hint = Zum Beispiel name@beispiel.be
sign-in-guest-submit = Code senden
guest-email-error-empty = Geben Sie Ihre E-Mail-Adresse ein.
guest-email-error-too-long = Diese E-Mail-Adresse ist zu lang. Sie darf höchstens { $max } Zeichen haben.
guest-email-error-invalid = Geben Sie eine E-Mail-Adresse wie name@beispiel.be ein.
guest-code-title = Geben Sie Ihren Code ein
guest-code-sent = Wir haben einen Code an Ihre E-Mail-Adresse gesendet.
guest-code-valid = Der Code gilt { $minutes } Minuten. Sie können ihn nur einmal benutzen.
guest-code-label = Code aus der E-Mail
guest-code-hint = Der Code hat 6 Ziffern.
guest-code-submit = Anmelden
guest-code-no-mail = Keine E-Mail bekommen? Sehen Sie auch im Spam-Ordner nach.
guest-code-new = Neuen Code anfordern
guest-code-error-format = Geben Sie die 6 Ziffern aus der E-Mail ein.
guest-code-error-wrong = Dieser Code stimmt nicht.
guest-code-error-expired = Dieser Code gilt nicht mehr. Ein Code gilt nur kurz und nur einmal.
guest-code-error-locked = Sie haben zu oft einen falschen Code eingegeben. Dieser Code gilt nicht mehr.
guest-mail-subject = Ihr Code für die Anmeldung bei e-Westhoek
guest-mail-greeting = Guten Tag,
guest-mail-intro = Hier ist Ihr Code für die Anmeldung bei e-Westhoek:
guest-mail-not-you = Sie haben keinen Code angefordert? Dann müssen Sie nichts tun. Geben Sie diesen Code niemandem.
access-title = Wer hat meine Daten angesehen?
access-intro = Hier sehen Sie, wann ein Mitarbeiter Ihre Daten angesehen oder geändert hat, und in welcher Rolle und welchem Dienst.
access-none = Noch kein Mitarbeiter hat Ihre Daten angesehen oder geändert.
access-caption = Wer Ihre Daten angesehen oder geändert hat
access-when = Wann
access-what = Was
access-who = Wer (Rolle und Dienst)
access-action-role-grant = Hat Ihnen eine Rolle gegeben
access-action-role-revoke = Hat Ihnen eine Rolle entzogen
access-action-other = Hat Ihre Daten angesehen oder geändert
profile-download = Alle meine Daten herunterladen (JSON)
profile-end-title = Ihr Gastkonto beenden
profile-end-text = Möchten Sie dieses Konto nicht mehr nutzen? Dann löschen wir Ihre E-Mail-Adresse und Ihre Sitzungen. Im Audit-Protokoll bleibt stehen, dass Sie das Konto beendet haben.
profile-end-button = Mein Gastkonto beenden
signed-out-account-ended = Ihr Gastkonto ist beendet.

## Produktkatalog verwalten (Redaktion und Verwaltung)
account-catalogue-link = Produktkatalog verwalten
editor-title = Produktkatalog verwalten
editor-intro = Wählen Sie, was Sie ändern möchten. Sie arbeiten zuerst in einem Entwurf. Bürgerinnen und Bürger sehen Ihre Änderung erst, wenn Sie sie veröffentlichen.
editor-scope-region = Regionale Produktblätter
editor-scope-municipality = Produkte von { $municipality }
editor-region-explained = die Texte, Themen und Standardwerte für den ganzen Westhoek.
editor-back-to-start = Zurück zur Verwaltung des Produktkatalogs
editor-back-to-scope = Zurück zu { $scope }
editor-back-to-product = Zurück zu { $product }
editor-drafts-title = Entwürfe, die noch nicht veröffentlicht sind
editor-draft-saved-by = gespeichert von { $name } am { $at }
editor-new-tag = neu
editor-products-title = Alle Produkte ({ $count })
editor-column-product = Produkt
editor-column-offered = Angeboten
editor-column-channel = Wie beantragen
editor-column-fee = Kosten
editor-column-local = Eigene Fassung
editor-column-draft = Entwurf
editor-column-field = Feld
editor-column-before = Jetzt
editor-column-after = Nach dem Veröffentlichen
editor-yes = ja
editor-no = nein
editor-new-title = Neues Produkt hinzufügen
editor-new-code = Code für die Webadresse
editor-new-code-hint = Nur Kleinbuchstaben und Bindestriche, zum Beispiel: parkeerkaart-bewoners. Den Code können Sie später nicht mehr ändern.
editor-new-submit = Entwurf beginnen
editor-new-bad-code = Schreiben Sie den Code nur mit Kleinbuchstaben (a bis z) und Bindestrichen, mit höchstens { $max } Zeichen.
editor-new-code-taken = Diesen Code gibt es schon. Wählen Sie einen anderen Code.
editor-new-no-title = Geben Sie einen Titel ein, mit höchstens { $max } Zeichen.
editor-notice-saved = Ihr Entwurf ist gespeichert. Bürgerinnen und Bürger sehen ihn noch nicht.
editor-notice-published = Veröffentlicht. Bürgerinnen und Bürger sehen die neue Fassung sofort.
editor-notice-problems = Ihr Entwurf ist gespeichert, aber noch nicht veröffentlicht. Beheben Sie zuerst die Fehler.
editor-notice-stale = Jemand anders hat diesen Entwurf inzwischen geändert. Ihre Änderung ist nicht gespeichert. Unten sehen Sie die neueste Fassung.
editor-notice-changed-since = Nicht veröffentlicht: Jemand anders hat inzwischen eine andere Fassung veröffentlicht. Sehen Sie sich unten die Unterschiede an.
editor-notice-discarded = Der Entwurf ist gelöscht.
editor-notice-created = Der Entwurf ist begonnen. Ergänzen Sie das Produktblatt und veröffentlichen Sie es.
editor-status-draft = Dies ist ein Entwurf. Zuletzt gespeichert von { $name } am { $at }.
editor-status-published = Sie sehen die veröffentlichte Fassung. Wenn Sie speichern, beginnen Sie einen Entwurf.
editor-status-new = Dieses Produkt ist noch nicht veröffentlicht.
editor-changed-since-title = Inzwischen ist eine andere Fassung veröffentlicht worden
editor-changed-since-text = Das hat sich geändert, seit Ihr Entwurf begann. Wenn Sie Ihren Entwurf veröffentlichen, ersetzt er diese Fassung.
editor-changed-since-caption = Was inzwischen veröffentlicht wurde
editor-changes-title = Was sich ändert, wenn Sie veröffentlichen ({ $count })
editor-changes-caption = Unterschiede zwischen der veröffentlichten Fassung und dem Entwurf
editor-no-changes = Der Entwurf ist gleich der veröffentlichten Fassung.
editor-general = Allgemein
editor-field-product-type = Art des Produkts
editor-field-min-assurance = Nötige Sicherheit bei der Anmeldung
editor-field-default-channel = Wie beantragen (Standard)
editor-field-default-fee = Kosten in Euro (Standard)
editor-field-default-lead-time = Wartezeit in Tagen (Standard)
editor-field-topics = Themen und Lebenslagen
editor-field-title = Titel
editor-field-summary = Kurze Erklärung
editor-field-description = Beschreibung
editor-field-conditions = Voraussetzungen
editor-field-evidence = Was Sie brauchen
editor-field-procedure = Wie es abläuft
editor-field-costs = Kosten
editor-field-target-groups = Für wen
editor-field-keywords = Suchwörter
editor-field-offered = Angeboten
editor-field-channel = Wie beantragen
editor-field-fee = Kosten in Euro
editor-field-lead-time = Wartezeit in Tagen
editor-field-note = Eigene Erklärung der Gemeinde
editor-fee-hint = Zum Beispiel 12,50. Schreiben Sie 0, wenn es kostenlos ist.
editor-days-hint = Eine Zahl, zum Beispiel 5. Schreiben Sie 0, wenn es sofort fertig ist.
editor-keywords-hint = Wörter, mit denen Menschen danach suchen. Ein Wort oder Ausdruck pro Zeile.
editor-texts-in = Texte auf { $language }
editor-texts-dutch-hint = Der niederländische Text ist der amtliche Text. Titel und kurze Erklärung sind Pflicht.
editor-translation = Übersetzung auf { $language }
editor-translation-hint = Nicht Pflicht. Was Sie leer lassen, lesen Bürgerinnen und Bürger auf Niederländisch. Wenn Sie eine Übersetzung beginnen, füllen Sie auch Titel und kurze Erklärung aus.
editor-lang-nl = Niederländisch
editor-lang-fr = Französisch
editor-lang-de = Deutsch
editor-lang-en = Englisch
editor-assurance-none = Keine Anmeldung nötig
editor-assurance-low = Niedrig (zum Beispiel E-Mail mit Code)
editor-assurance-substantial = Substanziell (zum Beispiel Code per App oder SMS)
editor-assurance-high = Hoch (eID oder itsme)
editor-offered-question = Bietet { $municipality } dieses Produkt an?
editor-offered-yes = Ja
editor-offered-no = Nein
editor-how-here = Wie es hier abläuft
editor-as-region-channel = Wie die Region: { $channel }
editor-local-fee-hint = Leer lassen: wie die Region ({ $fee }). Sonst ein Betrag, zum Beispiel { $example }.
editor-local-days-hint = Leer lassen: wie die Region ({ $days } Tage).
editor-note-hint = Etwas, das nur in Ihrer Gemeinde gilt. Nicht Pflicht.
editor-overwrite = Ich habe mir die Unterschiede angesehen. Meinen Entwurf trotzdem veröffentlichen.
editor-save = Entwurf speichern
editor-publish = Speichern und veröffentlichen
editor-discard = Entwurf löschen
editor-history-link = Verlauf dieses Produktblatts
editor-public-link = Die Seite so ansehen, wie Bürgerinnen und Bürger sie sehen
editor-value-empty = (leer)
editor-value-as-region = (wie die Region)
editor-problem-required = Füllen Sie dieses Feld aus.
editor-problem-too-long = Das ist zu lang. Höchstens { $max } Zeichen.
editor-problem-not-amount = Schreiben Sie einen Betrag in Euro, zum Beispiel 12,50.
editor-problem-not-days = Schreiben Sie eine Anzahl Tage als Zahl, zum Beispiel 5.
editor-problem-too-high = Diese Zahl ist zu hoch.
editor-problem-no-topic = Wählen Sie mindestens ein Thema oder eine Lebenslage.
editor-problem-dutch-first = Schreiben Sie zuerst den niederländischen Text. Die anderen Sprachen sind Übersetzungen davon.
editor-problem-too-many-keywords = Das sind zu viele Suchwörter. Höchstens 50 pro Sprache.
editor-history-title = Verlauf von { $product }
editor-history-empty = Über die Verwaltungsseiten ist noch nichts veröffentlicht worden. Was aus einem Import kommt, steht hier nicht.
editor-history-by = Veröffentlicht von { $name }.
editor-history-created = Erste Fassung.
editor-history-caption = Was sich am { $at } geändert hat
product-type-document = Dokument
product-type-permit = Genehmigung
product-type-attest = Bescheinigung
product-type-service = Dienstleistung
product-type-financial = Finanzielle Hilfe oder Steuer
product-type-information = Information
product-type-registration = Anmeldung oder Meldung

## Wie sicher die Anmeldung für ein Produkt sein muss
product-sign-in-high = eID oder itsme
product-sign-in-substantial = eID, itsme oder einem anderen sicheren Weg (zum Beispiel einem Code per App)
product-sign-in-low = eID, itsme oder einem Code per E-Mail
product-sign-in-needed = Um dies online zu beantragen, melden Sie sich mit { $level } an.
product-sign-in-link = Anmelden
product-sign-in-enough = Ihre Anmeldung reicht für dieses Produkt.
product-sign-in-too-low-title = Ihre Anmeldung reicht für dieses Produkt nicht
product-sign-in-too-low = Sie sind mit { $method } angemeldet. Diese Sicherheit ist { $level }. Für dieses Produkt brauchen Sie { $needed }.
product-sign-in-why-personal = Das ist nötig, weil es um Ihre persönlichen oder amtlichen Daten geht. So sind wir sicher, dass niemand anders etwas in Ihrem Namen beantragt.
product-sign-in-why-low = Das ist nötig, damit wir Sie wegen Ihres Antrags erreichen können.
product-sign-in-way-up = So klappt es: Melden Sie sich erneut an, mit eID oder itsme.
product-sign-in-again = Erneut anmelden
product-sign-in-help = Sie haben keine belgische eID oder es klappt nicht? Die digitale Hilfe in der Bibliothek oder der Schalter von { $municipality } hilft Ihnen.

## Hilfe von einer Helferin oder einem Helfer (digitale Hilfe)
help-title = Hilfe von einer Helferin oder einem Helfer
help-back-to-profile = Zurück zu meinen Daten
help-intro = Bei der digitalen Hilfe, zum Beispiel in der Bibliothek, kann Ihnen jemand helfen. Erstellen Sie hier einen Code und sagen Sie ihn der helfenden Person. Dann darf sie eine Zeit lang für Sie handeln. Sie geben Ihre eID oder Ihr Passwort nicht ab. Sie können die Hilfe jederzeit beenden.
help-code-title = Ihr Code für die helfende Person
help-code-until = Sagen Sie diesen Code der helfenden Person. Er gilt einmal, bis { $until }.
help-waiting = Sie haben einen Code erstellt, der noch nicht benutzt wurde. Er gilt bis { $until }.
help-withdraw-code = Code zurückziehen
help-active-title = Wer Ihnen jetzt helfen darf
help-active-none = Niemand. Keine helfende Person darf jetzt für Sie handeln.
help-active-entry = { $who } darf bis { $until }: { $what }.
help-helper-at = { $name } (digitale Hilfe { $desk })
help-stop-helper = Hilfe von { $name } beenden
help-stopped = Die Hilfe ist beendet.
help-new-title = Einen Code erstellen
help-what = Was darf die helfende Person tun?
help-scope-view = Ihre Daten und Anträge ansehen
help-scope-apply = Ihre Daten und Anträge ansehen und in Ihrem Namen Anträge stellen
help-how-long = Wie lange?
help-one-hour = 1 Stunde
help-one-day = 1 Tag
help-one-week = 1 Woche
help-make-code = Code erstellen
helper-title = Digitale Hilfe
helper-intro = Bitten Sie die Bürgerin oder den Bürger, auf e-Westhoek unter „Hilfe von einer Helferin oder einem Helfer“ einen Code zu erstellen. Geben Sie diesen Code hier ein. Dann dürfen Sie helfen, solange die Person das möchte.
helper-code-label = Code der Bürgerin oder des Bürgers
helper-code-hint = 8 Ziffern, zum Beispiel 4821 7730.
helper-accept = Hilfe beginnen
helper-bad-code = Dieser Code stimmt nicht, wurde schon benutzt oder gilt nicht mehr. Bitten Sie um einen neuen Code.
helper-accepted = Der Code stimmt. Sie dürfen dieser Person jetzt helfen.
helper-helping-title = Wem Sie jetzt helfen dürfen
helper-helping-none = Im Moment niemandem.
helper-helping-entry = { $name }, bis { $until }: { $what }.
helper-stop = Hilfe für { $name } beenden
access-action-help-start = Hat begonnen, Ihnen zu helfen, mit Ihrem Code
access-action-help-end = Hat aufgehört, Ihnen zu helfen
helper-view-data = Daten von { $name } ansehen
helped-title = Daten von { $name }
helped-banner = Sie helfen { $name } als Helferin oder Helfer der digitalen Hilfe. Mit der Zustimmung von { $name } dürfen Sie bis { $until }: { $what }.
helped-back = Zurück zur digitalen Hilfe
helped-municipality = Wohnt in
helped-represented = Darf auch handeln für
helped-logged = Jedes Mal, wenn Sie diese Daten ansehen, wird das festgehalten. { $name } kann das sehen.
access-action-person-read = Hat Ihre Daten angesehen, mit Ihrer Zustimmung
product-edit-links = Für die Redaktion
product-edit-region = Das regionale Produktblatt bearbeiten
product-edit-here = Bearbeiten, wie { $municipality } dies anbietet
help-active-paper = Dafür haben Sie am Schalter das Formular { $reference } unterschrieben.
helper-helping-paper = (Zustimmung auf Papier, Formular { $reference })
helper-paper-title = Zustimmung auf Papier
helper-paper-intro = Kann sich die Person nicht anmelden? Dann lassen Sie sie das Zustimmungsformular unterschreiben. Prüfen Sie den Personalausweis. Füllen Sie danach dieses Formular aus. Die Person bekommt eine E-Mail, wenn wir ihre Adresse kennen.
helper-paper-rrn-label = Nationalregisternummer der Person
helper-paper-rrn-hint = Steht auf dem Personalausweis. 11 Ziffern, zum Beispiel 85.07.30-033.28.
helper-paper-rrn-empty = Geben Sie die Nationalregisternummer ein.
helper-paper-rrn-shape = Eine Nationalregisternummer hat 11 Ziffern.
helper-paper-rrn-check = Diese Nationalregisternummer stimmt nicht. Prüfen Sie die Ziffern noch einmal.
helper-paper-unknown = Wir finden niemanden mit dieser Nationalregisternummer. Prüfen Sie die Ziffern noch einmal.
helper-paper-self = Sie können keine Zustimmung für sich selbst erfassen.
helper-paper-reference-label = Nummer des Formulars
helper-paper-reference-hint = Steht oben auf dem unterschriebenen Formular. Bewahren Sie das Formular auf.
helper-paper-reference-error = Geben Sie die Nummer des Formulars ein. Höchstens 40 Zeichen.
helper-paper-confirm = Ich habe den Personalausweis gesehen. Die Person hat das Formular selbst unterschrieben.
helper-paper-confirm-error = Bestätigen Sie, dass Sie den Personalausweis gesehen haben und dass die Person selbst unterschrieben hat.
helper-paper-submit = Zustimmung erfassen
helper-paper-recorded = Die Zustimmung ist erfasst. Sie dürfen dieser Person jetzt helfen.
help-paper-mail-subject = Jemand von der digitalen Hilfe darf Ihnen bei e-Westhoek helfen
help-paper-mail-intro = Sie haben bei der digitalen Hilfe eine Zustimmung unterschrieben (Formular { $reference }).
help-paper-mail-stop = Wollen Sie das nicht mehr? Beenden Sie die Hilfe auf e-Westhoek, unter „Hilfe von einer Helferin oder einem Helfer“. Oder fragen Sie bei der digitalen Hilfe.
help-paper-mail-not-you = Haben Sie nichts unterschrieben? Melden Sie es sofort der digitalen Hilfe Ihrer Gemeinde.
access-action-help-paper = Hat begonnen, Ihnen zu helfen, mit dem Formular, das Sie unterschrieben haben
represented-view = Daten von { $name } ansehen
represented-title = Daten von { $name }
represented-banner-child = Sie sehen dies als Elternteil von { $name }.
represented-banner-legal = Sie sehen dies als gesetzliche Vertretung von { $name }.
represented-until = Sie dürfen bis { $date } für { $name } handeln.
