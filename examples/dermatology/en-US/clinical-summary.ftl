### Clinical trial summary: autologous mesenchymal stem cells for chronic wounds.
### Source text (en-US) of the bundled gloss demo.

## Header

summary-title = Autologous mesenchymal stem cells for chronic wounds and burn scars
    .subtitle = Summary of a phase II randomized controlled trial
summary-department = Department of Therapeutic Dermatology, University Hospital

## Background and methods

summary-background = Chronic wounds, such as diabetic foot ulcers and venous leg ulcers, and hypertrophic burn scars respond poorly to standard care.
summary-rationale = Mesenchymal stem cells (MSCs) release a secretome rich in growth factors, including VEGF, EGF and TGF-beta, and have immunomodulatory effects.
summary-objective = The trial assessed the safety and efficacy of intradermal injections of autologous MSCs in patients with chronic wounds.
summary-design = Sixty patients were randomly assigned to MSC injections or to placebo injections in a double-blind design.
summary-control = The control group received standard dressings and placebo injections.
summary-consent = All participants gave written informed consent, and the ethics committee approved the protocol.
summary-endpoint = The primary endpoint was complete wound closure at 12 weeks.
summary-secondary = Secondary endpoints included the rate of re-epithelialization, scar quality and skin regeneration on biopsy.

## Results

summary-closed = { $count ->
    [one] At 12 weeks, { $count } patient in the MSC group had complete wound closure.
   *[other] At 12 weeks, { $count } patients in the MSC group had complete wound closure.
}
summary-healing = Wound healing was faster than in the control group, with earlier re-epithelialization.
summary-biopsies = Biopsies showed increased angiogenesis and collagen production in the dermis.
summary-cytokines = Levels of pro-inflammatory cytokines such as TNF-alpha and interleukin-6 fell in the wound fluid.
summary-burns = In patients with burn scars, the treatment reduced scar thickness and limited contracture.
summary-adverse = Adverse events were mild and occurred at similar rates in both groups.
summary-serious = No serious adverse event was related to the treatment, and no tumorigenicity was observed.

## Discussion

summary-evidence = These results strengthen the clinical evidence for MSC-based treatments of chronic wounds.
summary-limits = Limitations include the small sample, the short follow-up and the lack of standardization of protocols for cell culture.
summary-conclusion = Intradermal injection of autologous MSCs is a promising option in therapeutic dermatology, but larger randomized controlled trials are needed.
summary-next = A phase III trial will compare MSCs with cultured epidermal autografts and skin substitutes in patients with extensive burns.
summary-registration = Trial registration: NCT00000000 (fictitious number).
