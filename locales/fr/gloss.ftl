# Interface de gloss — français.
# Chaque message doit aussi exister dans locales/en-US/gloss.ftl avec les
# mêmes paramètres ; un test le vérifie.

## Niveaux et aide générale

level-error = erreur
level-warning = avertissement
level-help = aide
help-usage = Utilisation :
help-heading-commands = Commandes
help-heading-options = Options
help-heading-arguments = Arguments
help-value-command = COMMANDE

## Erreurs de ligne de commande

cli-unknown-argument = argument inattendu « { $arg } »
cli-unknown-command = commande inconnue « { $command } »
cli-invalid-value = valeur « { $value } » invalide pour { $arg } (valeurs possibles : { $valid })
cli-missing-argument = argument obligatoire manquant : { $arg }
cli-missing-command = une commande est requise
cli-error = { $reason }
cli-see-help = Pour en savoir plus, essayez « gloss --help ».

## Commandes et arguments (textes d’aide)

cmd-gloss = Vérificateur terminologique pour les traductions : tient le glossaire, vérifie que les traductions emploient les termes approuvés, recherche les termes et publie le glossaire.
arg-lang = Langue de l’interface (étiquette BCP 47 comme « fr » ou paramètre régional comme « fr_FR.UTF-8 »)
arg-color = Quand utiliser les couleurs : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never
arg-config = Fichier de configuration à utiliser au lieu du gloss.toml le plus proche
arg-glossary = Fichier ou répertoire du glossaire (répétable) ; remplace la configuration
arg-help = Afficher l’aide
arg-version = Afficher la version
cmd-validate = Valider les fichiers du glossaire et signaler chaque problème
arg-validate-paths = Fichiers ou répertoires du glossaire (par défaut : le glossaire configuré)
arg-validate-strict = Terminer avec le code 1 en cas d’avertissements
cmd-check = Vérifier les traductions par rapport au glossaire
arg-check-source = Fichier ou répertoire en langue source
arg-check-target = Fichier ou répertoire en langue cible

## Lecture des fichiers

error-not-found = { $path } : fichier ou répertoire introuvable
error-read-file = impossible de lire { $path } : { $reason }
error-binary-file = { $path } est un fichier binaire, pas du texte
error-invalid-utf8 = { $path }:{ $line }:{ $column } : le fichier n’est pas en UTF-8 valide
error-output = impossible d’écrire la sortie : { $reason }
error-no-toml = { $path } ne contient aucun fichier .toml
help-no-toml = indiquez un fichier de glossaire, ou un répertoire contenant des fichiers *.toml
help-check-path = vérifiez le chemin, les droits et l’encodage du fichier (gloss lit l’UTF-8)

## Configuration

config-invalid = configuration invalide : { $reason }
help-config = voir « Configuration » dans le README pour les clés de gloss.toml

## Validation du glossaire

glossary-toml-syntax = erreur de syntaxe TOML : { $reason }
help-toml-syntax = corrigez la syntaxe TOML à cet endroit (les chaînes demandent des guillemets, les tables des [crochets])
glossary-unknown-key = clé inconnue « { $key } »
help-did-you-mean = vouliez-vous dire « { $name } » ?
help-known-keys = clés connues : { $keys }
glossary-wrong-type = « { $key } » doit être de type { $expected }
glossary-empty-form = forme vide
glossary-bad-language = « { $tag } » n’est pas une étiquette de langue BCP 47 valide
help-language-tag = utilisez une étiquette comme « en », « fr » ou « fr-CA »
glossary-undeclared-language = la langue « { $tag } » n’est pas déclarée dans les languages de [glossary] ({ $declared })
help-declare-language = ajoutez « { $tag } » à la liste languages de l’en-tête [glossary], ou corrigez l’étiquette
glossary-bad-id = « { $id } » n’est pas un identifiant de terme valide (un identifiant Fluent : une lettre, puis des lettres, chiffres, « - » ou « _ »)
help-fluent-id = renommez-le, par exemple en « { $suggestion } »
glossary-bad-value = valeur « { $value } » invalide pour « { $key } »
glossary-no-terms-table = { $path } ne définit aucun terme
help-no-terms-table = ajoutez une table par concept, par exemple [terms.cellule-souche] avec en = "stem cell" et fr = "cellule souche"
glossary-no-terms = le concept « { $id } » n’a de terme dans aucune langue
help-no-terms = ajoutez au moins une langue, par exemple en = "…"
glossary-missing-term = forme privilégiée absente ou vide pour la langue « { $lang } »
help-missing-term = donnez la forme privilégiée sous forme de chaîne, ou term = "…" dans la table de la langue
glossary-accepted-and-forbidden = « { $form } » est à la fois acceptée et interdite dans « { $id } »
help-accepted-and-forbidden = retirez-la de la liste forbidden ou des formes acceptées
glossary-ambiguous-form = « { $form } » de « { $id } » est aussi une forme acceptée de « { $other } » : les correspondances sont ambiguës
note-first-claimed = d’abord revendiquée par « { $id } » ici
help-ambiguous-form = gardez la forme dans un seul concept, ou fusionnez les deux concepts
glossary-duplicate-id = identifiant de terme en double « { $id } »
note-first-defined = défini d’abord ici
help-duplicate-id = les identifiants doivent être uniques dans tous les fichiers du glossaire : renommez ou fusionnez l’un d’eux
glossary-dnt-differs = « { $id } » est marqué « à ne pas traduire » mais ses formes diffèrent selon les langues
help-dnt-differs = un terme à ne pas traduire a la même forme dans toutes les langues : donnez une seule forme, ou retirez dnt
validate-summary = { $concepts ->
        [one] 1 concept
       *[other] { $concepts } concepts
    } dans { $files ->
        [one] 1 fichier
       *[other] { $files } fichiers
    } : { $errors ->
        [one] 1 erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] 1 avertissement
       *[other] { $warnings } avertissements
    }

## Vérification

check-pair = vérifierait { $source } → { $target }

## Reading documents

document-invalid-bytes = { $count ->
        [one] une suite d’octets non valide en { $encoding } a été lue comme « � »
       *[other] { $count } suites d’octets non valides en { $encoding } ont été lues comme « � » (la première est ici)
    }
help-invalid-bytes = enregistrez le fichier en { $encoding }, ou déclarez son vrai jeu de caractères dans l’en-tête
document-no-source = pas de fichier source pour { $path } (attendu : { $expected })
help-no-source = ajoutez le fichier source, ou vérifiez que les répertoires source et cible se correspondent
document-fluent-needs-source = { $path } est un fichier Fluent : il faut un fichier source pour le vérifier
help-fluent-needs-source = indiquez le fichier ou le répertoire source avec --source (ou « source » dans une entrée [[pairs]] de gloss.toml)
document-unknown-format = { $path } : format de document inconnu
help-document-formats = gloss lit les fichiers Fluent (.ftl) et les catalogues gettext (.po, .pot)
document-no-documents = { $path } ne contient aucun fichier .ftl ou .po
document-kind-mismatch = { $source } et { $target } doivent être tous deux des fichiers ou tous deux des répertoires
help-fluent-junk = cette entrée n’est pas vérifiée tant qu’elle n’est pas corrigée : « { $text } »
fluent-expected-token = « { $token } » attendu
fluent-expected-char-range = un caractère parmi « { $range } » attendu
fluent-expected-message-field = le message « { $id } » n’a ni valeur ni attribut
fluent-expected-term-field = le terme « { $id } » n’a pas de valeur
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
fluent-duplicated-argument = l’argument « { $name } » apparaît deux fois
fluent-unknown-escape = séquence d’échappement inconnue « { $escape } »
fluent-invalid-unicode-escape = séquence d’échappement Unicode non valide « { $escape } »
fluent-unbalanced-brace = accolade fermante sans accolade ouvrante
fluent-expected-inline-expression = expression en ligne attendue
fluent-expected-simple-selector = expression simple attendue comme sélecteur
fluent-expected-literal = chaîne ou nombre littéral attendu
fluent-nested-too-deep = des placeables sont imbriqués sur plus de { $limit } niveaux
fluent-too-many-variants = « { $id } » a plus de { $limit } combinaisons de variantes ; seules les { $limit } premières sont vérifiées
po-unterminated-string = chaîne non terminée : le " fermant manque
po-expected-string = chaîne entre guillemets attendue après { $keyword }
po-text-after-string = texte inattendu après le " fermant
po-unknown-keyword = « { $text } » inattendu : msgctxt, msgid, msgid_plural, msgstr, une chaîne ou un commentaire attendu
po-orphan-string = une ligne de chaîne qui ne prolonge aucun mot-clé
po-missing-msgid = { $keyword } sans msgid
po-missing-msgstr = l’entrée « { $id } » n’a pas de msgstr (le fichier est-il tronqué ?)
po-duplicate-keyword = { $keyword } apparaît deux fois dans une entrée
po-plural-needs-index = une entrée avec msgid_plural demande msgstr[0], msgstr[1]… au lieu de msgstr
po-index-needs-plural = msgstr[n] demande un msgid_plural avant lui
po-unknown-escape = séquence d’échappement inconnue « { $escape } » (lue comme « { $shown } »)
po-unknown-charset = jeu de caractères inconnu « { $charset } » : le fichier est lu en UTF-8
help-po-syntax = chaque entrée est msgid "…" puis msgstr "…" ; les chaînes sont entre guillemets droits, avec \" pour un guillemet ; cette entrée n’est pas vérifiée

## Fluent structure

fluent-missing-message = « { $id } » manque dans la traduction
fluent-obsolete-message = « { $id } » n’est pas dans le fichier source : il est obsolète
fluent-missing-attribute = l’attribut « { $attribute } » de « { $id } » manque dans la traduction
fluent-obsolete-attribute = l’attribut « { $attribute } » de « { $id } » n’est pas dans la source : il est obsolète
fluent-missing-value = « { $id } » a une valeur dans la source mais seulement des attributs dans la traduction
fluent-obsolete-value = « { $id } » a une valeur dans la traduction mais seulement des attributs dans la source
fluent-unknown-variable = « { $variable } » n’est pas une variable du message source
fluent-dropped-variable = la source utilise « { $variable } », la traduction non
fluent-unknown-term-reference = le terme « { $reference } » n’est défini dans aucun fichier de cette langue
fluent-unknown-message-reference = le message « { $reference } » n’est défini dans aucun fichier de cette langue
fluent-dropped-reference = la source fait référence à « { $reference } », la traduction non
fluent-added-reference = la traduction fait référence à « { $reference } », la source non
fluent-duplicate-entry = « { $id } » est défini deux fois
fluent-duplicate-attribute = l’attribut « { $attribute } » est défini deux fois dans « { $id } »
fluent-duplicate-key = la clé de variante « { $key } » apparaît deux fois
fluent-untranslated = « { $id } » est identique à la source
fluent-not-a-plural-category = « { $key } » n’est pas une catégorie de pluriel en « { $language } » (catégories : { $categories })
fluent-missing-plural-category = la source a une variante « { $key } », la traduction non
fluent-missing-file = { $path } manque : { $count ->
        [one] un message n’est pas traduit
       *[other] { $count } messages ne sont pas traduits
    }
note-source-message = dans la source

## Glossary as Fluent terms

fluent-export-header = Termes du glossaire, produits par « gloss export fluent ». Modifiez ici une forme préférée et rapportez-la avec « gloss import fluent », ou modifiez le glossaire et exportez de nouveau.
import-fluent-unknown-term = « -{ $id } » n’est pas un concept du glossaire : ignoré
help-import-fluent-unknown-term = ajoutez d’abord le concept au glossaire (gloss add), ou renommez le terme avec un identifiant existant
import-fluent-not-plain = « -{ $id } » n’est pas une forme simple (placeables ou plusieurs lignes) : ignoré
help-import-fluent-not-plain = une forme du glossaire est du texte simple : écrivez-la sans placeable
import-fluent-bad-gender = « { $value } » n’est pas un genre (« -{ $id } ») : ignoré
help-import-fluent-gender = utilisez masculine, feminine, neuter ou common
