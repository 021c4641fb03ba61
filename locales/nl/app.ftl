# e-Westhoek — Nederlands (de officiële tekst)
# Schrijf kort en helder: korte zinnen, gewone woorden, één idee per zin.

site-name = e-Westhoek
skip-to-content = Ga naar de inhoud
language-switch-label = Kies uw taal
demo-notice = Dit is een demoversie. De contactgegevens en openingsuren zijn voorbeelden.
translation-notice = U leest een vertaling. De Nederlandse tekst is de officiële tekst.
title-error-prefix = Fout:
field-error-prefix = Fout:

## Voettekst
footer-heading = Over deze website
footer-contact-your-municipality = Contact met uw gemeente
footer-contact-municipality = Contact met { $municipality }
footer-accessibility = Toegankelijkheid
footer-about = e-Westhoek is het digitale loket van de 18 gemeenten in de Westhoek.

## Startpagina
home-title = Uw gemeente online
home-heading = Welkom bij e-Westhoek
home-intro = Hier regelt u zaken met uw gemeente. U hoeft niet naar het gemeentehuis te gaan.
home-promise-anytime = U kunt dag en nacht een aanvraag doen.
home-promise-follow = U ziet altijd hoe ver uw aanvraag staat.
home-promise-once = We vragen niets wat de overheid al weet.
home-promise-help = Hulp nodig? In uw gemeente helpt een digitaal hulppunt u graag.

## Gemeente kiezen
chooser-heading = Kies uw gemeente
chooser-label = Postcode of naam van uw gemeente
chooser-hint = Bijvoorbeeld 8900 of Ieper.
chooser-submit = Zoeken
chooser-postal-codes = Postcodes:
chooser-count-all = { $count ->
    [one] Er is 1 gemeente.
   *[other] Er zijn { $count } gemeenten.
}
chooser-count-found = { $count ->
    [0] Geen gemeente gevonden.
    [one] 1 gemeente gevonden.
   *[other] { $count } gemeenten gevonden.
}
chooser-show-all = Toon alle gemeenten
chooser-error-too-long = Typ hoogstens { $max } tekens.
chooser-error-postal-code-digits = Een postcode heeft 4 cijfers. Bijvoorbeeld 8900.
chooser-error-postal-code-outside = Postcode { $code } ligt niet in de Westhoek. Kies uw gemeente in de lijst.
chooser-error-no-match = We vinden geen gemeente met “{ $text }”. Kijk de naam na of typ uw postcode.

## Pagina van een gemeente
municipality-intro = Dit is het digitale loket van { $municipality }.
municipality-coming = Binnenkort kunt u hier ook aanvragen doen. Tot dan helpen we u graag in het gemeentehuis.
municipality-demo-content = Voorbeeldgegevens: dit adres, telefoonnummer en deze openingsuren zijn niet echt.
municipality-contact-heading = Contact
municipality-address = Adres
municipality-town-hall = Gemeentehuis
municipality-phone = Telefoon
municipality-email = E-mail
municipality-website = Website
municipality-postal-codes = Postcodes
municipality-postal-code-partial = { $code } (een deel)
municipality-hours-heading = Openingsuren van het gemeentehuis
municipality-statement-link = Toegankelijkheid van de pagina’s van { $municipality }

## Openingsuren
hours-day = Dag
hours-open = Open
hours-closed = Gesloten
hours-span = van { $opens } tot { $closes }
hours-by-appointment = { $span } (alleen op afspraak)
weekday-monday = maandag
weekday-tuesday = dinsdag
weekday-wednesday = woensdag
weekday-thursday = donderdag
weekday-friday = vrijdag
weekday-saturday = zaterdag
weekday-sunday = zondag

## Toegankelijkheidsverklaring
statement-title = Toegankelijkheidsverklaring
statement-intro-region = De Westhoekgemeenten willen dat iedereen deze website kan gebruiken. Dat is ook een plicht voor elke overheid.
statement-intro-municipality = De gemeente { $municipality } wil dat iedereen deze website kan gebruiken. Dat is ook een plicht voor elke overheid.
statement-status-heading = Hoe toegankelijk is deze website?
statement-status = Deze website voldoet gedeeltelijk aan de norm WCAG 2.2, niveau AA. De website is nieuw. We testen hem nog volledig.
statement-testing = We testen elke pagina met een computerprogramma en met de hand. We testen ook zonder JavaScript en met een schermlezer.
statement-known-heading = Wat werkt nog niet goed?
statement-known = We kennen nu geen problemen. Vindt u er toch een? Laat het ons weten.
statement-contact-heading = Een probleem melden
statement-contact-municipality = Stuur een e-mail naar
statement-contact-or-call = of bel
statement-contact-region = Meld het aan uw gemeente.
statement-contact-region-link = Kies uw gemeente.
statement-complaint-heading = Niet tevreden met ons antwoord?
statement-complaint = Dan kunt u een klacht indienen bij de
statement-ombudsman = Vlaamse Ombudsdienst
statement-date = We hebben deze verklaring gemaakt op { $date }.

## Fouten
error-summary-title = Er is een probleem
error-id-label = Foutcode:
error-go-home = Naar de startpagina
error-not-found-title = Deze pagina bestaat niet
error-not-found-text = Kijk het adres na. Of ga naar de startpagina en kies daar uw gemeente.
error-bad-request-title = Deze aanvraag klopt niet
error-bad-request-text = We konden uw aanvraag niet lezen. Er is niets veranderd. Probeer het opnieuw vanaf de startpagina.
error-forbidden-title = Dit mag niet
error-forbidden-text = U hebt hier geen toegang toe, of de aanvraag kwam niet van onze website. Er is niets veranderd. Denkt u dat u wel toegang moet hebben? Vraag het aan de beheerder van uw gemeente.
error-too-many-title = Even geduld
error-too-many-text = U deed te veel aanvragen kort na elkaar. Wacht een minuut en probeer het dan opnieuw.
error-unavailable-title = Deze dienst werkt even niet
error-unavailable-text = Er is een storing. Probeer het over enkele minuten opnieuw. Blijft het probleem? Geef dan de foutcode door aan uw gemeente.
error-internal-title = Er ging iets mis
error-internal-text = Dat is onze fout, niet de uwe. Probeer het later opnieuw. Blijft het probleem? Geef dan de foutcode door aan uw gemeente.
error-network-title = Geen verbinding
error-network-text = We kunnen de website nu niet bereiken. Kijk uw internetverbinding na en probeer het opnieuw.

## Producten en diensten
municipality-catalogue-link = Bekijk wat u kunt regelen in { $municipality }
catalogue-title = Producten en diensten
catalogue-heading = Wat kunt u regelen in { $municipality }?
catalogue-intro = Kies wat er gebeurt in uw leven, of een onderwerp. Of bekijk de hele lijst hieronder.
catalogue-demo = Voorbeeldgegevens: deze producten, prijzen en termijnen zijn niet echt.
catalogue-life-events = Wat gebeurt er in uw leven?
catalogue-themes = Onderwerpen
catalogue-all = Alle producten en diensten
catalogue-show-all = Toon alle producten en diensten
catalogue-count = { $count ->
    [0] Geen producten
    [one] 1 product
   *[other] { $count } producten
}
channel-online = Volledig online
channel-online-with-visit = Online, met één bezoek aan het gemeentehuis
channel-appointment = Op afspraak in het gemeentehuis
channel-counter = Aan het loket in het gemeentehuis
product-here-heading = Zo werkt het in { $municipality }
product-how = Hoe
product-cost = Kostprijs
product-free = Gratis
product-lead-time = Hoe lang duurt het?
product-lead-time-days = { $days ->
    [0] U krijgt het meteen.
    [one] 1 werkdag
   *[other] { $days } werkdagen
}
product-not-offered = { $municipality } biedt dit niet aan. Kijk onderaan hoe het in de andere gemeenten werkt.
product-not-offered-short = Niet aangeboden
product-apply-online = Binnenkort vraagt u dit hier online aan. Tot dan helpt het gemeentehuis u graag.
product-apply-appointment = Maak een afspraak met het gemeentehuis. Bel of mail.
product-apply-counter = Kom langs in het gemeentehuis tijdens de openingsuren.
product-what = Wat is het?
product-for-whom = Voor wie?
product-conditions = Voorwaarden
product-evidence = Wat hebt u nodig?
product-procedure = Hoe gaat het?
product-costs = Wat kost het?
product-elsewhere-heading = In de andere Westhoekgemeenten
product-elsewhere-municipality = Gemeente
product-elsewhere-how = Hoe
product-translation-fallback = Een deel van deze tekst is nog niet vertaald. Dat deel leest u in het Nederlands.
product-topics = Hoort bij:
catalogue-search-label = Zoek een product of dienst
catalogue-search-hint = Bijvoorbeeld paspoort of verhuizen.
catalogue-search-submit = Zoeken
catalogue-results = Resultaten voor “{ $query }”
catalogue-no-results = We vinden niets voor “{ $query }”. Kijk de spelling na, probeer een ander woord of kies een onderwerp.

## Inventaris van de dienstverlening
footer-inventory = Welke diensten zijn online?
inventory-title = Inventaris van de dienstverlening
inventory-heading = Welke diensten bieden de Westhoekgemeenten online aan?
inventory-intro = Hier ziet u per gemeente hoe u elk product aanvraagt. Volledig online, online met één bezoek, op afspraak of aan het loket.
inventory-filter-label = Toon de producten van
inventory-filter-all = Alle onderwerpen
inventory-filter-submit = Toon
inventory-scope-all = Alle onderwerpen:
inventory-scope-topic = { $topic }:
inventory-download = Download de gegevens:
inventory-download-csv = als CSV (voor een rekenblad)
inventory-download-catalogue = Download de hele catalogus (open data, JSON-LD)
inventory-download-json = als JSON
inventory-totals-heading = Per gemeente
inventory-online-share = Deel volledig online
inventory-online-of = { $online } van { $offered }
inventory-region = Hele Westhoek
inventory-matrix-heading = Per product
inventory-matrix-intro = Elke rij is een product, elke kolom een gemeente. Het teken toont hoe u het product aanvraagt.
inventory-product = Product
inventory-code = Code

## De hele regio
region-name = Westhoek
home-catalogue-heading = Wat kunt u regelen?
home-catalogue-text = Zoek een product of dienst in alle Westhoekgemeenten. Daarna ziet u hoe het in uw gemeente werkt.
home-catalogue-link = Bekijk alle producten en diensten
catalogue-heading-region = Wat kunt u regelen in de Westhoek?
catalogue-region-availability = In { $offered } van de { $total } gemeenten. Volledig online in { $online } daarvan.
product-region-here-heading = Hoe werkt het bij u?
product-region-here = Dat hangt af van uw gemeente. De kostprijs en de manier van aanvragen verschillen.
product-region-choose = Kies uw gemeente in de tabel
product-region-heading = In de Westhoekgemeenten
## Zoeksuggesties
suggest-list-label = Suggesties
suggest-count = { $count ->
    [one] 1 suggestie. Gebruik pijl omlaag om te kiezen.
   *[other] { $count } suggesties. Gebruik pijl omlaag om te kiezen.
}
suggest-none = Geen suggesties.

## Aanmelden, sessies en mijn gegevens
account-nav-label = Uw account
account-sign-in = Aanmelden
account-sign-out = Afmelden
account-signed-in-as = Aangemeld als
error-sign-in-required-title = Meld u eerst aan
error-sign-in-required-text = Voor deze pagina moet u aangemeld zijn. Misschien bent u afgemeld omdat u een tijd niets deed. Er is niets veranderd.
error-sign-in-failed-title = Aanmelden is niet gelukt
error-sign-in-failed-text = We konden niet nagaan wie u bent. Er is niets veranderd. Probeer het opnieuw.
error-sign-in-link = Aanmelden
sign-in-title = Aanmelden
sign-in-intro = Meld u aan om uw aanvragen te doen en op te volgen.
sign-in-already = U bent al aangemeld als { $name }.
sign-in-demo-title = Demo: kies een persoon
sign-in-demo-text = Dit is een demo. Deze personen bestaan niet. Kies er een om de website te bekijken zoals die persoon hem ziet.
sign-in-as = Aanmelden als { $name }
sign-in-again = Opnieuw aanmelden
persona-citizen = Inwoner van { $municipality }
persona-guest = Gast zonder Belgische eID (tweede verblijf aan zee)
persona-parent = Ouder van een minderjarig kind
role-clerk = Baliemedewerker
role-team-lead = Teamleider
role-municipal-admin = Beheerder van de gemeente
role-catalogue-editor = Redacteur van de productcatalogus
role-regional-admin = Beheerder van de regio
role-helper = Helper bij de digitale hulp
role-whole-region = hele Westhoek
signed-out-title = U bent afgemeld
signed-out-text = Uw sessie is beëindigd. Gebruikt u een computer van iemand anders? Sluit dan ook de browser.
profile-title = Mijn gegevens
profile-demo = Dit zijn voorbeeldgegevens van een demopersoon.
profile-data-title = Wat we van u weten
profile-name = Naam
profile-rrn = Rijksregisternummer
profile-birth-date = Geboortedatum
profile-municipality = Gemeente waar u woont
profile-email = E-mailadres
profile-language = Taal
profile-unknown = Niet gekend
profile-source-register = Deze gegevens komen uit het Rijksregister. Opgehaald op { $date }.
profile-source-login = Deze gegevens komen van uw aanmelding. Opgehaald op { $date }.
profile-source-guest = Deze gegevens gaf u zelf op. Opgeslagen op { $date }.
profile-login-title = Hoe u bent aangemeld
profile-login-text = U bent aangemeld met { $method }. Zekerheid: { $assurance }.
login-method-acm = eID of itsme
login-method-guest = een code per e-mail
login-method-demo = een demopersoon
assurance-high = hoog
assurance-substantial = substantieel
assurance-low = laag
profile-represented-title = U mag optreden voor
profile-represented-child = uw minderjarig kind
profile-represented-legal = u bent wettelijk vertegenwoordiger
profile-represented-until = tot { $date }
profile-roles-title = Uw rollen als medewerker
sessions-title = Mijn sessies
sessions-intro = Hier ziet u waar u nu aangemeld bent. Een sessie stopt na { $idle } minuten zonder activiteit, en altijd na { $absolute } uur. Kent u een sessie niet? Beëindig ze dan.
sessions-caption = Waar u aangemeld bent
sessions-device = Toestel
sessions-started = Begonnen
sessions-last-seen = Laatst actief
sessions-address = Internetadres
sessions-action = Actie
sessions-current = (deze sessie)
sessions-end = Beëindigen
sessions-end-this = Deze sessie beëindigen en afmelden
sessions-end-other = Sessie op { $device } van { $started } beëindigen
sessions-end-all = Overal afmelden
sessions-ended-one = De sessie is beëindigd.
session-warning = U wordt over { $minutes } { $minutes ->
        [one] minuut
       *[other] minuten
    } afgemeld, omdat u een tijd niets deed.
session-stay = Aangemeld blijven
session-ended = U bent afgemeld, omdat u een tijd niets deed.
session-sign-in-again = Opnieuw aanmelden
sign-in-acm-title = Met eID of itsme
sign-in-acm-text = U meldt zich aan bij de Vlaamse overheid, met uw identiteitskaart, itsme of een code. Daarna komt u hier terug.
sign-in-acm-button = Aanmelden met eID of itsme
roles-title = Rollen van medewerkers
roles-intro = Geef medewerkers de rollen die ze nodig hebben, per gemeente en dienst. Elke wijziging komt in het auditlogboek.
roles-none = Nog geen rol.
roles-revoke = Intrekken
roles-revoke-label = Rol { $role } van { $name } intrekken
roles-role = Rol
roles-place = Waar
roles-department = Dienst (niet verplicht)
roles-grant = Rol geven aan { $name }
roles-granted = De rol is gegeven.
roles-revoked = De rol is ingetrokken.
account-roles-link = Rollen van medewerkers

## Guest sign-in: an e-mail address and a one-time code
sign-in-guest-title = Geen Belgische eID? Meld u aan met uw e-mailadres
sign-in-guest-text = We sturen een code naar uw e-mailadres. Met die code meldt u zich aan. Sommige aanvragen kunt u zo niet doen. Daarvoor hebt u een eID nodig.
sign-in-guest-email-label = E-mailadres
sign-in-guest-email-hint = Bijvoorbeeld naam@voorbeeld.be
sign-in-guest-submit = Stuur mij een code
guest-email-error-empty = Vul uw e-mailadres in.
guest-email-error-too-long = Dit e-mailadres is te lang. Het mag hoogstens { $max } tekens hebben.
guest-email-error-invalid = Vul een e-mailadres in zoals naam@voorbeeld.be.
guest-code-title = Vul uw code in
guest-code-sent = We hebben een code naar uw e-mailadres gestuurd.
guest-code-valid = De code werkt { $minutes } minuten. U kunt de code maar één keer gebruiken.
guest-code-label = Code uit de e-mail
guest-code-hint = De code heeft 6 cijfers.
guest-code-submit = Aanmelden
guest-code-no-mail = Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail.
guest-code-new = Vraag een nieuwe code aan
guest-code-error-format = Vul de 6 cijfers uit de e-mail in.
guest-code-error-wrong = Deze code klopt niet.
guest-code-error-expired = Deze code werkt niet meer. Een code werkt maar even, en maar één keer.
guest-code-error-locked = U hebt te vaak een verkeerde code ingevuld. Deze code werkt niet meer.
guest-mail-subject = Uw code om aan te melden bij e-Westhoek
guest-mail-greeting = Goedendag,
guest-mail-intro = Dit is uw code om aan te melden bij e-Westhoek:
guest-mail-not-you = Hebt u geen code gevraagd? Dan hoeft u niets te doen. Geef deze code aan niemand.
access-title = Wie bekeek mijn gegevens?
access-intro = Hier ziet u wanneer een medewerker uw gegevens bekeek of veranderde, en in welke rol en dienst.
access-none = Nog geen enkele medewerker bekeek of veranderde uw gegevens.
access-caption = Wie uw gegevens bekeek of veranderde
access-when = Wanneer
access-what = Wat
access-who = Wie (rol en dienst)
access-action-role-grant = Gaf u een rol
access-action-role-revoke = Nam een rol van u af
access-action-other = Bekeek of veranderde uw gegevens
profile-download = Al mijn gegevens downloaden (JSON)
profile-end-title = Uw gastaccount beëindigen
profile-end-text = Wilt u dit account niet meer gebruiken? Dan wissen we uw e-mailadres en uw sessies. In het auditlogboek blijft staan dat u het account beëindigde.
profile-end-button = Mijn gastaccount beëindigen
signed-out-account-ended = Uw gastaccount is beëindigd.

## Catalogus beheren (redacteurs en beheerders)
account-catalogue-link = Productcatalogus beheren
editor-title = Productcatalogus beheren
editor-intro = Kies wat u wilt aanpassen. U werkt eerst in een ontwerp. Burgers zien uw wijziging pas als u ze publiceert.
editor-scope-region = Regionale productfiches
editor-scope-municipality = Producten van { $municipality }
editor-region-explained = de teksten, thema's en standaardwaarden voor de hele Westhoek.
editor-back-to-start = Terug naar productcatalogus beheren
editor-back-to-scope = Terug naar { $scope }
editor-back-to-product = Terug naar { $product }
editor-drafts-title = Ontwerpen die nog niet gepubliceerd zijn
editor-draft-saved-by = bewaard door { $name } op { $at }
editor-new-tag = nieuw
editor-products-title = Alle producten ({ $count })
editor-column-product = Product
editor-column-offered = Aangeboden
editor-column-channel = Hoe aanvragen
editor-column-fee = Kosten
editor-column-local = Eigen invulling
editor-column-draft = Ontwerp
editor-column-field = Veld
editor-column-before = Nu
editor-column-after = Na publiceren
editor-yes = ja
editor-no = nee
editor-new-title = Nieuw product toevoegen
editor-new-code = Code voor het webadres
editor-new-code-hint = Alleen kleine letters en koppeltekens, bijvoorbeeld: parkeerkaart-bewoners. U kunt de code later niet meer wijzigen.
editor-new-submit = Ontwerp beginnen
editor-new-bad-code = Schrijf de code met alleen kleine letters (a tot z) en koppeltekens, en met hoogstens { $max } tekens.
editor-new-code-taken = Deze code bestaat al. Kies een andere code.
editor-new-no-title = Vul een titel in, met hoogstens { $max } tekens.
editor-notice-saved = Uw ontwerp is bewaard. Burgers zien het nog niet.
editor-notice-published = Gepubliceerd. Burgers zien de nieuwe versie meteen.
editor-notice-problems = Uw ontwerp is bewaard, maar nog niet gepubliceerd. Los eerst de fouten op.
editor-notice-stale = Iemand anders heeft dit ontwerp intussen gewijzigd. Uw wijziging is niet bewaard. Hieronder ziet u de nieuwste versie.
editor-notice-changed-since = Niet gepubliceerd: iemand anders heeft intussen een andere versie gepubliceerd. Bekijk de verschillen hieronder.
editor-notice-discarded = Het ontwerp is weggegooid.
editor-notice-created = Het ontwerp is begonnen. Vul de fiche aan en publiceer ze.
editor-status-draft = Dit is een ontwerp. Laatst bewaard door { $name } op { $at }.
editor-status-published = U ziet de gepubliceerde versie. Als u bewaart, begint u een ontwerp.
editor-status-new = Dit product is nog niet gepubliceerd.
editor-changed-since-title = Intussen is er een andere versie gepubliceerd
editor-changed-since-text = Dit veranderde sinds uw ontwerp begon. Als u uw ontwerp publiceert, vervangt het deze versie.
editor-changed-since-caption = Wat intussen gepubliceerd is
editor-changes-title = Wat verandert er als u publiceert ({ $count })
editor-changes-caption = Verschillen tussen de gepubliceerde versie en het ontwerp
editor-no-changes = Het ontwerp is gelijk aan de gepubliceerde versie.
editor-general = Algemeen
editor-field-product-type = Soort product
editor-field-min-assurance = Nodige zekerheid bij het aanmelden
editor-field-default-channel = Hoe aanvragen (standaard)
editor-field-default-fee = Kosten in euro (standaard)
editor-field-default-lead-time = Wachttijd in dagen (standaard)
editor-field-topics = Thema's en levensgebeurtenissen
editor-field-title = Titel
editor-field-summary = Korte uitleg
editor-field-description = Beschrijving
editor-field-conditions = Voorwaarden
editor-field-evidence = Wat heeft u nodig
editor-field-procedure = Hoe gaat het
editor-field-costs = Kosten
editor-field-target-groups = Voor wie
editor-field-keywords = Zoekwoorden
editor-field-offered = Aangeboden
editor-field-channel = Hoe aanvragen
editor-field-fee = Kosten in euro
editor-field-lead-time = Wachttijd in dagen
editor-field-note = Eigen uitleg van de gemeente
editor-fee-hint = Bijvoorbeeld 12,50. Schrijf 0 als het gratis is.
editor-days-hint = Een getal, bijvoorbeeld 5. Schrijf 0 als het meteen klaar is.
editor-keywords-hint = Woorden die mensen gebruiken om dit te zoeken. Eén woord of uitdrukking per regel.
editor-texts-in = Teksten in het { $language }
editor-texts-dutch-hint = De Nederlandse tekst is de officiële tekst. Titel en korte uitleg zijn verplicht.
editor-translation = Vertaling in het { $language }
editor-translation-hint = Niet verplicht. Wat u leeg laat, lezen burgers in het Nederlands. Begint u een vertaling, vul dan ook titel en korte uitleg in.
editor-lang-nl = Nederlands
editor-lang-fr = Frans
editor-lang-de = Duits
editor-lang-en = Engels
editor-assurance-none = Geen aanmelding nodig
editor-assurance-low = Laag (bijvoorbeeld e-mail met code)
editor-assurance-substantial = Substantieel (bijvoorbeeld code via app of sms)
editor-assurance-high = Hoog (eID of itsme)
editor-offered-question = Biedt { $municipality } dit product aan?
editor-offered-yes = Ja
editor-offered-no = Nee
editor-how-here = Hoe het hier gaat
editor-as-region-channel = Zoals de regio: { $channel }
editor-local-fee-hint = Leeg laten: zoals de regio ({ $fee }). Anders een bedrag, bijvoorbeeld { $example }.
editor-local-days-hint = Leeg laten: zoals de regio ({ $days } dagen).
editor-note-hint = Iets wat alleen in uw gemeente geldt. Niet verplicht.
editor-overwrite = Ik heb de verschillen bekeken. Publiceer mijn ontwerp toch.
editor-save = Ontwerp bewaren
editor-publish = Bewaren en publiceren
editor-discard = Ontwerp weggooien
editor-history-link = Geschiedenis van deze fiche
editor-public-link = Bekijk de pagina zoals burgers ze zien
editor-value-empty = (leeg)
editor-value-as-region = (zoals de regio)
editor-problem-required = Vul dit in.
editor-problem-too-long = Dit is te lang. Hoogstens { $max } tekens.
editor-problem-not-amount = Schrijf een bedrag in euro, bijvoorbeeld 12,50.
editor-problem-not-days = Schrijf een aantal dagen als getal, bijvoorbeeld 5.
editor-problem-too-high = Dit getal is te hoog.
editor-problem-no-topic = Kies minstens één thema of levensgebeurtenis.
editor-problem-dutch-first = Schrijf eerst de Nederlandse tekst. De andere talen zijn vertalingen ervan.
editor-problem-too-many-keywords = Dit zijn te veel zoekwoorden. Hoogstens 50 per taal.
editor-history-title = Geschiedenis van { $product }
editor-history-empty = Er is nog niets gepubliceerd via de beheerschermen. Wat uit een import komt, staat hier niet.
editor-history-by = Gepubliceerd door { $name }.
editor-history-created = Eerste versie.
editor-history-caption = Wat er veranderde op { $at }
product-type-document = Document
product-type-permit = Vergunning
product-type-attest = Attest
product-type-service = Dienst
product-type-financial = Financiële steun of belasting
product-type-information = Informatie
product-type-registration = Inschrijving of melding

## Hoe zeker de aanmelding moet zijn voor een product
product-sign-in-high = eID of itsme
product-sign-in-substantial = eID, itsme of een andere sterke manier (bijvoorbeeld een code via een app)
product-sign-in-low = eID, itsme of een code per e-mail
product-sign-in-needed = Om dit online aan te vragen, meldt u zich aan met { $level }.
product-sign-in-link = Aanmelden
product-sign-in-enough = U bent aangemeld op een manier die volstaat voor dit product.
product-sign-in-too-low-title = Uw aanmelding volstaat niet voor dit product
product-sign-in-too-low = U bent aangemeld met { $method }. Die zekerheid is { $level }. Voor dit product heeft u { $needed } nodig.
product-sign-in-why-personal = Dat is nodig omdat het over uw persoonlijke of officiële gegevens gaat. Zo zijn we zeker dat niemand anders iets in uw naam aanvraagt.
product-sign-in-why-low = Dat is nodig zodat we u kunnen bereiken over uw aanvraag.
product-sign-in-way-up = Zo lukt het wel: meld u opnieuw aan, met eID of itsme.
product-sign-in-again = Opnieuw aanmelden
product-sign-in-help = Heeft u geen Belgische eID of lukt het niet? De digitale hulp in de bibliotheek of het loket van { $municipality } helpt u.

## Hulp van een helper (digitale hulp)
help-title = Hulp van een helper
help-back-to-profile = Terug naar mijn gegevens
help-intro = Aan de digitale hulp, bijvoorbeeld in de bibliotheek, kan een helper u helpen. Maak hier een code en zeg die aan de helper. Dan mag de helper een tijdje voor u werken. U geeft uw eID of wachtwoord niet af. U kunt de hulp altijd stoppen.
help-code-title = Uw code voor de helper
help-code-until = Zeg deze code aan de helper. De code werkt één keer, tot { $until }.
help-waiting = U heeft een code gemaakt die nog niet gebruikt is. Ze werkt tot { $until }.
help-withdraw-code = Code intrekken
help-active-title = Wie mag u nu helpen
help-active-none = Niemand. Geen enkele helper mag nu voor u werken.
help-active-entry = { $who } mag tot { $until }: { $what }.
help-helper-at = { $name } (digitale hulp { $desk })
help-stop-helper = Hulp van { $name } stoppen
help-stopped = De hulp is gestopt.
help-new-title = Een code maken
help-what = Wat mag de helper doen?
help-scope-view = uw gegevens en aanvragen bekijken
help-scope-apply = uw gegevens en aanvragen bekijken, en aanvragen doen in uw naam
help-how-long = Hoe lang?
help-one-hour = 1 uur
help-one-day = 1 dag
help-one-week = 1 week
help-make-code = Code maken
helper-title = Digitale hulp
helper-intro = Vraag de burger om op e-Westhoek een code te maken bij "Hulp van een helper". Typ die code hier. Dan mag u de burger helpen, zolang de burger dat wil.
helper-code-label = Code van de burger
helper-code-hint = 8 cijfers, bijvoorbeeld 4821 7730.
helper-accept = Hulp beginnen
helper-bad-code = Deze code klopt niet, is al gebruikt of werkt niet meer. Vraag de burger om een nieuwe code.
helper-accepted = De code klopt. U mag deze burger nu helpen.
helper-helping-title = Wie u nu mag helpen
helper-helping-none = Niemand op dit moment.
helper-helping-entry = { $name }, tot { $until }: { $what }.
helper-stop = Hulp aan { $name } stoppen
access-action-help-start = Begon u te helpen, met uw code
access-action-help-end = Stopte met u te helpen
helper-view-data = Gegevens van { $name } bekijken
helped-title = Gegevens van { $name }
helped-banner = U helpt { $name } als helper van de digitale hulp. Met de toestemming van { $name } mag u tot { $until }: { $what }.
helped-back = Terug naar de digitale hulp
helped-municipality = Woont in
helped-represented = Mag ook handelen voor
helped-logged = Elke keer dat u deze gegevens bekijkt, wordt dat bijgehouden. { $name } kan dat zien.
access-action-person-read = Bekeek uw gegevens, met uw toestemming
product-edit-links = Voor redacteurs
product-edit-region = De regionale fiche bewerken
product-edit-here = Bewerken hoe { $municipality } dit aanbiedt
help-active-paper = U tekende daarvoor aan de balie formulier { $reference }.
helper-helping-paper = (toestemming op papier, formulier { $reference })
helper-paper-title = Toestemming op papier
helper-paper-intro = Kan de burger niet aanmelden? Laat de burger dan het formulier voor toestemming tekenen. Kijk de identiteitskaart na. Vul daarna dit formulier in. De burger krijgt een e-mail als we het adres kennen.
helper-paper-rrn-label = Rijksregisternummer van de burger
helper-paper-rrn-hint = Staat op de identiteitskaart. 11 cijfers, bijvoorbeeld 85.07.30-033.28.
helper-paper-rrn-empty = Vul het rijksregisternummer in.
helper-paper-rrn-shape = Een rijksregisternummer heeft 11 cijfers.
helper-paper-rrn-check = Dit rijksregisternummer klopt niet. Kijk de cijfers nog eens na.
helper-paper-unknown = We vinden niemand met dit rijksregisternummer. Kijk de cijfers nog eens na.
helper-paper-self = U kunt geen toestemming vastleggen voor uzelf.
helper-paper-reference-label = Nummer van het formulier
helper-paper-reference-hint = Staat bovenaan op het getekende formulier. Bewaar het formulier.
helper-paper-reference-error = Vul het nummer van het formulier in. Hoogstens 40 tekens.
helper-paper-confirm = Ik zag de identiteitskaart. De burger tekende het formulier zelf.
helper-paper-confirm-error = Bevestig dat u de identiteitskaart zag en dat de burger zelf tekende.
helper-paper-submit = Toestemming vastleggen
helper-paper-recorded = De toestemming is vastgelegd. U mag deze burger nu helpen.
help-paper-mail-subject = Een helper mag u helpen bij e-Westhoek
help-paper-mail-intro = U tekende aan de digitale hulp een toestemming (formulier { $reference }).
help-paper-mail-stop = Wilt u dat niet meer? Stop de hulp op e-Westhoek, bij "Hulp van een helper". Of vraag het aan de digitale hulp.
help-paper-mail-not-you = Tekende u niets? Meld het dan meteen aan de digitale hulp van uw gemeente.
access-action-help-paper = Begon u te helpen, met het formulier dat u tekende
represented-view = Gegevens van { $name } bekijken
represented-title = Gegevens van { $name }
represented-banner-child = U bekijkt dit als ouder van { $name }.
represented-banner-legal = U bekijkt dit als wettelijk vertegenwoordiger van { $name }.
represented-until = U mag voor { $name } optreden tot { $date }.
