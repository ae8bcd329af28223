#!/usr/bin/env python3
"""Writes ontology/gazetteer/organizations.ttl and government-bodies.ttl from
the hand-written lists below (names, acronyms and, where we are sure of
them, Wikidata ids; Wikidata is CC0).

    python3 ontology/tools/orgs.py ontology/gazetteer
"""
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "ontology/gazetteer"
HEADER = """@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/entity/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""

# (class, label, [aliases], wikidata id or "", extra triples)
ORGS = [
    ("InternationalOrganization", "United Nations", ["UN", "U.N."], "Q1065"),
    ("InternationalOrganization", "United Nations Security Council", ["UN Security Council", "Security Council", "UNSC"], "Q37470"),
    ("InternationalOrganization", "United Nations General Assembly", ["UN General Assembly", "UNGA"], "Q47423"),
    ("InternationalOrganization", "UNESCO", ["United Nations Educational, Scientific and Cultural Organization"], "Q7809"),
    ("InternationalOrganization", "UNICEF", ["United Nations Children's Fund"], "Q740308"),
    ("InternationalOrganization", "World Health Organization", ["WHO", "World Health Organisation"], "Q7817"),
    ("InternationalOrganization", "World Trade Organization", ["WTO", "World Trade Organisation"], "Q7825"),
    ("InternationalOrganization", "International Monetary Fund", ["IMF"], "Q7804"),
    ("InternationalOrganization", "World Bank", ["World Bank Group"], "Q7164"),
    ("InternationalOrganization", "Asian Development Bank", ["ADB"], ""),
    ("InternationalOrganization", "Asian Infrastructure Investment Bank", ["AIIB"], ""),
    ("InternationalOrganization", "New Development Bank", ["BRICS Bank"], ""),
    ("InternationalOrganization", "Association of Southeast Asian Nations", ["ASEAN"], "Q7768"),
    ("InternationalOrganization", "European Union", ["EU", "E.U."], "Q458"),
    ("InternationalOrganization", "European Commission", [], "Q8880"),
    ("InternationalOrganization", "European Parliament", [], "Q8889"),
    ("InternationalOrganization", "European Central Bank", ["ECB"], ""),
    ("InternationalOrganization", "African Union", ["AU"], "Q7159"),
    ("InternationalOrganization", "NATO", ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"], "Q7184"),
    ("InternationalOrganization", "BRICS", [], ""),
    ("InternationalOrganization", "Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"], ""),
    ("InternationalOrganization", "G20", ["Group of Twenty", "G-20"], "Q19771"),
    ("InternationalOrganization", "G7", ["Group of Seven", "G-7"], ""),
    ("InternationalOrganization", "Asia-Pacific Economic Cooperation", ["APEC"], "Q123759"),
    ("InternationalOrganization", "OPEC", ["Organization of the Petroleum Exporting Countries"], "Q7795"),
    ("InternationalOrganization", "OECD", ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"], "Q41550"),
    ("InternationalOrganization", "Interpol", ["INTERPOL", "International Criminal Police Organization"], ""),
    ("InternationalOrganization", "International Criminal Court", ["ICC"], "Q47488"),
    ("InternationalOrganization", "International Court of Justice", ["ICJ"], ""),
    ("InternationalOrganization", "International Committee of the Red Cross", ["ICRC", "Red Cross"], ""),
    ("InternationalOrganization", "Arab League", ["League of Arab States"], "Q7172"),
    ("InternationalOrganization", "Gulf Cooperation Council", ["GCC"], ""),
    ("InternationalOrganization", "Mercosur", ["MERCOSUR"], ""),
    ("InternationalOrganization", "Community of Latin American and Caribbean States", ["CELAC"], ""),
    ("InternationalOrganization", "Organization of American States", ["OAS"], ""),
    ("InternationalOrganization", "Commonwealth of Nations", ["the Commonwealth"], ""),
    ("InternationalOrganization", "International Atomic Energy Agency", ["IAEA"], ""),
    ("InternationalOrganization", "Food and Agriculture Organization", ["FAO"], ""),
    ("InternationalOrganization", "World Food Programme", ["WFP"], ""),
    ("InternationalOrganization", "United Nations Development Programme", ["UNDP"], ""),
    ("InternationalOrganization", "United Nations Environment Programme", ["UNEP", "UN Environment Programme"], ""),
    ("InternationalOrganization", "UNHCR", ["United Nations High Commissioner for Refugees", "UN refugee agency"], ""),
    ("InternationalOrganization", "International Labour Organization", ["ILO", "International Labor Organization"], ""),
    ("InternationalOrganization", "International Telecommunication Union", ["ITU"], ""),
    ("InternationalOrganization", "ICANN", ["Internet Corporation for Assigned Names and Numbers"], ""),
    ("InternationalOrganization", "Internet Engineering Task Force", ["IETF"], ""),
    ("InternationalOrganization", "World Economic Forum", ["WEF"], ""),
    ("InternationalOrganization", "World Intellectual Property Organization", ["WIPO"], ""),
    ("InternationalOrganization", "International Olympic Committee", ["IOC"], ""),
    ("InternationalOrganization", "FIFA", [], ""),
    ("InternationalOrganization", "Arctic Council", [], ""),
    ("InternationalOrganization", "Pacific Islands Forum", [], ""),
    ("InternationalOrganization", "Boao Forum for Asia", [], ""),
    ("InternationalOrganization", "Lancang-Mekong Cooperation", ["LMC"], ""),
    ("InternationalOrganization", "Forum on China-Africa Cooperation", ["FOCAC"], ""),
    ("PoliticalParty", "Communist Party of China", ["CPC", "Chinese Communist Party", "CCP"], "Q17427"),
    ("PoliticalParty", "Democratic Party", [], ""),
    ("PoliticalParty", "Republican Party", ["GOP"], ""),
    ("PoliticalParty", "Labour Party", [], ""),
    ("PoliticalParty", "Conservative Party", [], ""),
    ("PoliticalParty", "Liberal Democratic Party", ["LDP"], ""),
    ("PoliticalParty", "Bharatiya Janata Party", ["BJP"], ""),
    ("PoliticalParty", "Indian National Congress", [], ""),
    ("PoliticalParty", "Kuomintang", ["KMT"], ""),
    ("PoliticalParty", "Democratic Progressive Party", ["DPP"], ""),
    ("PoliticalParty", "United Russia", [], ""),
    ("PoliticalParty", "African National Congress", ["ANC"], ""),
    ("NewsAgency", "Xinhua News Agency", ["Xinhua"], ""),
    ("NewsAgency", "Reuters", ["Thomson Reuters"], "Q130879"),
    ("NewsAgency", "Associated Press", ["AP", "The Associated Press"], "Q40469"),
    ("NewsAgency", "Agence France-Presse", ["AFP"], "Q40464"),
    ("NewsAgency", "Kyodo News", ["Kyodo"], ""),
    ("NewsAgency", "Yonhap News Agency", ["Yonhap"], ""),
    ("NewsAgency", "TASS", ["ITAR-TASS"], ""),
    ("NewsAgency", "RIA Novosti", [], ""),
    ("NewsAgency", "Bernama", [], ""),
    ("NewsAgency", "Press Trust of India", ["PTI"], ""),
    ("NewsAgency", "Anadolu Agency", [], ""),
    ("NewsAgency", "Deutsche Presse-Agentur", ["dpa"], ""),
    ("NewsAgency", "China News Service", [], ""),
    ("MediaOrganization", "China Daily", [], ""),
    ("MediaOrganization", "Global Times", [], ""),
    ("MediaOrganization", "People's Daily", [], ""),
    ("MediaOrganization", "China Central Television", ["CCTV"], ""),
    ("MediaOrganization", "China Global Television Network", ["CGTN"], ""),
    ("MediaOrganization", "BBC", ["British Broadcasting Corporation"], ""),
    ("MediaOrganization", "CNN", [], ""),
    ("MediaOrganization", "The New York Times", ["New York Times"], ""),
    ("MediaOrganization", "The Washington Post", ["Washington Post"], ""),
    ("MediaOrganization", "The Guardian", [], ""),
    ("MediaOrganization", "Bloomberg", [], ""),
    ("MediaOrganization", "The Wall Street Journal", ["Wall Street Journal"], ""),
    ("MediaOrganization", "Financial Times", [], ""),
    ("MediaOrganization", "The Economist", [], ""),
    ("MediaOrganization", "Al Jazeera", [], ""),
    ("MediaOrganization", "Deutsche Welle", ["DW"], ""),
    ("MediaOrganization", "NHK", [], ""),
    ("MediaOrganization", "South China Morning Post", ["SCMP"], ""),
    ("MediaOrganization", "Eastday", ["english.eastday.com"], ""),
    ("Company", "Huawei", ["Huawei Technologies"], ""),
    ("Company", "Alibaba", ["Alibaba Group"], ""),
    ("Company", "Tencent", [], ""),
    ("Company", "Baidu", [], ""),
    ("Company", "ByteDance", [], ""),
    ("Company", "ZTE", [], ""),
    ("Company", "Xiaomi", [], ""),
    ("Company", "Apple", ["Apple Inc."], ""),
    ("Company", "Microsoft", [], ""),
    ("Company", "Google", ["Alphabet"], ""),
    ("Company", "Amazon.com", ["Amazon"], ""),
    ("Company", "Meta Platforms", ["Meta", "Facebook"], ""),
    ("Company", "Samsung", ["Samsung Electronics"], ""),
    ("Company", "Toyota Motor", ["Toyota"], ""),
    ("Company", "Sony", [], ""),
    ("Company", "IBM", [], ""),
    ("Company", "Intel", [], ""),
    ("Company", "Tesla", [], ""),
    ("Company", "Boeing", [], ""),
    ("Company", "Airbus", [], ""),
    ("Company", "Volkswagen", [], ""),
    ("Company", "Siemens", [], ""),
    ("Company", "TSMC", ["Taiwan Semiconductor Manufacturing Company"], ""),
    ("Company", "Sinopec", [], ""),
    ("Company", "PetroChina", [], ""),
    ("Company", "China Mobile", [], ""),
    ("Company", "State Grid", ["State Grid Corporation of China"], ""),
    ("Company", "COSCO", ["COSCO Shipping"], ""),
    ("Company", "Gazprom", [], ""),
    ("Company", "Shell", [], ""),
    ("Company", "ExxonMobil", [], ""),
    ("EducationalOrganization", "Tsinghua University", [], ""),
    ("EducationalOrganization", "Peking University", [], ""),
    ("EducationalOrganization", "Fudan University", [], ""),
    ("EducationalOrganization", "Harvard University", ["Harvard"], ""),
    ("EducationalOrganization", "Stanford University", ["Stanford"], ""),
    ("EducationalOrganization", "Massachusetts Institute of Technology", ["MIT"], ""),
    ("EducationalOrganization", "University of Oxford", ["Oxford University"], ""),
    ("EducationalOrganization", "University of Cambridge", ["Cambridge University"], ""),
    ("Initiative", "Belt and Road Initiative", ["Belt and Road", "BRI", "One Belt, One Road", "One Belt One Road"], ""),
    ("Initiative", "Digital Silk Road", [], ""),
    ("Initiative", "Global Development Initiative", ["GDI"], ""),
    ("Initiative", "Global Security Initiative", ["GSI"], ""),
    ("Initiative", "Made in China 2025", [], ""),
    ("Agreement", "Paris Agreement", ["Paris climate agreement"], ""),
    ("Agreement", "Regional Comprehensive Economic Partnership", ["RCEP"], ""),
    ("Plan", "2030 Agenda for Sustainable Development", ["2030 Agenda"], ""),
]

# Government bodies: (label, [aliases], jurisdiction country slug, wikidata id)
GOV = [
    ("State Council", ["State Council of China", "China's cabinet"], "china", ""),
    ("National People's Congress", ["NPC"], "china", ""),
    ("Standing Committee of the National People's Congress", ["NPC Standing Committee", "NPCSC"], "china", ""),
    ("Chinese People's Political Consultative Conference", ["CPPCC"], "china", ""),
    ("Ministry of Foreign Affairs", ["Foreign Ministry", "foreign ministry", "Chinese Foreign Ministry", "Chinese foreign ministry", "MFA", "Ministry of Foreign Affairs of China"], "china", ""),
    ("Cyberspace Administration of China", ["State Internet Information Office", "SIIO", "CAC", "Office of the Central Cyberspace Affairs Commission"], "china", ""),
    ("State Council Information Office", ["SCIO", "Information Office of the State Council"], "china", ""),
    ("National Development and Reform Commission", ["NDRC"], "china", ""),
    ("Ministry of Commerce", ["MOFCOM", "Chinese Ministry of Commerce", "commerce ministry"], "china", ""),
    ("Ministry of Industry and Information Technology", ["MIIT"], "china", ""),
    ("Ministry of Public Security", ["MPS"], "china", ""),
    ("Ministry of State Security", ["MSS"], "china", ""),
    ("Ministry of National Defense", ["Chinese Ministry of National Defense", "defense ministry"], "china", ""),
    ("Ministry of Finance", ["finance ministry"], "china", ""),
    ("Ministry of Education", ["education ministry"], "china", ""),
    ("Ministry of Science and Technology", ["MOST"], "china", ""),
    ("Ministry of Ecology and Environment", ["MEE"], "china", ""),
    ("Ministry of Culture and Tourism", [], "china", ""),
    ("Ministry of Transport", [], "china", ""),
    ("Ministry of Agriculture and Rural Affairs", [], "china", ""),
    ("Ministry of Human Resources and Social Security", [], "china", ""),
    ("Ministry of Natural Resources", [], "china", ""),
    ("Ministry of Water Resources", [], "china", ""),
    ("Ministry of Justice", [], "china", ""),
    ("Ministry of Civil Affairs", [], "china", ""),
    ("Ministry of Housing and Urban-Rural Development", [], "china", ""),
    ("Ministry of Emergency Management", [], "china", ""),
    ("People's Bank of China", ["PBOC", "central bank"], "china", ""),
    ("National Health Commission", ["NHC"], "china", ""),
    ("General Administration of Customs", ["GAC", "China Customs"], "china", ""),
    ("State Administration for Market Regulation", ["SAMR"], "china", ""),
    ("General Administration of Quality Supervision, Inspection and Quarantine", ["AQSIQ"], "china", ""),
    ("National Bureau of Statistics", ["NBS"], "china", ""),
    ("China Securities Regulatory Commission", ["CSRC"], "china", ""),
    ("National Financial Regulatory Administration", ["NFRA"], "china", ""),
    ("State-owned Assets Supervision and Administration Commission", ["SASAC"], "china", ""),
    ("National Energy Administration", ["NEA"], "china", ""),
    ("Central Military Commission", ["CMC"], "china", ""),
    ("People's Liberation Army", ["PLA"], "china", ""),
    ("Supreme People's Court", ["SPC"], "china", ""),
    ("Supreme People's Procuratorate", ["SPP"], "china", ""),
    ("Taiwan Affairs Office", ["Taiwan Affairs Office of the State Council"], "china", ""),
    ("United States Department of State", ["State Department", "U.S. State Department", "US State Department", "Department of State"], "united-states", ""),
    ("United States Department of Defense", ["Pentagon", "the Pentagon", "Department of Defense", "U.S. Department of Defense"], "united-states", ""),
    ("United States Department of Commerce", ["U.S. Commerce Department", "Commerce Department"], "united-states", ""),
    ("United States Department of the Treasury", ["Treasury Department", "U.S. Treasury"], "united-states", ""),
    ("White House", ["the White House"], "united-states", ""),
    ("United States Congress", ["U.S. Congress", "US Congress"], "united-states", ""),
    ("Federal Reserve", ["Fed", "U.S. Federal Reserve"], "united-states", ""),
    ("Foreign, Commonwealth and Development Office", ["FCDO", "British Foreign Office", "UK Foreign Office"], "united-kingdom", ""),
    ("Ministry of Foreign Affairs of Japan", ["Japanese Foreign Ministry", "Japan's Foreign Ministry"], "japan", ""),
    ("Ministry of Foreign Affairs of Russia", ["Russian Foreign Ministry", "Russia's Foreign Ministry"], "russia", ""),
    ("Ministry of External Affairs", ["Indian Ministry of External Affairs", "MEA"], "india", ""),
    ("Kremlin", ["the Kremlin"], "russia", ""),
    ("Federal Foreign Office", ["German Foreign Office"], "germany", ""),
]


def slug(s):
    s = re.sub(r"['.\u2019,]", "", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def entity(iri, cls, label, aliases, qid, extra=()):
    lines = [f"{iri} a kg:{cls} ;", f"    rdfs:label {lit(label)} ;"]
    lines += [f"    skos:altLabel {lit(a)} ;" for a in aliases]
    if qid:
        lines.append(f"    owl:sameAs wd:{qid} ;")
    lines += [f"    {e} ;" for e in extra]
    lines[-1] = lines[-1][:-2] + " ."
    return "\n".join(lines) + "\n"


with open(f"{OUT}/organizations.ttl", "w") as f:
    f.write(HEADER + "\n# International organisations, parties, news media, companies, universities, initiatives.\n"
            "# Generated by ontology/tools/orgs.py.\n\n")
    for cls, label, aliases, qid in ORGS:
        f.write(entity("kgr:" + slug(label), cls, label, aliases, qid) + "\n")

with open(f"{OUT}/government-bodies.ttl", "w") as f:
    f.write(HEADER + "\n# Government bodies, with the country whose body they are (kg:jurisdiction).\n"
            "# Generated by ontology/tools/orgs.py.\n\n")
    for label, aliases, country, qid in GOV:
        s = slug(label)
        iri = "kgr:" + (s if country in s or country != "china" else f"{s}-china")
        f.write(entity(iri, "GovernmentBody", label, aliases, qid, [f"kg:jurisdiction kgr:{country}"]) + "\n")
