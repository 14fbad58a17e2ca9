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
config-bad-format = format de document inconnu « { $value } »
help-formats = les formats sont : { $formats }
