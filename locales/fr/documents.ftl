## Messages of translated documents: readers, alignment, document rules.

documents-empty = { $path } ne contient aucun texte à vérifier
documents-format-mismatch = { $source } est au format { $source_format } mais { $target } au format { $target_format } : les deux côtés d’une paire doivent avoir le même format
documents-help-format-mismatch = renommez l’un des fichiers, ou donnez à la paire un `format = "…"` dans gloss.toml
documents-needs-source = { $path } est un document { $format } : il faut un document source pour le vérifier (--source)
documents-markdown-unclosed-fence = ce bloc de code n’est jamais fermé : la suite du fichier est lue comme du code et n’est pas vérifiée
documents-help-unclosed-fence = fermez le bloc par une ligne des mêmes accents graves ou tildes
documents-html-unclosed = <{ $element }> n’est jamais fermé : la suite de la page n’est pas vérifiée
documents-help-html-unclosed = ajoutez la balise fermante </{ $element }>
documents-xml-malformed = XML mal formé : { $reason }
documents-xml-entity = les déclarations d’entités, les entités externes et les appels d’entités sont refusés
documents-help-xml-entity = supprimez la déclaration de type de document et écrivez les caractères eux-mêmes (ou en références &#…;)
documents-xliff-not-xliff = ce fichier n’a pas d’élément racine <xliff>
documents-xliff-no-targets = { $count ->
    [0] ce fichier XLIFF n’a aucune unité, donc aucune cible
    [one] l’unité de ce fichier XLIFF n’a pas de cible
   *[other] aucune des { $count } unités de ce fichier XLIFF n’a de cible
}
documents-help-xliff-no-targets = traduisez le fichier avant de le vérifier : chaque unité doit avoir sa traduction
documents-docx-unreadable = { $path } ne peut pas être lu comme un document Word : { $reason }
documents-docx-part = { $path } : une partie du document ne peut pas être lue : { $reason }
documents-help-docx = enregistrez de nouveau le document au format .docx depuis un traitement de texte
documents-json-bom = le fichier commence par une marque d’ordre des octets, que JSON n’autorise pas
documents-help-json-bom = enregistrez le fichier en UTF-8 sans BOM
documents-json-malformed = JSON mal formé : { $expected } attendu
documents-json-duplicate-key = la clé « { $key } » est définie deux fois : la dernière l’emporte
documents-json-first-key = première définition ici
documents-note-paragraph = paragraphe { $paragraph }, colonne { $column }
documents-language-swapped = ce fichier est écrit de « { $target } » vers « { $source } » : ses côtés sont vérifiés dans l’autre sens
documents-language-mismatch = ce côté du fichier est en « { $declared } », mais la vérification attend « { $expected } » : il n’est pas vérifié
documents-help-language-mismatch = vérifiez le fichier avec un glossaire de ses langues (source-language et target-language dans gloss.toml)
config-bad-format = format de document inconnu « { $value } »
help-formats = les formats sont : { $formats }
cmd-align = Montre comment un document source et sa traduction sont appariés en segments : quelles lignes sources sont vérifiées avec quelles lignes cibles
arg-align-source = Document en langue source
arg-align-target = Document en langue cible
arg-align-format = Format de sortie : human (côte à côte) ou json (paires avec les lignes des deux côtés)
documents-align-summary = { $count ->
    [one] { $count } paire
   *[other] { $count } paires
}
rule-number-mismatch-summary = Un nombre de la source manque dans la traduction, ou la traduction en a un que la source n’a pas.
rule-number-mismatch-doc = Compare les nombres des deux côtés quelle que soit la notation de chaque langue : 1.5 et 1,5, 1,000 et 1 000, 10% et 10 %, 1st et 1er, les dates dans l’un ou l’autre ordre du jour et du mois. Les nombres dans les variables et le code ne sont pas comparés, et un nombre jusqu’à douze peut être écrit en toutes lettres d’un côté. Dans un texte médical, une dose erronée nuit aux patients : c’est une erreur.
rule-placeholder-mismatch-summary = Une variable n’est que d’un côté, ou son type a changé.
rule-placeholder-mismatch-doc = Compare les variables des deux côtés : conversions printf (%s, %1$d, %(name)s), accolades ({ "{" }name{ "}" }, { "{{" }var{ "}}" }), arguments ICU et codes en ligne XLIFF. Les conversions numérotées peuvent changer d’ordre ; la forme du singulier d’une entrée au pluriel peut omettre son nombre. Les variables Fluent sont vérifiées par unknown-variable et dropped-variable.
documents-number-missing = le nombre { $number } de la source manque dans la traduction
documents-number-added = le nombre { $number } n’est pas dans la source
documents-placeholder-missing = la variable { $placeholder } de la source manque dans la traduction
documents-placeholder-added = la variable { $placeholder } n’est pas dans la source
documents-placeholder-changed = la variable { $placeholder } remplace { $source } de la source
