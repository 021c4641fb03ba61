# e-Westhoek — English (a translation; the Dutch text is the official one)
# Write short and clear: short sentences, everyday words, one idea per sentence.

site-name = e-Westhoek
skip-to-content = Skip to content
language-switch-label = Choose your language
demo-notice = This is a demo version. The contact details and opening hours are examples.
translation-notice = You are reading a translation. The Dutch text is the official text.
title-error-prefix = Error:
field-error-prefix = Error:

## Footer
footer-heading = About this website
footer-contact-your-municipality = Contact your municipality
footer-contact-municipality = Contact { $municipality }
footer-accessibility = Accessibility
footer-about = e-Westhoek is the digital counter of the 18 municipalities in the Westhoek.

## Home page
home-title = Your municipality online
home-heading = Welcome to e-Westhoek
home-intro = Here you arrange things with your municipality. You do not have to go to the town hall.
home-promise-anytime = You can make a request day and night.
home-promise-follow = You can always see how far your request has got.
home-promise-once = We never ask for what the government already knows.
home-promise-help = Need help? A digital help desk in your municipality is happy to help you.

## Choose a municipality
chooser-heading = Choose your municipality
chooser-label = Postcode or name of your municipality
chooser-hint = For example 8900 or Ieper.
chooser-submit = Search
chooser-postal-codes = Postcodes:
chooser-count-all = { $count ->
    [one] There is 1 municipality.
   *[other] There are { $count } municipalities.
}
chooser-count-found = { $count ->
    [0] No municipality found.
    [one] 1 municipality found.
   *[other] { $count } municipalities found.
}
chooser-show-all = Show all municipalities
chooser-error-too-long = Type { $max } characters at most.
chooser-error-postal-code-digits = A postcode has 4 digits. For example 8900.
chooser-error-postal-code-outside = Postcode { $code } is not in the Westhoek. Choose your municipality from the list.
chooser-error-no-match = We cannot find a municipality called “{ $text }”. Check the name or type your postcode.

## Municipality page
municipality-intro = This is the digital counter of { $municipality }.
municipality-coming = Soon you can also make requests here. Until then, we are happy to help you at the town hall.
municipality-demo-content = Example data: this address, phone number and these opening hours are not real.
municipality-contact-heading = Contact
municipality-address = Address
municipality-town-hall = Town hall
municipality-phone = Phone
municipality-email = Email
municipality-website = Website
municipality-postal-codes = Postcodes
municipality-postal-code-partial = { $code } (part of it)
municipality-hours-heading = Opening hours of the town hall
municipality-statement-link = Accessibility of the pages of { $municipality }

## Opening hours
hours-day = Day
hours-open = Open
hours-closed = Closed
hours-span = from { $opens } to { $closes }
hours-by-appointment = { $span } (by appointment only)
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## Accessibility statement
statement-title = Accessibility statement
statement-intro-region = The Westhoek municipalities want everyone to be able to use this website. Every government must also do this by law.
statement-intro-municipality = The municipality of { $municipality } wants everyone to be able to use this website. Every government must also do this by law.
statement-status-heading = How accessible is this website?
statement-status = This website partly meets the WCAG 2.2 standard, level AA. The website is new. We are still testing all of it.
statement-testing = We test every page with a computer program and by hand. We also test without JavaScript and with a screen reader.
statement-known-heading = What does not work well yet?
statement-known = We do not know of any problems now. Did you find one? Please tell us.
statement-contact-heading = Report a problem
statement-contact-municipality = Send an email to
statement-contact-or-call = or call
statement-contact-region = Report it to your municipality.
statement-contact-region-link = Choose your municipality.
statement-complaint-heading = Not happy with our answer?
statement-complaint = Then you can make a complaint to the
statement-ombudsman = Flemish Ombudsman
statement-date = We made this statement on { $date }.

## Errors
error-summary-title = There is a problem
error-id-label = Error code:
error-go-home = Go to the home page
error-not-found-title = This page does not exist
error-not-found-text = Check the address. Or go to the home page and choose your municipality there.
error-bad-request-title = This request is not right
error-bad-request-text = We could not read your request. Nothing has changed. Try again from the home page.
error-forbidden-title = This is not allowed
error-forbidden-text = You do not have access to this, or the request did not come from our website. Nothing has changed. Think you should have access? Ask your municipality's administrator.
error-too-many-title = Please wait a moment
error-too-many-text = You made too many requests in a short time. Wait a minute and then try again.
error-unavailable-title = This service is not working right now
error-unavailable-text = There is a fault. Try again in a few minutes. Does the problem stay? Then give the error code to your municipality.
error-internal-title = Something went wrong
error-internal-text = That is our fault, not yours. Try again later. Does the problem stay? Then give the error code to your municipality.
error-network-title = No connection
error-network-text = We cannot reach the website now. Check your internet connection and try again.

## Products and services
municipality-catalogue-link = See what you can arrange in { $municipality }
catalogue-title = Products and services
catalogue-heading = What can you arrange in { $municipality }?
catalogue-intro = Choose what is happening in your life, or a topic. Or look at the whole list below.
catalogue-demo = Example data: these products, prices and times are not real.
catalogue-life-events = What is happening in your life?
catalogue-themes = Topics
catalogue-all = All products and services
catalogue-show-all = Show all products and services
catalogue-count = { $count ->
    [0] No products
    [one] 1 product
   *[other] { $count } products
}
channel-online = Fully online
channel-online-with-visit = Online, with one visit to the town hall
channel-appointment = By appointment at the town hall
channel-counter = At the town hall counter
product-here-heading = How it works in { $municipality }
product-how = How
product-cost = Cost
product-free = Free
product-lead-time = How long does it take?
product-lead-time-days = { $days ->
    [0] You get it straight away.
    [one] 1 working day
   *[other] { $days } working days
}
product-not-offered = { $municipality } does not offer this. See below how it works in the other municipalities.
product-not-offered-short = Not offered
product-apply-online = Soon you can apply for this online here. Until then, the town hall is happy to help you.
product-apply-appointment = Make an appointment with the town hall. Call or send an email.
product-apply-counter = Come to the town hall during opening hours.
product-what = What is it?
product-for-whom = Who is it for?
product-conditions = Conditions
product-evidence = What do you need?
product-procedure = How does it work?
product-costs = What does it cost?
product-elsewhere-heading = In the other Westhoek municipalities
product-elsewhere-municipality = Municipality
product-elsewhere-how = How
product-translation-fallback = Part of this text is not translated yet. You read that part in Dutch.
product-topics = Belongs to:
catalogue-search-label = Search for a product or service
catalogue-search-hint = For example passport or moving.
catalogue-search-submit = Search
catalogue-results = Results for “{ $query }”
catalogue-no-results = We cannot find anything for “{ $query }”. Check the spelling, try another word or choose a topic.

## Inventory of services
footer-inventory = Which services are online?
inventory-title = Inventory of services
inventory-heading = Which services do the Westhoek municipalities offer online?
inventory-intro = Here you see, for each municipality, how to apply for each product. Fully online, online with one visit, by appointment or at the counter.
inventory-filter-label = Show the products for
inventory-filter-all = All topics
inventory-filter-submit = Show
inventory-scope-all = All topics:
inventory-scope-topic = { $topic }:
inventory-download = Download the data:
inventory-download-csv = as CSV (for a spreadsheet)
inventory-download-catalogue = Download the whole catalogue (open data, JSON-LD)
inventory-download-json = as JSON
inventory-totals-heading = By municipality
inventory-online-share = Share fully online
inventory-online-of = { $online } of { $offered }
inventory-region = The whole Westhoek
inventory-matrix-heading = By product
inventory-matrix-intro = Each row is a product, each column a municipality. The sign shows how to apply for the product.
inventory-product = Product
inventory-code = Code

## The whole region
region-name = Westhoek
home-catalogue-heading = What can you arrange?
home-catalogue-text = Search for a product or service in all Westhoek municipalities. Then see how it works in your municipality.
home-catalogue-link = See all products and services
catalogue-heading-region = What can you arrange in the Westhoek?
catalogue-region-availability = In { $offered } of the { $total } municipalities. Fully online in { $online } of them.
product-region-here-heading = How does it work for you?
product-region-here = That depends on your municipality. The cost and the way to apply differ.
product-region-choose = Choose your municipality in the table
product-region-heading = In the Westhoek municipalities
## Zoeksuggesties
suggest-list-label = Suggestions
suggest-count = { $count ->
    [one] 1 suggestion. Use the down arrow to choose.
   *[other] { $count } suggestions. Use the down arrow to choose.
}
suggest-none = No suggestions.

## Signing in, sessions and my data
account-nav-label = Your account
account-sign-in = Sign in
account-sign-out = Sign out
account-signed-in-as = Signed in as
error-sign-in-required-title = Please sign in first
error-sign-in-required-text = You need to be signed in for this page. Perhaps you were signed out because you did nothing for a while. Nothing has changed.
error-sign-in-failed-title = Signing in did not work
error-sign-in-failed-text = We could not check who you are. Nothing has changed. Please try again.
error-sign-in-link = Sign in
sign-in-title = Sign in
sign-in-intro = Sign in to make your requests and follow them.
sign-in-already = You are already signed in as { $name }.
sign-in-demo-title = Demo: choose a person
sign-in-demo-text = This is a demo. These people do not exist. Choose one to see the website as that person sees it.
sign-in-as = Sign in as { $name }
sign-in-again = Sign in again
persona-citizen = Lives in { $municipality }
persona-guest = Guest without a Belgian eID (second home at the coast)
persona-parent = Parent of a minor child
role-clerk = Counter clerk
role-team-lead = Team lead
role-municipal-admin = Municipal administrator
role-catalogue-editor = Product catalogue editor
role-regional-admin = Regional administrator
role-helper = Digital help desk helper
role-whole-region = whole Westhoek
signed-out-title = You are signed out
signed-out-text = Your session has ended. Are you using someone else's computer? Then close the browser too.
profile-title = My data
profile-demo = This is example data of a demo person.
profile-data-title = What we know about you
profile-name = Name
profile-rrn = National register number
profile-birth-date = Date of birth
profile-municipality = Municipality where you live
profile-email = Email address
profile-language = Language
profile-unknown = Not known
profile-source-register = This data comes from the National Register. Fetched on { $date }.
profile-source-login = This data comes from your sign-in. Fetched on { $date }.
profile-source-guest = You gave this data yourself. Saved on { $date }.
profile-login-title = How you signed in
profile-login-text = You signed in with { $method }. Assurance: { $assurance }.
login-method-acm = eID or itsme
login-method-guest = a code by email
login-method-demo = a demo person
assurance-high = high
assurance-substantial = substantial
assurance-low = low
profile-represented-title = You may act for
profile-represented-child = your minor child
profile-represented-legal = you are the legal representative
profile-represented-until = until { $date }
profile-roles-title = Your staff roles
sessions-title = My sessions
sessions-intro = Here you see where you are signed in. A session stops after { $idle } minutes without activity, and always after { $absolute } hours. Do you not recognise a session? Then end it.
sessions-caption = Where you are signed in
sessions-device = Device
sessions-started = Started
sessions-last-seen = Last active
sessions-address = Internet address
sessions-action = Action
sessions-current = (this session)
sessions-end = End
sessions-end-this = End this session and sign out
sessions-end-other = End the session on { $device } from { $started }
sessions-end-all = Sign out everywhere
sessions-ended-one = The session has ended.
session-warning = You will be signed out in { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } because you did nothing for a while.
session-stay = Stay signed in
session-ended = You are signed out because you did nothing for a while.
session-sign-in-again = Sign in again
sign-in-acm-title = With eID or itsme
sign-in-acm-text = You sign in with the Flemish government, using your identity card, itsme or a code. Then you come back here.
sign-in-acm-button = Sign in with eID or itsme
roles-title = Staff roles
roles-intro = Give staff the roles they need, per municipality and department. Every change goes into the audit log.
roles-none = No role yet.
roles-revoke = Withdraw
roles-revoke-label = Withdraw the role { $role } from { $name }
roles-role = Role
roles-place = Where
roles-department = Department (optional)
roles-grant = Give a role to { $name }
roles-granted = The role has been given.
roles-revoked = The role has been withdrawn.
account-roles-link = Staff roles

## Guest sign-in: an e-mail address and a one-time code
sign-in-guest-title = No Belgian eID? Sign in with your email address
sign-in-guest-text = We send a code to your email address. You sign in with that code. Some applications are not possible this way. For those you need an eID.
sign-in-guest-email-label = Email address
sign-in-guest-email-hint = For example name@example.be
sign-in-guest-submit = Send me a code
guest-email-error-empty = Enter your email address.
guest-email-error-too-long = This email address is too long. It can have at most { $max } characters.
guest-email-error-invalid = Enter an email address like name@example.be.
guest-code-title = Enter your code
guest-code-sent = We have sent a code to your email address.
guest-code-valid = The code works for { $minutes } minutes. You can use it only once.
guest-code-label = Code from the email
guest-code-hint = The code has 6 digits.
guest-code-submit = Sign in
guest-code-no-mail = No email? Also look in your junk mail.
guest-code-new = Ask for a new code
guest-code-error-format = Enter the 6 digits from the email.
guest-code-error-wrong = This code is not right.
guest-code-error-expired = This code no longer works. A code works only for a short time, and only once.
guest-code-error-locked = You entered a wrong code too many times. This code no longer works.
guest-mail-subject = Your code to sign in to e-Westhoek
guest-mail-greeting = Hello,
guest-mail-intro = This is your code to sign in to e-Westhoek:
guest-mail-not-you = Did you not ask for a code? Then you do not need to do anything. Do not give this code to anyone.
access-title = Who viewed my data?
access-intro = Here you see when a member of staff viewed or changed your data, and in which role and department.
access-none = No member of staff has viewed or changed your data yet.
access-caption = Who viewed or changed your data
access-when = When
access-what = What
access-who = Who (role and department)
access-action-role-grant = Gave you a role
access-action-role-revoke = Withdrew a role from you
access-action-other = Viewed or changed your data
profile-download = Download all my data (JSON)
profile-end-title = End your guest account
profile-end-text = Don't want to use this account any more? Then we delete your email address and your sessions. The audit log keeps a note that you ended the account.
profile-end-button = End my guest account
signed-out-account-ended = Your guest account has ended.

## Managing the catalogue (editors and admins)
account-catalogue-link = Manage the product catalogue
editor-title = Manage the product catalogue
editor-intro = Choose what you want to change. You work in a draft first. People only see your change once you publish it.
editor-scope-region = Regional product pages
editor-scope-municipality = Products of { $municipality }
editor-region-explained = the texts, themes and default values for the whole Westhoek.
editor-back-to-start = Back to managing the product catalogue
editor-back-to-scope = Back to { $scope }
editor-back-to-product = Back to { $product }
editor-drafts-title = Drafts not published yet
editor-draft-saved-by = saved by { $name } on { $at }
editor-new-tag = new
editor-products-title = All products ({ $count })
editor-column-product = Product
editor-column-offered = Offered
editor-column-channel = How to apply
editor-column-fee = Cost
editor-column-local = Own version
editor-column-draft = Draft
editor-column-field = Field
editor-column-before = Now
editor-column-after = After publishing
editor-yes = yes
editor-no = no
editor-new-title = Add a new product
editor-new-code = Code for the web address
editor-new-code-hint = Only lower-case letters and hyphens, for example: parkeerkaart-bewoners. You cannot change the code later.
editor-new-submit = Start a draft
editor-new-bad-code = Write the code with only lower-case letters (a to z) and hyphens, and at most { $max } characters.
editor-new-code-taken = This code already exists. Choose another code.
editor-new-no-title = Enter a title of at most { $max } characters.
editor-notice-saved = Your draft is saved. People do not see it yet.
editor-notice-published = Published. People see the new version straight away.
editor-notice-problems = Your draft is saved, but not published yet. Fix the errors first.
editor-notice-stale = Someone else changed this draft in the meantime. Your change is not saved. Below is the newest version.
editor-notice-changed-since = Not published: someone else published another version in the meantime. Look at the differences below.
editor-notice-discarded = The draft was thrown away.
editor-notice-created = The draft is started. Complete the page and publish it.
editor-status-draft = This is a draft. Last saved by { $name } on { $at }.
editor-status-published = You see the published version. Saving starts a draft.
editor-status-new = This product is not published yet.
editor-changed-since-title = Another version was published in the meantime
editor-changed-since-text = This changed since your draft began. If you publish your draft, it replaces this version.
editor-changed-since-caption = What was published in the meantime
editor-changes-title = What changes if you publish ({ $count })
editor-changes-caption = Differences between the published version and the draft
editor-no-changes = The draft is the same as the published version.
editor-general = General
editor-field-product-type = Kind of product
editor-field-min-assurance = Sign-in security needed
editor-field-default-channel = How to apply (default)
editor-field-default-fee = Cost in euro (default)
editor-field-default-lead-time = Waiting time in days (default)
editor-field-topics = Themes and life events
editor-field-title = Title
editor-field-summary = Short explanation
editor-field-description = Description
editor-field-conditions = Conditions
editor-field-evidence = What you need
editor-field-procedure = How it works
editor-field-costs = Cost
editor-field-target-groups = Who it is for
editor-field-keywords = Search words
editor-field-offered = Offered
editor-field-channel = How to apply
editor-field-fee = Cost in euro
editor-field-lead-time = Waiting time in days
editor-field-note = The municipality's own explanation
editor-fee-hint = For example 12,50. Write 0 if it is free.
editor-days-hint = A number, for example 5. Write 0 if it is ready straight away.
editor-keywords-hint = Words people use to look for it. One word or phrase per line.
editor-texts-in = Texts in { $language }
editor-texts-dutch-hint = The Dutch text is the official text. Title and short explanation are required.
editor-translation = Translation into { $language }
editor-translation-hint = Not required. What you leave empty, people read in Dutch. If you start a translation, fill in the title and short explanation too.
editor-lang-nl = Dutch
editor-lang-fr = French
editor-lang-de = German
editor-lang-en = English
editor-assurance-none = No sign-in needed
editor-assurance-low = Low (for example e-mail with a code)
editor-assurance-substantial = Substantial (for example a code by app or text message)
editor-assurance-high = High (eID or itsme)
editor-offered-question = Does { $municipality } offer this product?
editor-offered-yes = Yes
editor-offered-no = No
editor-how-here = How it works here
editor-as-region-channel = As the region: { $channel }
editor-local-fee-hint = Leave empty: as the region ({ $fee }). Otherwise an amount, for example { $example }.
editor-local-days-hint = Leave empty: as the region ({ $days } days).
editor-note-hint = Something that only applies in your municipality. Not required.
editor-overwrite = I have looked at the differences. Publish my draft anyway.
editor-save = Save draft
editor-publish = Save and publish
editor-discard = Throw the draft away
editor-history-link = History of this page
editor-public-link = See the page as people see it
editor-value-empty = (empty)
editor-value-as-region = (as the region)
editor-problem-required = Fill this in.
editor-problem-too-long = This is too long. At most { $max } characters.
editor-problem-not-amount = Write an amount in euro, for example 12,50.
editor-problem-not-days = Write a number of days in figures, for example 5.
editor-problem-too-high = This number is too high.
editor-problem-no-topic = Choose at least one theme or life event.
editor-problem-dutch-first = Write the Dutch text first. The other languages are translations of it.
editor-problem-too-many-keywords = These are too many search words. At most 50 per language.
editor-history-title = History of { $product }
editor-history-empty = Nothing has been published through the management pages yet. What comes from an import is not listed here.
editor-history-by = Published by { $name }.
editor-history-created = First version.
editor-history-caption = What changed on { $at }
product-type-document = Document
product-type-permit = Permit
product-type-attest = Certificate
product-type-service = Service
product-type-financial = Financial support or tax
product-type-information = Information
product-type-registration = Registration or notification

## How sure the sign-in must be for a product
product-sign-in-high = eID or itsme
product-sign-in-substantial = eID, itsme or another strong way (for example a code by app)
product-sign-in-low = eID, itsme or a code by e-mail
product-sign-in-needed = To apply for this online, sign in with { $level }.
product-sign-in-link = Sign in
product-sign-in-enough = You are signed in in a way that is enough for this product.
product-sign-in-too-low-title = Your sign-in is not enough for this product
product-sign-in-too-low = You signed in with { $method }. That level of security is { $level }. For this product you need { $needed }.
product-sign-in-why-personal = This is needed because it concerns your personal or official data. That way we are sure nobody else applies in your name.
product-sign-in-why-low = This is needed so we can reach you about your application.
product-sign-in-way-up = This is how it works: sign in again, with eID or itsme.
product-sign-in-again = Sign in again
product-sign-in-help = No Belgian eID, or it does not work? The digital help desk at the library or the counter of { $municipality } can help you.

## Help from a helper (digital help desk)
help-title = Help from a helper
help-back-to-profile = Back to my data
help-intro = At the digital help desk, for example in the library, a helper can help you. Make a code here and tell it to the helper. Then the helper may act for you for a while. You do not hand over your eID or password. You can stop the help at any time.
help-code-title = Your code for the helper
help-code-until = Tell this code to the helper. It works once, until { $until }.
help-waiting = You made a code that has not been used yet. It works until { $until }.
help-withdraw-code = Withdraw the code
help-active-title = Who may help you now
help-active-none = Nobody. No helper may act for you now.
help-active-entry = { $who } may, until { $until }: { $what }.
help-helper-at = { $name } (digital help desk { $desk })
help-stop-helper = Stop the help of { $name }
help-stopped = The help has stopped.
help-new-title = Make a code
help-what = What may the helper do?
help-scope-view = look at your data and applications
help-scope-apply = look at your data and applications, and apply in your name
help-how-long = For how long?
help-one-hour = 1 hour
help-one-day = 1 day
help-one-week = 1 week
help-make-code = Make a code
helper-title = Digital help desk
helper-intro = Ask the citizen to make a code on e-Westhoek under "Help from a helper". Type that code here. Then you may help them, as long as they want.
helper-code-label = The citizen's code
helper-code-hint = 8 digits, for example 4821 7730.
helper-accept = Start helping
helper-bad-code = This code is wrong, already used or no longer works. Ask the citizen for a new code.
helper-accepted = The code is right. You may help this citizen now.
helper-helping-title = Whom you may help now
helper-helping-none = Nobody at the moment.
helper-helping-entry = { $name }, until { $until }: { $what }.
helper-stop = Stop helping { $name }
access-action-help-start = Started helping you, with your code
access-action-help-end = Stopped helping you
helper-view-data = See the data of { $name }
helped-title = Data of { $name }
helped-banner = You are helping { $name } as a helper at the digital help desk. With the consent of { $name } you may, until { $until }: { $what }.
helped-back = Back to the digital help desk
helped-municipality = Lives in
helped-represented = May also act for
helped-logged = Every time you look at this data, it is recorded. { $name } can see that.
access-action-person-read = Looked at your data, with your consent
product-edit-links = For editors
product-edit-region = Edit the regional page
product-edit-here = Edit how { $municipality } offers this
help-active-paper = For this, you signed form { $reference } at the desk.
helper-helping-paper = (consent on paper, form { $reference })
helper-paper-title = Consent on paper
helper-paper-intro = The citizen cannot sign in? Then let them sign the consent form. Check the identity card. Then fill in this form. The citizen gets an e-mail if we know their address.
helper-paper-rrn-label = The citizen's national register number
helper-paper-rrn-hint = It is on the identity card. 11 digits, for example 85.07.30-033.28.
helper-paper-rrn-empty = Enter the national register number.
helper-paper-rrn-shape = A national register number has 11 digits.
helper-paper-rrn-check = This national register number is not right. Check the digits again.
helper-paper-unknown = We find no one with this national register number. Check the digits again.
helper-paper-self = You cannot record a consent for yourself.
helper-paper-reference-label = Number of the form
helper-paper-reference-hint = It is at the top of the signed form. Keep the form.
helper-paper-reference-error = Enter the number of the form. At most 40 characters.
helper-paper-confirm = I saw the identity card. The citizen signed the form themselves.
helper-paper-confirm-error = Confirm that you saw the identity card and that the citizen signed themselves.
helper-paper-submit = Record the consent
helper-paper-recorded = The consent is recorded. You may now help this citizen.
help-paper-mail-subject = A helper may help you on e-Westhoek
help-paper-mail-intro = You signed a consent at the digital help desk (form { $reference }).
help-paper-mail-stop = You no longer want this? Stop the help on e-Westhoek, under "Help from a helper". Or ask the digital help desk.
help-paper-mail-not-you = You did not sign anything? Tell the digital help desk of your municipality straight away.
access-action-help-paper = Started helping you, with the form you signed
represented-view = View the data of { $name }
represented-title = Data of { $name }
represented-banner-child = You see this as the parent of { $name }.
represented-banner-legal = You see this as the legal representative of { $name }.
represented-until = You may act for { $name } until { $date }.
