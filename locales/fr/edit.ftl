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
