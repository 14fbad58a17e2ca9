### Patient information leaflet: stem cell treatment for chronic wounds and burn scars.
### Source text (en-US) of the bundled gloss demo.

## Title

leaflet-title = Stem cell treatment for chronic wounds and burn scars
    .subtitle = Information for patients and their families

## About the treatment

leaflet-intro = Your doctor has suggested a treatment that uses your own stem cells to help a chronic wound or a burn scar to close.
leaflet-what = A stem cell is a cell that has not yet specialized. It can become a skin cell such as a keratinocyte, which builds the epidermis, or a fibroblast, which makes collagen in the dermis.
leaflet-harvest = The cells are taken from your own fat tissue during a short procedure under local anesthesia. Because they are autologous, your body recognizes them as its own.
leaflet-own-cells = Using your own stem cells avoids the risk of rejection.
leaflet-lab = In the laboratory, mesenchymal stem cells (MSCs) are isolated from this tissue and grown for about three weeks.
leaflet-action = After the injection, these cells release growth factors and cytokines that reduce inflammation, support the growth of new blood vessels (angiogenesis) and boost collagen production.
leaflet-not-used = No cells from umbilical cord blood, bone marrow or embryos are used.

## How the treatment is given

leaflet-procedure = The cells are given by intradermal injection around the edges of the wound, or applied to it on a scaffold made of collagen.
leaflet-sessions = { $count ->
    [one] Your treatment plan includes { $count } injection session.
   *[other] Your treatment plan includes { $count } injection sessions.
}
leaflet-graft = For large burns, your surgeon may combine the cells with a skin graft or a skin substitute.
leaflet-dressing = Keep the dressing dry and do not remove it for five days after the injection.

## What to expect

leaflet-benefits = The aim is faster wound healing, a softer and flatter scar, and better skin regeneration.
leaflet-contracture = Treating a burn scar early can limit contractures, which make the skin tight and restrict movement.
leaflet-scar-types = If you have a hypertrophic scar or a keloid, tell your doctor before the treatment.
leaflet-ulcers = Patients with a diabetic foot ulcer or a venous leg ulcer may also be offered this treatment.
leaflet-not-for = This treatment is not intended for psoriasis or vitiligo, and it is not a cosmetic treatment for skin aging.
leaflet-side-effects = The most common side effects are redness (erythema), itching and mild pain at the injection site.
leaflet-alert = Call your care team at once if the wound becomes hot, swollen or starts to smell bad.

## Research and consent

leaflet-trial = This treatment is still being evaluated in a clinical trial. Its safety over many years is not yet fully established.
leaflet-consent = Before the treatment, you will be asked to sign an informed consent form.
leaflet-contact = Wound care unit: 01 23 45 67 89
    .title = Open Monday to Friday, 9 a.m. to 5 p.m.
