# e-Westhoek — Français (une traduction ; le texte néerlandais est le texte officiel)
# Écrivez court et clair : phrases courtes, mots de tous les jours, une idée par phrase.

site-name = e-Westhoek
skip-to-content = Aller au contenu
language-switch-label = Choisissez votre langue
demo-notice = Ceci est une version de démonstration. Les coordonnées et les heures d’ouverture sont des exemples.
translation-notice = Vous lisez une traduction. Le texte néerlandais est le texte officiel.
title-error-prefix = Erreur :
field-error-prefix = Erreur :

## Pied de page
footer-heading = À propos de ce site
footer-contact-your-municipality = Contacter votre commune
footer-contact-municipality = Contacter { $municipality }
footer-accessibility = Accessibilité
footer-about = e-Westhoek est le guichet numérique des 18 communes du Westhoek.

## Page d’accueil
home-title = Votre commune en ligne
home-heading = Bienvenue sur e-Westhoek
home-intro = Ici, vous réglez vos démarches avec votre commune. Vous ne devez pas vous rendre à la maison communale.
home-promise-anytime = Vous pouvez faire une demande jour et nuit.
home-promise-follow = Vous voyez toujours où en est votre demande.
home-promise-once = Nous ne vous demandons rien que l’administration sait déjà.
home-promise-help = Besoin d’aide ? Un point d’aide numérique de votre commune vous aide volontiers.

## Choisir une commune
chooser-heading = Choisissez votre commune
chooser-label = Code postal ou nom de votre commune
chooser-hint = Par exemple 8900 ou Ieper.
chooser-submit = Rechercher
chooser-postal-codes = Codes postaux :
chooser-count-all = { $count ->
    [one] Il y a 1 commune.
   *[other] Il y a { $count } communes.
}
chooser-count-found = { $count ->
    [0] Aucune commune trouvée.
    [one] 1 commune trouvée.
   *[other] { $count } communes trouvées.
}
chooser-show-all = Afficher toutes les communes
chooser-error-too-long = Tapez { $max } caractères au maximum.
chooser-error-postal-code-digits = Un code postal a 4 chiffres. Par exemple 8900.
chooser-error-postal-code-outside = Le code postal { $code } n’est pas dans le Westhoek. Choisissez votre commune dans la liste.
chooser-error-no-match = Nous ne trouvons pas de commune « { $text } ». Vérifiez le nom ou tapez votre code postal.

## Page d’une commune
municipality-intro = Voici le guichet numérique de { $municipality }.
municipality-coming = Bientôt, vous pourrez aussi faire vos demandes ici. En attendant, nous vous aidons volontiers à la maison communale.
municipality-demo-content = Données d’exemple : cette adresse, ce numéro de téléphone et ces heures d’ouverture ne sont pas réels.
municipality-contact-heading = Contact
municipality-address = Adresse
municipality-town-hall = Maison communale
municipality-phone = Téléphone
municipality-email = E-mail
municipality-website = Site web
municipality-postal-codes = Codes postaux
municipality-postal-code-partial = { $code } (en partie)
municipality-hours-heading = Heures d’ouverture de la maison communale
municipality-statement-link = Accessibilité des pages de { $municipality }

## Heures d’ouverture
hours-day = Jour
hours-open = Ouvert
hours-closed = Fermé
hours-span = de { $opens } à { $closes }
hours-by-appointment = { $span } (uniquement sur rendez-vous)
weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche

## Déclaration d’accessibilité
statement-title = Déclaration d’accessibilité
statement-intro-region = Les communes du Westhoek veulent que tout le monde puisse utiliser ce site. C’est aussi une obligation pour chaque administration.
statement-intro-municipality = La commune de { $municipality } veut que tout le monde puisse utiliser ce site. C’est aussi une obligation pour chaque administration.
statement-status-heading = Ce site est-il accessible ?
statement-status = Ce site respecte en partie la norme WCAG 2.2, niveau AA. Le site est nouveau. Nous le testons encore entièrement.
statement-testing = Nous testons chaque page avec un programme informatique et à la main. Nous testons aussi sans JavaScript et avec un lecteur d’écran.
statement-known-heading = Qu’est-ce qui ne fonctionne pas encore bien ?
statement-known = Nous ne connaissons aucun problème pour le moment. Vous en trouvez un ? Dites-le-nous.
statement-contact-heading = Signaler un problème
statement-contact-municipality = Envoyez un e-mail à
statement-contact-or-call = ou appelez le
statement-contact-region = Signalez-le à votre commune.
statement-contact-region-link = Choisissez votre commune.
statement-complaint-heading = Pas satisfait de notre réponse ?
statement-complaint = Vous pouvez alors porter plainte auprès du
statement-ombudsman = Service de médiation flamand (Vlaamse Ombudsdienst)
statement-date = Nous avons rédigé cette déclaration le { $date }.

## Erreurs
error-summary-title = Il y a un problème
error-id-label = Code d’erreur :
error-go-home = Vers la page d’accueil
error-not-found-title = Cette page n’existe pas
error-not-found-text = Vérifiez l’adresse. Ou allez à la page d’accueil et choisissez-y votre commune.
error-bad-request-title = Cette demande n’est pas correcte
error-bad-request-text = Nous n’avons pas pu lire votre demande. Rien n’a changé. Réessayez depuis la page d’accueil.
error-forbidden-title = Ce n’est pas permis
error-forbidden-text = Vous n’avez pas accès à ceci, ou la demande ne venait pas de notre site. Rien n’a changé. Vous pensez devoir y avoir accès ? Demandez-le à l’administrateur de votre commune.
error-too-many-title = Un instant, s’il vous plaît
error-too-many-text = Vous avez fait trop de demandes en peu de temps. Attendez une minute, puis réessayez.
error-unavailable-title = Ce service ne fonctionne pas pour le moment
error-unavailable-text = Il y a une panne. Réessayez dans quelques minutes. Le problème persiste ? Donnez alors le code d’erreur à votre commune.
error-internal-title = Quelque chose s’est mal passé
error-internal-text = C’est notre faute, pas la vôtre. Réessayez plus tard. Le problème persiste ? Donnez alors le code d’erreur à votre commune.
error-network-title = Pas de connexion
error-network-text = Nous ne pouvons pas joindre le site pour le moment. Vérifiez votre connexion internet et réessayez.

## Produits et services
municipality-catalogue-link = Voir ce que vous pouvez régler à { $municipality }
catalogue-title = Produits et services
catalogue-heading = Que pouvez-vous régler à { $municipality } ?
catalogue-intro = Choisissez ce qui se passe dans votre vie, ou un sujet. Ou consultez toute la liste ci-dessous.
catalogue-demo = Données d’exemple : ces produits, prix et délais ne sont pas réels.
catalogue-life-events = Que se passe-t-il dans votre vie ?
catalogue-themes = Sujets
catalogue-all = Tous les produits et services
catalogue-show-all = Afficher tous les produits et services
catalogue-count = { $count ->
    [0] Aucun produit
    [one] 1 produit
   *[other] { $count } produits
}
channel-online = Entièrement en ligne
channel-online-with-visit = En ligne, avec une visite à la maison communale
channel-appointment = Sur rendez-vous à la maison communale
channel-counter = Au guichet de la maison communale
product-here-heading = Comment cela se passe à { $municipality }
product-how = Comment
product-cost = Prix
product-free = Gratuit
product-lead-time = Combien de temps faut-il ?
product-lead-time-days = { $days ->
    [0] Vous l’obtenez tout de suite.
    [one] 1 jour ouvrable
   *[other] { $days } jours ouvrables
}
product-not-offered = { $municipality } ne propose pas ce service. Voyez plus bas comment cela se passe dans les autres communes.
product-not-offered-short = Pas proposé
product-apply-online = Bientôt, vous pourrez le demander ici en ligne. En attendant, la maison communale vous aide volontiers.
product-apply-appointment = Prenez rendez-vous avec la maison communale. Appelez ou envoyez un e-mail.
product-apply-counter = Passez à la maison communale pendant les heures d’ouverture.
product-what = De quoi s’agit-il ?
product-for-whom = Pour qui ?
product-conditions = Conditions
product-evidence = De quoi avez-vous besoin ?
product-procedure = Comment cela se passe-t-il ?
product-costs = Combien cela coûte-t-il ?
product-elsewhere-heading = Dans les autres communes du Westhoek
product-elsewhere-municipality = Commune
product-elsewhere-how = Comment
product-translation-fallback = Une partie de ce texte n’est pas encore traduite. Vous lisez cette partie en néerlandais.
product-topics = Fait partie de :
catalogue-search-label = Chercher un produit ou un service
catalogue-search-hint = Par exemple passeport ou déménagement.
catalogue-search-submit = Rechercher
catalogue-results = Résultats pour « { $query } »
catalogue-no-results = Nous ne trouvons rien pour « { $query } ». Vérifiez l’orthographe, essayez un autre mot ou choisissez un sujet.

## Inventaire des services
footer-inventory = Quels services sont en ligne ?
inventory-title = Inventaire des services
inventory-heading = Quels services les communes du Westhoek proposent-elles en ligne ?
inventory-intro = Vous voyez ici, commune par commune, comment demander chaque produit. Entièrement en ligne, en ligne avec une visite, sur rendez-vous ou au guichet.
inventory-filter-label = Afficher les produits de
inventory-filter-all = Tous les sujets
inventory-filter-submit = Afficher
inventory-scope-all = Tous les sujets :
inventory-scope-topic = { $topic } :
inventory-download = Télécharger les données :
inventory-download-csv = en CSV (pour un tableur)
inventory-download-catalogue = Télécharger tout le catalogue (données ouvertes, JSON-LD)
inventory-download-json = en JSON
inventory-totals-heading = Par commune
inventory-online-share = Part entièrement en ligne
inventory-online-of = { $online } sur { $offered }
inventory-region = Tout le Westhoek
inventory-matrix-heading = Par produit
inventory-matrix-intro = Chaque ligne est un produit, chaque colonne une commune. Le signe montre comment demander le produit.
inventory-product = Produit
inventory-code = Code

## Toute la région
region-name = Westhoek
home-catalogue-heading = Que pouvez-vous faire ?
home-catalogue-text = Cherchez un produit ou un service dans toutes les communes du Westhoek. Vous verrez ensuite comment cela se passe dans votre commune.
home-catalogue-link = Voir tous les produits et services
catalogue-heading-region = Que pouvez-vous faire dans le Westhoek ?
catalogue-region-availability = Dans { $offered } des { $total } communes. Entièrement en ligne dans { $online } d’entre elles.
product-region-here-heading = Comment cela se passe-t-il chez vous ?
product-region-here = Cela dépend de votre commune. Le prix et la façon de faire la demande varient.
product-region-choose = Choisissez votre commune dans le tableau
product-region-heading = Dans les communes du Westhoek
## Zoeksuggesties
suggest-list-label = Suggestions
suggest-count = { $count ->
    [one] 1 suggestion. Utilisez la flèche vers le bas pour choisir.
   *[other] { $count } suggestions. Utilisez la flèche vers le bas pour choisir.
}
suggest-none = Aucune suggestion.

## Connexion, sessions et mes données
account-nav-label = Votre compte
account-sign-in = Se connecter
account-sign-out = Se déconnecter
account-signed-in-as = Connecté en tant que
error-sign-in-required-title = Connectez-vous d'abord
error-sign-in-required-text = Pour cette page, vous devez être connecté. Vous avez peut-être été déconnecté après un moment sans activité. Rien n'a été modifié.
error-sign-in-failed-title = La connexion n'a pas réussi
error-sign-in-failed-text = Nous n'avons pas pu vérifier qui vous êtes. Rien n'a été modifié. Réessayez.
error-sign-in-link = Se connecter
sign-in-title = Se connecter
sign-in-intro = Connectez-vous pour faire vos demandes et les suivre.
sign-in-already = Vous êtes déjà connecté en tant que { $name }.
sign-in-demo-title = Démo : choisissez une personne
sign-in-demo-text = Ceci est une démo. Ces personnes n'existent pas. Choisissez-en une pour voir le site comme elle le voit.
sign-in-as = Se connecter en tant que { $name }
sign-in-again = Se reconnecter
persona-citizen = Habitant de { $municipality }
persona-guest = Invité sans eID belge (seconde résidence à la côte)
persona-parent = Parent d'un enfant mineur
role-clerk = Agent au guichet
role-team-lead = Chef d'équipe
role-municipal-admin = Administrateur de la commune
role-catalogue-editor = Rédacteur du catalogue de produits
role-regional-admin = Administrateur de la région
role-helper = Assistant à l'aide numérique
role-whole-region = tout le Westhoek
signed-out-title = Vous êtes déconnecté
signed-out-text = Votre session est terminée. Vous utilisez l'ordinateur de quelqu'un d'autre ? Fermez aussi le navigateur.
profile-title = Mes données
profile-demo = Ce sont des données d'exemple d'une personne de démo.
profile-data-title = Ce que nous savons de vous
profile-name = Nom
profile-rrn = Numéro de registre national
profile-birth-date = Date de naissance
profile-municipality = Commune où vous habitez
profile-email = Adresse e-mail
profile-language = Langue
profile-unknown = Inconnu
profile-source-register = Ces données viennent du Registre national. Obtenues le { $date }.
profile-source-login = Ces données viennent de votre connexion. Obtenues le { $date }.
profile-source-guest = Vous avez donné ces données vous-même. Enregistrées le { $date }.
profile-login-title = Comment vous êtes connecté
profile-login-text = Vous êtes connecté avec { $method }. Niveau de garantie : { $assurance }.
login-method-acm = eID ou itsme
login-method-guest = un code par e-mail
login-method-demo = une personne de démo
assurance-high = élevé
assurance-substantial = substantiel
assurance-low = faible
profile-represented-title = Vous pouvez agir pour
profile-represented-child = votre enfant mineur
profile-represented-legal = vous êtes représentant légal
profile-represented-until = jusqu'au { $date }
profile-roles-title = Vos rôles de collaborateur
sessions-title = Mes sessions
sessions-intro = Vous voyez ici où vous êtes connecté. Une session s'arrête après { $idle } minutes sans activité, et toujours après { $absolute } heures. Vous ne reconnaissez pas une session ? Terminez-la.
sessions-caption = Où vous êtes connecté
sessions-device = Appareil
sessions-started = Commencée
sessions-last-seen = Dernière activité
sessions-address = Adresse internet
sessions-action = Action
sessions-current = (cette session)
sessions-end = Terminer
sessions-end-this = Terminer cette session et se déconnecter
sessions-end-other = Terminer la session sur { $device } du { $started }
sessions-end-all = Se déconnecter partout
sessions-ended-one = La session est terminée.
session-warning = Vous serez déconnecté dans { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, car vous n'avez rien fait depuis un moment.
session-stay = Rester connecté
session-ended = Vous êtes déconnecté, car vous n'avez rien fait depuis un moment.
session-sign-in-again = Se reconnecter
sign-in-acm-title = Avec eID ou itsme
sign-in-acm-text = Vous vous connectez auprès des autorités flamandes, avec votre carte d'identité, itsme ou un code. Ensuite, vous revenez ici.
sign-in-acm-button = Se connecter avec eID ou itsme
roles-title = Rôles des collaborateurs
roles-intro = Donnez aux collaborateurs les rôles dont ils ont besoin, par commune et par service. Chaque modification est inscrite dans le journal d'audit.
roles-none = Pas encore de rôle.
roles-revoke = Retirer
roles-revoke-label = Retirer le rôle { $role } de { $name }
roles-role = Rôle
roles-place = Où
roles-department = Service (facultatif)
roles-grant = Donner un rôle à { $name }
roles-granted = Le rôle a été donné.
roles-revoked = Le rôle a été retiré.
account-roles-link = Rôles des collaborateurs

## Guest sign-in: an e-mail address and a one-time code
sign-in-guest-title = Pas d'eID belge ? Connectez-vous avec votre adresse e-mail
sign-in-guest-text = Nous envoyons un code à votre adresse e-mail. Avec ce code, vous vous connectez. Certaines demandes ne sont pas possibles de cette façon. Pour celles-là, il vous faut une eID.
sign-in-guest-email-label = Adresse e-mail
sign-in-guest-email-hint = Par exemple nom@exemple.be
sign-in-guest-submit = Envoyez-moi un code
guest-email-error-empty = Indiquez votre adresse e-mail.
guest-email-error-too-long = Cette adresse e-mail est trop longue. Elle peut avoir { $max } caractères au maximum.
guest-email-error-invalid = Indiquez une adresse e-mail comme nom@exemple.be.
guest-code-title = Indiquez votre code
guest-code-sent = Nous avons envoyé un code à votre adresse e-mail.
guest-code-valid = Le code est valable { $minutes } minutes. Vous ne pouvez l'utiliser qu'une seule fois.
guest-code-label = Code reçu par e-mail
guest-code-hint = Le code a 6 chiffres.
guest-code-submit = Se connecter
guest-code-no-mail = Pas reçu d'e-mail ? Regardez aussi dans vos courriers indésirables.
guest-code-new = Demander un nouveau code
guest-code-error-format = Indiquez les 6 chiffres de l'e-mail.
guest-code-error-wrong = Ce code n'est pas correct.
guest-code-error-expired = Ce code ne fonctionne plus. Un code n'est valable que peu de temps, et une seule fois.
guest-code-error-locked = Vous avez indiqué trop souvent un code erroné. Ce code ne fonctionne plus.
guest-mail-subject = Votre code pour vous connecter à e-Westhoek
guest-mail-greeting = Bonjour,
guest-mail-intro = Voici votre code pour vous connecter à e-Westhoek :
guest-mail-not-you = Vous n'avez pas demandé de code ? Vous ne devez rien faire. Ne donnez ce code à personne.
access-title = Qui a consulté mes données ?
access-intro = Vous voyez ici quand un collaborateur a consulté ou modifié vos données, et dans quel rôle et quel service.
access-none = Aucun collaborateur n'a encore consulté ou modifié vos données.
access-caption = Qui a consulté ou modifié vos données
access-when = Quand
access-what = Quoi
access-who = Qui (rôle et service)
access-action-role-grant = Vous a donné un rôle
access-action-role-revoke = Vous a retiré un rôle
access-action-other = A consulté ou modifié vos données
profile-download = Télécharger toutes mes données (JSON)
profile-end-title = Mettre fin à votre compte invité
profile-end-text = Vous ne voulez plus utiliser ce compte ? Nous effaçons alors votre adresse e-mail et vos sessions. Le journal d'audit garde la trace de la fin du compte.
profile-end-button = Mettre fin à mon compte invité
signed-out-account-ended = Votre compte invité est terminé.

## Gérer le catalogue (rédacteurs et administrateurs)
account-catalogue-link = Gérer le catalogue des produits
editor-title = Gérer le catalogue des produits
editor-intro = Choisissez ce que vous voulez modifier. Vous travaillez d'abord dans un brouillon. Les citoyens ne voient votre modification qu'une fois publiée.
editor-scope-region = Fiches produits régionales
editor-scope-municipality = Produits de { $municipality }
editor-region-explained = les textes, thèmes et valeurs par défaut pour tout le Westhoek.
editor-back-to-start = Retour à la gestion du catalogue
editor-back-to-scope = Retour à { $scope }
editor-back-to-product = Retour à { $product }
editor-drafts-title = Brouillons pas encore publiés
editor-draft-saved-by = enregistré par { $name } le { $at }
editor-new-tag = nouveau
editor-products-title = Tous les produits ({ $count })
editor-column-product = Produit
editor-column-offered = Proposé
editor-column-channel = Comment demander
editor-column-fee = Coût
editor-column-local = Version propre
editor-column-draft = Brouillon
editor-column-field = Champ
editor-column-before = Maintenant
editor-column-after = Après publication
editor-yes = oui
editor-no = non
editor-new-title = Ajouter un nouveau produit
editor-new-code = Code pour l'adresse web
editor-new-code-hint = Seulement des lettres minuscules et des traits d'union, par exemple : parkeerkaart-bewoners. Vous ne pourrez plus changer le code ensuite.
editor-new-submit = Commencer un brouillon
editor-new-bad-code = Écrivez le code avec seulement des lettres minuscules (a à z) et des traits d'union, et au maximum { $max } caractères.
editor-new-code-taken = Ce code existe déjà. Choisissez un autre code.
editor-new-no-title = Indiquez un titre, d'au maximum { $max } caractères.
editor-notice-saved = Votre brouillon est enregistré. Les citoyens ne le voient pas encore.
editor-notice-published = Publié. Les citoyens voient la nouvelle version tout de suite.
editor-notice-problems = Votre brouillon est enregistré, mais pas encore publié. Corrigez d'abord les erreurs.
editor-notice-stale = Quelqu'un d'autre a modifié ce brouillon entre-temps. Votre modification n'est pas enregistrée. Voici la version la plus récente.
editor-notice-changed-since = Pas publié : quelqu'un d'autre a publié une autre version entre-temps. Regardez les différences ci-dessous.
editor-notice-discarded = Le brouillon a été supprimé.
editor-notice-created = Le brouillon est commencé. Complétez la fiche et publiez-la.
editor-status-draft = Ceci est un brouillon. Dernier enregistrement par { $name } le { $at }.
editor-status-published = Vous voyez la version publiée. En enregistrant, vous commencez un brouillon.
editor-status-new = Ce produit n'est pas encore publié.
editor-changed-since-title = Une autre version a été publiée entre-temps
editor-changed-since-text = Ceci a changé depuis le début de votre brouillon. Si vous publiez votre brouillon, il remplace cette version.
editor-changed-since-caption = Ce qui a été publié entre-temps
editor-changes-title = Ce qui change si vous publiez ({ $count })
editor-changes-caption = Différences entre la version publiée et le brouillon
editor-no-changes = Le brouillon est identique à la version publiée.
editor-general = Général
editor-field-product-type = Type de produit
editor-field-min-assurance = Niveau de sécurité requis à la connexion
editor-field-default-channel = Comment demander (par défaut)
editor-field-default-fee = Coût en euros (par défaut)
editor-field-default-lead-time = Délai en jours (par défaut)
editor-field-topics = Thèmes et événements de vie
editor-field-title = Titre
editor-field-summary = Explication courte
editor-field-description = Description
editor-field-conditions = Conditions
editor-field-evidence = Ce qu'il vous faut
editor-field-procedure = Comment ça se passe
editor-field-costs = Coût
editor-field-target-groups = Pour qui
editor-field-keywords = Mots de recherche
editor-field-offered = Proposé
editor-field-channel = Comment demander
editor-field-fee = Coût en euros
editor-field-lead-time = Délai en jours
editor-field-note = Explication propre à la commune
editor-fee-hint = Par exemple 12,50. Écrivez 0 si c'est gratuit.
editor-days-hint = Un nombre, par exemple 5. Écrivez 0 si c'est prêt tout de suite.
editor-keywords-hint = Les mots que les gens utilisent pour le chercher. Un mot ou une expression par ligne.
editor-texts-in = Textes en { $language }
editor-texts-dutch-hint = Le texte néerlandais est le texte officiel. Le titre et l'explication courte sont obligatoires.
editor-translation = Traduction en { $language }
editor-translation-hint = Pas obligatoire. Ce que vous laissez vide, les citoyens le lisent en néerlandais. Si vous commencez une traduction, remplissez aussi le titre et l'explication courte.
editor-lang-nl = néerlandais
editor-lang-fr = français
editor-lang-de = allemand
editor-lang-en = anglais
editor-assurance-none = Pas de connexion nécessaire
editor-assurance-low = Faible (par exemple e-mail avec code)
editor-assurance-substantial = Substantiel (par exemple code par application ou SMS)
editor-assurance-high = Élevé (eID ou itsme)
editor-offered-question = { $municipality } propose-t-elle ce produit ?
editor-offered-yes = Oui
editor-offered-no = Non
editor-how-here = Comment ça se passe ici
editor-as-region-channel = Comme la région : { $channel }
editor-local-fee-hint = Laisser vide : comme la région ({ $fee }). Sinon un montant, par exemple { $example }.
editor-local-days-hint = Laisser vide : comme la région ({ $days } jours).
editor-note-hint = Quelque chose qui ne vaut que dans votre commune. Pas obligatoire.
editor-overwrite = J'ai regardé les différences. Publiez quand même mon brouillon.
editor-save = Enregistrer le brouillon
editor-publish = Enregistrer et publier
editor-discard = Supprimer le brouillon
editor-history-link = Historique de cette fiche
editor-public-link = Voir la page comme les citoyens la voient
editor-value-empty = (vide)
editor-value-as-region = (comme la région)
editor-problem-required = Remplissez ce champ.
editor-problem-too-long = C'est trop long. Au maximum { $max } caractères.
editor-problem-not-amount = Indiquez un montant en euros, par exemple 12,50.
editor-problem-not-days = Indiquez un nombre de jours en chiffres, par exemple 5.
editor-problem-too-high = Ce nombre est trop élevé.
editor-problem-no-topic = Choisissez au moins un thème ou un événement de vie.
editor-problem-dutch-first = Écrivez d'abord le texte néerlandais. Les autres langues en sont des traductions.
editor-problem-too-many-keywords = Il y a trop de mots de recherche. Au maximum 50 par langue.
editor-history-title = Historique de { $product }
editor-history-empty = Rien n'a encore été publié via les écrans de gestion. Ce qui vient d'une importation n'apparaît pas ici.
editor-history-by = Publié par { $name }.
editor-history-created = Première version.
editor-history-caption = Ce qui a changé le { $at }
product-type-document = Document
product-type-permit = Autorisation
product-type-attest = Attestation
product-type-service = Service
product-type-financial = Aide financière ou taxe
product-type-information = Information
product-type-registration = Inscription ou déclaration

## Niveau de connexion nécessaire pour un produit
product-sign-in-high = l'eID ou itsme
product-sign-in-substantial = l'eID, itsme ou un autre moyen sûr (par exemple un code via une application)
product-sign-in-low = l'eID, itsme ou un code par e-mail
product-sign-in-needed = Pour faire cette demande en ligne, connectez-vous avec { $level }.
product-sign-in-link = Se connecter
product-sign-in-enough = Vous êtes connecté d'une manière qui suffit pour ce produit.
product-sign-in-too-low-title = Votre connexion ne suffit pas pour ce produit
product-sign-in-too-low = Vous êtes connecté avec { $method }. Ce niveau de sécurité est { $level }. Pour ce produit, il vous faut { $needed }.
product-sign-in-why-personal = C'est nécessaire parce qu'il s'agit de vos données personnelles ou officielles. Ainsi, nous sommes sûrs que personne d'autre ne fait de demande en votre nom.
product-sign-in-why-low = C'est nécessaire pour que nous puissions vous joindre au sujet de votre demande.
product-sign-in-way-up = Voici comment faire : connectez-vous à nouveau, avec l'eID ou itsme.
product-sign-in-again = Se reconnecter
product-sign-in-help = Vous n'avez pas d'eID belge ou cela ne marche pas ? L'aide numérique à la bibliothèque ou le guichet de { $municipality } vous aide.

## Aide d'un assistant (aide numérique)
help-title = Aide d'un assistant
help-back-to-profile = Retour à mes données
help-intro = À l'aide numérique, par exemple à la bibliothèque, un assistant peut vous aider. Créez ici un code et dites-le à l'assistant. L'assistant peut alors agir pour vous pendant un moment. Vous ne donnez pas votre eID ni votre mot de passe. Vous pouvez arrêter l'aide à tout moment.
help-code-title = Votre code pour l'assistant
help-code-until = Dites ce code à l'assistant. Il fonctionne une seule fois, jusqu'au { $until }.
help-waiting = Vous avez créé un code qui n'a pas encore été utilisé. Il fonctionne jusqu'au { $until }.
help-withdraw-code = Retirer le code
help-active-title = Qui peut vous aider maintenant
help-active-none = Personne. Aucun assistant ne peut agir pour vous maintenant.
help-active-entry = { $who } peut, jusqu'au { $until } : { $what }.
help-helper-at = { $name } (aide numérique { $desk })
help-stop-helper = Arrêter l'aide de { $name }
help-stopped = L'aide est arrêtée.
help-new-title = Créer un code
help-what = Que peut faire l'assistant ?
help-scope-view = voir vos données et vos demandes
help-scope-apply = voir vos données et vos demandes, et faire des demandes en votre nom
help-how-long = Pour combien de temps ?
help-one-hour = 1 heure
help-one-day = 1 jour
help-one-week = 1 semaine
help-make-code = Créer un code
helper-title = Aide numérique
helper-intro = Demandez au citoyen de créer un code sur e-Westhoek, sous « Aide d'un assistant ». Tapez ce code ici. Vous pouvez alors aider le citoyen, aussi longtemps qu'il le veut.
helper-code-label = Code du citoyen
helper-code-hint = 8 chiffres, par exemple 4821 7730.
helper-accept = Commencer l'aide
helper-bad-code = Ce code n'est pas correct, a déjà été utilisé ou ne fonctionne plus. Demandez un nouveau code au citoyen.
helper-accepted = Le code est correct. Vous pouvez maintenant aider ce citoyen.
helper-helping-title = Qui vous pouvez aider maintenant
helper-helping-none = Personne pour le moment.
helper-helping-entry = { $name }, jusqu'au { $until } : { $what }.
helper-stop = Arrêter l'aide à { $name }
access-action-help-start = A commencé à vous aider, avec votre code
access-action-help-end = A arrêté de vous aider
helper-view-data = Voir les données de { $name }
helped-title = Données de { $name }
helped-banner = Vous aidez { $name } en tant qu'assistant de l'aide numérique. Avec l'accord de { $name }, vous pouvez, jusqu'au { $until } : { $what }.
helped-back = Retour à l'aide numérique
helped-municipality = Habite à
helped-represented = Peut aussi agir pour
helped-logged = Chaque fois que vous consultez ces données, c'est enregistré. { $name } peut le voir.
access-action-person-read = A consulté vos données, avec votre accord
product-edit-links = Pour les rédacteurs
product-edit-region = Modifier la fiche régionale
product-edit-here = Modifier la façon dont { $municipality } le propose
help-active-paper = Pour cela, vous avez signé le formulaire { $reference } au guichet.
helper-helping-paper = (accord sur papier, formulaire { $reference })
helper-paper-title = Accord sur papier
helper-paper-intro = Le citoyen ne peut pas se connecter ? Faites-lui alors signer le formulaire d'accord. Vérifiez la carte d'identité. Remplissez ensuite ce formulaire. Le citoyen reçoit un e-mail si nous connaissons son adresse.
helper-paper-rrn-label = Numéro de registre national du citoyen
helper-paper-rrn-hint = Il figure sur la carte d'identité. 11 chiffres, par exemple 85.07.30-033.28.
helper-paper-rrn-empty = Indiquez le numéro de registre national.
helper-paper-rrn-shape = Un numéro de registre national compte 11 chiffres.
helper-paper-rrn-check = Ce numéro de registre national n'est pas correct. Vérifiez les chiffres.
helper-paper-unknown = Nous ne trouvons personne avec ce numéro de registre national. Vérifiez les chiffres.
helper-paper-self = Vous ne pouvez pas enregistrer un accord pour vous-même.
helper-paper-reference-label = Numéro du formulaire
helper-paper-reference-hint = Il figure en haut du formulaire signé. Conservez le formulaire.
helper-paper-reference-error = Indiquez le numéro du formulaire. 40 caractères au maximum.
helper-paper-confirm = J'ai vu la carte d'identité. Le citoyen a signé le formulaire lui-même.
helper-paper-confirm-error = Confirmez que vous avez vu la carte d'identité et que le citoyen a signé lui-même.
helper-paper-submit = Enregistrer l'accord
helper-paper-recorded = L'accord est enregistré. Vous pouvez maintenant aider ce citoyen.
help-paper-mail-subject = Un assistant peut vous aider sur e-Westhoek
help-paper-mail-intro = Vous avez signé un accord à l'aide numérique (formulaire { $reference }).
help-paper-mail-stop = Vous ne le voulez plus ? Arrêtez l'aide sur e-Westhoek, sous « Aide d'un assistant ». Ou demandez-le à l'aide numérique.
help-paper-mail-not-you = Vous n'avez rien signé ? Signalez-le tout de suite à l'aide numérique de votre commune.
access-action-help-paper = A commencé à vous aider, avec le formulaire que vous avez signé
represented-view = Voir les données de { $name }
represented-title = Données de { $name }
represented-banner-child = Vous voyez ceci en tant que parent de { $name }.
represented-banner-legal = Vous voyez ceci en tant que représentant légal de { $name }.
represented-until = Vous pouvez agir pour { $name } jusqu'au { $date }.
