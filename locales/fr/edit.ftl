## Messages of glossary editing, import and export.

arg-force = Remplacer un fichier en lecture seule qui vous appartient (il reste en lecture seule)
edit-read-only = { $path } est en lecture seule : rien n’a été écrit
help-edit-read-only = rendez-le modifiable (chmod u+w) ou ajoutez --force pour le remplacer quand même
edit-read-only-not-owner = { $path } est en lecture seule et appartient à un autre utilisateur : rien n’a été écrit
