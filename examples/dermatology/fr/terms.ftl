### Termes du glossaire, produits par « gloss export fluent ». Modifiez ici une forme privilégiée et rapportez-la avec « gloss import fluent », ou modifiez le glossaire et exportez de nouveau.

# Branche de la dermatologie consacrée au traitement des maladies de la peau et à la réparation de la peau lésée par des médicaments, des actes ou des thérapies cellulaires.
-therapeutique-dermatologique = thérapeutique dermatologique
    .gender = feminine
# Domaine de la médecine qui vise à rétablir la structure et la fonction de tissus ou d’organes lésés, notamment au moyen de cellules, de biomatériaux et de facteurs de croissance.
-medecine-regeneratrice = médecine régénératrice
    .gender = feminine
# Traitement consistant à administrer des cellules vivantes à un patient pour remplacer, réparer ou moduler un tissu lésé.
-therapie-cellulaire = thérapie cellulaire
    .gender = feminine
# Cellule indifférenciée capable de s’autorenouveler et de donner naissance à un ou plusieurs types de cellules spécialisées.
-cellule-souche = cellule souche
    .gender = feminine
# Cellule souche multipotente des tissus conjonctifs, présente dans la moelle osseuse, le tissu adipeux et le cordon ombilical, capable de former des cellules osseuses, cartilagineuses et adipeuses et de sécréter des facteurs favorables à la réparation.
-cellule-souche-mesenchymateuse = cellule souche mésenchymateuse
    .gender = feminine
# Sigle de cellule souche mésenchymateuse ou de cellule stromale mésenchymateuse.
-csm = CSM
    .gender = feminine
# Cellule souche pluripotente issue de la masse cellulaire interne d’un embryon précoce, au stade de blastocyste.
-cellule-souche-embryonnaire = cellule souche embryonnaire
    .gender = feminine
# Cellule souche présente dans un tissu différencié après la naissance, généralement multipotente, qui assure l’entretien et la réparation de ce tissu.
-cellule-souche-adulte = cellule souche adulte
    .gender = feminine
# Cellule souche pluripotente obtenue par reprogrammation d’une cellule somatique adulte, par exemple un fibroblaste cutané, au moyen d’un ensemble défini de facteurs de transcription.
-cellule-souche-pluripotente-induite = cellule souche pluripotente induite
    .gender = feminine
# Sigle de cellule souche pluripotente induite.
-cspi = CSPi
    .gender = feminine
# Cellule souche multipotente de la moelle osseuse qui donne naissance à toutes les cellules du sang et du système immunitaire.
-cellule-souche-hematopoietique = cellule souche hématopoïétique
    .gender = feminine
# Descendante partiellement différenciée d’une cellule souche, capable d’un nombre limité de divisions et ne donnant qu’un éventail restreint de types cellulaires.
-cellule-progenitrice = cellule progénitrice
    .gender = feminine
# Capacité d’une cellule à donner naissance à tous les types cellulaires issus des trois feuillets embryonnaires.
-pluripotence = pluripotence
    .gender = feminine
# Microenvironnement spécialisé qui abrite les cellules souches et régule leur quiescence, leur autorenouvellement et leur différenciation.
-niche-cellules-souches = niche des cellules souches
    .gender = feminine
# Capacité d’une cellule souche à se diviser en produisant au moins une cellule fille qui demeure une cellule souche.
-autorenouvellement = autorenouvellement
    .gender = masculine
# Sang resté dans le cordon ombilical et le placenta après la naissance, source de cellules souches hématopoïétiques et d’autres cellules souches.
-sang-cordon-ombilical = sang de cordon ombilical
    .gender = masculine
# Tissu conjonctif gélatineux du cordon ombilical, source abondante de cellules souches mésenchymateuses.
-gelee-wharton = gelée de Wharton
    .gender = feminine
# Tissu mou qui remplit les cavités des os, lieu de formation des cellules sanguines, qui renferme des cellules souches hématopoïétiques et mésenchymateuses.
-moelle-osseuse = moelle osseuse
    .gender = feminine
# Tissu conjonctif constitué principalement de cellules graisseuses, source abondante et facile à prélever de cellules souches mésenchymateuses.
-tissu-adipeux = tissu adipeux
    .gender = masculine
# Se dit de cellules, de tissus ou de sang prélevés sur le patient même qui les recevra.
-autologue = autologue
# Se dit de cellules ou de tissus provenant d’un donneur de la même espèce, distinct du receveur.
-allogenique = allogénique
# Croissance de cellules hors de l’organisme dans des conditions de laboratoire contrôlées.
-culture-cellulaire = culture cellulaire
    .gender = feminine
# Multiplication en culture de cellules prélevées jusqu’à l’obtention d’une dose thérapeutique.
-amplification-cellulaire = amplification cellulaire
    .gender = feminine
# Conservation de cellules ou de tissus à très basse température, généralement dans l’azote liquide, afin de préserver leur viabilité.
-cryoconservation = cryoconservation
    .gender = feminine
# Couche externe de la peau, pluristratifiée et kératinisée, constituée principalement de kératinocytes et dépourvue de vaisseaux sanguins.
-epiderme = épiderme
    .gender = masculine
# Couche de tissu conjonctif située sous l’épiderme, riche en collagène, en fibroblastes, en vaisseaux sanguins et en nerfs.
-derme = derme
    .gender = masculine
# Partie superficielle et mince du derme, faite de tissu conjonctif lâche, qui s’engrène avec l’épiderme.
-derme-papillaire = derme papillaire
    .gender = masculine
# Partie profonde et épaisse du derme, constituée de faisceaux denses de fibres de collagène et de fibres élastiques.
-derme-reticulaire = derme réticulaire
    .gender = masculine
# Couche la plus profonde de la peau, située sous le derme et composée surtout de tissu adipeux.
-hypoderme = hypoderme
    .gender = masculine
# Fine couche de matrice extracellulaire spécialisée qui ancre l’épiderme au derme sous-jacent.
-membrane-basale = membrane basale
    .gender = feminine
# Zone d’interface entre l’épiderme et le derme, comprenant la membrane basale, qui assure leur adhérence et leurs échanges.
-jonction-dermo-epidermique = jonction dermo-épidermique
    .gender = feminine
# Couche la plus profonde de l’épiderme, reposant sur la membrane basale, qui contient les cellules souches épidermiques et les kératinocytes en division.
-couche-basale = couche basale
    .gender = feminine
# Cellule principale de l’épiderme, productrice de kératine, qui se différencie en migrant vers la surface de la peau.
-keratinocyte = kératinocyte
    .gender = masculine
# Cellule principale du derme, qui synthétise le collagène, l’élastine et les autres constituants de la matrice extracellulaire.
-fibroblaste = fibroblaste
    .gender = masculine
# Cellule pigmentaire de la couche basale de l’épiderme qui produit la mélanine et la transfère aux kératinocytes.
-melanocyte = mélanocyte
    .gender = masculine
# Cellule immunitaire présentatrice d’antigènes qui réside dans l’épiderme.
-cellule-langerhans = cellule de Langerhans
    .gender = feminine
# Cellule de la fine couche qui tapisse la paroi interne des vaisseaux sanguins et lymphatiques.
-cellule-endotheliale = cellule endothéliale
    .gender = feminine
# Annexe cutanée qui produit le poil et abrite des cellules souches capables de régénérer l’épiderme.
-follicule-pileux = follicule pileux
    .gender = masculine
# Glande cutanée, le plus souvent annexée à un follicule pileux, qui sécrète le sébum.
-glande-sebacee = glande sébacée
    .gender = feminine
# Glande cutanée qui sécrète la sueur et participe à la régulation de la température du corps.
-glande-sudoripare = glande sudoripare
    .gender = feminine
# Structure dérivée de l’épiderme, comme le follicule pileux, les glandes sébacées et sudoripares ou l’ongle.
-annexe-cutanee = annexe cutanée
    .gender = feminine
# Fonction protectrice de la peau, assurée surtout par sa couche cornée, contre la perte d’eau, les microbes et les agents irritants.
-barriere-cutanee = barrière cutanée
    .gender = feminine
# Processus par lequel une cellule non spécialisée acquiert la structure et les fonctions d’un type cellulaire déterminé.
-differenciation = différenciation
    .gender = feminine
# Augmentation du nombre de cellules par divisions cellulaires successives.
-proliferation = prolifération
    .gender = feminine
# Formation de nouveaux vaisseaux sanguins à partir de vaisseaux préexistants.
-angiogenese = angiogenèse
    .gender = feminine
# Formation de nouveaux vaisseaux sanguins fonctionnels dans un tissu, par exemple dans le lit d’une plaie en voie de cicatrisation.
-neovascularisation = néovascularisation
    .gender = feminine
# Rétablissement de l’intégrité d’un tissu après une lésion, par régénération ou par formation d’un tissu cicatriciel.
-reparation-tissulaire = réparation tissulaire
    .gender = feminine
# Remplacement d’un tissu perdu ou lésé par un tissu neuf de structure et de fonction identiques, sans cicatrice.
-regeneration-tissulaire = régénération tissulaire
    .gender = feminine
# Restauration complète de la structure et des fonctions de la peau, annexes comprises, après une lésion.
-regeneration-cutanee = régénération cutanée
    .gender = feminine
# Recouvrement de la surface d’une plaie par un nouvel épithélium, grâce à la migration et à la prolifération des kératinocytes depuis les berges.
-reepithelialisation = réépithélialisation
    .gender = feminine
# Synthèse et sécrétion de collagène, principalement par les fibroblastes.
-production-collagene = production de collagène
    .gender = feminine
# Phase tardive de la réparation, longue de plusieurs mois, au cours de laquelle la nouvelle matrice se réorganise et le collagène mûrit.
-remodelage-tissulaire = remodelage tissulaire
    .gender = masculine
# Rapprochement centripète des berges d’une plaie, assuré par les myofibroblastes, qui en réduit la surface au cours de la cicatrisation.
-contraction-plaie = contraction de la plaie
    .gender = feminine
# Réaction locale d’un tissu vascularisé à une lésion ou à une infection, marquée par la rougeur, la chaleur, le gonflement et la douleur.
-inflammation = inflammation
    .gender = feminine
# Ajustement d’une réponse immunitaire, par stimulation ou par atténuation, dans un but thérapeutique.
-immunomodulation = immunomodulation
    .gender = feminine
# Se dit d’une substance ou d’une cellule qui modifie l’activité du système immunitaire.
-immunomodulateur = immunomodulateur
# Ensemble des réactions par lesquelles le système immunitaire reconnaît une substance étrangère ou altérée et agit contre elle.
-reponse-immunitaire = réponse immunitaire
    .gender = feminine
# Déplacement orienté de cellules, comme les kératinocytes ou les fibroblastes, par exemple vers une plaie.
-migration-cellulaire = migration cellulaire
    .gender = feminine
# Mort cellulaire programmée, processus ordonné qui élimine les cellules sans provoquer d’inflammation.
-apoptose = apoptose
    .gender = feminine
# Dépôt excessif de tissu conjonctif riche en collagène, qui rigidifie un tissu et en altère la fonction.
-fibrose = fibrose
    .gender = feminine
# Arrêt irréversible de la division cellulaire, accompagné d’un phénotype sécrétoire, qui contribue au vieillissement des tissus.
-senescence-cellulaire = sénescence cellulaire
    .gender = feminine
# Déséquilibre entre les espèces réactives de l’oxygène et les défenses antioxydantes, qui endommage les constituants des cellules.
-stress-oxydatif = stress oxydatif
    .gender = masculine
# Protéine sécrétée qui stimule la croissance, la prolifération ou la différenciation des cellules porteuses de son récepteur.
-facteur-croissance = facteur de croissance
    .gender = masculine
# Mode de communication dans lequel une cellule libère des facteurs qui agissent sur les cellules voisines.
-signalisation-paracrine = signalisation paracrine
    .gender = feminine
# Petite protéine de signalisation sécrétée par les cellules, notamment immunitaires, qui régule l’inflammation et l’immunité.
-cytokine = cytokine
    .gender = feminine
# Cytokine qui favorise l’inflammation, comme l’interleukine 1, l’interleukine 6 ou le TNF-alpha.
-cytokine-pro-inflammatoire = cytokine pro-inflammatoire
    .gender = feminine
# Cytokine qui limite ou résout l’inflammation, comme l’interleukine 10.
-cytokine-anti-inflammatoire = cytokine anti-inflammatoire
    .gender = feminine
# Membre d’une famille de cytokines, numérotées dans l’ordre de leur découverte, qui transmettent des signaux entre les cellules immunitaires.
-interleukine = interleukine
    .gender = feminine
# Cytokine pro-inflammatoire, produite surtout par les macrophages, qui est une cible majeure des traitements du psoriasis.
-facteur-necrose-tumorale-alpha = facteur de nécrose tumorale alpha
    .gender = masculine
# Facteur de croissance qui stimule la prolifération des cellules endothéliales et la formation de nouveaux vaisseaux sanguins.
-facteur-croissance-endothelium-vasculaire = facteur de croissance de l'endothélium vasculaire
    .gender = masculine
# Facteur de croissance qui stimule la prolifération et la migration des kératinocytes et accélère la réépithélialisation.
-facteur-croissance-epidermique = facteur de croissance épidermique
    .gender = masculine
# Facteur de croissance libéré par les plaquettes et d’autres cellules, qui attire et active les fibroblastes et favorise la maturation des nouveaux vaisseaux.
-facteur-croissance-derive-plaquettes = facteur de croissance dérivé des plaquettes
    .gender = masculine
# Famille de facteurs de croissance qui régulent l’inflammation, la production de matrice et la formation des cicatrices.
-facteur-croissance-transformant-beta = facteur de croissance transformant bêta
    .gender = masculine
# Famille de facteurs de croissance qui stimulent les fibroblastes, les cellules endothéliales et les kératinocytes et favorisent l’angiogenèse.
-facteur-croissance-fibroblastes = facteur de croissance des fibroblastes
    .gender = masculine
# Principale protéine de structure du derme, qui forme les fibres donnant à la peau sa résistance à la traction.
-collagene = collagène
    .gender = masculine
# Protéine de structure du derme qui forme les fibres élastiques et permet à la peau de reprendre sa forme après étirement.
-elastine = élastine
    .gender = feminine
# Réseau de protéines et de polysaccharides, tels que le collagène, l’élastine et l’acide hyaluronique, qui entoure et soutient les cellules d’un tissu.
-matrice-extracellulaire = matrice extracellulaire
    .gender = feminine
# Glycosaminoglycane de la matrice extracellulaire qui retient l’eau et facilite la migration des cellules.
-acide-hyaluronique = acide hyaluronique
    .gender = masculine
# Ensemble des molécules sécrétées par une cellule, dont les facteurs de croissance, les cytokines et les vésicules extracellulaires, utilisé comme traitement acellulaire.
-secretome = sécrétome
    .gender = masculine
# Petite vésicule extracellulaire libérée par les cellules, qui transporte des protéines et des acides nucléiques vers d’autres cellules.
-exosome = exosome
    .gender = masculine
# Particule délimitée par une membrane, libérée par les cellules, qui transfère des molécules d’une cellule à l’autre et dont les exosomes sont un type.
-vesicule-extracellulaire = vésicule extracellulaire
    .gender = feminine
# Milieu de culture recueilli après la croissance de cellules, qui contient les facteurs qu’elles ont sécrétés.
-milieu-conditionne = milieu conditionné
    .gender = masculine
# Préparation autologue de plasma concentré en plaquettes, utilisée pour les facteurs de croissance qu’elles libèrent.
-plasma-riche-plaquettes = plasma riche en plaquettes
    .gender = masculine
# Prélèvement d’un petit fragment de tissu en vue de son examen ou de la mise en culture de ses cellules.
-biopsie = biopsie
    .gender = feminine
# Introduction d’un liquide, par exemple une suspension de cellules, dans l’organisme au moyen d’une aiguille.
-injection = injection
    .gender = feminine
# Injection pratiquée dans le derme, juste sous l’épiderme.
-injection-intradermique = injection intradermique
    .gender = feminine
# Injection pratiquée dans l’hypoderme, sous le derme.
-injection-sous-cutanee = injection sous-cutanée
    .gender = feminine
# Application d’un produit directement sur la peau ou sur la surface d’une plaie.
-application-topique = application topique
    .gender = feminine
# Support tridimensionnel, souvent biodégradable, qui accueille des cellules et guide la formation d’un nouveau tissu.
-echafaudage = échafaudage
    .gender = masculine
# Matériau naturel ou synthétique conçu pour être en contact avec des tissus vivants, par exemple comme échafaudage ou comme pansement.
-biomateriau = biomatériau
    .gender = masculine
# Association de cellules, d’échafaudages et de facteurs bioactifs en vue de fabriquer des tissus qui remplacent ou réparent des tissus lésés.
-ingenierie-tissulaire = ingénierie tissulaire
    .gender = feminine
# Fragment de peau prélevé sur une région du corps et transplanté pour couvrir une plaie ou une perte de substance cutanée ailleurs.
-greffe-cutanee = greffe cutanée
    .gender = feminine
# Greffe cutanée constituée de l’épiderme et d’une partie du derme.
-greffe-peau-mince = greffe de peau mince
    .gender = feminine
# Greffe cutanée constituée de l’épiderme et de toute l’épaisseur du derme.
-greffe-peau-totale = greffe de peau totale
    .gender = feminine
# Feuillets de kératinocytes du patient, cultivés en laboratoire à partir d’une petite biopsie, qui servent à couvrir des brûlures étendues.
-autogreffe-epiderme-culture = autogreffe d'épiderme de culture
    .gender = feminine
# Produit naturel, synthétique ou issu de la bio-ingénierie qui assure temporairement ou définitivement les fonctions de la peau perdue.
-substitut-cutane = substitut cutané
    .gender = masculine
# Matériau appliqué sur une plaie pour la protéger et maintenir un milieu humide favorable à la cicatrisation.
-pansement = pansement
    .gender = masculine
# Destruction de cellules ou d’un tissu transplantés par le système immunitaire du receveur.
-rejet-greffe = rejet de greffe
    .gender = masculine
# Rupture de la continuité de la peau ou des tissus sous-jacents due à un traumatisme, à une intervention chirurgicale ou à une maladie.
-plaie = plaie
    .gender = feminine
# Plaie qui ne franchit pas les étapes normales de la cicatrisation, en général au-delà de quatre à six semaines d’évolution.
-plaie-chronique = plaie chronique
    .gender = feminine
# Enchaînement de l’hémostase, de l’inflammation, de la prolifération et du remodelage par lequel une plaie se referme et le tissu se reconstitue.
-cicatrisation-plaies = cicatrisation des plaies
    .gender = feminine
# Tissu fibreux qui remplace la peau normale après une lésion du derme.
-cicatrice = cicatrice
    .gender = feminine
# Cicatrice saillante et rouge qui reste limitée au territoire de la plaie initiale et peut régresser avec le temps.
-cicatrice-hypertrophique = cicatrice hypertrophique
    .gender = feminine
# Cicatrice saillante qui déborde les limites de la plaie initiale et tend à récidiver après exérèse.
-cheloide = chéloïde
    .gender = feminine
# Cicatrice en creux due à la perte du collagène sous-jacent, comme après une acné.
-cicatrice-atrophique = cicatrice atrophique
    .gender = feminine
# Lésion de la peau et des tissus plus profonds causée par la chaleur, un produit chimique, l’électricité ou un rayonnement.
-brulure = brûlure
    .gender = feminine
# Cicatrice consécutive à une brûlure, souvent hypertrophique et exposée à la rétraction.
-cicatrice-brulure = cicatrice de brûlure
    .gender = feminine
# Raccourcissement pathologique d’une cicatrice, qui tire sur les tissus voisins et limite la mobilité de l’articulation sous-jacente.
-retraction-cicatricielle = rétraction cicatricielle
    .gender = feminine
# Dermatose inflammatoire chronique à médiation immunitaire, caractérisée par des plaques rouges, épaisses et squameuses dues à une prolifération accélérée des kératinocytes.
-psoriasis = psoriasis
    .gender = masculine
# Affection cutanée acquise dans laquelle la disparition des mélanocytes entraîne des taches blanches dépigmentées.
-vitiligo = vitiligo
    .gender = masculine
# Dermatose inflammatoire chronique et prurigineuse, liée à une altération de la barrière cutanée et à un dérèglement immunitaire.
-dermatite-atopique = dermatite atopique
    .gender = feminine
# Groupe de maladies héréditaires dans lesquelles un défaut des protéines d’ancrage fait apparaître des bulles sur la peau au moindre frottement.
-epidermolyse-bulleuse = épidermolyse bulleuse
    .gender = feminine
# Maladie auto-immune caractérisée par une fibrose et un durcissement de la peau, parfois aussi des organes internes.
-sclerodermie = sclérodermie
    .gender = feminine
# Chute partielle ou totale des cheveux ou des poils dans des zones où ils poussent normalement.
-alopecie = alopécie
    .gender = feminine
# Perte de substance cutanée atteignant le derme ou les tissus plus profonds, qui ne cicatrise pas dans les délais attendus.
-ulcere-chronique = ulcère chronique
    .gender = masculine
# Ulcère chronique du pied chez une personne diabétique, dû à une neuropathie, à une artériopathie ou aux deux.
-ulcere-pied-diabetique = ulcère du pied diabétique
    .gender = masculine
# Ulcère chronique de la partie basse de la jambe dû à une hypertension veineuse persistante.
-ulcere-veineux-jambe = ulcère veineux de jambe
    .gender = masculine
# Lésion localisée de la peau et des tissus sous-jacents provoquée par une pression prolongée, le plus souvent en regard d’une saillie osseuse.
-escarre = escarre
    .gender = feminine
# Mort non contrôlée de cellules ou d’un tissu, par exemple après une ischémie, une infection ou une brûlure profonde.
-necrose = nécrose
    .gender = feminine
# Rougeur de la peau due à la dilatation des vaisseaux sanguins superficiels.
-erytheme = érythème
    .gender = masculine
# Sensation cutanée désagréable qui provoque le besoin de se gratter.
-prurit = prurit
    .gender = masculine
# Complication dans laquelle les cellules immunitaires d’un greffon allogénique attaquent les tissus du receveur, notamment la peau.
-maladie-greffon-contre-hote = maladie du greffon contre l'hôte
    .gender = feminine
# Déclin progressif de la structure et des fonctions de la peau avec l’âge, qui se traduit par un amincissement, une perte d’élasticité et des rides.
-vieillissement-cutane = vieillissement cutané
    .gender = masculine
# Vieillissement cutané prématuré dû à l’exposition chronique au rayonnement ultraviolet.
-photovieillissement = photovieillissement
    .gender = masculine
# Traitement qui vise à atténuer les signes visibles du vieillissement cutané.
-rajeunissement-cutane = rajeunissement cutané
    .gender = masculine
# Étude menée chez des volontaires ou des patients pour évaluer l’innocuité et l’efficacité d’un traitement.
-essai-clinique = essai clinique
    .gender = masculine
# Essai clinique dans lequel les participants sont répartis par tirage au sort entre le traitement étudié et un groupe témoin.
-essai-controle-randomise = essai contrôlé randomisé
    .gender = masculine
# Répartition des participants d’un essai entre les groupes par tirage au sort, afin que ces groupes soient comparables.
-randomisation = randomisation
    .gender = feminine
# Participants d’un essai qui reçoivent un placebo, le traitement de référence ou aucun traitement, pour comparaison avec le groupe traité.
-groupe-temoin = groupe témoin
    .gender = masculine
# Substance inactive ou intervention simulée administrée au groupe témoin sous une forme identique au traitement étudié.
-placebo = placebo
    .gender = masculine
# Se dit d’un essai dans lequel ni les participants ni les investigateurs ne savent qui reçoit le traitement actif.
-double-aveugle = double aveugle
# Accord volontaire d’une personne pour participer à une étude, donné après une information claire sur ses objectifs, ses risques et ses bénéfices.
-consentement-eclaire = consentement éclairé
    .gender = masculine
# Instance indépendante qui examine le protocole d’une étude afin de protéger les droits, la santé et le bien-être des participants.
-comite-ethique = comité d'éthique
    .gender = masculine
# Condition qu’une personne doit remplir pour être incluse dans un essai clinique.
-critere-inclusion = critère d'inclusion
    .gender = masculine
# Absence d’effet nocif inacceptable d’un traitement, jugée d’après les événements indésirables recueillis au cours des études cliniques.
-innocuite = innocuité
    .gender = feminine
# Degré auquel les effets indésirables d’un traitement sont supportables pour le patient.
-tolerance = tolérance
    .gender = feminine
# Capacité d’un traitement à produire l’effet recherché dans les conditions contrôlées d’un essai clinique.
-efficacite = efficacité
    .gender = feminine
# Toute manifestation nocive survenant chez un participant à un essai, qu’elle soit liée ou non au traitement.
-evenement-indesirable = événement indésirable
    .gender = masculine
# Événement indésirable qui entraîne la mort, met la vie en danger, nécessite ou prolonge une hospitalisation ou provoque une incapacité durable.
-evenement-indesirable-grave = événement indésirable grave
    .gender = masculine
# Événement indésirable pour lequel un lien de causalité avec le traitement est au moins raisonnablement possible.
-effet-indesirable = effet indésirable
    .gender = masculine
# Capacité de cellules à former des tumeurs, préoccupation majeure pour l’innocuité des produits issus de cellules souches pluripotentes.
-tumorigenicite = tumorigénicité
    .gender = feminine
# Ensemble des données issues des études cliniques qui étayent une conclusion sur les bénéfices ou les risques d’un traitement.
-preuve-clinique = preuve clinique
    .gender = feminine
# Effet d’un traitement sur l’état de santé d’un patient, tel qu’il est mesuré ou observé au cours d’une étude.
-resultat = résultat
    .gender = masculine
# Mesure définie à l’avance qui sert à juger de l’effet d’un traitement dans un essai clinique.
-critere-evaluation = critère d'évaluation
    .gender = masculine
# Critère sur lequel reposent le calcul de l’effectif d’un essai et sa conclusion principale.
-critere-evaluation-principal = critère d'évaluation principal
    .gender = masculine
# Période pendant laquelle les participants d’un essai restent sous surveillance après le traitement.
-suivi = suivi
    .gender = masculine
# Adoption de procédures communes et décrites avec précision pour préparer et administrer un traitement et pour en mesurer les résultats, afin de rendre les études comparables.
-standardisation-protocoles = standardisation des protocoles
    .gender = feminine
# Règles de qualité qui encadrent la production des médicaments, y compris des produits de thérapie cellulaire, afin que chaque lot soit constant et propre à l’usage.
-bonnes-pratiques-fabrication = bonnes pratiques de fabrication
    .gender = feminine
# Médicament à base de gènes, de cellules ou de tissus issus de l’ingénierie, qui relève d’une catégorie réglementaire propre dans l’Union européenne.
-medicament-therapie-innovante = médicament de thérapie innovante
    .gender = masculine
