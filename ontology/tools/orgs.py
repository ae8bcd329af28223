#!/usr/bin/env python3
"""Writes ontology/gazetteer/organizations.ttl, intergovernmental.ttl and
government-bodies.ttl from the lists below (names, acronyms and, where we
are sure of them, Wikidata ids; Wikidata is CC0).

The intergovernmental, regional and UN-system organisations
(`INTERGOVERNMENTAL`) follow the appendix "International Organizations and
Groups" (and its list of abbreviations) of the CIA World Factbook, a work
of the United States government and so in the public domain
(https://www.cia.gov/the-world-factbook/; read in its 1995-2009 editions'
mirrors), with the spellings the bodies use themselves added. Their
entries are marked `kg:newToTaggerName`: the bundled name tagger was
trained without them (see ontology/README.md).

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

# Intergovernmental, regional and UN-system organisations: (label, [aliases]).
# The names and acronyms follow the CIA World Factbook's appendix
# "International Organizations and Groups" (US government work, public
# domain); British spellings the bodies use themselves are added as
# aliases. Left out: acronyms that are English words or names ("CAN",
# "NAM", "IDA", "IRENA"), acronyms two bodies share ("IDB", "BIS", "CDB",
# "ESA", "ECA"), two-letter ones, and what is no organisation (treaties,
# regimes, terms such as "nm").
INTERGOVERNMENTAL = [
    # The United Nations system.
    ("United Nations Economic and Social Council", ["UN Economic and Social Council", "ECOSOC"]),
    ("United Nations Human Rights Council", ["UN Human Rights Council", "UNHRC"]),
    ("United Nations Secretariat", ["UN Secretariat"]),
    ("United Nations Conference on Trade and Development", ["UN Conference on Trade and Development", "UNCTAD"]),
    ("United Nations Industrial Development Organization", ["UN Industrial Development Organization", "United Nations Industrial Development Organisation", "UNIDO"]),
    ("United Nations Population Fund", ["UN Population Fund", "UNFPA"]),
    ("United Nations Human Settlements Programme", ["UN-Habitat", "UN Habitat"]),
    ("UN Women", ["United Nations Entity for Gender Equality and the Empowerment of Women"]),
    ("Joint United Nations Programme on HIV/AIDS", ["UNAIDS"]),
    ("United Nations Office on Drugs and Crime", ["UN Office on Drugs and Crime", "UNODC"]),
    ("United Nations Relief and Works Agency for Palestine Refugees in the Near East", ["UNRWA"]),
    ("United Nations Office for the Coordination of Humanitarian Affairs", ["UN Office for the Coordination of Humanitarian Affairs", "OCHA", "UNOCHA"]),
    ("Office of the United Nations High Commissioner for Human Rights", ["UN Human Rights Office", "OHCHR"]),
    ("United Nations Office for Disaster Risk Reduction", ["UN Office for Disaster Risk Reduction", "UNDRR", "UNISDR"]),
    ("United Nations Office for Project Services", ["UNOPS"]),
    ("United Nations University", ["UN University"]),
    ("United Nations Institute for Training and Research", ["UNITAR"]),
    ("United Nations Framework Convention on Climate Change Secretariat", ["UNFCCC Secretariat"]),
    ("United Nations Economic Commission for Latin America and the Caribbean", ["UN Economic Commission for Latin America and the Caribbean", "Economic Commission for Latin America and the Caribbean", "ECLAC", "UNECLAC", "CEPAL"]),
    ("United Nations Economic and Social Commission for Asia and the Pacific", ["UN Economic and Social Commission for Asia and the Pacific", "Economic and Social Commission for Asia and the Pacific", "ESCAP", "UNESCAP"]),
    ("United Nations Economic Commission for Africa", ["UN Economic Commission for Africa", "Economic Commission for Africa", "UNECA"]),
    ("United Nations Economic Commission for Europe", ["UN Economic Commission for Europe", "Economic Commission for Europe", "UNECE"]),
    ("United Nations Economic and Social Commission for Western Asia", ["UN Economic and Social Commission for Western Asia", "Economic and Social Commission for Western Asia", "ESCWA", "UNESCWA"]),
    ("International Fund for Agricultural Development", ["IFAD"]),
    ("International Civil Aviation Organization", ["International Civil Aviation Organisation", "ICAO"]),
    ("International Maritime Organization", ["International Maritime Organisation", "IMO"]),
    ("World Meteorological Organization", ["World Meteorological Organisation", "WMO"]),
    ("Universal Postal Union", ["UPU"]),
    ("World Tourism Organization", ["UN Tourism", "UNWTO", "World Tourism Organisation"]),
    ("International Organization for Migration", ["International Organisation for Migration", "IOM"]),
    ("Comprehensive Nuclear-Test-Ban Treaty Organization", ["CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organisation"]),
    ("Organisation for the Prohibition of Chemical Weapons", ["Organization for the Prohibition of Chemical Weapons", "OPCW"]),
    ("International Bank for Reconstruction and Development", ["IBRD"]),
    ("International Development Association", []),
    ("International Finance Corporation", ["IFC"]),
    ("Multilateral Investment Guarantee Agency", ["MIGA"]),
    ("International Centre for Settlement of Investment Disputes", ["International Center for Settlement of Investment Disputes", "ICSID"]),
    ("Permanent Court of Arbitration", []),
    ("International Tribunal for the Law of the Sea", ["ITLOS"]),
    ("International Seabed Authority", []),
    # Other bodies of worldwide membership.
    ("World Customs Organization", ["World Customs Organisation", "WCO"]),
    ("Inter-Parliamentary Union", ["IPU"]),
    ("International Federation of Red Cross and Red Crescent Societies", ["IFRC"]),
    ("International Energy Agency", ["IEA"]),
    ("International Renewable Energy Agency", []),
    ("Bank for International Settlements", []),
    ("International Organization for Standardization", []),
    ("International Hydrographic Organization", ["International Hydrographic Organisation"]),
    ("International Mobile Satellite Organization", ["International Mobile Satellite Organisation"]),
    ("International Telecommunications Satellite Organization", ["ITSO"]),
    ("International Organisation of La Francophonie", ["Organisation internationale de la Francophonie", "International Organization of the Francophonie", "La Francophonie"]),
    ("Community of Portuguese Language Countries", ["Community of Portuguese-Speaking Countries", "CPLP"]),
    ("Commonwealth Secretariat", ["the Commonwealth Secretariat"]),
    ("Non-Aligned Movement", ["Nonaligned Movement"]),
    ("Group of 77", ["G77", "G-77", "Group of Seventy-Seven"]),
    ("Group of Eight", ["G8", "G-8"]),
    ("Group of 15", ["G15", "G-15"]),
    ("Group of 24", ["G24", "G-24"]),
    ("Paris Club", []),
    ("Nuclear Suppliers Group", ["NSG"]),
    ("Zangger Committee", []),
    ("Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation", "Organization of the Islamic Conference", "OIC"]),
    ("Islamic Development Bank", ["IsDB"]),
    ("Organization of Arab Petroleum Exporting Countries", ["Organisation of Arab Petroleum Exporting Countries", "OAPEC"]),
    ("Arab Monetary Fund", []),
    ("Arab Bank for Economic Development in Africa", ["BADEA"]),
    ("OPEC Fund for International Development", ["OPEC Fund"]),
    ("Colombo Plan", []),
    ("Asian Productivity Organization", ["Asian Productivity Organisation"]),
    # Europe.
    ("Council of Europe", []),
    ("Parliamentary Assembly of the Council of Europe", []),
    ("Organization for Security and Co-operation in Europe", ["Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe", "OSCE"]),
    ("European Free Trade Association", ["EFTA"]),
    ("European Bank for Reconstruction and Development", ["EBRD"]),
    ("European Investment Bank", ["EIB"]),
    ("European Space Agency", []),
    ("European Organization for Nuclear Research", ["CERN"]),
    ("Council of the European Union", ["Council of the EU"]),
    ("European Council", []),
    ("European Court of Justice", ["Court of Justice of the European Union"]),
    ("European Court of Human Rights", []),
    ("European External Action Service", ["EEAS"]),
    ("Nordic Council", []),
    ("Nordic Council of Ministers", []),
    ("Nordic Investment Bank", []),
    ("Council of the Baltic Sea States", ["CBSS"]),
    ("Barents Euro-Arctic Council", []),
    ("Organization of the Black Sea Economic Cooperation", ["Organisation of the Black Sea Economic Cooperation", "Black Sea Economic Cooperation", "BSEC"]),
    ("Central European Initiative", []),
    ("Regional Cooperation Council", []),
    ("Benelux Union", []),
    ("Visegrad Group", ["Visegrád Group"]),
    ("Commonwealth of Independent States", []),
    ("Eurasian Economic Union", ["EAEU"]),
    ("Eurasian Economic Commission", []),
    ("Collective Security Treaty Organization", ["Collective Security Treaty Organisation", "CSTO"]),
    ("Organization for Democracy and Economic Development", []),
    # Asia and the Pacific.
    ("South Asian Association for Regional Cooperation", ["SAARC"]),
    ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", ["BIMSTEC"]),
    ("Indian Ocean Rim Association", ["IORA"]),
    ("Indian Ocean Commission", []),
    ("Asia Cooperation Dialogue", []),
    ("Asia-Europe Meeting", ["ASEM"]),
    ("ASEAN Regional Forum", []),
    ("ASEAN Secretariat", []),
    ("East Asia Summit", []),
    ("Mekong River Commission", []),
    ("Mekong-Ganga Cooperation", []),
    ("Conference on Interaction and Confidence-Building Measures in Asia", ["CICA"]),
    ("Economic Cooperation Organization", ["Economic Cooperation Organisation"]),
    ("Central Asia Regional Economic Cooperation", ["CAREC"]),
    ("Pacific Islands Forum Secretariat", []),
    ("Pacific Community", ["Secretariat of the Pacific Community"]),
    ("Secretariat of the Pacific Regional Environment Programme", ["Pacific Regional Environment Programme", "SPREP"]),
    ("Pacific Islands Forum Fisheries Agency", ["Forum Fisheries Agency"]),
    ("Council of Regional Organisations in the Pacific", ["Council of Regional Organizations in the Pacific"]),
    ("Pacific Islands Development Program", ["Pacific Islands Development Programme"]),
    ("Pacific Islands Development Forum", []),
    ("Melanesian Spearhead Group", []),
    ("Polynesian Leaders Group", []),
    ("Western and Central Pacific Fisheries Commission", []),
    ("Pacific Power Association", []),
    # Africa and the Middle East.
    ("African Union Commission", ["Commission of the African Union"]),
    ("African Development Bank", ["AfDB"]),
    ("African Export-Import Bank", ["Afreximbank"]),
    ("Economic Community of West African States", ["ECOWAS"]),
    ("Economic Community of Central African States", ["ECCAS"]),
    ("Intergovernmental Authority on Development", ["Inter-Governmental Authority on Development", "IGAD"]),
    ("East African Community", ["EAC"]),
    ("Southern African Development Community", ["SADC"]),
    ("Southern African Customs Union", ["SACU"]),
    ("Common Market for Eastern and Southern Africa", ["COMESA"]),
    ("West African Economic and Monetary Union", ["WAEMU", "UEMOA"]),
    ("Central African Economic and Monetary Community", ["CEMAC"]),
    ("Community of Sahel-Saharan States", ["CEN-SAD"]),
    ("Arab Maghreb Union", []),
    ("Lake Chad Basin Commission", []),
    ("Nile Basin Initiative", []),
    ("African Peer Review Mechanism", []),
    ("African Continental Free Trade Area Secretariat", ["AfCFTA Secretariat"]),
    ("Gulf Cooperation Council Secretariat", ["GCC Secretariat"]),
    # The Americas and the Caribbean.
    ("Caribbean Community", ["CARICOM", "Caribbean Community and Common Market"]),
    ("CARICOM Secretariat", ["Caribbean Community Secretariat"]),
    ("Organisation of Eastern Caribbean States", ["Organization of Eastern Caribbean States", "OECS"]),
    ("Association of Caribbean States", []),
    ("Caribbean Development Bank", []),
    ("Central American Integration System", ["SICA"]),
    ("Central American Economic Integration Process", []),
    ("Central American Bank for Economic Integration", ["CABEI"]),
    ("Inter-American Development Bank", ["IADB"]),
    ("Inter-American Investment Corporation", []),
    ("Andean Community", ["Andean Community of Nations"]),
    ("Latin American Integration Association", ["ALADI"]),
    ("Latin American and Caribbean Economic System", ["Latin American Economic System"]),
    ("Union of South American Nations", ["UNASUR"]),
    ("Pacific Alliance", []),
    ("Amazon Cooperation Treaty Organization", ["ACTO"]),
    ("Rio Group", []),
    ("Caribbean Disaster Emergency Management Agency", ["CDEMA"]),
    ("Caribbean Public Health Agency", ["CARPHA"]),
    ("Caribbean Regional Fisheries Mechanism", []),
    ("Inter-American Commission on Human Rights", []),
    ("Pan American Health Organization", ["Pan American Health Organisation", "PAHO"]),
    # The Arctic and the oceans.
    ("International Whaling Commission", []),
    ("Commission for the Conservation of Antarctic Marine Living Resources", ["CCAMLR"]),
    ("North Atlantic Fisheries Organization", ["Northwest Atlantic Fisheries Organization", "NAFO"]),
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

with open(f"{OUT}/intergovernmental.ttl", "w") as f:
    f.write(HEADER + "\n# Intergovernmental, regional and UN-system organisations (after the CIA World\n"
            "# Factbook's appendix of international organisations, public domain; see\n"
            "# ontology/NOTICE). New to the bundled name tagger (kg:newToTaggerName).\n"
            "# Generated by ontology/tools/orgs.py.\n\n")
    for label, aliases in INTERGOVERNMENTAL:
        f.write(entity("kgr:" + slug(label), "InternationalOrganization", label, aliases, "",
                       ["kg:newToTaggerName true"]) + "\n")

with open(f"{OUT}/government-bodies.ttl", "w") as f:
    f.write(HEADER + "\n# Government bodies, with the country whose body they are (kg:jurisdiction).\n"
            "# Generated by ontology/tools/orgs.py.\n\n")
    for label, aliases, country, qid in GOV:
        s = slug(label)
        iri = "kgr:" + (s if country in s or country != "china" else f"{s}-china")
        f.write(entity(iri, "GovernmentBody", label, aliases, qid, [f"kg:jurisdiction kgr:{country}"]) + "\n")
