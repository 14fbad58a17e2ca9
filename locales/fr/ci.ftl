## Messages des formats pour l’intégration continue, des corrections, des références et des exceptions.

cmd-fix = Applique les corrections des constats (la forme approuvée à la place d’une forme interdite), vérifie de nouveau et dit combien de constats ont été corrigés et combien restent. Seuls les octets de chaque correction changent ; le fichier garde ses fins de ligne, son BOM et son encodage, et il est remplacé de façon atomique.
arg-fix-paths = Catalogues PO à corriger (chacun contient la source et la cible)
arg-fix-source = Fichier ou dossier de la langue source
arg-fix-target = Fichier ou dossier de la langue cible à corriger
arg-fix-include_fuzzy = Corriger aussi les entrées PO marquées fuzzy
arg-fix-rule = Ne corriger que les constats de cette règle (répétable)
arg-fix-term = Ne corriger que les constats de ce terme du glossaire (répétable)
arg-fix-force = Remplacer aussi les fichiers en lecture seule qui vous appartiennent (ils le restent)
arg-validate-format = Format de sortie : human (diagnostics), ou json, sarif, github, gitlab, junit : les problèmes du glossaire sur la sortie standard, comme pour « gloss check »
arg-check-quiet = N’afficher que la ligne de résumé, et rien quand il n’y a aucun constat
arg-check-statistics = Afficher le nombre de constats par règle et par terme, du plus fréquent au moins fréquent, au lieu de chaque constat
arg-check-diff = Afficher les modifications que ferait « gloss fix », sous forme de diff unifié, au lieu des constats (code de sortie 1 s’il y en a)
cmd-completions = Affiche le script de complétion d’un shell (bash, zsh, fish, powershell, elvish)
arg-completions-shell = Le shell
cmd-manpage = Affiche la page de manuel de gloss (roff)
ci-note-approved-missing = le terme approuvé « { $approved } » manque : cette forme est à sa place
ci-sarif-rule-help = { $doc } « gloss rules { $rule } » donne la gravité en vigueur de la règle.
ci-fix-description = Remplacer par « { $replacement } »
ci-statistics-rules = Constats par règle :
ci-statistics-terms = Constats par terme :
ci-fix-write-failed = impossible d’écrire les corrections : { $reason }
ci-help-fix-unchanged = le fichier est resté tel quel ; les fichiers corrigés avant lui gardent leurs corrections
ci-fix-summary = { $fixed ->
        [one] { $fixed } constat corrigé
       *[other] { $fixed } constats corrigés
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $remaining ->
        [0] aucun ne reste
        [one] { $remaining } reste
       *[other] { $remaining } restent
    }
rule-unused-suppression-summary = Un commentaire gloss-ignore ne fait taire aucun constat.
rule-unused-suppression-doc = Un commentaire « # gloss-ignore: règle terme -- raison » sur un message Fluent ou parmi les commentaires du traducteur d’une entrée PO fait taire les constats de ce message ou de cette entrée dont il nomme la règle et le terme (toutes les règles, ou tous les termes, s’il n’en nomme aucun). Un commentaire qui ne fait taire aucun constat (la traduction a été corrigée, un nom est mal écrit) est signalé pour qu’on le retire. Un simple avertissement.
ci-unused-suppression = cette exception ne fait taire aucun constat : { $comment }
arg-check-baseline = Ne signaler que les constats que ce fichier de référence (écrit par --write-baseline) n’enregistre pas, et dire combien des siens sont corrigés
arg-check-write_baseline = Enregistrer les constats d’aujourd’hui dans ce fichier de référence (JSON trié, par empreinte et non par ligne) au lieu de les signaler
ci-baseline-unreadable = impossible de lire la référence { $path } : { $reason }
ci-help-baseline = écrivez-la avec « gloss check --write-baseline { $path } »
ci-baseline-written = { $count ->
        [one] { $count } constat enregistré
       *[other] { $count } constats enregistrés
    } dans { $path }
ci-baseline-fixed = { $fixed ->
        [one] { $fixed } constat sur les { $total } de la référence { $path } n’est plus trouvé
       *[other] { $fixed } constats sur les { $total } de la référence { $path } ne sont plus trouvés
    } : lancez « gloss check --write-baseline { $path } » pour la resserrer
arg-check-partition = Ne vérifier que la part K sur N des fichiers (par exemple 2/4), pour une matrice d’intégration continue : chaque fichier appartient à une part, choisie par un hachage de son chemin
arg-fix-partition = Ne corriger que la part K sur N des fichiers (par exemple 2/4)
ci-bad-partition = « { $value } » n’est pas une part des fichiers
ci-help-partition = écrivez K/N avec 1 ≤ K ≤ N, par exemple --partition 2/4
