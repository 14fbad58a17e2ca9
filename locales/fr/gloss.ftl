# Interface de gloss — français.
# Chaque message doit aussi exister dans locales/en-US/gloss.ftl avec les
# mêmes paramètres ; un test le vérifie.

## Niveaux et aide générale

level-error = erreur
level-warning = avertissement
level-help = aide
# Entre une étiquette et le deux-points qui la suit (« erreur : ») : une espace insécable.
typography-before-colon = { "\u00A0" }
help-usage = Utilisation :
help-heading-commands = Commandes
help-heading-options = Options
help-heading-arguments = Arguments
help-value-command = COMMANDE
# Paramètres fictifs de --help (<FICHIER>), par leur nom anglais en minuscules.
help-value-assignment = AFFECTATION
help-value-char = CARACTÈRE
help-value-dir = RÉPERTOIRE
help-value-file = FICHIER
help-value-form = FORME
help-value-format = FORMAT
help-value-gender = GENRE
help-value-id = ID
help-value-lang = LANGUE
help-value-n = N
help-value-new = NOUVEAU
help-value-old = ANCIEN
help-value-path = CHEMIN
help-value-pos = CATÉGORIE
help-value-tag = ÉTIQUETTE
help-value-tags = ÉTIQUETTES
help-value-text = TEXTE
help-value-when = QUAND
help-value-query = TERME
help-value-rule = RÈGLE
help-value-lang-form = LANGUE=FORME

## Erreurs de ligne de commande

cli-unknown-argument = argument inattendu « { $arg } »
cli-unknown-command = commande inconnue « { $command } »
cli-invalid-value = valeur « { $value } » invalide pour { $arg } (valeurs possibles : { $valid })
cli-missing-argument = argument obligatoire manquant : { $arg }
cli-missing-command = une commande est requise
cli-error = { $reason }
cli-see-help = Pour en savoir plus, essayez « gloss --help ».

## Commandes et arguments (textes d’aide)

cmd-gloss = Vérificateur terminologique pour les traductions : tient le glossaire, vérifie que les traductions emploient les termes approuvés, recherche les termes et publie le glossaire.
arg-lang = Langue de l’interface (étiquette BCP 47 comme « fr » ou paramètre régional comme « fr_FR.UTF-8 ») ; pour export fluent et import fluent, aussi la langue des termes
arg-color = Quand utiliser les couleurs : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never
arg-config = Fichier de configuration à utiliser au lieu du gloss.toml le plus proche
arg-glossary = Fichier ou répertoire du glossaire (répétable) ; remplace la configuration
arg-help = Afficher l’aide
arg-version = Afficher la version
cmd-validate = Valider les fichiers du glossaire et signaler chaque problème
arg-validate-paths = Fichiers ou répertoires du glossaire (par défaut : le glossaire configuré)
arg-validate-strict = Terminer avec le code 1 en cas d’avertissements
cmd-check = Vérifier les traductions par rapport au glossaire
arg-check-source = Fichier ou répertoire en langue source
arg-check-target = Fichier ou répertoire en langue cible
cmd-add = Ajouter un concept à la fin d’un fichier du glossaire (par défaut le premier fichier du glossaire ; { "--file" } en choisit un autre). L’identifiant est tiré de la forme anglaise s’il n’est pas donné.
arg-add-id = Identifiant du terme, un identifiant Fluent (par défaut : tiré de la forme anglaise, par exemple « { "stem cell" } » → { "stem-cell" })
arg-add-en = Forme privilégiée en anglais
arg-add-fr = Forme privilégiée en français
arg-add-terms = Forme privilégiée dans une autre langue, sous la forme LANGUE=FORME (répétable)
arg-add-variants = Variante admise, sous la forme LANGUE=FORME (répétable)
arg-add-forbidden = Forme interdite, sous la forme LANGUE=FORME (répétable)
arg-add-domain = Domaine
arg-add-note = Note pour les traducteurs
arg-add-definition_en = Définition en anglais
arg-add-definition_fr = Définition en français
arg-add-gender = Genre grammatical de la forme française : masculine, feminine, neuter ou common
arg-add-pos = Catégorie grammaticale de toutes les formes : noun, verb, adjective, adverb ou other
arg-add-file = Fichier du glossaire qui reçoit le concept (créé s’il n’existe pas)
cmd-set = Modifier des champs d’un concept sur place, en gardant commentaires et mise en forme.
    Affectations :
      CHEMIN=VALEUR    donner une valeur (pour { "variants" } et { "forbidden" } : une liste d’une forme)
      CHEMIN+=VALEUR   ajouter une forme à une liste
      CHEMIN-=VALEUR   retirer une forme d’une liste
      CHEMIN=          supprimer la clé (fr= supprime l’entrée française)
    CHEMIN vaut domain, note, dnt, une langue (sa forme privilégiée : fr=…) ou LANGUE.CHAMP, CHAMP étant l’un de { "term, variants, forbidden, definition, gender, pos, case-sensitive" }. Mettez les valeurs entre guillemets pour le shell ; une valeur entre guillemets doubles est lue comme une chaîne TOML.
    Exemple : gloss set cellule-souche fr.variants+="cellule-souche" domain="biologie cellulaire"
arg-set-id = Identifiant du terme
arg-set-assignments = Une ou plusieurs affectations : CHEMIN=VALEUR, CHEMIN+=VALEUR, CHEMIN-=VALEUR ou CHEMIN=
cmd-forbid = Ajouter des formes interdites à un concept (une forme qui était une variante admise cesse de l’être)
arg-forbid-id = Identifiant du terme
arg-forbid-en = Forme anglaise à interdire (répétable)
arg-forbid-fr = Forme française à interdire (répétable)
arg-forbid-terms = Forme à interdire dans une autre langue, sous la forme LANGUE=FORME (répétable)
cmd-rm = Supprimer un concept du glossaire
arg-rm-id = Identifiant du terme
cmd-mv = Renommer l’identifiant d’un concept, sur place
arg-mv-old = Identifiant actuel
arg-mv-new = Nouvel identifiant (un identifiant Fluent)
arg-mv-rewrite = Réécrire aussi les références { "{" } -ancien { "}" } dans les fichiers Fluent des paires de gloss.toml
cmd-diff = Comparer deux glossaires concept par concept : concepts ajoutés, supprimés, renommés, et formes, variantes, formes interdites et définitions modifiées. Chaque côté est un fichier, un répertoire ou une révision git ; NOUVEAU vaut par défaut le glossaire sur disque (gloss diff HEAD~1).
arg-diff-old = Ancien glossaire : un fichier, un répertoire ou une révision git (HEAD~1, main…)
arg-diff-new = Nouveau glossaire : un fichier, un répertoire ou une révision git (par défaut : le glossaire sur disque)
arg-diff-format = Format de sortie : human ou json
arg-diff-exit_code = Terminer avec le code 1 si les glossaires diffèrent, comme git diff --exit-code
cmd-export = Écrire le glossaire en TBX-Basic (ISO 30042), CSV, JSON, ou en termes Fluent d’une langue (--lang)
arg-export-format = Format : tbx, csv, json ou fluent (un terme -id = forme privilégiée par concept, pour les projets Fluent)
arg-export-output = Écrire dans ce fichier au lieu de la sortie standard (--out convient aussi)
arg-export-delimiter = Séparateur de champs CSV (par défaut : la virgule)
arg-export-bom = Commencer le CSV par une marque d’ordre des octets, pour Excel
arg-export-check = Ne rien écrire ; sortir avec le code 1 quand le fichier de sortie diffère de ce qui serait écrit (pour l’intégration continue)
cmd-import = Fusionner un fichier TBX ou CSV dans le glossaire : les nouveaux concepts sont ajoutés, les identiques laissés, les différents signalés comme conflits et laissés tels quels (code 1) sauf avec --overwrite. Avec fluent, rapporter dans le glossaire les formes privilégiées et les genres modifiés d’un fichier écrit par « gloss export fluent »
arg-import-format = Format : tbx (TBX v2/TBX-Basic ou TBX v3), csv (virgule, point-virgule ou tabulation, ligne d’en-tête) ou fluent (termes de la langue --lang)
arg-import-input = Le fichier à importer
arg-import-overwrite = Remplacer les concepts du glossaire qui diffèrent de ceux du fichier (les champs que le fichier laisse vides sont gardés)
arg-import-file = Fichier du glossaire qui reçoit les nouveaux concepts (par défaut : le premier fichier du glossaire)

## Lecture des fichiers

error-not-found = { $path } : fichier ou répertoire introuvable
# Pourquoi un fichier n’a pu être lu ou écrit, d’après le genre d’erreur système.
io-reason = { $kind ->
        [permission-denied] permission refusée
        [is-a-directory] c’est un répertoire
        [not-a-directory] une partie du chemin n’est pas un répertoire
        [storage-full] le disque est plein
        [already-exists] un fichier se trouve déjà là où il faut un répertoire
        [read-only-filesystem] le système de fichiers est en lecture seule
       *[other] { $reason }
    }
error-read-file = impossible de lire { $path } : { $reason }
error-binary-file = { $path } est un fichier binaire, pas du texte
error-invalid-utf8 = { $path }:{ $line }:{ $column } : le fichier n’est pas en UTF-8 valide
error-output = impossible d’écrire la sortie : { $reason }
error-no-toml = { $path } ne contient aucun fichier .toml
help-no-toml = indiquez un fichier de glossaire, ou un répertoire contenant des fichiers *.toml
help-check-path = vérifiez le chemin, les droits et l’encodage du fichier (gloss lit l’UTF-8)

## Configuration

config-pair-without-target = cette entrée [[pairs]] n’a pas de « { "target" } »
help-pair-target = ajoutez { "target" } = "…" : le fichier ou répertoire Fluent traduit, ou un catalogue .po
config-bad-level = « { $value } » n’est pas un niveau pour la règle « { $rule } »
help-rule-levels = valeurs possibles : { "\"error\"" }, { "\"warning\"" } ou { "\"off\"" }

## Validation du glossaire

toml-syntax = erreur de syntaxe TOML : { $kind ->
        [unclosed-table] l’en-tête de table n’est pas fermé : « ] » manque
        [unclosed-array] la liste n’est pas fermée : « ] » manque
        [unclosed-inline-table] la table en ligne n’est pas fermée : « { "}" } » manque
        [unclosed-string] la chaîne n’est pas fermée : son guillemet fermant manque
        [missing-comma] une virgule manque entre deux éléments
        [extra-comma] une virgule de trop
        [unquoted-string] une valeur est attendue ici, et une valeur textuelle demande des guillemets
        [missing-equals] « = » manque entre la clé et sa valeur
        [bad-key] une clé s’écrit avec des lettres, des chiffres, « - » et « _ », ou entre guillemets
        [bad-escape] séquence d’échappement inconnue après « \ »
       *[other] { $reason }
    }
help-toml-syntax = corrigez la syntaxe TOML à cet endroit (les chaînes demandent des guillemets, les tables des [crochets])
toml-duplicate-table = la table [{ $table }] est définie deux fois (d’abord à la ligne { $line })
help-toml-duplicate-table = fusionnez les deux tables en une seule
toml-duplicate-key = la clé « { $key } » est définie deux fois dans cette table (d’abord à la ligne { $line })
help-toml-duplicate-key = gardez l’une des deux
glossary-duplicate-concept = le concept « { $id } » est défini deux fois (d’abord à la ligne { $line })
help-duplicate-concept = fusionnez les deux tables en une seule, ou donnez un autre identifiant à l’une d’elles
glossary-unknown-key = clé inconnue « { $key } »
help-did-you-mean = vouliez-vous dire « { $name } » ?
help-known-keys = clés connues : { $keys }
glossary-wrong-type = « { $key } » doit être { $expected ->
        [table] une table
        [string] une chaîne
        [boolean] true ou false
        [strings] une liste de chaînes
        [string-or-table] une chaîne (la forme privilégiée) ou une table
        [strings-or-tables] une liste de chaînes ou de tables
        [string-or-inline-table] une chaîne ou une table en ligne
        [paths] un chemin ou une liste de chemins
        [pairs] une liste de tables [[pairs]]
       *[other] { $expected }
    }
glossary-empty-form = forme vide
glossary-bad-language = « { $tag } » n’est pas une étiquette de langue BCP 47 valide
help-language-tag = utilisez une étiquette comme « en », « fr » ou « fr-CA »
glossary-undeclared-language = la langue « { $tag } » n’est pas déclarée dans { "[glossary] languages" } ({ $declared })
help-declare-language = ajoutez « { $tag } » à la liste { "languages" } de l’en-tête { "[glossary]" }, ou corrigez l’étiquette
glossary-bad-id = « { $id } » n’est pas un identifiant de terme valide (un identifiant Fluent : une lettre, puis des lettres, chiffres, « - » ou « _ »)
help-fluent-id = renommez-le, par exemple en « { $suggestion } »
glossary-bad-value = valeur « { $value } » invalide pour « { $key } »
glossary-no-terms-table = { $path } ne définit aucun terme
help-no-terms-table = ajoutez une table par concept, par exemple [terms.cellule-souche] avec en = "stem cell" et fr = "cellule souche"
glossary-no-terms = le concept « { $id } » n’a de terme dans aucune langue
help-no-terms = ajoutez au moins une langue, par exemple en = "…"
glossary-missing-term = forme privilégiée absente ou vide pour la langue « { $lang } »
help-missing-term = donnez la forme privilégiée sous forme de chaîne, ou term = "…" dans la table de la langue
glossary-accepted-and-forbidden = « { $form } » est à la fois acceptée et interdite dans « { $id } »
help-accepted-and-forbidden = retirez-la de la liste { "forbidden" } ou des formes acceptées
glossary-ambiguous-form = « { $form } » de « { $id } » est aussi une forme acceptée de « { $other } » : les correspondances sont ambiguës
note-first-claimed = d’abord revendiquée par « { $id } » ici
help-ambiguous-form = gardez la forme dans un seul concept, ou fusionnez les deux concepts
glossary-duplicate-id = identifiant de terme en double « { $id } »
note-first-defined = défini d’abord ici
help-duplicate-id = les identifiants doivent être uniques dans tous les fichiers du glossaire : renommez ou fusionnez l’un d’eux
glossary-dnt-differs = « { $id } » est marqué « à ne pas traduire » mais ses formes diffèrent selon les langues
glossary-language-without-forms = aucun concept n’a de forme en « { $tag } » : check ne trouverait rien à vérifier
help-language-without-forms = les concepts ont des formes en : { $languages }
help-dnt-differs = un terme à ne pas traduire a la même forme dans toutes les langues : donnez une seule forme, ou retirez dnt
validate-summary = { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }

## Vérification des termes

level-note = note
check-no-target-language = aucune langue cible : le glossaire n’a qu’une langue
help-target-language = indiquez target-language dans gloss.toml, ou ajoutez la langue cible au glossaire
check-source-without-target = { "--source" } demande { "--target" }
check-nothing-to-check = rien à vérifier : aucun document donné et aucune section [[pairs]] dans la configuration
help-check-usage = lancez « { "gloss check --source en-US/x.ftl --target fr/x.ftl" } », « gloss check fichier.po », ou configurez [[pairs]] dans gloss.toml
arg-check-paths = Catalogues PO à vérifier (chacun contient la source et la cible)
arg-check-include_fuzzy = Vérifier aussi les entrées PO marquées fuzzy (brouillons, ignorées par défaut)
arg-check-format = Format de sortie : human (extraits annotés), json, sarif (SARIF 2.1.0, pour l’analyse de code), github (commandes de workflow : annotations), gitlab (rapport Code Quality) ou junit
cmd-rules = Lister les règles de « gloss check », ou en expliquer une
arg-rules-rule = La règle à expliquer (par exemple missing-term)
rule-missing-term-summary = La source emploie un terme du glossaire et la traduction n’a aucune de ses formes approuvées.
rule-missing-term-doc = Un segment dont la source emploie un terme du glossaire (sa forme privilégiée ou une variante, sous toute forme fléchie, ou une référence Fluent { "{" } -id { "}" }) doit employer dans la traduction la forme française privilégiée du terme ou l’une de ses variantes. Les formes fléchies sont acceptées (cellules souches pour cellule souche, facteurs de croissance, modèles animaux), de même que l’élision (l’épiderme), les deux apostrophes, toute casse (sauf pour un terme sensible à la casse) et les formes Unicode NFC ou NFD. Les accents comptent : une forme qui ne diffère que par les accents manque toujours, et le constat donne la graphie approuvée. Un mot dérivé n’est pas le terme (se différencier n’est pas différenciation), et un terme doit figurer d’un seul tenant, sans mot inséré. Les termes imbriqués sont tous repérés ; un terme employé seulement à l’intérieur d’un terme plus long ({ "stem cell" } dans { "mesenchymal stem cell" }) relève du terme plus long et n’est pas signalé seul. Les termes à ne pas traduire doivent figurer tels quels.
rule-forbidden-term-summary = La traduction emploie une forme interdite d’un terme du glossaire.
rule-forbidden-term-doc = Une forme interdite d’un terme (faux ami, calque, anglicisme, faute d’orthographe listés sous forbidden dans le glossaire) ne doit pas figurer dans une traduction, sous aucune forme fléchie, quoi que dise la source. Quand la forme interdite remplace la forme approuvée, le segment reçoit aussi un constat missing-term ; quand les deux se côtoient, seulement celui-ci. Le constat propose la forme approuvée au même nombre et dans la même casse.
rules-default-severity = gravité par défaut : { $severity }
rules-off = désactivée
rules-unknown = règle inconnue « { $rule } »
help-rules-list = lancez « gloss rules » pour lister les règles
config-unknown-rule = règle inconnue « { $rule } » dans [rules]
help-known-rules = règles connues : { $rules }
finding-missing-term = « { $used } » est traduit sans le terme approuvé « { $approved } »
finding-dnt-missing = « { $used } » ne se traduit pas : la traduction doit garder « { $approved } »
finding-forbidden-term = « { $found } » est une forme interdite : employez « { $approved } »
check-label-forbidden = forme interdite
check-label-near-miss = presque « { $approved } »
check-label-missing = aucune forme approuvée de « { $approved } » dans cette traduction
check-note-source = source : { $text }
check-note-approved = approuvé : { $forms }
check-help-replace = remplacez par « { $replacement } » :
check-help-replace-by-hand = remplacez par « { $replacement } », en accordant les mots voisins
check-help-near-miss = « { $found } » ne diffère de la forme approuvée « { $approved } » que par les accents ou la casse
check-summary = { $findings ->
        [0] aucun constat
        [one] { $findings } constat
       *[other] { $findings } constats
    } dans { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    } de { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }

## Recherche

cmd-lookup = Rechercher un terme dans l’une ou l’autre langue, quelle que soit la façon de le taper (casse, accents, flexions, fautes de frappe, débuts de mots)
arg-lookup-query = Le terme à rechercher ; plusieurs mots se passent de guillemets (sans terme, sur un terminal : demande les termes l’un après l’autre)
arg-lookup-from = Ne chercher que parmi les formes de cette langue (p. ex. « fr »)
arg-lookup-definitions = Chercher aussi dans les définitions
arg-lookup-format = Format de sortie : human ou json
arg-lookup-limit = Afficher au plus ce nombre de concepts (10 par défaut ; 0 les affiche tous)
lookup-variants = variantes : { $forms }
lookup-forbidden-forms = à proscrire : { $forms }
lookup-note = note : { $note }
lookup-dnt = ne pas traduire
lookup-use-instead = n’employez pas « { $form } » : employez « { $preferred } »
lookup-via-variant = trouvé par la variante « { $form } »
lookup-via-id = trouvé par l’identifiant
lookup-via-approximate = correspondance approchée : « { $form } »
lookup-via-definition = trouvé dans la définition
lookup-more = { $count ->
        [one] { $count } autre concept correspond (--limit en montre davantage)
       *[other] { $count } autres concepts correspondent (--limit en montre davantage)
    }
lookup-not-found = aucun terme ne correspond à « { $query } »
lookup-empty-query = rien à rechercher dans « { $query } » : tapez des lettres ou des chiffres
lookup-did-you-mean = vouliez-vous dire { $forms } ?
lookup-quoted = « { $form } »
lookup-unknown-language = le glossaire n’a pas de langue « { $lang } » (il a : { $languages })
lookup-missing-query = indiquez un terme à rechercher, p. ex. gloss lookup "cellule souche"
lookup-damaged-cache = le cache de recherche est illisible ({ $reason }) : supprimez le répertoire .gloss-cache à côté du glossaire
lookup-prompt = terme>
grammar-pos-noun = nom
grammar-pos-verb = verbe
grammar-pos-adjective = adjectif
grammar-pos-adverb = adverbe
grammar-pos-other = autre
grammar-gender-masculine = masculin
grammar-gender-feminine = féminin
grammar-gender-neuter = neutre
grammar-gender-common = genre commun

## Pages

cmd-pages = Publier le glossaire sous forme de site statique utilisable hors ligne (ou de pages Markdown pour un wiki)
arg-pages-out = Répertoire où écrire le site (par défaut : site)
arg-pages-format = Format de sortie : html ou markdown
pages-written = { $pages ->
        [one] { $pages } page écrite
       *[other] { $pages } pages écrites
    } pour { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } : ouvrez { $path }
pages-cannot-write = impossible d’écrire le site dans { $path } : { $reason }
pages-default-title = Glossaire
pages-language = { $tag ->
        [en] anglais
        [fr] français
        [de] allemand
        [es] espagnol
        [it] italien
       *[other] { $tag }
    }
pages-skip = Aller au glossaire
pages-directions = Sens de lecture
pages-letters = Lettres
pages-parts = Pages
pages-home = Accueil
pages-search = Rechercher dans le glossaire
pages-search-hint = un terme dans l’une ou l’autre langue
pages-domain-filter = Domaine
pages-all-domains = Tous les domaines
pages-results-none = Aucun terme ne correspond.
pages-results-forbidden = à proscrire : employez { $preferred }
pages-results-variant = variante admise
pages-variants = Variantes :
pages-forbidden = À proscrire :
pages-note = Note :
pages-dnt = Ne pas traduire
pages-permalink = Lien vers ce concept
pages-domain = Domaine : { $domain }
pages-empty = Ce glossaire ne contient encore aucun concept.
pages-count = { $count ->
        [one] { $count } concept
       *[other] { $count } concepts
    }
pages-generated = Produit par gloss
## Maintenance du glossaire

error-write-file = impossible d’écrire { $path } : { $reason }
edit-no-glossary = aucun glossaire n’est configuré
edit-invalid-before = le glossaire contient des erreurs : rien n’a été modifié
help-edit-invalid-before = corrigez les erreurs ci-dessus (gloss validate les liste), puis relancez la commande
edit-would-be-invalid = modification refusée : le glossaire deviendrait invalide, rien n’a été écrit
edit-unknown-id = aucun concept n’a l’identifiant « { $id } »
edit-id-taken = un concept a déjà l’identifiant « { $id } »
edit-no-form = donnez au moins une forme (--en, --fr ou --term LANGUE=FORME)
edit-add-no-preferred = donnez d’abord la forme privilégiée en « { $lang } »
edit-bad-lang-form = « { $text } » n’est pas de la forme LANGUE=FORME
help-edit-lang-form = par exemple --term de=Stammzelle
edit-no-entry = « { $id } » n’a pas d’entrée en « { $lang } »
help-edit-no-entry = donnez d’abord la forme privilégiée : { $lang }=…
edit-not-in-list = la forme n’est pas dans { $field } (qui contient : { $present })
edit-unsupported = { $field } de « { $id } » est écrit d’une manière que gloss ne sait pas modifier
edit-added = « { $id } » ajouté à { $path }
edit-updated = « { $id } » modifié dans { $path }
edit-removed = « { $id } » supprimé de { $path }
edit-renamed = « { $old } » renommé en « { $new } » dans { $path }
edit-references-rewritten = { $count ->
        [one] { $count } référence réécrite
       *[other] { $count } références réécrites
    } dans { $path }
edit-nothing-to-do = rien à modifier : le glossaire le dit déjà
edit-more-warnings = { $count ->
        [one] { $count } autre avertissement non affiché
       *[other] { $count } autres avertissements non affichés
    }
set-bad-assignment = impossible de lire l’affectation « { $text } » : { $reason ->
        [no-operator] elle n’a ni « = », ni « += », ni « -= »
        [bad-quotes] la valeur entre guillemets n’est pas une chaîne valide
       *[other] « += » et « -= » demandent une valeur
    }
help-set-syntax = écrivez CHEMIN=VALEUR, CHEMIN+=VALEUR, CHEMIN-=VALEUR ou CHEMIN= (voir gloss set --help)
set-unknown-field = champ inconnu « { $field } »
set-not-a-list = { $field } n’est pas une liste : utilisez = pour lui donner une valeur
set-term-required = { $field } ne peut pas être supprimé : chaque entrée de langue a besoin d’une forme privilégiée
help-set-remove-language = pour supprimer toute l’entrée, écrivez { $lang }=
diff-git-failed = échec de git : { $reason }
diff-unknown-side = « { $spec } » n’est ni un fichier, ni un répertoire, ni une révision git
help-diff-side = indiquez un fichier ou un répertoire de glossaire, ou une révision comme HEAD~1
diff-added = ajouté { $id }
diff-removed = supprimé { $id }
diff-renamed = renommé { $from } → { $to }
diff-changed = modifié { $id }
diff-form = « { $form } »
diff-none = (aucun)
diff-yes = oui
diff-no = non
diff-entry = { $lang } : { $term }
diff-entry-domain = domaine : { $domain }
diff-entry-variants = ; variantes { $forms }
diff-entry-forbidden = ; interdits { $forms }
diff-change-domain = domaine : { $old } → { $new }
diff-change-note = note : { $old } → { $new }
diff-change-dnt = ne pas traduire : { $old } → { $new }
diff-change-language-added = nouvelle entrée { $entry }
diff-change-language-removed = entrée supprimée { $entry }
diff-change-term = { $lang } : forme privilégiée { $old } → { $new }
diff-change-variants = { $lang } : variantes { $changes }
diff-change-forbidden = { $lang } : formes interdites { $changes }
diff-change-definition = { $lang } : définition : { $diff }
diff-change-gender = { $lang } : genre { $old } → { $new }
diff-change-pos = { $lang } : catégorie grammaticale { $old } → { $new }
diff-change-case-sensitive = { $lang } : sensible à la casse { $old } → { $new }
diff-no-changes = aucune différence
diff-summary = { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }, { $renamed ->
        [one] { $renamed } renommé
       *[other] { $renamed } renommés
    }, { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }
export-bad-delimiter = « { $delimiter } » ne peut pas servir de séparateur CSV
export-written = { $count ->
        [one] { $count } concept écrit
       *[other] { $count } concepts écrits
    } dans { $path }
import-reading = lecture de { $path }
import-conflict = diffère du concept { $id } du glossaire : laissé tel quel
help-import-overwrite = examinez-le, modifiez le glossaire, ou importez de nouveau avec --overwrite pour prendre la version du fichier
help-import-ambiguous = plusieurs concepts ont cette forme : modifiez le glossaire à la main
import-summary = { $path } : { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $replaced ->
        [one] { $replaced } remplacé
       *[other] { $replaced } remplacés
    }, { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }, { $conflicts ->
        [one] { $conflicts } conflit
       *[other] { $conflicts } conflits
    }
import-written = { $path } écrit
tbx-syntax = XML mal formé : { $reason }
tbx-not-tbx = ce n’est pas un document TBX : l’élément racine est « { $name } », « martif » (TBX v2) ou « tbx » (TBX v3) était attendu
tbx-wrong-namespace = l’élément « { $name } » est dans l’espace de noms « { $found } », « { $expected } » était attendu
tbx-unclosed = l’élément « { $name } » n’est jamais fermé
tbx-entity-declaration = le document déclare des entités : gloss ne développe jamais les entités
help-tbx-entities = seules &lt; &gt; &amp; &quot; &apos; et les références de caractère (&#233;) sont lues
tbx-unknown-entity = référence d’entité inconnue « &{ $name }; »
tbx-encoding = encodage « { $encoding } » non pris en charge : enregistrez le fichier en UTF-8
tbx-missing-lang = « { $name } » n’a pas d’attribut xml:lang
tbx-empty-term = terme vide, ignoré
tbx-empty-entry = entrée sans terme utilisable, ignorée
tbx-no-accepted-term = la langue « { $lang } » de cette entrée n’a que des termes interdits : ignorée
tbx-unknown-value = { $category } « { $value } » inconnu, ignoré
tbx-ignored-categories = des catégories de données que gloss ne garde pas ont été ignorées : { $names }
csv-syntax = CSV mal formé : { $reason }
csv-ragged-row = cette ligne a { $found } champs, l’en-tête en a { $expected }
csv-duplicate-column = la colonne « { $column } » apparaît deux fois
csv-ignored-column = colonne inconnue « { $column } », ignorée
csv-no-language-column = l’en-tête ne nomme aucune colonne de langue
csv-bad-id = « { $id } » n’est pas un identifiant de terme valide : un nouvel identifiant sera créé
csv-bad-value = valeur « { $value } » invalide dans la colonne { $column }, ignorée
csv-no-term = valeurs pour « { $lang } » sans sa forme privilégiée, ignorées
csv-empty-row = ligne sans aucun terme, ignorée

## Reading documents

document-invalid-bytes = { $count ->
        [one] { $count } suite d’octets non valide en { $encoding } a été lue comme « � »
       *[other] { $count } suites d’octets non valides en { $encoding } ont été lues comme « � » (la première est ici)
    }
help-invalid-bytes = enregistrez le fichier en { $encoding }, ou déclarez son vrai jeu de caractères dans l’en-tête
document-no-source = pas de fichier source pour { $path } (attendu : { $expected })
help-no-source = ajoutez le fichier source, ou vérifiez que les répertoires source et cible se correspondent
document-fluent-needs-source = { $path } est un fichier Fluent : il faut un fichier source pour le vérifier
help-fluent-needs-source = indiquez le fichier ou le répertoire source avec --source (ou « source » dans une entrée [[pairs]] de gloss.toml)
document-unknown-format = { $path } : format de document inconnu
help-document-formats = gloss lit les fichiers Fluent (.ftl), gettext (.po, .pot), XLIFF (.xlf, .xliff), JSON (.json, .arb), Markdown (.md), HTML (.html, .htm), texte brut (.txt) et Word (.docx)
document-no-documents = { $path } ne contient aucun document que gloss sait lire
document-kind-mismatch = { $source } et { $target } doivent être tous deux des fichiers ou tous deux des répertoires
help-fluent-junk = cette entrée n’est pas vérifiée tant qu’elle n’est pas corrigée : « { $text } »
fluent-expected-token = « { $token } » attendu
fluent-expected-entry-identifier = un message doit commencer par son identifiant (une lettre, puis des lettres, des chiffres, « - » ou « _ »), un terme par « - » et son identifiant ; un commentaire commence par « # »
fluent-expected-identifier = un identifiant est attendu ici : une lettre, puis des lettres, des chiffres, « - » ou « _ »
fluent-expected-char-range = un caractère parmi « { $range } » attendu
fluent-expected-message-field = le message « { $id } » n’a ni valeur ni attribut
fluent-expected-term-field = le terme « { $id } » n’a pas de valeur
fluent-forbidden-callee = seules les fonctions (noms en capitales) peuvent être appelées
fluent-missing-default-variant = l’expression de sélection n’a pas de variante par défaut (marquée par *)
fluent-expected-value = valeur attendue
fluent-multiple-default-variants = une expression de sélection ne peut avoir qu’une variante par défaut
fluent-message-reference-as-selector = une référence de message ne peut pas servir de sélecteur
fluent-term-reference-as-selector = une référence de terme ne peut pas servir de sélecteur (utilisez l’un de ses attributs)
fluent-message-attribute-as-selector = un attribut de message ne peut pas servir de sélecteur
fluent-term-attribute-as-placeable = un attribut de terme ne peut pas servir de placeable
fluent-unterminated-string = chaîne littérale non terminée
fluent-positional-after-named = les arguments positionnels doivent précéder les arguments nommés
fluent-duplicated-argument = l’argument « { $name } » apparaît deux fois
fluent-unknown-escape = séquence d’échappement inconnue « { $escape } »
fluent-invalid-unicode-escape = séquence d’échappement Unicode non valide « { $escape } »
fluent-unbalanced-brace = accolade fermante sans accolade ouvrante
fluent-expected-inline-expression = expression en ligne attendue
fluent-expected-simple-selector = expression simple attendue comme sélecteur
fluent-expected-literal = chaîne ou nombre littéral attendu
fluent-nested-too-deep = des placeables sont imbriqués sur plus de { $limit } niveaux
fluent-too-many-variants = « { $id } » a plus de { $limit } combinaisons de variantes ; seules les { $limit } premières sont vérifiées
po-unterminated-string = chaîne non terminée : le " fermant manque
po-expected-string = chaîne entre guillemets attendue après { $keyword }
po-text-after-string = texte inattendu après le " fermant
po-unknown-keyword = « { $text } » inattendu : msgctxt, msgid, msgid_plural, msgstr, une chaîne ou un commentaire attendu
po-orphan-string = une ligne de chaîne qui ne prolonge aucun mot-clé
po-missing-msgid = { $keyword } sans msgid
po-missing-msgstr = l’entrée « { $id } » n’a pas de msgstr (le fichier est-il tronqué ?)
po-duplicate-keyword = { $keyword } apparaît deux fois dans une entrée
po-plural-needs-index = une entrée avec msgid_plural demande msgstr[0], msgstr[1]… au lieu de msgstr
po-index-needs-plural = msgstr[n] demande un msgid_plural avant lui
po-unknown-escape = séquence d’échappement inconnue « { $escape } » (lue comme « { $shown } »)
po-unknown-charset = jeu de caractères inconnu « { $charset } » : le fichier est lu en UTF-8
help-po-syntax = chaque entrée est msgid "…" puis msgstr "…" ; les chaînes sont entre guillemets droits, avec \" pour un guillemet ; cette entrée n’est pas vérifiée

## Fluent structure

fluent-missing-message = « { $id } » manque dans la traduction
fluent-obsolete-message = « { $id } » n’est pas dans le fichier source : il est obsolète
fluent-missing-attribute = l’attribut « { $attribute } » de « { $id } » manque dans la traduction
fluent-obsolete-attribute = l’attribut « { $attribute } » de « { $id } » n’est pas dans la source : il est obsolète
fluent-missing-value = « { $id } » a une valeur dans la source mais seulement des attributs dans la traduction
fluent-obsolete-value = « { $id } » a une valeur dans la traduction mais seulement des attributs dans la source
fluent-unknown-variable = « { $variable } » n’est pas une variable du message source
fluent-dropped-variable = la source utilise « { $variable } », la traduction non
fluent-unknown-term-reference = le terme « { $reference } » n’est défini dans aucun fichier de cette langue
fluent-unknown-message-reference = le message « { $reference } » n’est défini dans aucun fichier de cette langue
fluent-dropped-reference = la source fait référence à « { $reference } », la traduction non
fluent-added-reference = la traduction fait référence à « { $reference } », la source non
fluent-duplicate-entry = « { $id } » est défini deux fois
fluent-duplicate-attribute = l’attribut « { $attribute } » est défini deux fois dans « { $id } »
fluent-duplicate-key = la clé de variante « { $key } » apparaît deux fois
fluent-untranslated = « { $id } » est identique à la source
fluent-not-a-plural-category = « { $key } » n’est pas une catégorie de pluriel en « { $language } » (catégories : { $categories })
fluent-missing-plural-category = la source a une variante « { $key } », la traduction non
fluent-literal-plural-number = la variante [{ $key }] écrit { $number }, mais en « { $language } » la catégorie { $key } contient { $numbers } : écrivez { $placeable }
fluent-plural-variant-without-variable = la variante [{ $key }] n’affiche pas { $placeable }, mais en « { $language } » la catégorie { $key } contient { $numbers }
fluent-missing-file = { $path } manque : { $count ->
        [one] { $count } message n’est pas traduit
       *[other] { $count } messages ne sont pas traduits
    }
note-source-message = dans la source

## Glossary as Fluent terms

fluent-export-header = Termes du glossaire, produits par « gloss export fluent ». Modifiez ici une forme privilégiée et rapportez-la avec « gloss import fluent », ou modifiez le glossaire et exportez de nouveau.
import-fluent-unknown-term = « -{ $id } » n’est pas un concept du glossaire : ignoré
help-import-fluent-unknown-term = ajoutez d’abord le concept au glossaire (gloss add), ou renommez le terme avec un identifiant existant
import-fluent-not-plain = « -{ $id } » n’est pas une forme simple (placeables ou plusieurs lignes) : ignoré
help-import-fluent-not-plain = une forme du glossaire est du texte simple : écrivez-la sans placeable
import-fluent-bad-gender = « { $value } » n’est pas un genre (« -{ $id } ») : ignoré
help-import-fluent-gender = utilisez masculine, feminine, neuter ou common
export-up-to-date = { $path } est à jour
export-stale = { $path } n’est pas à jour : exportez-le de nouveau
export-no-language = quelle langue ? Le glossaire n’a pas d’autre langue que sa langue source
help-export-lang = indiquez-la avec --lang, par exemple gloss export fluent --lang fr, ou définissez target-language dans gloss.toml
import-fluent-summary = { $path } : { $terms ->
        [one] { $terms } forme privilégiée modifiée
       *[other] { $terms } formes privilégiées modifiées
    } et { $genders ->
        [one] { $genders } genre modifié
       *[other] { $genders } genres modifiés
    }
rule-missing-message-summary = Un message ou un terme du fichier source manque dans la traduction.
rule-missing-message-doc = Chaque message et chaque terme d’un fichier source Fluent doit être défini dans le fichier cible de même chemin relatif. Le constat indique où le message irait : avant la traduction du message source suivant. À l’exécution, un message manquant se rabat sur une autre langue ou affiche son identifiant.
rule-obsolete-message-summary = Un message ou un terme de la traduction n’est plus dans le fichier source.
rule-obsolete-message-doc = Un message ou un terme que le fichier source ne définit plus est un poids mort dans la traduction : il a été renommé ou supprimé en amont. Supprimez-le, ou traduisez le nouvel identifiant.
rule-missing-attribute-summary = Un attribut d’un message source manque dans sa traduction.
rule-missing-attribute-doc = Chaque attribut d’un message source (.label, .title, .accesskey…) doit aussi figurer dans le message traduit : le programme le demande par son nom. Les attributs des termes sont propres à chaque langue et ne sont pas comparés.
rule-obsolete-attribute-summary = Un message traduit a un attribut que son message source n’a pas.
rule-obsolete-attribute-doc = Un attribut que le message source n’a pas n’est jamais demandé : il a été renommé ou supprimé en amont, ou son nom est mal écrit.
rule-missing-value-summary = Le message source a une valeur et la traduction seulement des attributs, ou l’inverse.
rule-missing-value-doc = Un message a une valeur (un texte après le signe égal) dans les deux langues ou dans aucune : le programme affiche la valeur ou ne lit que les attributs.
rule-unknown-variable-summary = La traduction utilise une variable que le message source n’utilise jamais.
rule-unknown-variable-doc = Les variables ({ "{" } $nom { "}" }) sont fournies par le programme ; une variable que le message source (valeur et attributs ensemble) n’utilise jamais est sans doute mal écrite, et Fluent l’affiche comme une erreur à l’exécution.
rule-dropped-variable-summary = La traduction n’utilise pas une variable du message source.
rule-dropped-variable-doc = Une variable du message source que la traduction n’utilise jamais est souvent une valeur oubliée. Ce n’est qu’un avertissement : un message peut à bon droit dire une valeur en toutes lettres, quand une variante de pluriel ne vaut que pour cette valeur.
rule-unknown-term-reference-summary = Une référence de terme n’est définie dans aucun fichier de la langue de la traduction.
rule-unknown-term-reference-doc = Une référence { "{" } -terme { "}" } doit nommer un terme défini dans le même fichier ou dans un autre fichier de la même langue (tous les fichiers du répertoire cible sont examinés) ; sinon Fluent ne peut pas mettre le message en forme.
rule-unknown-message-reference-summary = Une référence de message n’est définie dans aucun fichier de la langue de la traduction.
rule-unknown-message-reference-doc = Une référence { "{" } message { "}" } ou { "{" } message.attribut { "}" } doit nommer un message (et un attribut) défini dans le même fichier ou dans un autre fichier de la même langue ; sinon Fluent ne peut pas mettre le message en forme.
rule-dropped-reference-summary = La source fait référence à un message ou à un terme, la traduction non.
rule-dropped-reference-doc = Une référence à un message ou à un terme (le nom de la marque, par exemple) dans une valeur ou un attribut source devrait aussi figurer dans sa traduction ; compare-locales signale la même chose comme une référence manquante. Les références aux attributs des termes ne sont pas comparées.
rule-added-reference-summary = La traduction fait référence à un message ou à un terme, la source non.
rule-added-reference-doc = Une référence dans une valeur ou un attribut traduit que sa source n’a pas est souvent un reste ou un mauvais identifiant ; compare-locales signale la même chose comme une référence obsolète.
rule-duplicate-id-summary = Un identifiant, un attribut ou une clé de variante est défini deux fois.
rule-duplicate-id-doc = Un identifiant de message ou de terme défini deux fois dans un fichier, un attribut répété dans un message ou une clé de variante répétée dans une expression de sélection : un seul est jamais utilisé (le premier, pour les messages), l’autre est une erreur.
rule-junk-summary = Une partie du fichier n’est pas du Fluent valide.
rule-junk-doc = Fluent ignore une entrée qu’il ne sait pas analyser (du « junk ») et poursuit la lecture. Le constat donne la place de l’erreur et la première ligne de l’entrée ignorée ; rien dans cette entrée n’est vérifié tant qu’elle n’est pas corrigée.
rule-untranslated-summary = La traduction est identique au texte source.
rule-untranslated-doc = Une valeur ou un attribut de trois mots ou plus identique dans les deux langues n’a sans doute pas été traduit. Les textes plus courts (noms de produits, « Zoom »), les touches d’accès et les attributs de style ne sont pas signalés. Ce n’est qu’un avertissement.
rule-plural-categories-summary = Les variantes de pluriel ne correspondent pas aux catégories de pluriel de la langue cible.
rule-plural-categories-doc = Une expression de sélection sur un nombre ne peut utiliser que les catégories de pluriel CLDR de la langue cible (français : one, many, other ; anglais : one, other) ou des nombres exacts, et doit avoir chaque catégorie que la source couvre et que la langue cible possède. gloss connaît les catégories d’une petite table de langues intégrée ; les autres ne sont pas vérifiées.
rule-literal-plural-number-summary = Une variante de pluriel présume un seul nombre d’une catégorie qui en contient plusieurs.
rule-literal-plural-number-doc = Une catégorie de pluriel peut contenir plus d’un nombre : en français, « one » contient 0 et 1 ; en russe, « one » contient 1, 21, 31… Une variante qui écrit un tel nombre en chiffres (« [one] 1 erreur ») ou qui n’affiche jamais la variable du sélecteur (« [one] un fichier ») se lit mal pour les autres nombres de sa catégorie : « 1 erreur » quand il n’y en a aucune. Écrivez la variable ({ "{" } $count { "}" } erreur), ou donnez au nombre une variante à lui ([0]), ce qui le retire de la catégorie. Les catégories viennent des règles de pluriel CLDR de la langue cible ; « other », qui contient presque tous les nombres, n’est pas vérifiée.
rule-missing-file-summary = Un fichier source n’a pas de fichier de traduction.
rule-missing-file-doc = Quand la source et la cible sont des répertoires, chaque fichier Fluent du répertoire source doit exister au même chemin relatif dans le répertoire cible ; sinon tous ses messages manquent.
