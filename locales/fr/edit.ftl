## Messages of glossary editing, import and export.

arg-force = Remplacer un fichier en lecture seule qui vous appartient (il reste en lecture seule)
edit-read-only = { $path } est en lecture seule : rien n’a été écrit
help-edit-read-only = rendez-le modifiable (chmod u+w) ou ajoutez --force pour le remplacer quand même
edit-read-only-not-owner = { $path } est en lecture seule et appartient à un autre utilisateur : rien n’a été écrit

cmd-init = Créer un glossaire vide : un fichier avec son en-tête [glossary] (langues, langue source, titre), prêt pour add et import. Un fichier existant n’est jamais écrasé.
arg-init-path = Le fichier du glossaire à créer, ou un répertoire où créer glossary.toml (par défaut : le glossaire configuré)
arg-init-languages = Les langues du glossaire, séparées par des virgules (par défaut : les langues source et cible configurées, sinon en,fr)
arg-init-source_language = La langue source par défaut de check (par défaut : celle de la configuration, sinon la première langue)
arg-init-title = Le titre affiché sur les pages publiées
init-exists = { $path } existe déjà : rien n’a été écrit
help-init-exists = ajoutez-y des concepts avec gloss add ou gloss import, ou donnez un autre chemin
init-source-not-declared = la langue source « { $lang } » n’est pas l’une des langues ({ $languages })
init-written = { $path } créé : ajoutez des concepts avec gloss add ou gloss import

help-possible-values = valeurs possibles : { $values }
edit-command-line = ligne de commande
edit-unwritten-file = { $path } tel que la modification l’écrirait
edit-add-duplicate = « { $id } » a déjà ces formes : rien n’a été ajouté
help-edit-add-duplicate = pour modifier ce concept, utilisez gloss set { $id } … (par exemple gloss set { $id } domain=…)
edit-mv-same-id = « { $id } » a déjà cet identifiant : rien à changer
export-without-form = { $count ->
        [one] { $count } concept n’a
       *[other] { $count } concepts n’ont
    } pas de forme en « { $lang } » et { $count ->
        [one] a été omis
       *[other] ont été omis
    } : { $ids }
help-export-without-form = ajoutez les formes avec gloss set ID { $lang }=…, ou vérifiez la langue
import-conflict-changes = diffère du concept { $id } du glossaire (glossaire → fichier), laissé tel quel :
    { $changes }
import-conflict-in-file = reprend le concept { $id } d’une entrée précédente du fichier avec d’autres valeurs (précédente → celle-ci), omis :
    { $changes }
import-earlier-row = l’entrée précédente
help-import-conflict-in-file = fusionnez les deux entrées du fichier en une seule (ou donnez-leur des identifiants différents), puis importez de nouveau
arg-import-delimiter = Séparateur de champs CSV (par défaut : détecté sur la ligne d’en-tête : virgule, point-virgule ou tabulation)
arg-import-map = Correspondance de colonne CSV pour un en-tête que gloss ne connaît pas, sous la forme NOM=COLONNE (répétable), par exemple --map English=en --map "Français=fr"
import-csv-only = --delimiter et --map sont des options de import csv
import-bad-map = « { $text } » n’est pas de la forme NOM=COLONNE
help-import-map = par exemple --map English=en (le nom de l’en-tête du fichier, puis la colonne de gloss)
csv-map-unknown-header = --map nomme « { $name } », qui n’est pas une colonne du fichier (ses colonnes : { $names })
csv-map-bad-column = « { $column } » n’est pas une colonne que gloss lit
help-csv-map = gloss lit les colonnes { $accepted } ; nommez les autres en-têtes avec --map NOM=COLONNE
import-language-skipped = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } en « { $lang } » { $count ->
        [one] omise
       *[other] omises
    } : les langues du glossaire sont { $languages }
help-import-language-skipped = pour les importer, ajoutez « { $lang } » aux langues de l’en-tête [glossary], puis importez de nouveau
help-lookup-empty-query = donnez un terme, par exemple gloss lookup "cellule souche"
lang-bad-tag = --lang « { $lang } » n’est ni une étiquette de langue ni une locale
lookup-answer-to = ▶ { $query }
