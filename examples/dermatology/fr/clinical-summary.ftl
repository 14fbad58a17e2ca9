### Résumé d’essai clinique : cellules souches mésenchymateuses autologues dans les plaies chroniques.
### Traduction française (fr) de la démonstration fournie avec gloss.

## En-tête

summary-title = Cellules souches mésenchymateuses autologues dans les plaies chroniques et les cicatrices de brûlure
    .subtitle = Synthèse d’un essai contrôlé randomisé de phase II
summary-department = Service de therapeutique dermatologique, centre hospitalier universitaire

## Contexte et méthodes

summary-background = Les plaies chroniques, comme les ulcères du pied diabétique et les ulcères veineux de jambe, ainsi que les cicatrices de brûlure hypertrophiques répondent mal aux soins habituels.
summary-rationale = Les cellules souches mésenchymateuses (CSM) libèrent un sécrétome riche en facteurs de croissance, dont le VEGF, l’EGF et le TGF-β, et exercent des effets immunomodulateurs.
summary-objective = L’essai a évalué l’innocuité et l’efficacité d’injections intradermiques de CSM autologues chez des patients atteints de plaies chroniques.
summary-design = Soixante patients ont été répartis par tirage au sort entre des injections de CSM et des injections de placebo, en double aveugle.
summary-control = Le { -groupe-temoin } a reçu des pansements standard et des injections de placebo.
summary-consent = Tous les participants ont donné par écrit leur consentement éclairé, et le comité d’éthique a approuvé le protocole.
summary-endpoint = Le critère d’évaluation principal était la fermeture complète de la plaie à 12 semaines.
summary-secondary = Les critères d’évaluation secondaires comprenaient le taux de réépithélialisation, la qualité de la cicatrice et la régénération cutanée sur biopsie.

## Résultats

summary-closed = { $count ->
    [one] À 12 semaines, { $count } patient du groupe CSM présentait une fermeture complète de la plaie.
   *[other] À 12 semaines, { $count } patients du groupe CSM présentaient une fermeture complète de la plaie.
}
summary-healing = La cicatrisation des plaies a été plus rapide que dans le groupe témoin, avec une réépithélialisation plus précoce.
summary-biopsies = Les biopsies ont montré une angiogénèse et une production de collagène accrues dans le derme.
summary-cytokines = Les taux de cytokines pro-inflammatoires comme le TNF-α et l’interleukine 6 ont diminué dans l’exsudat de la plaie.
summary-burns = Chez les patients porteurs de cicatrices de brûlure, le traitement a réduit l’épaisseur des cicatrices et limité la rétraction cicatricielle.
summary-adverse = Les événements adverses ont été légers et de fréquence comparable dans les deux groupes.
summary-serious = Aucun événement indésirable grave n’a été lié au traitement, et aucune tumorigénicité n’a été observée.

## Discussion

summary-evidence = Ces résultats renforcent l’évidence clinique en faveur des traitements à base de CSM dans les plaies chroniques.
summary-limits = Les limites de l’étude sont le faible effectif, la brièveté du suivi et l’absence de standardisation des protocoles de culture cellulaire.
summary-conclusion = L’injection intradermique de CSM autologues est une option prometteuse en thérapeutique dermatologique, mais des essais contrôlés randomisés de plus grande taille sont nécessaires.
summary-next = Un essai de phase III comparera les CSM aux autogreffes d’épiderme de culture et aux substituts cutanés chez des patients atteints de brûlures étendues.
summary-registration = Enregistrement de l’essai : NCT00000000 (numéro fictif).
