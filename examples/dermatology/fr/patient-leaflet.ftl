### Notice d’information du patient : traitement par cellules souches des plaies chroniques et des cicatrices de brûlure.
### Traduction française (fr) de la démonstration fournie avec gloss.

## Titre

leaflet-title = Traitement par cellules souches des plaies chroniques et des cicatrices de brûlure
    .subtitle = Information destinée aux patients et à leurs proches

## Le traitement

leaflet-intro = Votre médecin vous propose un traitement qui utilise vos propres cellules souches pour aider une plaie chronique ou une cicatrice de brûlure à se refermer.
leaflet-what = Une { -cellule-souche } est une cellule qui n’est pas encore spécialisée. Elle peut devenir une cellule de la peau, comme un kératinocyte, qui construit l’{ -epiderme }, ou un fibroblaste, qui fabrique le collagène du derme.
leaflet-harvest = Les cellules sont prélevées dans votre propre tissu adipeux lors d’une courte intervention sous anesthésie locale. Comme elles sont autologues, votre organisme les reconnaît comme les siennes.
leaflet-own-cells = L’utilisation de vos propres cellules mères évite tout risque de rejet.
leaflet-lab = Au laboratoire, des cellules souches mésenchymateuses (CSM) sont isolées à partir de ce tissu et cultivées pendant environ trois semaines.
leaflet-action = Après l’injection, ces cellules libèrent des facteurs de croissance et des cytokines qui atténuent l’inflammation, favorisent la formation de nouveaux vaisseaux sanguins (angiogenèse) et stimulent la production de collagène.
leaflet-not-used = Aucune cellule issue du sang de cordon, de la moelle osseuse ou d’embryons n’est utilisée.

## Déroulement du traitement

leaflet-procedure = Les cellules sont administrées par injection intradermique sur le pourtour de la plaie, ou appliquées sur celle-ci au moyen d’un scaffold en collagène.
leaflet-sessions = { $count ->
    [one] Votre plan de traitement comprend { $count } séance d’injection.
   *[other] Votre plan de traitement comprend { $count } séances d’injection.
}
leaflet-graft = En cas de brûlures étendues, votre chirurgien peut associer les cellules à une greffe de peau ou à un substitut cutané.
leaflet-dressing = Gardez le pansement au sec et ne le retirez pas pendant les cinq jours qui suivent l’injection.

## Ce que vous pouvez attendre

leaflet-benefits = L’objectif est une cicatrisation plus rapide de la plaie, une cicatrice plus souple et plus plane, et une meilleure régénération de la peau.
leaflet-contracture = Traiter tôt une cicatrice de brûlure peut limiter les contractures, qui tendent la peau et gênent les mouvements.
leaflet-scar-types = Si vous avez une cicatrice hypertrophique ou une chéloïde, signalez-le à votre médecin avant le traitement.
leaflet-ulcers = Ce traitement peut aussi être proposé aux patients atteints d’un ulcère du pied diabétique ou d’un ulcère veineux de jambe.
leaflet-not-for = Ce traitement n’est destiné ni au psoriasis ni au vitiligo, et ce n’est pas un soin esthétique contre le vieillissement cutané.
leaflet-side-effects = Les effets indésirables les plus fréquents sont une rougeur (érythème), des démangeaisons et une douleur légère au point d’injection.
leaflet-alert = Appelez immédiatement votre équipe soignante si la plaie devient chaude, gonflée ou commence à sentir mauvais.

## Recherche et consentement

leaflet-trial = Ce traitement est encore évalué dans le cadre d’un essai clinique. Sa sécurité sur plusieurs années n’est pas encore entièrement établie.
leaflet-consent = Avant le traitement, il vous sera demandé de signer un formulaire de { -consentement-eclaire }.
leaflet-contact = Unité de soins des plaies : 01 23 45 67 89
    .title = Ouverte du lundi au vendredi, de 9 h à 17 h
