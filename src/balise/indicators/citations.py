"""The published sources indicators cite (full references in docs/indicators.md)."""

from __future__ import annotations

OUTCOME_STUDY = (
    "Study of online sex ads with known case outcomes, as summarised in Balise design.md "
    "(principle 3): obscured phone, listed ethnicity and youth wording more common in "
    "trafficking ads; movement language less common; stated age under 23 not predictive"
)
DUBRAWSKI_2015 = (
    "Dubrawski A., Miller K., Barnes M., Boecking B., Kennedy E. (2015), Leveraging publicly "
    "available data to discern patterns of human-trafficking activity, Journal of Human "
    "Trafficking 1(1)"
)
IBANEZ_2014 = (
    "Ibanez M., Suthers D. D. (2014), Detection of domestic human trafficking indicators and "
    "movement trends using content available on open internet sources, HICSS-47"
)
KESKIN_2021 = (
    "Keskin B. B., Bott G. J., Freeman N. K. (2021), Cracking sex trafficking: data analysis, "
    "pattern recognition, and path prediction, Production and Operations Management 30(4)"
)
FINTRAC_2016 = (
    "FINTRAC Operational Alert (2016, updated 2021), Laundering of proceeds from human "
    "trafficking for sexual exploitation: indicators"
)
POLARIS_2018 = (
    "Polaris (2018), Hidden in Plain Sight: How Corporate Secrecy Facilitates Human Trafficking "
    "in Illicit Massage Parlors (walk-ins, late hours, table showers, workers living on site)"
)
UNODC_INDICATORS = "UNODC, Human Trafficking Indicators (sexual exploitation list)"
RCMP_2010 = "RCMP Criminal Intelligence, Human Trafficking in Canada: a threat assessment (2010)"
CRIMINAL_CODE_MINORS = (
    "Criminal Code of Canada ss. 286.1(2), 286.2(2), 286.3(2), 279.011: offences involving "
    "persons under 18"
)
STELLA_SAFETY = (
    "Stella, l'amie de Maimie (Montréal sex-worker organisation), safety practices of "
    "independent workers: screening, deposits, boundaries"
)
CRIMINAL_CODE_SELF_ADVERTISING = (
    "Criminal Code of Canada s. 286.5 (immunity for advertising one's own sexual services) and "
    "s. 286.4 (advertising someone else's)"
)
POLARIS_TYPOLOGY_2017 = (
    "Polaris (2017), The Typology of Modern Slavery: Defining Sex and Labor Trafficking in the "
    "United States (recruitment and control: debt bondage, withheld pay and documents, quotas)"
)
CCEHT_INDICATORS = (
    "Canadian Centre to End Human Trafficking, Signs of human trafficking / indicators "
    "(debt owed to the employer, identity documents held by someone else, quotas, pay withheld)"
)
